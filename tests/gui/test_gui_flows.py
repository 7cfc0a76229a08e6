"""The window driven like a user: create an event, edit it, undo, redo, reopen."""

from __future__ import annotations

from pathlib import Path

import apsw
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from organiser.gui.editing import binding
from organiser.store import EventStore
from tests.gui.keyboard import retype


def test_new_event_session_question_facilitator_undo_redo_reopen(
    save_as, window, qtbot, monkeypatch, tmp_path, typer
):
    target = tmp_path / "Dialogue de Ségou.organiser"
    save_as(target)
    window.new_action.trigger()
    dialog = window.new_event_dialog
    typer(dialog.ui.title, "Dialogue de Ségou")
    typer(dialog.ui.venue, "Ségou")  # no zone of that name: asked for
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "In which time zone is the venue?" in dialog.ui.zoneMessage.text()
    typer(dialog.ui.zone, "bamako")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert target.exists() and window.ctx is not None
    assert window.ctx.data().event.venue_time_zone == "Africa/Bamako"
    assert "Dialogue de Ségou.organiser" in window.windowTitle()

    event_view = window.show_view("event")
    qtbot.mouseClick(event_view.ui.add_day, Qt.MouseButton.LeftButton)
    assert event_view.ui.days_list.count() == 1

    prog = window.show_view("programme")
    window.activateWindow()
    prog.ui.sessions_tree.setFocus()
    qtbot.keyClick(prog.ui.sessions_tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    session_id = prog.current_session_id()
    assert session_id is not None, "Ctrl+N added and selected a session"
    assert prog.ui.title.hasFocus() or prog.ui.title.isEnabled()

    typer(prog.ui.title, "Sécurité humaine à Ségou")
    prog.ui.kind.setCurrentIndex(prog.ui.kind.findData("workshop"))

    qtbot.mouseClick(prog.ui.add_question, Qt.MouseButton.LeftButton)
    assert prog.ui.new_question.hasFocus(), "Add with nothing typed: where to type it"
    typer(prog.ui.new_question, "Qui décide de la sécurité ?")
    qtbot.keyClick(prog.ui.new_question, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.ctx.data().sessions[0].guiding_questions == ["Qui décide de la sécurité ?"]
    )
    assert prog.ui.questions_list.item(0).text() == "Qui décide de la sécurité ?"

    prog.ui.role_type.setCurrentIndex(prog.ui.role_type.findData("facilitator"))
    typer(prog.ui.role_person.lineEdit(), "Dr. Aïssata Maïga")
    qtbot.mouseClick(prog.ui.add_role, Qt.MouseButton.LeftButton)
    assert prog.ui.roles_table.rowCount() == 1
    assert prog.ui.roles_table.item(0, 0).text() == "Dr. Aïssata Maïga"

    def state():
        data = window.ctx.data()
        return [
            (
                s.title,
                s.kind,
                s.guiding_questions,
                [(data.person(r.person_id).full_name, r.role) for r in s.roles],
            )
            for s in data.sessions
        ]

    expected = [
        (
            "Sécurité humaine à Ségou",
            "workshop",
            ["Qui décide de la sécurité ?"],
            [("Dr. Aïssata Maïga", "facilitator")],
        )
    ]
    binding.flush_all()
    assert state() == expected

    # undo everything back to an empty event, then redo it all
    steps = 0
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
        steps += 1
    assert steps >= 6
    assert state() == [] and window.ctx.data().days == [] and window.ctx.data().people == []
    assert prog.ui.sessions_tree.topLevelItemCount() == 0
    for _ in range(steps):
        window.redo_action.trigger()
    assert state() == expected
    assert (
        prog.ui.sessions_tree.topLevelItem(0).child(0).text(1)
        == "Workshop: Sécurité humaine à Ségou"
    )

    # close, reopen through File > Open, and find everything
    window.close_action.trigger()
    assert window.ctx is None and not Path(f"{target}.lock").exists()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.open_action.trigger()
    assert state() == expected
    prog = window.show_view("programme")
    prog.show_item("session", window.ctx.data().sessions[0].id)
    assert prog.ui.title.text() == "Sécurité humaine à Ségou"
    assert prog.ui.questions_list.item(0).text() == "Qui décide de la sécurité ?"
    assert prog.ui.roles_table.item(0, 0).text() == "Dr. Aïssata Maïga"
    assert prog.ui.roles_table.cellWidget(0, 1).currentData() == "facilitator"


def test_typing_then_closing_at_once_loses_nothing(window, sample_path, typer):
    assert window.open_file(sample_path)
    view = window.show_view("event")
    view.ui.subtitle.selectAll()
    typer(view.ui.subtitle, "Dialogue hybride à Bamako")
    window.close()  # straight away: no pause, no focus change
    with EventStore.open(sample_path) as store:
        assert store.load().event.subtitle == "Dialogue hybride à Bamako"


def test_typing_merges_into_one_undo_step(window, sample_path, typer):
    assert window.open_file(sample_path)
    view = window.show_view("event")
    view.ui.languages.clear()
    binding.flush_all()
    before = window.ctx.undo_stack.count()
    typer(view.ui.languages, "English")
    view.event_row.flush()  # what the typing pause does
    typer(view.ui.languages, ", français")
    binding.flush_all()
    assert window.ctx.data().event.languages == "English, français"
    assert window.ctx.undo_stack.count() == before + 1  # one step for the whole typing
    window.undo_action.trigger()
    assert window.ctx.data().event.languages == ""
    assert view.ui.languages.text() == ""


def test_typing_again_after_leaving_the_field_is_a_step_of_its_own(window, sample_path, typer):
    assert window.open_file(sample_path)
    view = window.show_view("event")
    before = window.ctx.undo_stack.count()
    retype(view.ui.languages, "English", end=Qt.Key.Key_Return)  # Enter ends the edit
    retype(view.ui.languages, "English, French", end=Qt.Key.Key_Return)
    assert window.ctx.undo_stack.count() == before + 2
    window.undo_action.trigger()
    assert window.ctx.data().event.languages == "English"


def test_delete_session_asks_nothing_and_undo_brings_roles_back(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    workshop2 = next(
        s for s in window.ctx.data().sessions if s.kind == "workshop" and s.number == 2
    )
    prog.show_item("session", workshop2.id)
    assert prog.current_session_id() == workshop2.id
    window.activateWindow()
    prog.ui.sessions_tree.setFocus()
    qtbot.keyClick(prog.ui.sessions_tree, Qt.Key.Key_Delete)
    assert workshop2.id not in {s.id for s in window.ctx.data().sessions}
    qtbot.keyClick(prog.ui.sessions_tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workshop2.id in {s.id for s in window.ctx.data().sessions}
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(prog.ui.sessions_tree, Qt.Key.Key_Z, shift_ctrl)
    assert workshop2.id not in {s.id for s in window.ctx.data().sessions}
    window.undo_action.trigger()
    back = next(s for s in window.ctx.data().sessions if s.id == workshop2.id)
    assert back.guiding_questions == workshop2.guiding_questions
    assert [(r.person_id, r.role) for r in back.roles] == [
        (r.person_id, r.role) for r in workshop2.roles
    ]


def test_people_filter_is_accent_insensitive(window, sample_path, typer):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    typer(people.ui.filter, "traore")
    assert people.proxy.rowCount() == 1
    assert people.proxy.index(0, 0).data() == "Traoré, Drissa"
    assert people.ui.heading.text() == "Mr. Drissa Traoré"
    people.ui.filter.clear()
    typer(people.ui.filter, "NIAGALÉ bagayoko")
    assert people.proxy.rowCount() == 1
    people.ui.filter.clear()
    typer(people.ui.filter, "kofi annan")  # organisations are searched too
    assert [people.proxy.index(r, 0).data() for r in range(people.proxy.rowCount())] == [
        "Edu-Afful, Fiifi"
    ]
    assert people.ui.count.text() == "1 of 17"


def test_person_roles_navigate_to_the_session(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    traore = next(p for p in window.ctx.data().people if p.family_name == "Traoré")
    people.show_item("person", traore.id)
    roles = people.ui.roles_list
    assert "First respondent" in roles.item(0).text()
    roles.setCurrentRow(0)
    roles.itemActivated.emit(roles.item(0))
    assert window.current_view_key() == "programme"
    prog = window.views["programme"]
    session = window.ctx.data().roles_of(traore.id)[0][0]
    assert prog.current_session_id() == session.id


def test_person_form_edits_and_affiliations(window, sample_path, typer, qtbot):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    people.ui.add_person.click()
    person_id = people.current_person_id()
    typer(people.ui.given_name, "Łukasz")
    typer(people.ui.family_name, "Żółć")
    people.ui.add_affiliation.click()
    table = people.ui.affiliations_table
    table.item(0, 0).setText("Researcher")
    qtbot.waitUntil(
        lambda: window.ctx.data().person(person_id).affiliations[0].position == "Researcher"
    )
    table.item(0, 1).setText("Université de Bamako")
    qtbot.waitUntil(lambda: window.ctx.data().person(person_id).affiliations[0].organisation != "")
    binding.flush_all()
    person = window.ctx.data().person(person_id)
    assert (person.given_name, person.family_name) == ("Łukasz", "Żółć")
    assert [(a.position, a.organisation) for a in person.affiliations] == [
        ("Researcher", "Université de Bamako")
    ]
    typer(people.ui.filter, "zolc")
    assert people.proxy.rowCount() == 1 and people.current_person_id() == person_id
    people.delete_person()
    assert person_id not in {p.id for p in window.ctx.data().people}
    window.undo_action.trigger()
    assert (
        window.ctx.data().person(person_id).affiliations[0].organisation == "Université de Bamako"
    )


def test_event_time_zones_only_real_names(window, sample_path, typer):
    assert window.open_file(sample_path)
    view = window.show_view("event")
    typer(view.ui.zone_input, "Narnia/Cair_Paravel")
    view.ui.add_zone.click()
    assert window.ctx.data().event.display_time_zones == ["Europe/Berlin", "America/New_York"]
    view.ui.zone_input.setText("Asia/Tokyo")
    view.ui.add_zone.click()
    view.ui.zones_list.setCurrentRow(2)
    view.ui.zone_up.click()
    assert window.ctx.data().event.display_time_zones == [
        "Europe/Berlin",
        "Asia/Tokyo",
        "America/New_York",
    ]
    view.ui.venue_time_zone.setText("Not/AZone")
    view.ui.venue_time_zone.editingFinished.emit()
    assert window.ctx.data().event.venue_time_zone == "Africa/Bamako"
    assert view.ui.venue_time_zone.text() == "Not/AZone", "kept for correction, refused"
    assert "is not a time zone" in view.ui.venue_zone_message.text()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.ctx.data().event.display_time_zones == ["Europe/Berlin", "America/New_York"]


def test_day_heading_comes_from_the_date(window, sample_path):
    from datetime import date

    assert window.open_file(sample_path)
    view = window.show_view("event")
    view.ui.days_list.setCurrentRow(1)
    retype(view.ui.day_date, "18/11/2021")
    assert window.ctx.data().days[1].date == date(2021, 11, 18)
    assert view.ui.days_list.item(1).text().startswith("Day 2 · Thursday 18 November 2021")
    assert view.ui.day_date.text() == "Thursday 18 November 2021"
    retype(view.ui.day_date, "16 Nov 2021")  # the other day's date: refused beside it
    assert window.ctx.data().days[1].date == date(2021, 11, 18)
    message = view.ui.day_date_message
    assert message.isVisible() and "Another day is already on Tuesday 16" in message.text()
    assert view.ui.day_date.text() == "Tuesday 16 November 2021", "the text is kept"


def test_outside_changes_are_picked_up(window, sample_path):
    assert window.open_file(sample_path)
    event_view = window.show_view("event")
    other = apsw.Connection(str(sample_path))  # another program, as SQLite sees it
    with other:
        other.execute("UPDATE event SET title = 'Changed elsewhere'")
    other.close()
    window.check_outside_changes()
    assert event_view.ui.title.text() == "Changed elsewhere"
    assert window.windowTitle().startswith("Changed elsewhere")


def test_views_are_reachable_by_ctrl_number(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "people"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "programme"
    assert window.import_menu.title() == "&Import"
    QApplication.processEvents()


def test_session_form_combos_rooms_and_roles(window, sample_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    data = window.ctx.data()
    w2 = next(s for s in data.sessions if s.kind == "workshop" and s.number == 2)
    prog.show_item("session", w2.id)

    # move it to day 2: it stays selected and the day combo shows day 2
    prog.ui.day.setCurrentIndex(1)
    assert window.ctx.data().sessions[-1].day_id == data.days[1].id or any(
        s.id == w2.id and s.day_id == data.days[1].id for s in window.ctx.data().sessions
    )
    assert prog.current_session_id() == w2.id
    assert prog.ui.day.currentIndex() == 1
    window.undo_action.trigger()
    assert prog.ui.day.currentIndex() == 0

    # a new room, made on the spot
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Salle Niger", True))
    )
    prog.ui.add_room.click()
    session = next(s for s in window.ctx.data().sessions if s.id == w2.id)
    assert window.ctx.data().room(session.room_id).name == "Salle Niger"
    assert prog.ui.room.currentText() == "Salle Niger"

    # roles: confirmation, role type, running order
    table = prog.ui.roles_table
    first = [table.item(r, 0).text() for r in range(table.rowCount())]
    table.item(1, 2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: not next(s for s in window.ctx.data().sessions if s.id == w2.id).roles[1].confirmed
    )
    table.cellWidget(0, 1).setCurrentIndex(table.cellWidget(0, 1).findData("moderator"))
    qtbot.waitUntil(
        lambda: (
            next(s for s in window.ctx.data().sessions if s.id == w2.id).roles[0].role
            == "moderator"
        )
    )
    table.setCurrentCell(0, 0)
    prog.ui.role_down.click()
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        first[1],
        first[0],
        *first[2:],
    ]
    assert table.currentRow() == 1
    window.undo_action.trigger()
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == first


def test_role_person_suggestions_ignore_accents_and_reuse_people(window, sample_path, typer):
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    keynote = next(s for s in window.ctx.data().sessions if s.kind == "keynote")
    prog.show_item("session", keynote.id)
    people_before = len(window.ctx.data().people)
    line = prog.ui.role_person.lineEdit()
    typer(line, "traore")
    assert prog.roles.person_picker.names.stringList() == ["Drissa Traoré"]
    line.clear()
    typer(line, "minusma")  # organisations match too
    assert prog.roles.person_picker.names.stringList() == ["El Ghassim Wane"]
    prog.roles.person_picker.popup().hide()
    prog.ui.role_person.setEditText("Drissa Traoré")
    prog.ui.role_type.setCurrentIndex(prog.ui.role_type.findData("rapporteur"))
    prog.ui.add_role.click()
    session = next(s for s in window.ctx.data().sessions if s.id == keynote.id)
    traore = next(p for p in window.ctx.data().people if p.family_name == "Traoré")
    assert (session.roles[-1].person_id, session.roles[-1].role) == (traore.id, "rapporteur")
    assert len(window.ctx.data().people) == people_before  # nobody new


def test_day_hours_come_from_sessions_unless_set(window, sample_path):
    assert window.open_file(sample_path)
    view = window.show_view("event")
    view.ui.days_list.setCurrentRow(0)
    assert not view.ui.day_hours_set.isChecked() and not view.ui.day_opens.isEnabled()
    assert view.ui.day_opens.text() == "13:00"
    assert view.ui.day_hours_note.text() == "from the sessions"
    view.ui.day_hours_set.setChecked(True)
    day = window.ctx.data().days[0]
    assert (f"{day.opens:%H:%M}", f"{day.closes:%H:%M}") == ("13:00", "16:20")
    retype(view.ui.day_opens, "8.30")
    assert f"{window.ctx.data().days[0].opens:%H:%M}" == "08:30"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.ctx.data().days[0].opens is None and not view.ui.day_hours_set.isChecked()


def test_typing_is_committed_before_the_next_edit(window, sample_path, typer):
    """Type a title, add a session at once: undo takes back the session first, then the title."""
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    first = prog.current_session_id()
    prog.ui.title.clear()
    typer(prog.ui.title, "Mot de bienvenue")
    prog.add_session()  # before the typing pause ran out
    assert window.ctx.undo_stack.undoText() == "Add session"
    window.undo_action.trigger()
    assert next(s for s in window.ctx.data().sessions if s.id == first).title == "Mot de bienvenue"
    window.undo_action.trigger()
    assert next(s for s in window.ctx.data().sessions if s.id == first).title == ""


def test_session_ending_before_it_starts_is_flagged(window, sample_path):
    assert window.open_file(sample_path)
    prog = window.show_view("programme")
    retype(prog.ui.ends, "12 pm")  # the opening starts at 13:00
    assert "ends before it starts" in prog.ui.zoneNote.text()
    window.undo_action.trigger()
    assert prog.ui.zoneNote.text() == "venue time (Africa/Bamako)"


def test_people_table_sorts_by_any_column(window, sample_path):
    assert window.open_file(sample_path)
    people = window.show_view("people")
    table = people.ui.people_table
    names = [people.proxy.index(r, 0).data() for r in range(people.proxy.rowCount())]
    assert names[0] == "Attuquayefio, Philip" and names[-1] == "Weber, Scott"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert people.proxy.index(0, 0).data() == "Weber, Scott"
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    orgs = [people.proxy.index(r, 1).data() for r in range(people.proxy.rowCount())]
    assert orgs[0] == "African Security Sector Network"
    assert orgs.index(
        "“Promoting a durable peace in Mali: A contribution from the civil society” White Book"
    ) < orgs.index("UNDP")


def test_family_name_written_first_is_a_tick_by_keyboard(window, sample_path, typer, qtbot):
    """A Vietnamese or Hungarian name keeps its order: the tick beside the family name is
    reached with Alt+T, set with Space, saved at once and undone with Ctrl+Z."""
    assert window.open_file(sample_path)
    people = window.show_view("people")
    people.ui.add_person.click()
    person_id = people.current_person_id()
    typer(people.ui.given_name, "Béla")
    typer(people.ui.family_name, "Nagy")
    binding.flush_all()
    assert window.ctx.data().person(person_id).name == "Béla Nagy"
    QTest.keyClick(people, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert people.ui.family_first.hasFocus()
    QTest.keyClick(people.ui.family_first, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.data().person(person_id).name == "Nagy Béla")
    QTest.keyClick(people.ui.family_first, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.ctx.data().person(person_id).name == "Béla Nagy")
    assert not people.ui.family_first.isChecked()
