"""What a speaker brief says, assembled from the event before any layout.

A brief is private to its speaker: it carries the online passcode and the person's own
travel and hotel, and nobody else's. Everything about *other* people is limited to what
the programme already shows (name, honorific, positions), so a brief can be e-mailed
without leaking anyone's phone, e-mail, needs or booking.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..model import QUIET_KINDS, EventData, Person, Session
from .timezones import ZonedSpan, is_valid_zone, span_in


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
        venue = span_in(day, session.starts, session.ends, ev.venue_time_zone, ev.venue_time_zone)
        home_span = None
        if home and home != ev.venue_time_zone:
            home_span = span_in(day, session.starts, session.ends, ev.venue_time_zone, home)
        room = data.room(session.room_id)
        rt = data.role_type(role.role)
        others = [
            Colleague(
                data.role_type(r.role).label,
                data.person(r.person_id).full_name,
                affiliation_text(data.person(r.person_id)),
                r.confirmed,
            )
            for r in session.roles
            if r.person_id != person.id
        ]
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
            )
        )
    return Brief(person, greeting(person), items, on_the_day(data, items))


def on_the_day(data: EventData, items: list[BriefSession]) -> list[str]:
    """A short checklist derived from the person's own sessions."""
    out = []
    if items:
        first = items[0]
        be_there = (
            datetime.combine(first.day, first.session.starts) - timedelta(minutes=30)
        ).time()
        where = first.room or data.event.venue_name or "the venue"
        out.append(f"Please be at {where} by {be_there:%H:%M} on {first.day:%A %d %B}.")
    if data.event.format in ("online", "hybrid") and data.event.online_url:
        out.append("If you join online, test the link and your microphone the day before.")
    out.append("Bring an identity document for the registration desk.")
    if any(not i.confirmed for i in items):
        out.append("Please confirm your participation to the organisers as soon as you can.")
    return out


@dataclass
class RunSheetEntry:
    day: date
    at: time
    kind: str  # arrival, pickup, setup, session, catering, departure
    text: str


def run_sheet(data: EventData, setup_lead: int = 60) -> list[RunSheetEntry]:
    """The staff's day-by-day timeline: arrivals, set-ups, sessions, catering, departures."""
    entries: list[RunSheetEntry] = []
    for p in data.people:
        if p.arrival_at:
            how = " ".join(x for x in (p.arrival_mode, p.arrival_number) if x)
            src = f" from {p.arriving_from}" if p.arriving_from else ""
            entries.append(
                RunSheetEntry(
                    p.arrival_at.date(),
                    p.arrival_at.time(),
                    "arrival",
                    f"{p.full_name} arrives{src}" + (f" ({how})" if how else ""),
                )
            )
            if p.pickup_needed:
                by = f" by {p.pickup_by}" if p.pickup_by else " (driver not yet assigned)"
                entries.append(
                    RunSheetEntry(
                        p.arrival_at.date(),
                        p.arrival_at.time(),
                        "pickup",
                        f"Pick up {p.full_name}{by}",
                    )
                )
        if p.departure_at:
            how = " ".join(x for x in (p.departure_mode, p.departure_number) if x)
            entries.append(
                RunSheetEntry(
                    p.departure_at.date(),
                    p.departure_at.time(),
                    "departure",
                    f"{p.full_name} leaves" + (f" ({how})" if how else ""),
                )
            )
    for s in data.sessions:
        day = data.day(s.day_id).date
        room = data.room(s.room_id)
        where = f" in {room.name}" if room else ""
        if s.setup or s.projector or s.microphones or s.interpretation:
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
            at = (datetime.combine(day, s.starts) - timedelta(minutes=setup_lead)).time()
            entries.append(
                RunSheetEntry(
                    day, at, "setup", f"Set up{where} for {s.heading}: {', '.join(needs)}"
                )
            )
        if s.kind in QUIET_KINDS and s.catering:
            count = f" for {s.head_count}" if s.head_count else ""
            entries.append(RunSheetEntry(day, s.starts, "catering", f"{s.catering}{count}{where}"))
        people = ", ".join(data.person(r.person_id).full_name for r in s.roles)
        text = f"{s.heading}{where}" + (f"; meet {people}" if people else "")
        entries.append(RunSheetEntry(day, s.starts, "session", text))
    order = {"departure": 0, "arrival": 1, "pickup": 2, "setup": 3, "catering": 4, "session": 5}
    entries.sort(key=lambda e: (e.day, e.at, order[e.kind], e.text))
    return entries


def rooming_list(data: EventData) -> dict[str, list[Person]]:
    """Who stays where, by hotel, for the hotel desk."""
    hotels: dict[str, list[Person]] = {}
    for p in sorted(data.people, key=lambda p: p.sort_key):
        if p.hotel:
            hotels.setdefault(p.hotel, []).append(p)
    return dict(sorted(hotels.items()))
