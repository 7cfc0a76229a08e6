"""Stale paper panel: export, edit through undo commands, see it listed, re-export, clear."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from organiser.checks.base import hhmm
from organiser.checks.stale import BADGE, PROGRAMME, Redo, record_export
from organiser.gui.context import EventContext
from organiser.gui.editing.commands import ReplaceListCommand, UpdateCommand
from organiser.gui.panels.stale import StalePaperPanel, printed_when
from organiser.services.files import write_text_atomic

NEW_ORGANISATION = "African Security Sector Network (ASSN)"


def this_morning() -> datetime:
    return datetime.now().replace(hour=9, minute=10, second=0, microsecond=0)


def reexported_at() -> datetime:
    """Now, or just after this morning's print when the test runs before 09:10 (as CI may
    at night): a re-export must come after the print it replaces."""
    return max(datetime.now(), this_morning() + timedelta(minutes=1))


def workshop(ctx, number):
    return next(s for s in ctx.data().sessions if s.number == number)


def bagayoko(ctx):
    return next(p for p in ctx.data().people if p.family_name == "Bagayoko")


class TextExporter:
    """A real, small exporter: writes what the document shows to a text file and records
    the export, as the Print & Export view's exporters do with their PDFs."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.calls: list[Redo] = []

    def programme(self, ctx: EventContext, redo: Redo) -> None:
        self.calls.append(redo)
        data = ctx.data()
        lines = [f"{s.starts:%H:%M}–{s.ends:%H:%M} {s.heading}" for s in data.sessions]
        write_text_atomic(self.folder / "programme.txt", "\n".join(lines) + "\n")
        record_export(ctx.store, PROGRAMME, data, options=redo.options, printed_at=reexported_at())

    def badges(self, ctx: EventContext, redo: Redo) -> None:
        self.calls.append(redo)
        data = ctx.data()
        ids = list(redo.person_ids or [p.id for p in data.people])
        lines = []
        for pid in ids:
            p = data.person(pid)
            lines.append(f"{p.full_name} | {'; '.join(a.organisation for a in p.affiliations)}")
        write_text_atomic(self.folder / "badges.txt", "\n".join(lines) + "\n")
        record_export(
            ctx.store,
            BADGE,
            data,
            options={**redo.options, "person_ids": ids},
            person_id=ids[0] if len(ids) == 1 else None,
            printed_at=reexported_at(),
        )


def make_stale(qtbot, ctx, panel):
    """Print the programme and the badges, then edit a time and an organisation."""
    record_export(ctx.store, PROGRAMME, ctx.data(), printed_at=this_morning())
    record_export(ctx.store, BADGE, ctx.data(), printed_at=this_morning())
    qtbot.waitUntil(lambda: panel.empty.text() == "Everything printed is up to date.", timeout=2000)
    assert panel.messages() == []
    w3 = workshop(ctx, 3)
    ctx.undo_stack.push(UpdateCommand(ctx, "sessions", w3.id, {"starts": "13:30"}, "Move"))
    who = bagayoko(ctx)
    ctx.undo_stack.push(
        ReplaceListCommand(
            ctx,
            "affiliations",
            "person_id",
            who.id,
            [{"position": "Chair", "organisation": NEW_ORGANISATION}],
        )
    )
    # she gives the keynote: the programme prints her organisation too
    expected = [
        "Programme, printed 09:10, changed: Keynote (13:10–13:20) speakers, Workshop 3 time",
        "Badge of N. Bagayoko: organisation changed",
    ]
    qtbot.waitUntil(lambda: len(panel.messages()) == 2, timeout=2000)
    assert panel.messages() == expected
    return who


@pytest.fixture
def panel(qtbot, ctx):
    widget = StalePaperPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(560, 300)
    widget.show()
    return widget


def test_export_edit_reexport_clear(qtbot, ctx, panel, tmp_path):
    assert panel.empty.text().startswith("Nothing has been printed yet.")
    assert not panel.redo_all.isEnabled()
    who = make_stale(qtbot, ctx, panel)
    assert panel.summary.text() == "2 printed documents are out of date"
    assert panel.tree.topLevelItem(0).text(1) == "09:10"
    assert panel.redo_all.isEnabled()

    exporter = TextExporter(tmp_path)
    panel.exporters[PROGRAMME] = exporter.programme
    panel.exporters[BADGE] = exporter.badges

    # her badge alone
    with qtbot.waitSignal(panel.reexport_requested, timeout=1000) as asked:
        qtbot.mouseClick(
            panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.button_rect(1).center()
        )
    assert asked.args == [[Redo(BADGE, (who.id,), {})]]
    assert (tmp_path / "badges.txt").read_text() == f"Dr. Niagalé Bagayoko | {NEW_ORGANISATION}\n"
    assert panel.messages() == [
        "Programme, printed 09:10, changed: Keynote (13:10–13:20) speakers, Workshop 3 time"
    ]
    assert panel.status.text() == "Re-exported badges."
    assert panel.status.isVisibleTo(panel)

    # then everything left
    with qtbot.waitSignal(panel.reexport_requested, timeout=1000) as asked:
        qtbot.mouseClick(panel.redo_all, Qt.MouseButton.LeftButton)
    assert asked.args == [[Redo(PROGRAMME, None, {})]]
    assert "13:30–14:45 Workshop 3" in (tmp_path / "programme.txt").read_text()
    assert panel.messages() == []
    assert panel.empty.text() == "Everything printed is up to date."
    assert panel.stack.currentWidget() is panel.empty
    assert not panel.redo_all.isEnabled()
    assert [r.kind for r in exporter.calls] == [BADGE, PROGRAMME]
    # the news goes with the next edit
    ctx.undo_stack.push(UpdateCommand(ctx, "sessions", workshop(ctx, 1).id, {"title": "PoC"}))
    assert panel.status.isHidden()


