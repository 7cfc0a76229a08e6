"""Every rule: a minimal event that triggers it and a minimal one that does not."""

from __future__ import annotations

from datetime import date, datetime

from organiser.checks import RULES, counts, has_errors, run_checks
from organiser.checks.badges import names_fit_badge
from organiser.checks.base import CheckOptions, Context
from organiser.model import Affiliation
from tests.checks.checks_support import codes, event, findings, person, session, t


def clean_pair():
    """Two back-to-back workshops with a facilitator each: nothing to report."""
    return event(
        session(1, "09:00", "10:00", roles=((1, "facilitator"), (2, "first_respondent"))),
        session(2, "10:00", "11:00", roles=((3, "facilitator"), (1, "first_respondent"))),
    )


def test_clean_event_has_no_findings():
    assert run_checks(clean_pair()) == []


# ------------------------------------------------------------------ schedule
def test_person_in_two_sessions_at_once():
    data = event(
        session(1, "15:00", "16:20", number=2, title="Ownership", room=1),
        session(
            2,
            "16:00",
            "17:00",
            kind="panel",
            number=3,
            title="Exit",
            room=2,
            roles=((1, "moderator"),),
        ),
        rooms=2,
    )
    [f] = findings(data, "person_double_booked")
    assert f.severity == "error"
    assert f.message == (
        "Dr. Linda Darkwa is in two sessions at once: Workshop 2 (15:00–16:20) and "
        "Panel 3 (16:00–17:00) on Tuesday 16 November."
    )
    assert (f.kind, f.item_id) == ("person", 1)
    assert set(f.related) == {("session", 1), ("session", 2)}
    assert has_errors(run_checks(data))


def test_back_to_back_sessions_are_no_double_booking():
    assert "person_double_booked" not in codes(clean_pair())


def test_same_person_same_time_on_different_days_is_fine():
    data = event(
        session(1, "09:00", "10:00"),
        session(2, "09:00", "10:00", day=2),
        days=2,
    )
    assert "person_double_booked" not in codes(data)


def test_two_sessions_in_one_room():
    data = event(
        session(1, "09:00", "10:30", room=1),
        session(2, "10:00", "11:00", room=1, roles=((2, "facilitator"),)),
        rooms=2,
    )
    [f] = findings(data, "room_double_booked")
    assert f.severity == "error"
    assert f.message.startswith("Room A holds two sessions at once: Workshop 1 (09:00–10:30)")
    assert ("room", 1) in f.related
    # a single-room programme reports it once, as a room clash, not also as an overlap
    assert "sessions_overlap" not in codes(data)


def test_parallel_sessions_in_different_rooms_are_fine():
    data = event(
        session(1, "09:00", "10:30", room=1),
        session(2, "10:00", "11:00", room=2, roles=((2, "facilitator"),)),
        rooms=2,
    )
    assert not {"room_double_booked", "sessions_overlap"} & set(codes(data))


def test_session_ending_before_it_starts():
    data = event(session(1, "10:00", "09:00"))
    [f] = findings(data, "session_ends_before_start")
    assert f.severity == "error"
    assert "ends before it starts" in f.message
    assert "session_ends_before_start" not in codes(clean_pair())


def test_session_of_zero_length():
    data = event(session(1, "10:00", "10:00"))
    assert codes(data) == ["session_zero_length"]
    assert "session_zero_length" not in codes(clean_pair())


def test_session_outside_its_days_hours():
    data = clean_pair()
    data.days[0].opens, data.days[0].closes = t("09:30"), t("10:30")
    found = findings(data, "session_outside_day")
    assert [f.message for f in found] == [
        "Workshop 1 (09:00–10:00) starts before Tuesday 16 November opens at 09:30.",
        "Workshop 2 (10:00–11:00) ends after Tuesday 16 November closes at 10:30.",
    ]
    data.days[0].opens, data.days[0].closes = t("09:00"), t("11:00")
    assert "session_outside_day" not in codes(data)


def test_single_track_overlap():
    data = event(
        session(1, "09:00", "10:30"),
        session(2, "10:00", "11:00", roles=((2, "facilitator"),)),
    )
    [f] = findings(data, "sessions_overlap")
    assert f.severity == "warning"
    assert "single room" in f.message
    assert "sessions_overlap" not in codes(clean_pair())


