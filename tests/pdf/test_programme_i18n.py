"""Fixed words and dates in English and French."""

from __future__ import annotations

from datetime import date

import pytest

from organiser import i18n


def test_day_headings():
    assert i18n.day_heading("", 1, date(2021, 11, 16), "en") == "Day 1 — Tuesday 16 November 2021"
    assert i18n.day_heading("", 2, date(2021, 11, 17), "en") == "Day 2 — Wednesday 17 November 2021"
    assert (
        i18n.day_heading("", 2, date(2021, 11, 17), "fr")
        == "Jour 2 — mercredi\u00a017\u00a0novembre\u00a02021"
    )
    # a typed number never reaches the heading, whatever it says; other words are a title
    assert i18n.day_heading("Day One", 2, date(2021, 11, 17), "en").startswith("Day 2 — Wed")
    assert (
        i18n.day_heading("Day Two: field visit", 1, date(2021, 11, 16), "en")
        == "Day 1 — Tuesday 16 November 2021 · field visit"
    )
    assert (
        i18n.day_heading("Field visit", 1, date(2021, 11, 16), "fr")
        == "Jour 1 — mardi\u00a016\u00a0novembre\u00a02021 · Field visit"
    )


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("Day 2", 2),
        ("Day Two", 2),
        ("day two", 2),
        ("Jour 2", 2),
        ("Jour deux", 2),
        ("2nd day", 2),
        ("Second day", 2),
        ("2e jour", 2),
        ("Deuxième jour", 2),
        ("Premier jour", 1),
        ("Day III", 3),
        ("Day 1: opening", 1),
        ("Last day", 0),
        ("Field visit", None),
        ("Daybreak session", None),
        ("D-Day", None),
        ("", None),
    ],
)
def test_day_label_number(label, number):
    assert i18n.day_label_number(label) == number


def test_french_dates_lower_case_weekdays_held_together():
    # no-break spaces: "16" never ends a line with "novembre" on the next
    assert i18n.long_date(date(2021, 11, 16), "fr") == "mardi\u00a016\u00a0novembre\u00a02021"
    assert i18n.short_date(date(2021, 11, 16), "fr") == "mar.\u00a016\u00a0nov."
    assert i18n.long_date(date(2021, 11, 16), "en") == "Tuesday 16 November 2021"


def test_date_ranges():
    assert i18n.date_range(date(2021, 11, 16), date(2021, 11, 17), "en") == "16–17 November 2021"
    assert (
        i18n.date_range(date(2026, 3, 30), date(2026, 4, 2), "fr")
        == "30\u00a0mars – 2\u00a0avril\u00a02026"
    )
    assert (
        i18n.date_range(date(2026, 12, 30), date(2027, 1, 2), "en")
        == "30 December 2026 – 2 January 2027"
    )
    assert i18n.date_range(date(2026, 5, 1), date(2026, 5, 1), "en") == "1 May 2026"


def test_roles_singular_plural_and_custom():
    assert i18n.role_label("first_respondent", 1, "en") == "First respondent"
    assert i18n.role_label("first_respondent", 2, "en") == "First respondents"
    assert i18n.role_label("facilitator", 1, "fr") == "Animateur"
    # an event's own role prints as the organisers named it, in any language
    assert i18n.role_label("discussant", 2, "fr", "Discussant", "Discussants") == "Discussants"


def test_session_headings_and_shifts():
    assert i18n.session_heading("workshop", 1, "Protection of Civilians", "en") == (
        "Workshop 1: Protection of Civilians"
    )
    assert i18n.session_heading("break", None, "", "fr") == "Pause"
    assert i18n.session_heading("other", None, "Cocktail", "en") == "Cocktail"
    assert i18n.day_shift(1, "en") == "+1 day"
    assert i18n.day_shift(-1, "fr") == "–1 jour"
    assert i18n.day_shift(2, "en") == "+2 days"
    assert i18n.day_shift(0, "en") == ""


def test_page_of_and_unknown_language():
    assert i18n.page_of(2, 5, "en") == "page 2 of 5"
    assert i18n.page_of(2, 5, "fr") == "page 2 sur 5"
    with pytest.raises(ValueError, match="de"):
        i18n.t("tbc", "de")


def test_every_english_word_has_a_french_one():
    assert "Facilitator" in i18n.ENGLISH_ONLY and "Break" in i18n.ENGLISH_ONLY
    for key in ("tbc", "problem_statement", "guiding_questions", "online", "venue"):
        assert i18n.t(key, "fr") != i18n.t(key, "en")
