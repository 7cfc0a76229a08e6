"""The printed programme (agenda) of an event, and what its other styles share.

``render(data, options)`` is the entry point for every style: the full programme here,
"at a glance" in ``glance.py``, door signs in ``doorsigns.py`` and the room grid in
``grid.py``. Times are printed in every
display zone with the abbreviation really in force on that date (services.timezones).
Private data (e-mail, phone, needs, the meeting passcode unless chosen) never reaches the
page: only the fields named below are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
from ..services import timezones
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
from .paragraph import Paragraph

STYLES = ("full", "glance", "doors", "grid")
TIME_COLUMN = 34 * mm
#: where the session text starts (time column plus a gutter)
TEXT_INDENT = TIME_COLUMN + 8
#: space a session needs left on the page to start there: its heading and ~4 lines
HEADING_ROOM = 80
#: a session shorter than this share of the page is never split across two pages
SHORT_SESSION = 0.2


@dataclass
class ProgrammeOptions:
    paper: str = "a4"
    #: display zones in print order; None: the event's own (venue first)
    zones: list[str] | None = None
    lang: str = "en"
    style: str = "full"
    passcode: bool = False
    invitation: bool = True
    #: the full style prints each session's description too (its summary always)
    descriptions: bool = False
    invariant: bool = False


def resolve_zones(data: EventData, zones: Sequence[str] | None) -> list[str]:
    """The zones to print, checked; an unknown name is a ValueError naming it."""
    venue = data.event.venue_time_zone or "UTC"
    if zones:
        bad = [z for z in zones if not timezones.is_valid_zone(z)]
        if bad:
            raise ValueError(f"unknown time zone {bad[0]!r} (use IANA names like Europe/Berlin)")
        chosen = list(dict.fromkeys(z for z in zones if z))
        return chosen or [venue]
    if not timezones.is_valid_zone(venue):
        raise ValueError(f"the event's venue time zone {venue!r} is not a known zone")
    return timezones.zones_for(
        venue, [z for z in data.event.display_time_zones if timezones.is_valid_zone(z)]
    )


def check_options(data: EventData, options: ProgrammeOptions) -> list[str]:
    """Validate everything before any work; returns the zones to print."""
    if options.style not in STYLES:
        raise ValueError(f"unknown style {options.style!r}; choose one of {', '.join(STYLES)}")
    i18n.check_lang(options.lang)
    from .base import paper_size

    paper_size(options.paper)
    return resolve_zones(data, options.zones)


# ---------------------------------------------------------------- shared text helpers


def style_document(
    data: EventData,
    options: ProgrammeOptions,
    glyphs: Glyphs,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    subject: str,
    *,
    footer: bool = True,
) -> Document:
    """The Document of every programme style: the event's title, the chosen paper and
    language; ``subject`` is the i18n key naming the style in the PDF's properties."""
    return Document(
        title=glyphs.strip(data.event.title),
        paper=options.paper,
        lang=options.lang,
        invariant=options.invariant,
        progress=progress,
        cancelled=cancelled,
        footer=footer,
        subject=i18n.t(subject, options.lang),
    )


#: query parameters of a meeting link that carry its passcode (Zoom's ``pwd``)
SECRET_PARAMS = frozenset({"pwd", "passcode", "password"})


def public_url(url: str) -> str:
    """The meeting link without the passcode a query parameter carries: Zoom's invitation
    links embed it (``?pwd=…``), and the passcode is printed only when the user chose to.
    Other parameters, and the link's own spelling of them, are kept."""
    parts = urlsplit(url.strip())
    if not parts.query:
        return url.strip()
    kept = [
        q
        for q in parts.query.split("&")
        if q and q.split("=", 1)[0].casefold() not in SECRET_PARAMS
    ]
    return urlunsplit(parts._replace(query="&".join(kept)))


def day_title(day: Day, index: int, glyphs: Glyphs, lang: str) -> str:
    """'Day 1 — Tuesday 16 November 2021' (the day's own label when it has one)."""
    return i18n.day_heading(glyphs.strip(day.label), index, day.date, lang)


def _hm(dt: object) -> str:
    return dt.strftime("%H:%M")  # type: ignore[attr-defined]


def span_text(day: Day, span: tuple[datetime, datetime], venue: str, zone: str, lang: str) -> str:
    """'13:00–13:10 GMT', '23:30–00:30 (+1 day) JST': a real span as seen in ``zone``.

    ``span`` is naive venue date-times (``EventData.span``, ``EventData.day_span``). A
    time on another calendar day than the conference day's date carries its day shift,
    so a reader knows a talk is after midnight (or, abroad, the evening before for them).
    """
    zoned = timezones.span_between(day.date, span[0], span[1], venue, zone)
    s_shift = (zoned.starts.date() - day.date).days
    e_shift = (zoned.ends.date() - day.date).days
    start = _hm(zoned.starts)
    end = _hm(zoned.ends)
    if s_shift and s_shift != e_shift:
        start += f" ({i18n.day_shift(s_shift, lang)})"
    text = f"{start}–{end}"
    if e_shift:
        text += f" ({i18n.day_shift(e_shift, lang)})"
    return f"{text} {zoned.label}"


