"""Import of frab/pentabarf ``schedule.xml`` in every dialect we have met.

frab, pretalx, the CCC hub, Pentabarf (FOSDEM: no version, no dates, no zone) and wafer
(DebConf: UTC dates under an Asia/Kolkata zone) all write the same tree with different
omissions; see ``assemble.py`` for how times and days are decided.

Safety: the XML is parsed by defusedxml, which here refuses any DOCTYPE at all (and so
every entity declaration: billion laughs, external entities) and never fetches a DTD; files over ``common.MAX_BYTES`` are
refused before they are read. A truncated file fails expat's well-formedness check and
is refused with the line where it ends.

People: a person ``guid`` (frab, pretalx, the hub) is a real identity. Integer ids are not:
a merged schedule (36C3) reuses one id for different people from different frab
instances, so where there is no guid a person is known by the name as written. The
guids of people and rooms (and people's integer ids) are kept in the event's settings so
a re-export gives them again; our own ``<?organiser-…?>`` instructions (see
``frab_export``) bring back what frab has no place for.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ..model import EventData
from ..services.text import quote
from .assemble import assemble_schedule
from .common import (
    RawDay,
    RawEvent,
    RawPerson,
    RawSchedule,
    one_line,
    parse_date,
    parse_datetime,
    read_limited,
)
from .messages import plural, say
from .report import ImportReport, InterchangeError

#: Our processing instructions (see frab_export): the roles of an event's persons, its
#: guiding questions, and at conference level people's details, display zones and the
#: stand-in room of sessions without one.
ROLES_PI = "organiser-roles"
QUESTION_PI = "organiser-question"
PROBLEM_PI = "organiser-problem"
PERSON_PI = "organiser-person"
AFFILIATION_PI = "organiser-affiliation"
DISPLAY_ZONES_PI = "organiser-display-zones"
NO_ROOM_PI = "organiser-no-room"
VENUE_PI = "organiser-venue"
KIND_PI = "organiser-kind"

_PI_ESCAPE = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;"}
_PI_UNESCAPE = re.compile(r"&(amp|lt|gt|quot|#10|#13);")
_PI_NAMES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "#10": "\n", "#13": "\r"}
_PI_ATTR = re.compile(r'([a-z_]+)="([^"]*)"')


def pi_text(**attrs: str) -> str:
    """Pseudo-attributes as in ``<?xml-stylesheet?>``; empty values are left out."""
    return " ".join(
        f'{k}="{"".join(_PI_ESCAPE.get(c, c) for c in v)}"' for k, v in attrs.items() if v
    )


def pi_attrs(text: str) -> dict[str, str]:
    return {
        k: _PI_UNESCAPE.sub(lambda m: _PI_NAMES[m.group(1)], v) for k, v in _PI_ATTR.findall(text)
    }


def _pis(el: ET.Element, target: str) -> list[dict[str, str]]:
    """The pseudo-attributes of each of our instructions ``target`` directly in ``el``."""
    found = []
    for child in el:
        if child.tag is ET.PI:
            name, _, rest = (child.text or "").partition(" ")
            if name == target:
                found.append(pi_attrs(rest))
    return found


def parse_xml(data: bytes, name: str) -> ET.Element:
    """The root element, parsed without entities or DTD retrieval."""
    # No real schedule has a DOCTYPE; refusing every DTD also rules out entity tricks.
    parser = DefusedXMLParser(
        target=ET.TreeBuilder(insert_pis=True),
        forbid_dtd=True,
        forbid_entities=True,
        forbid_external=True,
    )
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as exc:
        raise InterchangeError(say("xml_entities", name=name, kind=type(exc).__name__)) from None
    except ET.ParseError as exc:
        line, _col = exc.position
        if "no element found" in str(exc) or "unclosed token" in str(exc):
            raise InterchangeError(say("xml_truncated", name=name, line=line)) from None
        raise InterchangeError(say("xml_bad", name=name, reason=quote(exc))) from None


def _text(el: ET.Element | None, tag: str) -> str:
    if el is None:
        return ""
    child = el.find(tag)
    return (child.text or "") if child is not None else ""


def read_schedule_xml(data: bytes, name: str, report: ImportReport) -> RawSchedule:
    root = parse_xml(data, name)
    if root.tag != "schedule":
        raise InterchangeError(say("xml_not_schedule", name=name, root=root.tag))
    conf = root.find("conference")
    if conf is None:
        raise InterchangeError(say("no_conference", name=name))
    raw = RawSchedule(format="frab schedule.xml")
    raw.title = _text(conf, "title")
    raw.subtitle = _text(conf, "subtitle")
    raw.acronym = _text(conf, "acronym")
    raw.zone_name = _text(conf, "time_zone_name")
    raw.venue = _text(conf, "venue")
    raw.day_change = _text(conf, "day_change")
    raw.tracks = [one_line(t.get("name") or t.text) for t in conf.iterfind("track")]
    for attrs in _pis(conf, DISPLAY_ZONES_PI):
        raw.display_zones += attrs.get("zones", "").split()
    for attrs in _pis(conf, NO_ROOM_PI):
        raw.no_room = attrs.get("name", "")
    for attrs in _pis(conf, VENUE_PI):
        raw.venue = raw.venue or attrs.get("name", "")
    extras = _people_extras(conf)
    generator = root.find("generator")
    if generator is not None and generator.get("name"):
        raw.format += f" from {generator.get('name')}"
    if root.find("version") is None:
        report.note(say("no_version"))
    days = root.findall("day")
    if not days:
        raise InterchangeError(say("no_day", name=name))

    ids_by_name: dict[str, set[str]] = defaultdict(set)
    names_by_ref: dict[str, set[str]] = defaultdict(set)
    guid_people = renamed = 0
    for i, day_el in enumerate(days, 1):
        try:
            index = int(day_el.get("index") or i)
        except ValueError:
            index = i
        day_date = parse_date(day_el.get("date"))
        day_start = parse_datetime(day_el.get("start"))
        raw.days.append(RawDay(index, day_date, day_start, parse_datetime(day_el.get("end"))))
        for room_el in day_el.iterfind("room"):
            room_name = room_el.get("name") or ""
            if room_name and room_name not in raw.rooms:
                raw.rooms.append(room_name)
            if room_name and room_el.get("guid") and room_name not in raw.room_guids:
                raw.room_guids[room_name] = room_el.get("guid") or ""
            for ev in room_el.iterfind("event"):
                e = RawEvent(
                    id=ev.get("id") or "",
                    guid=ev.get("guid") or "",
                    title=_text(ev, "title"),
                    subtitle=_text(ev, "subtitle"),
                    type=_text(ev, "type"),
                    track=_text(ev, "track"),
                    language=_text(ev, "language"),
                    abstract=_text(ev, "abstract"),
                    description=_text(ev, "description"),
                    room=room_name or _text(ev, "room"),
                    date=parse_datetime(_text(ev, "date")),
                    start=_text(ev, "start"),
                    duration=_text(ev, "duration"),
                    day_date=day_date,
                    day_start=day_start,
                )
                roles = _roles_of(ev)
                e.questions = [a["text"] for a in _pis(ev, QUESTION_PI) if a.get("text")]
                for attrs in _pis(ev, PROBLEM_PI):
                    e.problem = attrs.get("text", "")
                for attrs in _pis(ev, KIND_PI):
                    e.kind, e.own_type = attrs.get("kind", ""), attrs.get("type", "")
                persons = ev.find("persons")
                for n, p in enumerate(persons.iterfind("person") if persons is not None else ()):
                    person_name = one_line(p.text)
                    guid = (p.get("guid") or "").lower()
                    ref = p.get("id") or ""
                    if guid:
                        key = "guid:" + guid
                        guid_people += 1
                    else:
                        key = "name:" + person_name
                    if person_name:
                        ids_by_name[person_name].add(guid or ref)
                        if ref and not guid:
                            names_by_ref[ref].add(person_name)
                    role = roles[n] if n < len(roles) else (p.get("role") or "")
                    extra = extras.get(guid) if guid else None
                    e.persons.append(
                        RawPerson(
                            key,
                            person_name,
                            role,
                            ref=ref,
                            number=ref,
                            honorific=extra.honorific if extra else "",
                            given=extra.given if extra else "",
                            family=extra.family if extra else "",
                            affiliations=list(extra.affiliations) if extra else [],
                        )
                    )
                if room_name and one_line(_text(ev, "room")) not in ("", one_line(room_name)):
                    renamed += 1
                raw.events.append(e)
    report.count(renamed, "renamed")
    shared_ids = sum(1 for names in names_by_ref.values() if len(names) > 1)
    multi = sum(1 for refs in ids_by_name.values() if len(refs) > 1)
    rules = []
    if shared_ids:
        rules.append(say("shared_ids", n=shared_ids))
    if multi and guid_people:
        rules.append(plural("multi_guid", multi))
    elif multi:
        rules.append(plural("multi_id", multi))
    raw.person_notes = rules
    return raw


def _roles_of(ev: ET.Element) -> list[str]:
    """Role keys from our own processing instruction, in the order of the persons."""
    for attrs in _pis(ev, ROLES_PI):
        if "roles" in attrs:
            return attrs["roles"].split()
    return []


def _people_extras(conf: ET.Element) -> dict[str, RawPerson]:
    """Honorific, name parts and affiliations by person guid, from our instructions."""
    extras: dict[str, RawPerson] = {}
    for attrs in _pis(conf, PERSON_PI):
        guid = attrs.get("guid", "").lower()
        if guid:
            extras[guid] = RawPerson(
                "guid:" + guid,
                "",
                honorific=attrs.get("honorific", ""),
                given=attrs.get("given", ""),
                family=attrs.get("family", ""),
            )
    for attrs in _pis(conf, AFFILIATION_PI):
        person = extras.get(attrs.get("guid", "").lower())
        if person is not None:
            person.affiliations.append((attrs.get("position", ""), attrs.get("organisation", "")))
    return extras


def load_schedule_xml(
    path: str | Path, *, zone: str = "", data: bytes | None = None
) -> tuple[EventData, ImportReport]:
    path = Path(path)
    report = ImportReport(source=path.name, format="frab schedule.xml")
    if data is None:
        data = read_limited(path)
    raw = read_schedule_xml(data, path.name, report)
    return assemble_schedule(raw, report, zone, path.name), report
