"""The printed programme, checked by what a reader would find on the page (pypdf text)."""

from __future__ import annotations

import io
import itertools
import re
from datetime import date, time

import pytest
from pypdf import PdfReader

from organiser import i18n, model
from organiser.pdf.base import Cancelled
from organiser.pdf.programme import ProgrammeOptions, render
from organiser.services.generate import generate
from organiser.services.sample import reference_event


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _render(data: model.EventData, **kw: object):
    kw.setdefault("invariant", True)
    return render(data, ProgrammeOptions(**kw))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def reference() -> tuple[model.EventData, str]:
    data = reference_event()
    result = _render(data)
    assert result.warnings == []
    return data, _flat("\n".join(_pages(result.pdf)))


def test_reference_content_in_order(reference):
    _data, text = reference
    headings = [
        "Opening remarks",
        "Keynote",
        "Workshop 1: Protection of Civilians",
        "Break",
        "Workshop 2: Ensuring Local Ownership in Stabilisation Missions",
        "Keynote",
        "Workshop 3: Justice as an Underused Approach to Stabilisation",
        "Break",
        "Workshop 4: Exit Strategies",
        "Closing remarks",
    ]
    pos = text.index("Day 1 — Tuesday 16 November 2021")
    for heading in headings:
        pos = text.index(heading, pos + 1)
    assert (
        text.index("Day 1 — Tuesday 16 November 2021")
        < text.index("Day 2 — Wednesday 17 November 2021")
        < text.index("Workshop 3")
    )
    assert text.index("Day 2 — Wednesday 17 November 2021") > text.index("Workshop 2")


def test_reference_every_person_question_and_statement(reference):
    data, text = reference
    assert len(data.people) == 17
    for person in data.people:
        assert f"{person.honorific} {person.given_name} {person.family_name}" in text
        for a in person.affiliations:
            assert f"{a.position}, {a.organisation}" in text, a
    assert "Mr. Clemens Hach, Head, Stabilisation Division, German Federal Foreign Office" in text
    assert (
        "Ms. Kessy Ekomo-Soignet, Member, UN Advisory Board on Youth, Peace and Security; "
        "CAR Local Peacebuilding Expert, Peace Insight" in text
    )
    for session in data.sessions:
        for q in session.guiding_questions:
            assert _flat(q) in text
        if session.problem_statement:
            assert _flat(session.problem_statement) in text
    assert "Facilitator" in text and "First respondents" in text
    assert "Guiding questions" in text and "Problem statement" in text
    # the closing speaker is not confirmed yet
    assert "(MINUSMA) (to be confirmed)" in text
    # the invitation, with its emphasis, and the online link without a passcode
    assert "Thank you, as always, for your interest and support." in text
    assert "931 2141 9710" in text
    assert "Organised by".upper() in text and "Interpeace · Atlantic Council" in text


def test_reference_every_time_label(reference):
    data, text = reference
    assert "EDT" not in text  # New York was on standard time in mid-November 2021
    assert len(data.sessions) == 10
    for s in data.sessions:
        for zone_shift, label in ((0, "GMT"), (1, "CET"), (-5, "EST")):
            h1, m1, h2, m2 = s.starts.hour, s.starts.minute, s.ends.hour, s.ends.minute
            expect = f"{h1 + zone_shift:02d}:{m1:02d}–{h2 + zone_shift:02d}:{m2:02d} {label}"
            assert expect in text, expect
    assert (
        "13:00–16:20 GMT (Bamako) · 14:00–17:20 CET (Berlin) · 08:00–11:20 EST (New York)" in text
    )
    assert (
        "13:00–16:30 GMT (Bamako) · 14:00–17:30 CET (Berlin) · 08:00–11:30 EST (New York)" in text
    )


def test_zone_order_is_the_users():
    data = reference_event()
    text = _flat("\n".join(_pages(_render(data, zones=["America/New_York", "Africa/Bamako"]).pdf)))
    assert "08:00–08:10 EST 13:00–13:10 GMT" in text
    assert "CET" not in text


