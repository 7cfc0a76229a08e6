"""Stale paper: which printed documents no longer match the event, and what changed.

Every export records, per item it printed, a fingerprint of each *aspect* the document
shows of it (a session's time, its room, its speakers; a badge's name, its organisation).
Keys look like ``session:<uid>:time`` or ``person:<uid>:organisation``: the uid survives
renames and re-imports, and the aspect names what to tell the user. Comparing the latest
record of each document (and of each person's badge or brief) with today's fingerprints
gives messages like "Programme, printed 09:10, changed: Workshop 3 time".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from .. import i18n
from ..model import EventData, Person, PrintRecord, Session
from ..services.fingerprint import digest, person_badge, session_programme
from ..store import EventStore
from ..store.exports import add_print_record
from .base import day_text, listing, session_name, span_text

PROGRAMME = "programme"
BADGE = "badge"
BRIEF = "brief"
TENT = "tent"
#: Document kinds whose content can be fingerprinted, with the name the user sees.
KINDS = {PROGRAMME: "Programme", BADGE: "Badge", TENT: "Table tent", BRIEF: "Speaker brief"}
FRENCH_KINDS = {
    PROGRAMME: "Programme",
    BADGE: "Badge",
    TENT: "Chevalet",
    BRIEF: "Note d’information",
}
#: Kinds that print a person's name card: a badge, a table tent.
NAME_CARDS = (BADGE, TENT)
#: People who get no badge.
NO_BADGE = ("declined", "cancelled")

EVENT_ASPECTS = {
    "title": ("title", "subtitle"),
    "description": ("description",),
    "venue": ("venue_name", "venue_address"),
    "online": ("online_platform", "online_url", "online_meeting_id"),
    "zones": ("venue_time_zone", "display_time_zones"),
    "languages": ("languages",),
    "contact": ("contact_name", "contact_email", "contact_phone"),
}
EVENT_WORDS = {
    "title": "event title",
    "description": "introduction",
    "venue": "venue",
    "online": "online access details",
    "zones": "time zones",
    "languages": "languages",
    "contact": "contact details",
    "partners": "partners",
}
SESSION_WORDS = {
    "time": "time",
    "title": "title",
    "room": "room",
    "status": "status",
    "problem": "problem statement",
    "questions": "guiding questions",
    "people": "speakers",
    "summary": "summary",
    "subtitle": "subtitle",
    "type": "type",
    "description": "description",
}
BADGE_WORDS = {
    "name": "name",
    "position": "position",
    "organisation": "organisation",
    "category": "category",
    "code": "badge code",
}
BRIEF_WORDS = {
    "name": "name or affiliation",
    "sessions": "sessions",
    "logistics": "travel and hotel",
    "event": "event details",
}
LOGISTICS_FIELDS = (
    "arrival_at",
    "arrival_mode",
    "arrival_number",
    "arriving_from",
    "pickup_needed",
    "pickup_by",
    "departure_at",
    "departure_mode",
    "departure_number",
    "hotel",
    "hotel_address",
    "check_in",
    "check_out",
    "booking_reference",
)
#: the same words in French, for the window in French
FRENCH_WORDS = {
    "event": {
        "title": "titre de l’événement",
        "description": "introduction",
        "venue": "lieu",
        "online": "informations de connexion",
        "zones": "fuseaux horaires",
        "languages": "langues",
        "contact": "coordonnées",
        "partners": "partenaires",
    },
    "session": {
        "time": "horaire",
        "title": "titre",
        "room": "salle",
        "status": "statut",
        "problem": "problématique",
        "questions": "questions directrices",
        "people": "intervenants",
        "summary": "résumé",
        "description": "description",
    },
    "badge": {
        "name": "nom",
        "position": "fonction",
        "organisation": "organisation",
        "category": "catégorie",
        "code": "code du badge",
    },
    "brief": {
        "name": "nom ou affiliation",
        "sessions": "séances",
        "logistics": "voyage et hôtel",
        "event": "informations sur l’événement",
    },
    "day": {"date": "date", "label": "nom", "hours": "horaires d’ouverture"},
}
ENGLISH_WORDS = {
    "event": EVENT_WORDS,
    "session": SESSION_WORDS,
    "badge": BADGE_WORDS,
    "brief": BRIEF_WORDS,
    "day": {"date": "date", "label": "name", "hours": "opening hours"},
}
SAY = i18n.Words(
    en={
        "printed_today": "printed {time}",
        "printed_this_year": "printed {day}, {time}",
        "printed": "printed {day} {year}, {time}",
        "day_added": "{day} added",
        "day_changed": "{day} {what}",
        "session_changed": "{session} {what}",
        "session_added": "{session} added",
        "a_session_removed": "a session removed",
        "sessions_removed": "{n} sessions removed",
        "a_day_removed": "a day removed",
        "days_removed": "{n} days removed",
        "more": "{shown} and {n} more",
        "programme": "Programme, {printed}, changed: {changes}",
        "person": "{label} of {name}: {changes} changed",
        "nameless": "a person without a name",
    },
    fr={
        "printed_today": "imprimé à {time}",
        "printed_this_year": "imprimé le {day} à {time}",
        "printed": "imprimé le {day} {year} à {time}",
        "day_added": "{day} ajouté",
        "day_changed": "{day} ({what})",
        "session_changed": "{session} ({what})",
        "session_added": "nouvelle séance : {session}",
        "a_session_removed": "une séance supprimée",
        "sessions_removed": "{n} séances supprimées",
        "a_day_removed": "un jour supprimé",
        "days_removed": "{n} jours supprimés",
        "more": "{shown} et {n} autres",
        "programme": "Programme {printed} ; modifications depuis : {changes}",
        "person": "{label} de {name} ; modifications depuis : {changes}",
        "nameless": "une personne sans nom",
    },
)
#: How many changes a message names before it says "and N more".
MAX_NAMED = 5


# ------------------------------------------------------------------ fingerprints
def _programme_items(data: EventData, options: Mapping[str, Any]) -> dict[str, str]:
    event = data.event
    items: dict[str, str] = {}
    for aspect, names in EVENT_ASPECTS.items():
        values = [getattr(event, n) for n in names]
        if aspect == "online" and options.get("passcode"):
            values.append(event.online_passcode)
        items[f"event:{aspect}"] = digest(values)
    items["event:partners"] = digest([(p.name, p.role) for p in data.partners])
    for day in data.days:
        items[f"day:{day.id}:date"] = digest(day.date)
        items[f"day:{day.id}:label"] = digest(day.label)
        hours: list[object] = [day.opens, day.closes]
        if event.day_change != time(0):  # where the day turns over moves its late talks
            hours.append(event.day_change)
        items[f"day:{day.id}:hours"] = digest(hours)
    dates = {d.id: d.date for d in data.days}
    for s in data.sessions:
        shown = session_programme(data, s)
        room = data.room(s.room_id)
        aspects = {
            "time": [dates.get(s.day_id), s.starts, s.ends],
            "title": [s.kind, s.number, s.title],
            "room": room.name if room else "",
            "status": s.status,
            "problem": s.problem_statement,
            "questions": s.guiding_questions,
            "people": shown["roles"],
        }
        # aspects that a programme printed before them did not have are added only when
        # there is something to print, so that paper printed then is not called stale
        if s.summary:
            aspects["summary"] = s.summary
        if s.subtitle:
            aspects["subtitle"] = s.subtitle
        if s.type_note:  # as printed: a type that repeats the kind is not
            aspects["type"] = s.type_note
        if options.get("descriptions") and s.description:
            aspects["description"] = s.description
        if options.get("lang") == "fr":  # the French text, where there is some
            for aspect, french in (
                ("title", s.title_fr),
                ("summary", s.summary_fr),
                ("problem", s.problem_statement_fr),
                ("questions", s.guiding_questions_fr),
            ):
                if french:
                    aspects[aspect] = [aspects.get(aspect, ""), french]
        for aspect, value in aspects.items():
            items[f"session:{s.uid}:{aspect}"] = digest(value)
    return items


def badge_items(person: Person) -> dict[str, str]:
    """What a badge shows of ``person``, aspect by aspect, as print-log items."""
    shown = person_badge(person)
    aspects = {
        "name": [shown[k] for k in ("honorific", "given_name", "family_name", "printed_name")],
        "position": [a[0] for a in shown["affiliations"]],
        "organisation": [a[1] for a in shown["affiliations"]],
        "category": shown["category"],
        "code": shown["uid"],
    }
    if person.form_of_address:  # French bands agree with it ("Intervenante")
        aspects["category"] = [shown["category"], person.form_of_address]
    return {f"person:{person.uid}:{a}": digest(v) for a, v in aspects.items()}


def _brief_items(data: EventData, person: Person, mine: list[Session]) -> dict[str, str]:
    event = data.event
    dates = {d.id: d.date for d in data.days}
    sessions = []
    for s in mine:
        shown = session_programme(data, s)
        room = data.room(s.room_id)
        shown["room_id"] = room.name if room else ""
        shown["day_id"] = dates.get(s.day_id)
        shown["held"] = [r.role for r in s.roles if r.person_id == person.id]
        sessions.append(shown)
    aspects = {
        "name": [
            person.full_name,
            [(a.position, a.organisation) for a in person.affiliations],
        ],
        "sessions": sessions,
        "logistics": [getattr(person, f) for f in LOGISTICS_FIELDS],
        "event": [
            [getattr(event, n) for names in EVENT_ASPECTS.values() for n in names],
            event.online_passcode,
        ],
    }
    return {f"person:{person.uid}:{a}": digest(v) for a, v in aspects.items()}


def _people_for(kind: str, data: EventData, options: Mapping[str, Any]) -> list[Person]:
    wanted = options.get("person_ids")
    if wanted is not None:
        ids = set(wanted)
        return [p for p in data.people if p.id in ids]
    if kind in NAME_CARDS:
        return [p for p in data.people if p.status not in NO_BADGE]
    speaking = {r.person_id for s in data.sessions for r in s.roles}
    return [p for p in data.people if p.id in speaking]


def _sessions_by_person(data: EventData) -> dict[int | None, list[Session]]:
    """Each person's sessions, by ``Person.id`` (None, a person not stored, has none)."""
    found: dict[int | None, list[Session]] = {}
    for s in data.sessions:
        for pid in dict.fromkeys(r.person_id for r in s.roles):
            found.setdefault(pid, []).append(s)
    return found


