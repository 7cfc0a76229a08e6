"""What a speaker brief says, assembled from the event before any layout.

A brief is private to its speaker: it carries the online passcode and the person's own
travel and hotel, and nobody else's. Everything about *other* people is limited to what
the programme already shows (name, honorific, positions), so a brief can be e-mailed
without leaking anyone's phone, e-mail, needs or booking.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

from .. import addressing, i18n
from ..model import QUIET_KINDS, Event, EventData, Person, Session
from ..paths import resource
from .timezones import ZonedSpan, city, is_valid_zone, span_between

#: how long before their session the briefs ask people to be in the room; the run sheet
#: expects them then too
ARRIVE_BEFORE = timedelta(minutes=30)

#: what a brief and the run sheet say, in each language
W = i18n.Words(
    en={
        "in_room": "in room {room}",
        "at_venue": "at {venue}",
        "at_the_venue": "at the venue",
        "be_there": "Please be {where} by {time} on {day}.",
        "test_link": "If you join online, test the link and your microphone the day before.",
        "bring_id": "Bring an identity document for the registration desk.",
        "confirm": "Please confirm your participation to the organisers as soon as you can.",
        "not_known": "date not yet known",
        "from_place": "from {place}",
        "arrival": "Arrival",
        "pickup": "Pick-up",
        "met_by": "You will be met on arrival by {who}.",
        "met": "You will be met on arrival; the organisers will tell you by whom.",
        "departure": "Departure",
        "hotel": "Hotel",
        "stay": "Stay",
        "booking": "Booking reference",
        "dietary": "Dietary needs noted",
        "access": "Access needs noted",
        "visa": "Visa / invitation letter",
        "reach_you": "We will reach you at",
        "when": "{day}, {time}",
        "tbc": "to be confirmed",
        "session_tbc": "session to be confirmed",
        "arrives": "{name} arrives",
        "arrives_from": "{name} arrives from {place}",
        "phone": "phone {phone}",
        "pick_up_by": "Pick up {name} by {driver}",
        "pick_up": "Pick up {name} (driver not yet assigned)",
        "leaves": "{name} leaves",
        "meet": "Meet, for {heading} {where}: {names}",
        "in_place": " in {room}",
        "projector": "projector",
        "microphones": "{n} microphones",
        "interpretation": "interpretation ({languages})",
        "recording": "recording",
        "streaming": "streaming",
        "set_up": "Set up{where} for {heading}: {needs}",
        "catering_for": "{catering} for {count}",
    },
    fr={
        "in_room": "en salle {room}",
        "at_venue": "à {venue}",
        "at_the_venue": "sur le lieu de l’événement",
        "be_there": "Merci de vous présenter {where} au plus tard à {time}, le {day}.",
        "test_link": "Si vous participez en ligne, testez le lien et votre micro la veille.",
        "bring_id": "Munissez-vous d’une pièce d’identité pour l’accueil.",
        "confirm": "Merci de confirmer votre participation aux organisateurs dès que possible.",
        "not_known": "date encore inconnue",
        "from_place": "en provenance de {place}",
        "arrival": "Arrivée",
        "pickup": "Accueil à l’arrivée",
        "met_by": "{who} viendra vous accueillir à votre arrivée.",
        "met": "Quelqu’un viendra vous accueillir à votre arrivée ; les organisateurs vous "
        "diront qui.",
        "departure": "Départ",
        "hotel": "Hôtel",
        "stay": "Séjour",
        "booking": "Référence de réservation",
        "dietary": "Régime alimentaire signalé",
        "access": "Besoins d’accessibilité signalés",
        "visa": "Visa / lettre d’invitation",
        "reach_you": "Nous vous joindrons au",
        "when": "{day}, {time}",
        "tbc": "à confirmer",
        "session_tbc": "séance à confirmer",
        "arrives": "Arrivée : {name}",  # no "de": "de Dr" would be wrong
        "arrives_from": "Arrivée : {name}, en provenance de {place}",
        "phone": "tél. {phone}",
        "pick_up_by": "Accueil : {name}, par {driver}",
        "pick_up": "Accueil : {name} (chauffeur pas encore désigné)",
        "leaves": "Départ : {name}",
        "meet": "Rendez-vous pour « {heading} », {where} : {names}",
        "in_place": " en salle {room}",
        "projector": "vidéoprojecteur",
        "microphones": "{n} micros",
        "interpretation": "interprétation ({languages})",
        "recording": "enregistrement",
        "streaming": "diffusion en ligne",
        "set_up": "Installation{where} pour {heading} : {needs}",
        "catering_for": "{catering} pour {count}",
    },
)


def affiliation_text(person: Person) -> str:
    """'Head, Stabilisation Division, German Federal Foreign Office; Member, …'."""
    parts = []
    for a in person.affiliations:
        parts.append(", ".join(x for x in (a.position, a.organisation) if x))
    return "; ".join(p for p in parts if p)


@dataclass
class Colleague:
    role: str
    name: str  # with honorific
    affiliations: str
    confirmed: bool
    order: int = 0  # 1-based place in the session's running order
    you: bool = False  # the brief's own person, shown in the line-up as "you"


@dataclass
class BriefSession:
    session: Session
    day: date
    role_label: str
    confirmed: bool
    role_asks: str
    venue_time: ZonedSpan
    home_time: ZonedSpan | None  # None when the home zone is unknown or is the venue's
    room: str
    room_directions: str
    others: list[Colleague] = field(default_factory=list)
    #: everyone in the session in running order, the person included (``you``)
    lineup: list[Colleague] = field(default_factory=list)


@dataclass
class Brief:
    person: Person
    greeting: str
    sessions: list[BriefSession]
    on_the_day: list[str]


def people_with_roles(data: EventData) -> list[Person]:
    """Everyone who holds a role, in name order: one brief each."""
    ids = {r.person_id for s in data.sessions for r in s.roles}
    return sorted((p for p in data.people if p.id in ids), key=lambda p: p.sort_key)


def brief_for(data: EventData, person: Person, lang: str = "en") -> Brief:
    """What ``person``'s brief says, in ``lang``: roles named as they agree with each
    person, the role's asks and the checklist in that language."""
    ev = data.event
    home = person.home_time_zone if is_valid_zone(person.home_time_zone) else ""
    items = []
    for session, role in data.roles_of(person.id):
        day = data.day(session.day_id).date
        real = data.span(session)
        venue = span_between(day, *real, ev.venue_time_zone, ev.venue_time_zone)
        home_span = None
        if home and home != ev.venue_time_zone:
            home_span = span_between(day, *real, ev.venue_time_zone, home)
        room = data.room(session.room_id)
        rt = data.role_type(role.role)
        lineup = [
            Colleague(
                addressing.person_role(data.role_type(r.role), data.person(r.person_id), lang),
                addressing.full_name(data.person(r.person_id), lang),
                affiliation_text(data.person(r.person_id)),
                r.confirmed,
                order=n,
                you=r.person_id == person.id,
            )
            for n, r in enumerate(session.roles, start=1)
        ]
        others = [c for c in lineup if not c.you]
        items.append(
            BriefSession(
                session=session,
                day=day,
                role_label=addressing.person_role(rt, person, lang),
                confirmed=role.confirmed,
                role_asks=addressing.role_brief(rt, lang),
                venue_time=venue,
                home_time=home_span,
                room=room.name if room else "",
                room_directions=", ".join(x for x in (room.floor, room.directions) if x)
                if room
                else "",
                others=others,
                lineup=lineup,
            )
        )
    return Brief(
        person,
        addressing.salutation(person, lang),
        items,
        on_the_day(data, person, items, lang),
    )


