"""Session times in other time zones, labelled as they really were on the day.

Labels and offsets come from the IANA database for the date in question, never from a
fixed table: New York in mid-November is EST, not EDT, whatever a template says.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from ..model import session_span


@cache
def all_zones() -> list[str]:
    """Every IANA zone name a user may pick, sorted."""
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")


def is_valid_zone(name: str) -> bool:
    if not name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # "Africa/" is a folder
        return False
    return True


@cache
def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def city(zone: str) -> str:
    """'America/New_York' -> 'New York'."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def abbreviation(zone: str, when: datetime) -> str:
    """The abbreviation in force at ``when`` (aware), or 'UTC+3' where the zone has none."""
    local = when.astimezone(_zone(zone))
    abbr = local.tzname() or ""
    if not abbr or abbr[0] in "+-":
        return utc_offset_label(local.utcoffset() or timedelta())
    return abbr


def utc_offset_label(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


@dataclass(frozen=True)
class ZonedSpan:
    """A session's start and end as seen in one zone."""

    zone: str
    starts: datetime
    ends: datetime
    label: str  # abbreviation at the start, e.g. 'EST'
    day_shift: int  # start date minus the venue date: +1 means "next day" there

    def text(self, fmt: str = "%H:%M") -> str:
        return f"{self.starts.strftime(fmt)}–{self.ends.strftime(fmt)}"


def venue_datetime(day: date, at: time, venue_zone: str) -> datetime:
    return datetime.combine(day, at, tzinfo=_zone(venue_zone))


def span_in(
    day: date, starts: time, ends: time, venue_zone: str, zone: str, day_change: time = time(0)
) -> ZonedSpan:
    """A venue-time span on conference day ``day`` seen from ``zone``.

    ``day_change`` is the event's: a start before it is after the day's midnight
    (``model.session_span``), and ``day_shift`` counts from the conference day's date, so
    a 00:20 talk of Day 1 reads "+1 day" at the venue too.
    """
    start, end = session_span(day, starts, ends, day_change)
    return span_between(day, start, end, venue_zone, zone)


def span_between(
    day: date, start: datetime, end: datetime, venue_zone: str, zone: str
) -> ZonedSpan:
    """Naive venue date-times (as ``EventData.span`` gives them) seen from ``zone``."""
    venue = _zone(venue_zone)
    a = start.replace(tzinfo=venue).astimezone(_zone(zone))
    b = end.replace(tzinfo=venue).astimezone(_zone(zone))
    return ZonedSpan(zone, a, b, abbreviation(zone, a), (a.date() - day).days)


def zones_for(venue_zone: str, display: list[str]) -> list[str]:
    """The zones a programme shows: the venue's first unless the user placed it elsewhere."""
    zones = [z for z in display if z]
    if venue_zone not in zones:
        zones.insert(0, venue_zone)
    seen: list[str] = []
    for z in zones:
        if z not in seen:
            seen.append(z)
    return seen


def offset_changes(zone: str, first: date, last: date) -> list[tuple[date, timedelta, timedelta]]:
    """Days between ``first`` and ``last`` on which ``zone``'s UTC offset changes."""
    changes = []
    noon = time(12)
    prev = datetime.combine(first, noon, tzinfo=_zone(zone)).utcoffset()
    day = first + timedelta(days=1)
    while day <= last:
        off = datetime.combine(day, noon, tzinfo=_zone(zone)).utcoffset()
        if off != prev:
            changes.append((day, prev, off))
        prev = off
        day += timedelta(days=1)
    return changes
