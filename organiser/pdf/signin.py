"""Sign-in sheets: the attendance record funded dialogues must keep, one set per day.

Each day starts on a new page: the event title and the day written out at the top, then
everyone expected in alphabetical order of family name (accents set aside, so Öztürk sits
with the O's), their organisation and a tall empty box to sign in. A few blank rows follow
for walk-ins. Pages are numbered "Page n of N" within each day, so each day's sheets can
be filed on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import KeepTogether

from .. import model
from ..services.files import atomic_path
from ..services.text import fold
from . import fonts

MARGIN = 15 * mm
HEADER_H = 24 * mm
FOOTER_H = 10 * mm
ROW_PAD = 9  # points above and below a one-line row: 11 mm, room for a signature
BLANK_ROWS = 5
EMPTY_ROWS = 18  # a whole page of blank rows when nobody is registered yet


@dataclass
class SigninOptions:
    day_ids: Sequence[int] | None = None  # None: every day of the event
    blank_rows: int = BLANK_ROWS
    locale: str = "en"
    invariant: int = 0  # 1: the same bytes for the same input (tests)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attendees_for_sheet(data: model.EventData) -> list[model.Person]:
    """Everyone expected to come, in sign-in order."""
    people = [
        p
        for p in data.people
        if p.registration_status != "cancelled" and p.status not in ("declined", "cancelled")
    ]
    return sorted(
        people, key=lambda p: (fold(p.family_name or p.given_name), fold(p.given_name), p.id or 0)
    )


def day_heading(day: model.Day, locale: str = "en") -> str:
    """'Tuesday 23 November 2021', with the day's own label when it has one."""
    written = format_date(day.date, "EEEE d MMMM y", locale=locale)
    return f"{day.label}: {written}" if day.label and day.label not in written else written


class _DayStart(Flowable):
    """Invisible; tells the page furniture which day the following pages belong to."""

    def __init__(self, key: str, title: str):
        super().__init__()
        self.key, self.title = key, title
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._signin_day = (self.key, self.title)  # type: ignore[attr-defined]


def _canvas_class(event_title: str):
    """A canvas that draws headers and footers once every page is known (for "of N")."""

    class SigninCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._signin_day = ("", "")

        def showPage(self) -> None:
            self._pages.append({**self.__dict__, "_page_day": self._signin_day})
            self._startPage()

        def save(self) -> None:
            totals: dict[str, int] = {}
            for page in self._pages:
                key = page["_page_day"][0]
                totals[key] = totals.get(key, 0) + 1
            seen: dict[str, int] = {}
            for page in self._pages:
                key, title = page["_page_day"]
                seen[key] = seen.get(key, 0) + 1
                self.__dict__.update(page)
                self._furniture(title, seen[key], totals[key])
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, day_title: str, n: int, total: int) -> None:
            width, height = self._pagesize
            top = height - MARGIN
            self.setFillColor(colors.black)
            self.setFont(fonts.BOLD, 14)
            self.drawString(MARGIN, top - 12, _fit(event_title, fonts.BOLD, 14, width - 2 * MARGIN))
            self.setFont(fonts.REGULAR, 11)
            self.drawString(MARGIN, top - 28, f"Sign-in sheet · {day_title}")
            self.setStrokeColor(colors.black)
            self.setLineWidth(0.8)
            self.line(MARGIN, top - HEADER_H + 6, width - MARGIN, top - HEADER_H + 6)
            self.setFont(fonts.REGULAR, 9)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(width - MARGIN, MARGIN - 2, f"Page {n} of {total}")
            self.drawString(MARGIN, MARGIN - 2, day_title)

    return SigninCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def render_signin(
    data: model.EventData, path: str | Path, options: SigninOptions | None = None
) -> int:
    """Write the sheets to ``path`` (atomically); returns the number of pages."""
    options = options or SigninOptions()
    fonts.register()
    days = (
        data.days if options.day_ids is None else [d for d in data.days if d.id in options.day_ids]
    )
    if not days:
        raise ValueError("the event has no days to print a sign-in sheet for")
    people = attendees_for_sheet(data)

    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=9.5, leading=11.5)
    name_style = ParagraphStyle("name", parent=cell, fontName=fonts.REGULAR)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.BOLD, fontSize=9.5)
    num = ParagraphStyle(
        "num", parent=cell, alignment=TA_CENTER, textColor=colors.HexColor("#555555")
    )
    width = A4[0] - 2 * MARGIN
    col_widths = [10 * mm, width * 0.33, width * 0.34, 0]
    col_widths[3] = width - sum(col_widths)

    story: list[Flowable] = []
    for i, day in enumerate(days):
        if i:
            story.append(PageBreak())
        story.append(_DayStart(str(day.id), day_heading(day, options.locale)))
        rows: list[list[object]] = [
            [
                Paragraph("No.", head),
                Paragraph("Name", head),
                Paragraph("Organisation", head),
                Paragraph("Signature", head),
            ]
        ]
        for n, p in enumerate(people, start=1):
            family = _esc(p.family_name)
            given = _esc(p.given_name)
            name = f"<b>{family}</b>, {given}" if family and given else f"<b>{family or given}</b>"
            org = p.affiliations[0].organisation if p.affiliations else ""
            rows.append(
                [
                    Paragraph(str(n), num),
                    Paragraph(name, name_style),
                    Paragraph(_esc(org), cell),
                    "",
                ]
            )
        blank = options.blank_rows if people else max(options.blank_rows, EMPTY_ROWS)
        for n in range(len(people) + 1, len(people) + 1 + blank):
            rows.append([Paragraph(str(n), num), "", "", ""])
        table = Table(rows, colWidths=col_widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    # one line of text in a row tall enough to sign; longer text grows it
                    ("TOPPADDING", (0, 1), (-1, -1), ROW_PAD),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), ROW_PAD),
                    ("TOPPADDING", (0, 0), (-1, 0), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story.append(table)
        if not people:
            story.append(Spacer(1, 3 * mm))
            story.append(
                KeepTogether(
                    [Paragraph("Nobody is expected yet: the rows above are for walk-ins.", cell)]
                )
            )

    with atomic_path(path) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_H,
            bottomMargin=MARGIN + FOOTER_H,
            title=f"Sign-in sheets: {data.event.title}",
            author="Organiser",
            invariant=options.invariant,
        )
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_H,
            width,
            A4[1] - 2 * MARGIN - HEADER_H - FOOTER_H,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
        doc.build(story, canvasmaker=_canvas_class(data.event.title or "Event"))
        pages = doc.page
    return pages
