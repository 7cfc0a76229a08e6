"""Schedules and calendars to and from other tools: frab/pentabarf/pretalx, iCalendar, tables.

Imports return an ``EventData`` and an ``ImportReport`` and write nothing themselves, so
a caller (CLI or GUI) can show what was guessed or dropped before creating an event file.
"""

from .report import ImportReport, InterchangeError

__all__ = ["ImportReport", "InterchangeError"]