def item_fingerprints(
    kind: str, data: EventData, options: Mapping[str, Any] | None = None
) -> dict[str, str]:
    """{item key: fingerprint} of what a document of ``kind`` shows today.

    ``options`` are the export's options; ``person_ids`` limits badges and briefs to
    those people (default: everyone with a badge, everyone with a role), ``passcode``
    says the programme prints the meeting passcode.
    """
    options = options or {}
    if kind == PROGRAMME:
        return _programme_items(data, options)
    if kind in NAME_CARDS:
        items: dict[str, str] = {}
        for p in _people_for(kind, data, options):
            items.update(badge_items(p))
        return items
    if kind == BRIEF:
        by_person = _sessions_by_person(data)
        items = {}
        for p in _people_for(kind, data, options):
            items.update(_brief_items(data, p, by_person.get(p.id, [])))
        return items
    # Other documents (run sheet, sign-in sheets) are logged as printed but not compared:
    # they are reprinted whole on the day, and nothing they show is worth a warning.
    return {}


def record_export(
    store: EventStore,
    kind: str,
    data: EventData,
    items: Mapping[str, str] | None = None,
    options: Mapping[str, Any] | None = None,
    *,
    person_id: int | None = None,
    layout: str = "",
    printed_at: datetime | None = None,
) -> PrintRecord:
    """Note in the event file that a document was just written, with what it showed.

    ``items`` defaults to today's :func:`item_fingerprints` for ``kind`` and ``options``;
    ``person_id`` marks a document made for one person (a single badge or brief).
    """
    options = dict(options or {})
    if items is None:
        items = item_fingerprints(kind, data, options)
    items = dict(items)
    record = PrintRecord(
        kind=kind,
        printed_at=(printed_at or datetime.now()).replace(microsecond=0),
        layout=layout,
        person_id=person_id,
        fingerprint=digest(items),
        items=items,
        options=options,
    )
    return add_print_record(store, record)