@dataclass
class Call:
    """When and where a person is asked to be: before their first session of a day."""

    day: date  # the conference day
    at: datetime  # venue wall-clock, ARRIVE_BEFORE ahead of the session
    session: Session
    role: str  # the role's label
    room: str  # the room's name; empty when the session has none


def calls(data: EventData, person: Person, lang: str = "en") -> list[Call]:
    """One call per conference day the person has a role on, for their first session.

    The brief's "Please be in room … by …" lines and the run sheet's "Meet …" lines are
    both made from this, so a speaker and the staff expect the same time and place.
    """
    out: dict[int, Call] = {}
    for session, role in data.roles_of(person.id):
        if session.day_id in out:
            continue
        room = data.room(session.room_id)
        out[session.day_id] = Call(
            data.day(session.day_id).date,
            data.starts_at(session) - ARRIVE_BEFORE,
            session,
            addressing.person_role(data.role_type(role.role), person, lang),
            room.name if room else "",
        )
    return list(out.values())


#: a postcode before the town ('20355 ', 'D-10115 ', '00-497 ', Dutch '2517 JW ' and
#: '1015CJ ') or after it ('Springfield 62701')
_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d[\d\s-]*?(?:\s?[A-Z]{2})?\s+(?=\S)|\s+\d[\d\s-]*$")


