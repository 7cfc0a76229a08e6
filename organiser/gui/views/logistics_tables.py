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

from ... import i18n
from ...model import TASK_STATUSES, Session, Task
from ...services import datetimes
from ...services.text import clean
from ...services.timezones import city, is_valid_zone, utc_offset_label
from .. import language, vocabulary
from ..editing.fields import user_locale
from ..language import translate
from .tablemodel import BadValue, Column


def setups() -> list[str]:
    """Room set-ups offered as the Set-up field is typed (any text may be typed)."""
    return [
        translate("Logistics", "theatre"),
        translate("Logistics", "round tables"),
        translate("Logistics", "U-shape"),
        translate("Logistics", "classroom"),
        translate("Logistics", "boardroom"),
        translate("Logistics", "cabaret"),
    ]


def _how_to_type() -> str:
    return translate("Logistics", "type it as 2021-11-15 18:05 or 15/11/2021 18:05")


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
        return datetimes.read_date(text, user_locale(), lang=language.current())
    except datetimes.Unreadable:
        return None


def _offset(zone: str) -> timedelta:
    """'Z', 'UTC', 'GMT+1', '+01:00', '-0530' as a time difference from UTC."""
    m = re.search(r"([+-])\s*(\d{1,2})(?::?(\d{2}))?$", zone)
    if not m:
        return timedelta(0)
    value = timedelta(hours=int(m[2]), minutes=int(m[3] or 0))
    if value > timedelta(hours=14) or int(m[3] or 0) >= 60:
        raise BadValue(translate("Logistics", "“{text}” is not a UTC offset").format(text=zone))
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
            raise BadValue(
                translate(
                    "Logistics", "“{text}” has a date but no time; add it, e.g. {text} 18:05"
                ).format(text=text)
            )
        raise BadValue(
            translate("Logistics", "“{text}” is not a date and time; {how}").format(
                text=text, how=_how_to_type()
            )
        )
    day = _parse_day(m["day"])
    if day is None:
        raise BadValue(
            translate("Logistics", "“{text}” is not a date; {how}").format(
                text=m["day"], how=_how_to_type()
            )
        )
    if m["m"] is None and not m["ampm"]:  # "16/11/2021 14" may be a day number typed on
        raise BadValue(
            translate("Logistics", "“{text}”: give the minutes too, e.g. {hour}:00").format(
                text=text, hour=m["h"]
            )
        )
    lang = language.current()
    try:
        at = datetimes.read_time(f"{m['h']}:{m['m'] or '00'} {m['ampm'] or ''}", lang)
    except datetimes.Unreadable as exc:
        raise BadValue(f"“{text}”: {exc}") from None
    if int(m["s"] or 0) > 59:
        raise BadValue(translate("Logistics", "“{text}” is not a time of day").format(text=text))
    value = datetime.combine(day, at)
    shown = f"{i18n.long_date(day, lang)}, {value:%H:%M}"
    if m["zone"]:
        offset = _offset(m["zone"])
        if not is_valid_zone(venue_zone):
            raise BadValue(
                translate(
                    "Logistics",
                    "“{text}” gives a UTC offset but the event has no venue time zone to "
                    "convert it to; set the time zone on the Event page or type venue time",
                ).format(text=text)
            )
        local = (
            value.replace(tzinfo=timezone(offset))
            .astimezone(ZoneInfo(venue_zone))
            .replace(tzinfo=None)
        )
        return local, translate(
            "Logistics", "Read as {shown} {offset}, which is {local} venue time ({city})"
        ).format(
            shown=shown,
            offset=utc_offset_label(offset),
            local=f"{i18n.day_month(local.date(), lang)}, {local:%H:%M}",
            city=city(venue_zone),
        )
    iso = re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?", text)
    return value, "" if iso else translate("Logistics", "Read as {shown}").format(shown=shown)


def parse_date(text: str) -> date | None:
    text = clean(text)
    if not text:
        return None
    day = _parse_day(text)
    if day is None:
        raise BadValue(
            translate(
                "Logistics", "“{text}” is not a date; type it as 2021-11-15 or 15/11/2021"
            ).format(text=text)
        )
    return day


def parse_count(text: str) -> int | None:
    text = clean(text)
    if not text:
        return None
    if not text.isdigit():
        raise BadValue(translate("Logistics", "“{text}” is not a whole number").format(text=text))
    return int(text)


def required(message: str) -> Callable[[str], str]:
    """A parser that refuses empty text with ``message`` ("A room needs a name")."""

    def parse(text: str) -> str:
        text = clean(text)
        if not text:
            raise BadValue(message)
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
        Column(
            translate("Logistics", "Name"),
            lambda r: r.name,
            "name",
            required(translate("Logistics", "A room needs a name")),
        ),
        Column(translate("Logistics", "Capacity"), lambda r: r.capacity, "capacity", parse_count),
        Column(translate("Logistics", "Floor"), lambda r: r.floor, "floor", clean),
        Column(translate("Logistics", "Directions"), lambda r: r.directions, "directions", clean),
        Column(translate("Logistics", "Equipment"), lambda r: r.equipment, "equipment", clean),
    ]


