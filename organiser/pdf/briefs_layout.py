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
from ..services.timezones import ZonedSpan, city
from . import fonts, markdown
from .base import ACCENT, MUTED, TINT, Glyphs, Section, day_numbers, esc, markup, stylesheet
from .breaks import keep_ends, keep_start
from .briefs_cache import SharedParagraph, event_letters
from .paragraph import Paragraph
from .programme_common import subtitle_markup

ALERT = colors.HexColor("#b00020")

#: the brief's own words; a role's asks and the checklist come from ``services.briefs``
W = i18n.Words(
    en={
        "subject": "Speaker brief",
        "running": "{event} · Brief for {name}",
        "kicker": "SPEAKER BRIEF · PERSONAL AND CONFIDENTIAL",
        "dear_colleague": "Dear colleague,",
        "the_event": "the event",
        "and": " and ",
        "as_role": "as {roles}",
        "thanks": "Thank you for taking part in {event} {as_roles}. This brief gathers what you "
        "need: where to be and when, what your role asks of you and who you will be with. It "
        "is meant for you alone: it holds the event's online access details and your own "
        "travel details.",
        "event_section": "The event",
        "event": "Event",
        "languages": "Languages",
        "organisers": "Organisers",
        "your_sessions": "Your sessions",
        "your_session": "Your session",
        "on_the_day": "On the day",
        "welcome": "We look forward to welcoming you.",
        "tbc": "to be confirmed",
        "session_tbc": "session to be confirmed",
        "your_role": "Your role: {role}",
        "when": "When",
        "venue_time_in": "(venue time, {town})",
        "venue_time": "(venue time)",
        "your_time": "Your time",
        "home_zone": "{when} {zone} in your home time zone ({city})",
        "room": "Room",
        "online_link": "Online link",
        "asks": "What your role asks of you",
        "lineup": "In this session, in running order",
        "you": "{role}: you",
        "travel": "Your travel and stay",
        "no_travel": "The organisers have no travel details for you yet. Please send them your "
        "arrival and departure, and tell them of any dietary or access needs.",
        "contacts": "On-site contacts",
    },
    fr={
        "subject": "Note d’information",
        "running": "{event} · Note personnelle · {name}",  # "de Dr" would be wrong
        "kicker": "NOTE D’INFORMATION · PERSONNELLE ET CONFIDENTIELLE",
        "dear_colleague": "Madame, Monsieur,",
        "the_event": "l’événement",
        "and": " et ",
        "as_role": "en tant que {roles}",
        "thanks": "Nous vous remercions de participer à {event} {as_roles}. Cette note rassemble "
        "ce qu’il vous faut savoir : où et quand vous présenter, ce que votre rôle attend de "
        "vous et avec qui vous interviendrez. Elle vous est strictement personnelle : elle "
        "contient les informations de connexion de l’événement et vos propres informations "
        "de voyage.",
        "event_section": "L’événement",
        "event": "Événement",
        "languages": "Langues",
        "organisers": "Organisateurs",
        "your_sessions": "Vos séances",
        "your_session": "Votre séance",
        "on_the_day": "Le jour même",
        "welcome": "Nous nous réjouissons de vous accueillir.",
        "tbc": "à confirmer",
        "session_tbc": "séance à confirmer",
        "your_role": "Votre rôle : {role}",
        "when": "Date et heure",
        "venue_time_in": "(heure locale, {town})",
        "venue_time": "(heure locale)",
        "your_time": "Chez vous",
        "home_zone": "{when} {zone} dans votre fuseau horaire ({city})",
        "room": "Salle",
        "online_link": "Lien de connexion",
        "asks": "Ce que votre rôle attend de vous",
        "lineup": "Dans cette séance, par ordre de passage",
        "you": "{role} : vous",
        "travel": "Votre voyage et votre séjour",
        "no_travel": "Les organisateurs n’ont pas encore vos informations de voyage. Merci de "
        "leur communiquer vos dates d’arrivée et de départ, et de leur signaler tout régime "
        "alimentaire ou besoin d’accessibilité.",
        "contacts": "Contacts sur place",
    },
)


