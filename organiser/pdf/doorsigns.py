"""Door signs: one page per room per day, the room's sessions in type readable from afar.

Sessions without a room are not on any door. A day with very many sessions in one room is
shrunk to fit its page rather than spilling onto a second sheet nobody will tape up.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
)

from .. import i18n
from ..model import QUIET_KINDS, EventData
from ..services import timezones
from . import fonts
from .base import ACCENT, MUTED, RULE, CancelCheck, Document, Glyphs, Progress, esc, table_style
from .paragraph import Paragraph
from .programme import ProgrammeOptions, day_title, heading_text, style_document


def _styles(doc: Document) -> dict[str, ParagraphStyle]:
    body = doc.styles["body"]
    return {
        "room": ParagraphStyle(
            "door_room", parent=body, fontName=fonts.BOLD, fontSize=44, leading=50, textColor=ACCENT
        ),
        "day": ParagraphStyle(
            "door_day", parent=body, fontSize=18, leading=23, textColor=MUTED, spaceAfter=18
        ),
        "time": ParagraphStyle(
            "door_time", parent=body, fontName=fonts.BOLD, fontSize=20, leading=25
        ),
        "other": ParagraphStyle(
            "door_other", parent=body, fontSize=11, leading=14, textColor=MUTED
        ),
        "title": ParagraphStyle("door_title", parent=body, fontSize=20, leading=25),
        "quiet": ParagraphStyle(
            "door_quiet", parent=body, fontSize=16, leading=21, textColor=MUTED
        ),
    }


def story(
    data: EventData,
    options: ProgrammeOptions,
    zones: list[str],
    glyphs: Glyphs,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[Document, list[Flowable]]:
    doc = style_document(data, options, glyphs, progress, cancelled, "room", footer=False)
    st = _styles(doc)
    lang = options.lang
    venue = data.event.venue_time_zone or "UTC"
    out: list[Flowable] = []
    days = sorted(data.days, key=lambda d: d.date)
    for index, day in enumerate(days, start=1):
        sessions = data.sessions_on(day.id)  # type: ignore[arg-type]
        for room in data.rooms:
            doc.check_cancel()
            mine = [s for s in sessions if s.room_id == room.id]
            if not mine:
                continue
            rows = []
            for s in mine:
                spans = [timezones.span_in(day.date, s.starts, s.ends, venue, z) for z in zones]
                first = spans[0]
                when: list[Flowable] = [
                    Paragraph(esc(f"{first.starts:%H:%M}–{first.ends:%H:%M}"), st["time"])
                ]
                others = [
                    f"{sp.starts:%H:%M}–{sp.ends:%H:%M} {sp.label}"
                    + (
                        f" ({i18n.day_shift((sp.ends.date() - day.date).days, lang)})"
                        if sp.ends.date() != day.date
                        else ""
                    )
                    for sp in spans[1:]
                ]
                if others:
                    when.append(Paragraph("<br/>".join(esc(o) for o in others), st["other"]))
                title = esc(glyphs.strip(heading_text(s, lang)))
                rows.append(
                    [when, Paragraph(title, st["quiet" if s.kind in QUIET_KINDS else "title"])]
                )
            table = Table(rows, colWidths=[doc.width * 0.3, doc.width * 0.7])
            table.setStyle(
                table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 9),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
                        ("LINEABOVE", (0, 0), (-1, -1), 0.6, RULE),
                    ]
                )
            )
            zone_note = Paragraph(esc(f"{first.label} ({timezones.city(zones[0])})"), st["other"])
            page = [
                Paragraph(esc(glyphs.strip(room.name)), st["room"]),
                Paragraph(esc(day_title(day, index, glyphs, lang)), st["day"]),
                table,
                Spacer(1, 6),
                zone_note,
                Spacer(1, 14),
                Paragraph(esc(glyphs.strip(data.event.title)), st["other"]),
            ]
            if out:
                out.append(PageBreak())
            out.append(KeepInFrame(doc.width, doc.height, page, mode="shrink"))
    return doc, out
