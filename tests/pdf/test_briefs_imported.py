"""Briefs for an imported congress read as written for it: languages by name, the room,
the venue's own town, and a talk after midnight on the day it belongs to."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from organiser.interchange.schedule_json import load_schedule
from organiser.pdf import briefs
from organiser.services import briefs as content
from organiser.services.sample import reference_event
from tests.interchange.interchange_files import REAL


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture(scope="module")
def congress():
    data, _ = load_schedule(REAL / "schedules" / "eventfahrplan-39c3-20251206.schedule.xml")
    data.event.venue_address = "Congress Center Hamburg, Marseiller Str. 2, 20355 Hamburg"
    return data


def _brief_of(data, title_start: str) -> tuple[str, object]:
    session = next(s for s in data.sessions if s.title.startswith(title_start))
    person = data.person(session.roles[0].person_id)
    result = briefs.render(data, briefs.BriefOptions(person_uid=person.uid, invariant=True))
    return _text(result.pdf), person


def test_a_late_talk_is_on_its_day_with_the_room_and_the_venue_town(congress):
    text, _ = _brief_of(congress, "Unnecessarily Complicated Kitchen")
    assert (
        "When Day 1 — Saturday 27 December 2025, 00:20–01:20 (+1 day) CET "
        "(venue time, Hamburg)" in text
    )
    assert "Berlin" not in text
    assert "Please be in room One by 23:50 on Saturday 27 December." in text
    assert "Languages German, English" in text and "de, en" not in text
    # the call and the run sheet's meet line agree
    meet = next(e for e in content.run_sheet(congress) if e.kind == "meet" and "Kitchen" in e.text)
    assert f"{meet.at:%H:%M}" == "23:50" and meet.day.isoformat() == "2025-12-27"


def test_the_summary_prints_as_text_under_its_label(congress):
    text, _ = _brief_of(congress, "All my Deutschlandtickets")
    assert "Summary The Deutschlandticket was the flagship transport policy" in text
    assert "Problem statement" not in text


def test_reference_briefs_keep_their_wording():
    data = reference_event()
    weber = next(p for p in data.people if p.family_name == "Weber")
    text = _text(briefs.render(data, briefs.BriefOptions(person_uid=weber.uid)).pdf)
    assert "13:00–13:10 GMT (venue time, Bamako)" in text
    assert "Please be at Azalai Bamako Hotel (Salam) by 12:30 on Tuesday 16 November." in text