def test_gap_between_sessions_is_a_note():
    data = event(
        session(1, "09:00", "10:00"),
        session(2, "10:30", "11:00", roles=((2, "facilitator"),)),
    )
    [f] = findings(data, "gap_between_sessions")
    assert f.severity == "info"
    assert f.message == (
        "Nothing is planned for 30 minutes on Tuesday 16 November between "
        "Workshop 1 (09:00–10:00) and Workshop 2 (10:30–11:00)."
    )
    assert "gap_between_sessions" not in codes(clean_pair())
    assert not findings(data, "gap_between_sessions", min_gap_minutes=45)


def test_gap_counts_from_the_latest_end_in_parallel_tracks():
    data = event(
        session(1, "09:00", "12:00", room=1),
        session(2, "09:00", "10:00", room=2, roles=((2, "facilitator"),)),
        session(3, "11:00", "12:00", room=2, roles=((3, "facilitator"),)),
        rooms=2,
    )
    assert "gap_between_sessions" not in codes(data)


def test_session_on_a_day_not_in_the_event():
    data = event(session(1, "09:00", "10:00", day=9))
    [f] = findings(data, "session_day_unknown")
    assert f.severity == "error"
    assert "session_day_unknown" not in codes(clean_pair())


def test_day_without_sessions_is_a_note():
    data = clean_pair()
    data.days.append(event(days=2).days[1])
    [f] = findings(data, "day_without_sessions")
    assert (f.severity, f.kind, f.item_id) == ("info", "day", 2)
    assert f.message == "Wednesday 17 November has no sessions yet."


# ------------------------------------------------------------------ roles
def test_workshop_without_facilitator():
    data = event(session(1, "09:00", "10:00", roles=((2, "first_respondent"),)))
    [f] = findings(data, "session_without_lead")
    assert (
        f.message == "Workshop 1 (09:00–10:00) on Tuesday 16 November has no facilitator or chair."
    )
    assert "session_without_lead" not in codes(clean_pair())


def test_panel_with_a_chair_has_its_lead():
    panel = session(1, "09:00", "10:00", kind="panel", roles=((1, "chair"), (2, "panellist")))
    assert "session_without_lead" not in codes(event(panel))
    panel.roles = panel.roles[1:]
    assert "session_without_lead" in codes(event(panel))


def test_session_without_anyone_where_its_kind_needs_someone():
    data = event(session(1, "09:00", "09:15", kind="keynote", title="", roles=()))
    [f] = findings(data, "session_without_people")
    assert (
        f.message == "Keynote (09:00–09:15) on Tuesday 16 November has nobody assigned to it yet."
    )
    # a break needs nobody
    assert codes(event(session(1, "09:00", "09:15", kind="break", title="", roles=()))) == []


def test_person_twice_in_one_session():
    data = event(session(1, "09:00", "10:00", roles=((1, "facilitator"), (1, "first_respondent"))))
    [f] = findings(data, "person_twice_in_session")
    assert f.message == (
        "Dr. Linda Darkwa is listed more than once in Workshop 1 (09:00–10:00) on Tuesday "
        "16 November: as facilitator and first respondent."
    )
    assert "person_twice_in_session" not in codes(clean_pair())


def test_empty_title_where_the_kind_needs_one():
    data = event(session(1, "09:00", "10:00", title=""))
    assert codes(data) == ["session_without_title"]
    keynote = session(
        1, "09:00", "10:00", kind="keynote", title="", roles=((1, "keynote_speaker"),)
    )
    assert codes(event(keynote)) == []


def test_role_still_to_be_confirmed():
    data = event(session(1, "09:00", "10:00", roles=((1, "facilitator"), (2, "speaker", False))))
    [f] = findings(data, "role_unconfirmed")
    assert f.severity == "warning"
    assert f.message == (
        "Mr. Drissa Traoré is still to be confirmed as speaker in Workshop 1 (09:00–10:00) "
        "on Tuesday 16 November."
    )
    assert ("person", 2) in f.related
    assert "role_unconfirmed" not in codes(clean_pair())


def test_role_held_by_someone_who_has_not_accepted_yet():
    data = clean_pair()
    data.people[2].status = "invited"
    [f] = findings(data, "role_unconfirmed")
    assert f.message == (
        "Ms. Kessy Ekomo-Soignet has not yet accepted the invitation but is listed as "
        "facilitator in Workshop 2 (10:00–11:00) on Tuesday 16 November."
    )
    data.people[2].status = "confirmed"
    assert codes(data) == []


