"""The real interchange files, from the main checkout or from a worktree, and what they hold.

Expected counts are read from each file here with lxml/json, independently of the
importer, following the same identity rules the importer documents.
"""

from __future__ import annotations

import json
import zoneinfo
from datetime import date, datetime
from pathlib import Path

from lxml import etree

_HERE = Path(__file__).resolve()
# The repository's sibling "shared"; a worktree (/work/wt/<name>) sits one level deeper.
_CANDIDATES = [p / "shared" / "data" / "real" for p in (_HERE.parents[3], _HERE.parents[4])]
REAL = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[0])
SCHEDULES = sorted((REAL / "schedules").glob("*.*"))
ICS_FILES = sorted((REAL / "ics").glob("*.ics"))
XSD = REAL / "schema" / "voc-xsd_schedule.xml.xsd"
JSON_SCHEMA = REAL / "schema" / "voc-json_schema.json"


def _name(text: str | None) -> str:
    return " ".join((text or "").split())


def _dt(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))


def expected(path: Path, zone_name: str) -> dict[str, object]:
    """Sessions, people, rooms and days as the file holds them, at the venue zone given.

    The days are the file's own conference days (a 00:20 talk listed under Saturday is
    Saturday's); only a file without days (schedule2) has the dates its sessions fall on.
    """
    zone = zoneinfo.ZoneInfo(zone_name)

    def local(dt: datetime) -> date:
        return (dt.astimezone(zone) if dt.tzinfo else dt).date()

    people: set[str] = set()
    rooms: set[str] = set()
    days: set[date] = set()
    starts: dict[str, datetime] = {}  # guid -> instant, where written
    sessions = 0
    if path.suffix == ".xml":
        root = etree.parse(str(path)).getroot()
        for day in root.iterfind("day"):
            start = _dt(day.get("start"))
            days.add(local(start) if start else date.fromisoformat(day.get("date")))
            for room in day.iterfind("room"):
                rooms.add(_name(room.get("name")))
                for ev in room.iterfind("event"):
                    sessions += 1
                    when = _dt(ev.findtext("date"))
                    if when:
                        starts[ev.get("guid", "")] = when
                    for p in ev.iterfind("persons/person"):
                        guid = p.get("guid")
                        people.add("g" + guid.lower() if guid else "n" + _name(p.text))
        return dict(
            sessions=sessions, people=len(people), rooms=len(rooms), days=len(days), starts=starts
        )
    doc = json.loads(path.read_text(encoding="utf-8"))["schedule"]
    conf = doc["conference"]
    rooms |= {_name(r["name"]) for r in conf.get("rooms", [])}

    def person_key(p: dict) -> str:
        if p.get("guid"):
            return "g" + p["guid"].lower()
        if p.get("code"):
            return "c" + p["code"]
        return "n" + _name(p.get("name") or p.get("public_name"))

    def add_event(ev: dict) -> None:
        nonlocal sessions
        sessions += 1
        when = _dt(ev.get("date")) or _dt(ev.get("start"))
        if "events" in doc:  # schedule2 has no days of its own
            days.add(local(when))
        starts[ev.get("guid", "")] = when
        for p in ev.get("persons") or ev.get("participants") or []:
            people.add(person_key(p))

    if "events" in doc:
        for ev in doc["events"]:
            rooms.add(_name(ev["room"]["name"]))
            add_event(ev)
    else:
        for day in conf["days"]:
            days.add(local(_dt(day["day_start"])))
            for room, events in day["rooms"].items():
                rooms.add(_name(room))
                for ev in events:
                    add_event(ev)
    return dict(
        sessions=sessions, people=len(people), rooms=len(rooms), days=len(days), starts=starts
    )
