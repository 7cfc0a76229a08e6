"""The checks in the whole window: the Problems dock, the check before export, stale paper.

Driven like a user on the sample event: edits go through the Programme view's widgets,
the Print & Export view's buttons save and print, and message boxes are answered by
clicking their buttons.
"""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from organiser.checks.base import hhmm
from organiser.gui.editing.commands import ReplaceListCommand, UpdateCommand
from organiser.gui.main_window import MainWindow
from tests.gui.keyboard import retype


def workshop(window, number):
    return next(s for s in window.ctx.data().sessions if s.number == number)


def clash(panel):
    return next((f for f in panel.findings() if f.code == "person_double_booked"), None)


def programme_records(window):
    return [r for r in window.ctx.data().print_log if r.kind == "programme"]


@pytest.fixture
def opened(window, sample_path):
    assert window.open_file(sample_path)
    return window


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """Where the patched Save dialog saves, and how often it was asked."""
    target = tmp_path / "out" / "programme.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[1] if len(args) > 1 else "")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return target, asked


def print_view(window, qtbot):
    view = window.show_view("print")
    qtbot.waitUntil(lambda: view.preview.page_count() > 0, timeout=20000)
    return view


def export_anyway(qtbot, view, expect_saved: bool = True) -> None:
    """The check names the sample's warnings; the user goes on."""
    check = view.export_check
    assert check is not None and check.box.isVisible()
    assert check.box.text() == "The event has 2 warnings."
    assert "Look at them first, or export the programme anyway?" in check.box.informativeText()
    if expect_saved:
        with qtbot.waitSignal(view.saved, timeout=20000):
            check.export_button.click()
    else:
        check.export_button.click()
    assert view.export_check is None


def test_the_dock_is_there_on_first_run_and_counts_in_the_status_bar(opened, qtbot):
    w = opened
    dock = w.problems_dock
    assert dock.isVisible() and dock.panel is not None
    assert w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock.panel.summary_text() == "2 warnings"
    assert w.problem_counts.isVisible()
    assert w.problem_counts.text() == "2 warnings"
    assert w.problem_counts.labels["warning"].isVisible()
    assert not w.problem_counts.labels["error"].isVisible()
    assert w.problems_action.shortcut().toString() == "Ctrl+Shift+P"
    assert w.problems_action.isChecked() and w.problems_action.isEnabled()

    # the toggle hides it; clicking the counts brings it back with the list focused
    w.problems_action.trigger()
    assert not dock.isVisible()
    qtbot.mouseClick(w.problem_counts, Qt.MouseButton.LeftButton)
    assert dock.isVisible() and w.problems_action.isChecked()
    assert dock.panel.view.currentIndex().row() == 0

    # "Show problems" from an export check asks for the same
    w.problems_action.trigger()
    w.ctx.navigate.emit("problems", 0)
    assert dock.isVisible()

    # closing the event empties the dock and hides it with the counts
    w.close_action.trigger()
    assert dock.panel is None and not dock.isVisible()
    assert not w.problem_counts.isVisible() and not w.problems_action.isEnabled()


def test_the_dock_state_is_remembered(qtbot, sample_path, messages):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    assert first.open_file(sample_path)
    first.problems_action.trigger()  # the user hides it
    first.close()
    assert QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Organiser", "Organiser"
    ).contains("window/state")

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.open_file(sample_path)
    assert not second.problems_dock.isVisible() and not second.problems_action.isChecked()
    second.problems_action.trigger()  # and shows it again
    second.close()

    third = MainWindow()
    qtbot.addWidget(third)
    third.show()
    assert third.open_file(sample_path)
    assert third.problems_dock.isVisible()
    third.close()


