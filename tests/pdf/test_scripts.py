"""Right-to-left text that wraps over several lines reads in order, in every document.

Lines are found from where pdftotext puts each word (``-bbox``); the words of a line are
then read the way a reader of the line does: right to left where the text is right to
left, left to right inside it where it holds digits or Latin words. Read so, the lines
of a paragraph, top to bottom, must give back the text as it was typed. Before the lines
were ordered after breaking, the first line of a wrapped Arabic title held its last words.
"""

from __future__ import annotations

import ast
import html
import io
import re
import subprocess
import unicodedata
from datetime import datetime
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from organiser import model
from organiser.pdf import base, briefs, runsheet, signin
from organiser.pdf.paragraph import Paragraph
from organiser.pdf.programme import ProgrammeOptions
from organiser.pdf.programme import render as render_programme
from organiser.services.sample import reference_event
from tests.tools import needs_poppler

pytestmark = needs_poppler

#: 45 words, no two with the same letters: about three lines across a page
ARABIC = (
    "كيف يمكن للمجتمعات المحلية في منطقة الساحل أن تشارك بصورة فعالة ضمن صياغة سياسات "
    "الأمن والتنمية وما هي الأدوات التي تحتاجها البلديات الصغيرة لضمان مشاركة النساء "
    "والشباب وقادة القرى الريفية عند تخطيط الميزانيات السنوية ومتابعة تنفيذ المشاريع "
    "المشتركة مع الشركاء الدوليين والوطنيين خلال الفترة القادمة"
)
HEBREW = "המרכז הירושלמי לחקר מדיניות ציבורית ושלום אזורי במזרח התיכון"
NAME = "محمد الأمين ولد عبد الله"
MIXED = f"The keynote is given by {NAME} from the Université de Nouakchott, on 12 May."
NUMBERED = "مؤتمر 2021 الأول في باماكو (نوفمبر) للحوار حول الاستقرار والسلام في منطقة الساحل"

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>'
)


def _rtl(word: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)


def _key(word: str) -> str:
    """A word as pdftotext gives it and as typed, alike: a right-to-left word comes out
    with its glyphs in the order they stand, and a ligature gives its letters together."""
    return "".join(sorted(word)) if _rtl(word) else word