def test_undo_makes_the_paper_current_again(qtbot, ctx, panel):
    make_stale(qtbot, ctx, panel)
    ctx.undo_stack.undo()  # the organisation
    qtbot.waitUntil(lambda: len(panel.messages()) == 1, timeout=2000)
    assert panel.summary.text() == "1 printed document is out of date"
    ctx.undo_stack.undo()  # the time
    qtbot.waitUntil(lambda: panel.messages() == [], timeout=2000)


def test_without_an_exporter_the_user_is_told_where_to_go(qtbot, ctx, panel):
    make_stale(qtbot, ctx, panel)
    panel.reexport_all()
    assert panel.status.text() == "Open Print & Export to print the programme, badges again."
    assert len(panel.messages()) == 2  # nothing was printed, nothing cleared

    # a listener (the Print & Export view) takes the request: no advice then
    heard: list = []
    panel.reexport_requested.connect(heard.append)
    panel.reexport(panel.stale()[:1])
    assert heard == [[Redo(PROGRAMME, None, {})]]
    assert panel.status.isHidden()


def test_a_failing_exporter_is_reported_and_the_row_stays(qtbot, ctx, panel):
    make_stale(qtbot, ctx, panel)

    def broken(_ctx, _redo):
        raise OSError("the disk is full")

    panel.exporters[PROGRAMME] = broken
    panel.reexport(panel.stale()[:1])
    assert panel.status.text() == "Could not re-export the programme: the disk is full"
    assert panel.status.isVisibleTo(panel)
    assert len(panel.messages()) == 2


def test_class_registry_serves_every_panel_and_panels_override_it(
    qtbot, ctx, tmp_path, monkeypatch
):
    exporter = TextExporter(tmp_path)
    monkeypatch.setitem(StalePaperPanel.exporters, PROGRAMME, exporter.programme)
    first, second = StalePaperPanel(ctx), StalePaperPanel(ctx)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.exporters[PROGRAMME] == exporter.programme

    def other(_ctx, _redo):
        raise AssertionError("a panel's own exporter must not leak to other panels")

    first.exporters[BADGE] = other
    second.show()
    assert BADGE not in second.exporters
    assert BADGE not in StalePaperPanel.exporters
    make_stale(qtbot, ctx, second)
    second.reexport(second.stale()[:1])
    assert exporter.calls == [Redo(PROGRAMME, None, {})]
    qtbot.waitUntil(lambda: len(first.messages()) == 1, timeout=2000)


def test_printed_when():
    now = datetime(2026, 11, 27, 15, 0)
    assert printed_when(datetime(2026, 11, 27, 9, 10), now) == "09:10"
    assert printed_when(datetime(2026, 11, 26, 9, 10), now) == "26 Nov 09:10"
    assert printed_when(datetime(2025, 11, 26, 9, 10), now) == "26 Nov 2025"
    assert hhmm(datetime(2026, 1, 1, 7, 5).time()) == "07:05"


def test_enter_reexports_the_selected_rows(qtbot, ctx, panel, tmp_path):
    who = make_stale(qtbot, ctx, panel)
    exporter = TextExporter(tmp_path)
    panel.exporters[BADGE] = exporter.badges
    panel.tree.setFocus()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    assert [a.text() for a in panel.tree.actions()] == ["Re-export"]  # its context menu
    with qtbot.waitSignal(panel.reexport_requested, timeout=1000) as asked:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert asked.args == [[Redo(BADGE, (who.id,), {})]]
    assert len(panel.messages()) == 1


def test_a_hidden_panel_compares_only_when_shown_or_asked(qtbot, ctx, panel):
    make_stale(qtbot, ctx, panel)
    panel.hide()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    qtbot.wait(300)
    assert panel.tree.topLevelItemCount() == 2  # not compared again while hidden
    panel.show()
    assert panel.tree.topLevelItemCount() == 0
    assert panel.empty.text() == "Everything printed is up to date."
    panel.hide()
    ctx.undo_stack.redo()
    assert len(panel.messages()) == 1  # asking brings it up to date
