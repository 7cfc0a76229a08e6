"""The printed programme (agenda) of an event: the full style, and the dispatch to the others.

``render(data, options)`` is the entry point for every style: the full programme here,
"at a glance" in ``glance.py``, door signs in ``doorsigns.py`` and the room grid in
``grid.py``; what they share is in ``programme_common.py``. Times are printed in every
display zone with the abbreviation really in force on that date (services.timezones).
Private data (e-mail, phone, needs, the meeting passcode unless chosen) never reaches the
page: only the fields named below are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
    Table,
)

from .. import i18n
from ..model import QUIET_KINDS, Day, EventData, Person, Session
from ..services.briefs import zone_town
from . import fonts, markdown
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
    RunningHead,
    esc,
    join_nonempty,
    table_style,
)
from .breaks import CachedParagraph, KeepWithStart, Together, keep_ends, keep_start
from .doorsigns import story as doorsigns_story
from .glance import story as glance_story
from .grid import story as grid_story
from .paragraph import Paragraph
from .programme_common import (
    STYLES,
    ProgrammeOptions,
    check_glyphs,
    check_options,
    day_title,
    grouped_roles,
    heading_text,
    person_markup,
    public_url,
    resolve_zones,
    role_heading,
    span_text,
    style_document,
    subtitle_markup,
)

TIME_COLUMN = 34 * mm
#: where the session text starts (time column plus a gutter)
TEXT_INDENT = TIME_COLUMN + 8
#: space a session needs left on the page to start there: its heading and ~4 lines
HEADING_ROOM = 80
#: a session shorter than this share of the page is never split across two pages
SHORT_SESSION = 0.2

#: one part of a session: text, guiding questions, or (role key, [(person, confirmed)])
_Part = tuple[str, str | list[str] | tuple[str, list[tuple[Person, bool]]]]


# ---------------------------------------------------------------- the full programme


class SessionHead(Flowable):
    """A session's heading with its times in the left column, under a thin rule.

    The heading takes its own height; the times (venue time, other zones, the room) hang
    down beside what follows it, as in a printed programme. ``overhang`` is how far they
    reach below the heading, which the session's first lines must cover on the page.
    """

    TOP = 7  # space under the rule

    def __init__(self, times: Paragraph, title: Paragraph):
        super().__init__()
        self.times, self.title = times, title
        self._title_h = self._times_h = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._title_h = self.title.wrap(avail_width, avail_height)[1]
        self._times_h = self.times.wrap(TIME_COLUMN, avail_height)[1]
        self.width, self.height = avail_width, self.TOP + self._title_h
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.title.getSpaceAfter()

    def overhang(self, width: float) -> float:
        self.wrap(width, 1e6)
        return max(0.0, self._times_h - self._title_h - self.getSpaceAfter())

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(0, self.height, self.width, self.height)
        c.restoreState()
        top = self.height - self.TOP
        self.times.drawOn(c, 0, top - self._times_h)
        self.title.drawOn(c, 0, top - self._title_h)


def session_styles(styles: dict[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    """The programme's styles moved into the session column (right of the times)."""
    return {
        name: ParagraphStyle(
            f"session_{name}",
            parent=styles[name],
            leftIndent=styles[name].leftIndent + TEXT_INDENT,
            bulletIndent=styles[name].bulletIndent + TEXT_INDENT,
        )
        for name in ("h2", "label", "text", "bullet", "person", "person_first")
    }