# ------------------------------------------------------------------ comparing
@dataclass(frozen=True)
class StaleOutput:
    """One printed document that no longer matches the event."""

    kind: str  # programme, badge or brief
    printed_at: datetime
    record_id: int | None  # the print_log row it compares against
    changes: tuple[str, ...]  # "Workshop 3 time", "organisation"
    message: str  # "Programme, printed 09:10, changed: Workshop 3 time"
    person_id: int | None = None  # the person of a badge or brief
    options: Mapping[str, Any] | None = None  # the options it was printed with


@dataclass(frozen=True)
class Redo:
    """One export to run again: a whole document, or badges or briefs of some people."""

    kind: str
    person_ids: tuple[int, ...] | None  # None: the whole document
    options: Mapping[str, Any]


def short_name(person: Person, lang: str = "en") -> str:
    """'N. Bagayoko', as a list of printed badges names people."""
    if person.printed_name or not person.family_name:
        return person.name or SAY("nameless", lang)
    initial = person.given_name.strip()[:1]
    return f"{initial}. {person.family_name}" if initial else person.family_name


def _printed(at: datetime, now: datetime, lang: str) -> str:
    time_text = i18n.clock(at, lang)
    if at.date() == now.date():
        return SAY("printed_today", lang, time=time_text)
    day = i18n.day_month_no_weekday(at.date(), lang)
    if at.year == now.year:
        return SAY("printed_this_year", lang, day=day, time=time_text)
    return SAY("printed", lang, day=day, year=at.year, time=time_text)


