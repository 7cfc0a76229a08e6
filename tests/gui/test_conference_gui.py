"""Issue 14 in the window: the grid and descriptions in Print & Export, a session's summary
shown formatted as it prints, and the hour a conference day turns over."""

from __future__ import annotations

import io
from datetime import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from organiser.gui.documents import programme as programme_options
from organiser.interchange.schedule_json import load_schedule
from organiser.store import EventStore
from tests.gui.keyboard import press, retype, type_text
from tests.interchange.interchange_files import REAL


def _choose(qtbot, combo, value: str) -> None:
    """Pick an entry the way a keyboard user does: focus, then arrow keys."""
    combo.setFocus()
    combo.setCurrentIndex(0)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{value} is not offered")


def test_print_export_offers_the_room_grid_in_landscape(qtbot, export_view):
    panel = export_view.panel()
    assert panel.ui.descriptionsCheck.isEnabled()
    with qtbot.waitSignal(export_view.preview_ready, timeout=30000):
        _choose(qtbot, panel.ui.styleCombo, "grid")
    size = export_view.preview.page_size(0)
    assert (round(size.width()), round(size.height())) == (842, 595)
    assert export_view.preview.page_count() == 2  # a page per day of the reference event
    # descriptions and the invitation belong to the full programme only
    assert not panel.ui.descriptionsCheck.isEnabled()
    assert not panel.ui.invitationCheck.isEnabled()
    assert programme_options.file_name(export_view.ctx.data(), panel.options()).endswith(
        " - grid.pdf"
    )


def test_descriptions_option_prints_descriptions(qtbot, export_view):
    data = export_view.ctx.data()
    panel = export_view.panel()
    panel.ui.descriptionsCheck.setFocus()
    press(panel.ui.descriptionsCheck, Qt.Key.Key_Space)
    assert panel.options()["descriptions"] is True
    workshop = next(s for s in data.sessions if s.kind == "workshop")
    workshop.description = "A **longer** description of the workshop."

    def text(options: dict) -> str:
        result = programme_options.render_programme(data, options, lambda *a: None, lambda: False)
        pages = PdfReader(io.BytesIO(result.pdf)).pages
        return " ".join(" ".join(p.extract_text() for p in pages).split())

    assert "A longer description of the workshop." in text(panel.options())
    press(panel.ui.descriptionsCheck, Qt.Key.Key_Space)
    assert "A longer description" not in text(panel.options())


def test_summary_is_saved_and_shown_formatted(qtbot, window, sample_path, typer):
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    session_id = prog.current_session_id()
    editor = prog.ui.summary
    editor.setFocus()
    typer(editor, "A **bold** start")
    press(editor, Qt.Key.Key_Return)
    press(editor, Qt.Key.Key_Return)
    typer(editor, "- first point")
    press(editor, Qt.Key.Key_Return)
    typer(editor, "- second point")

    def saved() -> str:
        return next(s.summary for s in window.ctx.data().sessions if s.id == session_id)

    qtbot.waitUntil(lambda: saved() == "A **bold** start\n\n- first point\n- second point")
    preview = prog.ui.text_preview
    shown = preview.document().toPlainText()
    assert "**" not in shown and "- first" not in shown  # no Markdown syntax in the window
    assert "A bold start" in shown and "font-weight" in preview.toHtml()
    lists = [preview.document().findBlockByNumber(n).textList() for n in range(4)]
    assert any(lst is not None for lst in lists)  # a real list, not dashes


def test_days_run_until_is_the_day_change(window, tmp_path: Path):
    data, _ = load_schedule(REAL / "schedules" / "eventfahrplan-39c3-20251206.schedule.xml")
    path = tmp_path / "39c3.organiser"
    EventStore.create(path, data, lock=False).close()
    assert window.open_file(path)
    view = window.show_view("event")
    assert view.ui.day_change.text() == "06:00"
    prog = window.show_view("programme")
    first_day = prog.ui.sessions_tree.topLevelItem(0)
    last = first_day.child(first_day.childCount() - 1)
    assert last.text(0) == "00:20–01:20 (+1 day)" and last.text(1).startswith("Unnecessarily")
    view = window.show_view("event")
    view.ui.day_change.setFocus()
    retype(view.ui.day_change, "0:00")
    assert window.ctx.data().event.day_change == time(0)
    window.undo_action.trigger()
    assert window.ctx.data().event.day_change == time(6)


def test_after_midnight_times_carry_the_day_shift_in_every_view(window, tmp_path: Path):
    """The People view's list of a person's sessions, the Logistics sessions table and the
    session editor say a 00:20 talk of Day 1 is the next morning, as the programme does."""
    data, _ = load_schedule(REAL / "schedules" / "eventfahrplan-39c3-20251206.schedule.xml")
    path = tmp_path / "39c3.organiser"
    EventStore.create(path, data, lock=False).close()
    assert window.open_file(path)
    data = window.ctx.data()
    kitchen = next(s for s in data.sessions if s.title.startswith("Unnecessarily Complicated"))
    speaker = kitchen.roles[0].person_id
    people = window.show_view("people")
    people.show_item("person", speaker)
    roles = people.ui.roles_list
    texts = [roles.item(i).text() for i in range(roles.count())]
    assert any(t.startswith("Day 1 00:20–01:20 (+1 day) · Unnecessarily") for t in texts), texts
    logistics = window.show_view("logistics")
    logistics.select_session(kitchen.id)
    table = logistics.ui.sessionsTable
    row = table.currentIndex().row()
    shown = [table.model().index(row, c).data() for c in range(3)]
    assert shown[1] == "00:20–01:20 (+1 day)" and shown[2].startswith("Unnecessarily")
    # listed where the programme lists it: after Day 1's evening, before Day 2's morning
    model = table.model()
    assert model.index(row - 1, 1).data().startswith("23:")
    assert model.index(row + 1, 0).data() == "Sun 28 Dec"
    prog = window.show_view("programme")
    prog.show_item("session", kitchen.id)
    note = prog.ui.zoneNote.text()
    assert note == "venue time (Europe/Berlin) — Sun 28 Dec (+1 day)"


def test_subtitle_and_type_are_typed_saved_and_offered(qtbot, window, sample_path):
    """The session editor has a subtitle and a type; what is typed reaches the file, and
    the type field offers the words the event already uses."""
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    session_id = prog.current_session_id()
    retype(prog.ui.subtitle, "Ce que l’on a appris à Bamako")
    retype(prog.ui.type, "Fireside chat")

    def stored() -> tuple[str, str]:
        with EventStore.open(sample_path, read_only=True) as store:
            s = next(s for s in store.load().sessions if s.id == session_id)
        return s.subtitle, s.type

    qtbot.waitUntil(lambda: stored() == ("Ce que l’on a appris à Bamako", "Fireside chat"))
    window.undo_action.trigger()
    assert next(s for s in window.ctx.data().sessions if s.id == session_id).type == ""
    window.redo_action.trigger()
    # another session: the type field suggests the word this event already uses
    tree = prog.ui.sessions_tree
    tree.setCurrentItem(tree.topLevelItem(0).child(2))
    assert prog.current_session_id() != session_id and prog.ui.type.text() == ""
    prog.ui.type.setFocus()
    completer = prog.ui.type.completer()
    type_text(prog.ui.type, "fire")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Fireside chat"