def test_daylight_saving_change_day_by_day():
    data = generate(40, 16, seed=3, start=date(2026, 3, 27))
    assert [d.date for d in data.days] == [date(2026, 3, d) for d in (27, 28, 29, 30)]
    pages = _flat("\n".join(_pages(_render(data, invitation=False).pdf)))
    starts = [pages.index(i18n.long_date(d.date, "en")) for d in data.days] + [len(pages)]
    sections = [pages[a:b] for a, b in itertools.pairwise(starts)]
    # Bamako 09:00 GMT: Berlin 10:00 CET until Saturday, 11:00 CEST from Sunday 29 March;
    # New York has been on EDT since 8 March
    expected = [
        ("10:00–11:30 CET", "CEST"),
        ("10:00–11:30 CET", "CEST"),
        ("11:00–12:30 CEST", " CET"),
        ("11:00–12:30 CEST", " CET"),
    ]
    for section, (present, absent) in zip(sections, expected):
        assert present in section
        assert not re.search(rf"\b{absent.strip()}\b", section)
        assert "05:00–06:30 EDT" in section
        assert not re.search(r"\bEST\b", section)


def _one_session_event(starts: time, ends: time, zones: list[str]) -> model.EventData:
    data = reference_event()
    data.event.display_time_zones = zones
    data.days = data.days[:1]
    data.sessions = [
        model.Session(day_id=1, starts=starts, ends=ends, kind="panel", title="Late panel", id=1)
    ]
    return data


def test_session_crossing_midnight_says_next_day():
    data = _one_session_event(time(14, 30), time(15, 30), ["Asia/Tokyo"])
    text = _flat("\n".join(_pages(_render(data, invitation=False).pdf)))
    assert "23:30–00:30 (+1 day) JST" in text
    data = _one_session_event(time(16, 0), time(17, 0), ["Asia/Tokyo", "America/Los_Angeles"])
    text = _flat("\n".join(_pages(_render(data, invitation=False).pdf)))
    assert "01:00–02:00 (+1 day) JST" in text
    assert "08:00–09:00 PST" in text
    data = _one_session_event(time(6, 0), time(7, 0), ["America/Los_Angeles"])
    text = _flat("\n".join(_pages(_render(data, invitation=False).pdf)))
    assert "22:00–23:00 (–1 day) PST" in text
    fr = _flat("\n".join(_pages(_render(data, invitation=False, lang="fr").pdf)))
    assert "22 h 00–23 h 00 (–1 jour) PST" in fr


NAMES = ["Niagalé", "Bréma", "Dżon", "Łukasz", "Ζωή", "Юлия"]


def _names_event(extra: str = "") -> model.EventData:
    data = reference_event()
    session = data.sessions[2]
    base = len(data.people)
    for i, given in enumerate(NAMES, start=1):
        data.people.append(
            model.Person(
                given_name=given + (extra if given == "Юлия" else ""),
                family_name="Ковальська" if given == "Юлия" else "Testowa",
                honorific="Dr.",
                affiliations=[model.Affiliation("Ερευνήτρια", "Université de Bamako")],
                email=f"secret{i}@example.org",
                phone="+223 70 00 00 0{i}",
                dietary_needs="no peanuts",
                id=base + i,
            )
        )
        session.roles.append(model.Role(base + i, "first_respondent", 10 + i))
    return data


