"""A conference day is the frab day: talks after midnight stay under the day they are listed in.

Checked on real schedules nobody tuned for this: every event of 39C3, 38C3 and 36C3 sits
under the ``<day>`` that lists it, at the instant its ``<date>`` gives, and every view,
check and export agrees on it.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from lxml import etree

from organiser.checks import run_checks
from organiser.interchange.frab_export import schedule_xml
from organiser.interchange.json_export import schedule_json
from organiser.interchange.schedule_json import load_schedule
from organiser.services import timezones
from tests.interchange.interchange_files import REAL

CONGRESSES = [
    "eventfahrplan-39c3-20251206.schedule.xml",
    "eventfahrplan-38c3-20251206.schedule.xml",
    "giggity-36c3_merged.schedule.xml",
]


def _listed(path) -> dict[str, tuple[date, datetime]]:
    """guid -> (the date of the <day> listing it, its <date> instant), read with lxml."""
    out = {}
    for day in etree.parse(str(path)).getroot().iterfind("day"):
        listed = date.fromisoformat(day.get("date"))
        for ev in day.iterfind("room/event"):
            out[ev.get("guid").lower()] = (listed, datetime.fromisoformat(ev.findtext("date")))
    return out


@pytest.fixture(scope="module")
def congress39():
    return load_schedule(REAL / "schedules" / CONGRESSES[0])


@pytest.mark.parametrize("name", CONGRESSES)
def test_every_event_is_under_the_day_that_lists_it_at_its_instant(name):
    path = REAL / "schedules" / name
    data, report = load_schedule(path)
    listed = _listed(path)
    zone = timezones._zone(data.event.venue_time_zone)
    late = 0
    for session in data.sessions:
        guid = data.settings["interchange"]["guids"].get(session.uid)
        if guid is None:  # a duplicated guid in the merged 36C3 file
            continue
        day, instant = listed[guid]
        assert data.day(session.day_id).date == day, (name, session.title)
        assert data.starts_at(session).replace(tzinfo=zone) == instant, (name, session.title)
        late += data.starts_at(session).date() > day
    assert late > 0 and data.event.day_change > time(0)
    assert "start after midnight under the day they are listed in; kept there" in report.summary()
    # the days are the file's days: no calendar date was added for the small hours
    assert len(data.days) == 4


def test_39c3_days_turn_over_at_six_and_sort_by_real_time(congress39):
    data, _ = congress39
    assert data.event.day_change == time(6)
    day1 = data.days[0]
    kitchen = next(s for s in data.sessions if s.title.startswith("Unnecessarily Complicated"))
    assert data.day(kitchen.day_id) is day1
    assert data.span(kitchen) == (datetime(2025, 12, 28, 0, 20), datetime(2025, 12, 28, 1, 20))
    order = data.sessions_on(day1.id)
    assert order[-1] is kitchen  # the 00:20 talk ends Saturday, not opens it
    assert [data.starts_at(s) for s in order] == sorted(data.starts_at(s) for s in order)
    assert data.day_span(day1) == (datetime(2025, 12, 27, 10, 30), datetime(2025, 12, 28, 1, 20))
    sunday = data.sessions_on(data.days[1].id)
    assert data.starts_at(sunday[0]) == datetime(2025, 12, 28, 10, 0)


def test_39c3_fields_say_what_they_are(congress39):
    data, _ = congress39
    assert data.event.languages == "de, en"  # once each, though sessions say "de, en"
    assert not any(s.problem_statement or s.guiding_questions for s in data.sessions)
    talk = next(s for s in data.sessions if s.title.startswith("All my Deutschlandtickets"))
    assert talk.summary.startswith("The Deutschlandticket was the flagship transport policy")
    # the file indents lines after the first by 20 spaces; Markdown would read code
    assert "\n\nGerman public transport is famously decentralised" in talk.summary
    assert not any(line.startswith(" ") for s in data.sessions for line in s.summary.split("\n"))
    assert sum(1 for s in data.sessions if s.description) > 150


def test_checks_agree_with_days_past_midnight(congress39):
    data, _ = congress39
    for day in data.days:  # hours as frab gives them: 10:00 to 06:00 the next morning
        day.opens, day.closes = time(10), time(6)
    codes = {f.code for f in run_checks(data)}
    assert "session_outside_day" not in codes  # 00:20 is inside a day that runs to 06:00
    messages = [f.message for f in run_checks(data) if f.code == "gap_between_sessions"]
    assert not any("23 hours" in m or "22 hours" in m for m in messages)


def test_exports_list_late_talks_under_their_day_and_import_back(congress39, tmp_path):
    data, _ = congress39
    root = etree.fromstring(schedule_xml(data))
    day1 = root.find("day[@index='1']")
    assert day1.get("end") == "2025-12-28T06:00:00+01:00"
    kitchen = next(
        ev for ev in day1.iterfind("room/event") if ev.findtext("title").startswith("Unnec")
    )
    assert kitchen.findtext("date") == "2025-12-28T00:20:00+01:00"
    path = tmp_path / "again.xml"
    path.write_bytes(schedule_xml(data))
    again, _ = load_schedule(path)
    assert again.event.day_change == time(6)
    assert [len(again.sessions_on(d.id)) for d in again.days] == [
        len(data.sessions_on(d.id)) for d in data.days
    ]
    path = tmp_path / "again.json"
    path.write_text(schedule_json(data), encoding="utf-8")
    again, _ = load_schedule(path)
    assert [len(again.sessions_on(d.id)) for d in again.days] == [59, 68, 64, 24]
    late = next(s for s in again.sessions if s.title.startswith("Unnecessarily Complicated"))
    assert again.day(late.day_id).date == date(2025, 12, 27)


def test_summary_and_problem_statement_survive_our_own_round_trip(tmp_path):
    """Our export's abstract is the summary (or the problem statement where there is none);
    the problem statement rides in our instruction, so neither takes the other's place."""
    from organiser.services.sample import reference_event

    data = reference_event()
    workshop = next(s for s in data.sessions if s.kind == "workshop")
    workshop.summary = "A *short* summary."
    for name, payload in (("x.xml", schedule_xml(data)), ("x.json", schedule_json(data))):
        path = tmp_path / name
        if isinstance(payload, bytes):
            path.write_bytes(payload)
        else:
            path.write_text(payload, encoding="utf-8")
        again, _ = load_schedule(path)
        by_title = {(s.kind, s.number): s for s in again.sessions}
        for s in data.sessions:
            other = by_title[(s.kind, s.number)]
            assert (other.summary, other.problem_statement) == (s.summary, s.problem_statement)


