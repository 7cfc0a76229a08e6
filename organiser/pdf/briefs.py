"""Speaker briefs: one per person who holds a role, private to that person.

A brief carries the online passcode and the person's own travel, hotel and needs, so the
document for one person is built from that person's data alone (``services.briefs``):
the other people in a session appear only with their name, role and positions, as the
programme shows them. Every brief starts on a new page and numbers its own pages, so a
combined PDF can be printed and handed out brief by brief; split mode writes one file per
person, all of them or none.
"""

from __future__ import annotations

import copy
import multiprocessing
import os
import signal
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
)

from .. import i18n
from ..model import EventData, Person
from ..services import briefs as content
from ..services.files import publish_folder, staging_folder
from ..services.timezones import city
from . import fonts, markdown
from .base import (
    ACCENT,
    MUTED,
    TINT,
    CancelCheck,
    Cancelled,
    Document,
    Glyphs,
    Progress,
    Rendered,
    Section,
    day_numbers,
    esc,
    markup,
    stylesheet,
)
from .breaks import CachedParagraph, keep_ends, keep_start
from .paragraph import Paragraph

ALERT = colors.HexColor("#b00020")


@dataclass
class BriefOptions:
    paper: str = "a4"
    invariant: bool = False
    #: only this person's brief (their uid); None: everyone who holds a role
    person_uid: str | None = None


@cache
def _styles() -> dict[str, ParagraphStyle]:
    s = dict(stylesheet())
    base = s["body"]
    s["kicker"] = ParagraphStyle(
        "brief_kicker", parent=s["meta_label"], textColor=ACCENT, spaceAfter=2
    )
    s["name"] = ParagraphStyle(
        "brief_name", parent=s["title"], fontSize=18, leading=22, spaceAfter=2
    )
    s["affil"] = ParagraphStyle("brief_affil", parent=s["h1_sub"], fontSize=9, spaceAfter=10)
    s["section"] = ParagraphStyle(
        "brief_section", parent=s["h1"], fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=4
    )
    s["cell"] = ParagraphStyle("brief_cell", parent=base, fontSize=9, leading=12, spaceAfter=0)
    s["cell_label"] = ParagraphStyle(
        "brief_cell_label", parent=s["cell"], fontName=fonts.BOLD, textColor=MUTED, fontSize=8
    )
    s["role"] = ParagraphStyle("brief_role", parent=s["text"], fontName=fonts.BOLD, spaceAfter=2)
    s["item"] = ParagraphStyle(
        "brief_item", parent=s["text"], leftIndent=12, bulletIndent=2, spaceAfter=1.5
    )
    # upright, not the programme's italic: one font fewer to embed in each of 500 files
    s["question"] = ParagraphStyle("brief_question", parent=s["item"])
    return s


def people_for(data: EventData, person_uid: str | None = None) -> list[Person]:
    """Who gets a brief; a uid names one person, who must hold a role."""
    people = content.people_with_roles(data)
    if person_uid is None:
        return people
    wanted = person_uid.strip().upper()
    chosen = [p for p in people if p.uid.upper() == wanted]
    if not chosen:
        if any(p.uid.upper() == wanted for p in data.people):
            raise ValueError(f"person {person_uid} holds no role, so has no brief")
        raise ValueError(f"no person with the id {person_uid} in this event")
    return chosen


def _status_warnings(data: EventData, people: list[Person]) -> list[str]:
    """People who declined or cancelled but still hold a role: a brief would mislead."""
    out = []
    for p in people:
        if p.status in ("declined", "cancelled"):
            held = ", ".join(s.heading for s, _ in data.roles_of(p.id))
            out.append(f"{p.full_name} has {p.status} but still holds a role in {held}")
    return out


