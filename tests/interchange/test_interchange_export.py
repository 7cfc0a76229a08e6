"""Exports validate against the c3voc schemas, round-trip, and keep their GUIDs."""

from __future__ import annotations

import json

import icalendar
import jsonschema
import pytest
from lxml import etree

from organiser.interchange import ics_export
from organiser.interchange.export_common import session_span
from organiser.interchange.frab_export import schedule_xml
from organiser.interchange.json_export import schedule_dict
from organiser.interchange.schedule_json import load_schedule
from organiser.services.sample import reference_event
from organiser.store import EventStore
from tests.interchange.interchange_files import JSON_SCHEMA, SCHEDULES, XSD


@pytest.fixture(scope="module")
def xsd():
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture(scope="module")
def json_validator():
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())


def _stored(data, tmp_path, name="e.organiser"):
    """The event as the app holds it: written to a file and loaded back."""
    path = tmp_path / name
    EventStore.create(path, data, lock=False).close()
    with EventStore.open(path, lock=False) as store:
        return store.load()


def _programme(data):
    people = {p.id: p for p in data.people}
    days = {d.id: d.date for d in data.days}
    return sorted(
        (
            days[s.day_id],
            s.starts,
            s.ends,
            s.kind,
            s.number,
            s.title,
            s.problem_statement,
            s.track,
            tuple(s.guiding_questions),
            s.description,
            s.room_id is None,
            tuple((people[r.person_id].name, r.role, r.confirmed) for r in s.roles),
        )
        for s in data.sessions
    )


def _people(data):
    """Everyone with a role, as the programme and badges print them."""
    listed = {r.person_id for s in data.sessions for r in s.roles}
    return sorted(
        (
            p.honorific,
            p.given_name,
            p.family_name,
            p.name,
            tuple((a.position, a.organisation) for a in p.affiliations),
        )
        for p in data.people
        if p.id in listed
    )


def _roundtrip(tmp_path, payload: bytes, suffix: str):
    path = tmp_path / f"schedule{suffix}"
    path.write_bytes(payload)
    data, report = load_schedule(path)
    return _stored(data, tmp_path, f"back{suffix}.organiser"), report


def test_reference_event_round_trips_through_schedule_xml(tmp_path, xsd):
    ref = _stored(reference_event(), tmp_path)
    payload = schedule_xml(ref)
    assert xsd.validate(etree.fromstring(payload)), xsd.error_log
    back, report = _roundtrip(tmp_path, payload, ".xml")
    assert _programme(back) == _programme(ref)
    assert sum(len(s.guiding_questions) for s in back.sessions) >= 10  # the reference has them
    assert _people(back) == _people(ref)
    assert all(p.honorific and p.affiliations for p in back.people)
    assert back.event.title == ref.event.title
    assert back.event.venue_time_zone == ref.event.venue_time_zone
    assert (
        back.event.display_time_zones
        == ref.event.display_time_zones
        == [
            "Europe/Berlin",
            "America/New_York",
        ]
    )
    assert back.rooms == [] and all(s.room_id is None for s in back.sessions)
    assert sorted(p.name for p in back.people) == sorted(
        p.name for p in ref.people if ref.roles_of(p.id)
    )
    assert report.lines == []  # nothing guessed or dropped
    # stable GUIDs: the re-imported event exports the same session, person and room guids
    again = etree.fromstring(schedule_xml(back))
    first = etree.fromstring(payload)
    for tag in ("event", "person", "room"):
        assert [e.get("guid") for e in again.iter(tag)] == [e.get("guid") for e in first.iter(tag)]
    assert [p.get("id") for p in again.iter("person")] == [
        p.get("id") for p in first.iter("person")
    ]


def test_reference_event_round_trips_through_schedule_json(tmp_path, json_validator):
    ref = _stored(reference_event(), tmp_path)
    doc = schedule_dict(ref)
    errors = list(json_validator.iter_errors(doc))
    assert not errors, [e.message for e in errors]
    back, report = _roundtrip(tmp_path, json.dumps(doc).encode(), ".json")
    assert _programme(back) == _programme(ref)
    assert _people(back) == _people(ref)
    assert back.event.display_time_zones == ref.event.display_time_zones
    assert back.rooms == []
    assert report.lines == []
    again = schedule_dict(back)
    assert _guids_json(again) == _guids_json(doc)


def _guids_json(doc):
    conf = doc["schedule"]["conference"]
    events = [e for d in conf["days"] for r in d["rooms"].values() for e in r]
    return (
        [r["guid"] for r in conf["rooms"]],
        [e["guid"] for e in events],
        [(p["guid"], p["id"]) for e in events for p in e["persons"]],
    )


