"""One entry point for a file of unknown kind: schedule.xml, schedule.json or iCalendar.

Everything an import needs is imported here, at module level, and ``prepare`` loads the
time zone data: an import then runs on a worker thread without importing anything, which
PySide's import hook does not survive (a crash seen with lazy imports off the UI thread).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import icalendar

from ..model import EventData
from ..services import timezones
from .ics_import import load_ics
from .report import ImportReport, InterchangeError
from .schedule_json import load_schedule

#: File dialog filter for everything ``load_file`` reads.
FILE_FILTER = "Schedules and calendars (*.xml *.json *.ics);;All files (*)"

_WARM_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
    "DTSTART;TZID=Europe/Berlin:20240101T100000\r\nDTEND:20240101T110000Z\r\n"
    "DURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def prepare() -> None:
    """Load every zone and icalendar's lazy parts now, on the calling (UI) thread."""
    for codec in ("utf-8-sig", "cp1252"):  # codecs are modules, imported on first use
        codecs.lookup(codec)
    for zone in timezones.all_zones():
        timezones._zone(zone)
    for component in icalendar.Calendar.from_ical(_WARM_ICS).walk("VEVENT"):
        for prop in ("DTSTART", "DTEND", "DURATION"):
            component.get(prop).dt  # noqa: B018 - decoding is the point


def load_file(path: str | Path, *, zone: str = "") -> tuple[EventData, ImportReport]:
    """Import by content, not by name: a .xml that is really a calendar still works."""
    path = Path(path)
    if not path.is_file():
        raise InterchangeError(f"{path.name}: no such file")
    try:
        with open(path, "rb") as f:
            head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise InterchangeError(f"{path.name}: {exc.strerror or exc}") from None
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return load_ics(path, zone=zone)
    if head.startswith((b"<", b"{", b"[")):
        return load_schedule(path, zone=zone)
    raise InterchangeError(f"{path.name} is not a schedule.xml, schedule.json or .ics file")
