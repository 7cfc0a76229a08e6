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

from ..model import QUIET_KINDS, Event, EventData, Person, Session
from .timezones import ZonedSpan, city, is_valid_zone, span_between

#: how long before their session the briefs ask people to be in the room; the run sheet
#: expects them then too
ARRIVE_BEFORE = timedelta(minutes=30)


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


def greeting(person: Person) -> str:
    if person.honorific and person.family_name:
        return f"Dear {person.honorific} {person.family_name},"
    return f"Dear {person.given_name or person.name},"


def people_with_roles(data: EventData) -> list[Person]:
    """Everyone who holds a role, in name order: one brief each."""
    ids = {r.person_id for s in data.sessions for r in s.roles}
    return sorted((p for p in data.people if p.id in ids), key=lambda p: p.sort_key)


def brief_for(data: EventData, person: Person) -> Brief:
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
                data.role_type(r.role).label,
                data.person(r.person_id).full_name,
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
                role_label=rt.label,
                confirmed=role.confirmed,
                role_asks=rt.brief,
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
    return Brief(person, greeting(person), items, on_the_day(data, person, items))


@dataclass
class Call:
    """When and where a person is asked to be: before their first session of a day."""

    day: date  # the conference day
    at: datetime  # venue wall-clock, ARRIVE_BEFORE ahead of the session
    session: Session
    role: str  # the role's label
    room: str  # the room's name; empty when the session has none


def calls(data: EventData, person: Person) -> list[Call]:
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
            data.role_type(role.role).label,
            room.name if room else "",
        )
    return list(out.values())


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
        town = re.sub(r"^(?:[A-Z]{1,2}-)?\d[\d\s-]*\s+|\s+\d[\d\s-]*$", "", part).strip()
        if re.fullmatch(r"[A-Z]{1,3}", town):  # a state or province code ('IL 62701')
            continue
        if any(c.isalpha() for c in town) and not any(c.isdigit() for c in town):
            return town
        return ""
    return ""


def zone_town(event: Event, zone: str) -> str:
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
    return city(zone)


@cache
def _country_names() -> frozenset[str]:
    """Country names as addresses write them, in the languages our users address letters in."""
    from babel import Locale

    names = {"usa", "u.s.a.", "us", "uk", "uae"}
    for lang in ("en", "fr", "de", "es", "pt", "it", "nl"):
        names |= {n.casefold() for n in Locale.parse(lang).territories.values()}
    return frozenset(names)


def where_text(event: Event, room: str) -> str:
    """'in room One', else 'at Azalai Bamako Hotel (Salam)', else 'at the venue'."""
    if room:
        return f"in room {room}"
    return f"at {event.venue_name}" if event.venue_name else "at the venue"


def on_the_day(data: EventData, person: Person, items: list[BriefSession]) -> list[str]:
    """A short checklist derived from the person's own sessions."""
    out = []
    if items:
        for call in calls(data, person):
            where = where_text(data.event, call.room)
            out.append(f"Please be {where} by {call.at:%H:%M} on {call.at:%A %d %B}.")
    if data.event.format in ("online", "hybrid") and data.event.online_url:
        out.append("If you join online, test the link and your microphone the day before.")
    out.append("Bring an identity document for the registration desk.")
    if any(not i.confirmed for i in items):
        out.append("Please confirm your participation to the organisers as soon as you can.")
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


def _line_up(data: EventData, session: Session) -> str:
    """'Facilitator: Dr. A; First respondents: B, C (to be confirmed)', in running order."""
    groups: dict[str, list[str]] = {}
    for r in session.roles:
        name = whole(data.person(r.person_id).full_name)
        groups.setdefault(r.role, []).append(name + ("" if r.confirmed else " (to be confirmed)"))
    parts = []
    for key, names in groups.items():
        rt = data.role_type(key)
        parts.append(f"{rt.label if len(names) == 1 else rt.plural}: {', '.join(names)}")
    return "; ".join(parts)


#: where entries at the same minute come, before the sessions themselves
ENTRY_ORDER = {"departure": 0, "arrival": 1, "pickup": 2, "setup": 3, "meet": 4, "catering": 5}