def test_sessions_table_lists_a_late_talk_under_its_conference_day(congress39, tmp_path):
    """The CSV agrees with the programme: ``date`` is the frab day; the real date and time
    are in their own columns, so nobody has to guess which night 00:20 is."""
    import csv

    from organiser.interchange.tables import write_sessions

    data, _ = congress39
    out = tmp_path / "sessions.csv"
    write_sessions(data, out)
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    kitchen = next(r for r in rows if r["title"].startswith("Unnecessarily Complicated"))
    assert (kitchen["date"], kitchen["starts"], kitchen["ends"]) == ("2025-12-27", "00:20", "01:20")
    assert (kitchen["starts at"], kitchen["ends at"]) == ("2025-12-28 00:20", "2025-12-28 01:20")
    assert kitchen["type"] == "Talk" and kitchen["kind"] == "Other"
    # every row's date is its conference day, and the rows run in the programme's order
    assert {r["date"] for r in rows} == {d.date.isoformat() for d in data.days}
    day1 = [r for r in rows if r["date"] == "2025-12-27"]
    assert day1[-1] is kitchen and day1 == sorted(day1, key=lambda r: r["starts at"])


def test_subtitle_and_type_are_fields_of_their_own(congress39):
    """frab's subtitle is the session's subtitle (not the summary's first paragraph) and its
    type the organisers' own word for the format, kept beside the kind it maps to."""
    data, _ = congress39
    types = {s.type for s in data.sessions}
    assert {"Talk", "Live-Podcast Bühne (45 Minuten)", "Workshop Bühne (45 Minuten)"} <= types
    stage = next(s for s in data.sessions if s.type == "Workshop Bühne (45 Minuten)")
    assert stage.kind == "workshop" and stage.type_note == "Workshop Bühne (45 Minuten)"
    talk = next(s for s in data.sessions if s.type == "Talk")
    assert talk.kind == "other" and talk.type_note == "Talk"
    camp, _ = load_schedule(REAL / "schedules" / "voc-example-frab-camp2019.json")
    untold = next(s for s in camp.sessions if s.subtitle == "the untold stories")
    assert not untold.summary.startswith("the untold stories")
    assert {s.type for s in camp.sessions} == {"lecture", "performance"}
    rc3, _ = load_schedule(REAL / "schedules" / "voc-example-pretalx-rc3.json")
    assert "Talk 30 min + 10min Q&A" in {s.type for s in rc3.sessions}


@pytest.mark.parametrize("suffix", ["xml", "json"])
def test_subtitle_type_and_kind_survive_our_own_round_trip(congress39, tmp_path, suffix):
    from organiser.services.sample import reference_event

    for data in (congress39[0], reference_event()):
        if not any(s.subtitle for s in data.sessions):  # the reference event: set some
            for s in data.sessions[:3]:
                s.subtitle, s.type = "the untold stories", "Plenary hall"
            data.sessions[3].type = data.sessions[3].kind  # a type that repeats the kind
        path = tmp_path / f"again.{suffix}"
        if suffix == "xml":
            path.write_bytes(schedule_xml(data))
        else:
            path.write_text(schedule_json(data), encoding="utf-8")
        again, _ = load_schedule(path)

        def fields(d):
            return sorted(
                (d.starts_at(s), s.title, s.kind, s.type, s.subtitle, s.summary) for s in d.sessions
            )

        assert fields(again) == fields(data)
