"""A session's subtitle and type print where a reader looks for them, and paper that shows
them goes stale when they change: the full programme under the title, the grid box and
the door sign beside the time, a speaker's brief under the session heading."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from organiser.checks.stale import BRIEF, PROGRAMME, record_export, stale_outputs
from organiser.pdf import briefs, programme
from organiser.pdf.programme_common import ProgrammeOptions
from organiser.services.sample import reference_event

MORNING = datetime(2026, 11, 27, 9, 10)
LATER = datetime(2026, 11, 27, 11, 0)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


@pytest.fixture
def event():
    data = reference_event()
    keynote = next(s for s in data.sessions if s.kind == "keynote")
    keynote.subtitle = "Why stabilisation keeps failing the people it protects"
    keynote.type = "Fireside chat"
    workshop = next(s for s in data.sessions if s.kind == "workshop")
    workshop.type = "Workshop"  # repeats the kind, which the heading already says
    second = next(s for s in data.sessions if s.kind == "workshop" and s.number == 2)
    second.type = "World café"
    return data


def test_full_programme_prints_subtitle_and_type_under_the_title(event):
    text = _text(programme.render(event, ProgrammeOptions(invariant=True)).pdf)
    assert "Keynote Why stabilisation keeps failing the people it protects · Fireside chat" in text
    assert "Workshop 1: Protection of Civilians Problem statement" in text  # no "Workshop" line


@pytest.mark.parametrize("style", ["grid", "doors"])
def test_grid_and_door_signs_name_the_format(event, style):
    text = _text(programme.render(event, ProgrammeOptions(style=style, invariant=True)).pdf)
    assert "World café" in text  # a ten-minute keynote's box has room for its title only
    assert "Workshop Workshop" not in text


def test_a_brief_names_its_sessions_subtitle_and_type(event):
    keynote = next(s for s in event.sessions if s.kind == "keynote")
    speaker = event.person(keynote.roles[0].person_id)
    text = _text(briefs.render(event, briefs.BriefOptions(person_uid=speaker.uid)).pdf)
    assert "Keynote Why stabilisation keeps failing the people it protects · Fireside chat" in text


def test_programme_and_brief_go_stale_when_subtitle_or_type_change(sample_store):
    data = sample_store.load()
    keynote = next(s for s in data.sessions if s.kind == "keynote")
    speaker = data.person(keynote.roles[0].person_id)
    record_export(sample_store, PROGRAMME, data, printed_at=MORNING)
    record_export(sample_store, BRIEF, data, printed_at=MORNING, person_id=speaker.id)
    sample_store.update("sessions", keynote.id, {"type": "Keynote"})  # not printed: same kind
    assert stale_outputs(sample_store.load(), now=LATER) == []
    sample_store.update("sessions", keynote.id, {"subtitle": "the untold stories"})
    sample_store.update("sessions", keynote.id, {"type": "Fireside chat"})
    found = {s.kind: s for s in stale_outputs(sample_store.load(), now=LATER)}
    assert set(found) == {PROGRAMME, BRIEF}
    assert found[PROGRAMME].changes == ("Keynote (13:10–13:20) subtitle and type",)