class _SharedParagraph(CachedParagraph):
    """A paragraph printed in many briefs: parsed once, its lines broken once per width
    (``CachedParagraph``), and drawn once per way its fonts are named in a document.

    Drawing is most of a large run: reportlab splits every line into font subsets and
    formats every glyph code again each time. The content-stream operators a paragraph
    draws depend only on its lines and on the names and codes its fonts and letters have
    in the document being written; in reportlab, ASCII letters keep their own codes in
    every document, and the first uses of the fonts and of any other letter fix the rest.
    So the operators are kept under that signature and replayed wherever it recurs: in
    the other briefs of one PDF, and in the other files of a split folder. A paragraph
    whose fonts or letters are not yet in the document is drawn in full, which is also
    what puts them there.
    """

    def __init__(
        self, text: str | None, style: ParagraphStyle, bulletText: str | None = None, **kw: object
    ):
        super().__init__(text, style, bulletText=bulletText, **kw)
        self._drawn: dict[tuple, list[str]] = {}  # shared by every copy
        self._letters = self._letters_by_font(bulletText)

    def _letters_by_font(self, bullet: str | None) -> tuple[tuple[str, str], ...] | None:
        """Each font the paragraph draws in, with its non-ASCII letters; None: never replay."""
        letters: dict[str, set[str]] = {}
        for frag in self.frags:
            if getattr(frag, "link", None) or getattr(frag, "cbDefn", None):
                return None  # links and callbacks act outside the content stream
            if not hasattr(frag, "fontName"):
                return None  # a fragment list of its own (a line break inside a word)
            text = getattr(frag, "text", "")
            letters.setdefault(frag.fontName, set()).update(c for c in text if ord(c) > 127)
        if bullet:
            name = self.style.bulletFontName
            letters.setdefault(name, set()).update(c for c in bullet if ord(c) > 127)
        undrawn = {"\xa0", *fonts.LEVEL_MARKS}  # level marks go when lines are ordered
        return tuple((name, "".join(sorted(chars - undrawn))) for name, chars in letters.items())

    def _signature(self, doc: object) -> tuple | None:
        """The names and letter codes this paragraph's fonts have in ``doc``; None if any is new."""
        if self._letters is None:
            return None
        out = []
        for name, letters in self._letters:
            font = pdfmetrics.getFont(name)
            state = getattr(font, "state", None)
            if state is None:  # a standard font: only its name in the document matters
                internal = doc.fontMapping.get(name)  # type: ignore[attr-defined]
                if internal is None:
                    return None
                out.append((name, internal))
                continue
            mine = state.get(doc)
            if mine is None or mine.internalName is None:
                return None
            codes = tuple(mine.assignments.get(ord(c)) for c in letters)
            if None in codes:
                return None
            out.append((name, mine.internalName, codes))
        return tuple(out)

    def draw(self) -> None:
        canv = self.canv
        doc = canv._doc
        place = (id(self.blPara), self.width, self.height)
        signature = self._signature(doc)
        if signature is not None:
            code = self._drawn.get((place, signature))
            if code is not None:
                canv._code.extend(code)
                return
        start = len(canv._code)
        super().draw()
        signature = signature or self._signature(doc)
        if signature is not None:
            self._drawn[(place, signature)] = canv._code[start:]


class _FixFontCodes(Flowable):
    """Placed first in every document: names the fonts and codes every non-ASCII letter
    the event's briefs may print, in one fixed order.

    reportlab gives such a letter the next free code at its first use, so without this
    the codes differ from file to file with the person's name, and so do the fonts
    embedded. With it, the drawings :class:`_SharedParagraph` keeps from one file match
    the next, and most files embed the same font subsets, which are then made and
    compressed once (:func:`_share_font_subsets`). Each file embeds the glyphs of the
    whole event's letters: a few for most events (34 KB to 46 KB a file on average for
    the 2,000-name benchmark event, whose names use 95 letters beyond ASCII).
    """

    FONTS = (fonts.REGULAR, fonts.BOLD)
    PUNCTUATION = "·•—–’“”…"

    def __init__(self, letters: str):
        super().__init__()
        self.letters = letters

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doc
        for name in self.FONTS:
            font = pdfmetrics.getFont(name)
            font.splitString(self.letters, doc)
            font.getSubsetInternalName(0, doc)


