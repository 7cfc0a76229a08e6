"""Export as ``schedule.json`` (version 1), valid against the c3voc JSON Schema.

Same content and GUIDs as the XML export. The schema lets a person carry more fields, so
each person has a ``role`` (our role key; ``?`` suffix when unconfirmed), the way the
CCC hub writes ``"role": "SPEAKER"``. Event ``url`` is required by the schema; without a
public page we give the stable ``urn:uuid:`` of the session.

What else frab has no place for rides where the schema allows extra keys: a person also
has ``given_name``, ``family_name``, ``honorific`` and ``affiliations`` (a list of
``{"position", "organisation"}``); ``conference.meta.organiser`` holds the guiding
questions and the problem statements by event guid (``abstract`` is the summary, or the
problem statement where there is none), each session's kind and own type (``kinds``:
``type`` is the own type, else the kind), the display time zones, the venue's name and the stand-in room
name of sessions without a room (``no_room``). Events allow no extra keys, so apps see
the questions in the ``description``, as in the XML.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .. import __version__, model
from ..services.files import write_text_atomic
from .export_common import (
    acronym,
    day_bounds,
    day_sessions_by_room,
    duration_text,
    no_room_name,
    ordered_sessions,
    person_guid,
    person_number,
    role_key,
    role_people,
    room_guid,
    room_name,
    session_description,
    session_guid,
    session_slug,
    session_span,
    type_text,
)
from .frab_export import event_numbers

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
_ZONE_PATTERN = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


def schedule_dict(data: model.EventData) -> dict[str, Any]:
    ev = data.event
    days = sorted(data.days, key=lambda d: d.date)
    numbers = event_numbers(data)
    sessions = ordered_sessions(data)
    room_names: list[str] = [r.name for r in data.rooms]
    for s in sessions:
        name = room_name(data, s)
        if name not in room_names:
            room_names.append(name)
    conference: dict[str, Any] = {
        "acronym": acronym(data),
        "title": ev.title or "Untitled event",
        "start": days[0].date.isoformat() if days else "",
        "end": days[-1].date.isoformat() if days else "",
        "daysCount": len(days),
        "timeslot_duration": "00:05",
    }
    if ev.description:
        conference["description"] = ev.description
    if _ZONE_PATTERN.match(ev.venue_time_zone):
        conference["time_zone_name"] = ev.venue_time_zone
    tracks = sorted({s.track for s in sessions if s.track})
    if tracks:
        conference["tracks"] = [{"name": t} for t in tracks]
    conference["rooms"] = [{"name": n, "guid": room_guid(data, n)} for n in room_names]
    out_days = []
    for index, day in enumerate(days, 1):
        start, end = day_bounds(data, day)
        by_room = day_sessions_by_room(data, sessions, day)
        out_days.append(
            {
                "index": index,
                "date": day.date.isoformat(),
                "day_start": start.isoformat(),
                "day_end": end.isoformat(),
                "rooms": {
                    n: [_event(data, s, numbers[s.uid], n) for s in by_room[n]]
                    for n in room_names
                    if n in by_room
                },
            }
        )
    conference["days"] = out_days
    extras: dict[str, Any] = {}
    if ev.display_time_zones:
        extras["display_time_zones"] = list(ev.display_time_zones)
    questions = {
        session_guid(data, s): s.guiding_questions for s in sessions if s.guiding_questions
    }
    if questions:
        extras["guiding_questions"] = questions
    problems = {session_guid(data, s): s.problem_statement for s in sessions if s.problem_statement}
    if problems:
        extras["problem_statements"] = problems
    # the kind and the session's own type, which "type" above can only say one of
    extras["kinds"] = {session_guid(data, s): {"kind": s.kind, "type": s.type} for s in sessions}
    if ev.venue_name:
        extras["venue"] = ev.venue_name
    if any(data.room(s.room_id) is None for s in sessions):
        extras["no_room"] = no_room_name(data)
    if extras:
        conference["meta"] = {"organiser": extras}
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "Organiser", "version": __version__},
        "schedule": {"version": __version__, "conference": conference},
    }


def _event(data: model.EventData, s: model.Session, number: int, room: str) -> dict[str, Any]:
    start, end = session_span(data, s)
    guid = session_guid(data, s)
    persons = []
    for person, role in role_people(data, s):
        person_id = person_number(data, person)
        entry: dict[str, Any] = {"id": person_id} if person_id is not None else {}
        entry |= {
            "guid": person_guid(data, person),
            "name": person.name,
            "role": role_key(role),
            "given_name": person.given_name,
            "family_name": person.family_name,
        }
        if person.honorific:
            entry["honorific"] = person.honorific
        if person.affiliations:
            entry["affiliations"] = [
                {"position": a.position, "organisation": a.organisation}
                for a in person.affiliations
            ]
        persons.append(entry)
    return {
        "guid": guid,
        "id": number,
        "date": start.isoformat(),
        "start": start.strftime("%H:%M"),
        "end": end.isoformat(),
        "duration": duration_text(start, end),
        "room": room,
        "slug": session_slug(data, s, number),
        "url": f"urn:uuid:{guid}",
        "title": s.heading,
        "subtitle": s.subtitle,
        "track": s.track or None,
        "type": type_text(s),
        "language": s.language or None,
        "abstract": s.summary or s.problem_statement,
        "description": session_description(s),
        "persons": persons,
        "links": [],
    }


def schedule_json(data: model.EventData) -> str:
    return json.dumps(schedule_dict(data), ensure_ascii=False, indent=1) + "\n"


def write_schedule_json(data: model.EventData, path: str | Path) -> None:
    write_text_atomic(path, schedule_json(data))
