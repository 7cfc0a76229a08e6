"""The programme "at a glance": times and titles only, for a door or the back of a badge.

The whole event goes on one page when it fits; otherwise each day gets its own page (a
very long day still flows on, with its column headings repeated).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
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
    TINT,
    CancelCheck,
    Document,
    Glyphs,
    Progress,
    esc,
    stylesheet,
    table_style,
    text_width,
)
from .paragraph import Paragraph
from .programme_common import ProgrammeOptions, day_title, heading_text, style_document


def _cell(
    day: Day, real: tuple[datetime, datetime], venue: str, zone: str, header_label: str, lang: str
) -> str:
    span = timezones.span_between(day.date, real[0], real[1], venue, zone)
    s_shift = (span.starts.date() - day.date).days
    e_shift = (span.ends.date() - day.date).days
    text = i18n.clock_span(span.starts, span.ends, lang)
    shift = e_shift or s_shift
    if shift:
        text += f" ({i18n.day_shift(shift, lang)})"
    if span.label != header_label:  # the clocks changed during this day
        text += f" {span.label}"
    return esc(text)


#: type sizes tried, largest first, as multiples of the compact 8 pt: the biggest whose
#: content still fits its page is printed (16 pt at most, never below 8 pt)
SCALES = (2.0, 1.85, 1.7, 1.55, 1.4, 1.3, 1.2, 1.1, 1.0)
#: the session column keeps at least this share of the width as the type grows
MIN_TITLE_SHARE = 0.4


@cache
def _styles(scale: float) -> dict[str, ParagraphStyle]:
    base = stylesheet()
    small = ParagraphStyle(
        f"glance_small_{scale}",
        parent=base["small"],
        fontSize=8 * scale,
        leading=10.5 * scale,
    )
    return {
        "small": small,
        "small_bold": ParagraphStyle(
            f"glance_small_bold_{scale}", parent=small, fontName=fonts.BOLD
        ),
        "h2": ParagraphStyle(
            f"glance_h2_{scale}",
            parent=base["h2"],
            fontSize=11.5 * min(scale, 1.6),
            leading=14.5 * min(scale, 1.6),
            spaceAfter=3 * scale,
        ),
    }


@dataclass
class _Day:
    """A day's glance as text, laid out later at the size that fits."""

    heading: str
    zones: list[str]
    header: list[tuple[str, str]]  # (abbreviation, city) per zone
    rows: list[tuple[list[str], str, bool]]  # (time per zone, titles markup, quiet)
    #: 'Day 1, Sat 27 Dec' in the repeated column heads: a continuation page names its day
    short: str = ""


def day_rows(
    data: EventData, day: Day, index: int, zones: list[str], glyphs: Glyphs, lang: str
) -> _Day:
    venue = data.event.venue_time_zone or "UTC"
    sessions = data.sessions_on(day.id)
    heading = day_title(day, index, glyphs, lang)
    short = f"{i18n.t('day_n', lang, n=index)}, {i18n.short_date(day.date, lang)}"
    if not sessions:
        return _Day(heading, zones, [], [], short)
    hours = data.day_span(day)
    first = data.starts_at(sessions[0]) if hours is None else hours[0]
    at = first.replace(tzinfo=timezones._zone(venue))
    labels = [timezones.abbreviation(z, at) for z in zones]
    rows = []
    # parallel sessions share one row: a day of many rooms still fits one page
    slots: dict[tuple[datetime, datetime], list[Session]] = {}
    for s in sessions:  # in real time order: 23:00–23:40 before 23:00–00:00 (+1 day)
        slots.setdefault(data.span(s), []).append(s)
    for real, group in slots.items():
        times = [_cell(day, real, venue, z, lab, lang) for z, lab in zip(zones, labels)]
        lines = []
        for s in group:
            title = esc(glyphs.strip(heading_text(s, lang)))
            room = data.room(s.room_id)
            if room is not None and room.name.strip():
                title = (
                    f"<font color='{MUTED.hexval()}'>{esc(glyphs.strip(room.name))}</font>  {title}"
                )
            lines.append(f"<i>{title}</i>" if s.kind in QUIET_KINDS else title)
        quiet = all(s.kind in QUIET_KINDS for s in group)
        rows.append((times, "<br/>".join(lines), quiet))
    header = [(lab, zone_town(data.event, z, lang)) for lab, z in zip(labels, zones)]
    return _Day(heading, zones, header, rows, short)


