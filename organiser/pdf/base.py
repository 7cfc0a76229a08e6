"""The one renderer base every printed document uses.

A document module (programme, glance, door signs, badges, briefs, sign-in sheets, ...)
builds a list of reportlab flowables from plain data and hands it to :class:`Document`,
which owns what every document shares: the bundled fonts, paper sizes and margins, the
stylesheet, the running footer "event title · page n of N" (numbered per :class:`Section`
where a document is made of parts filed apart), reproducible output for tests, progress
for a window's progress bar and a cancel check that stops the work between two flowables.
"""

from __future__ import annotations

import bisect
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from .. import addressing, i18n
from ..model import Day, Person
from . import fonts, shaping
from .shaping import escape

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
PAPER_NAMES = {"a4": "A4", "letter": "US Letter"}

#: progress(done, total): called as flowables are laid out
Progress = Callable[[int, int], None]
#: cancelled() -> True stops the render with :class:`Cancelled`
CancelCheck = Callable[[], bool]

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d1da")
TINT = colors.HexColor("#eef3f8")


class Cancelled(Exception):
    """The user stopped the render; nothing was written."""


@dataclass
class Rendered:
    """A finished document: the PDF, its page count and what the user should know."""

    pdf: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)
    #: one line per badge or tent printed without some of its text ("Name (UID): why")
    incomplete: list[str] = field(default_factory=list)


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAPERS)}") from None