def as_roles(roles: list[str], lang: str) -> str:
    """'as facilitator and rapporteur' / 'en tant qu’animatrice et rapporteuse'."""
    what = W("and", lang).join(roles) if len(roles) < 3 else ", ".join(roles)
    text = W("as_role", lang, roles=what)
    if lang == "fr" and what[:1].casefold() in "aâàeéèêëiîïoôuùûœh":
        text = text.replace("que ", "qu’", 1)  # French elides before a vowel
    return text


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

    def __init__(self, data: EventData, glyphs: Glyphs, lang: str = "en"):
        self.data, self.glyphs, self.lang = data, glyphs, i18n.check_lang(lang)
        self.s = _styles()
        self._day_numbers = day_numbers(data.days)
        self._day_labels = {d.date: d.label for d in data.days}
        self._shared: dict[tuple[str, str], Paragraph] = {}
        self._markdown: dict[tuple[str, str, str], list[Paragraph]] = {}
        self.letters = event_letters(data, lang)

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
        ev, data, lang = self.data.event, self.data, self.lang
        rows = [(W("event", lang), ev.title + (f" — {ev.subtitle}" if ev.subtitle else ""))]
        if data.days:
            dates = i18n.date_range(data.days[0].date, data.days[-1].date, lang)
            rows.append((i18n.t("dates", lang), dates))
        venue = ", ".join(x for x in (ev.venue_name, ev.venue_address) if x)
        if venue and ev.format != "online":
            rows.append((i18n.t("venue", lang), venue))
        if ev.online_url and ev.format != "in_person":
            online = " ".join(x for x in (ev.online_platform, ev.online_url) if x)
            rows.append((i18n.t("online", lang), online))
            if ev.online_meeting_id:
                rows.append((i18n.t("meeting_id", lang), ev.online_meeting_id))
            if ev.online_passcode:
                rows.append((i18n.t("passcode", lang), ev.online_passcode))
        if ev.languages:
            rows.append((W("languages", lang), i18n.language_names(ev.languages, lang)))
        organiser = ", ".join(x for x in (ev.contact_name, ev.contact_email, ev.contact_phone) if x)
        if organiser:
            rows.append((W("organisers", lang), organiser))
        return rows

    def brief(self, person: Person) -> list[Flowable]:
        data, lang = self.data, self.lang
        b = content.brief_for(data, person, lang)
        g = self.glyphs
        g.check(person.full_name, person.full_name, content.affiliation_text(person))
        name = g.person(person, lang)
        event = data.event.title
        # each brief numbers its own pages: "Event · Brief for Dr. X · page 2 of 3"
        story: list[Flowable] = [
            Section(W("running", lang, event=event, name=name) if event else name)
        ]
        story.append(self.shared(W("kicker", lang), "kicker"))
        story.append(Paragraph(esc(name), self.s["name"]))
        affil = content.affiliation_text(person)
        story.append(self.p(affil, "affil") if affil else Spacer(1, 8))
        if i18n.t("name_unprintable", lang) in name:  # "Dear Dr. ," would read as a slip
            story.append(self.shared(W("dear_colleague", lang), "intro"))
        else:
            story.append(self.p(b.greeting, "intro"))
        roles = sorted({i.role_label.lower() for i in b.sessions})
        thanks = W(
            "thanks",
            lang,
            event=data.event.title or W("the_event", lang),
            as_roles=as_roles(roles, lang),
        )
        story.append(self.shared(thanks, "intro"))
        story.append(self.shared(W("event_section", lang), "section"))
        story.extend(self.table(self.essentials()))
        many = len(b.sessions) > 1
        story.append(self.shared(W("your_sessions" if many else "your_session", lang), "section"))
        for item in b.sessions:
            story.extend(self.session(item))
        story.extend(self.logistics(person))
        story.append(CondPageBreak(30 * mm))
        story.append(self.shared(W("on_the_day", lang), "section"))
        for line in b.on_the_day:
            story.append(self.shared(line, "item", "•"))
        story.append(Spacer(1, 6))
        story.append(self.shared(W("welcome", lang), "intro"))
        return story

    def day_heading(self, day: date) -> str:
        """'Day 1 — Tuesday 16 November 2021', the programme's own heading of the day."""
        number = self._day_numbers.get(day)
        if number is None:
            return i18n.long_date(day, self.lang)
        return i18n.day_heading(self._day_labels.get(day, ""), number, day, self.lang)

    def span_text(self, day: date, span: ZonedSpan) -> str:
        """'13:00–13:10', '00:20–01:00 (+1 day)' for a talk after its day's midnight."""
        end_shift = (span.ends.date() - day).days
        text = i18n.clock_span(span.starts, span.ends, self.lang)
        if end_shift:
            text += f" ({i18n.day_shift(end_shift, self.lang)})"
        return text

    def session(self, item: content.BriefSession) -> list[Flowable]:
        data, g, lang = self.data, self.glyphs, self.lang
        sess = item.session
        heading = i18n.heading_of(sess, lang)
        summary = i18n.session_text(sess, "summary", lang)
        problem = i18n.session_text(sess, "problem_statement", lang)
        questions = i18n.session_questions(sess, lang)
        g.check(heading, heading, summary, problem, *questions)
        g.check(heading, sess.subtitle, sess.type_note)
        head: list[Flowable] = [self.shared(heading, "h2")]
        sub = subtitle_markup(sess, g)
        if sub:  # what the talk is called under its title, and the format's own name
            head.append(self.shared_markup(sub, "text"))
        tbc = f' — <font color="#b00020"><b>{esc(W("tbc", lang))}</b></font>'
        role = markup(g.strip(W("your_role", lang, role=item.role_label)))
        role += "" if item.confirmed else tbc
        if sess.status == "tentative":
            role += f' <font color="#b00020">({esc(W("session_tbc", lang))})</font>'
        head.append(self.shared_markup(role, "role"))
        v = item.venue_time
        town = content.zone_town(data.event, v.zone, lang)
        where = W("venue_time_in", lang, town=town)
        when = [
            (
                W("when", lang),
                f"{self.day_heading(item.day)}, {self.span_text(item.day, v)} {v.label} {where}",
            )
        ]
        if item.home_time is not None:
            h = item.home_time
            day = f"{i18n.day_month(h.starts.date(), lang)}, " if h.day_shift else ""
            span = i18n.clock_span(h.starts, h.ends, lang)
            home = W("home_zone", lang, when=f"{day}{span}", zone=h.label, city=city(h.zone, lang))
            when.append((W("your_time", lang), home))
        if item.room:
            where = item.room + (f" — {item.room_directions}" if item.room_directions else "")
            when.append((W("room", lang), where))
        if sess.online_url and sess.online_url != data.event.online_url:
            when.append((W("online_link", lang), sess.online_url))
        head.extend(self.table(when))
        out: list[Flowable] = [CondPageBreak(45 * mm), *head]
        if item.role_asks:
            out += self.labelled(W("asks", lang), [self.shared(item.role_asks, "text")])
        if summary:
            out += self.labelled(i18n.t("summary", lang), self.shared_text(summary, "text"))
        if problem:
            text = self.shared_text(problem, "text")
            out += self.labelled(i18n.t("problem_statement", lang), text)
        if questions:
            bullets = [self.shared(q, "question", "•") for q in questions]
            out += self.labelled(i18n.t("guiding_questions", lang), keep_ends(bullets))
        if len(item.lineup) > 1 or item.others:
            lineup: list[Flowable] = [self.shared(W("lineup", lang), "label")]
            for c in item.lineup:
                if c.you:
                    line = f"<b>{markup(W('you', lang, role=c.role))}</b>"
                else:
                    g.check(c.name, c.name, c.affiliations)
                    who = data.person(sess.roles[c.order - 1].person_id)
                    person = esc(g.person(who, lang), fonts.BOLD)
                    line = f"{markup(g.strip(c.role))}{i18n.t('colon', lang)}<b>{person}</b>"
                    if c.affiliations:
                        line += f", {markup(g.strip(c.affiliations))}"
                if not c.confirmed:
                    line += f' <font color="#b00020">({esc(W("tbc", lang))})</font>'
                lineup.append(self.shared_markup(line, "item", f"{c.order}."))
            out.append(KeepTogether(lineup))
        out.append(Spacer(1, 8))
        return out

    def logistics(self, person: Person) -> list[Flowable]:
        lang = self.lang
        rows = content.own_logistics(person, lang)
        self.glyphs.check(person.full_name, *(t for _, t in rows))
        out: list[Flowable] = [
            CondPageBreak(40 * mm),
            self.shared(W("travel", lang), "section"),
        ]
        if rows:
            out.extend(self.table(rows))
        else:
            out.append(self.p(W("no_travel", lang), "text"))
        if self.data.contacts:
            out.append(self.shared(W("contacts", lang), "label"))
            for c in self.data.contacts:
                self.glyphs.check(c.name, c.name, c.role)
                text = ", ".join(x for x in (c.name, c.role, c.phone) if x)
                out.append(self.shared(text, "item", "•"))
        return out
