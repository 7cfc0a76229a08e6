"""The sample event holds the reference document completely: checked against its text."""

from __future__ import annotations

import re

import pytest

from organiser.services.sample import reference_event
from organiser.services.timezones import span_in
from tests.conftest import SHARED

REFERENCE = SHARED / "reference" / "rethinking-stability-bamako-2021.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data():
    return reference_event()


def _words(s: str) -> set[str]:
    return set(re.findall(r"[\w'’&-]+", s.replace("*", "").lower())) - {"and", "tbd"}


def test_event_header(data, text):
    ev = data.event
    assert ev.title in text and ev.subtitle == "Hybrid Dialogue from Bamako"
    assert ev.format == "hybrid" and ev.venue_time_zone == "Africa/Bamako"
    assert ev.display_time_zones == ["Europe/Berlin", "America/New_York"]
    assert ev.online_url in text and ev.online_platform == "Zoom"
    assert "Azalai Bamako Hotel (Salam)" in ev.venue_name
    assert [d.date.isoformat() for d in data.days] == ["2021-11-16", "2021-11-17"]
    assert {p.name for p in data.partners} == {
        "Interpeace",
        "Atlantic Council",
        "German Federal Foreign Office",
        "Bundesakademie für Sicherheitspolitik (BAKS)",
    }


def test_invitation_text_complete(data, text):
    invitation = text.split("Thank you, as always, for your interest and support.")[0]
    body = invitation.split("November 16th & 17th, 2021")[1]
    assert " ".join(
        body.split()
    ) + " Thank you, as always, for your interest and support." == " ".join(
        data.event.description.split()
    )


def test_all_ten_agenda_items_with_their_times(data, text):
    assert len(data.sessions) == 10
    agenda = text.split("Agenda", 1)[1]
    cet = re.findall(r"(\d\d:\d\d) ?- ?(\d\d:\d\d) CET", agenda)
    assert len(cet) == 10
    days = {d.id: d.date for d in data.days}
    for (start, end), s in zip(cet, data.sessions, strict=True):
        berlin = span_in(days[s.day_id], s.starts, s.ends, "Africa/Bamako", "Europe/Berlin")
        assert berlin.text() == f"{start}–{end}"


def test_titles_problem_statements_and_questions(data, text):
    for s in data.sessions:
        if s.title:
            assert f"{s.heading.split(':')[0]}: {s.title}" in text
    problems = [
        ln.split("Problem Statement: ", 1)[1]
        for ln in text.splitlines()
        if ln.startswith("Problem Statement: ")
    ]
    assert problems == [s.problem_statement for s in data.sessions if s.problem_statement]
    questions = [ln[2:].strip().strip("*") for ln in text.splitlines() if ln.startswith("- *")]
    ours = [q for s in data.sessions for q in s.guiding_questions]
    assert ours == questions and len(ours) == 18


def test_every_person_with_honorific_affiliations_and_role(data, text):
    lines = [ln for ln in text.splitlines() if re.match(r"^(Mr|Ms|Dr|Prof)\. ", ln)]
    assert len(lines) == 17 == len(data.people)
    by_name = {p.name: p for p in data.people}
    for line in lines:
        hon, rest = line.split(" ", 1)
        name = next(n for n in by_name if rest.startswith(n + ","))
        person = by_name[name]
        assert person.honorific == hon
        ours = " ".join(f"{a.position} {a.organisation}" for a in person.affiliations)
        assert _words(rest[len(name) :]) == _words(ours), name
        roles = [r for s in data.sessions for r in s.roles if r.person_id == person.id]
        assert roles, name
        assert all(r.confirmed != ("(TBD)" in line) for r in roles)
    koenders = by_name["Bert Koenders"]
    assert len(koenders.affiliations) == 5


def test_roles_in_each_workshop(data):
    def people(number, role):
        s = next(s for s in data.sessions if s.kind == "workshop" and s.number == number)
        return [data.person(r.person_id).family_name for r in s.roles if r.role == role]

    assert people(1, "facilitator") == ["Meeker"]
    assert people(2, "first_respondent") == ["Traoré", "Ekomo-Soignet", "Hach"]
    assert people(4, "first_respondent") == ["Dicko", "Koenders"]
    closing = data.sessions[-1]
    assert closing.kind == "closing" and not closing.roles[0].confirmed


def test_days_have_no_typed_ordinal_and_the_bundle_is_as_dumps_writes_it(data):
    """The reference document printed 'Day 2 – November 16': the sample types no day number,
    the headings compute it from the dates (and the file stays exactly as the app writes it)."""
    from organiser.services import bundle
    from organiser.services.sample import SAMPLE_BUNDLE

    assert [d.label for d in data.days] == ["", ""]
    assert SAMPLE_BUNDLE.read_text(encoding="utf-8") == bundle.dumps(data)
