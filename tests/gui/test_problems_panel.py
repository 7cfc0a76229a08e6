"""Problems panel: introduce a double booking, see it, jump to it, fix it, see it go."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from organiser.checks import Finding
from organiser.gui.context import EventContext
from organiser.gui.dialogs.check_before_export import (
    ExportCheck,
    confirm_export,
    problems_sentence,
)
from organiser.gui.editing.commands import InsertCommand, UpdateCommand
from organiser.gui.panels.problems import ProblemsPanel, jump_target, summary_text
from organiser.model import Day
from organiser.store import EventStore, new_event_data


@pytest.fixture
def panel(qtbot, ctx):
    widget = ProblemsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(420, 520)
    widget.show()
    return widget


def workshop(ctx, number):
    return next(s for s in ctx.data().sessions if s.number == number)


def double_book(ctx) -> tuple[int, int, int]:
    """Dr. Edu-Afful (facilitator of Workshop 4) also responds in Workshop 3, then
    Workshop 4 is moved to start before Workshop 3 ends: two real undo steps."""
    w3, w4 = workshop(ctx, 3), workshop(ctx, 4)
    who = w4.roles[0].person_id
    role = {"session_id": w3.id, "person_id": who, "role": "first_respondent", "sort_order": 9}
    ctx.undo_stack.push(InsertCommand(ctx, "roles", role, "Add respondent"))
    ctx.undo_stack.push(UpdateCommand(ctx, "sessions", w4.id, {"starts": "14:30"}, "Move"))
    return w3.id, w4.id, who


def clash(panel) -> Finding | None:
    return next((f for f in panel.findings() if f.code == "person_double_booked"), None)


def row_point(panel, finding) -> QPoint:
    row = panel.model.row_of(finding.key)
    return panel.view.visualRect(panel.model.index(row)).center()


def test_double_booking_seen_opened_and_fixed(qtbot, ctx, panel):
    # the reference event's two real problems
    assert panel.summary.text() == "2 warnings"
    assert [f.code for f in panel.findings()] == ["guiding_question_repeated", "role_unconfirmed"]

    w3, w4, who = double_book(ctx)
    qtbot.waitUntil(lambda: clash(panel) is not None, timeout=2000)
    found = clash(panel)
    assert found.related == (("session", w3), ("session", w4))
    assert "Dr. Fiifi Edu-Afful is in two sessions at once: Workshop 3 (13:15–14:45)" in (
        found.message
    )
    # one run shows the clash first (errors lead) and the single-room overlaps it causes
    assert panel.visible_findings()[0] == found
    assert panel.summary.text() == "1 error · 4 warnings"
    assert panel.filters["error"].text() == "Errors (1)"

    # double-click: the session to move, as the person is fixed by moving a session
    point = row_point(panel, found)
    # a real double-click starts with a press; item views ignore a double-click without one
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    with qtbot.waitSignal(ctx.navigate, timeout=1000) as signal:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["session", w3]
    assert panel.selected() == found

    # Enter does the same, once
    seen: list[tuple[str, int]] = []
    ctx.navigate.connect(lambda kind, item: seen.append((kind, item)))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert seen == [("session", w3)]

    # the context menu names every item of the finding
    menu = panel.menu_for(found)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Show Workshop 3", "Show Dr. Fiifi Edu-Afful", "Show Workshop 4"]
    with qtbot.waitSignal(ctx.navigate, timeout=1000) as signal:
        menu.actions()[1].trigger()
    assert signal.args == ["person", who]

    # fix it: undo the move; the clash goes, the role added before stays harmless
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: clash(panel) is None, timeout=2000)
    assert panel.summary.text() == "2 warnings"
    assert panel.selected() is None


def test_selection_survives_other_edits(qtbot, ctx, panel):
    double_book(ctx)
    qtbot.waitUntil(lambda: clash(panel) is not None, timeout=2000)
    found = clash(panel)
    assert panel.select(found)
    # another problem appears above nothing and below the clash: the selection stays put
    w1 = workshop(ctx, 1)
    ctx.undo_stack.push(UpdateCommand(ctx, "sessions", w1.id, {"title": ""}, "Clear title"))
    qtbot.waitUntil(
        lambda: any(f.code == "session_without_title" for f in panel.findings()), timeout=2000
    )
    assert panel.selected() == found
    assert panel.view.currentIndex().row() == panel.model.row_of(found.key)


def test_commits_in_a_burst_run_the_checks_once(qtbot, ctx, panel):
    runs: list[dict] = []
    panel.counts_changed.connect(runs.append)
    w2 = workshop(ctx, 2)
    for text in ("E", "En", "Ens"):
        ctx.undo_stack.push(
            UpdateCommand(ctx, "sessions", w2.id, {"title": text}, "Type", merge=True)
        )
    assert ctx.undo_stack.count() == 1  # typing merges into one undo step
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=2000)
    qtbot.wait(300)
    assert runs == [{"error": 0, "warning": 2, "info": 0}]


def test_filters_hide_and_show_each_severity(qtbot, ctx, panel):
    double_book(ctx)
    qtbot.waitUntil(lambda: clash(panel) is not None, timeout=2000)
    qtbot.mouseClick(panel.filters["warning"], Qt.MouseButton.LeftButton)
    assert [f.severity for f in panel.visible_findings()] == ["error"]
    panel.set_severity_shown("error", False)
    assert not panel.filters["error"].isChecked()
    assert panel.visible_findings() == []
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.text() == "Hidden by the filters: 1 error · 4 warnings."
    # the counts always tell the whole story
    assert panel.summary.text() == "1 error · 4 warnings"
    panel.set_severity_shown("warning", True)
    assert {f.severity for f in panel.visible_findings()} == {"warning"}
    assert panel.stack.currentWidget() is panel.view


def test_no_problems(qtbot, tmp_path):
    data = new_event_data("Quiet dialogue")
    data.event.venue_time_zone = "Africa/Bamako"
    data.days = [Day(date(2026, 3, 3), "Day One", id=1)]
    path = tmp_path / "quiet.organiser"
    EventStore.create(path, data, lock=False).close()
    store = EventStore.open(path, lock=False)
    context = EventContext(store)
    try:
        widget = ProblemsPanel(context)
        qtbot.addWidget(widget)
        # the empty day is a note, not a problem that holds up an export
        assert widget.summary.text() == "1 note"
        widget.set_severity_shown("info", False)
        assert widget.empty.text() == "Hidden by the filters: 1 note."
        # no errors or warnings: confirm_export says yes without showing anything
        QTimer.singleShot(2000, _close_modal)  # never hang if it wrongly asks
        assert confirm_export(None, context, "the programme") is True
        assert QApplication.activeModalWidget() is None
    finally:
        context.close()
        store.close()


def _close_modal() -> None:
    box = QApplication.activeModalWidget()
    if box is not None:
        box.reject()


def test_summary_and_sentence_words():
    assert summary_text({"error": 2, "warning": 5, "info": 1}) == "2 errors · 5 warnings · 1 note"
    assert summary_text({"error": 0, "warning": 0, "info": 0}) == "No problems found"
    assert problems_sentence({"error": 1, "warning": 2}) == (
        "The event has 1 error and 2 warnings."
    )
    assert problems_sentence({"warning": 1}) == "The event has 1 warning."


def test_jump_target_prefers_the_item_itself():
    own = Finding("warning", "role_unconfirmed", "x", "session", 10, (("person", 17),))
    assert jump_target(own) == ("session", 10)
    event = Finding("info", "clock_change", "x", "event", None)
    assert jump_target(event) == ("event", 0)


# ------------------------------------------------------------------ before export
def test_export_check_show_problems(qtbot, ctx):
    double_book(ctx)
    check = ExportCheck(None, ctx, "the programme")
    qtbot.addWidget(check.box)
    assert check.needed
    assert check.box.text() == "The event has 1 error and 4 warnings."
    assert "Dr. Fiifi Edu-Afful is in two sessions at once" in check.box.informativeText()
    assert "export the programme anyway?" in check.box.informativeText()
    assert check.box.defaultButton() is check.show_button
    check.box.open()
    with (
        qtbot.waitSignal(ctx.navigate, timeout=1000) as nav,
        qtbot.waitSignal(check.decided, timeout=1000) as decided,
    ):
        qtbot.mouseClick(check.show_button, Qt.MouseButton.LeftButton)
    assert nav.args == ["problems", 0]
    assert decided.args == [False]
    assert check.answer is False
    assert not check.box.isVisible()


def test_export_check_export_anyway_and_cancel(qtbot, ctx):
    check = ExportCheck(None, ctx, "42 badges")
    qtbot.addWidget(check.box)
    assert check.box.text() == "The event has 2 warnings."
    assert check.box.defaultButton() is check.export_button  # warnings only
    check.box.open()
    with qtbot.waitSignal(check.decided, timeout=1000) as decided:
        qtbot.mouseClick(check.export_button, Qt.MouseButton.LeftButton)
    assert decided.args == [True]

    again = ExportCheck(None, ctx, "42 badges")
    qtbot.addWidget(again.box)
    navigated: list = []
    ctx.navigate.connect(lambda *a: navigated.append(a))
    again.box.open()
    with qtbot.waitSignal(again.decided, timeout=1000) as decided:
        QApplication.sendEvent(
            again.box,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        )
    assert decided.args == [False]
    assert navigated == []


def test_confirm_export_asks_and_returns_the_answer(qtbot, ctx):
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Export anyway").click()

    QTimer.singleShot(100, answer)
    QTimer.singleShot(3000, _close_modal)  # never hang
    assert confirm_export(None, ctx, "the programme") is True
