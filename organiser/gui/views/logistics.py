"""Logistics: the venue, who travels and stays where, what each session needs, tasks, roles.

Every edit is an undo command on the event's stack; the view redraws from the file after
each commit (``ctx.changed``), keeping the selected row, and never overwrites the field
the user is typing in with the same value. Dates are typed as text, read in the user's
locale (15/11/2021 18:05, 15 Nov 2021 6:05 pm, ISO) so that an unknown date stays empty
instead of becoming a made-up default; a reading other than plain ISO is spelled out under the form, and text that is
not a date is refused there with a message and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from ... import i18n
from ...model import DEFAULT_ROLE_TYPES, EventData, Session, Task
from ...services.text import clean, fold
from .. import language, vocabulary
from ..context import EventContext
from ..editing.commands import DeleteCommand, InsertCommand, UpdateCommand
from ..editing.fields import SelectOnClick
from ..editing.undo import mark_committing
from ..forms.ui_logistics import Ui_LogisticsView
from ..language import translate
from .base import clock_text
from .logistics_tables import (
    contacts_columns,
    date_text,
    datetime_text,
    parse_date,
    people_columns,
    read_datetime,
    roles_columns,
    rooms_columns,
    sessions_columns,
    setups,
    task_is_overdue,
    tasks_columns,
    to_db,
)
from .tablemodel import BadValue, ChoiceDelegate, Column, RowsModel

BUILT_IN_ROLES = {spec[0] for spec in DEFAULT_ROLE_TYPES}
_ERROR_STYLE = "QLineEdit { border: 1px solid #b00020; }"


class LogisticsView(QWidget):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LogisticsView()
        self.ui.setupUi(self)
        #: tasks due before this day and not done stand out (a test may move it)
        self.today = date.today()
        self._loading = False
        self._sized: set[QTableView] = set()
        self._stale = False
        self._build_tables()
        self._connect_forms()
        self.ui.setup.addItems(setups())
        self.ui.setup.setCurrentIndex(-1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # ------------------------------------------------------------------ tables
    def _build_tables(self) -> None:
        ui = self.ui
        self.rooms = RowsModel(
            rooms_columns(),
            self._edit_cell("rooms"),
            self,
            on_error=self.show_error,
        )
        self.contacts = RowsModel(
            contacts_columns(),
            self._edit_cell("contacts"),
            self,
            on_error=self.show_error,
        )
        self.people = RowsModel(
            people_columns(),
            self._edit_cell("people"),
            self,
        )
        self.sessions = RowsModel(
            sessions_columns(self._day_label, self._room_name, lambda s: clock_text(self.data, s)),
            self._edit_cell("sessions"),
            self,
        )
        self.tasks = RowsModel(
            tasks_columns(self._task_link, self._link_choices),
            self._edit_task,
            self,
            alert=lambda t: task_is_overdue(t, self.today),
            on_error=self.show_error,
        )
        self.roles = RowsModel(
            roles_columns(),
            self._edit_cell("role_types"),
            self,
            on_error=self.show_error,
        )
        for table, model in (
            (ui.roomsTable, self.rooms),
            (ui.contactsTable, self.contacts),
            (ui.peopleTable, self.people),
            (ui.sessionsTable, self.sessions),
            (ui.tasksTable, self.tasks),
            (ui.rolesTable, self.roles),
        ):
            table.setModel(model)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        self._task_delegate = ChoiceDelegate(self.tasks, self)
        ui.tasksTable.setItemDelegate(self._task_delegate)
        ui.peopleTable.selectionModel().currentRowChanged.connect(self._load_person)
        ui.sessionsTable.selectionModel().currentRowChanged.connect(self._load_session)
        ui.rolesTable.selectionModel().currentRowChanged.connect(self._load_role)
        ui.peopleFilter.textChanged.connect(lambda _t: self._refresh_people())
        ui.addRoomButton.clicked.connect(self.add_room)
        ui.removeRoomButton.clicked.connect(lambda: self._remove(ui.roomsTable, "rooms"))
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.removeContactButton.clicked.connect(lambda: self._remove(ui.contactsTable, "contacts"))
        ui.addTaskButton.clicked.connect(lambda: self.add_task())
        ui.removeTaskButton.clicked.connect(lambda: self._remove(ui.tasksTable, "tasks"))
        ui.addRoleButton.clicked.connect(self.add_role)
        ui.removeRoleButton.clicked.connect(self.remove_role)

    def _edit_cell(self, table: str) -> Callable[[Any, Column, Any], None]:
        def edit(item: Any, col: Column, value: Any) -> None:
            assert col.field is not None
            if getattr(item, col.field) == value:
                return
            self.show_error("")
            self._push(UpdateCommand(self.ctx, table, item.id, {col.field: to_db(value)}))

        return edit

    def _edit_task(self, task: Task, col: Column, value: Any) -> None:
        if col.field == "link":
            assert task.id is not None  # the table lists the stored tasks
            kind, _, ident = (value or "").partition(":")
            changes = {
                "session_id": int(ident) if kind == "s" else None,
                "person_id": int(ident) if kind == "p" else None,
            }
            if (task.session_id, task.person_id) != tuple(changes.values()):
                text = translate("Logistics", "Link task")
                self._push(UpdateCommand(self.ctx, "tasks", task.id, changes, text))
            return
        self._edit_cell("tasks")(task, col, value)

    def _task_link(self, task: Task) -> str:
        if task.session_id is not None:
            return f"s:{task.session_id}"
        if task.person_id is not None:
            return f"p:{task.person_id}"
        return ""

    def _link_choices(self) -> list[tuple[str, str]]:
        data = self.data
        out = [("—", "")]
        session = translate("Logistics", "Session: {session}")
        out += [
            (session.format(session=vocabulary.session_heading(s)), f"s:{s.id}")
            for s in data.sessions
        ]
        people = sorted(data.people, key=lambda p: p.sort_key)
        person = translate("Logistics", "Person: {name}")
        out += [(person.format(name=p.name), f"p:{p.id}") for p in people]
        return out

    # ------------------------------------------------------------------ forms
    def _connect_forms(self) -> None:
        ui = self.ui
        self._person_text: dict[QLineEdit, str] = {
            ui.arrivalMode: "arrival_mode",
            ui.arrivalNumber: "arrival_number",
            ui.arrivingFrom: "arriving_from",
            ui.pickupBy: "pickup_by",
            ui.departureMode: "departure_mode",
            ui.departureNumber: "departure_number",
            ui.hotel: "hotel",
            ui.hotelAddress: "hotel_address",
            ui.bookingReference: "booking_reference",
            ui.dietaryNeeds: "dietary_needs",
            ui.accessNeeds: "access_needs",
            ui.visaStatus: "visa_status",
            ui.personNotes: "notes",
        }

        def in_venue_time(text: str) -> tuple[datetime | None, str]:
            return read_datetime(text, self.data.event.venue_time_zone)

        def a_day(text: str) -> tuple[date | None, str]:
            return parse_date(text), ""

        self._person_dates: dict[QLineEdit, tuple[str, Callable[[str], tuple[Any, str]]]] = {
            ui.arrivalAt: ("arrival_at", in_venue_time),
            ui.departureAt: ("departure_at", in_venue_time),
            ui.checkIn: ("check_in", a_day),
            ui.checkOut: ("check_out", a_day),
        }
        for edit, column in self._person_text.items():
            edit.textEdited.connect(self._text_editor("people", self.current_person_id, column))
            mark_committing(edit)
        for edit in self._person_dates:
            SelectOnClick(edit)  # a click selects the date: typing replaces it
            mark_committing(edit)
        self._typed_dates: set[QLineEdit] = set()  # typed in, not yet committed
        self._shown_person: int | None = None
        for edit, (column, parse) in self._person_dates.items():
            edit.textEdited.connect(lambda _t, e=edit: self._typed_dates.add(e))
            edit.editingFinished.connect(
                self._date_editor(edit, "people", self.current_person_id, column, parse)
            )
        ui.pickupNeeded.clicked.connect(
            lambda on: self._set("people", self.current_person_id(), {"pickup_needed": int(on)})
        )
        self._session_text = {
            ui.interpretation: "interpretation",
            ui.catering: "catering",
            ui.sessionUrl: "online_url",
        }
        for edit, column in self._session_text.items():
            edit.textEdited.connect(self._text_editor("sessions", self.current_session_id, column))
            mark_committing(edit)
        ui.setup.lineEdit().textEdited.connect(
            self._text_editor("sessions", self.current_session_id, "setup")
        )
        ui.setup.activated.connect(
            lambda _i: self._set(
                "sessions",
                self.current_session_id(),
                {"setup": clean(ui.setup.currentText())},
                merge=True,
            )
        )
        ui.room.activated.connect(
            lambda _i: self._set(
                "sessions", self.current_session_id(), {"room_id": ui.room.currentData()}
            )
        )
        self._session_checks: dict[QCheckBox, str] = {
            ui.projector: "projector",
            ui.recording: "recording",
            ui.streaming: "streaming",
        }
        for box, column in self._session_checks.items():
            box.clicked.connect(
                lambda on, c=column: self._set("sessions", self.current_session_id(), {c: int(on)})
            )
        self._session_counts: dict[QSpinBox, str] = {
            ui.microphones: "microphones",
            ui.headCount: "head_count",
        }
        for spin, column in self._session_counts.items():
            spin.valueChanged.connect(
                lambda v, c=column: (
                    self._loading
                    or self._set("sessions", self.current_session_id(), {c: v or None}, merge=True)
                )
            )
        ui.roleBrief.textChanged.connect(lambda: self._role_brief_typed(ui.roleBrief, "brief"))
        ui.roleBriefFr.textChanged.connect(
            lambda: self._role_brief_typed(ui.roleBriefFr, "brief_fr")
        )

    def _text_editor(
        self, table: str, row_id: Callable[[], int | None], column: str
    ) -> Callable[[str], None]:
        def typed(text: str) -> None:
            self._set(table, row_id(), {column: clean(text)}, merge=True)

        return typed

    def _date_editor(
        self,
        edit: QLineEdit,
        table: str,
        row_id: Callable[[], int | None],
        column: str,
        parse: Callable[[str], tuple[Any, str]],
    ) -> Callable[[], None]:
        def finished() -> None:
            self._typed_dates.discard(edit)
            rid = row_id()
            if rid is None or self._loading:
                return
            try:
                value, note = parse(edit.text())
            except BadValue as exc:
                edit.setStyleSheet(_ERROR_STYLE)
                self.show_travel_note(str(exc), error=True)
                self._typed_dates.add(edit)  # kept as typed, for the user to correct
                return
            edit.setStyleSheet("")
            self.show_travel_note(note)
            old = self.ctx.store.get(table, rid)
            if old is not None and old[column] != to_db(value):
                self._set(table, rid, {column: to_db(value)})
            edit.setText(
                datetime_text(value) if isinstance(value, datetime) else date_text(value)
            )  # normalised, e.g. "2021-11-15T18:05" -> "2021-11-15 18:05"

        return finished

    def _set(self, table: str, row_id: int | None, changes: dict[str, Any], *, merge: bool = False):
        if row_id is None or self._loading:
            return
        self._push(UpdateCommand(self.ctx, table, row_id, changes, merge=merge))

    def _push(self, command: Any) -> None:
        self.ctx.undo_stack.push(command)

    def _role_brief_typed(self, editor: QPlainTextEdit, column: str) -> None:
        if self._loading:
            return
        rid = self._current_id(self.ui.rolesTable, self.roles)
        if rid is not None:
            text = editor.toPlainText()
            label = (
                translate("Logistics", "Edit role brief")
                if column == "brief"
                else translate("Logistics", "Edit role brief in French")
            )
            self._push(
                UpdateCommand(self.ctx, "role_types", rid, {column: text}, label, merge=True)
            )

    # ------------------------------------------------------------------ actions
    def add_room(self) -> None:
        n = len(self.data.rooms)
        values = {"name": translate("Logistics", "Room {n}").format(n=n + 1), "sort_order": n}
        text = translate("Logistics", "Add room")
        self._add_and_name(self.ui.roomsTable, "rooms", values, text, ("name",))

    def add_contact(self) -> None:
        n = len(self.data.contacts)
        values = {"name": translate("Logistics", "New contact"), "sort_order": n}
        text = translate("Logistics", "Add contact")
        self._add_and_name(self.ui.contactsTable, "contacts", values, text, ("name",))

    def add_task(self, title: str = "") -> None:
        values = {"title": title or translate("Logistics", "New task"), "status": "open"}
        text = translate("Logistics", "Add task")
        self._add_and_name(self.ui.tasksTable, "tasks", values, text, ("title",))

    def _add_and_name(
        self,
        table: QTableView,
        name: str,
        values: dict[str, Any],
        text: str,
        names: tuple[str, ...],
    ) -> None:
        """Add a row and open its name for typing: what is typed replaces the default
        name, and the row with its name is one undo step."""
        model = table.model()
        assert isinstance(model, RowsModel)
        self._push(
            InsertCommand(
                self.ctx,
                name,
                values,
                text,
                on_done=lambda rid: self._select(table, model, rid),
                names=names,
            )
        )
        index = table.selectionModel().currentIndex()
        if index.isValid():
            table.setFocus()
            table.edit(model.index(index.row(), 0))

    def add_role(self) -> None:
        keys = {r.key for r in self.data.role_types}
        n = 1
        while f"custom_{n}" in keys:
            n += 1
        self._push(
            InsertCommand(
                self.ctx,
                "role_types",
                {
                    "key": f"custom_{n}",
                    "label": translate("Logistics", "Custom role {n}").format(n=n),
                    "plural": translate("Logistics", "Custom roles {n}").format(n=n),
                    "brief": "",
                    "sort_order": len(self.data.role_types),
                },
                translate("Logistics", "Add role"),
                on_done=lambda rid: self._select(self.ui.rolesTable, self.roles, rid),
                names=("label", "plural"),
            )
        )
        index = self.ui.rolesTable.selectionModel().currentIndex()
        if index.isValid():
            self.ui.rolesTable.setFocus()
            self.ui.rolesTable.edit(self.roles.index(index.row(), 0))

    def remove_role(self) -> None:
        rid = self._current_id(self.ui.rolesTable, self.roles)
        if rid is None:
            return
        rt = self.roles.rows[self.roles.row_of(rid)]
        if rt.key in BUILT_IN_ROLES:
            self.show_error(
                translate(
                    "Logistics", "“{role}” is a built-in role; edit it instead of removing it."
                ).format(role=rt.label)
            )
            return
        used = sum(1 for s in self.data.sessions for r in s.roles if r.role == rt.key)
        if used:
            message = (
                translate("Logistics", "“{role}” is held once in the programme; reassign first.")
                if used == 1
                else translate(
                    "Logistics", "“{role}” is held {n} times in the programme; reassign first."
                )
            )
            self.show_error(message.format(role=rt.label, n=used))
            return
        self._push(
            DeleteCommand(self.ctx, "role_types", rid, translate("Logistics", "Remove role"))
        )

    def _remove(self, table: QTableView, name: str) -> None:
        model = table.model()
        assert isinstance(model, RowsModel)
        rid = self._current_id(table, model)
        if rid is not None:
            text = {
                "rooms": translate("Logistics", "Remove room"),
                "contacts": translate("Logistics", "Remove contact"),
                "tasks": translate("Logistics", "Remove task"),
            }[name]
            self._push(DeleteCommand(self.ctx, name, rid, text))

    # ------------------------------------------------------------------ selection
    def _current_id(self, table: QTableView, model: RowsModel) -> int | None:
        index = table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= len(model.rows):
            return None
        return model.rows[index.row()].id

    def _select(self, table: QTableView, model: RowsModel, row_id: int | None) -> None:
        row = model.row_of(row_id)
        if row < 0:
            return
        index = model.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)

    def current_person_id(self) -> int | None:
        return self._current_id(self.ui.peopleTable, self.people)

    def current_session_id(self) -> int | None:
        return self._current_id(self.ui.sessionsTable, self.sessions)

    def select_person(self, person_id: int) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.travelTab)
        self._select(self.ui.peopleTable, self.people, person_id)

    def select_session(self, session_id: int) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.sessionsTab)
        self._select(self.ui.sessionsTable, self.sessions, session_id)

    def show_item(self, kind: str, item_id: int) -> None:
        """Select an item for ``ctx.navigate``: a task, room, contact, role, person, session."""
        ui = self.ui
        places = {
            "task": (ui.tasksTab, ui.tasksTable, self.tasks),
            "room": (ui.venueTab, ui.roomsTable, self.rooms),
            "contact": (ui.venueTab, ui.contactsTable, self.contacts),
            "role_type": (ui.rolesTab, ui.rolesTable, self.roles),
        }
        if kind == "person":
            ui.peopleFilter.clear()
            self.select_person(item_id)
        elif kind == "session":
            self.select_session(item_id)
        elif kind in places:
            tab, table, model = places[kind]
            ui.tabs.setCurrentWidget(tab)
            self._select(table, model, item_id)

    def flush(self) -> None:
        """Commit a date still being typed (other fields commit as they are typed)."""
        for edit in list(self._typed_dates):
            edit.editingFinished.emit()

    # ------------------------------------------------------------------ refresh
    @property
    def data(self) -> EventData:
        return self.ctx.data()

    def show_travel_note(self, text: str, *, error: bool = False) -> None:
        """Under the travel form, beside the dates it speaks of: a refusal, or how a date
        typed in another form was read (so a guess is never silent)."""
        label = self.ui.travelMessage
        label.setText(text)
        label.setStyleSheet(f"color: {'#b00020' if error else '#1b5e20'};" if text else "")

    def show_error(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet("color: #b00020;" if text else "")

    def _on_changed(self, tables: set[str]) -> None:
        # Hidden (another view is in front): reading the whole event after every keystroke
        # typed elsewhere would slow that view down; catch up when shown again.
        if not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Redraw every tab from the file, keeping each table's selected row."""
        self._stale = False
        data = self.data
        self._rooms_by_id = {r.id: r for r in data.rooms}
        self._days_by_id = {d.id: d for d in data.days}
        for table, model, rows in (
            (self.ui.roomsTable, self.rooms, data.rooms),
            (self.ui.contactsTable, self.contacts, data.contacts),
            (self.ui.sessionsTable, self.sessions, self._sorted_sessions(data)),
            (self.ui.tasksTable, self.tasks, self._sorted_tasks(data)),
            (self.ui.rolesTable, self.roles, data.role_types),
        ):
            self._reset(table, model, rows)
        if self._current_id(self.ui.rolesTable, self.roles) is None and self.roles.rows:
            # "What this role asks" belongs to a role: show the first one's, not an empty box
            self._select(self.ui.rolesTable, self.roles, self.roles.rows[0].id)
        self._refresh_people()
        self._load_session()
        self._load_role()

    def _reset(self, table: QTableView, model: RowsModel, rows: list[Any]) -> None:
        keep = self._current_id(table, model)
        column = max(table.selectionModel().currentIndex().column(), 0)
        model.set_rows(rows)
        if rows and table not in self._sized:  # once, so the user's own widths stay
            self._sized.add(table)
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for col in range(model.columnCount()):
                header.resizeSection(col, min(max(header.sectionSize(col), 60), 320))
        row = model.row_of(keep)
        if row >= 0:
            table.selectionModel().setCurrentIndex(
                model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _refresh_people(self) -> None:
        wanted = fold(clean(self.ui.peopleFilter.text()))
        people = sorted(self.data.people, key=lambda p: p.sort_key)
        if wanted:
            people = [p for p in people if wanted in fold(p.full_name)]
        self._reset(self.ui.peopleTable, self.people, people)
        self._load_person()

    def _sorted_tasks(self, data: EventData) -> list[Task]:
        return sorted(data.tasks, key=lambda t: (t.status == "done", t.due or date.max, t.id))

    @staticmethod
    def _sorted_sessions(data: EventData) -> list[Session]:
        """As the programme lists them: by conference day, a day's after-midnight talks last."""
        days = sorted(data.days, key=lambda d: d.date)
        return [s for d in days for s in data.sessions_on(d.id)]

    def _day_label(self, day_id: int) -> str:
        day = self._days_by_id.get(day_id)
        return i18n.short_date(day.date, language.current()) if day else ""

    def _room_name(self, room_id: int | None) -> str:
        room = self._rooms_by_id.get(room_id) if room_id is not None else None
        return room.name if room else ""

    def _fill(self, edit: QLineEdit, value: str) -> None:
        # The field being typed in already shows this value (perhaps with a space more).
        if clean(edit.text()) != value:
            edit.setText(value)

    def _load_person(self, *_args: object) -> None:
        rid = self.current_person_id()
        person = self.people.rows[self.people.row_of(rid)] if rid is not None else None
        self.ui.travelBox.setEnabled(person is not None)
        self.ui.travelBox.setTitle(
            translate("Logistics", "Travel and stay of {name}").format(name=person.full_name)
            if person
            else translate("Logistics", "Select a person")
        )
        self._loading = True
        try:
            for edit, column in self._person_text.items():
                self._fill(edit, getattr(person, column) if person else "")
            for edit, (column, _parse) in self._person_dates.items():
                value = getattr(person, column) if person else None
                text = datetime_text(value) if isinstance(value, datetime) else date_text(value)
                if rid != self._shown_person:
                    self._typed_dates.discard(edit)
                    self.show_travel_note("")
                elif edit in self._typed_dates:
                    continue  # the user is still typing (or fixing a refused) date
                edit.setStyleSheet("")
                self._fill(edit, text)
            self._shown_person = rid
            self.ui.pickupNeeded.setChecked(bool(person and person.pickup_needed))
        finally:
            self._loading = False

    def _load_session(self, *_args: object) -> None:
        ui = self.ui
        rid = self.current_session_id()
        s = self.sessions.rows[self.sessions.row_of(rid)] if rid is not None else None
        ui.sessionBox.setEnabled(s is not None)
        ui.sessionBox.setTitle(
            translate("Logistics", "Logistics of {session}").format(
                session=vocabulary.session_heading(s)
            )
            if s
            else translate("Logistics", "Select a session")
        )
        self._loading = True
        try:
            ui.room.clear()
            ui.room.addItem("—", None)
            for room in self.data.rooms:
                ui.room.addItem(room.name, room.id)
            ui.room.setCurrentIndex(max(ui.room.findData(s.room_id) if s else 0, 0))
            if s is None or clean(ui.setup.currentText()) != s.setup:
                ui.setup.setEditText(s.setup if s else "")
            for box, column in self._session_checks.items():
                box.setChecked(bool(s and getattr(s, column)))
            for spin, column in self._session_counts.items():
                spin.setValue((getattr(s, column) or 0) if s else 0)
            for edit, column in self._session_text.items():
                self._fill(edit, getattr(s, column) if s else "")
        finally:
            self._loading = False

    def _load_role(self, *_args: object) -> None:
        rid = self._current_id(self.ui.rolesTable, self.roles)
        rt = self.roles.rows[self.roles.row_of(rid)] if rid is not None else None
        self.ui.removeRoleButton.setEnabled(rt is not None and rt.key not in BUILT_IN_ROLES)
        for editor, column in ((self.ui.roleBrief, "brief"), (self.ui.roleBriefFr, "brief_fr")):
            editor.setEnabled(rt is not None)
            text = getattr(rt, column) if rt else ""
            if editor.toPlainText() != text:
                self._loading = True
                try:
                    editor.setPlainText(text)
                finally:
                    self._loading = False