def _event_letters(data: EventData) -> str:
    """The non-ASCII letters the briefs of ``data`` print, that the font has, in order."""
    fonts.register()
    have = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph
    ev = data.event
    texts = [ev.title, ev.subtitle, ev.venue_name, ev.venue_address, ev.contact_name]
    texts += [f"{r.label} {r.brief}" for r in data.role_types]
    texts += [f"{c.name} {c.role}" for c in data.contacts]
    texts += [f"{r.name} {r.floor} {r.directions}" for r in data.rooms]
    for s in data.sessions:
        texts += [s.heading, s.summary, s.problem_statement, *s.guiding_questions]
    for p in content.people_with_roles(data):
        texts += [p.full_name, content.affiliation_text(p), p.hotel, p.hotel_address]
    found = {c for t in texts if t and not t.isascii() for c in t if ord(c) > 127}
    extra = sorted(c for c in found if ord(c) in have and c not in _FixFontCodes.PUNCTUATION)
    return _FixFontCodes.PUNCTUATION + "".join(extra)


_FONT_CACHE_LOCK = threading.Lock()


class _CachedFlate:
    """Flate compression that remembers its last few results (reportlab's filter protocol)."""

    pdfname = "FlateDecode"
    KEEP = 16

    def __init__(self) -> None:
        self._done: OrderedDict[bytes, bytes] = OrderedDict()

    def encode(self, text: bytes | str) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        with _FONT_CACHE_LOCK:  # the window may write two documents at once
            found = self._done.get(data)
            if found is not None:
                self._done.move_to_end(data)
                return found
        found = zlib.compress(data)
        with _FONT_CACHE_LOCK:
            self._done[data] = found
            if len(self._done) > self.KEEP:
                self._done.popitem(last=False)
        return found

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


@cache
def _share_font_subsets() -> None:
    """Make and compress each distinct font subset once per process, not once per file.

    reportlab builds and compresses the subset of a TrueType font anew for every
    document; the bytes depend only on the letters in it, and with :class:`_FixFontCodes`
    most files of a split folder hold the same letters. The last few results are kept;
    the files are byte for byte what reportlab would write without this.
    """
    fonts.register()
    flate = _CachedFlate()
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        face = pdfmetrics.getFont(name).face
        made: OrderedDict[tuple[int, ...], bytes] = OrderedDict()

        def make_subset(
            subset: list[int], _make: Callable = face.makeSubset, _made: OrderedDict = made
        ) -> bytes:
            key = tuple(subset)
            with _FONT_CACHE_LOCK:
                found = _made.get(key)
                if found is not None:
                    _made.move_to_end(key)
                    return found
            found = _make(subset)
            with _FONT_CACHE_LOCK:
                _made[key] = found
                if len(_made) > _CachedFlate.KEEP:
                    _made.popitem(last=False)
            return found

        def add_subset_objects(
            doc: object,
            fontname: str,
            subset: list[int],
            _add: Callable = face.addSubsetObjects,
            _file: str = face.filename,
        ) -> object:
            ref = _add(doc, fontname, subset)
            stream = doc.idToObject.get(f"fontFile:{_file}({fontname})")  # type: ignore[attr-defined]
            if stream is not None and stream.filters:
                stream.filters = [flate]
            return ref

        face.makeSubset = make_subset
        face.addSubsetObjects = add_subset_objects


class _Row(Flowable):
    """A label and its value on a tinted band: a one-row table at a fraction of the cost.

    Briefs print thousands of these for a large event; reportlab's Table wraps every
    cell twice, this wraps the value once.
    """

    LABEL_WIDTH = 38 * mm
    PAD = 5

    def __init__(self, label: str, value: Paragraph):
        super().__init__()
        self.label, self.value = label, value
        self._value_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = avail_width - self.LABEL_WIDTH - 2 * self.PAD
        _, self._value_height = self.value.wrap(inner, avail_height)
        self.width = avail_width
        self.height = self._value_height + 2 * 2.5 + 0.8
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a row moves to the next page whole

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(TINT)
        c.rect(0, 0.8, self.width, self.height - 0.8, stroke=0, fill=1)
        style = _styles()["cell_label"]
        c.setFillColor(MUTED)
        c.setFont(style.fontName, style.fontSize)
        # on the baseline of the value's first line
        c.drawString(self.PAD, self.height - 2.5 - self.value.style.fontSize, self.label)
        c.restoreState()
        self.value.drawOn(c, self.LABEL_WIDTH + self.PAD, 0.8 + 2.5)