@cache
def stylesheet() -> dict[str, ParagraphStyle]:
    """The paragraph styles shared by every document, all in the bundled font."""
    fonts.register()
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        bulletFontName=fonts.REGULAR,  # reportlab's default bullet font is a bare Helvetica
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=4,
        # a paragraph that breaks across pages leaves two lines at least on each side
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        parent = kw.pop("parent", base)
        return ParagraphStyle(name, parent=parent, **kw)

    s = {"body": base}
    s["title"] = derive(
        "title", fontName=fonts.BOLD, fontSize=22, leading=27, spaceAfter=6, textColor=ACCENT
    )
    s["subtitle"] = derive("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=8)
    s["meta"] = derive("meta", fontSize=9.5, leading=13.5, spaceAfter=2)
    s["meta_label"] = derive(
        "meta_label", fontName=fonts.BOLD, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=0
    )
    s["intro"] = derive("intro", fontSize=9.5, leading=13.3, spaceAfter=6)
    s["h1"] = derive(
        "h1",
        fontName=fonts.BOLD,
        fontSize=15,
        leading=19,
        textColor=ACCENT,
        spaceBefore=22,
        spaceAfter=2,
    )
    s["h1_sub"] = derive("h1_sub", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=8)
    s["h2"] = derive("h2", fontName=fonts.BOLD, fontSize=11.5, leading=14.5, spaceAfter=3)
    s["time"] = derive("time", fontSize=9, leading=11.5, spaceAfter=0)
    s["time_other"] = derive("time_other", fontSize=8, leading=11, textColor=MUTED, spaceAfter=0)
    s["label"] = derive(
        "label",
        fontName=fonts.BOLD,
        fontSize=8.5,
        leading=11,
        textColor=ACCENT,
        spaceBefore=7,
        spaceAfter=1.5,
    )
    s["text"] = derive("text", fontSize=9, leading=12.8, spaceAfter=3)
    s["bullet"] = derive(
        "bullet",
        fontName=fonts.ITALIC,
        fontSize=9,
        leading=12.5,
        spaceAfter=2,
        leftIndent=11,
        bulletIndent=1,
        bulletFontName=fonts.REGULAR,
        bulletFontSize=9,
        bulletColor=ACCENT,
    )
    s["person"] = derive("person", fontSize=9, leading=12.3, spaceAfter=2)
    s["person_first"] = derive("person_first", parent=s["person"], spaceBefore=7)
    s["quiet"] = derive("quiet", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0)
    s["footer"] = derive("footer", fontSize=7.5, leading=9, textColor=MUTED, alignment=TA_CENTER)
    s["small"] = derive("small", fontSize=8, leading=10.5, spaceAfter=0)
    s["small_bold"] = derive("small_bold", parent=s["small"], fontName=fonts.BOLD)
    return s


_EMPHASIS = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")


# Characters the bundled font lacks but which have a faithful stand-in in it: the minus
# sign (timezones writes "UTC−3") is printed as an en dash rather than as a box.
_STAND_INS = str.maketrans({"\u2212": "\u2013"})


def esc(text: str, font: str = fonts.REGULAR) -> str:
    """Plain text made safe for reportlab paragraph markup, in any script: a run the
    bundled Noto Sans lacks is set, shaped, in the bundled face that has it (see
    :mod:`.shaping`). ``font`` is the paragraph's font, for the weight of those faces.
    The markup goes in a :class:`.paragraph.Paragraph`, which draws right-to-left lines
    in reading order."""
    text = text.translate(_STAND_INS)
    if text.isascii():
        return escape(text, {'"': "&quot;"})
    return shaping.markup(text, font)


def markup(text: str) -> str:
    """Plain text with ``*emphasis*`` turned into italics, everything else escaped."""
    return _EMPHASIS.sub(r"<i>\1</i>", esc(text))


#: what the documents tell the user (in the language of the messages)
SAY = i18n.Words(
    en={
        "and_more": "and {n} more",
        "not_in_font": "{owner}: character {chars} not in font",
        "not_in_font_many": "{owner}: characters {chars} not in font",
    },
    fr={
        "and_more": "et {n} de plus",
        "not_in_font": "{owner} : caractère {chars} absent de la police",
        "not_in_font_many": "{owner} : caractères {chars} absents de la police",
    },
)


class Glyphs:
    """Finds characters the font lacks before printing and prints without them.

    The document modules call :meth:`check` with whose text it is ("Юлия Петрова"), so the
    warning names the person or session instead of the user discovering a box on paper:
    one warning per owner, listing every character of theirs the font lacks. A name left
    without a letter once those are gone prints as a placeholder (:meth:`name`), never
    as nothing: a speaker must not vanish from the page.
    """

    #: how many missing characters one warning lists before "and n more"
    LISTED = 12

    def __init__(self) -> None:
        self._missing: set[str] = set()
        #: owner -> their missing characters in order of appearance (dicts keep order)
        self._by_owner: dict[str, dict[str, None]] = {}

    def check(self, owner: str, *texts: str) -> None:
        for text in texts:
            if not text or text.isascii():
                continue
            for ch in fonts.missing_glyphs(text):
                self._missing.add(ch)
                self._by_owner.setdefault(owner, {})[ch] = None

    @property
    def warnings(self) -> list[str]:
        """'محمد عبد الله: characters 'م', 'ح', … not in font', one line per owner (in the
        language of the messages)."""
        out = []
        for owner, chars in self._by_owner.items():
            listed = [repr(ch) for ch in list(chars)[: self.LISTED]]
            more = len(chars) - len(listed)
            if more:
                listed.append(SAY.say("and_more", n=more))
            key = "not_in_font" if len(chars) == 1 else "not_in_font_many"
            out.append(SAY.say(key, owner=owner, chars=", ".join(listed)))
        return out

    def strip(self, text: str) -> str:
        """``text`` without the characters found missing (no boxes on paper)."""
        if not self._missing or text.isascii():
            return text
        out = "".join(ch for ch in text if ch not in self._missing)
        return re.sub(r"  +", " ", out).strip()

    def name(self, name: str, lang: str = "en", honorific: str = "") -> str:
        """A person's name as it can be printed: stripped of what the font lacks, or, when
        nothing of the name itself would be left, "[name not printable in this font]"
        (after the honorific), so that the person still has their line."""
        printed = self.strip(name)
        if not name.strip() or any(ch.isalpha() for ch in printed):
            return join_nonempty([self.strip(honorific), printed], " ")
        placeholder = i18n.t("name_unprintable", lang)
        return join_nonempty([self.strip(honorific), placeholder], " ")

    def person(self, person: Person, lang: str = "en") -> str:
        """:meth:`name` of a person with the honorific as ``lang`` prints it ('Dr' in
        French): 'Dr. [name not printable in this font]' at worst."""
        return self.name(person.name, lang, addressing.honorific(person.honorific, lang))


class Marker(Flowable):
    """Takes no room and draws nothing: it tells the page furniture something as the
    layout passes it (see :class:`RunningHead`, :class:`Section`)."""

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class RunningHead(Marker):
    """An invisible marker: pages that start after it carry ``text`` at the top.

    A document puts one before a section ("Workshop 2 … (continued)") and ``RunningHead(None)``
    after it, so a reader who turns the page mid-section still knows where they are.
    """

    def __init__(self, text: str | None):
        super().__init__()
        self.text = text


class Section(Marker):
    """An invisible marker: a part of the document that is numbered on its own starts here.

    A combined PDF of briefs is handed out brief by brief, and a day's sign-in sheets are
    filed with that day: each part's pages read "page n of N" within the part, and the
    footer names ``title`` instead of the document's title. Put it first on the part's
    first page (after the PageBreak); pages before the first Section count as the document.
    """

    def __init__(self, title: str):
        super().__init__()
        self.title = title


@dataclass(frozen=True)
class PageNumber:
    """A page as its furniture numbers it: within its section, or within the document."""

    n: int
    total: int
    #: the title of the section the page belongs to; None outside any section
    section: str | None = None


def number_pages(starts: Sequence[tuple[int, str]], total: int) -> list[PageNumber]:
    """Pages 1..total numbered within the sections that start on the given pages."""
    out: list[PageNumber] = []
    for n in range(1, total + 1):
        i = bisect.bisect_right([page for page, _ in starts], n) - 1
        if i < 0:
            out.append(PageNumber(n, total))
            continue
        start, title = starts[i]
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else total
        out.append(PageNumber(n - start + 1, end - start + 1, title))
    return out


class _Template(BaseDocTemplate):
    def __init__(self, target: object, doc: Document, total: int, **kw: object):
        super().__init__(target, **kw)
        self._doc = doc
        self._total = max(total, 1)
        self._done = 0

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        if self._doc.cancelled is not None and self._doc.cancelled():
            raise Cancelled("cancelled")
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, RunningHead):
            self._doc.running_head = flowable.text
        elif isinstance(flowable, Section):
            self._doc.sections.append((self.page, flowable.title))
        self._done += 1
        if self._doc.progress is not None and (self._done % 20 == 0):
            self._doc.progress(min(self._done, self._total), self._total)