def test_finding_key_survives_a_rerun():
    data = event(session(1, "09:00", "10:00", title=""))
    assert [f.key for f in run_checks(data)] == [f.key for f in run_checks(data)]


def test_role_held_by_someone_who_declined():
    data = clean_pair()
    data.people[1].status = "declined"
    [f] = findings(data, "role_person_unavailable")
    assert f.severity == "error"
    assert f.message.startswith("Mr. Drissa Traoré has declined but is still listed as first")


# ------------------------------------------------------------------ content
W2_Q3 = (
    "How can stabilisation actors ensure activities are locally informed, guided, valued and "
    "owned? What are some successful examples of where this happened and what can we learn "
    "from them?"
)
W2_Q5 = (
    "How can stabilisation actors and operations think longer-term? How can stabilisation "
    "actors ensure activities are locally informed, guided, valued and owned? What are some "
    "successful examples of where this happened and what can we learn?"
)


def test_guiding_question_repeated_inside_a_longer_one():
    s = session(
        1, "09:00", "10:00", guiding_questions=["Why does it matter so much?", W2_Q3, W2_Q5]
    )
    [f] = findings(event(s), "guiding_question_repeated")
    assert f.severity == "warning"
    assert "guiding question 3 repeats question 2" in f.message
    assert "one more sentence" in f.message


def test_guiding_question_repeated_with_other_case_and_punctuation():
    s = session(
        1,
        "09:00",
        "10:00",
        guiding_questions=[
            "What actually constitutes 'locally owned'?",
            "what  actually constitutes “locally owned”",
        ],
    )
    assert codes(event(s)) == ["guiding_question_repeated"]


def test_distinct_questions_and_short_generic_ones_are_no_repeat():
    s = session(
        1,
        "09:00",
        "10:00",
        guiding_questions=[
            "Why do stabilisation missions struggle to leave? Why?",
            "What are the peace conditions necessary for actors to leave? Why?",
            "How can exit strategies be built in from the outset of a mission?",
        ],
    )
    assert codes(event(s)) == []


# ------------------------------------------------------------------ people
def test_arrival_after_the_first_session():
    data = clean_pair()
    data.people[0].arrival_at = datetime(2021, 11, 16, 9, 30)
    [f] = findings(data, "arrives_after_first_session")
    assert f.message == (
        "Dr. Linda Darkwa arrives on Tuesday 16 November at 09:30, after the start of their "
        "first session, Workshop 1 (09:00–10:00) on Tuesday 16 November."
    )
    data.people[0].arrival_at = datetime(2021, 11, 15, 22, 0)
    assert codes(data) == []


def test_departure_before_the_last_session():
    data = clean_pair()
    data.people[0].departure_at = datetime(2021, 11, 16, 10, 30)
    [f] = findings(data, "leaves_before_last_session")
    assert "Workshop 2 (10:00–11:00)" in f.message
    data.people[0].departure_at = datetime(2021, 11, 16, 11, 0)
    assert codes(data) == []


def test_departure_before_arrival():
    data = clean_pair()
    data.people[3].arrival_at = datetime(2021, 11, 16, 9, 0)
    data.people[3].departure_at = datetime(2021, 11, 15, 9, 0)
    assert codes(data) == ["travel_dates_reversed"]


def test_hotel_stay_not_covering_the_days():
    data = event(
        session(1, "09:00", "10:00"),
        session(2, "09:00", "10:00", day=2),
        days=2,
    )
    data.people[0].check_in = date(2021, 11, 15)
    data.people[0].check_out = date(2021, 11, 16)
    [f] = findings(data, "hotel_stay_short")
    assert f.message.startswith("Dr. Linda Darkwa's hotel stay ends on Tuesday 16 November")
    data.people[0].check_out = date(2021, 11, 17)
    assert codes(data) == []
    data.people[0].check_in = date(2021, 11, 17)
    assert codes(data) == ["hotel_stay_short"]
    data.people[0].check_out = date(2021, 11, 14)
    assert codes(data) == ["hotel_dates_reversed"]