class _Writer:
    """Builds the flowables of briefs with shared styles and glyph checks."""

    def __init__(self, data: EventData, glyphs: Glyphs):
        self.data, self.glyphs = data, glyphs
        self.s = _styles()
        self._day_numbers = day_numbers(data.days)
        self._day_labels = {d.date: d.label for d in data.days}
        self._shared: dict[tuple[str, str], Paragraph] = {}
        self._markdown: dict[tuple[str, str, str], list[Paragraph]] = {}
        self.letters = _event_letters(data)

    def p(self, text: str, style: str) -> Paragraph:
        return Paragraph(markup(self.glyphs.strip(text)), self.s[style])

    def shared(self, text: str, style: str, bullet: str | None = None) -> Paragraph:
        return self.shared_markup(markup(self.glyphs.strip(text)), style, bullet)

    def shared_markup(self, text: str, style: str, bullet: str | None = None) -> Paragraph:
        """One paragraph object for text that many briefs print (role asks, questions).

        Parsing the markup is a third of a large run; a shallow copy keeps the parsed
        fragments and gives each place its own layout state (platypus marks a flowable
        it has pushed to the next page, and must not see that mark at another place).
        """
        key = (text, style + (bullet or ""))
        para = self._shared.get(key)
        if para is None:
            para = _SharedParagraph(text, self.s[style], bullet)
            self._shared[key] = para
        return copy.copy(para)

    def shared_text(self, text: str, style: str) -> list[Flowable]:
        """Markdown text (a summary, a problem statement) as shared paragraphs."""
        key = ("\0markdown", text, style)
        found = self._markdown.get(key)
        if found is None:
            found = self._markdown[key] = markdown.paragraphs(
                self.glyphs.strip(text), self.s[style], _SharedParagraph
            )
        return [copy.copy(p) for p in found]

    def labelled(self, label: str, flows: list[Flowable]) -> list[Flowable]:
        """A label kept on the page with the first lines of what it labels."""
        return keep_start([self.shared(label, "label"), *flows])

    def table(self, rows: list[tuple[str, str]]) -> list[Flowable]:
        return [_Row(label, self.shared(text, "cell")) for label, text in rows] + [Spacer(1, 4)]

    def essentials(self) -> list[tuple[str, str]]:
        ev, data = self.data.event, self.data
        rows = [("Event", ev.title + (f" — {ev.subtitle}" if ev.subtitle else ""))]
        if data.days:
            rows.append(("Dates", i18n.date_range(data.days[0].date, data.days[-1].date, "en")))
        venue = ", ".join(x for x in (ev.venue_name, ev.venue_address) if x)
        if venue and ev.format != "online":
            rows.append(("Venue", venue))
        if ev.online_url and ev.format != "in_person":
            rows.append(("Online", " ".join(x for x in (ev.online_platform, ev.online_url) if x)))
            if ev.online_meeting_id:
                rows.append(("Meeting ID", ev.online_meeting_id))
            if ev.online_passcode:
                rows.append(("Passcode", ev.online_passcode))
        if ev.languages:
            rows.append(("Languages", i18n.language_names(ev.languages, "en")))
        organiser = ", ".join(x for x in (ev.contact_name, ev.contact_email, ev.contact_phone) if x)
        if organiser:
            rows.append(("Organisers", organiser))
        return rows

    def brief(self, person: Person) -> list[Flowable]:
        data = self.data
        b = content.brief_for(data, person)
        g = self.glyphs
        g.check(person.full_name, person.full_name, content.affiliation_text(person))
        name = g.person(person)
        event = data.event.title
        # each brief numbers its own pages: "Event · Brief for Dr. X · page 2 of 3"
        story: list[Flowable] = [Section(f"{event} · Brief for {name}" if event else name)]
        story.append(self.shared("SPEAKER BRIEF · PERSONAL AND CONFIDENTIAL", "kicker"))
        story.append(Paragraph(esc(name), self.s["name"]))
        affil = content.affiliation_text(person)
        story.append(self.p(affil, "affil") if affil else Spacer(1, 8))
        if i18n.t("name_unprintable", "en") in name:  # "Dear Dr. ," would read as a slip
            story.append(self.shared("Dear colleague,", "intro"))
        else:
            story.append(self.p(b.greeting, "intro"))
        roles = sorted({i.role_label.lower() for i in b.sessions})
        what = " and ".join(roles) if len(roles) < 3 else ", ".join(roles)
        story.append(
            self.shared(
                f"Thank you for taking part in {data.event.title or 'the event'} as {what}. "
                "This brief gathers what you need: where to be and when, what your role asks "
                "of you and who you will be with. It is meant for you alone: it holds the "
                "event's online access details and your own travel details.",
                "intro",
            )
        )
        story.append(self.shared("The event", "section"))
        story.extend(self.table(self.essentials()))
        story.append(
            self.shared("Your sessions" if len(b.sessions) > 1 else "Your session", "section")
        )
        for item in b.sessions:
            story.extend(self.session(item))
        story.extend(self.logistics(person))
        story.append(CondPageBreak(30 * mm))
        story.append(self.shared("On the day", "section"))
        for line in b.on_the_day:
            story.append(self.shared(line, "item", "•"))
        story.append(Spacer(1, 6))
        story.append(self.shared("We look forward to welcoming you.", "intro"))
        return story

    def day_heading(self, day: date) -> str:
        """'Day 1 — Tuesday 16 November 2021', the programme's own heading of the day."""
        number = self._day_numbers.get(day)
        if number is None:
            return i18n.long_date(day, "en")
        return i18n.day_heading(self._day_labels.get(day, ""), number, day, "en")

    @staticmethod
    def span_text(day: date, span: object) -> str:
        """'13:00–13:10', '00:20–01:00 (+1 day)' for a talk after its day's midnight."""
        shift = (span.starts.date() - day).days  # type: ignore[attr-defined]
        end_shift = (span.ends.date() - day).days  # type: ignore[attr-defined]
        text = span.text()  # type: ignore[attr-defined]
        return text + (f" ({i18n.day_shift(end_shift or shift, 'en')})" if end_shift else "")

    def session(self, item: content.BriefSession) -> list[Flowable]:
        data, g = self.data, self.glyphs
        sess = item.session
        heading = sess.heading
        g.check(heading, heading, sess.summary, sess.problem_statement, *sess.guiding_questions)
        head: list[Flowable] = [self.shared(heading, "h2")]
        tbc = ' — <font color="#b00020"><b>to be confirmed</b></font>'
        role = markup(g.strip(f"Your role: {item.role_label}")) + ("" if item.confirmed else tbc)
        if sess.status == "tentative":
            role += ' <font color="#b00020">(session to be confirmed)</font>'
        head.append(self.shared_markup(role, "role"))
        v = item.venue_time
        town = content.venue_city(data.event)
        when = [
            (
                "When",
                f"{self.day_heading(item.day)}, {self.span_text(item.day, v)} {v.label} "
                + (f"(venue time, {town})" if town else "(venue time)"),
            )
        ]
        if item.home_time is not None:
            h = item.home_time
            day = f"{h.starts:%A %d %B}, " if h.day_shift else ""
            when.append(
                ("Your time", f"{day}{h.text()} {h.label} in your home time zone ({city(h.zone)})")
            )
        if item.room:
            where = item.room + (f" — {item.room_directions}" if item.room_directions else "")
            when.append(("Room", where))
        if sess.online_url and sess.online_url != data.event.online_url:
            when.append(("Online link", sess.online_url))
        head.extend(self.table(when))
        out: list[Flowable] = [CondPageBreak(45 * mm), *head]
        if item.role_asks:
            out += self.labelled(
                "What your role asks of you", [self.shared(item.role_asks, "text")]
            )
        if sess.summary:
            out += self.labelled(i18n.t("summary", "en"), self.shared_text(sess.summary, "text"))
        if sess.problem_statement:
            text = self.shared_text(sess.problem_statement, "text")
            out += self.labelled(i18n.t("problem_statement", "en"), text)
        if sess.guiding_questions:
            questions = [self.shared(q, "question", "•") for q in sess.guiding_questions]
            out += self.labelled(i18n.t("guiding_questions", "en"), keep_ends(questions))
        if len(item.lineup) > 1 or item.others:
            lineup: list[Flowable] = [self.shared("In this session, in running order", "label")]
            for c in item.lineup:
                if c.you:
                    line = f"<b>{markup(c.role)}: you</b>"
                else:
                    g.check(c.name, c.name, c.affiliations)
                    who = data.person(sess.roles[c.order - 1].person_id)
                    line = f"{markup(g.strip(c.role))}: <b>{esc(g.person(who), fonts.BOLD)}</b>"
                    if c.affiliations:
                        line += f", {markup(g.strip(c.affiliations))}"
                if not c.confirmed:
                    line += ' <font color="#b00020">(to be confirmed)</font>'
                lineup.append(self.shared_markup(line, "item", f"{c.order}."))
            out.append(KeepTogether(lineup))
        out.append(Spacer(1, 8))
        return out

    def logistics(self, person: Person) -> list[Flowable]:
        rows = content.own_logistics(person)
        self.glyphs.check(person.full_name, *(t for _, t in rows))
        out: list[Flowable] = [
            CondPageBreak(40 * mm),
            self.shared("Your travel and stay", "section"),
        ]
        if rows:
            out.extend(self.table(rows))
        else:
            out.append(
                self.p(
                    "The organisers have no travel details for you yet. Please send them your "
                    "arrival and departure, and tell them of any dietary or access needs.",
                    "text",
                )
            )
        if self.data.contacts:
            out.append(self.shared("On-site contacts", "label"))
            for c in self.data.contacts:
                self.glyphs.check(c.name, c.name, c.role)
                text = ", ".join(x for x in (c.name, c.role, c.phone) if x)
                out.append(self.shared(text, "item", "•"))
        return out


