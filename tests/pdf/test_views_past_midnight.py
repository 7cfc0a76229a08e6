"""The other programme styles on 39C3: each agrees that a late talk belongs to its day."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from organiser.interchange.schedule_json import load_schedule
from organiser.pdf.programme import ProgrammeOptions, render
from tests.interchange.interchange_files import REAL
from tests.pdf.test_programme_pdf import _lines_with_y


@pytest.fixture(scope="module")
def congress():
    data, _ = load_schedule(REAL / "schedules" / "eventfahrplan-39c3-20251206.schedule.xml")
    return data


def _pages(pdf: bytes) -> list:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def test_full_programme_day_heading_runs_past_midnight(congress):
    text = " ".join(_pages(render(congress, ProgrammeOptions()).pdf)[0].extract_text().split())
    assert "Day 1 — Saturday 27 December 2025 10:30–01:20 (+1 day) CET (Berlin)" in text


def test_glance_sorts_by_real_time_and_names_its_day_overleaf(congress):
    pages = [
        p.extract_text() for p in _pages(render(congress, ProgrammeOptions(style="glance")).pdf)
    ]
    saturday = " ".join(" ".join(pages[:2]).split())
    assert saturday.index("23:00–23:40") < saturday.index("23:00–00:00 (+1 day)")
    assert saturday.index("23:55–00:35 (+1 day)") < saturday.index("00:20–01:20 (+1 day)")
    assert "Unnecessarily Complicated Kitchen" in saturday
    assert "Unnecessarily Complicated Kitchen" not in " ".join(pages[2:])
    # a page that continues a day says which day in its column heads
    assert "Session · Day 1, Sat 27 Dec" in " ".join(pages[1].split())


def test_door_signs_keep_one_width_and_late_talks_on_their_day(congress):
    pages = _pages(render(congress, ProgrammeOptions(style="doors")).pdf)
    first = " ".join(pages[0].extract_text().split())
    assert first.startswith("One Day 1 — Saturday 27 December 2025")
    assert "00:20–01:20 (+1 day) Talk Unnecessarily Complicated Kitchen" in first
    # a busy room gets smaller type, never a shrunken page: the times and the titles start
    # at the same place on every sign
    columns = set()
    for page in pages:
        xs = sorted({round(x) for x, _y, _t in _lines_with_y(page)})
        columns.add((xs[0], xs[1]))
    assert len(columns) == 1, columns
