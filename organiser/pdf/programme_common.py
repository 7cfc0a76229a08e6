"""What every style of the programme shares: its options, the zones it prints in, the
document it builds, and the text of days, times, people and roles.

The styles (the full programme in ``programme.py``, ``glance.py``, ``doorsigns.py``,
``grid.py``) import these; ``programme.render`` dispatches to the styles, and nothing
here imports a style back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from .. import addressing, i18n
from ..model import Day, EventData, Person, Session
from ..services import timezones
from . import fonts
from .base import MUTED, CancelCheck, Document, Glyphs, Progress, esc, join_nonempty, paper_size

STYLES = ("full", "glance", "doors", "grid")


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


def span_text(day: Day, span: tuple[datetime, datetime], venue: str, zone: str, lang: str) -> str:
    """'13:00–13:10 GMT', '23:30–00:30 (+1 day) JST': a real span as seen in ``zone``.

    ``span`` is naive venue date-times (``EventData.span``, ``EventData.day_span``). A
    time on another calendar day than the conference day's date carries its day shift,
    so a reader knows a talk is after midnight (or, abroad, the evening before for them).
    """
    zoned = timezones.span_between(day.date, span[0], span[1], venue, zone)
    s_shift = (zoned.starts.date() - day.date).days
    e_shift = (zoned.ends.date() - day.date).days
    start = i18n.clock(zoned.starts, lang)
    end = i18n.clock(zoned.ends, lang)
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
    people = data.people_by_id()
    for r in session.roles:
        person = people.get(r.person_id)
        if person is None:
            continue
        groups.setdefault(r.role, []).append((r.sort_order, person, r.confirmed))
    keys = sorted(groups, key=lambda k: (order.get(k, len(order)), k))
    return [(k, [(p, c) for _, p, c in sorted(groups[k], key=lambda x: x[0])]) for k in keys]


def role_heading(data: EventData, key: str, people: Sequence[Person], lang: str) -> str:
    """'Facilitator', 'Animatrice' (one woman), 'Premiers intervenants' (several)."""
    genders = [addressing.gender(p) for p in people]
    return addressing.role_name(data.role_type(key), lang, genders)


def heading_text(session: Session, lang: str) -> str:
    return i18n.heading_of(session, lang)


def subtitle_markup(session: Session, glyphs: Glyphs) -> str:
    """'<i>the untold stories</i> · Live-Podcast Bühne': the line under a session's title,
    its subtitle and the organisers' word for its format; '' when it has neither."""
    parts = []
    if session.subtitle.strip():
        parts.append(f"<i>{esc(glyphs.strip(session.subtitle.strip()))}</i>")
    if session.type_note:
        parts.append(
            f"<font color='{MUTED.hexval()}'>{esc(glyphs.strip(session.type_note))}</font>"
        )
    return "  ·  ".join(parts)


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
    for room in data.rooms:
        glyphs.check(room.name, room.name)
    people = data.people_by_id()
    seen: set[int] = set()
    for s in data.sessions:
        glyphs.check(
            s.title or heading_text(s, options.lang),
            s.title,
            s.subtitle,
            s.type_note,
            s.problem_statement,
            *s.guiding_questions,
        )
        if options.lang == "fr":
            glyphs.check(
                s.title or heading_text(s, options.lang),
                s.title_fr,
                s.summary_fr,
                s.problem_statement_fr,
                *s.guiding_questions_fr,
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