def _time_widths(day: _Day, scale: float) -> list[float]:
    """Each time column as wide as its longest entry at this size (plus padding)."""
    st = _styles(scale)
    size = st["small"].fontSize
    pad = 2 * 3 * scale + 2
    widths = []
    for i, (lab, city) in enumerate(day.header):
        head = text_width(lab + " ", fonts.BOLD, size) + text_width(city, fonts.REGULAR, size)
        font = fonts.BOLD if i == 0 else fonts.REGULAR
        cells = [text_width(html.unescape(r[0][i]), font, size) for r in day.rows]
        widths.append(max([head, *cells]) + pad)
    return widths


def _fits_across(day: _Day, scale: float, width: float) -> bool:
    return width - sum(_time_widths(day, scale)) >= width * MIN_TITLE_SHARE


def day_table(
    day: _Day, doc: Document, lang: str, scale: float = 1.0, long: bool = False
) -> list[Flowable]:
    """The day's heading and table; a ``long`` day, which runs onto another page, names
    itself in the column heads that table repeats there."""
    st = _styles(scale)
    heading = Paragraph(esc(day.heading), st["h2"])
    if not day.rows:
        return [CondPageBreak(40), heading, Spacer(1, 6)]
    widths = _time_widths(day, scale)
    if sum(widths) > doc.width * (1 - MIN_TITLE_SHARE):  # many zones: share what is left
        widths = [doc.width * (1 - MIN_TITLE_SHARE) / len(widths)] * len(widths)
    title_w = doc.width - sum(widths)
    header = [
        Paragraph(f"<b>{esc(lab)}</b> {esc(city)}", st["small"]) for lab, city in day.header
    ] + [
        Paragraph(
            f"<b>{esc(i18n.t('session', lang))}</b>"
            + (f"<font color='{MUTED.hexval()}'>  ·  {esc(day.short)}</font>" if long else ""),
            st["small"],
        )
    ]
    rows = [header]
    quiet_rows = []
    for times, titles, quiet in day.rows:
        doc.check_cancel()
        cells: list[Flowable] = [
            Paragraph(t, st["small_bold" if i == 0 else "small"]) for i, t in enumerate(times)
        ]
        cells.append(Paragraph(titles, st["small"]))
        if quiet:
            quiet_rows.append(len(rows))
        rows.append(cells)
    table = Table(rows, colWidths=[*widths, title_w], repeatRows=1)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * scale),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * scale),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * scale),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    for r in quiet_rows:
        commands.append(("BACKGROUND", (0, r), (-1, r), TINT))
        commands.append(("TEXTCOLOR", (0, r), (-1, r), MUTED))
    table.setStyle(table_style(commands))
    table.spaceAfter = 12 * scale
    return [CondPageBreak(80), heading, table]


def story(
    data: EventData,
    options: ProgrammeOptions,
    zones: list[str],
    glyphs: Glyphs,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[Document, list[Flowable]]:
    """The whole event on one page when it fits, else a page per day; either way in the
    largest type that still fits (a page 60% empty in 8 pt helps nobody at a door)."""
    doc = style_document(data, options, glyphs, progress, cancelled, "at_a_glance")
    st = doc.styles
    lang = options.lang
    head: list[Flowable] = [
        Paragraph(esc(glyphs.strip(data.event.title)), st["h1"]),
        Paragraph(esc(i18n.t("at_a_glance", lang)), st["h1_sub"]),
    ]
    days = sorted(data.days, key=lambda d: d.date)
    per_day = [day_rows(data, d, i, zones, glyphs, lang) for i, d in enumerate(days, start=1)]
    room = doc.height * 0.98
    head_h = doc.stacked_height(head)
    for scale in SCALES:
        doc.check_cancel()
        if scale > 1 and not all(_fits_across(d, scale, doc.width) for d in per_day):
            continue
        flows = [f for d in per_day for f in day_table(d, doc, lang, scale)]
        if head_h + doc.stacked_height(flows) <= room:
            return doc, head + flows
    # a page per day, each in the largest type that fits it
    out = list(head)
    page_head = Paragraph(esc(glyphs.strip(data.event.title)), st["h1_sub"])
    for i, day in enumerate(per_day):
        if i:
            out.append(PageBreak())
            out.append(page_head)
        top = head_h if i == 0 else doc.stacked_height([page_head])
        chosen = day_table(day, doc, lang, 1.0, long=True)
        for scale in SCALES[:-1]:
            if not _fits_across(day, scale, doc.width):
                continue
            flows = day_table(day, doc, lang, scale)
            if top + doc.stacked_height(flows) <= room:
                chosen = flows
                break
        out += chosen
    return doc, out