def venue_city(event: Event) -> str:
    """The venue's town from its address: 'Marseiller Str. 2, 20355 Hamburg' -> 'Hamburg',
    'Bamako, Mali' -> 'Bamako'; '' when the address does not say.

    A brief says "venue time, Hamburg": the zone's own city (Berlin) would send a reader
    to the wrong town. The last part of the address that is not a country, with any
    postcode taken off, is the town.
    """
    countries = _country_names()
    parts = [p.strip() for p in re.split(r"[,\n]", event.venue_address) if p.strip()]
    for part in reversed(parts):
        if part.casefold() in countries:
            continue
        town = _POSTCODE.sub("", part).strip()
        if re.fullmatch(r"[A-Z]{1,3}", town):  # a state or province code ('IL 62701')
            continue
        if any(c.isalpha() for c in town) and not any(c.isdigit() for c in town):
            return town
        return ""
    return ""


def zone_town(event: Event, zone: str, lang: str = "en") -> str:
    """The place a time in ``zone`` is named after on paper: the venue's town for the
    venue's own zone ("CET (Hamburg)"), else the zone's city ("EST (New York)").

    The one label for "venue time" on door signs, the run sheet, the programme, the grid
    and briefs: the zone's city (Berlin) would send a Hamburg reader to the wrong town.
    An address that names no town leaves the zone's city, which is still true of the clock.
    """
    if zone == (event.venue_time_zone or "UTC"):
        town = venue_city(event)
        if town:
            return town
    return city(zone, lang)


#: the languages our users address letters in: an address may end with a country's name
#: in any of them
COUNTRY_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl")
#: CLDR's country names in those languages, casefolded, written out from babel: loading
#: seven babel locales to get them took some 50 ms of every programme export
COUNTRY_NAMES = resource("i18n", "country-names.txt")


@cache
def _country_names() -> frozenset[str]:
    """Country names as addresses write them, in the languages our users address letters in."""
    lines = COUNTRY_NAMES.read_text(encoding="utf-8").splitlines()
    names = {n for n in lines if n and not n.startswith("#")}
    return frozenset(names | {"usa", "u.s.a.", "us", "uk", "uae"})


def _room_words(room: str, lang: str) -> str:
    """The room after "in room": a French room already called "Salle …" is not "salle
    Salle …"."""
    if lang == "fr" and room.casefold().startswith("salle "):
        return room[len("salle ") :]
    return room


def where_text(event: Event, room: str, lang: str = "en") -> str:
    """'in room One', else 'at Azalai Bamako Hotel (Salam)', else 'at the venue'."""
    if room:
        return W("in_room", lang, room=_room_words(room, lang))
    if event.venue_name:
        return W("at_venue", lang, venue=event.venue_name)
    return W("at_the_venue", lang)


