"""What the tables of Logistics show, and the values typed into them: dates and times read
in the user's locale and the venue's zone, counts, required text, and how each is shown
back and stored.

A reading other than plain ISO is spelled out under the form, and text that is not a
date is refused with a message and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from ...model import TASK_STATUSES, Session, Task
from ...services import datetimes
from ...services.text import clean
from ...services.timezones import city, is_valid_zone, utc_offset_label
from ..fields import user_locale
from .tablemodel import BadValue, Column

SETUPS = ("theatre", "round tables", "U-shape", "classroom", "boardroom", "cabaret")


TASK_STATUS_LABELS = {"open": "open", "in_progress": "in progress", "done": "done"}


_HOW_TO_TYPE = "type it as 2021-11-15 18:05 or 15/11/2021 18:05"


# a time after the date: 14:30, 14h30, 14.30, 2:30 pm, 2 pm, 14:30:00; then perhaps a UTC
# offset: Z, UTC, GMT+1, UTC-05:00, +01:00, +0100
_TIME_AND_ZONE = re.compile(
    r"^(?P<day>.+?)(?:\s*,?\s+|T)"
    r"(?P<h>\d{1,2})(?:[:h.](?P<m>\d{2}))?(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"\s*(?P<zone>Z|(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)


def _parse_day(text: str) -> date | None:
    """A date as people type it (15/11/2021, 15 Nov 2021, ISO), read in the user's locale
    by ``services.datetimes``; None when it is not one."""
    try:
        return datetimes.read_date(text, user_locale())
    except datetimes.Unreadable:
        return None


def _offset(zone: str) -> timedelta:
    """'Z', 'UTC', 'GMT+1', '+01:00', '-0530' as a time difference from UTC."""
    m = re.search(r"([+-])\s*(\d{1,2})(?::?(\d{2}))?$", zone)
    if not m:
        return timedelta(0)
    value = timedelta(hours=int(m[2]), minutes=int(m[3] or 0))
    if value > timedelta(hours=14) or int(m[3] or 0) >= 60:
        raise BadValue(f"“{zone}” is not a UTC offset")
    return -value if m[1] == "-" else value


def read_datetime(text: str, venue_zone: str = "") -> tuple[datetime | None, str]:
    """The date and time typed, in venue time, and a note saying how it was read.

    Accepts ISO (2021-11-15 18:05), day-first dates (15/11/2021 18:05, 15 Nov 2021 6:05 pm)
    and a UTC offset after the time, which is converted to the venue's time zone rather
    than dropped: travel times are kept in venue time. The note is empty when the text was
    plain ISO; otherwise it spells out the reading so that nothing is guessed silently.
    Raises :class:`BadValue` with a message for anything else; empty text clears.
    """
    text = " ".join(clean(text).split())
    if not text:
        return None, ""
    m = _TIME_AND_ZONE.match(text)
    if m is None:
        if _parse_day(text) is not None:
            raise BadValue(f"“{text}” has a date but no time; add it, e.g. {text} 18:05")
        raise BadValue(f"“{text}” is not a date and time; {_HOW_TO_TYPE}")
    day = _parse_day(m["day"])
    if day is None:
        raise BadValue(f"“{m['day']}” is not a date; {_HOW_TO_TYPE}")
    if m["m"] is None and not m["ampm"]:  # "16/11/2021 14" may be a day number typed on
        raise BadValue(f"“{text}”: give the minutes too, e.g. {m['h']}:00")
    try:
        at = datetimes.read_time(f"{m['h']}:{m['m'] or '00'} {m['ampm'] or ''}")
    except datetimes.Unreadable as exc:
        raise BadValue(f"“{text}”: {exc}") from None
    if int(m["s"] or 0) > 59:
        raise BadValue(f"“{text}” is not a time of day")
    value = datetime.combine(day, at)
    shown = f"{value:%A %d %B %Y, %H:%M}"
    if m["zone"]:
        offset = _offset(m["zone"])
        if not is_valid_zone(venue_zone):
            raise BadValue(
                f"“{text}” gives a UTC offset but the event has no venue time zone to "
                "convert it to; set the time zone on the Event page or type venue time"
            )
        local = (
            value.replace(tzinfo=timezone(offset))
            .astimezone(ZoneInfo(venue_zone))
            .replace(tzinfo=None)
        )
        return local, (
            f"Read as {shown} {utc_offset_label(offset)}, which is {local:%A %d %B, %H:%M} "
            f"venue time ({city(venue_zone)})"
        )
    iso = re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?", text)
    return value, "" if iso else f"Read as {shown}"


def parse_date(text: str) -> date | None:
    text = clean(text)
    if not text:
        return None
    day = _parse_day(text)
    if day is None:
        raise BadValue(f"“{text}” is not a date; type it as 2021-11-15 or 15/11/2021")
    return day


def parse_count(text: str) -> int | None:
    text = clean(text)
    if not text:
        return None
    if not text.isdigit():
        raise BadValue(f"“{text}” is not a whole number")
    return int(text)


def required(what: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        text = clean(text)
        if not text:
            raise BadValue(f"A {what} needs a name")
        return text

    return parse


def datetime_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def to_db(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def task_is_overdue(task: Task, today: date) -> bool:
    return task.status != "done" and task.due is not None and task.due < today


# ------------------------------------------------------- what each table shows
def rooms_columns() -> list[Column]:
    return [
        Column("Name", lambda r: r.name, "name", required("room")),
        Column("Capacity", lambda r: r.capacity, "capacity", parse_count),
        Column("Floor", lambda r: r.floor, "floor", clean),
        Column("Directions", lambda r: r.directions, "directions", clean),
        Column("Equipment", lambda r: r.equipment, "equipment", clean),
    ]


def contacts_columns() -> list[Column]:
    return [
        Column("Name", lambda c: c.name, "name", required("contact")),
        Column("Role", lambda c: c.role, "role", clean),
        Column("Phone", lambda c: c.phone, "phone", clean, tooltip="Private"),
    ]


def people_columns() -> list[Column]:
    return [
        Column("Name", lambda p: p.name),
        Column("Arrival", lambda p: datetime_text(p.arrival_at)),
        Column("By", lambda p: " ".join(x for x in (p.arrival_mode, p.arrival_number) if x)),
        Column("From", lambda p: p.arriving_from),
        Column(
            "Pick-up",
            lambda p: (p.pickup_by or "needed") if p.pickup_needed else "",
        ),
        Column("Departure", lambda p: datetime_text(p.departure_at)),
        Column("Hotel", lambda p: p.hotel),
        Column("Check-in", lambda p: date_text(p.check_in)),
        Column("Check-out", lambda p: date_text(p.check_out)),
        Column("Booking ref. (private)", lambda p: p.booking_reference),
        Column(
            "Needs (private)",
            lambda p: "; ".join(x for x in (p.dietary_needs, p.access_needs) if x),
        ),
        Column("Visa / letter", lambda p: p.visa_status),
    ]


def sessions_columns(
    day_label: Callable[[int], str],
    room_name: Callable[[int | None], str],
    clock: Callable[[Session], str],
) -> list[Column]:
    return [
        Column("Day", lambda s: day_label(s.day_id)),
        Column("Time", clock),
        Column("Session", lambda s: s.heading),
        Column("Room", lambda s: room_name(s.room_id)),
        Column("Set-up", lambda s: s.setup),
        Column(
            "Catering",
            lambda s: s.catering + (f" ({s.head_count})" if s.head_count else ""),
        ),
    ]


def tasks_columns(
    link: Callable[[Task], str], link_choices: Callable[[], list[tuple[str, str]]]
) -> list[Column]:
    return [
        Column("Task", lambda t: t.title, "title", required("task")),
        Column("Owner", lambda t: t.owner, "owner", clean),
        Column("Due", lambda t: date_text(t.due), "due", parse_date),
        Column(
            "Status",
            lambda t: t.status,
            "status",
            choices=lambda: [(TASK_STATUS_LABELS[s], s) for s in TASK_STATUSES],
        ),
        Column("About", link, "link", choices=link_choices),
        Column("Notes", lambda t: t.notes, "notes", clean),
    ]


def roles_columns() -> list[Column]:
    return [
        Column("Role", lambda r: r.label, "label", required("role")),
        Column("Plural", lambda r: r.plural, "plural", required("role")),
    ]