def lines(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """Every line of every page: its words, left to right."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: list[list[str]] = []
    for page in out.split("<page ")[1:]:
        words = sorted(
            ((float(y0) + float(y1)) / 2, float(x), html.unescape(w))
            for x, y0, y1, w in _WORD.findall(page)
        )
        rows: list[list[tuple[float, float, str]]] = []
        for word in words:  # Arabic and Latin boxes of one line differ by a point or two
            if rows and abs(word[0] - rows[-1][0][0]) < 4:
                rows[-1].append(word)
            else:
                rows.append([word])
        found += [[w for _, _, w in sorted(row, key=lambda r: r[1])] for row in rows]
    return found


def read(line: list[str], rtl: bool) -> list[str]:
    """A line's words (left to right) in the order they are read: the line's direction
    first, and stretches of the other direction inside it the other way round."""
    words = line[::-1] if rtl else list(line)
    out: list[str] = []
    stretch: list[str] = []
    for w in [*words, None]:
        if w is not None and _rtl(w) != rtl:
            stretch.append(w)
            continue
        out += stretch[::-1]
        stretch = []
        if w is not None:
            out.append(w)
    return out


def reads_in_order(pdf: bytes, tmp_path: Path, text: str, rtl: bool = True) -> int:
    """How many times the words of ``text`` are read one after the other, in the order
    typed (words of other text on the same lines, in table columns, are passed over)."""
    wanted = [_key(w) for w in text.split()]
    keys = set(wanted)
    stream = [_key(w) for ln in lines(pdf, tmp_path) for w in read(ln, rtl) if _key(w) in keys]
    assert stream, f"{text[:30]}… is not in the PDF"
    n = len(wanted)
    return sum(1 for i in range(len(stream) - n + 1) if stream[i : i + n] == wanted)


def spread(pdf: bytes, tmp_path: Path, text: str) -> int:
    """On how many lines the words of ``text`` are printed."""
    keys = {_key(w) for w in text.split()}
    return sum(1 for ln in lines(pdf, tmp_path) if any(_key(w) in keys for w in ln))


def _speaker_event() -> model.EventData:
    """The reference event with an Arabic problem statement for Workshop 1, led by a
    speaker with an Arabic name from a Hebrew-named organisation, arriving from a place
    whose Arabic name wraps."""
    data = reference_event()
    session = next(s for s in data.sessions if s.kind == "workshop" and s.number == 1)
    session.problem_statement = ARABIC
    person = model.Person(
        given_name="محمد الأمين",
        family_name="ولد عبد الله",
        affiliations=[model.Affiliation("", HEBREW)],
        arrival_at=datetime(2021, 11, 15, 15, 0),
        arriving_from=ARABIC,
        id=950,
    )
    data.people.append(person)
    session.roles.append(model.Role(950, "first_respondent", 99))
    return data


def test_a_wrapped_arabic_paragraph_reads_in_order_in_the_programme_and_briefs(tmp_path):
    data = _speaker_event()
    programme = render_programme(data, ProgrammeOptions(invariant=True)).pdf
    assert reads_in_order(programme, tmp_path, ARABIC) == 1
    assert spread(programme, tmp_path, ARABIC) >= 3
    # the briefs share one drawing of a paragraph between briefs: every copy is in order
    pdf = briefs.render(data, briefs.BriefOptions(invariant=True)).pdf
    assert reads_in_order(pdf, tmp_path, ARABIC) >= 2


def test_a_hebrew_organisation_wraps_in_order_on_the_sign_in_sheet(tmp_path):
    data = _speaker_event()
    pdf = signin.render(data, signin.SigninOptions(invariant=True)).pdf
    assert reads_in_order(pdf, tmp_path, HEBREW) == len(data.days)
    # the family name, in bold: shaped in the bold face and drawn in it, not another's
    assert reads_in_order(pdf, tmp_path, "ولد عبد الله, محمد الأمين") == len(data.days)
    assert spread(pdf, tmp_path, HEBREW) >= 2 * len(data.days)


def test_an_english_line_with_an_arabic_name_and_place_on_the_run_sheet(tmp_path):
    pdf = runsheet.render(_speaker_event(), runsheet.RunSheetOptions(invariant=True)).pdf
    arrives = f"{NAME} arrives from {ARABIC}"
    assert reads_in_order(pdf, tmp_path, arrives, rtl=False) == 1


def _paragraphs(texts: list[str], width: float) -> bytes:
    style = base.stylesheet()["text"]
    doc = base.Document(title="Scripts", invariant=True, footer=False)
    frame = doc.width
    doc.margins = (doc.margins[0], doc.margins[1] + frame - width, *doc.margins[2:])
    return doc.build([Paragraph(base.esc(t), style) for t in texts])


@pytest.mark.parametrize("width", [40 * mm, 55 * mm, 70 * mm, 120 * mm])
def test_mixed_and_numbered_paragraphs_at_any_width(width, tmp_path):
    """An English sentence with an Arabic name reads left to right, the name right to left
    however the lines fall; an Arabic title with a year and brackets reads right to left
    with the year as written."""
    pdf = _paragraphs([MIXED], width)
    assert reads_in_order(pdf, tmp_path, MIXED, rtl=False) == 1
    pdf = _paragraphs([NUMBERED, HEBREW], width)
    assert reads_in_order(pdf, tmp_path, NUMBERED) == 1
    assert reads_in_order(pdf, tmp_path, HEBREW) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Diet: 不吃猪肉不喝酒精饮料对花生和坚果严重过敏请准备清真食品并单独存放谢谢",
        f"Access: {ARABIC[:120]}",
        "Diet: शाकाहारी भोजन, बिना प्याज़ और लहसुन के, कृपया अलग से परोसें",
    ],
)
def test_run_sheet_columns_are_measured_as_the_text_prints(text):
    """The rooming list breaks needs to fit their column by the width of the shaped text
    in the face that prints it, not by the base font's stand-in widths."""
    width = 90
    lines = runsheet._fit(text, width)
    style = runsheet._styles()["cell"]
    assert len(lines) > 1
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(base.text_width(ln, style.fontName, style.fontSize) <= width for ln in lines)
    # each line but the last is full: the next line's first word would not have fitted
    assert all(
        base.text_width(f"{a} {b.split()[0]}", style.fontName, style.fontSize) > width
        for a, b in pairwise(lines)
    )


def test_a_paragraph_split_over_pages_reads_on_in_order(tmp_path):
    """reportlab splits a paragraph at a page end from its lines in written order; each
    part puts its own lines in reading order."""
    hebrew, arabic = " ".join([HEBREW] * 40), " ".join([ARABIC] * 8)
    pdf = _paragraphs([hebrew, arabic], 40 * mm)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4
    assert reads_in_order(pdf, tmp_path, HEBREW) == 40
    assert reads_in_order(pdf, tmp_path, ARABIC) == 8


def test_every_document_draws_through_the_ordering_paragraph():
    """reportlab's own Paragraph would print a line of right-to-left words left to right:
    no module but pdf/paragraph.py may use it."""
    package = Path(base.__file__).resolve().parents[1]
    users = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("reportlab.platypus")
        and any(alias.name == "Paragraph" for alias in node.names)
    ]
    assert users == ["pdf/paragraph.py"]
