"""The staff run sheet: each day in time order, then the rooming list and people's needs.

This is the one document that gathers everybody's private logistics (phones, booking
references, dietary and access needs), so it says so at the top of every copy and is
never handed to speakers or participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from .. import addressing, i18n
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
    "en": {
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
    },
    "fr": {
        "opening": "Ouverture",
        "keynote": "Discours",
        "workshop": "Atelier",
        "panel": "Table ronde",
        "plenary": "Plénière",
        "break": "Pause",
        "meal": "Repas",
        "closing": "Clôture",
        "other": "Séance",
        "arrival": "Arrivée",
        "pickup": "Accueil",
        "meet": "Rendez-vous",
        "setup": "Installation",
        "catering": "Restauration",
        "departure": "Départ",
    },
}
W = i18n.Words(
    en={
        "title": "Run sheet: {event}",
        "title_plain": "Run sheet",
        "subject": "Staff run sheet (confidential)",
        "staff_only": "FOR STAFF ONLY: this sheet holds phone numbers, booking references and "
        "dietary and access needs. Do not hand it out or leave it on a table.",
        "nothing": "Nothing is scheduled yet.",
        "zone": "Times are venue time: {zone} ({town})",
        "diet": "Diet: {needs}",
        "access": "Access: {needs}",
        "rooming": "Rooming list",
        "rooming_note": "By hotel, in name order.",
        "name": "Name",
        "in": "In",
        "out": "Out",
        "nights": "Nights",
        "booking": "Booking ref.",
        "needs": "Needs",
        "contact": "Contact",
        "needs_title": "Dietary and access needs",
        "needs_note": "Everyone with a need on file, whether or not they stay at a hotel.",
        "dietary": "Dietary needs",
        "access_needs": "Access needs",
        "phone": "Phone",
        "contacts": "On-site contacts",
        "role": "Role",
    },
    fr={
        "title": "Feuille de route : {event}",
        "title_plain": "Feuille de route",
        "subject": "Feuille de route de l’équipe (confidentielle)",
        "staff_only": "RÉSERVÉ À L’ÉQUIPE : cette feuille contient des numéros de téléphone, des "
        "références de réservation et des besoins alimentaires et d’accessibilité. Ne la "
        "distribuez pas et ne la laissez pas sur une table.",
        "nothing": "Rien n’est encore prévu.",
        "zone": "Heures locales du lieu : {zone} ({town})",
        "diet": "Régime : {needs}",
        "access": "Accessibilité : {needs}",
        "rooming": "Liste d’hébergement",
        "rooming_note": "Par hôtel, dans l’ordre alphabétique.",
        "name": "Nom",
        "in": "Arrivée",
        "out": "Départ",
        "nights": "Nuits",
        "booking": "Réservation",
        "needs": "Besoins",
        "contact": "Contact",
        "needs_title": "Besoins alimentaires et d’accessibilité",
        "needs_note": "Toutes les personnes ayant signalé un besoin, qu’elles soient logées à "
        "l’hôtel ou non.",
        "dietary": "Régime alimentaire",
        "access_needs": "Accessibilité",
        "phone": "Téléphone",
        "contacts": "Contacts sur place",
        "role": "Rôle",
    },
)
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
    lang: str = "en"


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

    def __init__(self, at: Paragraph, kind: str, text: Paragraph, lang: str = "en"):
        super().__init__()
        self.at, self.kind, self.text = at, kind, text
        self.label = KIND_LABELS[lang].get(kind, kind)
        self.TIME_W, self.KIND_W = _columns(lang)

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
        draw_string(c, self.TIME_W, top + 0.5, self.label.upper(), s["kind"])
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.line(0, 0, self.width, 0)
        c.restoreState()
        self.text.drawOn(c, self.TIME_W + self.KIND_W, self.height - 2 - self.text.height)


@cache
def _columns(lang: str) -> tuple[float, float]:
    """The widths of the time and kind columns: room for the longest time range and kind
    word of the language ("13 h 00–13 h 10", "RENDEZ-VOUS"), never less than English needs."""
    s = _styles()
    time_w = text_width(i18n.clock_span(time(23, 59), time(23, 59), lang), fonts.BOLD, 8.8)
    kind_w = max(
        text_width(label.upper(), s["kind"].fontName, s["kind"].fontSize)
        for label in KIND_LABELS[lang].values()
    )
    # a clear gap (about 4 mm) between the time, its kind and the text
    return max(_Entry.TIME_W, time_w + 12), max(_Entry.KIND_W, kind_w + 6)


def _day_title(data: EventData, day: date, lang: str) -> str:
    numbers = day_numbers(data.days)
    for d in data.days:
        if d.date == day:
            return i18n.day_heading(d.label, numbers[day], day, lang)
    return i18n.long_date(day, lang)


def _zone_line(data: EventData, day: date, lang: str) -> str:
    """'Times are venue time: GMT (Bamako)', with the abbreviation in force that day."""
    zone = data.event.venue_time_zone or "UTC"
    noon = timezones.venue_datetime(day, time(12), zone)
    town = content.zone_town(data.event, zone, lang)
    return W("zone", lang, zone=timezones.abbreviation(zone, noon), town=town)


def _when(e: content.RunSheetEntry, lang: str) -> str:
    """'13:20–14:45', with '+1 day' for a late talk listed under the day before."""
    text = i18n.clock(e.at, lang) + (f"–{i18n.clock(e.ends, lang)}" if e.ends is not None else "")
    shift = ((e.ends or e.at).date() - e.day).days
    if shift:
        text += f"<br/><font size='7' color='{MUTED.hexval()}'>{i18n.day_shift(shift, lang)}</font>"
    return text


def _needs(p: Person, lang: str = "en") -> str:
    parts = []
    if p.dietary_needs:
        parts.append(W("diet", lang, needs=p.dietary_needs))
    if p.access_needs:
        parts.append(W("access", lang, needs=p.access_needs))
    return i18n.typeset("; ".join(parts), lang)


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
    ev, lang = data.event, options.lang
    title = W("title", lang, event=ev.title) if ev.title else W("title_plain", lang)
    out: list[Flowable] = [
        Paragraph(markup(glyphs.strip(title)), s["title"]),
        Paragraph(esc(W("staff_only", lang)), s["warning"]),
    ]
    entries = content.run_sheet(data, options.setup_lead, lang)
    if not entries:
        out.append(Paragraph(esc(W("nothing", lang)), s["text"]))
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
            heading = Paragraph(esc(_day_title(data, e.day, lang)), s["day"])
            heading.keepWithNext = 1
            zone = Paragraph(esc(_zone_line(data, e.day, lang)), s["h1_sub"])
            zone.keepWithNext = 1
            out += [heading, zone]
        glyphs.check(e.text, e.text)
        text = e.text
        for p in unprintable:
            name = content.whole(addressing.full_name(p, lang))
            if name in text:
                text = text.replace(name, content.whole(glyphs.person(p, lang)))
        line = Paragraph(esc(glyphs.strip(text)), s["line"])
        out.append(_Entry(Paragraph(_when(e, lang), s["at"]), e.kind, line, lang))

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
        out.append(Paragraph(esc(W("rooming", lang)), s["h1"]))
        out.append(Paragraph(esc(W("rooming_note", lang)), s["h1_sub"]))
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
                    W("diet", lang, needs=p.dietary_needs) if p.dietary_needs else "",
                    W("access", lang, needs=p.access_needs) if p.access_needs else "",
                ]
                rows.append(
                    [
                        _lines(glyphs.person(p, lang)),
                        _lines(i18n.day_short(p.check_in, lang) if p.check_in else ""),
                        _lines(i18n.day_short(p.check_out, lang) if p.check_out else ""),
                        nights,
                        _lines(*_fit(glyphs.strip(p.booking_reference), ref_room)),
                        _lines(*(ln for x in needs for ln in _fit(glyphs.strip(x), needs_room))),
                        _lines(p.phone, *_fit(p.email, contact_room, email=True)),
                    ]
                )
            out.append(
                _table(
                    [
                        W(k, lang)
                        for k in ("name", "in", "out", "nights", "booking", "needs", "contact")
                    ],
                    rows,
                    rooming_widths,
                )
            )
            out.append(Spacer(1, 6))
    needy = [p for p in sorted(data.people, key=lambda p: p.sort_key) if _needs(p)]
    if needy:
        out.append(CondPageBreak(50 * mm))
        out.append(Paragraph(esc(W("needs_title", lang)), s["h1"]))
        out.append(Paragraph(esc(W("needs_note", lang)), s["h1_sub"]))
        out.append(
            _table(
                [W(k, lang) for k in ("name", "dietary", "access_needs", "phone")],
                [
                    [
                        _lines(glyphs.person(p, lang)),
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
        out.append(Paragraph(esc(W("contacts", lang)), s["h1"]))
        out.append(
            _table(
                [W(k, lang) for k in ("name", "role", "phone")],
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
    i18n.check_lang(options.lang)
    glyphs = Glyphs()
    plain = W("title_plain", options.lang)
    title = f"{plain} · {data.event.title}" if data.event.title else plain
    doc = Document(
        title=title,
        paper=options.paper,
        lang=options.lang,
        invariant=options.invariant,
        progress=progress,
        cancelled=cancelled,
        subject=W("subject", options.lang),
    )
    pdf = doc.build(story(doc, data, options, glyphs), target)
    return Rendered(pdf, doc.page_count, glyphs.warnings)


__all__ = ["RunSheetOptions", "render", "story"]