def test_double_booking_made_in_the_programme_view_seen_opened_and_undone(opened, qtbot, typer):
    w = opened
    panel = w.problems_dock.panel
    w3, w4 = workshop(w, 3), workshop(w, 4)
    who = w.ctx.data().person(w4.roles[0].person_id)
    assert who.full_name == "Dr. Fiifi Edu-Afful"

    prog = w.show_view("programme")
    # Workshop 4 moved to start during Workshop 3, with its time field
    prog.show_item("session", w4.id)
    assert prog.current_session_id() == w4.id
    retype(prog.ui.starts, "1430")
    # Workshop 4's facilitator also responds in Workshop 3
    prog.show_item("session", w3.id)  # leaving the session commits its time
    assert workshop(w, 4).starts.strftime("%H:%M") == "14:30"
    prog.ui.role_type.setCurrentIndex(prog.ui.role_type.findData("first_respondent"))
    typer(prog.ui.role_person.lineEdit(), who.full_name)
    qtbot.mouseClick(prog.ui.add_role, Qt.MouseButton.LeftButton)
    assert who.id in [r.person_id for r in workshop(w, 3).roles]

    qtbot.waitUntil(lambda: clash(panel) is not None, timeout=3000)
    found = clash(panel)
    assert found.severity == "error"
    assert "Dr. Fiifi Edu-Afful is in two sessions at once" in found.message
    assert w.problem_counts.text() == panel.summary_text()
    assert w.problem_counts.text().startswith("1 error · ")
    assert w.problem_counts.labels["error"].isVisible()

    # somewhere else first, then double-click the finding in the dock
    w.show_view("people")
    view = panel.view
    row = panel.model.row_of(found.key)
    point = view.visualRect(panel.model.index(row)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert w.current_view_key() == "programme"
    assert w.stack.currentWidget() is prog
    assert prog.current_session_id() == w3.id
    assert prog.ui.title.text() == w3.title

    # fix it with Ctrl+Z: the role goes, and the error with it
    w.activateWindow()
    prog.ui.sessions_tree.setFocus()
    qtbot.keyClick(prog.ui.sessions_tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert who.id not in [r.person_id for r in workshop(w, 3).roles]
    qtbot.waitUntil(lambda: clash(panel) is None, timeout=3000)
    assert w.problem_counts.labels["error"].isHidden()
    # and Edit > Undo puts Workshop 4 back: only the sample's own two warnings are left
    w.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.summary_text() == "2 warnings", timeout=3000)
    assert w.problem_counts.text() == "2 warnings"


def test_navigate_shows_each_kind_in_its_view(opened):
    w = opened
    data = w.ctx.data()
    session = workshop(w, 2)
    w.ctx.navigate.emit("session", session.id)
    assert w.current_view_key() == "programme"
    assert w.views["programme"].current_session_id() == session.id

    person = data.people[4]
    w.ctx.navigate.emit("person", person.id)
    assert w.current_view_key() == "people"
    assert w.views["people"].current_person_id() == person.id

    day = data.days[1]
    w.ctx.navigate.emit("day", day.id)
    assert w.current_view_key() == "event"
    days = w.views["event"].ui.days_list
    assert days.currentItem().data(Qt.ItemDataRole.UserRole) == day.id

    w.show_view("people")
    w.ctx.navigate.emit("event", 0)
    assert w.current_view_key() == "event"


def test_show_problems_from_the_export_check(opened, qtbot, save_to):
    w = opened
    target, asked = save_to
    view = print_view(w, qtbot)
    w.problems_action.trigger()
    assert not w.problems_dock.isVisible()
    view.ui.saveButton.click()
    check = view.export_check
    assert check is not None and check.box.isVisible()
    check.show_button.click()
    assert w.problems_dock.isVisible()
    assert view.export_check is None
    assert asked == [] and not target.exists()
    assert view.ui.messageLabel.text() == "Nothing was exported."
    assert programme_records(w) == []


def test_stale_paper_save_edit_reexport(opened, qtbot, save_to):
    w = opened
    target, asked = save_to
    view = print_view(w, qtbot)
    stale = view.stale
    assert stale.isVisible()
    assert stale.empty.text().startswith("Nothing has been printed yet.")

    view.ui.saveButton.click()
    export_anyway(qtbot, view)
    assert asked == ["Save as PDF"] and target.exists()
    (record,) = programme_records(w)
    assert record.options["passcode"] is False and record.options["style"] == "full"
    qtbot.waitUntil(lambda: stale.empty.text() == "Everything printed is up to date.", timeout=3000)

    # Workshop 3 starts a quarter of an hour later, set in the Programme view
    prog = w.show_view("programme")
    w3 = workshop(w, 3)
    prog.show_item("session", w3.id)
    retype(prog.ui.starts, "13.30")
    retype(prog.ui.ends, "14:45")  # the end moved with the start: put back
    w.show_view("print")  # switching views commits the time
    expected = f"Programme, printed {hhmm(record.printed_at.time())}, changed: Workshop 3 time"
    qtbot.waitUntil(lambda: stale.messages() == [expected], timeout=3000)
    assert stale.tree.topLevelItem(0).text(0) == expected
    assert stale.summary.text() == "1 printed document is out of date"
    before = target.stat().st_mtime_ns

    # its Re-export button: asked once more, then the same file is written again
    qtbot.mouseClick(
        stale.tree.viewport(), Qt.MouseButton.LeftButton, pos=stale.button_rect(0).center()
    )
    export_anyway(qtbot, view)
    assert asked == ["Save as PDF"], "the last path is used, no second question"
    assert target.stat().st_mtime_ns != before
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "13:30" in text
    qtbot.waitUntil(lambda: stale.messages() == [], timeout=3000)
    assert stale.empty.text() == "Everything printed is up to date."
    assert len(programme_records(w)) == 2
    assert programme_records(w)[-1].options == record.options


def test_reexport_asks_for_a_path_when_the_last_one_is_gone(
    opened, qtbot, save_to, monkeypatch, tmp_path
):
    w = opened
    target, asked = save_to
    view = print_view(w, qtbot)
    view.ui.saveButton.click()
    export_anyway(qtbot, view)
    target.unlink()
    target.parent.rmdir()  # the folder of the last save went away
    w3 = workshop(w, 3)
    prog = w.show_view("programme")
    prog.show_item("session", w3.id)
    retype(prog.ui.starts, "13.30")
    retype(prog.ui.ends, "14:45")  # the end moved with the start: put back
    w.show_view("print")
    qtbot.waitUntil(lambda: len(view.stale.messages()) == 1, timeout=3000)

    elsewhere = tmp_path / "elsewhere.pdf"

    def answer(_parent, title, suggested, _filter):
        asked.append(title)
        assert suggested.endswith(".pdf")
        return str(elsewhere), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    view.stale.reexport_all()
    export_anyway(qtbot, view)
    assert asked == ["Save as PDF", "Re-export Programme"]
    assert elsewhere.exists()
    qtbot.waitUntil(lambda: view.stale.messages() == [], timeout=3000)


def test_print_is_checked_and_logged(opened, qtbot, monkeypatch, tmp_path):
    w = opened
    view = print_view(w, qtbot)
    out = tmp_path / "printed.pdf"

    def to_pdf(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)  # keep the page images small
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_pdf)
    with qtbot.waitSignal(view.preview_ready, timeout=20000):  # no render left to race the print
        view.panel().ui.passcodeCheck.setChecked(True)
    view.ui.printButton.click()
    export_anyway(qtbot, view, expect_saved=False)
    qtbot.waitUntil(lambda: len(programme_records(w)) == 1, timeout=20000)
    assert out.exists() and len(PdfReader(out).pages) == view.preview.page_count()
    assert programme_records(w)[0].options["passcode"] is True
    assert view.ui.messageLabel.text().startswith("Sent ")


def test_no_check_when_nothing_is_wrong(opened, qtbot, save_to):
    """With the sample's two warnings fixed, Save goes straight to the file dialog."""
    w = opened
    target, asked = save_to
    ctx = w.ctx
    repeated = next(s for s in ctx.data().sessions if s.number == 2)
    kept = [{"sort_order": i, "text": q} for i, q in enumerate(repeated.guiding_questions[:4])]
    ctx.undo_stack.push(
        ReplaceListCommand(ctx, "guiding_questions", "session_id", repeated.id, kept)
    )
    closing = next(s for s in ctx.data().sessions if s.kind == "closing")
    (role,) = ctx.store.rows("roles", session_id=closing.id)
    ctx.undo_stack.push(UpdateCommand(ctx, "roles", role["id"], {"confirmed": 1}, "Confirm"))
    qtbot.waitUntil(lambda: w.problem_counts.text() == "No problems found", timeout=3000)
    view = print_view(w, qtbot)
    with qtbot.waitSignal(view.saved, timeout=20000):
        view.ui.saveButton.click()
    assert view.export_check is None and asked == ["Save as PDF"]
    assert target.exists() and len(programme_records(w)) == 1