def contacts_columns() -> list[Column]:
    return [
        Column(
            translate("Logistics", "Name"),
            lambda c: c.name,
            "name",
            required(translate("Logistics", "A contact needs a name")),
        ),
        Column(translate("Logistics", "Role"), lambda c: c.role, "role", clean),
        Column(
            translate("Logistics", "Phone"),
            lambda c: c.phone,
            "phone",
            clean,
            tooltip=translate("Logistics", "Private"),
        ),
    ]


def people_columns() -> list[Column]:
    return [
        Column(translate("Logistics", "Name"), lambda p: p.name),
        Column(translate("Logistics", "Arrival"), lambda p: datetime_text(p.arrival_at)),
        Column(
            translate("Logistics", "By"),
            lambda p: " ".join(x for x in (p.arrival_mode, p.arrival_number) if x),
        ),
        Column(translate("Logistics", "From"), lambda p: p.arriving_from),
        Column(
            translate("Logistics", "Pick-up"),
            lambda p: (p.pickup_by or translate("Logistics", "needed")) if p.pickup_needed else "",
        ),
        Column(translate("Logistics", "Departure"), lambda p: datetime_text(p.departure_at)),
        Column(translate("Logistics", "Hotel"), lambda p: p.hotel),
        Column(translate("Logistics", "Check-in"), lambda p: date_text(p.check_in)),
        Column(translate("Logistics", "Check-out"), lambda p: date_text(p.check_out)),
        Column(translate("Logistics", "Booking ref. (private)"), lambda p: p.booking_reference),
        Column(
            translate("Logistics", "Needs (private)"),
            lambda p: "; ".join(x for x in (p.dietary_needs, p.access_needs) if x),
        ),
        Column(translate("Logistics", "Visa / letter"), lambda p: p.visa_status),
    ]


def sessions_columns(
    day_label: Callable[[int], str],
    room_name: Callable[[int | None], str],
    clock: Callable[[Session], str],
) -> list[Column]:
    return [
        Column(translate("Logistics", "Day"), lambda s: day_label(s.day_id)),
        Column(translate("Logistics", "Time"), clock),
        Column(translate("Logistics", "Session"), vocabulary.session_heading),
        Column(translate("Logistics", "Room"), lambda s: room_name(s.room_id)),
        Column(translate("Logistics", "Set-up"), lambda s: s.setup),
        Column(
            translate("Logistics", "Catering"),
            lambda s: s.catering + (f" ({s.head_count})" if s.head_count else ""),
        ),
    ]


def tasks_columns(
    link: Callable[[Task], str], link_choices: Callable[[], list[tuple[str, str]]]
) -> list[Column]:
    return [
        Column(
            translate("Logistics", "Task"),
            lambda t: t.title,
            "title",
            required(translate("Logistics", "A task needs a name")),
        ),
        Column(translate("Logistics", "Owner"), lambda t: t.owner, "owner", clean),
        Column(translate("Logistics", "Due"), lambda t: date_text(t.due), "due", parse_date),
        Column(
            translate("Logistics", "Status"),
            lambda t: t.status,
            "status",
            choices=lambda: [(vocabulary.task_status(s), s) for s in TASK_STATUSES],
        ),
        Column(translate("Logistics", "About"), link, "link", choices=link_choices),
        Column(translate("Logistics", "Notes"), lambda t: t.notes, "notes", clean),
    ]


def roles_columns() -> list[Column]:
    """A role's names: English, and French as it agrees with the person (empty French
    prints the built-in wording of a built-in role)."""
    named = required(translate("Logistics", "A role needs a name"))
    return [
        Column(translate("Logistics", "Role"), lambda r: r.label, "label", named),
        Column(translate("Logistics", "Plural"), lambda r: r.plural, "plural", named),
        Column(translate("Logistics", "In French"), lambda r: r.label_fr, "label_fr", clean),
        Column(
            translate("Logistics", "Feminine"),
            lambda r: r.label_fr_feminine,
            "label_fr_feminine",
            clean,
            tooltip=translate("Logistics", "In French, for a woman: Animatrice, Intervenante"),
        ),
        Column(translate("Logistics", "French plural"), lambda r: r.plural_fr, "plural_fr", clean),
        Column(
            translate("Logistics", "Feminine plural"),
            lambda r: r.plural_fr_feminine,
            "plural_fr_feminine",
            clean,
            tooltip=translate("Logistics", "In French, when all who hold it are women"),
        ),
    ]
