"""Markdown prints as text: its syntax never reaches paper, its words always do."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from organiser.interchange.schedule_json import load_schedule
from organiser.pdf import markdown
from organiser.pdf.base import stylesheet
from organiser.pdf.programme import ProgrammeOptions, render
from organiser.services.markdown import to_html, to_plain
from tests.interchange.interchange_files import REAL


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_blocks_are_paragraphs_lists_run_in_headings_and_links():
    text = (
        "# BACKSTORY\n---------------\nIt *began* with **one** [talk](https://events.ccc.de/x/)."
        "\nA second line.\n\n- first\n- second\n  - nested\n\n3. three\n4. four\n\n"
        "> quoted\n\n<https://example.org/a>"
    )
    blocks = markdown.blocks(text)
    first = blocks[0]
    assert first.kind == "para" and first.markup.startswith("<b>BACKSTORY</b>  It <i>began</i>")
    assert "<b>one</b> talk <font size='7'" in first.markup and "events.ccc.de/x" in first.markup
    assert "<br/>A second line." in first.markup  # a single line break stays one
    items = [(b.markup, b.depth, b.bullet) for b in blocks if b.kind == "item"]
    assert items == [
        ("first", 1, "•"),
        ("second", 1, "•"),
        ("nested", 2, "•"),
        ("three", 1, "3."),
        ("four", 1, "4."),
    ]
    assert blocks[-2].kind == "quote"
    assert blocks[-1].markup.endswith("example.org/a") and "(" not in blocks[-1].markup


@pytest.mark.parametrize(
    "hostile",
    [
        "<b>not bold</b> & <font size=99>x</font>",
        "[click](javascript:alert(1)) <script>x</script>",
        "a ](<>'\"&amp; \\* [x](<'>)",
        "```\n<para>\n```",
        "| a | <b> |\n|---|---|\n| & | > |",
    ],
)
def test_hostile_text_cannot_break_the_markup(hostile):
    style = stylesheet()["text"]
    for para in markdown.paragraphs(hostile, style):
        para.wrap(300, 1000)  # reportlab parses its markup here: no exception
    html = to_html(hostile)
    assert "<script" not in html and "javascript:" not in html.split("href")[-1][:20]
    assert "<font" not in html


def test_plain_text_keeps_its_line_breaks():
    blocks = markdown.blocks("Line one\nLine two\n\nNext paragraph")
    assert [b.markup for b in blocks] == ["Line one<br/>Line two", "Next paragraph"]
    assert to_plain("**Bold** and [a link](https://x.org)") == "Bold and a link"


def test_the_window_gets_the_same_structure_as_rich_text():
    html = to_html("# Head\n\n- *one*\n- two\n\n[site](https://example.org)")
    assert "<h1>Head</h1>" in html and "<li><em>one</em></li>" in html
    assert '<a href="https://example.org">site</a>' in html


MARKDOWN_SYNTAX = [
    re.compile(r"\]\((?:https?|mailto):"),  # [text](url)
    re.compile(r"(?m)^#{1,6} "),  # headings
    re.compile(r"\*\*\S"),  # strong
    re.compile(r"(?m)^-{3,}$"),  # rules
    re.compile(r"\\[*_#\[\]]"),  # escapes
]


@pytest.mark.parametrize(
    "name",
    ["eventfahrplan-39c3-20251206.schedule.xml", "eventfahrplan-38c3-20251206.schedule.xml"],
)
def test_no_markdown_syntax_on_paper_and_its_text_is_there(name):
    data, _ = load_schedule(REAL / "schedules" / name)
    if name.startswith("eventfahrplan-38c3"):  # a third of the congress is enough here
        keep = {d.id for d in data.days[:1]}
        data.sessions = [s for s in data.sessions if s.day_id in keep]
    text = _text(render(data, ProgrammeOptions(descriptions=True)).pdf)
    for pattern in MARKDOWN_SYNTAX:
        found = pattern.search(text)
        assert found is None, (pattern.pattern, text[found.start() - 80 : found.end() + 80])
    flat = " ".join(text.split())
    # list items print with bullets, not with the dashes typed before them
    items = [
        " ".join(to_plain(m.group(1)).split())[:25]
        for s in data.sessions
        for m in re.finditer(r"(?m)^[-*+] +([^\W_][^\n_*`\[]{25,})$", s.description)
    ]
    assert len(items) > 5
    for item in items:
        assert f"• {item}" in flat and f"- {item}" not in flat, item
    # the words of links, emphasis and headings are printed
    with_links = [s for s in data.sessions if re.search(r"\[[^\]\n]{4,}\]\(http", s.description)]
    assert with_links
    for s in with_links[:10]:
        link_text = re.search(r"\[([^\]\n]{4,})\]\(http", s.description).group(1)
        words = " ".join(to_plain(link_text).split())
        assert words[:20] in flat, words


def test_summaries_print_and_descriptions_only_when_asked():
    data, _ = load_schedule(REAL / "schedules" / "eventfahrplan-39c3-20251206.schedule.xml")
    talk = next(s for s in data.sessions if s.title.startswith("All my Deutschlandtickets"))
    data.sessions = [talk]
    plain = " ".join(_text(render(data, ProgrammeOptions()).pdf).split())
    assert "The Deutschlandticket was the flagship transport policy" in plain
    assert "Problem statement" not in plain
    description = " ".join(to_plain(talk.description).split())[:60]
    assert description not in plain and "Description" not in plain
    full = " ".join(_text(render(data, ProgrammeOptions(descriptions=True)).pdf).split())
    assert description in full and "Description" in full
    # the summary comes before the speakers, the description after them
    assert full.index("The Deutschlandticket") < full.index("Speaker") < full.index(description)


def test_reference_invitation_prints_as_before():
    """The sample's invitation (paragraphs with *emphasis*) goes through Markdown unchanged."""
    from organiser.services.sample import reference_event

    data = reference_event()
    paras = markdown.paragraphs(data.event.description, stylesheet()["intro"])
    assert len(paras) == 5 and all(isinstance(p, Paragraph) for p in paras)
    assert "<i>Rethinking Stability</i>" in paras[0].text or "<i>Rethinking Stability</i>" in (
        markdown.blocks(data.event.description)[0].markup
    )


def test_plain_text_is_read_as_the_parser_reads_it():
    """Text with no Markdown in it skips the parser and must come out exactly as parsed:
    thousands of texts made of plain words and every character Markdown may care about."""
    import random

    from organiser.services.markdown import plain_paragraphs

    words = ["word", "Wörter", "حوار", "中文", "é", "🙂", "a.b", "x-y", "Q&A", "10:00", "!"]
    spaces = [" ", "  ", "    ", "\n", "\n\n", " \n", "  \n ", "\n   "]
    marks = [
        "1.", "2)", "#", "##", "-", "- ", "+", "=", "===", "---", ">", "?", "&", "&amp;",
        "&#38;", ":", "|", "*", "_", "`", "~", "~~", "[", "]", "(", ")", "<", "\\", "'", '"',
        "\t", "\u00a0", "\u202f", "\r",
    ]  # fmt: skip
    pieces = words * 3 + spaces * 3 + marks
    rng = random.Random(7)
    plain = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        if plain_paragraphs(text) is None:
            continue
        plain += 1
        assert markdown.blocks(text) == markdown.parsed_blocks(text), repr(text)
    assert plain > 500  # the quick way was really taken, and checked
    assert plain_paragraphs("An *emphasis*") is None
    assert plain_paragraphs("Line one\n  line two  \n\n\nTwo") == [
        ["Line one", "line two"],
        ["Two"],
    ]