def _numbered_canvas(doc: Document) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "page n of N" on each.

    Furniture that depends on the page count or on the section a page belongs to
    (:meth:`Document.draw_header`, :meth:`Document.draw_footer`) is drawn here.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kw: object):
            kw["initialFontName"] = kw.get("initialFontName") or fonts.REGULAR  # no bare Helvetica
            super().__init__(*args, **kw)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            doc.page_count = total
            for state, page in zip(self._pages, number_pages(doc.sections, total), strict=True):
                self.__dict__.update(state)
                doc.draw_header(self, page)
                if doc.footer:
                    doc.draw_footer(self, page)
                super().showPage()
            super().save()

    return NumberedCanvas


class Document:
    """Page geometry, styles and the build of one PDF.

    ``invariant`` makes the output byte-identical from run to run (no timestamps or random
    ids), which the tests rely on.
    """

    def __init__(
        self,
        *,
        title: str,
        paper: str = "a4",
        lang: str = "en",
        invariant: bool = False,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        margins: tuple[float, float, float, float] = (18 * mm, 18 * mm, 20 * mm, 18 * mm),
        footer: bool = True,
        subject: str = "",
    ):
        fonts.register()
        self.title = title
        self.paper = paper.lower()
        self.pagesize = paper_size(paper)
        self.lang = i18n.check_lang(lang)
        self.invariant = invariant
        self.progress = progress
        self.cancelled = cancelled
        #: left, right, bottom, top
        self.margins = margins
        self.footer = footer
        self.subject = subject
        self.styles = stylesheet()
        self.page_count = 0
        #: set by RunningHead markers as they are laid out; drawn atop the next pages
        self.running_head: str | None = None
        #: (first page, title) of each Section, in order, as they are laid out
        self.sections: list[tuple[int, str]] = []

    @property
    def width(self) -> float:
        """The width of the text frame."""
        return self.pagesize[0] - self.margins[0] - self.margins[1]

    @property
    def height(self) -> float:
        return self.pagesize[1] - self.margins[2] - self.margins[3]

    def stacked_height(self, flows: list[Flowable]) -> float:
        """How tall ``flows`` stand one under another at full width, spacing included: a
        style tries a type size and asks whether its page still holds it."""
        return sum(
            f.wrap(self.width, self.height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            for f in flows
        )

    def check_cancel(self) -> None:
        """For document modules: stop between two steps of building the story."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("cancelled")

    def draw_header(self, canvas: Canvas, page: PageNumber) -> None:
        """Furniture atop a finished page; none by default (see RunningHead for that)."""

    def draw_footer(self, canvas: Canvas, page: PageNumber) -> None:
        """'Event title · page n of N', the section's title and numbers within a section."""
        canvas.saveState()
        style = self.styles["footer"]
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(MUTED)
        number = i18n.page_of(page.n, page.total, self.lang)
        sep = "  ·  "
        room = self.width - canvas.stringWidth(sep + number, style.fontName, style.fontSize)
        title = fit(self.title if page.section is None else page.section, style, room)
        text = f"{title}{sep}{number}" if title else number
        y = self.margins[2] / 2
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margins[0], y + 10, self.pagesize[0] - self.margins[1], y + 10)
        draw_string(canvas, self.pagesize[0] / 2, y, text, style, "centre")
        canvas.restoreState()

    def draw_running_head(self, canvas: Canvas, doc: object) -> None:
        if not self.running_head:
            return
        style = self.styles["footer"]
        canvas.saveState()
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(MUTED)
        text = fit(self.running_head, style, self.width)
        y = self.pagesize[1] - self.margins[3] + 8
        draw_string(canvas, self.margins[0], y, text, style)
        canvas.restoreState()

    def build(self, story: Sequence[Flowable], target: str | Path | None = None) -> bytes:
        """Lay out ``story``; write it to ``target`` if given. Returns the PDF bytes."""
        self.check_cancel()
        buffer = io.BytesIO()
        left, right, bottom, top = self.margins
        template = _Template(
            buffer,
            self,
            len(story),
            pagesize=self.pagesize,
            leftMargin=left,
            rightMargin=right,
            bottomMargin=bottom,
            topMargin=top,
            title=self.title,
            subject=self.subject,
            author="Organiser",
            creator="Organiser",
            invariant=1 if self.invariant else 0,
            lang=self.lang,
        )
        frame = Frame(
            left,
            bottom,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.running_head = None
        self.sections = []
        template.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=self.draw_running_head)]
        )
        template.build(list(story), canvasmaker=_numbered_canvas(self))
        if self.progress is not None:
            self.progress(1, 1)
        pdf = buffer.getvalue()
        if target is not None:
            Path(target).write_bytes(pdf)
        return pdf