def _split(key: str) -> tuple[str, str, str]:
    """'session:AB12:time' -> ('session', 'AB12', 'time'); 'event:title' -> ('event', '', 'title')."""
    parts = key.split(":")
    if len(parts) == 2:
        return parts[0], "", parts[1]
    return parts[0], ":".join(parts[1:-1]), parts[-1]


def _differences(old: Mapping[str, str], new: Mapping[str, str]) -> list[str]:
    """Keys changed or removed, then keys added, in the order the document shows them."""
    changed = [k for k in old if new.get(k) != old[k]]
    added = [k for k in new if k not in old]
    return changed + added


def _programme_changes(
    data: EventData, old: Mapping[str, str], new: Mapping[str, str], lang: str = "en"
) -> list[str]:
    words = FRENCH_WORDS if lang == "fr" else ENGLISH_WORDS
    sessions = {s.uid: s for s in data.sessions}
    days = {str(d.id): d for d in data.days}
    order = {s.uid: i for i, s in enumerate(data.sessions)}
    event_bits: list[str] = []
    day_bits: list[str] = []
    per_session: dict[str, list[str]] = {}
    added: list[str] = []
    removed_sessions: set[str] = set()
    removed_days: set[str] = set()
    printed_sessions = {_split(k)[1] for k in old if k.startswith("session:")}
    for key in _differences(old, new):
        what, ident, aspect = _split(key)
        if what == "event":
            word = words["event"].get(aspect, aspect)
            if word not in event_bits:
                event_bits.append(word)
        elif what == "day":
            day = days.get(ident)
            if day is None:
                removed_days.add(ident)
            elif key not in old:
                bit = SAY("day_added", lang, day=day_text(day.date, lang))
                if bit not in day_bits:
                    day_bits.append(bit)
            else:
                word = words["day"].get(aspect, aspect)
                day_bits.append(SAY("day_changed", lang, day=day_text(day.date, lang), what=word))
        elif what == "session":
            s = sessions.get(ident)
            if s is None:
                removed_sessions.add(ident)
            elif ident not in printed_sessions:
                added.append(ident)
            else:
                per_session.setdefault(ident, []).append(words["session"].get(aspect, aspect))
    bits = list(event_bits) + day_bits
    for uid in sorted(per_session, key=lambda u: order.get(u, 0)):
        what = listing(list(dict.fromkeys(per_session[uid])), lang)
        bits.append(SAY("session_changed", lang, session=_named(sessions[uid], lang), what=what))
    for uid in sorted(dict.fromkeys(added), key=lambda u: order.get(u, 0)):
        bits.append(SAY("session_added", lang, session=_named(sessions[uid], lang)))
    if removed_sessions:
        n = len(removed_sessions)
        bits.append(
            SAY("a_session_removed", lang) if n == 1 else SAY("sessions_removed", lang, n=n)
        )
    if removed_days:
        n = len(removed_days)
        bits.append(SAY("a_day_removed", lang) if n == 1 else SAY("days_removed", lang, n=n))
    return bits


def _person_changes(
    kind: str, old: Mapping[str, str], new: Mapping[str, str], lang: str = "en"
) -> list[str]:
    table = FRENCH_WORDS if lang == "fr" else ENGLISH_WORDS
    words = table["badge"] if kind in NAME_CARDS else table["brief"]
    found = []
    for key in _differences(old, new):
        word = words.get(_split(key)[2], _split(key)[2])
        if word not in found:
            found.append(word)
    return found


