"""The Logistics view edits travel, sessions, tasks and roles through undoable commands."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from organiser.gui.context import EventContext
from organiser.gui.views.logistics import LogisticsView
from organiser.store import EventStore
from tests.gui import keyboard


def type_text(widget: QWidget, text: str) -> None:
    """Type into the field as a person would: it has the focus first."""
    widget.setFocus()
    keyboard.type_text(widget, text)


def finish(edit: QLineEdit) -> None:
    QApplication.sendEvent(
        edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )


@pytest.fixture
def opened(qtbot, sample_path):
    made = []

    def open_view(path=sample_path):
        ctx = EventContext(EventStore.open(path))
        host = QWidget()
        view = LogisticsView(ctx, host)
        QVBoxLayout(host).addWidget(view)
        qtbot.addWidget(host)
        host.show()
        made.append((ctx, host))
        return ctx, view

    yield open_view
    for ctx, _host in made:
        ctx.close()
        if ctx.store.conn is not None:
            ctx.store.close()


def person_id(ctx, family):
    return next(p.id for p in ctx.data().people if p.family_name == family)


def test_edit_travel_add_task_undo_and_reopen(opened, sample_path):
    ctx, view = opened()
    ui = view.ui
    hach = person_id(ctx, "Hach")
    view.select_person(hach)
    assert view.current_person_id() == hach
    assert "Hach" in ui.travelBox.title()

    type_text(ui.arrivingFrom, "Genève-Cointrin")
    type_text(ui.hotel, "Hôtel Salam")
    type_text(ui.dietaryNeeds, "végétarien")
    ui.arrivalAt.setText("2021-11-15T18:05")
    finish(ui.arrivalAt)
    ui.pickupNeeded.click()
    type_text(ui.pickupBy, "Moussa")
    p = ctx.data().person(hach)
    assert p.arriving_from == "Genève-Cointrin" and p.hotel == "Hôtel Salam"
    assert p.dietary_needs == "végétarien" and p.pickup_needed and p.pickup_by == "Moussa"
    assert p.arrival_at == datetime(2021, 11, 15, 18, 5)
    assert ui.arrivalAt.text() == "2021-11-15 18:05"  # normalised
    # the selection survived every refresh, and the table shows the new values
    assert view.current_person_id() == hach
    row = view.people.row_of(hach)
    assert view.people.index(row, 6).data() == "Hôtel Salam"

    # one undo step per field typed, not per letter
    steps = ctx.undo_stack.count()
    assert steps == 6

    # a bad date is refused with a message and changes nothing
    ui.departureAt.setText("next Tuesday")
    finish(ui.departureAt)
    assert "not a date" in ui.travelMessage.text()  # under the form, beside the field
    assert ctx.data().person(hach).departure_at is None
    assert ctx.undo_stack.count() == steps

    # add a task, name it, give it a due date in the past: it stands out
    view.ui.tabs.setCurrentWidget(ui.tasksTab)
    view.today = date(2021, 11, 10)
    ui.addTaskButton.click()
    (task,) = ctx.data().tasks
    row = view.tasks.row_of(task.id)
    assert view.tasks.setData(view.tasks.index(row, 0), "Réserver l’interprète")
    assert view.tasks.setData(view.tasks.index(row, 2), "2021-11-01")
    assert not view.tasks.setData(view.tasks.index(row, 2), "soon")
    assert "not a date" in ui.message.text()
    assert view.tasks.setData(view.tasks.index(row, 4), f"p:{hach}")
    task = ctx.data().tasks[0]
    assert (task.title, task.due, task.person_id) == (
        "Réserver l’interprète",
        date(2021, 11, 1),
        hach,
    )
    assert view.tasks.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert view.tasks.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.tasks.index(0, 4).data() == "Person: Clemens Hach"
    view.tasks.setData(view.tasks.index(0, 3), "done")
    assert view.tasks.index(0, 0).data(Qt.ItemDataRole.FontRole) is None

    # undo the status, the link, the due date, then the task with the name it was given
    # as it was added (one step)
    for _ in range(3):
        ctx.undo_stack.undo()
    assert len(ctx.data().tasks) == 1 and ctx.data().tasks[0].due is None
    ctx.undo_stack.undo()
    assert ctx.data().tasks == []
    ctx.undo_stack.redo()  # the task comes back with its id and its name
    assert ctx.data().tasks[0].id == task.id
    assert ctx.data().tasks[0].title == "Réserver l’interprète"
    # undo the pick-up driver; keep the rest
    while ctx.undo_stack.index() > steps - 1:
        ctx.undo_stack.undo()
    assert ctx.data().person(hach).pickup_by == ""
    assert ctx.data().tasks == []

    # close and reopen the file: the edits are there
    ctx.close()
    ctx.store.close()
    ctx2, view2 = opened(sample_path)
    p = ctx2.data().person(person_id(ctx2, "Hach"))
    assert p.arriving_from == "Genève-Cointrin" and p.hotel == "Hôtel Salam"
    assert p.arrival_at == datetime(2021, 11, 15, 18, 5) and p.pickup_needed
    assert p.pickup_by == "" and ctx2.data().tasks == []
    view2.select_person(p.id)
    assert view2.ui.dietaryNeeds.text() == "végétarien"


def test_venue_rooms_contacts_and_session_logistics(opened):
    ctx, view = opened()
    ui = view.ui
    ui.addRoomButton.click()
    ui.addRoomButton.click()
    rooms = ctx.data().rooms
    assert [r.name for r in rooms] == ["Room 1", "Room 2"]
    m = view.rooms
    assert m.setData(m.index(0, 0), "Salle Niger")
    assert m.setData(m.index(0, 1), "120")
    assert not m.setData(m.index(0, 1), "many")
    assert not m.setData(m.index(0, 0), "   ")  # a room needs a name
    assert m.setData(m.index(0, 3), "Ground floor, left of the lobby")
    assert ctx.data().rooms[0].name == "Salle Niger" and ctx.data().rooms[0].capacity == 120

    ui.addContactButton.click()
    c = view.contacts
    c.setData(c.index(0, 0), "Aïssata Koné")
    c.setData(c.index(0, 2), "+223 70 00 00 00")
    assert ctx.data().contacts[0].phone == "+223 70 00 00 00"

    # the online meeting is the event's, edited once, in the Event view
    assert view.findChild(QLineEdit, "onlinePasscode") is None

    ws2 = next(s for s in ctx.data().sessions if s.number == 2)
    view.select_session(ws2.id)
    ui.room.setCurrentIndex(ui.room.findData(rooms[0].id))
    ui.room.activated.emit(ui.room.currentIndex())
    ui.setup.lineEdit().clear()
    type_text(ui.setup.lineEdit(), "U-shape")
    ui.projector.click()
    ui.microphones.setValue(6)
    type_text(ui.interpretation, "English, français")
    ui.headCount.setValue(45)
    s = next(s for s in ctx.data().sessions if s.id == ws2.id)
    assert (s.room_id, s.setup, s.projector, s.microphones) == (rooms[0].id, "U-shape", True, 6)
    assert (s.interpretation, s.head_count) == ("English, français", 45)
    assert view.current_session_id() == ws2.id
    assert ui.room.currentText() == "Salle Niger"

    # removing a room clears it from its session; undo puts both back
    view._select(ui.roomsTable, view.rooms, rooms[0].id)
    ui.removeRoomButton.click()
    assert next(s for s in ctx.data().sessions if s.id == ws2.id).room_id is None
    ctx.undo_stack.undo()
    assert next(s for s in ctx.data().sessions if s.id == ws2.id).room_id == rooms[0].id


def test_roles_brief_editable_and_custom_role(opened):
    ctx, view = opened()
    ui = view.ui
    fr = next(r for r in ctx.data().role_types if r.key == "first_respondent")
    view._select(ui.rolesTable, view.roles, fr.id)
    assert "respond first" in ui.roleBrief.toPlainText()
    assert not ui.removeRoleButton.isEnabled()
    ui.roleBrief.selectAll()
    type_text(ui.roleBrief, "Répondez en cinq minutes.")
    assert ctx.data().role_type("first_respondent").brief == "Répondez en cinq minutes."
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert "respond first" in ctx.data().role_type("first_respondent").brief

    ui.addRoleButton.click()
    new = ctx.data().role_types[-1]
    assert new.key == "custom_1"
    view.roles.setData(view.roles.index(view.roles.row_of(new.id), 0), "Discussant")
    assert ctx.data().role_type("custom_1").label == "Discussant"
    assert ui.removeRoleButton.isEnabled()
    ui.removeRoleButton.click()
    assert all(r.key != "custom_1" for r in ctx.data().role_types)


def test_show_item_and_flush_pending_date(opened):
    ctx, view = opened()
    ui = view.ui
    view.add_task("Call the caterer")
    task = ctx.data().tasks[0]
    view.ui.tabs.setCurrentWidget(ui.venueTab)
    view.show_item("task", task.id)
    assert ui.tabs.currentWidget() is ui.tasksTab
    assert view.tasks.rows[ui.tasksTable.currentIndex().row()].id == task.id
    ui.peopleFilter.setText("zzz")  # a filter hiding the person is cleared
    traore = person_id(ctx, "Traoré")
    view.show_item("person", traore)
    assert ui.tabs.currentWidget() is ui.travelTab and view.current_person_id() == traore
    type_text(ui.checkIn, "2021-11-15")
    assert ctx.data().person(traore).check_in is None  # a date commits when finished
    view.flush()
    assert ctx.data().person(traore).check_in == date(2021, 11, 15)


def test_hidden_view_catches_up_when_shown(opened):
    from organiser.gui.editing.commands import InsertCommand

    ctx, view = opened()
    host = view.parentWidget()
    host.hide()
    ctx.undo_stack.push(InsertCommand(ctx, "rooms", {"name": "Annex"}))
    assert view.rooms.rows == []  # not redrawn while hidden
    host.show()
    assert [r.name for r in view.rooms.rows] == ["Annex"]


def test_roles_tab_opens_on_the_first_role(opened):
    _ctx, view = opened()
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.rolesTab)
    first = view.roles.rows[0]
    assert view._current_id(ui.rolesTable, view.roles) == first.id
    assert ui.roleBrief.isEnabled()
    assert ui.roleBrief.toPlainText() == first.brief and first.brief


@pytest.mark.parametrize(
    ("typed", "stored", "note"),
    [
        ("2021-11-16 14:30", datetime(2021, 11, 16, 14, 30), ""),
        ("2021-11-16T14:30:00", datetime(2021, 11, 16, 14, 30), ""),
        ("16/11/2021 14:30", datetime(2021, 11, 16, 14, 30), "Tuesday 16 November 2021, 14:30"),
        ("16.11.2021 14h30", datetime(2021, 11, 16, 14, 30), "Tuesday 16 November 2021"),
        ("16 Nov 2021 2:30 pm", datetime(2021, 11, 16, 14, 30), "14:30"),
        ("Nov 16, 2021 9:05", datetime(2021, 11, 16, 9, 5), "Tuesday 16 November 2021, 09:05"),
        ("11/16/2021 14:30", datetime(2021, 11, 16, 14, 30), "Tuesday 16 November"),
        # Bamako is UTC+0: an offset is converted to venue time and said so, never dropped
        ("2021-11-16 14:30+01:00", datetime(2021, 11, 16, 13, 30), "13:30 venue time"),
        ("16/11/2021 09:00 UTC-5", datetime(2021, 11, 16, 14, 0), "UTC−5"),
        ("2021-11-16T23:30Z", datetime(2021, 11, 16, 23, 30), "venue time (Bamako)"),
    ],
)
def test_travel_dates_typed_in_common_forms(opened, typed, stored, note):
    ctx, view = opened()
    ui = view.ui
    hach = person_id(ctx, "Hach")
    view.select_person(hach)
    steps = ctx.undo_stack.count()
    ui.arrivalAt.setFocus()
    ui.arrivalAt.setText(typed)
    finish(ui.arrivalAt)
    assert ctx.data().person(hach).arrival_at == stored
    assert ctx.undo_stack.count() == steps + 1
    assert ui.arrivalAt.text() == f"{stored:%Y-%m-%d %H:%M}"  # shown as it was stored
    if note:
        assert note in ui.travelMessage.text()
        assert "Read as" in ui.travelMessage.text()
    else:
        assert ui.travelMessage.text() == ""
    ctx.undo_stack.undo()
    assert ctx.data().person(hach).arrival_at is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("tomorrow", "not a date and time"),
        ("16/11/2021", "no time"),
        ("31/02/2021 10:00", "“31/02/2021” is not a date"),
        ("16/11/2021 25:10", "not a time of day"),
        ("16/11/2021 14", "give the minutes"),
        ("16/11/2021 13 pm", "12-hour clock"),
        ("2021-11-16 14:30 +25:00", "not a UTC offset"),
    ],
)
def test_unreadable_travel_date_is_refused_inline_and_kept(opened, typed, says):
    ctx, view = opened()
    ui = view.ui
    hach = person_id(ctx, "Hach")
    view.select_person(hach)
    steps = ctx.undo_stack.count()
    ui.arrivalAt.setText(typed)
    finish(ui.arrivalAt)
    assert says in ui.travelMessage.text()
    assert ui.arrivalAt.text() == typed  # kept for the user to correct, nothing lost
    assert ui.arrivalAt.styleSheet()  # the field is marked
    assert ctx.data().person(hach).arrival_at is None
    assert ctx.undo_stack.count() == steps
    ui.arrivalAt.setText("16/11/2021 14:30")  # corrected: the mark and message go
    finish(ui.arrivalAt)
    assert ctx.data().person(hach).arrival_at == datetime(2021, 11, 16, 14, 30)
    assert ui.arrivalAt.styleSheet() == "" and "Read as" in ui.travelMessage.text()


def test_offset_without_a_venue_zone_is_refused(opened):
    from organiser.gui.editing.commands import UpdateCommand

    ctx, view = opened()
    ctx.undo_stack.push(UpdateCommand(ctx, "event", 1, {"venue_time_zone": ""}))
    assert ctx.data().event.venue_time_zone == ""
    hach = person_id(ctx, "Hach")
    view.select_person(hach)
    view.ui.arrivalAt.setText("2021-11-16 14:30+01:00")
    finish(view.ui.arrivalAt)
    assert "no venue time zone" in view.ui.travelMessage.text()
    assert ctx.data().person(hach).arrival_at is None


def test_check_in_day_first(opened):
    ctx, view = opened()
    hach = person_id(ctx, "Hach")
    view.select_person(hach)
    view.ui.checkIn.setText("15/11/2021")
    finish(view.ui.checkIn)
    assert ctx.data().person(hach).check_in == date(2021, 11, 15)