# ------------------------------------------------------------------ logistics
def test_hybrid_session_without_any_online_link():
    data = clean_pair()
    data.event.format = "hybrid"
    found = findings(data, "online_link_missing")
    assert [f.item_id for f in found] == [1, 2]
    assert found[0].message == (
        "The event is hybrid, but Workshop 1 (09:00–10:00) on Tuesday 16 November has no "
        "online link and the event has none either."
    )
    data.sessions[0].online_url = "https://example.org/w1"
    assert [f.item_id for f in findings(data, "online_link_missing")] == [2]
    data.event.online_url = "https://example.org/all"
    assert codes(data) == []
    data.event.online_url = ""
    data.event.format = "in_person"
    assert codes(data) == []


# ------------------------------------------------------------------ badges
def test_name_with_a_character_the_font_lacks():
    data = clean_pair()
    data.people[2].given_name = "Kessy Ꮳ"
    [f] = findings(data, "name_glyph_missing")
    assert f.severity == "error"
    assert "“Ꮳ” (U+13E3)" in f.message
    assert (f.kind, f.item_id) == ("person", 3)


def test_names_in_many_scripts_are_printable():
    data = clean_pair()
    names = [
        ("Łukasz", "Brzęczyszczykiewicz"),
        ("Ζωή", "Παπαδοπούλου"),
        ("Юлия", "Смирнова"),
        ("Nguyễn Thị", "Trần"),
        ("Þórdís", "Guðmundsdóttir"),
    ]
    for i, (given, family) in enumerate(names):
        data.people.append(person(10 + i, given, family, affiliations=[Affiliation("Ωμέγα", "Ø")]))
    assert codes(data) == []


def test_affiliation_with_a_character_the_font_lacks():
    data = clean_pair()
    data.people[0].affiliations = [Affiliation("Director", "ᏣᎳᎩ")]
    [f] = findings(data, "affiliation_glyph_missing")
    assert f.severity == "warning"
    assert "“Ꮳ” (U+13E3)" in f.message


def test_name_too_long_for_the_badge_asks_the_badge_module():
    """The badge renderer decides, for the event's layout (or the default one)."""
    data = clean_pair()
    data.people[0].family_name = "Wolfeschlegelsteinhausenbergerdorff" * 6
    found = list(names_fit_badge(Context(data, CheckOptions())))
    assert [(f.code, f.item_id) for f in found] == [("name_too_long_for_badge", 1)]
    assert "Avery L7418" in found[0].message
    data.settings["badge_layout"] = "Badge A6"
    assert "Badge A6" in next(names_fit_badge(Context(data, CheckOptions()))).message
    data.people[0].family_name = "Bagayoko"
    assert list(names_fit_badge(Context(data, CheckOptions()))) == []


# ------------------------------------------------------------------ time zones
def test_display_zone_changing_its_offset_during_the_event():
    data = clean_pair()
    data.days[0].date = date(2026, 3, 28)
    data.days.append(event(days=2).days[1])
    data.days[1].date = date(2026, 3, 30)
    data.sessions[1].day_id = 2
    data.event.display_time_zones = ["Europe/Berlin", "America/New_York"]
    [f] = findings(data, "clock_change")
    assert f.severity == "info"
    assert f.message == (
        "Clocks in Berlin go forward one hour on Sunday 29 March (from UTC+1 to UTC+2): "
        "times shown for Berlin change from that day on."
    )
    data.days[1].date = date(2026, 3, 28)
    assert "clock_change" not in codes(data)


def test_unknown_time_zone_names():
    data = clean_pair()
    data.event.venue_time_zone = "Africa/Bamakko"
    data.event.display_time_zones = ["CET/Berlin"]
    data.people[0].home_time_zone = "Mars/Olympus"
    got = [(f.code, f.severity) for f in run_checks(data)]
    assert got == [
        ("time_zone_unknown", "error"),
        ("time_zone_unknown", "error"),
        ("person_time_zone_unknown", "warning"),
    ]
    assert "“Africa/Bamakko”" in run_checks(data)[0].message


# ------------------------------------------------------------------ the whole run
def test_findings_sorted_by_severity_then_programme_order():
    data = event(
        session(1, "09:00", "10:00", title=""),  # warning, first in programme
        session(2, "11:00", "12:00", roles=((2, "facilitator"),)),  # after a gap (note)
        session(3, "12:00", "11:30", roles=((3, "facilitator"),)),  # error, last
    )
    found = run_checks(data)
    assert [f.code for f in found] == [
        "session_ends_before_start",
        "session_without_title",
        "gap_between_sessions",
    ]
    assert counts(found) == {"error": 1, "warning": 1, "info": 1}