def test_apps_see_guiding_questions_in_the_description(tmp_path):
    ref = _stored(reference_event(), tmp_path)
    session = next(s for s in ref.sessions if s.guiding_questions)
    root = etree.fromstring(schedule_xml(ref))
    event = next(e for e in root.iter("event") if e.findtext("title") == session.heading)
    text = event.findtext("description")
    assert text.startswith("Guiding questions:\n") or "\n\nGuiding questions:\n" in text
    lines = text.split("Guiding questions:\n", 1)[1].split("\n")
    assert lines == [f"• {q}" for q in session.guiding_questions]
    doc = schedule_dict(ref)
    events = [
        e for d in doc["schedule"]["conference"]["days"] for r in d["rooms"].values() for e in r
    ]
    assert next(e for e in events if e["title"] == session.heading)["description"] == text


def test_own_description_and_questions_round_trip_apart(tmp_path):
    ref = _stored(reference_event(), tmp_path)
    s = next(s for s in ref.sessions if s.guiding_questions)
    s.description = 'Our own text.\n\nIt has 2 < 3 paragraphs & an "ampersand"?>'
    s.guiding_questions.append('Does a "quoted" question with ?> survive & stay whole?')
    back, _ = _roundtrip(tmp_path, schedule_xml(ref), ".xml")
    same = next(b for b in back.sessions if b.heading == s.heading)
    assert same.description == s.description
    assert same.guiding_questions == s.guiding_questions


def test_imported_schedule_re_exports_its_own_guids(tmp_path, real):
    """Sessions, people and rooms keep the guids (and person ids) the source file gave."""
    source = real / "schedules" / "eventfahrplan-38c3-20251206.schedule.xml"
    data, _ = load_schedule(source)
    data = _stored(data, tmp_path)
    original = etree.parse(str(source)).getroot()
    exported = etree.fromstring(schedule_xml(data))

    def guids(root):
        rooms = {r.get("name"): r.get("guid").lower() for r in root.iter("room") if r.get("guid")}
        events = {e.get("guid").lower() for e in root.iter("event")}
        persons = {
            (p.get("guid").lower(), p.get("id")) for p in root.iter("person") if p.get("guid")
        }
        return rooms, events, persons

    rooms, events, persons = guids(original)
    assert rooms and events and persons
    assert guids(exported) == (rooms, events, persons)
    doc = schedule_dict(data)
    conf = doc["schedule"]["conference"]
    assert {r["name"]: r["guid"] for r in conf["rooms"]} == rooms
    json_persons = {
        (p["guid"], str(p["id"]) if "id" in p else None)
        for d in conf["days"]
        for r in d["rooms"].values()
        for e in r
        for p in e["persons"]
    }
    assert json_persons == persons


def test_guids_are_stable_across_exports(tmp_path):
    ref = _stored(reference_event(), tmp_path)
    assert schedule_xml(ref) == schedule_xml(ref)
    again = _stored(reference_event(), tmp_path, "again.organiser")  # same event uid & session uids
    assert schedule_xml(again) == schedule_xml(ref)
    guids = [e.get("guid") for e in etree.fromstring(schedule_xml(ref)).iter("event")]
    assert len(set(guids)) == len(guids) == len(ref.sessions)


@pytest.mark.parametrize("path", SCHEDULES, ids=lambda p: p.name)
def test_real_schedules_export_valid_xml_and_json(path, xsd, json_validator):
    data, _ = load_schedule(path)
    payload = schedule_xml(data)
    assert xsd.validate(etree.fromstring(payload)), str(xsd.error_log)[:500]
    errors = list(json_validator.iter_errors(schedule_dict(data)))
    assert not errors, [e.message for e in errors[:3]]
    # guids kept from the source where they were unique
    source = {g for g in data.settings["interchange"]["guids"].values()}
    exported = {e.get("guid") for e in etree.fromstring(payload).iter("event")}
    assert source <= exported


def test_ics_export_parses_back_to_the_same_instants(real, tmp_path):
    data, _ = load_schedule(real / "schedules" / "giggity-debconf23.schedule.xml")
    data = _stored(data, tmp_path)
    payload = ics_export.calendar(data)
    cal = icalendar.Calendar.from_ical(payload)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Kolkata"]
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == len(data.sessions)
    rooms = {r.id: r.name for r in data.rooms}
    for s in data.sessions:
        from organiser.interchange.export_common import session_guid

        e = events[f"{session_guid(data, s)}@organiser.app"]
        start, end = session_span(data, s)
        assert e["DTSTART"].dt == start and e["DTEND"].dt == end
        assert str(e["LOCATION"]) == rooms[s.room_id]
        assert str(e.get("DESCRIPTION", "")) == s.problem_statement
    # stable UIDs across re-exports
    again = icalendar.Calendar.from_ical(ics_export.calendar(data))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(events)