def _document(data: EventData, options: BriefOptions, **kw: object) -> Document:
    return Document(
        title=data.event.title,
        paper=options.paper,
        invariant=options.invariant,
        subject="Speaker brief",
        **kw,
    )


def render(
    data: EventData,
    options: BriefOptions | None = None,
    target: str | Path | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Rendered:
    """Every brief in one PDF, each starting on a new page."""
    options = options or BriefOptions()
    people = people_for(data, options.person_uid)
    if not people:
        raise ValueError("nobody holds a role in this event, so there are no briefs to print")
    glyphs = Glyphs()
    doc = _document(data, options, progress=progress, cancelled=cancelled)
    writer = _Writer(data, glyphs)
    story: list[Flowable] = [_FixFontCodes(writer.letters)]
    for n, person in enumerate(people):
        doc.check_cancel()
        if n:
            story.append(PageBreak())
        story.extend(writer.brief(person))
    pdf = doc.build(story, target)
    return Rendered(pdf, doc.page_count, _status_warnings(data, people) + glyphs.warnings)


@dataclass
class SplitResult:
    files: list[Path]
    pages: int
    warnings: list[str]


#: below this many briefs, starting worker processes costs more than it saves
PARALLEL_FROM = 60

# In a worker process: the event and options, received once when the worker starts.
_WORKER: dict[str, object] = {}


def _worker_start(data: EventData, options: BriefOptions) -> None:
    # A forked worker inherits the command line's SIGTERM handler, which raises: caught
    # inside the pool's own loop it would keep the worker alive and the stop would hang.
    # Stopping is the parent's job: it terminates the pool, and the default action ends us.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.clear()  # a forked worker must not inherit the writer of an earlier run
    _WORKER.update(data=data, options=options)
    _share_font_subsets()  # a spawned worker starts without it


def _write_chunk(job: tuple[list[tuple[int, str]], str]) -> tuple[int, int, list[str]]:
    """Write the briefs of some people (id, file name) into ``folder``: (count, pages, warnings).

    One writer serves every chunk a worker takes, so the paragraphs it has laid out and
    drawn for earlier chunks are reused (a fresh writer per chunk laid them out again).
    Its warnings are cumulative; the caller keeps each one once.
    """
    chosen, folder = job
    data = _WORKER["data"]
    options = _WORKER["options"]
    assert isinstance(data, EventData) and isinstance(options, BriefOptions)
    writer = _WORKER.get("writer")
    if not isinstance(writer, _Writer):
        writer = _WORKER["writer"] = _Writer(data, Glyphs())
    pages = _write_briefs(
        data, options, [(data.person(pid), name) for pid, name in chosen], Path(folder), writer
    )
    return len(chosen), pages, writer.glyphs.warnings


def _write_briefs(
    data: EventData,
    options: BriefOptions,
    chosen: list[tuple[Person, str]],
    folder: Path,
    writer: _Writer,
    cancelled: CancelCheck | None = None,
    done: Callable[[], None] | None = None,
) -> int:
    pages = 0
    for person, name in chosen:  # the writer's shared paragraphs carry over between files
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled")
        doc = _document(data, options, cancelled=cancelled)
        doc.build([_FixFontCodes(writer.letters), *writer.brief(person)], folder / name)
        pages += doc.page_count
        if done is not None:
            done()
    return pages


def _write_parallel(
    data: EventData,
    options: BriefOptions,
    chosen: list[tuple[Person, str]],
    folder: Path,
    workers: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[int, list[str]]:
    """The same files from several processes; Cancel stops them at once.

    Workers are forked when this process runs a single thread (the command line): they
    start at once with everything imported. The window calls this from a worker thread,
    and a fork of a threaded process may inherit a lock another thread holds, so there
    the workers are spawned (slower to start, always safe).
    """
    size = max(5, len(chosen) // (workers * 6))
    jobs = [
        ([(p.id, name) for p, name in chosen[i : i + size]], str(folder))
        for i in range(0, len(chosen), size)
    ]
    fork = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = context.Pool(workers, initializer=_worker_start, initargs=(data, options))
    pages, warnings, written = 0, [], 0
    try:
        results = pool.imap_unordered(_write_chunk, jobs)
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled("cancelled")
            try:
                count, chunk_pages, chunk_warnings = results.next(timeout=0.1)
            except multiprocessing.TimeoutError:
                continue
            except StopIteration:
                break
            written += count
            pages += chunk_pages
            warnings += [w for w in chunk_warnings if w not in warnings]
            if progress is not None:
                progress(written, len(chosen))
        pool.close()
    finally:
        pool.terminate()
        pool.join()
    return pages, warnings


def render_split(
    data: EventData,
    folder: str | Path,
    options: BriefOptions | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    *,
    workers: int | None = None,
) -> SplitResult:
    """One PDF per person in ``folder``, named after them; all of them or none.

    The files are written into a hidden staging folder and moved in only once every
    brief is done, so a cancelled or failed run leaves ``folder`` as it was. A large
    event is shared among worker processes (``workers``: None picks one per CPU core for
    60 briefs or more, 1 keeps everything in this process).
    """
    options = options or BriefOptions()
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"{folder} is a file, not a folder")
    people = people_for(data, options.person_uid)
    if not people:
        raise ValueError("nobody holds a role in this event, so there are no briefs to print")
    names = content.file_names(people)
    chosen = [(p, names[p.id]) for p in people]
    _share_font_subsets()
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(people) >= PARALLEL_FROM else 1
    with staging_folder(folder) as tmp:
        if workers > 1:
            pages, warnings = _write_parallel(
                data, options, chosen, tmp, workers, progress, cancelled
            )
        else:
            glyphs = Glyphs()
            count = [0]

            def done() -> None:
                count[0] += 1
                if progress is not None:
                    progress(count[0], len(chosen))

            writer = _Writer(data, glyphs)
            pages = _write_briefs(data, options, chosen, tmp, writer, cancelled, done)
            warnings = glyphs.warnings
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled")
        files = publish_folder(tmp, folder, [name for _person, name in chosen])
    return SplitResult(files, pages, _status_warnings(data, people) + warnings)


__all__ = [
    "BriefOptions",
    "SplitResult",
    "people_for",
    "render",
    "render_split",
]
