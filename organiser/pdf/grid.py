"""The programme as a grid: rooms across, time down, a page per day, as frab and pretalx show it.

Each session is a box in its room's column, as tall as it lasts, holding its time, title
and speakers in the largest type that fits (cut short with "…" only when even the
smallest does not). A day that would squeeze its talks into slivers is printed on two
pages, split at the half hour the fewest sessions cross (those are drawn on both, marked
as continuing); a day with more rooms than a page holds spreads its rooms over pages
instead (two for a congress of a dozen halls, more only for a FOSDEM), each with the
whole day's time scale. Talks after midnight stay on their conference day, below
a midnight line that names the next date. Pages are landscape; tracks are told apart by
colour when there are few enough of them to tell apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from .. import i18n
from ..model import QUIET_KINDS, Day, EventData, Session
from ..services.briefs import zone_town
from . import fonts
from .base import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    CancelCheck,
    Document,
    Glyphs,
    Progress,
    draw_string,
    esc,
    fit,
    stylesheet,
    text_width,
)
from .paragraph import Paragraph
from .programme_common import ProgrammeOptions, day_title, heading_text, span_text, style_document

#: left column with the hours
TIME_W = 12 * mm
#: a room column is never narrower than this; more rooms go to another page
MIN_COLUMN = 30 * mm
#: the median talk needs this much height (a time line, two title lines, a speaker)
#: or its day is printed on two pages
NEED = 34.0
#: what a box tries to hold, best first: (type size below the page's own, with its time,
#: with its people). The sizes stay close, so that a page reads as one; the time (also on
#: the scale) goes first, then the people; a title is cut short only in the smallest size
CHOICES = (
    (0.0, True, True),
    (0.5, True, True),
    (0.5, False, True),
    (1.0, False, True),
    (0.5, False, False),
    (1.0, False, False),
    (1.5, False, False),
    (2.0, False, False),
)


def base_size(column: float) -> float:
    """The page's type size: larger in wide columns (few rooms), 7 pt in a congress's."""
    return 7.0 if column < 45 * mm else 8.0 if column < 90 * mm else 9.0


HEADER_H = 34.0  # day heading and its line of hours
MIN_BOX = 9.0  # the least height a box is drawn with
ROOMS_H = 22.0  # the row of room names
LEGEND_H = 14.0
#: fills and stripes for up to this many tracks; more than that are not told apart
TRACK_COLOURS = (
    ("#dbe8f6", "#1f4e79"),
    ("#fbe3cf", "#b35900"),
    ("#dcefdc", "#2e7d32"),
    ("#f3dcef", "#8e2c7c"),
    ("#fff2c2", "#8a6d00"),
    ("#d9f0f2", "#00707a"),
    ("#f7d9d9", "#a32b2b"),
    ("#e5e0f5", "#4b3a99"),
    ("#e8e8e8", "#555555"),
    ("#eaf3d2", "#5b7a00"),
)
QUIET_FILL = colors.HexColor("#f1f2f4")


@cache
def _style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"grid_{size}",
        parent=stylesheet()["small"],
        fontSize=size,
        leading=size * 1.17,
        spaceAfter=0,
        allowWidows=1,
        allowOrphans=1,
    )


@dataclass
class _Column:
    name: str
    room_id: int | None


@dataclass
class _Box:
    session: Session
    start: datetime
    end: datetime
    column: int  # index on its page's columns; -1 spans them all
    lane: int = 0
    lanes: int = 1


@dataclass
class _Page:
    day: Day
    index: int
    columns: list[_Column]
    start: datetime
    end: datetime
    boxes: list[_Box] = field(default_factory=list)
    part: str = ""  # "rooms 1–6 of 11", "until 18:00"…


def _floor(at: datetime, minutes: int = 30) -> datetime:
    return at - timedelta(minutes=at.minute % minutes, seconds=at.second)


def _ceil(at: datetime, minutes: int = 30) -> datetime:
    down = _floor(at, minutes)
    return down if down == at else down + timedelta(minutes=minutes)


class _Layout:
    """Decides the pages of each day: which rooms and which hours go on which page."""

    def __init__(self, data: EventData, doc: Document, glyphs: Glyphs, lang: str):
        self.data, self.doc, self.g, self.lang = data, doc, glyphs, lang
        self.grid_h = doc.height - HEADER_H - ROOMS_H
        tracks = sorted({s.track for s in data.sessions if s.track.strip()})
        self.colours = (
            {t: TRACK_COLOURS[i] for i, t in enumerate(tracks)}
            if len(tracks) <= len(TRACK_COLOURS)
            else {}
        )
        if self.colours:
            self.grid_h -= LEGEND_H
        per_page = max(1, int((doc.width - TIME_W) // MIN_COLUMN))
        self.per_page = per_page

    def columns(self, sessions: list[Session]) -> tuple[list[_Column], list[Session]]:
        """The day's room columns, and its sessions without a room that span them all."""
        rooms = {s.room_id for s in sessions if s.room_id is not None}
        cols = [_Column(r.name, r.id) for r in self.data.rooms if r.id in rooms]
        roomless = [s for s in sessions if s.room_id not in rooms or s.room_id is None]
        if not cols:  # a one-room event: its sessions have no room; the venue is the room
            name = self.data.event.venue_name or self.data.event.title or "Programme"
            return [_Column(name, None)], []
        spans = [self.data.span(s) for s in sessions if s.room_id in rooms]
        spanning: list[Session] = []
        other: list[Session] = []
        for s in roomless:
            a, b = self.data.span(s)
            (other if any(x < b and a < y for x, y in spans) else spanning).append(s)
        if other:  # a roomless session during others: it gets a column of its own
            name = self.data.event.venue_name or i18n.t("session", self.lang)
            cols.append(_Column(name, None))
        return cols, spanning

    def pages(self, day: Day, index: int) -> list[_Page]:
        sessions = self.data.sessions_on(day.id)
        if not sessions:
            return []
        cols, spanning = self.columns(sessions)
        spans = {id(s): self.data.span(s) for s in sessions}
        start = _floor(min(a for a, _ in spans.values()))
        end = _ceil(max(b for _, b in spans.values()))
        halves = [(start, end)]
        chunks = math.ceil(len(cols) / self.per_page)
        talks = [b - a for s in sessions if s.kind not in QUIET_KINDS for a, b in [spans[id(s)]]]
        if talks and chunks == 1:  # a day goes on two pages at most: by rooms, or by hours
            median = sorted(talks)[len(talks) // 2].total_seconds() / 60
            scale = self.grid_h / ((end - start).total_seconds() / 60)
            if median * scale < NEED and end - start > timedelta(hours=3):
                cut = self._cut(start, end, list(spans.values()))
                halves = [(start, cut), (cut, end)]
        size = math.ceil(len(cols) / chunks)
        out = []
        for h, (a, b) in enumerate(halves):
            for c in range(chunks):
                mine = cols[c * size : (c + 1) * size]
                parts = []
                if chunks > 1:
                    first, last = c * size + 1, c * size + len(mine)
                    lang = self.lang
                    parts.append(
                        i18n.t("grid_rooms", lang, first=first, last=last, total=len(cols))
                    )
                if len(halves) > 1:
                    parts.append(
                        i18n.t("grid_until", self.lang, time=i18n.clock(b, self.lang))
                        if h == 0
                        else i18n.t("grid_from", self.lang, time=i18n.clock(a, self.lang))
                    )
                page = _Page(day, index, mine, a, b, part=", ".join(parts))
                ids = [col.room_id for col in mine]
                for s in sessions:
                    s_a, s_b = spans[id(s)]
                    if s_b <= a or s_a >= b:
                        continue
                    if s in spanning:
                        page.boxes.append(_Box(s, s_a, s_b, -1))
                    elif s.room_id in ids or (s.room_id is None and None in ids):
                        key = s.room_id if s.room_id in ids else None
                        page.boxes.append(_Box(s, s_a, s_b, ids.index(key)))
                _lanes(page.boxes)
                out.append(page)
        return out

    @staticmethod
    def _cut(start: datetime, end: datetime, spans: list[tuple[datetime, datetime]]) -> datetime:
        """The half hour near the middle of the day that the fewest sessions run across."""
        middle = start + (end - start) / 2
        best, best_key = middle, None
        at = _floor(start + (end - start) / 3)
        while at <= start + 2 * (end - start) / 3:
            crossing = sum(1 for a, b in spans if a < at < b)
            key = (crossing, abs((at - middle).total_seconds()))
            if best_key is None or key < best_key:
                best, best_key = at, key
            at += timedelta(minutes=30)
        return best


def _lanes(boxes: list[_Box]) -> None:
    """Side by side within a column where sessions in one room overlap (a clash)."""
    by_column: dict[int, list[_Box]] = {}
    for box in boxes:
        by_column.setdefault(box.column, []).append(box)
    for group in by_column.values():
        group.sort(key=lambda b: (b.start, b.end))
        ends: list[datetime] = []
        cluster: list[_Box] = []
        cluster_end = None
        for box in group:
            if cluster and cluster_end is not None and box.start >= cluster_end:
                for member in cluster:
                    member.lanes = len(ends)
                cluster, ends = [], []
            lane = next((i for i, e in enumerate(ends) if e <= box.start), None)
            if lane is None:
                lane = len(ends)
                ends.append(box.end)
            else:
                ends[lane] = box.end
            box.lane = lane
            cluster.append(box)
            cluster_end = max(cluster_end, box.end) if cluster_end else box.end
        for member in cluster:
            member.lanes = len(ends)


class GridPage(Flowable):
    """One page of the grid, drawn whole."""

    def __init__(self, page: _Page, layout: _Layout):
        super().__init__()
        self.page, self.layout = page, layout

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.layout.doc.height - 1
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    # -------------------------------------------------------------------- drawing
    def draw(self) -> None:
        c, p, lay = self.canv, self.page, self.layout
        top = self.height
        self._header(top)
        grid_top = top - HEADER_H - ROOMS_H
        minutes = (p.end - p.start).total_seconds() / 60
        self.scale = lay.grid_h / minutes
        self.grid_top = grid_top
        self.col_w = (self.width - TIME_W) / len(p.columns)
        self._rooms(top - HEADER_H)
        self._hours(grid_top)
        c.saveState()
        for box in sorted(p.boxes, key=lambda b: (b.column < 0, b.start)):
            self._box(box)
        c.restoreState()
        if lay.colours:
            self._legend()

    def y(self, at: datetime) -> float:
        return self.grid_top - (at - self.page.start).total_seconds() / 60 * self.scale

    def _header(self, top: float) -> None:
        c, p, lay = self.canv, self.page, self.layout
        title = day_title(p.day, p.index, lay.g, lay.lang)
        c.setFillColor(ACCENT)
        draw_string(c, 0, top - 14, fit(title, _title_style(), self.width), _title_style())
        hours = lay.data.day_span(p.day)
        venue = lay.data.event.venue_time_zone or "UTC"
        line = span_text(p.day, hours, venue, venue, lay.lang) if hours else ""
        town = zone_town(lay.data.event, venue, lay.lang)
        if town not in line:
            line = f"{line} ({town})"
        line += f"  ·  {p.part}" if p.part else ""
        c.setFillColor(MUTED)
        draw_string(c, 0, top - 27, line, _line_style(8.5))

    def _rooms(self, top: float) -> None:
        c, p = self.canv, self.page
        st = ParagraphStyle("grid_room", parent=_style(8), fontName=fonts.BOLD, alignment=1)
        for i, col in enumerate(p.columns):
            x = TIME_W + i * self.col_w
            para = Paragraph(esc(self.layout.g.strip(col.name)), st)
            _, h = para.wrap(self.col_w - 4, ROOMS_H)
            if h > ROOMS_H - 4:  # a long room name: two lines, cut short
                text = fit(self.layout.g.strip(col.name), st, (self.col_w - 4) * 2 - 10)
                para = Paragraph(esc(text), st)
                _, h = para.wrap(self.col_w - 4, ROOMS_H)
            para.drawOn(c, x + 2, top - 2 - min(h, ROOMS_H - 4))
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.8)
        c.line(0, top - ROOMS_H, self.width, top - ROOMS_H)

    def _hours(self, grid_top: float) -> None:
        c, p = self.canv, self.page
        bottom = self.y(p.end)
        c.setLineWidth(0.3)
        c.setStrokeColor(RULE)
        for i in range(1, len(p.columns)):
            x = TIME_W + i * self.col_w
            c.line(x, grid_top, x, bottom)
        at = p.start
        while at <= p.end:
            y = self.y(at)
            midnight = at.hour == 0 and at.minute == 0 and at.date() != p.day.date
            if at.minute == 0:
                c.setStrokeColor(INK if midnight else RULE)
                c.setLineWidth(0.9 if midnight else 0.4)
                c.setDash()
                c.line(TIME_W - 3, y, self.width, y)
                c.setFillColor(INK if midnight else MUTED)
                c.setFont(fonts.BOLD if midnight else fonts.REGULAR, 7)
                c.drawString(0, y - 7.5, i18n.clock(at, self.layout.lang))
                if midnight:  # the talks below are in the small hours of the next date
                    date = i18n.short_date(at.date(), self.layout.lang)
                    draw_string(c, 0, y - 14, date, _line_style(5.5))
            else:
                c.setStrokeColor(RULE)
                c.setLineWidth(0.25)
                c.setDash(1, 2)
                c.line(TIME_W, y, self.width, y)
                c.setDash()
            at += timedelta(minutes=30)

    def _box(self, box: _Box) -> None:
        c, lay = self.canv, self.layout
        p = self.page
        s = box.session
        top = self.y(max(box.start, p.start))
        bottom = self.y(min(box.end, p.end))
        if box.column < 0:
            x, w = TIME_W, self.width - TIME_W
        else:
            w = self.col_w / box.lanes
            x = TIME_W + box.column * self.col_w + box.lane * w
        x, w = x + 1, w - 2
        top, bottom = top - 0.8, bottom + 0.8
        # a ten-minute slot still shows a line of its title; a box after it covers the rest
        bottom = min(bottom, top - MIN_BOX)
        height = top - bottom
        if height <= 0:
            return
        quiet = s.kind in QUIET_KINDS
        fill, stripe = lay.colours.get(s.track, (None, None))
        c.saveState()
        c.setFillColor(QUIET_FILL if quiet else colors.HexColor(fill) if fill else TINT)
        c.setStrokeColor(colors.white)
        c.rect(x, bottom, w, height, stroke=0, fill=1)
        c.setFillColor(MUTED if quiet else colors.HexColor(stripe) if stripe else ACCENT)
        c.rect(x, bottom, 1.6, height, stroke=0, fill=1)
        path = c.beginPath()
        path.rect(x, bottom, w, height)
        c.clipPath(path, stroke=0, fill=0)
        para = self._content(box, w - 5, height - 3)
        para.drawOn(c, x + 3.5, top - 1.5 - para.height)
        c.restoreState()

    def _content(self, box: _Box, width: float, height: float) -> Paragraph:
        """Time, title and speakers in the largest size that fits; less of it if none does."""
        s, lay, p = box.session, self.layout, self.page
        muted = MUTED.hexval()
        title = lay.g.strip(heading_text(s, lay.lang))
        when = i18n.clock_span(box.start, box.end, lay.lang)
        if s.type_note:  # the organisers' word for the format rides on the time line
            when += f" · {lay.g.strip(s.type_note)}"
        if box.start < p.start:
            when = f"{i18n.t('continued', lay.lang)} · {when}"
        if box.end > p.end:
            when += " ↓"
        names = []
        people = lay.data.people_by_id()
        for r in s.roles:
            person = people.get(r.person_id)
            if person is not None:
                names.append(lay.g.person(person, lay.lang))
        speakers = ", ".join(names)
        italic = s.kind in QUIET_KINDS

        def markup(size: float, with_time: bool, with_people: bool, text: str) -> str:
            head = f"<i>{esc(text)}</i>" if italic else f"<b>{esc(text)}</b>"
            lines = []
            if with_time:
                lines.append(f"<font size='{size - 1}' color='{muted}'>{esc(when)}</font>")
            lines.append(head)
            if with_people and speakers:
                lines.append(f"<font size='{size - 1}'>{esc(speakers)}</font>")
            return "<br/>".join(lines)

        base = base_size(self.col_w)
        for less, with_time, with_people in CHOICES:
            if with_people and not speakers and (less, with_time, False) in CHOICES:
                continue
            size = base - less
            para = Paragraph(markup(size, with_time, with_people, title), _style(size))
            if para.wrap(width, height)[1] <= height:
                return para
        # even the smallest type holds only part of the title: as much as fits, then "…"
        size = base - CHOICES[-1][0]
        lo, hi = 0, len(title)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            text = title[:mid].rstrip() + "…"
            para = Paragraph(markup(size, False, False, text), _style(size))
            if para.wrap(width, height)[1] <= height:
                lo = mid
            else:
                hi = mid - 1
        para = Paragraph(markup(size, False, False, title[:lo].rstrip() + "…"), _style(size))
        para.wrap(width, height)
        return para

    def _legend(self) -> None:
        c, lay = self.canv, self.layout
        tracks = sorted(
            {b.session.track for b in self.page.boxes if b.session.track in lay.colours}
        )
        x = TIME_W
        style = _line_style(7)
        for track in tracks:
            fill, stripe = lay.colours[track]
            label = lay.g.strip(track)
            width = text_width(label, style.fontName, style.fontSize)
            if x + 12 + width > self.width:
                break
            c.setFillColor(colors.HexColor(fill))
            c.rect(x, 2, 9, 7, stroke=0, fill=1)
            c.setFillColor(colors.HexColor(stripe))
            c.rect(x, 2, 1.6, 7, stroke=0, fill=1)
            c.setFillColor(INK)
            draw_string(c, x + 12, 3, label, style)
            x += 12 + width + 14