def person_markup(person: Person, glyphs: Glyphs, tbc: str = "", lang: str = "en") -> str:
    """'<b>Mr. Clemens Hach</b>, <i>Head, Stabilisation Division</i>, German Federal Foreign Office'.

    A name the font cannot print at all reads "[name not printable in this font]": the
    person keeps their line and affiliations (and the export warns, naming them).
    """
    name = esc(glyphs.person(person, lang), fonts.BOLD)
    affs = []
    for a in person.affiliations:
        pos = esc(glyphs.strip(a.position.strip()))
        org = esc(glyphs.strip(a.organisation.strip()))
        affs.append(join_nonempty([f"<i>{pos}</i>" if pos else "", org]))
    text = f"<b>{name}</b>"
    joined = "; ".join(a for a in affs if a)
    if joined:
        text += f", {joined}"
    if tbc:
        text += f" <font color='{MUTED.hexval()}'>({esc(tbc)})</font>"
    return text


def grouped_roles(data: EventData, session: Session) -> list[tuple[str, list[tuple[Person, bool]]]]:
    """(role key, [(person, confirmed)]) in the event's role order, people in running order."""
    order = {rt.key: i for i, rt in enumerate(data.role_types)}
    groups: dict[str, list[tuple[int, Person, bool]]] = {}
    people = data._index("people")
    for r in session.roles:
        person = people.get(r.person_id)
        if person is None:
            continue
        groups.setdefault(r.role, []).append((r.sort_order, person, r.confirmed))
    keys = sorted(groups, key=lambda k: (order.get(k, len(order)), k))
    return [(k, [(p, c) for _, p, c in sorted(groups[k], key=lambda x: x[0])]) for k in keys]


def role_heading(data: EventData, key: str, count: int, lang: str) -> str:
    if lang == "en":
        for rt in data.role_types:
            if rt.key == key:
                return rt.label if count == 1 else rt.plural
    rt = data.role_type(key)
    return i18n.role_label(key, count, lang, rt.label, rt.plural)


def heading_text(session: Session, lang: str) -> str:
    return i18n.session_heading(session.kind, session.number, session.title.strip(), lang)


def check_glyphs(
    data: EventData, options: ProgrammeOptions, glyphs: Glyphs | None = None
) -> Glyphs:
    """Every text the programme prints, checked against the font before printing."""
    glyphs = glyphs or Glyphs()
    ev = data.event
    glyphs.check(ev.title or "event", ev.title, ev.subtitle, ev.venue_name, ev.venue_address)
    if options.invitation:
        glyphs.check("invitation text", ev.description)
    for p in data.partners:
        glyphs.check(p.name, p.name, p.role)
    for d in data.days:
        glyphs.check(d.label, d.label)
    for r in data.rooms:
        glyphs.check(r.name, r.name)
    people = data._index("people")
    seen: set[int] = set()
    for s in data.sessions:
        glyphs.check(
            s.title or heading_text(s, options.lang),
            s.title,
            s.problem_statement,
            *s.guiding_questions,
        )
        for r in s.roles:
            person = people.get(r.person_id)
            if person is None or r.person_id in seen:
                continue
            seen.add(r.person_id)
            owner = person.name or person.full_name
            glyphs.check(owner, person.full_name)
            for a in person.affiliations:
                glyphs.check(owner, a.position, a.organisation)
    return glyphs


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
            parts.append(f"{esc(text)} ({esc(timezones.city(zone))})")
        return "  ·  ".join(parts)

    def day(self, index: int, day: Day) -> list[Flowable]:
        heading = day_title(day, index, self.g, self.lang)
        # the day heading and its hours stay with the start of the day's first session
        lead: list[Flowable] = [self.p(esc(heading), "h1")]
        hours = self.hours_line(day)
        if hours:
            lead.append(self.p(hours, "h1_sub"))
        out: list[Flowable] = [CondPageBreak(HEADING_ROOM + 70)]
        sessions = self.data.sessions_on(day.id)  # type: ignore[arg-type]
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

    def _blocks(self, session: Session) -> list[tuple[str, object]]:
        """The parts of a session under its heading, in print order, as plain data.

        The summary (a talk's abstract) comes first, under the title, where a reader
        looks for what the session is about; people follow; the longer description
        closes the session, and only when the user asked for descriptions.
        """
        parts: list[tuple[str, object]] = []
        if session.summary.strip():
            parts.append(("summary", session.summary.strip()))
        if session.problem_statement.strip():
            parts.append(("problem", session.problem_statement.strip()))
        questions = [q.strip() for q in session.guiding_questions if q.strip()]
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

    def _block(self, part: tuple[str, object]) -> list[Flowable]:
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
            items = [
                CachedParagraph(esc(self.g.strip(q)), self.ind["bullet"], bulletText="•")
                for q in value  # type: ignore[attr-defined]
            ]
            return keep_start([label(i18n.t("guiding_questions", self.lang)), *keep_ends(items)])
        key, people = value  # type: ignore[misc]
        tbc = i18n.t("tbc", self.lang)
        # the label shares a paragraph with the first person: never parted at a page foot,
        # and one flowable fewer to lay out per role in a big programme
        heading = esc(role_heading(self.data, key, len(people), self.lang))
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
    if options.style == "glance":
        from .glance import story as make_story
    elif options.style == "doors":
        from .doorsigns import story as make_story
    elif options.style == "grid":
        from .grid import story as make_story
    else:
        make_story = story
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