def test_ics_per_person_and_split(tmp_path, sample_path):
    with EventStore.open(sample_path, lock=False) as store:
        data = store.load()
    person = next(p for p in data.people if len(data.roles_of(p.id)) >= 1)
    mine = {s.uid for s, _ in data.roles_of(person.id)}
    cal = icalendar.Calendar.from_ical(ics_export.calendar(data, person))
    events = cal.walk("VEVENT")
    assert len(events) == len(mine)
    assert str(events[0]["DESCRIPTION"]).startswith("Your role: ")
    folder = tmp_path / "split"
    folder.mkdir()
    written = ics_export.write_split(data, folder)
    with_roles = {r.person_id for s in data.sessions for r in s.roles}
    assert len(written) == len(with_roles)
    assert all(p.suffix == ".ics" for p in folder.iterdir())
    text = b"".join(p.read_bytes() for p in written)
    assert b"@" not in text.replace(b"@organiser.app", b"")  # no e-mail addresses


@pytest.mark.parametrize(
    "name", ["eventfahrplan-38c3-20251206.schedule.xml", "giggity-debconf23.schedule.xml"]
)
def test_real_schedule_round_trips_with_sessions_past_midnight(tmp_path, real, name):
    data, _ = load_schedule(real / "schedules" / name)
    data = _stored(data, tmp_path)
    back, _ = _roundtrip(tmp_path, schedule_xml(data), ".xml")
    assert back.event.venue_time_zone == data.event.venue_time_zone
    assert _programme(back) == _programme(data)
    spans = sorted(session_span(data, s) for s in data.sessions)
    assert spans == sorted(session_span(back, s) for s in back.sessions)
    if "38c3" in name:
        assert any(s.ends < s.starts for s in back.sessions)


def test_reference_ics_keeps_the_venue_zone_even_at_utc_offset_zero(tmp_path):
    """Africa/Bamako is UTC+0 all year; the times still name it, with its VTIMEZONE."""
    ref = _stored(reference_event(), tmp_path)
    payload = ics_export.calendar(ref)
    cal = icalendar.Calendar.from_ical(payload)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Africa/Bamako"]
    text = payload.decode()
    assert "DTSTART;TZID=Africa/Bamako:20211116T" in text
    assert not any(
        line.startswith(("DTSTART", "DTEND")) and line.endswith("Z") for line in text.splitlines()
    )
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == len(ref.sessions)
    from organiser.interchange.export_common import session_guid

    for s in ref.sessions:
        e = events[f"{session_guid(ref, s)}@organiser.app"]
        start, end = session_span(ref, s)
        assert e["DTSTART"].params["TZID"] == "Africa/Bamako"
        assert e["DTSTART"].dt == start and e["DTEND"].dt == end
        assert e["DTSTART"].dt.utcoffset() is not None


def test_sessions_without_a_room_come_back_without_one(tmp_path, xsd, json_validator):
    """Apps see them in a room named after the venue; our import leaves them roomless,
    even when a real room has the venue's name (the stand-in then gets its own name)."""
    from organiser import model

    data = reference_event()
    venue = data.event.venue_name
    data.rooms = [model.Room(venue, id=1)]
    in_room = data.sessions[0]
    in_room.room_id = 1
    data = _stored(data, tmp_path)
    payload = schedule_xml(data)
    assert xsd.validate(etree.fromstring(payload)), xsd.error_log
    root = etree.fromstring(payload)
    names = {r.get("name") for r in root.iter("room") if r.get("name")}
    assert names == {venue, f"{venue} (no room set)"}
    back, _ = _roundtrip(tmp_path, payload, ".xml")
    assert [r.name for r in back.rooms] == [venue]
    placed = [s.heading for s in back.sessions if s.room_id is not None]
    assert placed == [in_room.heading]
    doc = schedule_dict(data)
    assert not list(json_validator.iter_errors(doc))
    back_json, _ = _roundtrip(tmp_path, json.dumps(doc).encode(), ".json")
    assert [r.name for r in back_json.rooms] == [venue]
    assert [s.heading for s in back_json.sessions if s.room_id is not None] == [in_room.heading]
