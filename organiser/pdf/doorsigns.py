"""Door signs: one page per room per day, the room's sessions in type readable from afar.

Sessions without a room are not on any door, unless no session has a room: then one sign
per day, named after the venue, lists them all. A day with many sessions in one room is
set in smaller type to fit its page rather than spilling onto a second sheet nobody will
tape up, and always across the full width of the page.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
)

from .. import i18n
from ..model import QUIET_KINDS, Day, EventData, Session
from ..services import timezones
from ..services.briefs import zone_town
from . import fonts
from .base import (
    ACCENT,
    MUTED,
    RULE,
    CancelCheck,
    Document,
    Glyphs,
    Progress,
    esc,
    stylesheet,
    table_style,
)
from .paragraph import Paragraph
from .programme_common import ProgrammeOptions, day_title, heading_text, style_document

#: type sizes tried for a sign, largest first, as multiples of the sizes below: the
#: largest whose sessions fit the page is printed, across the page's whole width
SCALES = (1.0, 0.9, 0.8, 0.72, 0.64, 0.56, 0.5)


@cache
def _styles(scale: float) -> dict[str, ParagraphStyle]:
    body = stylesheet()["body"]

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            f"door_{name}_{scale}",
            parent=body,
            fontSize=size * scale,
            leading=leading * scale,
            **kw,
        )

    return {
        "room": style("room", 44, 50, fontName=fonts.BOLD, textColor=ACCENT),
        "day": style("day", 18, 23, textColor=MUTED, spaceAfter=18 * scale),
        "time": style("time", 20, 25, fontName=fonts.BOLD),
        "other": style("other", 11, 14, textColor=MUTED),
        "title": style("title", 20, 25),
        "quiet": style("quiet", 16, 21, textColor=MUTED),
    }


def _signs(data: EventData) -> list[tuple[str, object]]:
    """(name on the door, room id) for each sign: every room, in the event's order.

    An event whose sessions have no room (a single-room dialogue) still has a door: one
    sign, named after the venue, lists all of them.
    """
    rooms = {r.id for r in data.rooms}
    if any(s.room_id in rooms for s in data.sessions if s.room_id is not None):
        return [(r.name, r.id) for r in data.rooms]
    return [(data.event.venue_name or data.event.title or "Programme", None)]


def _page(
    data: EventData,
    day: Day,
    index: int,
    name: str,
    sessions: list[Session],
    zones: list[str],
    glyphs: Glyphs,
    lang: str,
    doc: Document,
    scale: float,
) -> list[Flowable]:
    st = _styles(scale)
    venue = data.event.venue_time_zone or "UTC"
    rows = []
    first = None
    times = []
    for s in sessions:
        real = data.span(s)
        spans = [timezones.span_between(day.date, *real, venue, z) for z in zones]
        first = spans[0]
        times.append(i18n.clock_span(first.starts, first.ends, lang))
        when: list[Flowable] = [Paragraph(esc(times[-1]), st["time"])]
        shift = (first.ends.date() - day.date).days
        others = [f"({i18n.day_shift(shift, lang)})"] if shift else []
        others += [
            f"{i18n.clock_span(sp.starts, sp.ends, lang)} {sp.label}"
            + (
                f" ({i18n.day_shift((sp.ends.date() - day.date).days, lang)})"
                if sp.ends.date() != day.date
                else ""
            )
            for sp in spans[1:]
        ]
        if s.type_note:  # under the time, where the column has room: the format's own name
            others.append(glyphs.strip(s.type_note))
        if others:
            when.append(Paragraph("<br/>".join(esc(o) for o in others), st["other"]))
        title = esc(glyphs.strip(heading_text(s, lang)))
        rows.append([when, Paragraph(title, st["quiet" if s.kind in QUIET_KINDS else "title"])])
    # the times on one line ("13 h 00–13 h 10" is longer than "13:00–13:10")
    widest = max(stringWidth(t, fonts.BOLD, st["time"].fontSize) for t in times)
    time_width = min(doc.width * 0.45, max(doc.width * 0.3, widest + 12 * scale))
    table = Table(rows, colWidths=[time_width, doc.width - time_width])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10 * scale),
                ("TOPPADDING", (0, 0), (-1, -1), 9 * scale),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 11 * scale),
                ("LINEABOVE", (0, 0), (-1, -1), 0.6, RULE),
            ]
        )
    )
    assert first is not None
    zone_note = Paragraph(
        esc(f"{first.label} ({zone_town(data.event, zones[0], lang)})"), st["other"]
    )
    return [
        Paragraph(esc(glyphs.strip(name)), st["room"]),
        Paragraph(esc(day_title(day, index, glyphs, lang)), st["day"]),
        table,
        Spacer(1, 6 * scale),
        zone_note,
        Spacer(1, 14 * scale),
        Paragraph(esc(glyphs.strip(data.event.title)), st["other"]),
    ]


def story(
    data: EventData,
    options: ProgrammeOptions,
    zones: list[str],
    glyphs: Glyphs,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[Document, list[Flowable]]:
    """A sign per room per day, in the largest type that fits its page at full width (a
    day of very many sessions is shrunk as a last resort, never spilled to a 2nd sheet)."""
    doc = style_document(data, options, glyphs, progress, cancelled, "room", footer=False)
    out: list[Flowable] = []
    days = sorted(data.days, key=lambda d: d.date)
    signs = _signs(data)
    for index, day in enumerate(days, start=1):
        sessions = data.sessions_on(day.id)
        for name, room_id in signs:
            doc.check_cancel()
            mine = [s for s in sessions if s.room_id == room_id]
            if not mine:
                continue
            args = (data, day, index, name, mine, zones, glyphs, options.lang, doc)
            page = None
            for scale in SCALES:
                page = _page(*args, scale)
                if doc.stacked_height(page) <= doc.height:
                    break
            else:
                page = [KeepInFrame(doc.width, doc.height, page, mode="shrink")]
            if out:
                out.append(PageBreak())
            out += page
    return doc, out
