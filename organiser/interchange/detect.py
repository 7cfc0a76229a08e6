"""One entry point for a file of unknown kind: schedule.xml, schedule.json or iCalendar."""

from __future__ import annotations

from pathlib import Path

from ..model import EventData
from .common import check_size
from .ics_import import load_ics
from .messages import say
from .report import ImportReport, InterchangeError
from .schedule_json import load_schedule

#: File dialog filter for everything ``load_file`` reads.
FILE_FILTER = "Schedules and calendars (*.xml *.json *.ics);;All files (*)"


def load_file(path: str | Path, *, zone: str = "") -> tuple[EventData, ImportReport]:
    """Import by content, not by name: a .xml that is really a calendar still works.

    The size is checked first: a file over the limit is refused for its size, whatever
    its first bytes look like.
    """
    path = Path(path)
    if not path.is_file():
        raise InterchangeError(say("no_such_file", name=path.name))
    check_size(path)
    try:
        with open(path, "rb") as f:
            head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise InterchangeError(
            say("os_error", name=path.name, reason=exc.strerror or exc)
        ) from None
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return load_ics(path, zone=zone)
    if head.startswith((b"<", b"{", b"[")):
        return load_schedule(path, zone=zone)
    raise InterchangeError(say("not_schedule_file", name=path.name))
