"""Export as frab ``schedule.xml``, valid against the c3voc XSD, for Giggity and friends.

The schedule format has no place for a person's role in a session, and the XSD allows no
extra attributes; so each event carries our roles in a processing instruction
``<?organiser-roles roles="facilitator first_respondent"?>`` (one key per person, in
order, ``?`` marking an unconfirmed role). Validators and apps ignore processing
instructions; our importer reads them back, which makes the round trip keep roles.
The same style carries what else frab has no place for:

- in each ``<event>``: ``<?organiser-question text="…"?>``, one per guiding question, in
  order. Apps still see the questions: they follow the session's own text in
  ``<description>`` under "Guiding questions:", one per line (the importer removes that
  block again when the instructions are present); and ``<?organiser-problem text="…"?>``
  with the problem statement. ``<abstract>`` is the session's summary, or where it has
  none its problem statement, so apps show a policy dialogue's workshops with their text;
  ``<type>`` is the session's own type, else its kind, and ``<?organiser-kind kind="…"
  type="…"?>`` gives both back exactly;
- in ``<conference>``: ``<?organiser-person guid="…" given="…" family="…" honorific="…"?>``
  and ``<?organiser-affiliation guid="…" position="…" organisation="…"?>`` for each person
  listed, ``<?organiser-display-zones zones="Europe/Berlin America/New_York"?>``, and
  ``<?organiser-no-room name="…"?>`` and ``<?organiser-venue name="…"?>``.

Sessions without a room are listed in a room named after the venue (an empty name would
be a blank column in apps); ``organiser-no-room`` names it so our import leaves those
sessions without a room. Values are escaped as XML attributes are (``>`` too, so no value
can end the instruction).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .. import __version__, model
from ..services.files import atomic_path
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
    session_description,
    session_guid,
    session_slug,
    session_span,
    type_text,
)
from .frab_xml import (
    AFFILIATION_PI,
    DISPLAY_ZONES_PI,
    KIND_PI,
    NO_ROOM_PI,
    PERSON_PI,
    PROBLEM_PI,
    QUESTION_PI,
    ROLES_PI,
    VENUE_PI,
    pi_text,
)


def _sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    el.text = text
    return el


def event_numbers(data: model.EventData) -> dict[str, int]:
    """A positive integer id per session: its database id where all are set and unique."""
    sessions = ordered_sessions(data)
    ids = [s.id for s in sessions if s.id is not None and s.id > 0]
    if len(ids) == len(sessions) and len(set(ids)) == len(ids):
        return {s.uid: i for s, i in zip(sessions, ids)}
    return {s.uid: i for i, s in enumerate(sessions, 1)}


def schedule_tree(data: model.EventData) -> ET.Element:
    ev = data.event
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", {"name": "Organiser", "version": __version__})
    _sub(root, "version", __version__)
    conf = _sub(root, "conference")
    _sub(conf, "acronym", acronym(data))
    _sub(conf, "title", ev.title or "Untitled event")
    days = sorted(data.days, key=lambda d: d.date)
    if days:
        _sub(conf, "start", days[0].date.isoformat())
        _sub(conf, "end", days[-1].date.isoformat())
    _sub(conf, "days", str(len(days)))
    _sub(conf, "timeslot_duration", "00:05")
    _sub(conf, "time_zone_name", ev.venue_time_zone)
    for track in sorted({s.track for s in data.sessions if s.track}):
        ET.SubElement(conf, "track", {"name": track})
    numbers = event_numbers(data)
    sessions = ordered_sessions(data)
    _conference_extras(data, conf, sessions)
    for index, day in enumerate(days, 1):
        start, end = day_bounds(data, day)
        day_el = ET.SubElement(
            root,
            "day",
            {
                "index": str(index),
                "date": day.date.isoformat(),
                "start": start.isoformat(),
                "end": end.isoformat(),
            },
        )
        by_room = day_sessions_by_room(data, sessions, day)
        room_order = [r.name for r in data.rooms]
        for name in sorted(
            by_room, key=lambda n: (room_order.index(n) if n in room_order else len(room_order), n)
        ):
            room_el = ET.SubElement(day_el, "room", {"name": name, "guid": room_guid(data, name)})
            for s in by_room[name]:
                _event(data, room_el, s, numbers[s.uid], name)
    return root


def _conference_extras(
    data: model.EventData, conf: ET.Element, sessions: list[model.Session]
) -> None:
    """Our processing instructions for what the frab conference has no place for."""
    ev = data.event
    if ev.display_time_zones:
        conf.append(
            ET.ProcessingInstruction(
                DISPLAY_ZONES_PI, pi_text(zones=" ".join(ev.display_time_zones))
            )
        )
    if ev.venue_name:
        conf.append(ET.ProcessingInstruction(VENUE_PI, pi_text(name=ev.venue_name)))
    if any(data.room(s.room_id) is None for s in sessions):
        conf.append(ET.ProcessingInstruction(NO_ROOM_PI, pi_text(name=no_room_name(data))))
    listed: set[int | None] = set()
    for s in sessions:
        for person, _role in role_people(data, s):
            if person.id in listed:
                continue
            listed.add(person.id)
            guid = person_guid(data, person)
            conf.append(
                ET.ProcessingInstruction(
                    PERSON_PI,
                    pi_text(
                        guid=guid,
                        given=person.given_name,
                        family=person.family_name,
                        honorific=person.honorific,
                    ),
                )
            )
            for a in person.affiliations:
                conf.append(
                    ET.ProcessingInstruction(
                        AFFILIATION_PI,
                        pi_text(guid=guid, position=a.position, organisation=a.organisation),
                    )
                )


def _event(
    data: model.EventData, room_el: ET.Element, s: model.Session, number: int, room: str
) -> None:
    start, end = session_span(data, s)
    el = ET.SubElement(room_el, "event", {"id": str(number), "guid": session_guid(data, s)})
    _sub(el, "date", start.isoformat())
    _sub(el, "start", start.strftime("%H:%M"))
    _sub(el, "duration", duration_text(start, end))
    _sub(el, "room", room)
    _sub(el, "slug", session_slug(data, s, number))
    _sub(el, "title", s.heading)
    _sub(el, "subtitle", s.subtitle)
    _sub(el, "track", s.track)
    _sub(el, "type", type_text(s))
    _sub(el, "language", s.language)
    _sub(el, "abstract", s.summary or s.problem_statement)
    _sub(el, "description", session_description(s))
    persons = _sub(el, "persons")
    keys = []
    for person, role in role_people(data, s):
        person_no = person_number(data, person)
        ids = {"id": str(person_no)} if person_no is not None else {}
        _sub(persons, "person", person.name, **ids, guid=person_guid(data, person))
        keys.append(role_key(role))
    if keys:
        el.append(ET.ProcessingInstruction(ROLES_PI, pi_text(roles=" ".join(keys))))
    for question in s.guiding_questions:
        el.append(ET.ProcessingInstruction(QUESTION_PI, pi_text(text=question)))
    if s.problem_statement:
        el.append(ET.ProcessingInstruction(PROBLEM_PI, pi_text(text=s.problem_statement)))
    el.append(ET.ProcessingInstruction(KIND_PI, pi_text(kind=s.kind, type=s.type)))


def schedule_xml(data: model.EventData) -> bytes:
    root = schedule_tree(data)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write_schedule_xml(data: model.EventData, path: str | Path) -> None:
    payload = schedule_xml(data)
    with atomic_path(path) as tmp:
        tmp.write_bytes(payload)