class _Builder:
    def __init__(
        self,
        data: EventData,
        options: ProgrammeOptions,
        doc: Document,
        zones: list[str],
        glyphs: Glyphs,
    ):
        self.data = data
        self.o = options
        self.doc = doc
        self.st = doc.styles
        self.zones = zones
        self.g = glyphs
        self.venue = data.event.venue_time_zone or "UTC"
        self.lang = options.lang
        self.ind = session_styles(self.st)

    def p(self, text: str, style: str) -> Paragraph:
        return CachedParagraph(text, self.st[style])

    def plain(self, text: str) -> str:
        return esc(self.g.strip(text))

    # cover ----------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        ev = self.data.event
        out: list[Flowable] = [self.p(self.plain(ev.title), "title")]
        if ev.subtitle.strip():
            out.append(self.p(self.plain(ev.subtitle), "subtitle"))
        rows: list[list[Flowable]] = []

        def row(label: str, value: str) -> None:
            rows.append([self.p(esc(label.upper()), "meta_label"), self.p(value, "meta")])

        days = sorted(self.data.days, key=lambda d: d.date)
        if days:
            row(
                i18n.t("dates", self.lang),
                esc(i18n.date_range(days[0].date, days[-1].date, self.lang)),
            )
        venue = join_nonempty([self.plain(ev.venue_name), self.plain(ev.venue_address)])
        if venue:
            row(i18n.t("venue", self.lang), venue)
        online = self.online()
        if online:
            row(i18n.t("online", self.lang), online)
        groups: dict[str, list[str]] = {}
        for partner in self.data.partners:
            if partner.name.strip():
                groups.setdefault(partner.role.strip() or "partner", []).append(
                    self.plain(partner.name)
                )
        for role, names in groups.items():
            row(i18n.partner_label(role, self.lang), " · ".join(names))
        if rows:
            table = Table(rows, colWidths=[38 * mm, self.doc.width - 38 * mm], hAlign="LEFT")
            table.setStyle(
                table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (0, -1), 5),
                        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                    ]
                )
            )
            out += [Spacer(1, 4), table, Spacer(1, 12)]
        if self.o.invitation and ev.description.strip():
            out += markdown.paragraphs(self.g.strip(ev.description), self.st["intro"])
        return out

    def online(self) -> str:
        ev = self.data.event
        if self.data.event.format == "in_person" and not ev.online_url:
            return ""
        parts = []
        if ev.online_platform.strip():
            parts.append(f"<b>{self.plain(ev.online_platform)}</b>")
        if ev.online_url.strip():
            raw = ev.online_url.strip() if self.o.passcode else public_url(ev.online_url)
            url = esc(raw)
            parts.append(f"<link href='{url}' color='#1f4e79'>{url}</link>")
        if ev.online_meeting_id.strip():
            label = i18n.t("meeting_id", self.lang) + i18n.t("colon", self.lang)
            parts.append(f"{esc(label)}{self.plain(ev.online_meeting_id)}")
        if self.o.passcode and ev.online_passcode.strip():
            label = i18n.t("passcode", self.lang) + i18n.t("colon", self.lang)
            parts.append(f"{esc(label)}{self.plain(ev.online_passcode)}")
        return "<br/>".join(parts)

    # days -------------------------------------------------------------------------
    def hours_line(self, day: Day) -> str:
        hours = self.data.day_span(day)
        if hours is None:
            return ""
        parts = []
        for zone in self.zones:
            text = span_text(day, hours, self.venue, zone, self.lang)
            parts.append(f"{esc(text)} ({esc(zone_town(self.data.event, zone, self.lang))})")
        return "  ·  ".join(parts)

    def day(self, index: int, day: Day) -> list[Flowable]:
        heading = day_title(day, index, self.g, self.lang)
        # the day heading and its hours stay with the start of the day's first session
        lead: list[Flowable] = [self.p(esc(heading), "h1")]
        hours = self.hours_line(day)
        if hours:
            lead.append(self.p(hours, "h1_sub"))
        out: list[Flowable] = [CondPageBreak(HEADING_ROOM + 70)]
        sessions = self.data.sessions_on(day.id)
        if not sessions:
            return out + lead
        head: Flowable | None = Together(lead)
        for session in sessions:
            self.doc.check_cancel()
            if session.kind in QUIET_KINDS:
                row = self.quiet(day, session)
                out.append(KeepWithStart(head, row) if head is not None else row)
            else:
                out += self.session(day, session, head)
            head = None
        return out

    def times(self, day: Day, session: Session) -> Paragraph:
        """The time column: venue time in bold, the other zones smaller, then the room.

        One paragraph rather than one per line: a big programme has thousands of them.
        """
        lines = []
        muted = MUTED.hexval()
        span = self.data.span(session)
        for i, zone in enumerate(self.zones):
            text = esc(span_text(day, span, self.venue, zone, self.lang))
            if i == 0:
                lines.append(f"<b>{text}</b>")
            else:
                lines.append(f"<font size='8' color='{muted}'>{text}</font>")
        room = self.data.room(session.room_id)
        if room is not None and room.name.strip():
            lines.append(f"<font size='8' color='{muted}'><b>{self.plain(room.name)}</b></font>")
        return self.p("<br/>".join(lines), "time")

    def quiet(self, day: Day, session: Session) -> Flowable:
        """A break: one light line, its venue time in the time column, the other zones after."""
        label = (
            heading_text(session, self.lang)
            if session.title.strip()
            else i18n.kind_label(session.kind, self.lang)
        )
        span = self.data.span(session)
        spans = [esc(span_text(day, span, self.venue, z, self.lang)) for z in self.zones]
        rest = "".join(f"  ·  {t}" for t in spans[1:])
        table = Table(
            [
                [
                    self.p(spans[0], "quiet"),
                    self.p(f"<i>{self.plain(label)}</i><font size='7.5'>{rest}</font>", "quiet"),
                ]
            ],
            colWidths=[TIME_COLUMN, self.doc.width - TIME_COLUMN],
        )
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ]
            )
        )
        table.spaceBefore = 0
        table.spaceAfter = 10
        return table

    def _blocks(self, session: Session) -> list[_Part]:
        """The parts of a session under its heading, in print order, as plain data.

        The summary (a talk's abstract) comes first, under the title, where a reader
        looks for what the session is about; people follow; the longer description
        closes the session, and only when the user asked for descriptions.
        """
        parts: list[_Part] = []
        summary = i18n.session_text(session, "summary", self.lang)
        if summary:
            parts.append(("summary", summary))
        problem = i18n.session_text(session, "problem_statement", self.lang)
        if problem:
            parts.append(("problem", problem))
        questions = i18n.session_questions(session, self.lang)
        if questions:
            parts.append(("questions", questions))
        for group in grouped_roles(self.data, session):
            parts.append(("role", group))
        if self.o.descriptions and session.description.strip():
            parts.append(("description", session.description.strip()))
        return parts

    def _text(self, text: str) -> list[Flowable]:
        """Markdown as indented paragraphs of the session column."""
        return markdown.paragraphs(self.g.strip(text), self.ind["text"], CachedParagraph)

    def _block(self, part: _Part) -> list[Flowable]:
        """One part as flowables: its label bound to the start of what follows it, a list
        of questions breakable only where two stand on each side."""
        kind, value = part

        def label(text: str) -> Paragraph:
            return CachedParagraph(esc(text), self.ind["label"])

        if kind == "summary":
            return self._text(str(value))
        if kind in ("problem", "description"):
            key = "problem_statement" if kind == "problem" else "description"
            return keep_start([label(i18n.t(key, self.lang)), *self._text(str(value))])
        if kind == "questions":
            # bulleted paragraphs, not a ListFlowable, so that the list can break between
            # two questions (never leaving one alone) and its label stays with the first two
            assert isinstance(value, list)  # _blocks gives the questions as a list
            items = [
                CachedParagraph(esc(self.g.strip(q)), self.ind["bullet"], bulletText="•")
                for q in value
            ]
            return keep_start([label(i18n.t("guiding_questions", self.lang)), *keep_ends(items)])
        assert isinstance(value, tuple)  # what is left is a role: (key, people)
        key, people = value
        tbc = i18n.t("tbc", self.lang)
        # the label shares a paragraph with the first person: never parted at a page foot,
        # and one flowable fewer to lay out per role in a big programme
        heading = esc(role_heading(self.data, key, [p for p, _ in people], self.lang))
        label_line = (
            f"<font name='{fonts.BOLD}' size='8.5' color='{ACCENT.hexval()}'>{heading}</font>"
        )
        out: list[Flowable] = []
        for i, (person, confirmed) in enumerate(people):
            text = person_markup(person, self.g, "" if confirmed else tbc, self.lang)
            if i == 0:
                out.append(CachedParagraph(f"{label_line}<br/>{text}", self.ind["person_first"]))
            else:
                out.append(CachedParagraph(text, self.ind["person"]))
        return out

    def session_flows(
        self, day: Day, session: Session, markers: Sequence[Flowable] = ()
    ) -> list[Flowable]:
        """The heading (times in the left column, beside it) bound to the start of the
        session's first part, then the rest, which may flow across pages between its
        paragraphs and questions (never leaving a line alone)."""
        title = esc(self.g.strip(heading_text(session, self.lang)))
        if session.status == "tentative":
            tbc = i18n.t("tbc", self.lang)
            title += f" <font size='9' color='{MUTED.hexval()}'>({esc(tbc)})</font>"
        sub = subtitle_markup(session, self.g)
        if sub:  # in the heading's paragraph: a title never ends a page without it
            title += f"<br/><font name='{fonts.REGULAR}' size='9.5'>{sub}</font>"
        head = SessionHead(self.times(day, session), CachedParagraph(title, self.ind["h2"]))
        flows: list[Flowable] = []
        for part in self._blocks(session):
            flows += self._block(part)
        tail: list[Flowable] = []
        if flows:
            least = head.overhang(self.doc.width)
            first = KeepWithStart(head, flows[0], least=least, markers=markers)
            flows = [first, *flows[1:]]
        else:
            flows = [head]
        below = sum(f.wrap(self.doc.width, self.doc.height)[1] for f in flows[:3])
        short = head.overhang(self.doc.width) - (below - head.height - head.getSpaceAfter())
        if short > 0:  # the time column is taller than the session's text: keep its room
            tail.append(Spacer(1, short))
        return flows + tail

    def session(self, day: Day, session: Session, lead: Flowable | None = None) -> list[Flowable]:
        """The session's flowables between running-head markers; ``lead`` (the day's
        heading) is kept with its start. A short session is kept whole on one page."""
        continued = f"{i18n.long_date(day.date, self.lang)} · {self.g.strip(heading_text(session, self.lang))} ({i18n.t('continued', self.lang)})"
        marker = RunningHead(continued)
        flows = self.session_flows(day, session, [marker])
        if lead is not None:
            flows[0] = KeepWithStart(lead, flows[0])
        height = sum(f.wrap(self.doc.width, self.doc.height)[1] for f in flows)
        if height < self.doc.height * SHORT_SESSION:
            return [Together(flows), Spacer(1, 10)]
        # pages begun after the heading is placed say whose text they continue
        return [flows[0], marker, *flows[1:], RunningHead(None), Spacer(1, 10)]

    def story(self) -> list[Flowable]:
        story = self.cover()
        days = sorted(self.data.days, key=lambda d: d.date)
        long_cover = self.o.invitation and bool(self.data.event.description.strip())
        for index, day in enumerate(days, start=1):
            self.doc.check_cancel()
            if index == 1 and long_cover:
                story.append(PageBreak())  # the agenda starts on its own page after the letter
            elif story:
                # a day starts on a fresh page unless most of this one is still free
                story.append(CondPageBreak(self.doc.height * 0.45))
            story += self.day(index, day)
        return story


def story(
    data: EventData,
    options: ProgrammeOptions,
    zones: list[str],
    glyphs: Glyphs,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[Document, list[Flowable]]:
    """The full programme's document and flowables (glance.py and doorsigns.py have the
    same function for their styles)."""
    doc = style_document(data, options, glyphs, progress, cancelled, "programme")
    return doc, _Builder(data, options, doc, zones, glyphs).story()


def render(
    data: EventData,
    options: ProgrammeOptions | None = None,
    target: str | Path | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Rendered:
    """The programme in the chosen style as PDF bytes (and at ``target`` when given).

    Raises ValueError for bad options before any work and base.Cancelled when stopped.
    """
    options = options or ProgrammeOptions()
    zones = check_options(data, options)
    glyphs = check_glyphs(data, options)
    make_story = {"glance": glance_story, "doors": doorsigns_story, "grid": grid_story}.get(
        options.style, story
    )
    doc, flowables = make_story(data, options, zones, glyphs, progress, cancelled)
    pdf = doc.build(flowables, target)
    return Rendered(pdf, doc.page_count, glyphs.warnings)


__all__ = [
    "STYLES",
    "ProgrammeOptions",
    "check_options",
    "render",
    "resolve_zones",
]