def on_the_day(
    data: EventData, person: Person, items: list[BriefSession], lang: str = "en"
) -> list[str]:
    """A short checklist derived from the person's own sessions."""
    out = []
    if items:
        for call in calls(data, person, lang):
            where = where_text(data.event, call.room, lang)
            day = i18n.day_month(call.at.date(), lang)
            out.append(W("be_there", lang, where=where, time=i18n.clock(call.at, lang), day=day))
    if data.event.format in ("online", "hybrid") and data.event.online_url:
        out.append(W("test_link", lang))
    out.append(W("bring_id", lang))
    if any(not i.confirmed for i in items):
        out.append(W("confirm", lang))
    return out


@dataclass
class RunSheetEntry:
    day: date  # the conference day it is listed under
    at: datetime  # venue wall-clock, on its real date (after midnight for a late talk)
    #: arrival, pickup, meet, setup, catering, departure, or the session's kind
    kind: str
    text: str
    ends: datetime | None = None  # a session's end


def whole(name: str) -> str:
    """A name with non-breaking spaces: 'Mr. Scott Weber' never ends a line after 'Mr.'."""
    return "\u00a0".join(name.split())


def conference_day(data: EventData, when: datetime) -> date:
    """The conference day a moment belongs to: the day whose hours hold it (02:00 after a
    congress day that runs to 04:00 is still that day), else its calendar date."""
    for day in data.days:
        span = data.day_span(day)
        if span is not None and span[0] <= when < span[1]:
            return day.date
    return when.date()


def _line_up(data: EventData, session: Session, lang: str) -> str:
    """'Facilitator: Dr. A; First respondents: B, C (to be confirmed)', in running order."""
    groups: dict[str, list[tuple[Person, bool]]] = {}
    for r in session.roles:
        groups.setdefault(r.role, []).append((data.person(r.person_id), r.confirmed))
    tbc = f" ({W('tbc', lang)})"
    parts = []
    for key, people in groups.items():
        label = addressing.role_name(
            data.role_type(key), lang, [addressing.gender(p) for p, _ in people]
        )
        names = [whole(addressing.full_name(p, lang)) + ("" if ok else tbc) for p, ok in people]
        parts.append(f"{label}{i18n.t('colon', lang)}{', '.join(names)}")
    return i18n.typeset("; ".join(parts), lang)


#: where entries at the same minute come, before the sessions themselves
ENTRY_ORDER = {"departure": 0, "arrival": 1, "pickup": 2, "setup": 3, "meet": 4, "catering": 5}


