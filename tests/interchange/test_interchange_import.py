"""Every real schedule imports, holding what the file holds, at the right local times."""

from __future__ import annotations

import time as clock
from datetime import datetime, time, timedelta

import pytest

from organiser.interchange.ics_import import load_ics
from organiser.interchange.schedule_json import load_schedule
from organiser.services import timezones
from organiser.store import EventStore
from tests.interchange.interchange_files import ICS_FILES, SCHEDULES, expected


def _instant(data, session) -> datetime:
    return data.starts_at(session).replace(tzinfo=timezones._zone(data.event.venue_time_zone))


@pytest.mark.parametrize("path", SCHEDULES, ids=lambda p: p.name)
def test_real_schedule_counts_match_the_file(path):
    data, report = load_schedule(path)
    want = expected(path, data.event.venue_time_zone)
    assert len(data.sessions) == want["sessions"]
    assert len(data.people) == want["people"]
    assert len(data.rooms) == want["rooms"]
    assert len(data.days) == want["days"]
    assert report.counts["sessions"] == want["sessions"]
    # every session whose file entry carries a dated start keeps that instant
    guids = data.settings["interchange"]["guids"]
    by_uid = {s.uid: s for s in data.sessions}
    checked = 0
    for uid, guid in guids.items():
        when = want["starts"].get(guid) or want["starts"].get(guid.upper())
        if when is None or when.tzinfo is None:
            continue
        assert _instant(data, by_uid[uid]) == when, (path.name, guid)
        checked += 1
    if any(w is not None and w.tzinfo for w in want["starts"].values()):
        assert checked > len(data.sessions) * 0.9


def test_debconf_utc_dates_become_kolkata_local_times(real):
    path = real / "schedules" / "giggity-debconf23.schedule.xml"
    data, report = load_schedule(path)
    assert data.event.venue_time_zone == "Asia/Kolkata"
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    sample = root.findall("day/room/event")[::10]
    by_guid = {g: u for u, g in data.settings["interchange"]["guids"].items()}
    sessions = {s.uid: s for s in data.sessions}
    for ev in sample:
        s = sessions[by_guid[ev.get("guid")]]
        utc = datetime.fromisoformat(ev.findtext("date"))
        assert utc.utcoffset() == timedelta(0)
        # the session is on the Kolkata calendar date, at the <start> written in the file
        assert s.starts.strftime("%H:%M") == ev.findtext("start")
        assert data.day(s.day_id).date == utc.astimezone(timezones._zone("Asia/Kolkata")).date()
    opening = next(s for s in data.sessions if s.title == "Opening Ceremony")
    assert (str(data.day(opening.day_id).date), opening.starts) == ("2023-09-10", time(10, 30))
    assert any("UTC start" in line for line in report.lines)


def test_36c3_merged_reports_shared_ids_and_guesses_the_zone(real):
    data, report = load_schedule(real / "schedules" / "giggity-36c3_merged.schedule.xml")
    text = report.summary()
    assert data.event.venue_time_zone == "Europe/Berlin"
    assert "13 event ids are used by more than one event" in text
    assert "155 person ids name more than one person; treated as different people" in text
    assert "guessed Europe/Berlin" in text
    # sessions running past midnight keep ends < starts on their start day
    late = [s for s in data.sessions if s.ends < s.starts]
    assert late and "run past midnight" in text


def test_fosdem_pentabarf_without_zone_keeps_wall_clock(real):
    data, report = load_schedule(real / "schedules" / "giggity-fosdem_2021.schedule.xml")
    assert data.event.venue_time_zone == "UTC"
    welcome = next(s for s in data.sessions if s.title == "Welcome to FOSDEM 2021")
    assert welcome.starts == time(9, 0) and welcome.ends == time(9, 25)
    assert welcome.summary == "FOSDEM welcome and opening talk."  # HTML reduced
    assert welcome.problem_statement == ""  # an abstract is no problem statement
    assert "no <version>" in report.summary()
    data2, _ = load_schedule(
        real / "schedules" / "giggity-fosdem_2021.schedule.xml", zone="Europe/Brussels"
    )
    assert data2.event.venue_time_zone == "Europe/Brussels"
    assert next(s for s in data2.sessions if s.title == welcome.title).starts == time(9, 0)


def test_democon_zone_contradiction_is_resolved_and_reported(real):
    data, report = load_schedule(real / "schedules" / "voc-example-pretalx-democon.json")
    first = data.sessions[0]
    assert first.starts == time(9, 0)  # as written, 09:00+01:00
    assert data.event.venue_time_zone != "UTC"
    assert "contradicts" in report.summary()


def test_hub_schedule2_roles_and_tracks(real):
    data, report = load_schedule(real / "schedules" / "voc-example-hub-schedule2.json")
    opening = data.sessions[0]
    assert opening.track == "CCC"
    assert [data.person(r.person_id).name for r in opening.roles][:2] == [
        "Gabriela Bogk",
        "Aline Blankertz",
    ]
    assert "CONTRIBUTOR" in report.summary()
    assert any(p.bio for p in data.people)


@pytest.mark.parametrize("path", ICS_FILES, ids=lambda p: p.name)
def test_real_ics_imports(path, tmp_path):
    import icalendar

    data, report = load_ics(path)
    cal = icalendar.Calendar.from_ical(
        path.read_bytes().decode("utf-8", errors="replace").replace("\r\n ", "")
    )
    n = sum(1 for c in cal.walk("VEVENT") if hasattr(c.get("DTSTART"), "dt"))
    assert len(data.sessions) == n
    assert report.counts["sessions"] == n
    assert all("<" not in s.problem_statement for s in data.sessions)  # HTML reduced
    out = tmp_path / "e.organiser"
    EventStore.create(out, data, lock=False).close()
    with EventStore.open(out, lock=False) as store:
        assert len(store.load().sessions) == n


def test_ics_local_times_and_speakers(real):
    data, report = load_ics(real / "ics" / "giggity-linux_conf_au_2020.ics")
    assert data.event.venue_time_zone == "Australia/Brisbane"
    assert "without a VTIMEZONE" in report.summary()
    data, report = load_ics(real / "ics" / "giggity-kielux_2020.ics", zone="Europe/Berlin")
    s = next(s for s in data.sessions if s.title.startswith("OpenCelium"))
    assert s.starts == time(13, 0)  # 11:00Z in September is 13:00 in Kiel
    assert [data.person(r.person_id).name for r in s.roles] == ["Jakob Semere"]


def test_largest_import_and_store_are_quick(real, tmp_path):
    path = real / "schedules" / "giggity-36c3_merged.schedule.xml"
    t = clock.perf_counter()
    data, _ = load_schedule(path)
    EventStore.create(tmp_path / "big.organiser", data, lock=False).close()
    assert clock.perf_counter() - t < 5