def _named(s: Session, lang: str = "en") -> str:
    """'Workshop 3'; an untitled session gets its time, as there may be several keynotes."""
    name = session_name(s, lang)
    if not s.number and not s.title:
        name += f" ({span_text(s, lang)})"
    return name


def _summary(bits: list[str], lang: str = "en") -> str:
    if len(bits) > MAX_NAMED:
        return SAY("more", lang, shown=", ".join(bits[:MAX_NAMED]), n=len(bits) - MAX_NAMED)
    return ", ".join(bits)


def _options(record: PrintRecord) -> dict[str, Any]:
    return record.options if isinstance(record.options, dict) else {}


def stale_outputs(
    data: EventData, now: datetime | None = None, lang: str = "en"
) -> list[StaleOutput]:
    """Printed documents that no longer match ``data``: the programme first, then people;
    told in ``lang`` (the window's language)."""
    now = now or datetime.now()
    records = sorted(
        (r for r in data.print_log if r.kind in KINDS), key=lambda r: (r.printed_at, r.id or 0)
    )
    found: list[StaleOutput] = []

    programme = [r for r in records if r.kind == PROGRAMME]
    if programme:
        last = programme[-1]
        today = item_fingerprints(PROGRAMME, data, _options(last))
        bits = _programme_changes(data, last.items, today, lang)
        if bits:
            found.append(
                StaleOutput(
                    PROGRAMME,
                    last.printed_at,
                    last.id,
                    tuple(bits),
                    SAY(
                        "programme",
                        lang,
                        printed=_printed(last.printed_at, now, lang),
                        changes=_summary(bits, lang),
                    ),
                    options=last.options,
                )
            )

    people = {p.uid: p for p in data.people}
    by_person = None
    for kind in (BADGE, TENT, BRIEF):
        # person uid -> (their latest record, that record's keys for them)
        latest: dict[str, tuple[PrintRecord, dict[str, str]]] = {}
        for r in records:
            if r.kind != kind:
                continue
            mine: dict[str, dict[str, str]] = {}
            for key, value in r.items.items():
                what, uid, _ = _split(key)
                if what == "person":
                    mine.setdefault(uid, {})[key] = value
            for uid, old_items in mine.items():
                latest[uid] = (r, old_items)
        ordered = sorted(
            latest.items(), key=lambda kv: people[kv[0]].sort_key if kv[0] in people else ("", "")
        )
        for uid, (record, old) in ordered:
            person = people.get(uid)
            if person is None:
                continue  # nobody left to print it for
            if kind in NAME_CARDS:
                today = badge_items(person)
            else:
                if by_person is None:
                    by_person = _sessions_by_person(data)
                today = _brief_items(data, person, by_person.get(person.id, []))
            changes = _person_changes(kind, old, today, lang)
            if not changes:
                continue
            label = (FRENCH_KINDS if lang == "fr" else KINDS)[kind]
            found.append(
                StaleOutput(
                    kind,
                    record.printed_at,
                    record.id,
                    tuple(changes),
                    SAY(
                        "person",
                        lang,
                        label=label,
                        name=short_name(person, lang),
                        changes=listing(changes, lang) if lang == "en" else ", ".join(changes),
                    ),
                    person_id=person.id,
                    options=record.options,
                )
            )
    return found


def to_redo(stale: list[StaleOutput]) -> list[Redo]:
    """The exports that bring the listed paper up to date, one per document and options."""
    redo: list[Redo] = []
    people: dict[tuple[str, str], tuple[str, list[int], Mapping[str, Any]]] = {}
    for s in stale:
        options = dict(s.options or {})
        if s.person_id is None:
            redo.append(Redo(s.kind, None, options))
            continue
        options.pop("person_ids", None)
        group = people.setdefault((s.kind, digest(options)), (s.kind, [], options))
        group[1].append(s.person_id)
    redo += [Redo(kind, tuple(ids), options) for kind, ids, options in people.values()]
    return redo


__all__ = [
    "BADGE",
    "BRIEF",
    "KINDS",
    "PROGRAMME",
    "TENT",
    "Redo",
    "StaleOutput",
    "item_fingerprints",
    "record_export",
    "stale_outputs",
    "to_redo",
]
