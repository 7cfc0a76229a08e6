"""Stale paper: export, edit, see the output listed with what changed, re-export, clear."""

from __future__ import annotations

from datetime import datetime, time

from organiser.checks.stale import (
    BADGE,
    BRIEF,
    PROGRAMME,
    Redo,
    item_fingerprints,
    record_export,
    stale_outputs,
    to_redo,
)
from organiser.model import Session
from organiser.store.exports import print_records
from organiser.store.rows import row_of

MORNING = datetime(2026, 11, 27, 9, 10)
LATER = datetime(2026, 11, 27, 11, 0)


def workshop(data, number):
    return next(s for s in data.sessions if s.number == number)


def bagayoko(data):
    return next(p for p in data.people if p.family_name == "Bagayoko")


def test_nothing_printed_nothing_stale(sample_store):
    assert stale_outputs(sample_store.load()) == []


def test_programme_stale_after_a_time_change_and_clear_after_reexport(sample_store):
    data = sample_store.load()
    record = record_export(sample_store, PROGRAMME, data, printed_at=MORNING)
    assert record.id is not None
    assert [r.id for r in print_records(sample_store, PROGRAMME)] == [record.id]
    assert stale_outputs(sample_store.load(), now=LATER) == []

    sample_store.update("sessions", workshop(data, 3).id, {"starts": "13:30"})
    [stale] = stale_outputs(sample_store.load(), now=LATER)
    assert stale.kind == PROGRAMME
    assert stale.changes == ("Workshop 3 time",)
    assert stale.message == "Programme, printed 09:10, changed: Workshop 3 time"
    assert to_redo([stale]) == [Redo(PROGRAMME, None, {})]

    record_export(sample_store, PROGRAMME, sample_store.load(), printed_at=LATER)
    assert stale_outputs(sample_store.load(), now=LATER) == []


def test_programme_stale_after_a_summary_or_the_day_change(sample_store):
    """Summaries print in the programme; where the days turn over moves late talks."""
    data = sample_store.load()
    record_export(sample_store, PROGRAMME, data, printed_at=MORNING)
    sample_store.update("sessions", workshop(data, 1).id, {"summary": "What we will ask."})
    [stale] = stale_outputs(sample_store.load(), now=LATER)
    assert stale.changes == ("Workshop 1 summary",)
    record_export(sample_store, PROGRAMME, sample_store.load(), printed_at=LATER)
    sample_store.update("sessions", workshop(data, 1).id, {"description": "Only when asked."})
    assert stale_outputs(sample_store.load(), now=LATER) == []  # descriptions were not printed
    sample_store.update("event", 1, {"day_change": "04:00"})
    [stale] = stale_outputs(sample_store.load(), now=LATER)
    assert stale.kind == PROGRAMME and stale.changes


def test_programme_names_each_changed_item(sample_store):
    data = sample_store.load()
    record_export(sample_store, PROGRAMME, data, printed_at=MORNING)
    w4 = workshop(data, 4)
    sample_store.update("sessions", w4.id, {"title": "Exit Strategies and After"})
    sample_store.update("event", 1, {"venue_name": "Radisson Blu Bamako"})
    sample_store.delete("sessions", workshop(data, 1).id)
    [stale] = stale_outputs(sample_store.load(), now=datetime(2026, 11, 28, 8, 0))
    assert stale.changes == ("venue", "Workshop 4 title", "a session removed")
    assert stale.message.startswith("Programme, printed 27 November, 09:10, changed: venue")


def test_badge_stale_after_an_organisation_change(sample_store):
    data = sample_store.load()
    record_export(sample_store, BADGE, data, printed_at=MORNING)
    assert stale_outputs(sample_store.load()) == []

    who = bagayoko(data)
    sample_store.replace_children(
        "affiliations",
        "person_id",
        who.id,
        [{"position": "Chair", "organisation": "African Security Sector Network (ASSN)"}],
    )
    [stale] = stale_outputs(sample_store.load(), now=LATER)
    assert (stale.kind, stale.person_id, stale.changes) == (BADGE, who.id, ("organisation",))
    assert stale.message == "Badge of N. Bagayoko: organisation changed"
    [redo] = to_redo([stale])
    assert (redo.kind, redo.person_ids) == (BADGE, (who.id,))

    # Re-export just her badge: the single-badge record is newer and clears the list.
    record_export(
        sample_store,
        BADGE,
        sample_store.load(),
        options={"person_ids": [who.id]},
        person_id=who.id,
        printed_at=LATER,
    )
    assert stale_outputs(sample_store.load(), now=LATER) == []


def test_name_change_makes_badge_and_brief_stale(sample_store):
    data = sample_store.load()
    record_export(sample_store, BADGE, data, printed_at=MORNING)
    record_export(sample_store, BRIEF, data, printed_at=MORNING)
    who = bagayoko(data)
    sample_store.update("people", who.id, {"printed_name": "Niagale Bagayoko"})
    messages = [s.message for s in stale_outputs(sample_store.load(), now=LATER)]
    assert messages == [
        "Badge of Niagale Bagayoko: name changed",
        "Speaker brief of Niagale Bagayoko: name or affiliation and sessions changed",
    ]


def test_brief_stale_when_travel_changes(sample_store):
    data = sample_store.load()
    record_export(sample_store, BRIEF, data, printed_at=MORNING)
    who = bagayoko(data)
    sample_store.update("people", who.id, {"hotel": "Radisson Blu Bamako"})
    [stale] = stale_outputs(sample_store.load(), now=LATER)
    assert stale.message == "Speaker brief of N. Bagayoko: travel and hotel changed"
    # the badge does not show the hotel
    record_export(sample_store, BADGE, sample_store.load(), printed_at=LATER)
    assert [s.kind for s in stale_outputs(sample_store.load(), now=LATER)] == [BRIEF]


def test_fingerprints_cover_only_what_the_document_shows(sample_store):
    data = sample_store.load()
    before = item_fingerprints(BADGE, data)
    data.people[0].email = "new@example.org"
    data.people[0].notes = "prefers window seat"
    assert item_fingerprints(BADGE, data) == before
    programme = item_fingerprints(PROGRAMME, data)
    data.sessions[0].notes = "staff only"
    assert item_fingerprints(PROGRAMME, data) == programme
    data.event.online_passcode = "secret"
    assert item_fingerprints(PROGRAMME, data) == programme
    assert item_fingerprints(PROGRAMME, data, {"passcode": True}) != programme


def test_run_sheet_is_logged_but_never_listed_as_stale(sample_store):
    assert item_fingerprints("runsheet", sample_store.load()) == {}
    record_export(sample_store, "runsheet", sample_store.load(), printed_at=MORNING)
    sample_store.update("sessions", 1, {"title": "Renamed"})
    assert [s.kind for s in stale_outputs(sample_store.load(), now=MORNING)] == []


def test_programme_names_added_sessions_and_day_hours(sample_store):
    record_export(sample_store, PROGRAMME, sample_store.load(), printed_at=MORNING)
    row = row_of(
        Session(day_id=2, starts=time(17), ends=time(18), kind="panel", number=5, title="Next"),
        "sessions",
    )
    row.pop("id")
    sample_store.insert("sessions", row)
    sample_store.update("days", 1, {"opens": "09:00"})
    [stale] = stale_outputs(sample_store.load(), now=LATER)
    assert stale.changes == ("Tuesday 16 November opening hours", "Panel 5 added")