def run_sheet(data: EventData, setup_lead: int = 60) -> list[RunSheetEntry]:
    """The staff's day-by-day timeline: arrivals, set-ups, the people to meet, sessions
    with their line-ups, catering and departures, each under its conference day."""
    entries: list[RunSheetEntry] = []

    def add(
        at: datetime, kind: str, text: str, day: date | None = None, ends: datetime | None = None
    ) -> None:
        entries.append(RunSheetEntry(day or conference_day(data, at), at, kind, text, ends))

    meets: dict[tuple[date, datetime, int | None, str], list[tuple[int, str]]] = {}
    for p in data.people:
        name = whole(p.full_name)
        if p.arrival_at:
            how = " ".join(x for x in (p.arrival_mode, p.arrival_number) if x)
            src = f" from {p.arriving_from}" if p.arriving_from else ""
            phone = f"; phone {p.phone}" if p.phone else ""
            add(
                p.arrival_at,
                "arrival",
                f"{name} arrives{src}" + (f" ({how})" if how else "") + phone,
            )
            if p.pickup_needed:
                by = f" by {p.pickup_by}" if p.pickup_by else " (driver not yet assigned)"
                add(p.arrival_at, "pickup", f"Pick up {name}{by}")
        if p.departure_at:
            how = " ".join(x for x in (p.departure_mode, p.departure_number) if x)
            add(p.departure_at, "departure", f"{name} leaves" + (f" ({how})" if how else ""))
        for call in calls(data, p):
            confirmed = all(r.confirmed for r in call.session.roles if r.person_id == p.id)
            who = f"{name} ({call.role.lower()}{'' if confirmed else ', to be confirmed'})"
            order = next(i for i, r in enumerate(call.session.roles) if r.person_id == p.id)
            meets.setdefault((call.day, call.at, call.session.id, call.room), []).append(
                (order, who)
            )
    # one line per session: everyone its people are asked to be there by, as their briefs say
    sessions = {s.id: s for s in data.sessions}
    for (day, at, session_id, room_name), people in meets.items():
        heading = sessions[session_id].heading
        where = where_text(data.event, room_name)
        names = ", ".join(who for _, who in sorted(people))
        add(at, "meet", f"Meet, for {heading} {where}: {names}", day)
    for s in data.sessions:
        day = data.day(s.day_id).date
        start, end = data.span(s)
        room = data.room(s.room_id)
        where = f" in {room.name}" if room else ""
        needs = [
            x
            for x in (
                s.setup,
                "projector" if s.projector else "",
                f"{s.microphones} microphones" if s.microphones else "",
                f"interpretation ({s.interpretation})" if s.interpretation else "",
                "recording" if s.recording else "",
                "streaming" if s.streaming else "",
            )
            if x
        ]
        if needs:
            at = start - timedelta(minutes=setup_lead)
            add(at, "setup", f"Set up{where} for {s.heading}: {', '.join(needs)}", day)
        if s.catering:
            count = f" for {s.head_count}" if s.head_count else ""
            add(start, "catering", f"{s.catering}{count}{where}", day)
            if s.kind in QUIET_KINDS:
                continue
        text = f"{s.heading}{where}"
        if s.status == "tentative":
            text += " (session to be confirmed)"
        line_up = _line_up(data, s)
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


def _when(at: datetime) -> str:
    return f"{at:%A %d %B %Y, %H:%M}"


def own_logistics(person: Person) -> list[tuple[str, str]]:
    """The person's own travel, stay and needs as (label, text), for their brief only.

    This is where the private fields are printed, so nothing here may ever be used for a
    brief of somebody else.
    """
    out: list[tuple[str, str]] = []
    if person.arrival_at or person.arrival_mode or person.arrival_number or person.arriving_from:
        how = " ".join(x for x in (person.arrival_mode, person.arrival_number) if x)
        parts = [_when(person.arrival_at) if person.arrival_at else "date not yet known"]
        if how:
            parts.append(how)
        if person.arriving_from:
            parts.append(f"from {person.arriving_from}")
        out.append(("Arrival", ", ".join(parts)))
    if person.pickup_needed:
        out.append(
            (
                "Pick-up",
                f"You will be met on arrival by {person.pickup_by}."
                if person.pickup_by
                else "You will be met on arrival; the organisers will tell you by whom.",
            )
        )
    if person.departure_at or person.departure_mode or person.departure_number:
        how = " ".join(x for x in (person.departure_mode, person.departure_number) if x)
        parts = [_when(person.departure_at) if person.departure_at else "date not yet known"]
        if how:
            parts.append(how)
        out.append(("Departure", ", ".join(parts)))
    if person.hotel or person.hotel_address:
        out.append(("Hotel", ", ".join(x for x in (person.hotel, person.hotel_address) if x)))
    if person.check_in or person.check_out:
        stay = " – ".join(
            f"{d:%a %d %b %Y}" if d else "?" for d in (person.check_in, person.check_out)
        )
        out.append(("Stay", stay))
    if person.booking_reference:
        out.append(("Booking reference", person.booking_reference))
    if person.dietary_needs:
        out.append(("Dietary needs noted", person.dietary_needs))
    if person.access_needs:
        out.append(("Access needs noted", person.access_needs))
    if person.visa_status:
        out.append(("Visa / invitation letter", person.visa_status))
    contact = ", ".join(x for x in (person.email, person.phone) if x)
    if contact:
        out.append(("We will reach you at", contact))
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
