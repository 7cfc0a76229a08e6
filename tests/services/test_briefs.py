"""Brief and run-sheet content, before layout."""

from __future__ import annotations

from datetime import date, datetime, time

from organiser.services import briefs
from organiser.services.generate import generate
from organiser.services.sample import reference_event


def test_every_person_with_a_role_gets_one_brief():
    data = reference_event()
    people = briefs.people_with_roles(data)
    assert len(people) == 17 == len({p.id for p in people})


def test_first_respondent_of_workshop_2_sees_facilitator_and_other_respondents():
    data = reference_event()
    hach = next(p for p in data.people if p.family_name == "Hach")
    brief = briefs.brief_for(data, hach)
    assert brief.greeting == "Dear Mr. Hach,"
    (item,) = brief.sessions
    assert item.role_label == "First respondent" and "respond first" in item.role_asks
    assert [(o.role, o.name) for o in item.others] == [
        ("Facilitator", "Dr. Linda Darkwa"),
        ("First respondent", "Mr. Drissa Traoré"),
        ("First respondent", "Ms. Kessy Ekomo-Soignet"),
    ]
    assert (
        item.others[0].affiliations
        == "Senior Research Fellow, Legon Centre for International Affairs & Diplomacy"
    )
    assert (item.venue_time.text(), item.venue_time.label) == ("15:00–16:20", "GMT")
    assert (item.home_time.text(), item.home_time.label) == ("16:00–17:20", "CET")


def test_keynote_of_day_two_sees_venue_and_home_time():
    data = reference_event()
    olonisakin = next(p for p in data.people if p.family_name == "Olonisakin")
    (item,) = briefs.brief_for(data, olonisakin).sessions
    assert item.day == date(2021, 11, 17)
    assert item.venue_time.zone == "Africa/Bamako" and item.venue_time.text() == "13:00–13:15"
    assert item.home_time.zone == "Europe/London" and item.home_time.text() == "13:00–13:15"


def test_unconfirmed_role_is_flagged_and_asked_for():
    data = reference_event()
    wane = next(p for p in data.people if p.family_name == "Wane")
    brief = briefs.brief_for(data, wane)
    assert not brief.sessions[0].confirmed
    assert any("confirm" in line for line in brief.on_the_day)


def test_run_sheet_orders_arrivals_setups_sessions():
    data = generate(40, 6, seed=2)
    s = data.sessions[0]
    s.setup, s.projector, s.microphones = "U-shape", True, 4
    p = data.people[0]
    p.arrival_at, p.pickup_needed, p.pickup_by = datetime(2026, 3, 22, 18, 5), True, "Moussa"
    entries = briefs.run_sheet(data)
    kinds = [(e.day, e.at, e.kind) for e in entries]
    assert kinds == sorted(kinds, key=lambda k: (k[0], k[1]))
    setup = next(e for e in entries if e.kind == "setup" and s.heading in e.text)
    assert setup.at.time() == time(8, 0) and "U-shape, projector, 4 microphones" in setup.text
    assert any(e.kind == "pickup" and "by Moussa" in e.text for e in entries)
    assert sum(len(v) for v in briefs.rooming_list(data).values()) == sum(
        1 for p in data.people if p.hotel
    )


def test_running_order_includes_the_person_as_you():
    data = reference_event()
    hach = next(p for p in data.people if p.family_name == "Hach")
    (item,) = briefs.brief_for(data, hach).sessions
    assert [(c.order, c.role, c.you) for c in item.lineup] == [
        (1, "Facilitator", False),
        (2, "First respondent", False),
        (3, "First respondent", False),
        (4, "First respondent", True),
    ]


def test_own_logistics_lists_only_what_is_known():
    data = reference_event()
    p = next(p for p in data.people if p.family_name == "Hach")
    assert briefs.own_logistics(p) == []
    p.arrival_at, p.arrival_mode, p.arriving_from = datetime(2021, 11, 15, 18, 5), "flight", "Paris"
    p.pickup_needed = True
    p.check_in = date(2021, 11, 15)
    p.booking_reference, p.phone = "ABC123", "+49 30 1234"
    rows = dict(briefs.own_logistics(p))
    assert rows["Arrival"] == "Monday 15 November 2021, 18:05, flight, from Paris"
    assert rows["Pick-up"].startswith("You will be met on arrival; the organisers")
    assert rows["Stay"] == "Mon 15 Nov 2021 – ?"
    assert rows["Booking reference"] == "ABC123" and rows["We will reach you at"] == "+49 30 1234"
    assert "Departure" not in rows and "Hotel" not in rows


def test_ascii_names_for_files():
    assert briefs.ascii_name("Niagalé Bagayoko") == "Niagale-Bagayoko"
    assert briefs.ascii_name("Юлия Петрова") == "Yuliya-Petrova"
    assert briefs.ascii_name("Łukasz Żółć") == "Lukasz-Zolc"
    assert briefs.ascii_name("../etc/passwd") == "etc-passwd"
    assert briefs.ascii_name("李明") == ""
