"""Identifiers and times every export shares, so schedule.xml, schedule.json and .ics agree.

GUIDs are uuid5 names built from the event's uid and the session's (or person's) uid: the
same event exported twice gives the same GUIDs, so conference apps keep their favourites
and calendars update events instead of duplicating them. A session imported from a frab
file keeps the guid it had there (``settings['interchange']['guids']``); so do its people
(``person_guids`` by person uid, and their integer ids in ``person_ids``) and its rooms
(``room_guids`` by room name), so re-exporting an imported schedule gives the same GUIDs.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime, time, timedelta

from .. import model
from ..services import timezones
from ..services.text import fold
from .common import with_questions

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://organiser.app/ns/interchange")
_ACRONYM = re.compile(r"^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")


def _guid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def session_guid(data: model.EventData, session: model.Session) -> str:
    kept = imported_guids(data).get(session.uid)
    return kept or _guid(data.event.uid, "session", session.uid)


def person_guid(data: model.EventData, person: model.Person) -> str:
    kept = _kept(data, "person_guids", lambda: {p.uid for p in data.people}).get(person.uid)
    return kept or _guid(data.event.uid, "person", person.uid)


def person_number(data: model.EventData, person: model.Person) -> int | None:
    """The person's integer id: the one an imported file gave, else the database id.

    None (write no id) for a person imported by guid from a file that gave no id: an
    invented id would be new on every import, and the guid is the identity anyway.
    """
    info = data.settings.get("interchange")
    kept = info.get("person_ids", {}) if isinstance(info, dict) else {}
    number = kept.get(person.uid) if isinstance(kept, dict) else None
    if isinstance(number, int) and not isinstance(number, bool):
        return number
    if person.uid in _kept(data, "person_guids", lambda: {p.uid for p in data.people}):
        return None
    return person.id or 0


def room_guid(data: model.EventData, name: str) -> str:
    kept = _kept(
        data, "room_guids", lambda: {r.name for r in data.rooms} | {no_room_name(data)}
    ).get(name)
    return kept or _guid(data.event.uid, "room", name)


def imported_guids(data: model.EventData) -> dict[str, str]:
    """Session guids kept from an import, only where each is still unique."""
    return _kept(data, "guids", lambda: {s.uid for s in data.sessions})


def _kept(data: model.EventData, key: str, present: Callable[[], set[str]]) -> dict[str, str]:
    """``settings['interchange'][key]`` for owners still ``present()``, where each guid is
    unique; worked out once per export (``present`` is only called then)."""
    caches = data.__dict__.setdefault("_interchange_guids", {})
    cache = caches.get(key)
    if cache is not None:
        return cache
    info = data.settings.get("interchange")
    found = info.get(key, {}) if isinstance(info, dict) else {}
    if not isinstance(found, dict):
        found = {}
    owners = present()
    seen: dict[str, int] = {}
    for owner, guid in found.items():
        if owner in owners:
            seen[guid] = seen.get(guid, 0) + 1
    cache = {
        owner: guid
        for owner, guid in found.items()
        if owner in owners and seen.get(guid) == 1 and _is_uuid(guid)
    }
    caches[key] = cache
    return cache


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def acronym(data: model.EventData) -> str:
    """An acronym both schemas accept: lower case, digits and underscores, 4+ characters."""
    info = data.settings.get("interchange")
    kept = info.get("acronym", "") if isinstance(info, dict) else ""
    if isinstance(kept, str) and _ACRONYM.match(kept):
        return kept
    made = "_".join(words(data.event.title)[:3])[:40].strip("_")
    if data.days and len(made) < 4:
        made = f"{made}_{data.days[0].date.year}".strip("_")
    return made if len(made) >= 4 else (made + "_event").strip("_")


def session_slug(data: model.EventData, session: model.Session, number: int) -> str:
    """'rethinking_stability-3-protection-of-civilians': unique by the session number."""
    title = "-".join(words(session.title or session.heading))[:50].strip("-")
    return f"{acronym(data).replace('-', '_')}-{number}-{title or session.kind}"


def session_span(data: model.EventData, session: model.Session) -> tuple[datetime, datetime]:
    """Aware start and end at the venue (``EventData.span``: a talk listed under a day
    but after its midnight is on the next date; an end before the start is the next
    morning)."""
    zone = timezones._zone(data.event.venue_time_zone)
    start, end = data.span(session)
    return start.replace(tzinfo=zone), end.replace(tzinfo=zone)


def type_text(s: model.Session) -> str:
    """frab's ``type`` for apps: the organisers' word for the format, else our kind
    (our own instruction, or meta in JSON, carries both back exactly)."""
    return s.type or s.kind


def duration_text(start: datetime, end: datetime) -> str:
    minutes = int((end - start).total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def room_name(data: model.EventData, session: model.Session) -> str:
    """The session's room, else the venue: frab needs every event in some room."""
    room = data.room(session.room_id)
    if room is not None:
        return room.name
    return no_room_name(data)