@cache
def _line_style(size: float) -> ParagraphStyle:
    """A one-line label drawn straight on the page (any script, see ``draw_string``)."""
    return ParagraphStyle(f"grid_line_{size}", parent=stylesheet()["small"], fontSize=size)


@cache
def _title_style() -> ParagraphStyle:
    return ParagraphStyle("grid_title", parent=stylesheet()["h1"], fontSize=14)


def story(
    data: EventData,
    options: ProgrammeOptions,
    zones: list[str],
    glyphs: Glyphs,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[Document, list[Flowable]]:
    """A page (or a few) per day, landscape."""
    doc = style_document(data, options, glyphs, progress, cancelled, "programme")
    doc.pagesize = landscape(doc.pagesize)
    doc.margins = (12 * mm, 12 * mm, 14 * mm, 12 * mm)
    layout = _Layout(data, doc, glyphs, options.lang)
    out: list[Flowable] = []
    for index, day in enumerate(sorted(data.days, key=lambda d: d.date), start=1):
        doc.check_cancel()
        for page in layout.pages(day, index):
            if out:
                out.append(PageBreak())
            out.append(GridPage(page, layout))
    if not out:
        out.append(Paragraph(esc(glyphs.strip(data.event.title)), doc.styles["title"]))
    return doc, out


__all__ = ["GridPage", "story"]
