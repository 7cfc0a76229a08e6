"""The staff run sheet: each day in time order, then the rooming list and people's needs.

This is the one document that gathers everybody's private logistics (phones, booking
references, dietary and access needs), so it says so at the top of every copy and is
never handed to speakers or participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from .. import i18n
from ..model import SESSION_KIND_LABELS, EventData, Person
from ..services import briefs as content
from ..services import timezones
from . import fonts
from .base import (
    ACCENT,
    MUTED,
    RULE,
    TINT,
    CancelCheck,
    Document,
    Glyphs,
    Progress,
    Rendered,
    day_numbers,
    draw_string,
    esc,
    markup,
    stylesheet,
    table_style,
    text_width,
)
from .paragraph import Paragraph

#: what each line is, as short as the kind column allows; sessions by their own kind
KIND_LABELS = {
    **SESSION_KIND_LABELS,
    "opening": "Opening",
    "closing": "Closing",
    "other": "Session",
    "arrival": "Arrival",
    "pickup": "Pick-up",
    "meet": "Meet",
    "setup": "Set-up",
    "catering": "Catering",
    "departure": "Departure",
}
KIND_COLOURS = {
    "arrival": colors.HexColor("#1f6f43"),
    "pickup": colors.HexColor("#1f6f43"),
    "meet": colors.HexColor("#1f6f43"),
    "setup": colors.HexColor("#8a5a00"),
    "catering": colors.HexColor("#7a3e9d"),
    "departure": colors.HexColor("#6b2b2b"),
    "break": MUTED,
    "meal": MUTED,
}


@dataclass
class RunSheetOptions:
    paper: str = "a4"
    invariant: bool = False
    #: minutes before a session that its room set-up is due
    setup_lead: int = 60


@cache
def _styles() -> dict[str, ParagraphStyle]:
    s = dict(stylesheet())
    s["warning"] = ParagraphStyle(
        "rs_warning",
        parent=s["small_bold"],
        textColor=colors.HexColor("#b00020"),
        spaceAfter=8,
    )
    s["day"] = ParagraphStyle(
        "rs_day", parent=s["h1"], fontSize=13, leading=17, spaceBefore=12, spaceAfter=4
    )
    s["line"] = ParagraphStyle(
        "rs_line", parent=s["body"], fontSize=8.8, leading=11.5, spaceAfter=0
    )
    s["at"] = ParagraphStyle("rs_at", parent=s["line"], fontName=fonts.BOLD)
    s["cell"] = ParagraphStyle("rs_cell", parent=s["small"], fontSize=8, leading=10)
    s["head"] = ParagraphStyle(
        "rs_head", parent=s["cell"], fontName=fonts.BOLD, textColor=colors.white
    )
    s["kind"] = ParagraphStyle("rs_kind", parent=s["at"], fontSize=7.5)
    return s


class _Entry(Flowable):
    """Time (a session's start and end), a coloured kind and the text: one line of the day."""

    TIME_W = 23 * mm
    KIND_W = 19 * mm

    def __init__(self, at: Paragraph, kind: str, text: Paragraph):
        super().__init__()
        self.at, self.kind, self.text = at, kind, text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, h = self.text.wrap(avail_width - self.TIME_W - self.KIND_W, avail_height)
        _, t = self.at.wrap(self.TIME_W - 3, avail_height)
        self.width, self.height = avail_width, max(h, t) + 4
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c = self.canv
        s = _styles()
        top = self.height - 2 - s["line"].fontSize
        self.at.drawOn(c, 0, self.height - 2 - self.at.height)
        c.saveState()
        c.setFillColor(KIND_COLOURS.get(self.kind, ACCENT))
        draw_string(
            c, self.TIME_W, top + 0.5, KIND_LABELS.get(self.kind, self.kind).upper(), s["kind"]
        )
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.line(0, 0, self.width, 0)
        c.restoreState()
        self.text.drawOn(c, self.TIME_W + self.KIND_W, self.height - 2 - self.text.height)


def _day_title(data: EventData, day: date) -> str:
    numbers = day_numbers(data.days)
    for d in data.days:
        if d.date == day:
            return i18n.day_heading(d.label, numbers[day], day, "en")
    return i18n.long_date(day, "en")


def _zone_line(data: EventData, day: date) -> str:
    """'Times are venue time: GMT (Bamako)', with the abbreviation in force that day."""
    zone = data.event.venue_time_zone or "UTC"
    noon = datetime.combine(day, time(12)).replace(tzinfo=timezones._zone(zone))
    town = content.zone_town(data.event, zone)
    return f"Times are venue time: {timezones.abbreviation(zone, noon)} ({town})"


def _when(e: content.RunSheetEntry) -> str:
    """'13:20–14:45', with '+1 day' for a late talk listed under the day before."""
    text = f"{e.at:%H:%M}" + (f"–{e.ends:%H:%M}" if e.ends is not None else "")
    shift = ((e.ends or e.at).date() - e.day).days
    if shift:
        text += f"<br/><font size='7' color='{MUTED.hexval()}'>{i18n.day_shift(shift, 'en')}</font>"
    return text


def _needs(p: Person) -> str:
    parts = []
    if p.dietary_needs:
        parts.append(f"Diet: {p.dietary_needs}")
    if p.access_needs:
        parts.append(f"Access: {p.access_needs}")
    return "; ".join(parts)


def _lines(*parts: str) -> str:
    """Cell markup: each non-empty part escaped, on its own line."""
    return "<br/>".join(esc(x) for x in parts if x)


_CELL_PAD = 3  # left and right padding of every table cell, in points


def _fit(text: str, width: float, *, email: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width``, broken where a reader expects a break.

    A booking reference breaks after a hyphen, slash or space; an e-mail address before
    its "@" first (name / @domain), then before a dot or after a hyphen. Only a single
    piece wider than the whole column is cut between letters. Paragraph would otherwise cut
    "BOOKING-MARKER-012" as "BOOKING-MARKE / R-012", which a reader copies wrongly.
    """
    style = _styles()["cell"]

    def wide(s: str) -> float:
        return text_width(s, style.fontName, style.fontSize)

    text = " ".join(text.split())
    if not text or wide(text) <= width:
        return [text] if text else []
    if email and "@" in text[1:]:
        at = text.index("@", 1)
        return _fit(text[:at], width, email=True) + _fit(text[at:], width, email=True)
    pattern = r"[.@][^.@\-]*-?|[^.@\-]+-?" if email else r"[^-/ ]*[-/ ]?"
    pieces = [t for t in re.findall(pattern, text) if t]
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if wide(line + piece) <= width:
            line += piece
            continue
        if line:
            lines.append(line.rstrip())
        line = piece
        while wide(line) > width:  # one piece wider than the column: cut between letters
            cut = max(1, max(i for i in range(1, len(line) + 1) if wide(line[:i]) <= width))
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    s = _styles()
    body = [[Paragraph(esc(h), s["head"]) for h in header]]
    body += [[Paragraph(v, s["cell"]) for v in row] for row in rows]
    t = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return t


def story(doc: Document, data: EventData, options: RunSheetOptions, glyphs: Glyphs) -> list:
    s = _styles()
    ev = data.event
    out: list[Flowable] = [
        Paragraph(
            markup(glyphs.strip(f"Run sheet: {ev.title}" if ev.title else "Run sheet")), s["title"]
        ),
        Paragraph(
            "FOR STAFF ONLY: this sheet holds phone numbers, booking references and dietary "
            "and access needs. Do not hand it out or leave it on a table.",
            s["warning"],
        ),
    ]
    entries = content.run_sheet(data, options.setup_lead)
    if not entries:
        out.append(Paragraph("Nothing is scheduled yet.", s["text"]))
    current: date | None = None
    # people whose name may not print at all: their lines name them by a placeholder
    unprintable = [
        p for p in data.people if not p.full_name.isascii() and fonts.missing_glyphs(p.name)
    ]
    for e in entries:
        doc.check_cancel()
        if e.day != current:
            current = e.day
            out.append(CondPageBreak(30 * mm))
            heading = Paragraph(esc(_day_title(data, e.day)), s["day"])
            heading.keepWithNext = 1
            zone = Paragraph(esc(_zone_line(data, e.day)), s["h1_sub"])
            zone.keepWithNext = 1
            out += [heading, zone]
        glyphs.check(e.text, e.text)
        text = e.text
        for p in unprintable:
            name = content.whole(p.full_name)
            if name in text:
                text = text.replace(name, content.whole(glyphs.person(p)))
        line = Paragraph(esc(glyphs.strip(text)), s["line"])
        out.append(_Entry(Paragraph(_when(e), s["at"]), e.kind, line))

    hotels = content.rooming_list(data)
    width = doc.width
    # Booking references (an airline's 6 letters, a hotel's "BKG-2021-4471-AZ") and
    # e-mail addresses get the room; in and out dates and the nights are short.
    rooming_widths = [w * width for w in (0.15, 0.07, 0.07, 0.07, 0.17, 0.20, 0.27)]
    ref_room = rooming_widths[4] - 2 * _CELL_PAD - 0.5
    needs_room = rooming_widths[5] - 2 * _CELL_PAD - 0.5
    contact_room = rooming_widths[6] - 2 * _CELL_PAD - 0.5
    if hotels:
        out.append(CondPageBreak(60 * mm))
        out.append(Paragraph("Rooming list", s["h1"]))
        out.append(Paragraph("By hotel, in name order.", s["h1_sub"]))
        for hotel, people in hotels.items():
            doc.check_cancel()
            address = next((p.hotel_address for p in people if p.hotel_address), "")
            title = esc(glyphs.strip(hotel)) + (
                f' <font color="#5b6470" size="8.5">— {esc(glyphs.strip(address))}</font>'
                if address
                else ""
            )
            out.append(CondPageBreak(30 * mm))
            out.append(Paragraph(title, s["h2"]))
            rows = []
            for p in people:
                glyphs.check(p.full_name, p.full_name, _needs(p), p.booking_reference)
                nights = str((p.check_out - p.check_in).days) if p.check_in and p.check_out else ""
                needs = [
                    f"Diet: {p.dietary_needs}" if p.dietary_needs else "",
                    f"Access: {p.access_needs}" if p.access_needs else "",
                ]
                rows.append(
                    [
                        _lines(glyphs.person(p)),
                        _lines(f"{p.check_in:%d %b}" if p.check_in else ""),
                        _lines(f"{p.check_out:%d %b}" if p.check_out else ""),
                        nights,
                        _lines(*_fit(glyphs.strip(p.booking_reference), ref_room)),
                        _lines(*(ln for x in needs for ln in _fit(glyphs.strip(x), needs_room))),
                        _lines(p.phone, *_fit(p.email, contact_room, email=True)),
                    ]
                )
            out.append(
                _table(
                    ["Name", "In", "Out", "Nights", "Booking ref.", "Needs", "Contact"],
                    rows,
                    rooming_widths,
                )
            )
            out.append(Spacer(1, 6))
    needy = [p for p in sorted(data.people, key=lambda p: p.sort_key) if _needs(p)]
    if needy:
        out.append(CondPageBreak(50 * mm))
        out.append(Paragraph("Dietary and access needs", s["h1"]))
        out.append(
            Paragraph(
                "Everyone with a need on file, whether or not they stay at a hotel.", s["h1_sub"]
            )
        )
        out.append(
            _table(
                ["Name", "Dietary needs", "Access needs", "Phone"],
                [
                    [
                        _lines(glyphs.person(p)),
                        _lines(glyphs.strip(p.dietary_needs)),
                        _lines(glyphs.strip(p.access_needs)),
                        _lines(p.phone),
                    ]
                    for p in needy
                ],
                [w * width for w in (0.25, 0.27, 0.27, 0.21)],
            )
        )
    if data.contacts:
        out.append(CondPageBreak(40 * mm))
        out.append(Paragraph("On-site contacts", s["h1"]))
        out.append(
            _table(
                ["Name", "Role", "Phone"],
                [
                    [_lines(glyphs.strip(c.name)), _lines(glyphs.strip(c.role)), _lines(c.phone)]
                    for c in data.contacts
                ],
                [w * width for w in (0.4, 0.35, 0.25)],
            )
        )
    return out


def render(
    data: EventData,
    options: RunSheetOptions | None = None,
    target: str | Path | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Rendered:
    """The run sheet as PDF bytes (and at ``target`` when given)."""
    options = options or RunSheetOptions()
    if options.setup_lead < 0 or options.setup_lead > 24 * 60:
        raise ValueError("the set-up lead time must be between 0 and 1440 minutes")
    glyphs = Glyphs()
    title = f"Run sheet · {data.event.title}" if data.event.title else "Run sheet"
    doc = Document(
        title=title,
        paper=options.paper,
        invariant=options.invariant,
        progress=progress,
        cancelled=cancelled,
        subject="Staff run sheet (confidential)",
    )
    pdf = doc.build(story(doc, data, options, glyphs), target)
    return Rendered(pdf, doc.page_count, glyphs.warnings)


__all__ = ["RunSheetOptions", "render", "story"]
