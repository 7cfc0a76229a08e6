"""Badges and tents printed without some of their text are named in the window.

Issue 12: everyone gets a badge, and the command line names on stderr each one that could
not be printed whole. The window names them too: in Print & Export after a save or a
print (the notice outlives preview updates, until Dismiss or the next export), at the
desk, and in the People view's one-step badge.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from organiser.gui import settings as prefs
from organiser.gui.documents import desk_badge
from organiser.gui.documents.badges import DESK_TO_FILE
from organiser.gui.views import print_export
from organiser.gui.views.desk import DeskView
from organiser.gui.views.print_export import PrintExportView
from organiser.store import EventStore

#: Tifinagh: no bundled face has it; an emoji name leaves the name line blank
UNPRINTABLE = (
    {"uid": "TIFI000001", "given_name": "ⵎⵓⵃ", "family_name": "Agouram"},
    {"uid": "EMOJ000001", "given_name": "😀", "family_name": "", "printed_name": "😀"},
)


def _add_unprintable(store: EventStore) -> list[int]:
    return [store.insert("people", dict(row)) for row in UNPRINTABLE]


def _choose(view: PrintExportView, name: str, qtbot) -> None:
    rows = [view.ui.documentList.item(i).text() for i in range(view.ui.documentList.count())]
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.ui.documentList.setCurrentRow(rows.index(name))


def _export(view: PrintExportView, button) -> None:
    """Click Save or Print and go on past the check (the sample event has warnings)."""
    button.click()
    if view.export_check is not None:
        view.export_check.export_button.click()
        QTest.qWait(20)  # the export goes on once the message box has closed


@pytest.fixture
def view(qtbot, ctx, messages) -> PrintExportView:
    """Print & Export on the reference event and two people whose badges cannot be
    printed whole; message boxes (the check of letters before printing) answered Ok."""
    _add_unprintable(ctx.store)
    v = PrintExportView(ctx)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    _choose(v, "Name badges", qtbot)
    return v


def test_save_names_the_badges_and_the_notice_outlives_the_preview(
    view, qtbot, save_as, tmp_path, monkeypatch
):
    panel = view.panel()
    notice = view.incomplete
    assert not notice.isVisible()  # nothing saved or printed yet
    assert "2 not printed whole" in view.ui.statusLabel.text()  # the preview says so

    target = tmp_path / "badges.pdf"
    save_as(target)
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        _export(view, view.ui.saveButton)
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    text = notice.label.text()
    assert text.startswith("2 badges were not printed whole; check them before handing them out")
    assert "TIFI000001" in text and "ⵎ" in text and "EMOJ000001" in text
    assert target.exists()

    # a change of options draws the preview again: the notice stays, word for word
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.set_layout("Avery 5395")
    assert notice.isVisible() and notice.label.text() == text
    assert view.ui.statusLabel.text().endswith("2 not printed whole")

    qtbot.mouseClick(notice.dismiss, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()

    # Print sends the preview's PDF: the badges are named again, from the preview's render
    # ("Print again" for everyone the save just logged)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    sent: list[bytes] = []
    monkeypatch.setattr(
        print_export, "print_with_dialog", lambda pdf, parent, title: sent.append(pdf) or 1
    )
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        _export(view, view.ui.printButton)
    assert len(sent) == 1 and notice.isVisible()
    assert "TIFI000001" in notice.label.text() and "EMOJ000001" in notice.label.text()

    # badges that print whole: the next save takes the notice away
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        panel.who.set_kind("uids")
        panel.who.pick([view.ctx.data().people[0].uid])
    second = tmp_path / "second.pdf"
    save_as(second)
    with qtbot.waitSignal(panel.recorded, timeout=20000):
        _export(view, view.ui.saveButton)
    qtbot.waitUntil(lambda: second.exists(), timeout=5000)
    assert not notice.isVisible()


def test_table_tents_are_named_too(view, qtbot, save_as, tmp_path):
    _choose(view, "Table tents", qtbot)
    target = tmp_path / "tents.pdf"
    save_as(target)
    with qtbot.waitSignal(view.saved, timeout=20000):
        _export(view, view.ui.saveButton)
    qtbot.waitUntil(view.incomplete.isVisible, timeout=5000)
    text = view.incomplete.label.text()
    assert text.startswith("2 table tents were not printed whole")
    assert "TIFI000001" in text and "EMOJ000001" in text


def test_the_desk_says_the_badge_is_not_whole(qtbot, ctx):
    tifinagh, _ = _add_unprintable(ctx.store)
    desk = DeskView(ctx)
    qtbot.addWidget(desk)
    desk.show()
    desk.admit(tifinagh)
    status = desk.ui.status.text()
    assert desk.ui.status.property("kind") == "warn"
    assert "1 badge was not printed whole; check it before handing it out" in status
    assert "TIFI000001" in status and "ⵎ" in status


def test_the_people_views_one_step_badge_says_so(window, qtbot, sample_path, messages):
    store = EventStore.open(sample_path)
    tifinagh, _ = _add_unprintable(store)
    store.close()
    prefs.settings().setValue(DESK_TO_FILE, "true")
    assert window.open_file(sample_path)
    people = window.show_view("people")
    window.activateWindow()
    people.show_item("person", tifinagh)
    people.ui.people_table.setFocus()
    qtbot.keyClick(people.ui.people_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(messages) == 1
    title, text = messages[0]
    assert title == desk_badge.TITLE
    assert "1 badge was not printed whole" in text and "TIFI000001" in text
    assert "saved to" in text  # printed all the same
    # a badge that prints whole: no message
    other = next(p for p in window.ctx.data().people if p.family_name == "Bagayoko")
    people.show_item("person", other.id)
    people.print_badge_action.trigger()
    assert len(messages) == 1
