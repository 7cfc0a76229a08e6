"""Speaker briefs, read back from the PDF: one per role holder, private to each."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from organiser.pdf import briefs
from organiser.pdf.base import Cancelled
from organiser.services.briefs import people_with_roles
from organiser.services.sample import reference_event


def pages_of(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def by_brief(pdf: bytes) -> dict[str, str]:
    """The text of each brief, keyed by the name under its heading (pages with 'Dear')."""
    out: dict[str, str] = {}
    name = None
    for text in pages_of(pdf):
        if "Dear " in text:
            lines = text.splitlines()
            assert lines[0] == "SPEAKER BRIEF · PERSONAL AND CONFIDENTIAL"
            name = lines[1]
            assert name not in out, f"two briefs for {name}"
            out[name] = ""
        assert name is not None, "a page before the first brief"
        out[name] += text + "\n"
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_person_with_a_role_has_exactly_one_brief():
    data = reference_event()
    result = briefs.render(data, briefs.BriefOptions(invariant=True))
    texts = by_brief(result.pdf)
    assert sorted(texts) == sorted(p.full_name for p in people_with_roles(data))
    assert len(texts) == 17 and result.warnings == []
    # each brief numbers its own pages in the footer
    hach = texts["Mr. Clemens Hach"]
    assert "Brief for Mr. Clemens Hach · page 1 of" in flat(hach)
    assert re.search(r"Dear Mr\. Hach,", hach)


def test_first_respondent_finds_facilitator_and_other_respondents_in_order():
    data = reference_event()
    text = flat(by_brief(briefs.render(data).pdf)["Mr. Clemens Hach"])
    assert "Workshop 2: Ensuring Local Ownership in Stabilisation Missions" in text
    assert "Your role: First respondent" in text
    assert "respond first, in about five minutes" in text  # what the role asks
    assert "The stabilisation aims of international actors" in text  # problem statement
    assert "What actually constitutes 'locally owned'?" in text  # a guiding question
    lineup = text[text.index("In this session, in running order") :]
    expected = [
        "1. Facilitator: Dr. Linda Darkwa, Senior Research Fellow, Legon Centre for "
        "International Affairs & Diplomacy",
        "2. First respondent: Mr. Drissa Traoré, National Coordinator, Malian Association "
        "for Human Rights (AMDH)",
        "3. First respondent: Ms. Kessy Ekomo-Soignet, Member, UN Advisory Board on Youth",
        "4. First respondent: you",
    ]
    positions = [lineup.index(line) for line in expected]
    assert positions == sorted(positions)
    assert "Tuesday 16 November 2021, 15:00–16:20 GMT (venue time, Bamako)" in text
    assert "16:00–17:20 CET in your home time zone (Berlin)" in text


def test_day_two_keynote_sees_venue_time_and_home_time():
    data = reference_event()
    olonisakin = next(p for p in data.people if p.family_name == "Olonisakin")
    assert olonisakin.home_time_zone == "Europe/London"
    text = flat(by_brief(briefs.render(data).pdf)["Prof. Funmi Olonisakin"])
    assert "Wednesday 17 November 2021, 13:00–13:15 GMT (venue time, Bamako)" in text
    assert "13:00–13:15 GMT in your home time zone (London)" in text


def test_home_time_on_another_day_names_that_day():
    data = reference_event()
    hach = next(p for p in data.people if p.family_name == "Hach")
    hach.home_time_zone = "Pacific/Auckland"  # 13 hours ahead of Bamako in November
    text = flat(by_brief(briefs.render(data).pdf)["Mr. Clemens Hach"])
    assert "Wednesday 17 November, 04:00–05:20 NZDT in your home time zone (Auckland)" in text


def test_to_be_confirmed_closing_speaker_is_marked():
    data = reference_event()
    texts = by_brief(briefs.render(data).pdf)
    wane = flat(texts["Mr. El Ghassim Wane"])
    assert "Your role: Speaker — to be confirmed" in wane
    assert "Please confirm your participation" in wane
    assert "to be confirmed" not in flat(texts["Mr. Clemens Hach"])


def test_one_person_by_uid_and_bad_uids():
    data = reference_event()
    hach = next(p for p in data.people if p.family_name == "Hach")
    result = briefs.render(data, briefs.BriefOptions(person_uid=hach.uid.lower()))
    assert list(by_brief(result.pdf)) == ["Mr. Clemens Hach"]
    with pytest.raises(ValueError, match="no person with the id"):
        briefs.render(data, briefs.BriefOptions(person_uid="NOPE"))
    data.sessions = [s for s in data.sessions if all(r.person_id != hach.id for r in s.roles)]
    with pytest.raises(ValueError, match="holds no role"):
        briefs.render(data, briefs.BriefOptions(person_uid=hach.uid))


def test_split_writes_one_file_per_person_with_safe_names(tmp_path):
    data = reference_event()
    folder = tmp_path / "briefs"
    result = briefs.render_split(data, folder, briefs.BriefOptions(invariant=True))
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 17 == len(result.files)
    assert {"Hach-Clemens.pdf", "Traore-Drissa.pdf", "Bagayoko-Niagale.pdf"} <= set(names)
    assert all(re.fullmatch(r"[A-Za-z0-9-]+\.pdf", n) for n in names)
    for f in result.files:
        texts = by_brief(f.read_bytes())
        assert len(texts) == 1
        (name,) = texts
        family = name.split()[-1]
        assert f.name.startswith(briefs.content.ascii_name(family))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefs"]  # no staging left


def test_split_names_are_unique_and_foldered_names_folded():
    from organiser.model import Person
    from organiser.services.briefs import file_names

    people = [
        Person("Юлия", "Петрова", id=1),
        Person("Ana", "Núñez", id=2),
        Person("ana", "NUÑEZ", id=3),
        Person("", "", printed_name="李明", id=4, uid="ABC123"),
        Person("A/B", "..\\Con", id=5),
        Person("", "Con", id=6),
    ]
    names = file_names(people)
    assert names[1] == "Petrova-Yuliya.pdf"
    assert names[2] == "Nunez-Ana.pdf" and names[3] == "NUNEZ-ana-2.pdf"
    assert names[4] == "person-ABC123.pdf"
    assert names[5] == "Con-A-B.pdf" and names[6] == "Con-brief.pdf"


def test_cancelled_split_leaves_no_partial_files(tmp_path):
    data = reference_event()
    folder = tmp_path / "briefs"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 20  # part-way through the people

    with pytest.raises(Cancelled):
        briefs.render_split(data, folder, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    # an existing folder keeps what it held, and gets nothing new
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    calls.clear()
    with pytest.raises(Cancelled):
        briefs.render_split(data, folder, cancelled=cancelled)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefs"]


def test_brief_holds_own_private_details_and_nobody_elses(travel_event, private_markers):
    data = travel_event
    fields, marker = private_markers
    data.event.online_passcode = "PASSCODE-4711"
    texts = by_brief(briefs.render(data).pdf)
    people = {p.full_name: p for p in people_with_roles(data)}
    assert set(texts) == set(people)
    everyone = list(data.people)
    for name, text in texts.items():
        owner = people[name]
        squeezed = "".join(text.split()).casefold()
        assert "passcode-4711" in squeezed  # a brief is private to its speaker
        for field in fields:
            assert marker(field, owner.id).casefold() in squeezed, (name, field)
        for other in everyone:
            if other.id == owner.id:
                continue
            for field in fields:
                assert marker(field, other.id).casefold() not in squeezed, (name, other.name)
    hach = flat(texts["Mr. Clemens Hach"])
    assert "Arrival Monday 15 November 2021, 15:45, flight AF509, from Paris CDG" in hach
    assert "Hotel Radisson Blu, ACI 2000" in hach
    assert "Aïssata Koné, Logistics lead, +223 70 11 22 33" in hach  # on-site contact
    assert "Salle Djoliba — First floor, take the lift, second door" in hach


def test_split_in_worker_processes_matches_one_process(tmp_path):
    data = reference_event()
    one = briefs.render_split(data, tmp_path / "one", workers=1)
    two = briefs.render_split(data, tmp_path / "two", workers=2)
    assert [f.name for f in one.files] == [f.name for f in two.files]
    assert one.pages == two.pages == 30
    for a, b in zip(one.files, two.files):
        assert list(by_brief(a.read_bytes())) == list(by_brief(b.read_bytes()))


def test_cancelled_parallel_split_leaves_nothing(tmp_path):
    data = reference_event()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        briefs.render_split(data, tmp_path / "briefs", cancelled=cancelled, workers=2)
    assert list(tmp_path.iterdir()) == []


def test_declined_person_with_a_role_is_warned_about():
    data = reference_event()
    next(p for p in data.people if p.family_name == "Hach").status = "declined"
    result = briefs.render(data)
    assert result.warnings == [
        "Mr. Clemens Hach has declined but still holds a role in "
        "Workshop 2: Ensuring Local Ownership in Stabilisation Missions"
    ]


def test_replayed_paragraphs_draw_exactly_what_a_fresh_drawing_would(tmp_path):
    """A brief late in a split folder reuses drawings kept from earlier files; its pages
    must be byte for byte those of the same brief drawn alone, by a writer with no past."""
    from organiser.services.briefs import file_names

    data = reference_event()
    options = briefs.BriefOptions(invariant=True)
    briefs.render_split(data, tmp_path / "all", options, workers=1)
    people = briefs.people_for(data)
    names = file_names(people)
    for person in people[-3:]:
        alone = briefs.render(data, briefs.BriefOptions(invariant=True, person_uid=person.uid))
        split = PdfReader(tmp_path / "all" / names[person.id])
        fresh = PdfReader(io.BytesIO(alone.pdf))
        assert len(split.pages) == len(fresh.pages)
        for a, b in zip(split.pages, fresh.pages, strict=True):
            assert a.get_contents().get_data() == b.get_contents().get_data()


def test_split_files_embed_the_same_font_subsets(tmp_path):
    """Every letter of the event is coded up front, so each font's subset (made and
    compressed once) is the same in every file, and each file can still show every name."""
    import hashlib

    data = reference_event()
    result = briefs.render_split(data, tmp_path / "all", workers=1)
    embedded: dict[str, set[str]] = {}
    for path in result.files:
        for page in PdfReader(path).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                if "/FontDescriptor" not in font:
                    continue  # a standard font reportlab names but does not embed
                blob = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
                digest = hashlib.sha1(blob).hexdigest()
                embedded.setdefault(str(font["/BaseFont"]).split("+")[1], set()).add(digest)
    assert embedded and all(len(d) == 1 for d in embedded.values()), embedded
    texts = {p.full_name for p in people_with_roles(data)}
    assert any(not name.isascii() for name in texts)  # Niagalé, Bréma, Traoré …
    shown = "".join(
        "".join(PdfReader(path).pages[0].extract_text().split()) for path in result.files
    )
    for name in texts:
        assert "".join(name.split()) in shown, name
