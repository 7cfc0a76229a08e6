"""What one speaker brief looks like: its styles, its labelled rows and its sections.

``BriefWriter`` turns one person's brief (``services.briefs``) into flowables; the
paragraphs it shares between briefs come from ``briefs_cache.py``.
"""

from __future__ import annotations

import copy
from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from .. import i18n
from ..model import EventData, Person
from ..services import briefs as content
from ..services.timezones import city
from . import fonts, markdown
from .base import ACCENT, MUTED, TINT, Glyphs, Section, day_numbers, esc, markup, stylesheet
from .breaks import keep_ends, keep_start
from .briefs_cache import SharedParagraph, event_letters
from .paragraph import Paragraph
from .programme_common import subtitle_markup

ALERT = colors.HexColor("#b00020")


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


class BriefWriter:
    """Builds the flowables of briefs with shared styles and glyph checks."""

    def __init__(self, data: EventData, glyphs: Glyphs):
        self.data, self.glyphs = data, glyphs
        self.s = _styles()
        self._day_numbers = day_numbers(data.days)
        self._day_labels = {d.date: d.label for d in data.days}
        self._shared: dict[tuple[str, str], Paragraph] = {}
        self._markdown: dict[tuple[str, str, str], list[Paragraph]] = {}
        self.letters = event_letters(data)

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
            para = SharedParagraph(text, self.s[style], bullet)
            self._shared[key] = para
        return copy.copy(para)

    def shared_text(self, text: str, style: str) -> list[Flowable]:
        """Markdown text (a summary, a problem statement) as shared paragraphs."""
        key = ("\0markdown", text, style)
        found = self._markdown.get(key)
        if found is None:
            found = self._markdown[key] = markdown.paragraphs(
                self.glyphs.strip(text), self.s[style], SharedParagraph
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
        g.check(heading, sess.subtitle, sess.type_note)
        head: list[Flowable] = [self.shared(heading, "h2")]
        sub = subtitle_markup(sess, g)
        if sub:  # what the talk is called under its title, and the format's own name
            head.append(self.shared_markup(sub, "text"))
        tbc = ' — <font color="#b00020"><b>to be confirmed</b></font>'
        role = markup(g.strip(f"Your role: {item.role_label}")) + ("" if item.confirmed else tbc)
        if sess.status == "tentative":
            role += ' <font color="#b00020">(session to be confirmed)</font>'
        head.append(self.shared_markup(role, "role"))
        v = item.venue_time
        town = content.zone_town(data.event, v.zone)
        when = [
            (
                "When",
                f"{self.day_heading(item.day)}, {self.span_text(item.day, v)} {v.label} "
                f"(venue time, {town})",
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
