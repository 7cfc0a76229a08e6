"""pdf.base sections (each part numbers its own pages) and the sign-in sheets built on them."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from organiser import model
from organiser.pdf import signin
from organiser.pdf.base import Cancelled, Document, PageNumber, Section, number_pages
from organiser.store import new_event_data


def _texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_number_pages_within_sections() -> None:
    pages = number_pages([(2, "A"), (5, "B")], 6)
    assert pages == [
        PageNumber(1, 6),  # before the first section: the document's own numbering
        PageNumber(1, 3, "A"),
        PageNumber(2, 3, "A"),
        PageNumber(3, 3, "A"),
        PageNumber(1, 2, "B"),
        PageNumber(2, 2, "B"),
    ]
    assert number_pages([], 2) == [PageNumber(1, 2), PageNumber(2, 2)]


def test_document_footer_names_the_section_and_its_pages() -> None:
    doc = Document(title="The Event", invariant=True)
    body = doc.styles["body"]
    story = [Paragraph("cover", body), PageBreak(), Section("Part one"), Paragraph("x", body)]
    story += [PageBreak(), Paragraph("y", body), PageBreak(), Section("Part two")]
    story.append(Paragraph("z", body))
    texts = _texts(doc.build(story))
    assert "The Event  ·  page 1 of 4" in texts[0]
    assert "Part one  ·  page 1 of 2" in texts[1] and "Part one  ·  page 2 of 2" in texts[2]
    assert "Part two  ·  page 1 of 1" in texts[3]
    assert doc.sections == [(2, "Part one"), (4, "Part two")]


def _event(*names: tuple[str, str, str]) -> model.EventData:
    data = new_event_data("Glyph Dialogue")
    data.days = [model.Day(date(2026, 3, 23), "Day 1", id=1), model.Day(date(2026, 3, 24), id=2)]
    data.people = [
        model.Person(given, family, affiliations=[model.Affiliation("", org)])
        for given, family, org in names
    ]
    return data


def test_names_the_font_lacks_are_warned_and_left_out() -> None:
    data = _event(("Lin", "Ꮳ", "Peking University"), ("Ana", "Silva", "ⵜⵉ Institute"))
    result = signin.render(data, signin.SigninOptions(day_ids=[2], invariant=1))
    assert result.pages == 1
    assert any("Lin Ꮳ" in w and "'Ꮳ'" in w for w in result.warnings)
    assert any("Ana Silva" in w and "'ⵜ'" in w for w in result.warnings)
    (text,) = _texts(result.pdf)
    assert "Ꮳ" not in text and "Institute" in text and "Silva" in text
    assert "Tuesday 24 March 2026" in text and "Page 1 of 1" in text


def test_cancel_and_progress(tmp_path: Path) -> None:
    from organiser.services.generate import generate

    data = generate(300, 4)
    seen: list[tuple[int, int]] = []
    result = signin.render(
        data, signin.SigninOptions(invariant=1), progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (1, 1) and result.pages >= 8
    with pytest.raises(Cancelled):
        signin.render(data, cancelled=lambda: True)
    out = tmp_path / "sheets.pdf"
    out.write_bytes(b"older")

    calls = [0]

    def late() -> bool:
        calls[0] += 1
        return calls[0] > 3

    # a cancelled render through the file writer leaves the older file as it was
    with pytest.raises(Cancelled), signin.atomic_path(out) as tmp:
        signin.render(data, signin.SigninOptions(), tmp, cancelled=late)
    assert out.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir()] == ["sheets.pdf"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (signin.SigninOptions(locale="xx-nowhere"), "unknown locale"),
        (signin.SigninOptions(blank_rows=-1), "blank rows"),
        (signin.SigninOptions(day_ids=[99]), "no days"),
        (signin.SigninOptions(paper="a5"), "unknown paper"),
    ],
)
def test_bad_options_are_refused(tmp_path: Path, options, message) -> None:
    out = tmp_path / "sheets.pdf"
    with pytest.raises(ValueError, match=message):
        signin.render_signin(_event(("A", "B", "C")), out, options)
    assert not out.exists()