def test_every_glyph_of_international_names_is_embedded():
    result = _render(_names_event())
    assert result.warnings == []
    reader = PdfReader(io.BytesIO(result.pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    for name in NAMES:
        assert name in text
    assert "Юлия Ковальська" in text and "Ερευνήτρια" in text
    # every font on every page is embedded (a subset of the bundled Noto Sans)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "NotoSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    # private data stays private
    assert "example.org" not in text and "+223" not in text and "peanuts" not in text


def test_missing_glyph_warns_with_the_persons_name_and_prints_no_box():
    result = _render(_names_event(extra="😀"))
    assert result.warnings == ["Юлия😀 Ковальська: character '😀' not in font"]
    assert len(result.warnings) == 1
    text = "\n".join(_pages(result.pdf))
    assert "😀" not in text
    assert "Dr. Юлия Ковальська" in text


def test_french_has_no_english_fixed_words():
    data = reference_event()
    result = _render(data, lang="fr", invitation=False)
    text = _flat("\n".join(_pages(result.pdf)))
    own = _flat(
        " ".join(
            [data.event.title, data.event.subtitle, data.event.venue_name]
            + [
                s.title + " " + s.problem_statement + " " + " ".join(s.guiding_questions)
                for s in data.sessions
            ]
            + [
                p.name + " " + " ".join(a.position + " " + a.organisation for a in p.affiliations)
                for p in data.people
            ]
            + [p.name for p in data.partners]
            + [d.label for d in data.days]
        )
    )
    for word in i18n.ENGLISH_ONLY:
        pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
        hits = len(re.findall(pattern, text, flags=re.IGNORECASE))
        assert hits <= len(re.findall(pattern, own, flags=re.IGNORECASE)), word
    for word in ("Tuesday", "Wednesday", "November", "page 1 of"):
        assert word not in text
    assert (
        "Jour 1 — mardi 16 novembre 2021" in text and "Jour 2 — mercredi 17 novembre 2021" in text
    )
    assert "Mardi" not in text and "Mercredi" not in text  # French writes weekdays in lower case
    assert "Atelier 1 : Protection of Civilians" in text  # French space before the colon
    assert "ID de réunion : 931 2141 9710" in text
    assert "Animateur" in text and "Premiers intervenants" in text
    assert "(à confirmer)" in text and "page 1 sur" in text


def test_passcode_only_when_chosen():
    data = reference_event()
    data.event.online_passcode = "Kp7-secret"
    assert "Kp7-secret" not in "".join(_pages(_render(data).pdf))
    with_code = "".join(_pages(_render(data, passcode=True).pdf))
    assert "Passcode: Kp7-secret" in with_code


def test_invitation_can_be_left_out():
    data = reference_event()
    text = "".join(_pages(_render(data, invitation=False).pdf))
    assert "Thank you, as always" not in text
    assert "Workshop 1: Protection of Civilians" in text


@pytest.mark.parametrize("paper, size", [("a4", (595.28, 841.89)), ("letter", (612.0, 792.0))])
@pytest.mark.parametrize("style", ["full", "glance", "doors"])
def test_paper_sizes(paper, size, style):
    data = generate(60, 20, seed=2) if style == "doors" else reference_event()
    reader = PdfReader(io.BytesIO(_render(data, paper=paper, style=style).pdf))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == size


def test_page_of_n_footer(reference):
    result = _render(reference_event())
    pages = _pages(result.pdf)
    assert result.pages == len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert f"page {n} of {len(pages)}" in text


def _lines_with_y(page) -> list[tuple[float, float, str]]:
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def test_no_session_heading_stranded_at_a_page_foot():
    # many sessions of varied length push headings to every possible height on the page
    data = generate(300, 60, seed=5)
    for i, s in enumerate(data.sessions):
        s.problem_statement = ("A long problem statement sentence. " * (i % 9 + 1)).strip()
        s.guiding_questions = [f"Question {k} of session {i}?" for k in range(i % 5)]
    headings = {i18n.session_heading(s.kind, s.number, s.title, "en") for s in data.sessions}
    reader = PdfReader(io.BytesIO(_render(data, invitation=False).pdf))
    bottom = 20 * 72 / 25.4  # the bottom margin
    checked = 0
    for page in reader.pages:
        lines = [(x, y, t) for x, y, t in _lines_with_y(page) if y > bottom]  # not the footer
        for x, y, t in lines:
            if t in headings:
                checked += 1
                # lines of the session's own text column (not its times) under the heading
                below = [1 for x2, y2, _ in lines if y2 < y - 2 and x2 >= x - 1]
                assert len(below) >= 2, f"heading {t!r} alone at the foot of a page"
                assert y > bottom + 24
    assert checked > 50


def test_long_sessions_flow_across_pages():
    data = reference_event()
    data.sessions[2].problem_statement = " ".join(f"Sentence {i}." for i in range(900))
    result = _render(data)
    assert result.pages > 5
    text = _flat("\n".join(_pages(result.pdf)))
    found = [int(n) for n in re.findall(r"Sentence (\d+)\.", text)]
    assert found == list(range(900))
    # a page that starts mid-session says which session it is
    pages = _pages(result.pdf)
    head = "Tuesday 16 November 2021 · Workshop 1: Protection of Civilians (continued)"
    assert _flat(pages[2]).startswith(head)
    assert not _flat(pages[1]).startswith(head)  # the page where the session starts


def test_glance_is_one_page_for_the_reference_event():
    result = _render(reference_event(), style="glance")
    assert result.pages == 1
    text = _flat(_pages(result.pdf)[0])
    assert "Workshop 4: Exit Strategies" in text and "At a glance" in text
    assert "13:20–14:45" in text and "08:20–09:45" in text
    assert "Problem statement" not in text and "Meeker" not in text


def _body_sizes(pdf: bytes) -> list[float]:
    """The type size of every piece of text on the first page (font size times the text
    matrix scale, as pypdf reports them), leaving out the footer."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and tm[5] * cm[3] + cm[5] > 60:  # above the footer
            sizes.append(round(size * tm[3], 2))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return sizes


def test_glance_type_grows_to_fill_its_page():
    """The reference event's glance used 8 pt on a page 60% empty: now larger, one page."""
    result = _render(reference_event(), style="glance")
    assert result.pages == 1
    sizes = _body_sizes(result.pdf)
    row = sizes.count(max(set(sizes), key=sizes.count))  # the most common size: table text
    assert row > 20
    assert max(set(sizes), key=sizes.count) > 8
    for lang in ("en", "fr"):
        for paper in ("a4", "letter"):
            other = _render(reference_event(), style="glance", lang=lang, paper=paper)
            assert other.pages == 1
            assert max(set(_body_sizes(other.pdf)), key=_body_sizes(other.pdf).count) > 8


def test_glance_one_page_per_day_for_a_big_event():
    data = generate(400, 120, seed=4)
    result = _render(data, style="glance")
    assert result.pages == len(data.days)


def test_door_signs_one_page_per_room_and_day():
    data = generate(100, 30, seed=6)
    pairs = {(s.day_id, s.room_id) for s in data.sessions if s.room_id is not None}
    result = _render(data, style="doors")
    pages = _pages(result.pdf)
    assert result.pages == len(pairs)
    room = data.rooms[0]
    first_day = min(data.days, key=lambda d: d.date)
    mine = [s for s in data.sessions_on(first_day.id) if s.room_id == room.id]
    page = _flat(pages[0])
    assert page.startswith(room.name)
    for s in mine:
        assert i18n.session_heading(s.kind, s.number, s.title, "en") in page
    others = [r.name for r in data.rooms if r.id != room.id]
    assert not any(f"{name} " in page[: len(room.name) + 1] for name in others)


def test_progress_and_cancel():
    seen: list[tuple[int, int]] = []
    _render_data = generate(200, 60, seed=7)
    render(
        _render_data, ProgrammeOptions(invariant=True), progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1] == (1, 1)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 30

    with pytest.raises(Cancelled):
        render(_render_data, ProgrammeOptions(), cancelled=cancelled)


def test_invariant_output_is_reproducible():
    data = reference_event()
    assert _render(data).pdf == _render(data).pdf


def test_bad_options_are_refused_before_work():
    data = reference_event()
    for kw, word in (
        ({"zones": ["Mars/Olympus"]}, "Mars/Olympus"),
        ({"paper": "a3"}, "a3"),
        ({"lang": "de"}, "de"),
        ({"style": "poster"}, "poster"),
    ):
        with pytest.raises(ValueError, match=word):
            _render(data, **kw)


def test_door_signs_skip_sessions_without_a_room():
    data = generate(100, 30, seed=6)
    lost = data.sessions[0]
    lost.room_id = None
    lost.title = "Roomless gathering"
    text = "".join(_pages(_render(data, style="doors").pdf))
    assert "Roomless gathering" not in text


def test_door_signs_without_rooms_name_the_venue():
    """A single-room dialogue still needs a sign on its door: one per day, the venue's."""
    result = _render(reference_event(), style="doors")
    pages = [_flat(p) for p in _pages(result.pdf)]
    assert len(pages) == 2  # two days, one door
    assert pages[0].startswith("Azalai Bamako Hotel (Salam) Day 1 — Tuesday 16 November 2021")
    assert "Workshop 1: Protection of Civilians" in pages[0] and "Closing remarks" in pages[1]
    data = reference_event()
    data.rooms = [model.Room("Salle Niger", id=1)]  # a room, but no session in it
    assert _render(data, style="doors").pages == 2
    data.sessions[0].room_id = 1  # now sessions have rooms: only that room has a sign
    assert _render(data, style="doors").pages == 1