def fit(text: str, style: ParagraphStyle, width: float) -> str:
    """``text`` cut short with '…' so that it fits ``width`` in ``style``'s font and size."""
    if text_width(text, style.fontName, style.fontSize) <= width:
        return text
    while text and text_width(text + "…", style.fontName, style.fontSize) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def text_width(text: str, font: str, size: float) -> float:
    """Width of a line of plain text in any script (see :mod:`.shaping`)."""
    if text.isascii():
        return stringWidth(text, font, size)
    return shaping.width(text, font, size)


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, style: ParagraphStyle, anchor: str = "left"
) -> None:
    """``canvas.drawString`` for text in any script, in ``style``'s font and size;
    ``anchor`` says whether ``x`` is the line's left end, its "centre" or its "right" end."""
    if text.isascii():
        draw = {"left": canvas.drawString, "centre": canvas.drawCentredString}.get(
            anchor, canvas.drawRightString
        )
        canvas.setFont(style.fontName, style.fontSize)
        draw(x, y, text)
        return
    shaping.draw(canvas, x, y, text.translate(_STAND_INS), style.fontName, style.fontSize, anchor)


def day_numbers(days: Iterable[Day]) -> dict[date, int]:
    """Each day's number as printed, 'Day 1' for the earliest: its position in date order,
    never a typed label, so moving a day renumbers every heading that names it."""
    return {d.date: n for n, d in enumerate(sorted(days, key=lambda d: d.date), start=1)}


def join_nonempty(parts: Iterable[str], sep: str = ", ") -> str:
    return sep.join(p for p in (x.strip() for x in parts) if p)


def table_style(commands: Iterable[tuple]) -> TableStyle:
    """A TableStyle whose cells default to the bundled font (reportlab's default is an
    unembedded Helvetica, which would slip into every page that has a table)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])
