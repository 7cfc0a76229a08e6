"""Page breaks as a typesetter makes them, checked on the layout reportlab really does.

Every paragraph that breaks across two pages is recorded as it breaks: none may leave a
single line on either side. Labels and headings are read back from the PDF with their
positions: none may be the last thing on a page.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import paragraph

from organiser import i18n
from organiser.interchange.schedule_json import load_schedule
from organiser.pdf.programme import ProgrammeOptions, render
from organiser.services.sample import reference_event
from tests.interchange.interchange_files import REAL
from tests.pdf.test_programme_pdf import _lines_with_y

BOTTOM = 20 * 72 / 25.4  # the bottom margin: the footer is below it


@pytest.fixture
def splits(monkeypatch):
    """(lines before, lines after) of every paragraph reportlab breaks between pages."""
    found: list[tuple[int, int]] = []
    original = paragraph.Paragraph.split

    def split(self, avail_width, avail_height):
        lines = len(self.blPara.lines) if hasattr(self, "blPara") else None
        parts = original(self, avail_width, avail_height)
        if len(parts) == 2 and lines is not None:
            first = len(parts[0].blPara.lines)
            found.append((first, lines - first))
        return parts

    monkeypatch.setattr(paragraph.Paragraph, "split", split)
    return found


def _lines(page) -> list[tuple[float, float, str]]:
    return [(x, y, t) for x, y, t in _lines_with_y(page) if y > BOTTOM]


def _last_lines(pdf: bytes) -> list[str]:
    """The lowest line of each page's body (the footer left out), page by page."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages[:-1]:  # the last page may end anywhere
        lines = _lines(page)
        if lines:
            out.append(min(lines, key=lambda line: line[1])[2])
    return out


def _congress():
    data, _ = load_schedule(REAL / "schedules" / "eventfahrplan-39c3-20251206.schedule.xml")
    return data


def test_39c3_full_programme_breaks_no_paragraph_into_a_lone_line(splits):
    data = _congress()
    result = render(data, ProgrammeOptions(descriptions=True))
    assert result.pages > 60
    assert len(splits) > 20  # long descriptions did break across pages
    assert all(before >= 2 and after >= 2 for before, after in splits), [
        s for s in splits if min(s) < 2
    ]


def test_39c3_no_page_ends_with_a_label_or_a_title():
    data = _congress()
    labels = {
        i18n.t(key, "en") for key in ("problem_statement", "guiding_questions", "description")
    }
    labels |= {rt.label for rt in data.role_types} | {rt.plural for rt in data.role_types}
    titles = {i18n.session_heading(s.kind, s.number, s.title, "en") for s in data.sessions}
    pdf = render(data, ProgrammeOptions(descriptions=True)).pdf
    last = _last_lines(pdf)
    assert len(last) > 60
    for line in last:
        assert line not in labels, line
        assert line not in titles, line


def test_a4_reference_workshop_3_keeps_two_questions_on_each_side():
    """The reference A4 programme left one guiding question of Workshop 3 alone on page 4."""
    data = reference_event()
    workshop = next(s for s in data.sessions if s.kind == "workshop" and s.number == 3)
    pages = [
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(render(data, ProgrammeOptions()).pdf)).pages
    ]
    where = [
        [n for n, text in enumerate(pages) if " ".join(q.split())[:60] in text]
        for q in workshop.guiding_questions
    ]
    counts: dict[int, int] = {}
    for found in where:
        assert len(found) == 1
        counts[found[0]] = counts.get(found[0], 0) + 1
    assert all(n >= 2 for n in counts.values()), counts


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_reference_breaks_no_paragraph_into_a_lone_line(splits, paper):
    render(reference_event(), ProgrammeOptions(paper=paper))
    assert all(before >= 2 and after >= 2 for before, after in splits)


def test_a_repeated_paragraph_is_parsed_once_and_breaks_as_a_fresh_one():
    """A label or speaker repeated across sessions shares one parse; each copy still wraps
    and splits as a paragraph parsed on its own, and splitting one leaves the others whole."""
    from organiser.pdf.base import stylesheet
    from organiser.pdf.breaks import CachedParagraph
    from organiser.pdf.paragraph import Paragraph

    style = stylesheet()["text"]
    text = "<b>Guiding</b> questions " + "and <i>more</i> words " * 40
    first, second = CachedParagraph(text, style), CachedParagraph(text, style)
    assert first.frags is second.frags  # parsed once
    fresh = Paragraph(text, style)
    assert first.text == fresh.text and first.style is fresh.style
    assert first.wrap(200, 1000) == fresh.wrap(200, 1000)
    halves, fresh_halves = first.split(200, 60), fresh.split(200, 60)
    assert len(halves) == len(fresh_halves) == 2
    assert [h.wrap(200, 1000) for h in halves] == [h.wrap(200, 1000) for h in fresh_halves]
    assert second.wrap(200, 1000) == fresh.wrap(200, 1000)
    assert second.getPlainText() == fresh.getPlainText()
    bullet = CachedParagraph("One question?", style, bulletText="•")
    assert bullet.bulletText == Paragraph("One question?", style, bulletText="•").bulletText
