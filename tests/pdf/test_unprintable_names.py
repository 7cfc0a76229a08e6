"""A speaker whose name no bundled font can print still has their line, and one warning.

Arabic, Chinese and the other bundled scripts print (tests/pdf/test_scripts.py); Tifinagh
and Cherokee stand here for a script no bundled face has."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from organiser import model
from organiser.pdf import briefs, runsheet, signin
from organiser.pdf.programme import ProgrammeOptions, render
from organiser.services.sample import reference_event

ARABIC = ("ⵎⵓⵃ", "ⴰⵎⴷ ⵍⵍⵀ")  # Tifinagh
CJK = ("ᏣᎳ", "Ꭹ")  # Cherokee


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _event() -> model.EventData:
    """The reference event with two more speakers in Workshop 1: Arabic and Chinese names."""
    data = reference_event()
    session = next(s for s in data.sessions if s.kind == "workshop" and s.number == 1)
    for pid, (given, family), org in (
        (901, ARABIC, "Université de Tombouctou"),
        (902, CJK, "Peking University"),
    ):
        data.people.append(
            model.Person(
                given_name=given,
                family_name=family,
                honorific="Dr.",
                affiliations=[model.Affiliation("Researcher", org)],
                id=pid,
            )
        )
        session.roles.append(model.Role(pid, "first_respondent", 20 + pid))
    return data


def test_programme_prints_a_placeholder_with_affiliations_and_warns_once_per_person():
    data = _event()
    result = render(data, ProgrammeOptions(invariant=True))
    text = _text(result.pdf)
    assert "Dr. [name not printable in this font], Researcher, Université de Tombouctou" in text
    assert "Dr. [name not printable in this font], Researcher, Peking University" in text
    # one warning per person, naming them and listing every character the font lacks
    assert len(result.warnings) == 2
    arabic, cjk = result.warnings
    assert arabic.startswith("ⵎⵓⵃ ⴰⵎⴷ ⵍⵍⵀ: characters ")
    for ch in set("ⵎⵓⵃⴰⵎⴷⵍⵍⵀ"):
        assert repr(ch) in arabic
    assert cjk == "ᏣᎳ Ꭹ: characters 'Ꮳ', 'Ꮃ', 'Ꭹ' not in font"
    french = _text(render(data, ProgrammeOptions(lang="fr", invariant=True)).pdf)
    assert "Dr. [nom non imprimable dans cette police], Researcher, Peking University" in french


def test_briefs_sign_in_and_run_sheets_keep_the_person():
    """Each document that lists people prints the placeholder where the name would be."""
    data = _event()
    text = _text(briefs.render(data, briefs.BriefOptions(invariant=True)).pdf)
    assert text.count("Dr. [name not printable in this font]") >= 4  # own briefs and line-ups
    assert "Dear colleague," in text and "Dear Dr. ," not in text
    sheets = _text(signin.render(data, signin.SigninOptions(invariant=True)).pdf)
    assert sheets.count("[name not printable in this font]") == 2 * len(data.days)
    for person in data.people[-2:]:  # travelling, so on the run sheet too
        person.arrival_at = datetime(2021, 11, 15, 15, 0)
        person.hotel = "Azalai Hôtel Salam"
    sheet = _text(runsheet.render(data, runsheet.RunSheetOptions(invariant=True)).pdf)
    assert "Dr. [name not printable in this font] arrives" in sheet


def test_a_partly_printable_name_keeps_what_prints():
    data = reference_event()
    person = data.people[0]
    person.given_name = "Mohamed ⵎⵓⵃ"
    text = _text(render(data, ProgrammeOptions(invariant=True)).pdf)
    assert f"{person.honorific} Mohamed {person.family_name}" in text
    assert "not printable" not in text
