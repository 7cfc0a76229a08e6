"""Import of ``schedule.json``: frab/pretalx version 1 and the CCC hub's flat ``schedule2``.

Version 1 nests events under ``conference.days[].rooms{name: [...]}`` like the XML;
schedule2 lists ``events[]`` and ``persons[]`` at the top and has no days at all, so its
days are the venue dates its sessions fall on. People are known by guid, else by pretalx
code, else by name (frab's integer ids are reused across merged schedules).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..model import EventData
from ..services.text import quote
from .assemble import assemble_schedule
from .common import (
    RawDay,
    RawEvent,
    RawPerson,
    RawSchedule,
    decode,
    one_line,
    parse_date,
    parse_datetime,
    read_limited,
)
from .frab_xml import load_schedule_xml
from .messages import plural, say
from .report import ImportReport, InterchangeError


def parse_json(data: bytes, name: str) -> Any:
    text = decode(data, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        body = text.rstrip()
        at_end = exc.pos >= len(body) - 1 or exc.msg.startswith("Unterminated string")
        if at_end or not body.endswith(("}", "]")):
            raise InterchangeError(say("json_truncated", name=name, line=exc.lineno)) from None
        raise InterchangeError(
            say("json_bad", name=name, reason=exc.msg, line=exc.lineno)
        ) from None
    except RecursionError:
        raise InterchangeError(say("json_deep", name=name)) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise InterchangeError(say("json_value", name=name, reason=quote(exc))) from None


def _str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):  # translated text {"en": ..., "de": ...}
        value = value.get("en") or next(iter(value.values()), "")
    return value if isinstance(value, str) else str(value)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class _People:
    """Identity of persons across the file, and what the report says about it."""

    def __init__(self) -> None:
        self.names_by_key: dict[str, set[str]] = defaultdict(set)
        self.refs_by_name: dict[str, set[str]] = defaultdict(set)
        self.bios: dict[str, str] = {}

    def make(self, p: dict[str, Any], role: str = "") -> RawPerson:
        name = one_line(_str(p.get("name") or p.get("public_name") or p.get("full_public_name")))
        guid = _str(p.get("guid")).lower()
        code = _str(p.get("code"))
        if guid:
            key = "guid:" + guid
        elif code:
            key = "code:" + code
        else:
            key = "name:" + name
        ref = guid or code or _str(p.get("id"))
        if name:
            self.refs_by_name[name].add(ref or name)
        bio = _str(p.get("biography")) or self.bios.get(key, "")
        role = role or _str(p.get("role"))
        number = p.get("id")
        affiliations = [
            (_str(a.get("position")), _str(a.get("organisation")))
            for a in _list(p.get("affiliations"))
            if isinstance(a, dict)
        ]
        return RawPerson(
            key,
            name,
            role,
            bio,
            ref=ref,
            number=str(number) if isinstance(number, int) and not isinstance(number, bool) else "",
            honorific=_str(p.get("honorific")),
            given=_str(p.get("given_name")),
            family=_str(p.get("family_name")),
            affiliations=affiliations,
        )

    def notes(self) -> list[str]:
        multi = sum(1 for refs in self.refs_by_name.values() if len(refs) > 1)
        if not multi:
            return []
        return [plural("multi_json", multi)]


def _event(ev: dict[str, Any], people: _People) -> RawEvent:
    room = ev.get("room")
    track = ev.get("track")
    e = RawEvent(
        id=_str(ev.get("id")),
        guid=_str(ev.get("guid")),
        title=_str(ev.get("title")),
        subtitle=_str(ev.get("subtitle")),
        type=_str(ev.get("type")),
        track=_str(track.get("name") or track.get("slug"))
        if isinstance(track, dict)
        else _str(track),
        language=_str(ev.get("language")),
        abstract=_str(ev.get("abstract")),
        description=_str(ev.get("description")),
        room=_str(room.get("name")) if isinstance(room, dict) else _str(room),
    )
    date = parse_datetime(_str(ev.get("date")))
    start = _str(ev.get("start"))
    if date is None and "T" in start:  # schedule2: start is a date-time
        date = parse_datetime(start)
        start = ""
    e.date, e.start = date, start
    e.duration = _str(ev.get("duration"))
    e.end = parse_datetime(_str(ev.get("end")))
    persons = ev.get("persons") or ev.get("participants") or []
    for p in persons if isinstance(persons, list) else []:
        if isinstance(p, dict):
            e.persons.append(people.make(p))
    return e


def read_schedule_json(obj: Any, name: str, report: ImportReport) -> RawSchedule:
    if not isinstance(obj, dict) or not isinstance(obj.get("schedule"), dict):
        raise InterchangeError(say("json_not_schedule", name=name))
    sched = obj["schedule"]
    conf = sched.get("conference")
    if not isinstance(conf, dict):
        raise InterchangeError(say("json_no_conference", name=name))
    flat = isinstance(sched.get("events"), list)
    raw = RawSchedule(format="schedule2 (hub) JSON" if flat else "schedule.json")
    raw.title = _str(conf.get("title"))
    raw.subtitle = _str(conf.get("subtitle"))
    raw.description = _str(conf.get("description"))
    raw.acronym = _str(conf.get("acronym"))
    raw.zone_name = _str(conf.get("time_zone_name"))
    for t in _list(conf.get("tracks")):
        if isinstance(t, dict) and t.get("name"):
            raw.tracks.append(one_line(_str(t["name"])))
    track_names = {
        _str(t.get("slug")): _str(t.get("name"))
        for t in _list(conf.get("tracks"))
        if isinstance(t, dict)
    }
    for r in _list(conf.get("rooms")):
        if isinstance(r, dict) and r.get("name"):
            raw.rooms.append(_str(r["name"]))
            if r.get("guid"):
                raw.room_guids.setdefault(_str(r["name"]), _str(r["guid"]))
    meta = conf.get("meta")
    ours = meta.get("organiser") if isinstance(meta, dict) else None
    questions: dict[str, list[str]] = {}
    problems: dict[str, str] = {}
    kinds: dict[str, dict[str, Any]] = {}
    if isinstance(ours, dict):
        raw.display_zones = [z for z in _list(ours.get("display_time_zones")) if isinstance(z, str)]
        raw.no_room = _str(ours.get("no_room"))
        raw.venue = _str(ours.get("venue"))
        found = ours.get("guiding_questions")
        for guid, qs in found.items() if isinstance(found, dict) else ():
            questions[str(guid).lower()] = [q for q in _list(qs) if isinstance(q, str)]
        found = ours.get("problem_statements")
        for guid, text in found.items() if isinstance(found, dict) else ():
            if isinstance(text, str):
                problems[str(guid).lower()] = text
        found = ours.get("kinds")
        for guid, pair in found.items() if isinstance(found, dict) else ():
            if isinstance(pair, dict):
                kinds[str(guid).lower()] = pair
    people = _People()
    if flat:
        for p in _list(sched.get("persons")):
            if isinstance(p, dict) and p.get("guid"):
                people.bios["guid:" + _str(p["guid"]).lower()] = _str(p.get("biography"))
        for ev in sched["events"]:
            if isinstance(ev, dict):
                e = _event(ev, people)
                if isinstance(ev.get("track"), dict):
                    slug = _str(ev["track"].get("slug"))
                    e.track = track_names.get(slug) or _str(ev["track"].get("name")) or slug
                raw.events.append(e)
    else:
        days = conf.get("days")
        if not isinstance(days, list) or not days:
            raise InterchangeError(say("json_no_days", name=name))
        for i, day in enumerate(days, 1):
            if not isinstance(day, dict):
                continue
            index = day.get("index")
            index = index if isinstance(index, int) else i
            day_date = parse_date(day.get("date"))
            day_start = parse_datetime(_str(day.get("day_start")))
            day_end = parse_datetime(_str(day.get("day_end")))
            raw.days.append(RawDay(index, day_date, day_start, day_end))
            rooms = day.get("rooms") or {}
            if not isinstance(rooms, dict):
                continue
            for room_name, events in rooms.items():
                if not room_name:
                    continue
                if room_name not in raw.rooms:
                    raw.rooms.append(room_name)
                for ev in events if isinstance(events, list) else []:
                    if not isinstance(ev, dict):
                        continue
                    e = _event(ev, people)
                    e.room = room_name
                    e.day_date, e.day_start = day_date, day_start
                    raw.events.append(e)
    raw.person_notes = people.notes()
    if questions or problems or kinds:
        for e in raw.events:
            e.questions = questions.get(e.guid.lower(), [])
            e.problem = problems.get(e.guid.lower())
            pair = kinds.get(e.guid.lower())
            if pair is not None:
                e.kind, e.own_type = _str(pair.get("kind")), _str(pair.get("type"))
    return raw


def load_schedule_json(
    path: str | Path, *, zone: str = "", data: bytes | None = None
) -> tuple[EventData, ImportReport]:
    path = Path(path)
    report = ImportReport(source=path.name, format="schedule.json")
    if data is None:
        data = read_limited(path)
    raw = read_schedule_json(parse_json(data, path.name), path.name, report)
    return assemble_schedule(raw, report, zone, path.name), report


def load_schedule(path: str | Path, *, zone: str = "") -> tuple[EventData, ImportReport]:
    """A frab schedule.xml or schedule.json, told apart by content, not by name."""
    path = Path(path)
    data = read_limited(path)
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return load_schedule_xml(path, zone=zone, data=data)
    if head.startswith((b"{", b"[")):
        return load_schedule_json(path, zone=zone, data=data)
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        raise InterchangeError(say("is_ics", name=path.name))
    raise InterchangeError(say("neither", name=path.name))
