"""Forms as a person sees them: one editor per cell, readable fields, sensible defaults,
limits that hold, and refusals that say why."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from organiser.gui.context import EventContext
from organiser.gui.documents.programme import ProgrammeOptionsWidget
from organiser.gui.editing.binding import flush_all
from organiser.gui.panels.problems import ProblemsPanel
from organiser.gui.views.base import run_deferred
from organiser.model import Day, Event, EventData, Role
from organiser.store import EventStore


def _session(window, kind: str, number: int | None = None):
    return next(
        s
        for s in window.ctx.data().sessions
        if s.kind == kind and (number is None or s.number == number)
    )


def _add_role(prog, name: str) -> None:
    prog.ui.role_person.setEditText(name)
    prog.ui.add_role.click()


def _role_combos(prog) -> list[QComboBox]:
    return prog.ui.roles_table.viewport().findChildren(QComboBox)


def test_each_role_cell_has_one_combo_after_adds_undo_redo_and_removes(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    prog.show_item("session", _session(window, "workshop", 2).id)
    table = prog.ui.roles_table
    assert len(_role_combos(prog)) == table.rowCount()
    for name in ("Scott Weber", "Katy Thompson", "Bert Koenders"):
        _add_role(prog, name)
    window.undo_action.trigger()
    window.ctx.undo_stack.redo()
    window.ctx.undo_stack.undo()
    table.setCurrentCell(0, 0)
    prog.ui.remove_role.click()
    qtbot.wait(10)

    combos = _role_combos(prog)
    assert len(combos) == table.rowCount() == 5
    assert {id(table.cellWidget(r, 1)) for r in range(table.rowCount())} == {id(c) for c in combos}
    roles = _session(window, "workshop", 2).roles
    for r, role in enumerate(roles):
        combo = table.cellWidget(r, 1)
        assert combo.currentData() == role.role
        # drawn in its own cell, not offset into a neighbour's
        assert combo.geometry() == table.visualRect(table.model().index(r, 1))

    # a reused combo edits the role now in its row, not the one it was made for
    last = table.cellWidget(table.rowCount() - 1, 1)
    last.setCurrentIndex(last.findData("rapporteur"))
    run_deferred()
    assert _session(window, "workshop", 2).roles[-1].role == "rapporteur"
    assert [r.role for r in _session(window, "workshop", 2).roles[:-1]] == [
        r.role for r in roles[:-1]
    ]

    # another session with fewer roles takes the surplus combos away at once
    prog.show_item("session", _session(window, "keynote").id)
    assert len(_role_combos(prog)) == table.rowCount()


def test_role_picked_for_a_new_person_suits_the_session(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    prog = window.show_view("programme")

    def chosen() -> str:
        return prog.ui.role_type.currentData()

    workshop = _session(window, "workshop", 2)
    prog.show_item("session", workshop.id)
    assert chosen() == "first_respondent", "the workshop has its facilitator already"
    prog.show_item("session", _session(window, "keynote").id)
    assert chosen() == "keynote_speaker"
    prog.show_item("session", _session(window, "opening").id)
    assert chosen() == "speaker"
    prog.show_item("session", _session(window, "closing").id)
    assert chosen() == "speaker"

    # a new workshop: first its facilitator, then first respondents
    prog.show_item("session", workshop.id)
    prog.add_session()
    new_id = prog.current_session_id()
    assert chosen() == "speaker"
    prog.ui.kind.setCurrentIndex(prog.ui.kind.findData("workshop"))
    assert chosen() == "facilitator", "made a workshop: now it wants its facilitator"
    _add_role(prog, "Scott Weber")
    assert [r.role for r in _session_by_id(window, new_id).roles] == ["facilitator"]
    assert chosen() == "first_respondent"
    _add_role(prog, "Katy Thompson")
    assert [r.role for r in _session_by_id(window, new_id).roles] == [
        "facilitator",
        "first_respondent",
    ]

    # a panel: its moderator, then panellists
    prog.ui.kind.setCurrentIndex(prog.ui.kind.findData("panel"))
    session = copy.deepcopy(_session_by_id(window, new_id))
    assert prog.roles.suggested_role(session) == "moderator"
    session.roles.append(Role(person_id=session.roles[0].person_id, role="moderator"))
    assert prog.roles.suggested_role(session) == "panellist"
    for kind in ("plenary", "other", "break"):
        session.kind = kind
        assert prog.roles.suggested_role(session) == "speaker"

    # a choice the user made stays while they stay in the session
    prog.ui.role_type.setCurrentIndex(prog.ui.role_type.findData("rapporteur"))
    window.ctx.changed.emit({"sessions"})
    prog.ui.title.setText("Sécurité")
    flush_all()
    assert chosen() == "rapporteur"


def _session_by_id(window, session_id: int):
    return next(s for s in window.ctx.data().sessions if s.id == session_id)


def test_number_box_shows_none_readably(window, sample_path, qtbot, tmp_path):
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    prog.show_item("session", _session(window, "opening").id)
    number = prog.ui.number
    assert number.value() == number.minimum() and number.text() == "none"
    edit = number.lineEdit()
    assert edit.width() >= edit.fontMetrics().horizontalAdvance("none") + 4
    assert number.grab().save(str(tmp_path / "number.png"))


def test_sessions_and_roles_wrap_to_the_panel(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    person = next(p for p in window.ctx.data().people if p.family_name == "Attuquayefio")
    people.show_item("person", person.id)
    roles = people.ui.roles_list
    qtbot.wait(20)
    item = roles.item(0)
    assert "Workshop 3" in item.text() and item.text().endswith("First respondent")
    rect = roles.visualItemRect(item)
    line = roles.fontMetrics().height()
    assert rect.right() <= roles.viewport().width(), "nothing to scroll sideways to"
    assert rect.height() >= 2 * line, "the long heading wraps onto more lines"
    assert roles.horizontalScrollBar().maximum() == 0


@pytest.fixture
def panel(qtbot, ctx):
    widget = ProblemsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_problem_rows_wrap_to_the_list_and_are_as_tall_as_their_text(panel, qtbot):
    data = panel.ctx.data()
    person = data.people[0]
    # an unbreakable name (cut to 80 letters in messages) makes a finding no word wrap can break
    panel.ctx.store.update("people", person.id, {"given_name": "Z" + "x" * 300})
    panel.ctx.changed.emit({"people"})
    panel.refresh()
    view = panel.view
    panel.resize(700, 600)
    qtbot.wait(20)
    assert panel.model.rowCount() >= 2
    width = view.viewport().width()
    line = view.fontMetrics().height()
    heights = []
    for row in range(panel.model.rowCount()):
        rect = view.visualRect(panel.model.index(row))
        assert rect.left() >= 0 and rect.right() <= width, panel.model.finding(row).message
        text_width = width - 30
        lines_at_most = len(panel.model.finding(row).message) * 12 // max(text_width, 1) + 2
        assert rect.height() <= lines_at_most * line + 12
        heights.append(rect.height())
    assert view.horizontalScrollBar().maximum() == 0
    long_row = next(
        r for r in range(panel.model.rowCount()) if "xxxx" in panel.model.finding(r).message
    )
    assert heights[long_row] >= 2 * line, "the long name is broken over lines, not cut"
    # narrower: the same rows get taller, never wider than the list
    panel.resize(300, 600)
    qtbot.wait(20)
    rect = view.visualRect(panel.model.index(long_row))
    assert rect.right() <= view.viewport().width()
    assert rect.height() > heights[long_row]


def _new_event(tmp_path: Path) -> Path:
    from datetime import date

    path = tmp_path / "new.organiser"
    data = EventData(event=Event(title="New"), days=[Day(date=date(2026, 11, 27))])
    EventStore.create(path, data, lock=False).close()
    return path


@pytest.mark.parametrize("height", [500, 1400])
def test_time_zone_list_keeps_its_height_and_the_space_goes_below(qtbot, tmp_path, height):
    store = EventStore.open(_new_event(tmp_path))
    ctx = EventContext(store)
    try:
        options = ProgrammeOptionsWidget(ctx)
        qtbot.addWidget(options)
        options.resize(300, height)
        options.show()
        qtbot.waitExposed(options)
        ui = options.ui
        assert ui.zoneList.count() == 1
        assert ui.zoneList.height() >= 96
        gap = ui.zoneList.geometry().top() - ui.zonesLabel.geometry().bottom()
        assert gap <= 12, "the list sits under its label, however tall the panel"
        assert options.grab().save(str(tmp_path / f"options_{height}.png"))
    finally:
        ctx.close()
        store.close()


def test_name_fields_keep_at_most_their_limit(window, sample_path, typer, qtbot):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    people.add_person()
    person_id = people.current_person_id()
    ui = people.ui
    ui.given_name.setText("Ã©" * 2500)  # a 5,000-character paste
    typer(ui.family_name, "é" * 210)
    ui.printed_name.setText("x" * 5000)
    flush_all()
    stored = window.ctx.store.get("people", person_id)
    assert len(stored["given_name"]) == 200
    assert stored["family_name"] == "é" * 200
    assert len(stored["printed_name"]) == 200
    for field in (ui.honorific, ui.given_name, ui.family_name, ui.printed_name):
        assert field.maxLength() == 200
        assert "200 characters" in field.toolTip()

    prog = window.show_view("programme")
    assert prog.ui.role_person.lineEdit().maxLength() == 200
    window.show_view("people")

    # positions and organisations: at most 500 characters each
    ui.add_affiliation.click()
    run_deferred()
    table = ui.affiliations_table
    table.setCurrentCell(0, 1)
    table.editItem(table.item(0, 1))
    editor = table.viewport().focusWidget()
    assert editor.maxLength() == 500
    table.item(0, 1).setText("O" * 5000)
    run_deferred()
    affiliation = window.ctx.data().person(person_id).affiliations[0]
    assert len(affiliation.organisation) == 500


def test_a_venue_zone_that_is_not_one_is_refused_with_a_message(window, sample_path, typer, qtbot):
    assert window.open_file(sample_path)
    view = window.show_view("event")
    field, message = view.ui.venue_time_zone, view.ui.venue_zone_message
    assert message.isHidden()
    field.selectAll()
    typer(field, "Mars/Olympus")
    field.editingFinished.emit()
    assert window.ctx.data().event.venue_time_zone == "Africa/Bamako"
    assert field.text() == "Mars/Olympus", "the text is kept for correction"
    assert message.isVisible()
    assert "'Mars/Olympus' is not a time zone; type a city" in message.text()
    assert message.geometry().top() >= field.geometry().bottom()
    assert message.geometry().top() - field.geometry().bottom() < 3 * field.height()

    field.selectAll()
    typer(field, "Africa/Abidjan")
    assert message.isHidden(), "a good name takes the message away"
    field.editingFinished.emit()
    assert window.ctx.data().event.venue_time_zone == "Africa/Abidjan"


def test_a_home_zone_that_is_not_one_is_refused_with_a_message(window, sample_path, typer):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    first, second = window.ctx.data().people[:2]
    people.show_item("person", first.id)
    field, message = people.ui.home_time_zone, people.ui.home_zone_message
    before = field.text()
    field.selectAll()
    typer(field, "Atlantis")
    field.editingFinished.emit()
    assert window.ctx.store.get("people", first.id)["home_time_zone"] == before
    assert message.isVisible() and "'Atlantis' is not a time zone" in message.text()
    people.show_item("person", second.id)
    assert message.isHidden(), "the message was about the person no longer shown"


def test_key_events_reach_the_role_table_combo(window, sample_path, qtbot):
    """The combo a row keeps is a live editor: the keyboard changes the role."""
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    prog.show_item("session", _session(window, "workshop", 2).id)
    combo = prog.ui.roles_table.cellWidget(0, 1)
    before = combo.currentIndex()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    run_deferred()
    assert combo.currentIndex() == before + 1
    assert _session(window, "workshop", 2).roles[0].role == combo.currentData()


def test_two_fields_typed_before_a_commit_both_keep_their_text(window, sample_path, typer):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    people.add_person()
    person_id = people.current_person_id()
    typer(people.ui.given_name, "Aïssata")
    typer(people.ui.family_name, "Maïga")
    flush_all()
    stored = window.ctx.store.get("people", person_id)
    assert (stored["given_name"], stored["family_name"]) == ("Aïssata", "Maïga")
    assert people.ui.given_name.text() == "Aïssata"
    assert people.ui.family_name.text() == "Maïga", "the first commit did not blank the second"
