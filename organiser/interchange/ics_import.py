"""Import of sessions from an iCalendar (``.ics``) file, as conference sites publish them.

Real files break RFC 5545 in known ways and are read anyway: a TZID with no VTIMEZONE
(the IANA name is looked up directly), the zone given only as X-WR-TIMEZONE, DTSTAMP
with a zone, METHOD inside VEVENT, vCard-style CHARSET parameters, HTML in DESCRIPTION.
Speakers come from ATTENDEE common names. A calendar whose times are all UTC says nothing
about the venue's zone: the import keeps UTC and says so (``--time-zone`` sets it).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar

from ..i18n import messages_language, number
from ..model import EventData
from ..services import timezones
from ..services.text import quote
from .assemble import assemble
from .common import RawEvent, RawPerson, RawSchedule, one_line, read_limited
from .messages import say
from .report import ImportReport, InterchangeError


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    cats = getattr(value, "cats", None)
    if cats is not None:
        return ", ".join(str(c) for c in cats)
    return str(value)


def _when(component, prop: str):
    value = component.get(prop)
    if value is None:
        return None
    try:
        return value.dt
    except (AttributeError, ValueError):
        return None


#: What icalendar raises on malformed properties (it is not consistent about it).
_BROKEN = (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError)


def _read_event(comp) -> tuple[str, RawEvent | None, str]:
    """('ok'|'cancelled'|'allday'|'notime', the event or None, its TZID or '')."""
    if _text(comp.get("STATUS")).upper() == "CANCELLED":
        return "cancelled", None, ""
    start = _when(comp, "DTSTART")
    if not isinstance(start, datetime):
        return ("allday" if isinstance(start, date) else "notime"), None, ""
    tzid = str(comp["DTSTART"].params.get("TZID") or "")
    end = _when(comp, "DTEND")
    if not isinstance(end, datetime):
        duration = _when(comp, "DURATION")
        end = start + duration if isinstance(duration, timedelta) else start
    e = RawEvent(
        id=_text(comp.get("UID")),
        title=_text(comp.get("SUMMARY")),
        abstract=_text(comp.get("DESCRIPTION")),
        room=_text(comp.get("LOCATION")),
        track=_text(comp.get("CATEGORIES")),
        date=start,
        end=end,
    )
    attendees = comp.get("ATTENDEE")
    if attendees is not None and not isinstance(attendees, list):
        attendees = [attendees]
    for a in attendees or []:
        cn = one_line(a.params.get("CN", "")) if hasattr(a, "params") else ""
        if cn:
            e.persons.append(RawPerson("name:" + cn, cn))
    return "ok", e, tzid


#: The most events one calendar may hold: a conference programme has a few hundred.
MAX_EVENTS = 10_000
#: The longest line (after unfolding) read: a long description is a few thousand.
MAX_LINE = 256 * 1024


def _n(n: int) -> str:
    return number(n, messages_language())


def check_limits(text: str, name: str) -> None:
    """Refuse, before parsing, a calendar with more events or longer lines than any
    programme has: icalendar would hold all of it in memory, slowly."""
    events = len(re.findall(r"(?im)^BEGIN:VEVENT[ \t]*\r?$", text))
    if events > MAX_EVENTS:
        raise InterchangeError(
            say("too_many_events", name=name, events=_n(events), limit=_n(MAX_EVENTS))
        )
    longest = max(text.split("\r\n"), key=len)
    if len(longest) > MAX_LINE:
        raise InterchangeError(
            say(
                "long_line",
                name=name,
                length=_n(len(longest)),
                start=quote(longest, 40),
                limit=_n(MAX_LINE),
            )
        )


def read_ics(data: bytes, name: str, report: ImportReport, zone: str = "") -> RawSchedule:
    # Unfold before decoding: some writers fold lines inside a multi-byte character.
    data = re.sub(rb"\r*\n[ \t]", b"", data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        report.note(say("cp1252"))
    text = re.sub(r"\r*\n", "\r\n", text)
    check_limits(text, name)
    stripped = text.rstrip()
    if "BEGIN:VCALENDAR" not in text[:2000].upper():
        raise InterchangeError(say("not_ics", name=name))
    if not stripped.upper().endswith("END:VCALENDAR"):
        raise InterchangeError(say("ics_truncated", name=name))
    try:
        cal = icalendar.Calendar.from_ical(text)
    except _BROKEN as exc:
        raise InterchangeError(say("ics_bad", name=name, reason=quote(exc))) from None
    raw = RawSchedule(format="iCalendar")
    raw.title = _text(cal.get("X-WR-CALNAME")) or _text(cal.get("X-WR-CALDESC"))
    raw.description = _text(cal.get("X-WR-CALDESC")) if cal.get("X-WR-CALNAME") else ""
    wr_zone = _text(cal.get("X-WR-TIMEZONE")).strip()
    tzids: Counter[str] = Counter()
    utc_only = True
    skipped_allday = skipped_notime = 0
    missing_zones: set[str] = set()
    declared_zones = {_text(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    cancelled = repeating = unreadable = 0
    for comp in cal.walk("VEVENT"):
        try:
            outcome, e, tzid = _read_event(comp)
        except _BROKEN:
            unreadable += 1
            continue
        if outcome == "cancelled":
            cancelled += 1
        elif outcome == "allday":
            skipped_allday += 1
        elif outcome == "notime":
            skipped_notime += 1
        if e is None:
            continue
        repeating += comp.get("RRULE") is not None
        if tzid:
            tzids[tzid] += 1
            if tzid not in declared_zones:
                missing_zones.add(tzid)
        assert e.date is not None  # _read_event returns timed events only
        if e.date.tzinfo is None or e.date.utcoffset() != timedelta(0) or tzid:
            utc_only = False
        raw.events.append(e)
    report.count(unreadable, "unreadable")
    if not raw.events:
        raise InterchangeError(say("no_timed_events", name=name))
    report.count(skipped_allday, "all_day")
    report.count(skipped_notime, "no_start")
    report.count(cancelled, "cancelled")
    report.count(repeating, "repeating")
    if missing_zones:
        report.note(say("tzid_no_vtimezone", zones=", ".join(sorted(missing_zones))))
    if zone:
        raw.zone_name = zone
    elif wr_zone and timezones.is_valid_zone(wr_zone):
        raw.zone_name = wr_zone
    elif tzids:
        raw.zone_name = tzids.most_common(1)[0][0]
    elif utc_only:
        raw.zone_name = "UTC"
        report.note(say("utc_only"))
    attendee_people = {p.key for e in raw.events for p in e.persons}
    report.count(len(attendee_people), "attendees")
    return raw


def load_ics(path: str | Path, *, zone: str = "") -> tuple[EventData, ImportReport]:
    path = Path(path)
    report = ImportReport(source=path.name, format="iCalendar")
    raw = read_ics(read_limited(path), path.name, report, zone)
    event = assemble(raw, report, zone)
    return event, report