def run_sheet(data: EventData, setup_lead: int = 60, lang: str = "en") -> list[RunSheetEntry]:
    """The staff's day-by-day timeline: arrivals, set-ups, the people to meet, sessions
    with their line-ups, catering and departures, each under its conference day."""
    entries: list[RunSheetEntry] = []

    def add(
        at: datetime, kind: str, text: str, day: date | None = None, ends: datetime | None = None
    ) -> None:
        entries.append(
            RunSheetEntry(day or conference_day(data, at), at, kind, i18n.typeset(text, lang), ends)
        )

    def how(*parts: str) -> str:
        joined = " ".join(x for x in parts if x)
        return f" ({joined})" if joined else ""

    meets: dict[tuple[date, datetime, int | None, str], list[tuple[int, str]]] = {}
    for p in data.people:
        name = whole(addressing.full_name(p, lang))
        if p.arrival_at:
            text = (
                W("arrives_from", lang, name=name, place=p.arriving_from)
                if p.arriving_from
                else W("arrives", lang, name=name)
            )
            text += how(p.arrival_mode, p.arrival_number)
            if p.phone:
                text += "; " + W("phone", lang, phone=p.phone)
            add(p.arrival_at, "arrival", text)
            if p.pickup_needed:
                add(
                    p.arrival_at,
                    "pickup",
                    W("pick_up_by", lang, name=name, driver=p.pickup_by)
                    if p.pickup_by
                    else W("pick_up", lang, name=name),
                )
        if p.departure_at:
            text = W("leaves", lang, name=name) + how(p.departure_mode, p.departure_number)
            add(p.departure_at, "departure", text)
        for call in calls(data, p, lang):
            confirmed = all(r.confirmed for r in call.session.roles if r.person_id == p.id)
            tbc = "" if confirmed else f", {W('tbc', lang)}"
            who = f"{name} ({call.role.lower()}{tbc})"
            order = next(i for i, r in enumerate(call.session.roles) if r.person_id == p.id)
            meets.setdefault((call.day, call.at, call.session.id, call.room), []).append(
                (order, who)
            )
    # one line per session: everyone its people are asked to be there by, as their briefs say
    sessions = {s.id: s for s in data.sessions}
    for (day, at, session_id, room_name), people in meets.items():
        heading = i18n.heading_of(sessions[session_id], lang)
        where = where_text(data.event, room_name, lang)
        names = ", ".join(who for _, who in sorted(people))
        add(at, "meet", W("meet", lang, heading=heading, where=where, names=names), day)
    for s in data.sessions:
        day = data.day(s.day_id).date
        start, end = data.span(s)
        room = data.room(s.room_id)
        where = W("in_place", lang, room=_room_words(room.name, lang)) if room else ""
        heading = i18n.heading_of(s, lang)
        needs = [
            x
            for x in (
                s.setup,
                W("projector", lang) if s.projector else "",
                W("microphones", lang, n=s.microphones) if s.microphones else "",
                W("interpretation", lang, languages=s.interpretation) if s.interpretation else "",
                W("recording", lang) if s.recording else "",
                W("streaming", lang) if s.streaming else "",
            )
            if x
        ]
        if needs:
            at = start - timedelta(minutes=setup_lead)
            text = W("set_up", lang, where=where, heading=heading, needs=", ".join(needs))
            add(at, "setup", text, day)
        if s.catering:
            catering = (
                W("catering_for", lang, catering=s.catering, count=s.head_count)
                if s.head_count
                else s.catering
            )
            add(start, "catering", f"{catering}{where}", day)
            if s.kind in QUIET_KINDS:
                continue
        text = f"{heading}{where}"
        if s.status == "tentative":
            text += f" ({W('session_tbc', lang)})"
        line_up = _line_up(data, s, lang)
        add(start, s.kind, text + (f"; {line_up}" if line_up else ""), day, ends=end)
    entries.sort(key=lambda e: (e.day, e.at, ENTRY_ORDER.get(e.kind, 9), e.text))
    return entries


def rooming_list(data: EventData) -> dict[str, list[Person]]:
    """Who stays where, by hotel, for the hotel desk."""
    hotels: dict[str, list[Person]] = {}
    for p in sorted(data.people, key=lambda p: p.sort_key):
        if p.hotel:
            hotels.setdefault(p.hotel, []).append(p)
    return dict(sorted(hotels.items()))


def _when(at: datetime, lang: str) -> str:
    """'Tuesday 16 November 2021, 13:00' / 'mardi 16 novembre 2021, 13 h 00'."""
    return W("when", lang, day=i18n.long_date(at.date(), lang), time=i18n.clock(at, lang))


