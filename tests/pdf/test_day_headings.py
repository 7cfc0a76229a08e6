"""A day's heading is computed from its date and position, in every printed document.

The reference document went to print with "Day 2 – November 16". Here the days carry the
typed labels a user might leave behind ("Day One", "Day Two") and day 1 is then moved to
18 November: every document must number the days by date order, never by the labels.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from organiser.pdf import briefs, runsheet, signin
from organiser.pdf.programme import ProgrammeOptions, render

from .conftest import logistics_event


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def moved():
    """The reference event with labels typed on its days, day one moved after day two."""
    data = logistics_event()
    first, second = sorted(data.days, key=lambda d: d.date)
    first.label, second.label = "Day One", "Day Two"
    first.date = date(2021, 11, 18)
    return data


EXPECT_EN = ("Day 1 — Wednesday 17 November 2021", "Day 2 — Thursday 18 November 2021")


def _in_order(text: str, first: str, second: str) -> None:
    assert first in text and second in text
    assert text.index(first) < text.index(second)
    assert not re.search(r"Day (One|Two)", text), "a typed ordinal was printed"


@pytest.mark.parametrize("style", ["full", "glance", "doors"])
def test_programme_styles_number_days_by_date(moved, style):
    text = _text(render(moved, ProgrammeOptions(style=style, invariant=True)).pdf)
    _in_order(text, *EXPECT_EN)


def test_french_programme_numbers_days_by_date(moved):
    text = _text(render(moved, ProgrammeOptions(lang="fr", invariant=True)).pdf)
    _in_order(text, "Jour 1 — mercredi 17 novembre 2021", "Jour 2 — jeudi 18 novembre 2021")


def test_briefs_sign_in_sheets_and_run_sheet_number_days_by_date(moved):
    text = _text(briefs.render(moved, briefs.BriefOptions(invariant=True)).pdf)
    assert "When Day 2 — Thursday 18 November 2021, 13:10–13:20 GMT" in text
    assert "When Day 1 — Wednesday 17 November 2021" in text
    assert "Day One" not in text and "Day Two" not in text
    sheets = _text(signin.render(moved, signin.SigninOptions(invariant=True)).pdf)
    assert "Day 2 — Thursday 18 November 2021" in sheets
    assert "Day 1 — Wednesday 17 November 2021" in sheets
    assert "Day One" not in sheets and "Day Two" not in sheets
    sheet = _text(runsheet.render(moved, runsheet.RunSheetOptions(invariant=True)).pdf)
    _in_order(sheet, *EXPECT_EN)


def test_a_label_that_is_not_a_number_is_printed_as_a_title(moved):
    moved.days[0].label = "Field visit"
    text = _text(render(moved, ProgrammeOptions(invariant=True)).pdf)
    assert "Day 2 — Thursday 18 November 2021 · Field visit" in text