def test_disabled_codes_are_left_out():
    data = event(session(1, "09:00", "10:00", title=""))
    assert run_checks(data, CheckOptions(disabled=frozenset({"session_without_title"}))) == []


def test_every_rule_is_registered_once():
    assert len(RULES) == len(set(RULES)) >= 18


def test_finding_as_json():
    [f] = findings(event(session(1, "09:00", "10:00", title="")))
    assert f.to_dict() == {
        "severity": "warning",
        "code": "session_without_title",
        "message": "Workshop 1 (09:00–10:00) on Tuesday 16 November has no title.",
        "item": {"kind": "session", "id": 1},
        "related": [],
    }


# ------------------------------------------------------------------ overnight and day labels
def test_night_session_runs_past_midnight_without_error():
    """Real schedules store 23:00–01:00 with the end before the start; it is no mistake."""
    data = event(session(1, "23:00", "01:00"))
    assert codes(data) == []
    data = event(session(1, "22:00", "10:00"))  # twelve hours: still a night session
    assert "session_ends_before_start" not in codes(data)


def test_session_ending_long_before_it_starts_is_still_an_error():
    data = event(session(1, "13:20", "10:00"))
    [f] = findings(data, "session_ends_before_start")
    assert f.severity == "error"
    assert f.message == (
        "Workshop 1 (13:20–10:00) on Tuesday 16 November ends before it starts (read as "
        "running past midnight it would last 20 hours 40 minutes)."
    )


def test_night_session_past_the_days_closing_time():
    data = event(session(1, "23:00", "01:00"))
    data.days[0].closes = t("23:30")
    [f] = findings(data, "session_outside_day")
    assert f.message == (
        "Workshop 1 (23:00–01:00) runs past midnight, after Tuesday 16 November closes at 23:30."
    )
    data.days[0].opens, data.days[0].closes = t("18:00"), t("02:00")  # a night-long day
    assert "session_outside_day" not in codes(data)


def test_night_session_clashes_with_the_next_mornings_and_follows_the_days():
    late = session(1, "23:00", "01:00", room=1)
    early = session(2, "00:30", "01:30", day=2, room=1, roles=((2, "facilitator"),))
    data = event(late, early, rooms=1, days=2)
    assert codes(data) == ["room_double_booked"]
    early.starts, early.ends = t("01:00"), t("02:00")
    assert run_checks(data) == []
    # on one day, a session after the night one's start overlaps it; one before does not
    data = event(
        session(1, "23:00", "01:00"),
        session(2, "23:30", "23:45", roles=((2, "facilitator"),)),
    )
    assert codes(data) == ["sessions_overlap"]
    data = event(
        session(1, "22:00", "23:00", roles=((2, "facilitator"),)),
        session(2, "23:00", "01:00"),
    )
    assert codes(data) == []


def test_person_in_a_night_session_and_the_next_early_one():
    data = event(
        session(1, "23:00", "01:00"),
        session(2, "00:30", "01:30", day=2),
        days=2,
    )
    assert "person_double_booked" in codes(data)


def test_day_label_numbering_the_wrong_day():
    data = clean_pair()
    data.days.append(event(days=2).days[1])
    data.sessions.append(session(3, "09:00", "10:00", day=2, roles=((3, "facilitator"),)))
    assert "day_label_wrong_number" not in codes(data)  # "Day One", "Day Two" in date order
    data.days[0].date = date(2021, 11, 18)  # day one moved after day two
    found = findings(data, "day_label_wrong_number")
    assert [(f.severity, f.kind, f.item_id) for f in found] == [
        ("warning", "day", 2),
        ("warning", "day", 1),
    ]
    assert found[0].message == (
        "Wednesday 17 November is labelled “Day Two” but it is day 1 of 2 by date. Printed "
        "headings say “Day 1”; change or clear the label."
    )
    for label, wrong in (("Jour 2", True), ("2nd day", True), ("Day 1", False), ("Opening", False)):
        data.days[1].label = label  # Wednesday 17 November, day 1
        flagged = {f.item_id for f in findings(data, "day_label_wrong_number")}
        assert (2 in flagged) == wrong, label
