"""File › New Event: what the event is called, where, in which time zone, and when.

Every time in the programme is venue time, so the venue's zone is asked for, not
assumed: it is taken from the venue as it is typed ("Azalai Hotel, Bamako" is in
Africa/Bamako) and can be typed by city ("new york"); without it the event is not made.
The first day is typed as people type dates, and that many days follow it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ... import model
from ...services import timezones
from ...store import new_event_data
from .. import language
from ..editing.fields import ZoneCompleter, show_message
from ..forms.ui_new_event import Ui_NewEvent
from ..language import translate


class NewEventDialog(QDialog):
    """Asks for the title, the venue, its zone and the days of a new event."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewEvent()
        self.ui.setupUi(self)
        ui = self.ui
        self.setMinimumWidth(ui.firstDay.minimumWidth() + 220)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NewEvent", "Create…")
        )
        self.zone_completer = ZoneCompleter(ui.zone)
        self._zone_typed = False  # once the user types a zone, the venue no longer sets it
        ui.firstDay.allow_empty = True
        ui.firstDay.set_message_label(ui.firstDayMessage)
        ui.venue.textEdited.connect(self._venue_typed)
        ui.zone.textEdited.connect(self._zone_edited)
        ui.buttons.accepted.connect(self._accept)
        ui.buttons.rejected.connect(self.reject)
        show_message(ui.zoneMessage, "")
        show_message(ui.firstDayMessage, "")

    def _venue_typed(self, text: str) -> None:
        if self._zone_typed:
            return
        zone = timezones.zone_for_place(text)
        self.ui.zone.setText(zone or "")
        show_message(self.ui.zoneMessage, "")
        if zone:
            self.ui.zoneMessage.setText(
                translate("NewEvent", "From the venue: {city} time.").format(
                    city=timezones.city(zone)
                )
            )
            self.ui.zoneMessage.setStyleSheet("color: #1b5e20;")
            self.ui.zoneMessage.show()

    def _zone_edited(self, text: str) -> None:
        self._zone_typed = bool(text.strip())
        show_message(self.ui.zoneMessage, "")

    def zone(self) -> str | None:
        return timezones.resolve(self.ui.zone.text())

    def _accept(self) -> None:
        ui = self.ui
        ui.firstDay.finish()  # a date typed and not yet left is read now
        if ui.firstDay.refusal:
            ui.firstDay.setFocus()
            return
        zone = self.zone_completer.take_match()
        if zone is None:
            typed = ui.zone.text().strip()
            show_message(
                ui.zoneMessage,
                translate(
                    "NewEvent", "“{text}” is not one time zone; type the venue's city and pick it."
                ).format(text=typed[:60])
                if typed
                else translate(
                    "NewEvent",
                    "In which time zone is the venue? Type its city, e.g. Bamako; every time in "
                    "the programme is venue time.",
                ),
            )
            ui.zone.setFocus()
            return
        self.accept()

    def event_data(self) -> model.EventData:
        """The new event as the dialog describes it."""
        ui = self.ui
        data = new_event_data(" ".join(ui.title.text().split()))
        data.event.venue_name = " ".join(ui.venue.text().split())
        data.event.venue_time_zone = self.zone() or "UTC"
        # made in a French window, its documents print in French until told otherwise
        data.event.print_language = language.current()
        first = ui.firstDay.value()
        if first is not None:
            data.days = [model.Day(first + timedelta(days=n)) for n in range(ui.days.value())]
        return data

    def file_stem(self) -> str:
        """A file name from the title (the file dialog suggests it)."""
        title = "".join(c for c in self.ui.title.text() if c not in '\\/:*?"<>|').strip()
        return " ".join(title.split())[:80] or translate("NewEvent", "New event")
