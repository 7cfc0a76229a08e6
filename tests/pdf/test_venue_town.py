"""Every printed "venue time" names the venue's town, not the time zone's city.

An event in Hamburg keeps its clocks on Europe/Berlin: a door sign, the run sheet, the
programme (each style) and a brief that said "(Berlin)" would send a reader to the wrong
town. One function (``services.briefs.zone_town``) decides the label for all of them.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from organiser.pdf import briefs, programme, runsheet
from organiser.pdf.programme_common import ProgrammeOptions
from organiser.services.briefs import zone_town
from organiser.services.sample import reference_event


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split()).replace("\xa0", " ")


@pytest.fixture(scope="module")
def hamburg():
    data = reference_event()
    data.event.venue_time_zone = "Europe/Berlin"
    data.event.venue_address = "Congress Center Hamburg, Marseiller Str. 2, 20355 Hamburg"
    data.event.display_time_zones = ["Europe/Berlin", "America/New_York"]
    return data


def test_the_label_is_the_town_for_the_venue_zone_only(hamburg):
    assert zone_town(hamburg.event, "Europe/Berlin") == "Hamburg"
    assert zone_town(hamburg.event, "America/New_York") == "New York"
    hamburg.event.venue_address, kept = "", hamburg.event.venue_address
    try:  # an address that names no town: the zone's city is still true of the clock
        assert zone_town(hamburg.event, "Europe/Berlin") == "Berlin"
    finally:
        hamburg.event.venue_address = kept


@pytest.mark.parametrize("style", ["doors", "full", "glance", "grid"])
def test_programme_styles_name_the_venue_town(hamburg, style):
    options = ProgrammeOptions(style=style, invariant=True)
    text = _text(programme.render(hamburg, options).pdf)
    assert "Hamburg" in text
    assert "Berlin" not in text
    if style in ("full", "glance"):
        assert "New York" in text  # other zones keep their own cities


def test_door_sign_zone_note(hamburg):
    text = _text(programme.render(hamburg, ProgrammeOptions(style="doors")).pdf)
    assert "CET (Hamburg)" in text


def test_run_sheet_and_briefs_name_the_venue_town(hamburg):
    text = _text(runsheet.render(hamburg, runsheet.RunSheetOptions(invariant=True)).pdf)
    assert "Times are venue time: CET (Hamburg)" in text and "Berlin" not in text
    weber = next(p for p in hamburg.people if p.family_name == "Weber")
    text = _text(briefs.render(hamburg, briefs.BriefOptions(person_uid=weber.uid)).pdf)
    assert "(venue time, Hamburg)" in text


def test_the_country_list_is_babels(tmp_path):
    """The written-out country names are babel's own, in every language of the list."""
    from babel import Locale

    from organiser.services.briefs import COUNTRY_LANGUAGES, COUNTRY_NAMES

    names = {
        n.casefold() for lang in COUNTRY_LANGUAGES for n in Locale.parse(lang).territories.values()
    }
    lines = COUNTRY_NAMES.read_text(encoding="utf-8").splitlines()
    header = [n for n in lines if n.startswith("#")]
    fresh = tmp_path / COUNTRY_NAMES.name
    fresh.write_text("".join(f"{n}\n" for n in [*header, *sorted(names)]), encoding="utf-8")
    assert {n for n in lines if n and not n.startswith("#")} == names, (
        f"babel's country names changed: copy {fresh} over {COUNTRY_NAMES}"
    )
    assert {"mali", "allemagne", "deutschland", "estados unidos", "paesi bassi"} <= names


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("Azalaï Hotel Salam, Bamako, Mali", "Bamako"),
        ("1 rue de Rivoli, 75001 Paris, France", "Paris"),
        ("Lange Voorhout 34, Den Haag, Nederland", "Den Haag"),
        ("Unter den Linden 1, 10117 Berlin, Deutschland", "Berlin"),
        ("1600 Pennsylvania Ave, Washington, DC 20500, USA", "Washington"),
        ("Churchillplein 10, 2517 JW Den Haag, Nederland", "Den Haag"),
        ("Keizersgracht 1, 1015CJ Amsterdam", "Amsterdam"),
        ("ul. Nowy Świat 1, 00-497 Warszawa, Poland", "Warszawa"),
        ("Piazza San Marco 1, I-30124 Venezia", "Venezia"),
    ],
)
def test_the_town_is_the_last_part_that_is_not_a_country(hamburg, address, town):
    from organiser.services.briefs import venue_city

    hamburg.event.venue_address, kept = address, hamburg.event.venue_address
    try:
        assert venue_city(hamburg.event) == town
    finally:
        hamburg.event.venue_address = kept
