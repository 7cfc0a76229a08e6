"""The Event view: every event field, its days, display time zones and partners."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from ...i18n import LANGUAGES
from ...model import FORMATS
from ...services import timezones
from ...services.text import clean
from .. import vocabulary
from ..context import EventContext
from ..editing.binding import RowBinder
from ..editing.commands import DeleteCommand, InsertCommand, ReplaceListCommand, UpdateCommand
from ..editing.fields import ZoneCompleter, show_message
from ..forms.ui_event import Ui_EventForm
from ..language import translate
from .base import BaseView, day_heading

EVENT_LINES = (
    "title",
    "subtitle",
    "short_title",
    "languages",
    "venue_name",
    "venue_address",
    "online_platform",
    "online_url",
    "online_meeting_id",
    "online_passcode",
    "contact_name",
    "contact_email",
    "contact_phone",
)


class EventView(BaseView):
    TABLES = frozenset({"event", "days", "display_time_zones", "partners", "sessions", "rooms"})

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_EventForm()
        self.ui.setupUi(self)
        ui = self.ui
        for key in FORMATS:
            ui.format.addItem(vocabulary.event_format(key), key)
        for code in LANGUAGES:
            ui.print_language.addItem(vocabulary.language(code), code)

        self.event_row = RowBinder(ctx, "event", self)
        for name in EVENT_LINES:
            self.event_row.line(getattr(ui, name), name)
        self.event_row.text(ui.description, "description")
        self.event_row.combo(ui.format, "format")
        self.event_row.combo(ui.print_language, "print_language")
        self.event_row.check(ui.print_bilingual, "print_bilingual")
        self.event_row.time(ui.day_change, "day_change", message=ui.day_change_message)
        self.event_row.zone(
            ui.venue_time_zone,
            "venue_time_zone",
            allow_empty=False,
            message=ui.venue_zone_message,
        )

        # days: the heading is computed from the date; only date and label are edited
        self.day = RowBinder(ctx, "days", self)
        self.day.line(ui.day_label, "label")
        ui.days_list.currentRowChanged.connect(lambda _r: self._show_day())
        ui.day_date.set_message_label(ui.day_date_message)
        ui.day_date.committed.connect(self._date_changed)
        ui.day_hours_set.toggled.connect(self._hours_toggled)
        for field, column in ((ui.day_opens, "opens"), (ui.day_closes, "closes")):
            field.set_message_label(ui.day_hours_message)
            field.committed.connect(lambda t, c=column: self._hour_changed(c, t))
        self._day_shown: int | None = None
        ui.add_day.clicked.connect(self.add_day)
        ui.remove_day.clicked.connect(self.remove_day)

        self.zone_completer = ZoneCompleter(ui.zone_input)
        ui.zone_input.returnPressed.connect(self.add_zone)
        ui.zone_input.textEdited.connect(lambda _t: show_message(ui.zone_message, ""))
        show_message(ui.zone_message, "")
        # rooms belong to the venue; they are edited, with their details, in Logistics
        ui.edit_rooms.clicked.connect(self._edit_rooms)
        ui.add_zone.clicked.connect(self.add_zone)
        ui.remove_zone.clicked.connect(self.remove_zone)
        ui.zone_up.clicked.connect(lambda: self.move_zone(-1))
        ui.zone_down.clicked.connect(lambda: self.move_zone(1))

        header = ui.partners_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.partners_table.itemChanged.connect(self._partner_edited)
        ui.add_partner.clicked.connect(self.add_partner)
        ui.remove_partner.clicked.connect(self.remove_partner)
        ui.partner_up.clicked.connect(lambda: self.move_partner(-1))
        ui.partner_down.clicked.connect(lambda: self.move_partner(1))
        self.refresh()

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        ui, data = self.ui, self.ctx.data()
        self.event_row.load(self.ctx.store.get("event", 1))

        current = self._current_day_id()
        ui.days_list.blockSignals(True)
        ui.days_list.clear()
        for n, day in enumerate(data.days, start=1):
            text = translate("EventView", "Day {n} · {date}").format(
                n=n, date=day_heading(day.date)
            )
            text += f" ({day.label})" if day.label else ""
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, day.id)
            ui.days_list.addItem(item)
            if day.id == current:
                ui.days_list.setCurrentItem(item)
        if ui.days_list.currentRow() < 0 and data.days:
            ui.days_list.setCurrentRow(0)
        ui.days_list.blockSignals(False)
        self._show_day()

        rooms = [r.name for r in data.rooms]
        ui.rooms_summary.setText(
            ", ".join(rooms) if rooms else translate("EventView", "No rooms yet")
        )
        ui.rooms_summary.setToolTip("\n".join(rooms))

        zone_row = ui.zones_list.currentRow()
        ui.zones_list.clear()
        for zone in data.event.display_time_zones:
            ui.zones_list.addItem(zone)
        ui.zones_list.setCurrentRow(min(zone_row, ui.zones_list.count() - 1))

        partner_row = ui.partners_table.currentRow()
        table = ui.partners_table
        table.blockSignals(True)
        table.setRowCount(len(data.partners))
        for r, partner in enumerate(data.partners):
            for c, text in enumerate((partner.name, partner.role)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, partner.id)
                table.setItem(r, c, cell)
        table.blockSignals(False)
        if 0 <= partner_row < table.rowCount():
            table.setCurrentCell(partner_row, 0)

    def show_item(self, kind: str, item_id: int) -> None:
        if kind == "day":
            for row in range(self.ui.days_list.count()):
                if self.ui.days_list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                    self.ui.days_list.setCurrentRow(row)
                    self.ui.days_list.setFocus()
        elif kind == "event":
            self.ui.title.setFocus()
        elif kind == "partner":
            table = self.ui.partners_table
            for row in range(table.rowCount()):
                if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == item_id:
                    table.setCurrentCell(row, 0)
                    table.setFocus()

    def _edit_rooms(self) -> None:
        rooms = self.ctx.data().rooms
        self.ctx.navigate.emit("room", rooms[0].id if rooms else 0)

    # ------------------------------------------------------------------ days
    def _current_day_id(self) -> int | None:
        item = self.ui.days_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _show_day(self) -> None:
        day_id = self._current_day_id()
        row = None if day_id is None else self.ctx.store.get("days", day_id)
        self.day.load(row)
        self.ui.day_date.setEnabled(row is not None)
        self.ui.remove_day.setEnabled(row is not None)
        ui = self.ui
        # text refused in a field stays for correction while the same day is shown
        same_day, self._day_shown = day_id == self._day_shown, day_id
        for w in (ui.day_hours_set, ui.day_opens, ui.day_closes):
            w.setEnabled(row is not None)
            w.blockSignals(True)
        try:
            if row is None:
                ui.day_hours_note.setText("")
                ui.day_date.set_value(None)
                return
            if not (same_day and ui.day_date.refusal):
                ui.day_date.set_value(date.fromisoformat(row["date"]))
            derived = self._derived_hours(day_id)
            fixed = row["opens"] is not None or row["closes"] is not None
            ui.day_hours_set.setChecked(fixed)
            opens = row["opens"] or (derived[0] if derived else "09:00")
            closes = row["closes"] or (derived[1] if derived else "18:00")
            for field, value in ((ui.day_opens, opens), (ui.day_closes, closes)):
                if not (same_day and field.refusal):
                    field.set_value(time.fromisoformat(value))
            ui.day_opens.setEnabled(fixed)
            ui.day_closes.setEnabled(fixed)
            if fixed:
                ui.day_hours_note.setText("")
            else:
                ui.day_hours_note.setText(
                    translate("EventView", "from the sessions")
                    if derived
                    else translate("EventView", "no sessions yet")
                )
        finally:
            for w in (ui.day_hours_set, ui.day_opens, ui.day_closes):
                w.blockSignals(False)

    def _derived_hours(self, day_id: int | None) -> tuple[str, str] | None:
        """First start and last end of the day's sessions, by real time (a day that runs
        past midnight closes at 02:30, not at its latest clock time before midnight)."""
        data = self.ctx.data()
        sessions = data.sessions_on(day_id) if day_id is not None else []
        if not sessions:
            return None
        spans = [data.span(s) for s in sessions]
        return f"{min(a for a, _ in spans):%H:%M}", f"{max(b for _, b in spans):%H:%M}"

    def _hours_toggled(self, fixed: bool) -> None:
        day_id = self._current_day_id()
        if day_id is None:
            return
        changes: dict[str, str | None]
        if fixed:
            derived = self._derived_hours(day_id) or ("09:00", "18:00")
            changes = {"opens": derived[0], "closes": derived[1]}
        else:
            changes = {"opens": None, "closes": None}
        text = (
            translate("EventView", "Set the day's hours")
            if fixed
            else translate("EventView", "Take the day's hours from its sessions")
        )
        self.push(UpdateCommand(self.ctx, "days", day_id, changes, text))

    def _hour_changed(self, column: str, value: time | None) -> None:
        day_id = self._current_day_id()
        if day_id is None or value is None or not self.ui.day_hours_set.isChecked():
            return
        text = (
            translate("EventView", "Change the day's opening time")
            if column == "opens"
            else translate("EventView", "Change the day's closing time")
        )
        cmd = UpdateCommand(self.ctx, "days", day_id, {column: f"{value:%H:%M}"}, text)
        self.push(cmd)

    def _date_changed(self, new: date | None) -> None:
        day_id = self._current_day_id()
        if day_id is None or new is None:
            return
        if any(d.date == new and d.id != day_id for d in self.ctx.data().days):
            # said beside the date, the typed text kept for correction
            self.ui.day_date.refuse(
                translate("EventView", "Another day is already on {date}.").format(
                    date=day_heading(new)
                )
            )
            return
        self.push(
            UpdateCommand(
                self.ctx,
                "days",
                day_id,
                {"date": new.isoformat()},
                translate("EventView", "Change day date"),
            )
        )

    def add_day(self) -> None:
        days = self.ctx.data().days
        new = days[-1].date + timedelta(days=1) if days else date.today()
        taken = {d.date for d in days}
        while new in taken:
            new += timedelta(days=1)
        values = {"date": new.isoformat(), "label": ""}
        cmd = InsertCommand(
            self.ctx, "days", values, translate("EventView", "Add day"), names=("date", "label")
        )
        self.push(cmd)
        if cmd.row_id is not None:  # None: the file refused the new day (push said why)
            self.show_item("day", cmd.row_id)
        self.ui.day_date.setFocus(Qt.FocusReason.TabFocusReason)
        self.ui.day_date.selectAll()  # its date typed over: the day and its date, one step

    def remove_day(self) -> None:
        day_id = self._current_day_id()
        if day_id is not None:
            self.push(
                DeleteCommand(
                    self.ctx, "days", day_id, translate("EventView", "Remove day and its sessions")
                )
            )

    # ------------------------------------------------------------- time zones
    def _set_zones(self, zones: list[str], text: str, select: int) -> None:
        rows = [{"zone": z} for z in zones]
        self.push(ReplaceListCommand(self.ctx, "display_time_zones", "", None, rows, text))
        self.ui.zones_list.setCurrentRow(select)

    def add_zone(self) -> None:
        typed = self.ui.zone_input.text().strip()
        zone = self.zone_completer.take_match() if typed else None
        if zone is None:
            several = len(timezones.search(typed)) > 1
            show_message(
                self.ui.zone_message,
                translate(
                    "EventView", "“{text}” names several time zones: pick one from the list."
                ).format(text=typed[:60])
                if several
                else translate(
                    "EventView",
                    "Type a city, e.g. New York or São Paulo, and pick it from the list.",
                ),
            )
            self.ui.zone_input.setFocus()
            return
        show_message(self.ui.zone_message, "")
        zones = list(self.ctx.data().event.display_time_zones)
        if zone in zones:
            self.ui.zones_list.setCurrentRow(zones.index(zone))
        else:
            text = translate("EventView", "Show {city} time").format(city=timezones.city(zone))
            self._set_zones([*zones, zone], text, len(zones))
        self.ui.zone_input.clear()

    def remove_zone(self) -> None:
        zones = list(self.ctx.data().event.display_time_zones)
        row = self.ui.zones_list.currentRow()
        if 0 <= row < len(zones):
            del zones[row]
            self._set_zones(
                zones, translate("EventView", "Remove time zone"), min(row, len(zones) - 1)
            )

    def move_zone(self, step: int) -> None:
        zones = list(self.ctx.data().event.display_time_zones)
        row = self.ui.zones_list.currentRow()
        if 0 <= row < len(zones) and 0 <= row + step < len(zones):
            zones[row], zones[row + step] = zones[row + step], zones[row]
            self._set_zones(zones, translate("EventView", "Reorder time zones"), row + step)

    # ---------------------------------------------------------------- partners
    def _partner_edited(self, item: QTableWidgetItem) -> None:
        column = ("name", "role")[item.column()]
        value = clean(item.text())
        partner_id = item.data(Qt.ItemDataRole.UserRole)
        if column == "name" and not value:
            self.later(self.refresh_now)  # a partner needs a name: put it back
            return
        cmd = UpdateCommand(
            self.ctx,
            "partners",
            partner_id,
            {column: value},
            translate("EventView", "Edit partner"),
        )
        self.later(lambda: self.push(cmd))

    def add_partner(self) -> None:
        n = len(self.ctx.data().partners)
        values = {"name": translate("EventView", "New partner"), "role": "partner", "sort_order": n}
        self.push(
            InsertCommand(
                self.ctx, "partners", values, translate("EventView", "Add partner"), names=("name",)
            )
        )
        table = self.ui.partners_table
        table.setCurrentCell(n, 0)
        table.editItem(table.item(n, 0))

    def remove_partner(self) -> None:
        item = self.ui.partners_table.item(self.ui.partners_table.currentRow(), 0)
        if item is not None:
            partner_id = item.data(Qt.ItemDataRole.UserRole)
            self.push(
                DeleteCommand(
                    self.ctx, "partners", partner_id, translate("EventView", "Remove partner")
                )
            )

    def move_partner(self, step: int) -> None:
        partners = list(self.ctx.data().partners)
        row = self.ui.partners_table.currentRow()
        if 0 <= row < len(partners) and 0 <= row + step < len(partners):
            partners[row], partners[row + step] = partners[row + step], partners[row]
            rows = [{"name": p.name, "role": p.role} for p in partners]
            self.push(
                ReplaceListCommand(
                    self.ctx, "partners", "", None, rows, translate("EventView", "Reorder partners")
                )
            )
            self.ui.partners_table.setCurrentCell(row + step, 0)