def no_room_name(data: model.EventData) -> str:
    """Where sessions without a room are listed, named so apps show something sensible.

    An empty room name would be valid XML but shows as a blank column in Giggity and
    EventFahrplan, so the venue's name stands in; the exports mark that name (our
    processing instruction / ``meta``) so our import gives those sessions no room again.
    It never coincides with a real room's name.
    """
    base = data.event.venue_name or ("Online" if data.event.format == "online" else "Venue")
    taken = {r.name for r in data.rooms}
    name = base
    if name in taken:
        name = f"{base} (no room set)"
    n = 2
    while name in taken:
        name = f"{base} (no room set {n})"
        n += 1
    return name


def session_description(session: model.Session) -> str:
    """The description apps show: the session's own, then its guiding questions."""
    return with_questions(session.description, session.guiding_questions)


def ordered_sessions(data: model.EventData) -> list[model.Session]:
    """By conference day, then as they happen (a day's after-midnight talks last)."""
    dates = {d.id: d.date for d in data.days}
    return sorted(
        data.sessions, key=lambda s: (dates.get(s.day_id), data.span(s), s.id or 0, s.uid)
    )


def day_bounds(data: model.EventData, day: model.Day) -> tuple[datetime, datetime]:
    """The day's opening and closing at the venue, from its sessions where not set.

    With a day change (04:00 at a congress) the conference day runs from that hour to
    the same hour of the next date, as frab writes it, or further when a session does:
    an importer (ours too) reads the change back from these bounds.
    """
    zone = timezones._zone(data.event.venue_time_zone)
    change = data.event.day_change
    span = data.day_span(day)
    if change != time(0):
        first = datetime.combine(day.date, change)
        start = min(first, span[0]) if span else first
        end = max(first + timedelta(days=1), span[1]) if span else first + timedelta(days=1)
    elif span is not None:
        start, end = span
    else:
        start, end = datetime.combine(day.date, time(0)), datetime.combine(day.date, time(23, 59))
    return start.replace(tzinfo=zone), max(start, end).replace(tzinfo=zone)


def role_people(
    data: model.EventData, session: model.Session
) -> list[tuple[model.Person, model.Role]]:
    people = data.people_by_id()
    return [(people[r.person_id], r) for r in session.roles if r.person_id in people]


def role_key(role: model.Role) -> str:
    """The role as both exports write it: its key, with ``?`` when not yet confirmed."""
    return role.role + ("" if role.confirmed else "?")


def day_sessions_by_room(
    data: model.EventData, sessions: list[model.Session], day: model.Day
) -> dict[str, list[model.Session]]:
    """The day's sessions under the room name each is listed in, in the given order."""
    by_room: dict[str, list[model.Session]] = {}
    for s in sessions:
        if s.day_id == day.id:
            by_room.setdefault(room_name(data, s), []).append(s)
    return by_room