def own_logistics(person: Person, lang: str = "en") -> list[tuple[str, str]]:
    """The person's own travel, stay and needs as (label, text), for their brief only.

    This is where the private fields are printed, so nothing here may ever be used for a
    brief of somebody else.
    """
    out: list[tuple[str, str]] = []
    if person.arrival_at or person.arrival_mode or person.arrival_number or person.arriving_from:
        how = " ".join(x for x in (person.arrival_mode, person.arrival_number) if x)
        parts = [_when(person.arrival_at, lang) if person.arrival_at else W("not_known", lang)]
        if how:
            parts.append(how)
        if person.arriving_from:
            parts.append(W("from_place", lang, place=person.arriving_from))
        out.append((W("arrival", lang), ", ".join(parts)))
    if person.pickup_needed:
        out.append(
            (
                W("pickup", lang),
                W("met_by", lang, who=person.pickup_by) if person.pickup_by else W("met", lang),
            )
        )
    if person.departure_at or person.departure_mode or person.departure_number:
        how = " ".join(x for x in (person.departure_mode, person.departure_number) if x)
        parts = [_when(person.departure_at, lang) if person.departure_at else W("not_known", lang)]
        if how:
            parts.append(how)
        out.append((W("departure", lang), ", ".join(parts)))
    if person.hotel or person.hotel_address:
        hotel = ", ".join(x for x in (person.hotel, person.hotel_address) if x)
        out.append((W("hotel", lang), hotel))
    if person.check_in or person.check_out:
        stay = " – ".join(
            i18n.medium_date(d, lang) if d else "?" for d in (person.check_in, person.check_out)
        )
        out.append((W("stay", lang), stay))
    if person.booking_reference:
        out.append((W("booking", lang), person.booking_reference))
    if person.dietary_needs:
        out.append((W("dietary", lang), person.dietary_needs))
    if person.access_needs:
        out.append((W("access", lang), person.access_needs))
    if person.visa_status:
        out.append((W("visa", lang), person.visa_status))
    contact = ", ".join(x for x in (person.email, person.phone) if x)
    if contact:
        out.append((W("reach_you", lang), contact))
    return out


_TRANSLIT = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdezijklmnoprstufye")),
        **dict(zip("АБВГДЕЗИЙКЛМНОПРСТУФЫЭ", "ABVGDEZIJKLMNOPRSTUFYE")),
        "ё": "e", "Ё": "E", "ж": "zh", "Ж": "Zh", "х": "kh", "Х": "Kh", "ц": "ts", "Ц": "Ts",
        "ч": "ch", "Ч": "Ch", "ш": "sh", "Ш": "Sh", "щ": "shch", "Щ": "Shch", "ъ": "", "Ъ": "",
        "ь": "", "Ь": "", "ю": "yu", "Ю": "Yu", "я": "ya", "Я": "Ya", "і": "i", "І": "I",
        "ї": "yi", "Ї": "Yi", "є": "ye", "Є": "Ye", "ґ": "g", "Ґ": "G",
        **dict(zip("αβγδεζηικλμνξοπρστυφωάέήίόύώςϊϋΐΰ", "abgdezhiklmnxoprstyfoaeiioyosiyiy")),
        **dict(zip("ΑΒΓΔΕΖΗΙΚΛΜΝΞΟΠΡΣΤΥΦΩΆΈΉΊΌΎΏ", "ABGDEZHIKLMNXOPRSTYFOAEIIOYO")),
        "θ": "th", "Θ": "Th", "χ": "ch", "Χ": "Ch", "ψ": "ps", "Ψ": "Ps",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
        "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    }
)  # fmt: skip
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}


def ascii_name(text: str) -> str:
    """'Niagalé Bagayoko' -> 'Niagale-Bagayoko': safe in any file system and mail client."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_TRANSLIT)
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return text[:80].rstrip("-")


def file_names(people: list[Person], suffix: str = ".pdf") -> dict[int | None, str]:
    """One distinct, safe file name per person: 'Hach-Clemens.pdf', 'Hach-Clemens-2.pdf'.

    Family name first so that a folder lists the briefs as the programme lists people;
    names compared without case, as Windows and macOS do.
    """
    out: dict[int | None, str] = {}  # by Person.id, typed as the model types it
    taken: set[str] = set()
    for p in people:
        stem = ascii_name(" ".join(x for x in (p.family_name, p.given_name) if x))
        stem = stem or ascii_name(p.name) or f"person-{p.uid}"
        if stem.casefold() in _RESERVED:
            stem = f"{stem}-brief"
        name, n = stem, 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name.casefold())
        out[p.id] = name + suffix
    return out
