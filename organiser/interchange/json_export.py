"""Export as ``schedule.json`` (version 1), valid against the c3voc JSON Schema.

Same content and GUIDs as the XML export. The schema lets a person carry more fields, so
each person has a ``role`` (our role key; ``?`` suffix when unconfirmed), the way the
CCC hub writes ``"role": "SPEAKER"``. Event ``url`` is required by the schema; without a
public page we give the stable ``urn:uuid:`` of the session.
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
    duration_text,
    ordered_sessions,
    person_guid,
    role_people,
    room_guid,
    room_name,
    session_guid,
    session_slug,
    session_span,
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
        rooms: dict[str, list[dict[str, Any]]] = {}
        for s in sessions:
            if s.day_id == day.id:
                name = room_name(data, s)
                rooms.setdefault(name, []).append(_event(data, s, numbers[s.uid], name))
        out_days.append(
            {
                "index": index,
                "date": day.date.isoformat(),
                "day_start": start.isoformat(),
                "day_end": end.isoformat(),
                "rooms": {n: rooms[n] for n in room_names if n in rooms},
            }
        )
    conference["days"] = out_days
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
        persons.append(
            {
                "id": person.id or 0,
                "guid": person_guid(data, person),
                "name": person.name,
                "role": role.role + ("" if role.confirmed else "?"),
            }
        )
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
        "subtitle": "",
        "track": s.track or None,
        "type": s.kind,
        "language": s.language or None,
        "abstract": s.problem_statement,
        "description": s.description,
        "persons": persons,
        "links": [],
    }


def schedule_json(data: model.EventData) -> str:
    return json.dumps(schedule_dict(data), ensure_ascii=False, indent=1) + "\n"


def write_schedule_json(data: model.EventData, path: str | Path) -> None:
    write_text_atomic(path, schedule_json(data))
