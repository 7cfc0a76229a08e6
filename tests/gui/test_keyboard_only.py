"""Whole tasks done with the keyboard alone (issue 13): every key goes to the widget that
has the focus, as on a real keyboard; nothing is clicked and no value is set directly.
Shortcuts (Ctrl+…, Alt+mnemonics) go through Qt's shortcut map via ``QTest``; text with
accents is typed as key events by ``type_text``."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from tests.gui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Keys to whatever has the focus."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    @property
    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard has nowhere to go"
        return widget

    def key(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key, modifiers)

    def type(self, text: str) -> None:
        type_text(self.focus, text)

    def line(self, text: str) -> None:
        """Type, then Enter."""
        self.type(text)
        self.key(Qt.Key.Key_Return)


def test_new_event_with_two_days_and_a_second_zone(window, save_as, tmp_path, qtbot):
    target = tmp_path / "Dialogue de Ségou.organiser"
    save_as(target)  # the system's file dialog answers with this path
    keys = Keyboard(qtbot)
    window.activateWindow()
    window.setFocus()
    keys.key(Qt.Key.Key_N, CTRL | SHIFT)  # File › New Event
    dialog = window.new_event_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.ui.title.hasFocus)
    keys.type("Dialogue de Ségou")
    keys.key(Qt.Key.Key_Tab)
    keys.type("Hôtel de l’Amitié, Bamako")
    assert dialog.ui.zone.text() == "Africa/Bamako", "the zone comes from the venue"
    keys.key(Qt.Key.Key_Tab)
    keys.key(Qt.Key.Key_Tab)
    assert dialog.ui.firstDay.hasFocus()
    keys.type("16 novembre 2021")
    keys.key(Qt.Key.Key_Tab)
    assert dialog.ui.firstDay.text() == "Tuesday 16 November 2021", "echoed back in full"
    assert dialog.ui.days.hasFocus()
    keys.type("2")
    keys.key(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert target.exists() and window.ctx is not None
    data = window.ctx.data()
    assert data.event.title == "Dialogue de Ségou"
    assert data.event.venue_time_zone == "Africa/Bamako"
    assert [d.date for d in data.days] == [date(2021, 11, 16), date(2021, 11, 17)]
    assert window.current_view_key() == "event"
    window.activateWindow()  # the desktop gives the window back the keyboard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.views["event"].ui.title.hasFocus(), "the keyboard is in the new event"

    # a second zone: Alt+W goes to "Show also the time in"; a city and Enter
    keys.key(Qt.Key.Key_W, ALT)
    event_view = window.views["event"]
    assert event_view.ui.zone_input.hasFocus()
    keys.line("new york")
    assert window.ctx.data().event.display_time_zones == ["America/New_York"]
    assert event_view.ui.zone_input.text() == ""


def test_a_session_with_three_questions_and_three_people(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    keys = Keyboard(qtbot)
    window.activateWindow()
    keys_target = window.nav
    keys_target.setFocus()  # where the window starts; from here on, keys only
    keys.key(Qt.Key.Key_2, CTRL)  # the Programme view, the keyboard in its session list
    prog = window.views["programme"]
    assert prog.ui.sessions_tree.hasFocus()
    before = len(window.ctx.data().sessions)
    people_before = len(window.ctx.data().people)
    keys.key(Qt.Key.Key_N, CTRL)
    assert len(window.ctx.data().sessions) == before + 1
    assert prog.ui.title.hasFocus(), "the new session's title is where the keyboard goes"
    session_id = prog.current_session_id()
    keys.line("Sécurité humaine à Ségou")
    keys.key(Qt.Key.Key_M, ALT)  # Ti&me: the start
    assert prog.ui.starts.hasFocus()
    keys.type("4:30 pm")
    keys.key(Qt.Key.Key_Tab)
    keys.type("1800")
    keys.key(Qt.Key.Key_Tab)

    keys.key(Qt.Key.Key_Q, ALT)  # Add a &question
    assert prog.ui.new_question.hasFocus()
    for question in (
        "Qui décide de la sécurité ?",
        "Who pays for it?",
        "What would local ownership look like?",
    ):
        keys.line(question)
    keys.key(Qt.Key.Key_D, ALT)  # A&dd a person
    assert prog.ui.role_person.lineEdit().hasFocus()
    keys.line("Linda Darkwa")  # someone in the event, by name
    keys.line("ekomo")  # the one person "ekomo" finds
    keys.line("Aïssata Maïga")  # nobody of that name yet: a new person

    session = next(s for s in window.ctx.data().sessions if s.id == session_id)
    data = window.ctx.data()
    assert session.title == "Sécurité humaine à Ségou"
    assert (f"{session.starts:%H:%M}", f"{session.ends:%H:%M}") == ("16:30", "18:00")
    assert session.guiding_questions == [
        "Qui décide de la sécurité ?",
        "Who pays for it?",
        "What would local ownership look like?",
    ]
    assert [data.person(r.person_id).full_name for r in session.roles] == [
        "Dr. Linda Darkwa",
        "Ms. Kessy Ekomo-Soignet",
        "Aïssata Maïga",
    ]
    assert len(data.people) == people_before + 1
    assert prog.ui.questions_list.count() == 3 and prog.ui.roles_table.rowCount() == 3

    # Tab leaves the people table for the field after it, Shift+Tab comes back
    table = prog.ui.roles_table
    keys.key(Qt.Key.Key_Tab, SHIFT)
    keys.key(Qt.Key.Key_Tab, SHIFT)
    while not table.hasFocus():
        keys.key(Qt.Key.Key_Tab, SHIFT)
    keys.key(Qt.Key.Key_Tab)
    assert not table.hasFocus(), "Tab leaves the table"


def test_undo_of_five_edits_from_a_text_field(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    keys = Keyboard(qtbot)
    window.activateWindow()
    window.nav.setFocus()
    keys.key(Qt.Key.Key_2, CTRL)
    prog = window.views["programme"]
    keys.key(Qt.Key.Key_Down)  # the first session of the day
    session_id = prog.current_session_id()
    before = next(s for s in window.ctx.data().sessions if s.id == session_id)

    def now():
        s = next(s for s in window.ctx.data().sessions if s.id == session_id)
        return (s.title, f"{s.starts:%H:%M}", f"{s.ends:%H:%M}", s.number, s.description)

    keys.key(Qt.Key.Key_T, ALT)  # &Title
    keys.line("Welcome")  # 1
    keys.key(Qt.Key.Key_M, ALT)  # Ti&me
    keys.type("12.45")  # 2: typed over (the field was selected), the end moves along
    keys.key(Qt.Key.Key_Tab)
    keys.key(Qt.Key.Key_U, ALT)  # N&umber
    keys.key(Qt.Key.Key_Up)  # 3
    keys.key(Qt.Key.Key_I, ALT)  # Descr&iption
    keys.type("Words of welcome.")  # 4
    keys.key(Qt.Key.Key_T, ALT)
    keys.type("Welcome words")  # 5: typed over, written after the typing pause
    assert prog.ui.title.hasFocus()
    qtbot.waitUntil(lambda: now() == ("Welcome words", "12:45", "12:55", 1, "Words of welcome."))

    states = [
        ("Welcome", "12:45", "12:55", 1, "Words of welcome."),
        ("Welcome", "12:45", "12:55", 1, ""),
        ("Welcome", "12:45", "12:55", None, ""),
        ("Welcome", f"{before.starts:%H:%M}", f"{before.ends:%H:%M}", None, ""),
        (before.title, f"{before.starts:%H:%M}", f"{before.ends:%H:%M}", None, ""),
    ]
    for n, state in enumerate(states, start=1):
        keys.key(Qt.Key.Key_Z, CTRL)
        assert now() == state, f"after {n} undo"
        assert prog.ui.title.hasFocus()
        assert window.statusBar().currentMessage().startswith("Undone: ")
    assert prog.ui.title.text() == before.title
    for _ in states:
        keys.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert now() == ("Welcome words", "12:45", "12:55", 1, "Words of welcome.")


def _alt_keys(root: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys of the widgets shown in ``root``: label buddies, buttons,
    group boxes and tabs."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = re.search(r"&([^&])", text.replace("&&", ""))
            if letter:
                found.setdefault(letter.group(1).upper(), []).append(text)
    return found


def test_no_alt_key_means_two_things_in_any_view(window, sample_path):
    """Alt+E must open the Edit menu or go to a field, not one then the other."""
    from organiser.gui.views import VIEWS

    assert window.open_file(sample_path)
    menus = {
        a.text().replace("&&", "").split("&")[1][0].upper(): a.text()
        for a in window.menuBar().actions()
    }
    assert set(menus) == {"F", "E", "V"}
    clashes = {}

    def look(where: str, view: QWidget) -> None:
        keys = _alt_keys(view)
        for letter, texts in _alt_keys(window.problems_dock).items():
            keys.setdefault(letter, []).extend(texts)
        for letter, text in menus.items():
            keys.setdefault(letter, []).append(text)
        clashes.update({f"{where} Alt+{k}": v for k, v in keys.items() if len(v) > 1})

    for spec in VIEWS:
        view = window.show_view(spec.key)
        if spec.key == "logistics":
            for i in range(view.ui.tabs.count()):
                view.ui.tabs.setCurrentIndex(i)
                look(f"logistics tab {i}", view)
        elif spec.key == "print":
            for i in range(view.ui.documentList.count()):
                view.ui.documentList.setCurrentRow(i)
                look(f"print document {i}", view)
        else:
            look(spec.key, view)
    assert clashes == {}
