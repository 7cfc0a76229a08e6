"""The programme "at a glance": times and titles only, for a door or the back of a badge.

The whole event goes on one page when it fits; otherwise each day gets its own page (a
very long day still flows on, with its column headings repeated).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from .. import i18n
from ..model import QUIET_KINDS, Day, EventData, Session
from ..services import timezones
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
    table_style,
)
from .programme import ProgrammeOptions, day_hours, day_title, heading_text, style_document


def _cell(day: Day, session: Session, venue: str, zone: str, header_label: str, lang: str) -> str:
    span = timezones.span_in(day.date, session.starts, session.ends, venue, zone)
    s_shift = (span.starts.date() - day.date).days
    e_shift = (span.ends.date() - day.date).days
    text = f"{span.starts:%H:%M}–{span.ends:%H:%M}"
    shift = e_shift or s_shift
    if shift:
        text += f" ({i18n.day_shift(shift, lang)})"
    if span.label != header_label:  # the clocks changed during this day
        text += f" {span.label}"
    return esc(text)


def day_table(
    data: EventData,
    day: Day,
    index: int,
    zones: list[str],
    glyphs: Glyphs,
    doc: Document,
    lang: str,
) -> list[Flowable]:
    st = doc.styles
    venue = data.event.venue_time_zone or "UTC"
    sessions = data.sessions_on(day.id)  # type: ignore[arg-type]
    heading = Paragraph(esc(day_title(day, index, glyphs, lang)), st["h2"])
    if not sessions:
        return [CondPageBreak(40), heading, Spacer(1, 6)]
    hours = day_hours(data, day)
    first = sessions[0].starts if hours is None else hours[0]
    labels = [
        timezones.abbreviation(z, timezones.venue_datetime(day.date, first, venue))  # type: ignore[arg-type]
        for z in zones
    ]
    time_w = 27 * mm if len(zones) < 4 else 22 * mm
    widths = [time_w] * len(zones)
    title_w = doc.width - sum(widths)
    header = [
        Paragraph(f"<b>{esc(lab)}</b> {esc(timezones.city(z))}", st["small"])
        for lab, z in zip(labels, zones)
    ] + [Paragraph(f"<b>{esc(i18n.t('session', lang))}</b>", st["small"])]
    rows = [header]
    quiet_rows = []
    # parallel sessions share one row: a day of many rooms still fits one page
    slots: dict[tuple[object, object], list[Session]] = {}
    for s in sessions:
        slots.setdefault((s.starts, s.ends), []).append(s)
    for group in slots.values():
        doc.check_cancel()
        first_s = group[0]
        cells: list[Flowable] = [
            Paragraph(
                _cell(day, first_s, venue, z, lab, lang), st["small_bold" if i == 0 else "small"]
            )
            for i, (z, lab) in enumerate(zip(zones, labels))
        ]
        lines = []
        for s in group:
            title = esc(glyphs.strip(heading_text(s, lang)))
            room = data.room(s.room_id)
            if room is not None and room.name.strip():
                title = (
                    f"<font color='{MUTED.hexval()}'>{esc(glyphs.strip(room.name))}</font>  {title}"
                )
            lines.append(f"<i>{title}</i>" if s.kind in QUIET_KINDS else title)
        if all(s.kind in QUIET_KINDS for s in group):
            quiet_rows.append(len(rows))
        cells.append(Paragraph("<br/>".join(lines), st["small"]))
        rows.append(cells)
    table = Table(rows, colWidths=[*widths, title_w], repeatRows=1)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    for r in quiet_rows:
        commands.append(("BACKGROUND", (0, r), (-1, r), TINT))
        commands.append(("TEXTCOLOR", (0, r), (-1, r), MUTED))
    table.setStyle(table_style(commands))
    table.spaceAfter = 12
    return [CondPageBreak(80), heading, table]


def story(
    data: EventData,
    options: ProgrammeOptions,
    zones: list[str],
    glyphs: Glyphs,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[Document, list[Flowable]]:
    doc = style_document(data, options, glyphs, progress, cancelled, "at_a_glance")
    st = doc.styles
    lang = options.lang
    head: list[Flowable] = [
        Paragraph(esc(glyphs.strip(data.event.title)), st["h1"]),
        Paragraph(esc(i18n.t("at_a_glance", lang)), st["h1_sub"]),
    ]
    days = sorted(data.days, key=lambda d: d.date)
    per_day = [day_table(data, d, i, zones, glyphs, doc, lang) for i, d in enumerate(days, start=1)]
    total = sum(
        f.wrap(doc.width, doc.height)[1] + f.getSpaceAfter() + f.getSpaceBefore() for f in head
    )
    for flows in per_day:
        total += sum(
            f.wrap(doc.width, doc.height)[1] + f.getSpaceAfter() + f.getSpaceBefore() for f in flows
        )
    out = list(head)
    if total <= doc.height * 0.98:
        for flows in per_day:
            out += flows
        return doc, out
    for i, flows in enumerate(per_day):
        if i:
            out.append(PageBreak())
            out.append(Paragraph(esc(glyphs.strip(data.event.title)), st["h1_sub"]))
        out += flows
    return doc, out
