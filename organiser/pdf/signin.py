"""Sign-in sheets: the attendance record funded dialogues must keep, one set per day.

Each day starts on a new page: the event title and the day written out at the top, then
everyone expected in alphabetical order of family name (accents set aside, so Öztürk sits
with the O's), their organisation and a tall empty box to sign in. A few blank rows follow
for walk-ins. Each day is a :class:`base.Section`, so its pages read "Page n of N" within
the day and each day's sheets can be filed on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from .. import i18n, model
from ..services.files import atomic_path
from . import fonts
from .base import (
    CancelCheck,
    Document,
    Glyphs,
    PageNumber,
    Progress,
    Rendered,
    Section,
    day_numbers,
    draw_string,
    esc,
    fit,
    stylesheet,
    table_style,
)
from .paragraph import Paragraph

MARGIN = 15 * mm
HEADER_H = 24 * mm
FOOTER_H = 10 * mm
ROW_PAD = 9  # points above and below a one-line row: 11 mm, room for a signature
BLANK_ROWS = 5
EMPTY_ROWS = 18  # a whole page of blank rows when nobody is registered yet
MAX_BLANK_ROWS = 200
GREY = colors.HexColor("#444444")


W = i18n.Words(
    en={
        "event": "Event",
        "title": "Sign-in sheets: {event}",
        "subject": "Sign-in sheets",
        "nobody": "Nobody is expected yet: the rows above are for walk-ins.",
    },
    fr={
        "event": "Événement",
        "title": "Feuilles d’émargement : {event}",
        "subject": "Feuilles d’émargement",
        "nobody": "Personne n’est encore attendu : les lignes ci-dessus sont pour les "
        "participants non inscrits.",
    },
)


@dataclass
class SigninOptions:
    day_ids: Sequence[int] | None = None  # None: every day of the event
    blank_rows: int = BLANK_ROWS
    locale: str = "en"
    invariant: int = 0  # 1: the same bytes for the same input (tests)
    paper: str = "a4"


def attendees_for_sheet(data: model.EventData) -> list[model.Person]:
    """Everyone expected to come, in sign-in order."""
    people = [
        p
        for p in data.people
        if p.registration_status != "cancelled" and p.status not in ("declined", "cancelled")
    ]
    return sorted(people, key=lambda p: (*p.sort_key, p.id or 0))


def day_heading(day: model.Day, locale: str = "en", number: int | None = None) -> str:
    """'Day 1 — Tuesday 23 November 2021', as the programme heads the day.

    ``number`` is the day's position (base.day_numbers); without it, the date alone. A
    label only adds a title after the date, never a number (i18n.day_heading).
    """
    if number is not None and locale in i18n.LANGUAGES:
        return i18n.day_heading(day.label, number, day.date, locale)
    written = format_date(day.date, "EEEE d MMMM y", locale=locale)
    extra = i18n.day_label_title(day.label)
    return f"{written} · {extra}" if extra else written


@cache
def _styles() -> dict[str, ParagraphStyle]:
    body = stylesheet()["body"]
    cell = ParagraphStyle(
        "signin_cell", parent=body, textColor=colors.black, leading=11.5, spaceAfter=0
    )
    return {
        "cell": cell,
        "head": ParagraphStyle("signin_head", parent=cell, fontName=fonts.BOLD),
        "num": ParagraphStyle(
            "signin_num", parent=cell, alignment=TA_CENTER, textColor=colors.HexColor("#555555")
        ),
        "event": ParagraphStyle("signin_event", parent=cell, fontName=fonts.BOLD, fontSize=14),
        "day": ParagraphStyle("signin_day", parent=cell, fontSize=11),
        "footer": ParagraphStyle("signin_footer", parent=cell, fontSize=9),
    }


class _SheetDocument(Document):
    """The event and the day atop every sheet, the day and 'Page n of N' (in the day) below:
    a sheet that comes loose from the pile still says what it records."""

    def __init__(self, event_title: str, **kw: Any):  # Document's own keywords
        super().__init__(**kw)
        self.event_title = event_title

    def draw_header(self, canvas: Canvas, page: PageNumber) -> None:
        s = _styles()
        width, height = self.pagesize
        top = height - MARGIN
        canvas.saveState()
        canvas.setFillColor(colors.black)
        draw_string(
            canvas,
            MARGIN,
            top - 12,
            fit(self.event_title, s["event"], width - 2 * MARGIN),
            s["event"],
        )
        canvas.setFont(s["day"].fontName, s["day"].fontSize)
        sheet = i18n.t("signin_sheet", self.lang)
        canvas.drawString(MARGIN, top - 28, f"{sheet} · {page.section or ''}")
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - HEADER_H + 6, width - MARGIN, top - HEADER_H + 6)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: PageNumber) -> None:
        s = _styles()["footer"]
        canvas.saveState()
        canvas.setFont(s.fontName, s.fontSize)
        canvas.setFillColor(GREY)
        canvas.drawRightString(
            self.pagesize[0] - MARGIN,
            MARGIN - 2,
            i18n.page_of(page.n, page.total, self.lang).capitalize(),
        )
        canvas.drawString(MARGIN, MARGIN - 2, page.section or "")
        canvas.restoreState()


def _check(data: model.EventData, options: SigninOptions) -> list[model.Day]:
    """The days to print, every option checked before any work."""
    try:
        Locale.parse(options.locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        raise ValueError(f"unknown locale {options.locale!r} (use e.g. en, fr)") from None
    if not 0 <= options.blank_rows <= MAX_BLANK_ROWS:
        raise ValueError(f"blank rows must be between 0 and {MAX_BLANK_ROWS}")
    days = (
        data.days if options.day_ids is None else [d for d in data.days if d.id in options.day_ids]
    )
    if not days:
        raise ValueError("the event has no days to print a sign-in sheet for")
    return days


def _day_table(
    people: list[model.Person], blank_rows: int, glyphs: Glyphs, width: float, locale: str = "en"
) -> Table:
    s = _styles()
    col_widths = [10 * mm, width * 0.33, width * 0.34, 0]
    col_widths[3] = width - sum(col_widths)
    rows: list[list[object]] = [
        [
            Paragraph(esc(i18n.t(f"signin_{h}", locale)), s["head"])
            for h in ("no", "name", "organisation", "signature")
        ]
    ]
    for n, p in enumerate(people, start=1):
        family = esc(glyphs.strip(p.family_name), fonts.BOLD)
        given = esc(glyphs.strip(p.given_name))
        if not any(ch.isalpha() for ch in family + given) and (p.family_name or p.given_name):
            # nothing of the name is printable: a placeholder keeps the person's row
            family, given = esc(glyphs.name(p.family_name + p.given_name, locale), fonts.BOLD), ""
        name = f"<b>{family}</b>, {given}" if family and given else f"<b>{family or given}</b>"
        org = glyphs.strip(p.affiliations[0].organisation) if p.affiliations else ""
        rows.append(
            [
                Paragraph(str(n), s["num"]),
                Paragraph(name, s["cell"]),
                Paragraph(esc(org), s["cell"]),
                "",
            ]
        )
    for n in range(len(people) + 1, len(people) + 1 + blank_rows):
        rows.append([Paragraph(str(n), s["num"]), "", "", ""])
    table = Table(rows, colWidths=col_widths, repeatRows=1)
    table.setStyle(
        table_style(
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
    return table


def render(
    data: model.EventData,
    options: SigninOptions | None = None,
    target: str | Path | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Rendered:
    """The sheets of the chosen days as PDF bytes (and at ``target`` when given).

    Raises ValueError for bad options before any work and base.Cancelled when stopped;
    the warnings name everyone whose name or organisation has a letter the font lacks.
    """
    options = options or SigninOptions()
    days = _check(data, options)
    people = attendees_for_sheet(data)
    glyphs = Glyphs()
    for p in people:
        org = p.affiliations[0].organisation if p.affiliations else ""
        glyphs.check(p.full_name, p.family_name, p.given_name, org)
    lang = options.locale if options.locale in i18n.LANGUAGES else "en"
    title = data.event.title or W("event", lang)
    doc = _SheetDocument(
        glyphs.strip(title),
        title=W("title", lang, event=title),
        paper=options.paper,
        lang=lang,
        invariant=bool(options.invariant),
        progress=progress,
        cancelled=cancelled,
        margins=(MARGIN, MARGIN, MARGIN + FOOTER_H, MARGIN + HEADER_H),
        subject=W("subject", lang),
    )
    blank = options.blank_rows if people else max(options.blank_rows, EMPTY_ROWS)
    numbers = day_numbers(data.days)
    story: list[Flowable] = []
    for i, day in enumerate(days):
        doc.check_cancel()
        if i:
            story.append(PageBreak())
        story.append(Section(day_heading(day, options.locale, numbers[day.date])))
        story.append(_day_table(people, blank, glyphs, doc.width, doc.lang))
        if not people:
            story.append(Spacer(1, 3 * mm))
            story.append(KeepTogether([Paragraph(esc(W("nobody", lang)), _styles()["cell"])]))
    pdf = doc.build(story, target)
    return Rendered(pdf, doc.page_count, glyphs.warnings)


def render_signin(
    data: model.EventData, path: str | Path, options: SigninOptions | None = None
) -> int:
    """Write the sheets to ``path`` (atomically); returns the number of pages."""
    with atomic_path(path) as tmp:
        return render(data, options, tmp).pages
