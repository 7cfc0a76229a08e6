"""Tiny events for the check tests: one change away from triggering a rule."""

from __future__ import annotations

from datetime import date, time

from organiser.checks import CheckOptions, Finding, run_checks
from organiser.model import Day, EventData, Person, Role, Room, Session
from organiser.store import new_event_data

TUESDAY = date(2021, 11, 16)
WEDNESDAY = date(2021, 11, 17)


def t(text: str) -> time:
    return time.fromisoformat(text)


def person(pid: int, given: str, family: str, honorific: str = "", **kw) -> Person:
    return Person(given_name=given, family_name=family, honorific=honorific, id=pid, **kw)


def session(
    sid: int,
    starts: str,
    ends: str,
    *,
    day: int = 1,
    kind: str = "workshop",
    number: int | None = None,
    title: str = "Local ownership",
    roles: tuple[tuple[int, str] | tuple[int, str, bool], ...] = ((1, "facilitator"),),
    room: int | None = None,
    **kw,
) -> Session:
    return Session(
        day_id=day,
        starts=t(starts),
        ends=t(ends),
        kind=kind,
        number=number if number is not None else (sid if kind == "workshop" else None),
        title=title,
        roles=[Role(r[0], r[1], i, r[2] if len(r) > 2 else True) for i, r in enumerate(roles)],
        room_id=room,
        id=sid,
        **kw,
    )


def event(*sessions: Session, rooms: int = 0, days: int = 1) -> EventData:
    """An in-person event in Bamako with four people and the given sessions."""
    data = new_event_data("Test dialogue")
    data.event.venue_time_zone = "Africa/Bamako"
    data.days = [Day(TUESDAY, "Day One", id=1), Day(WEDNESDAY, "Day Two", id=2)][:days]
    data.rooms = [Room(f"Room {chr(65 + i)}", id=i + 1) for i in range(rooms)]
    data.people = [
        person(1, "Linda", "Darkwa", "Dr."),
        person(2, "Drissa", "Traoré", "Mr."),
        person(3, "Kessy", "Ekomo-Soignet", "Ms."),
        person(4, "Clemens", "Hach", "Mr."),
    ]
    data.sessions = list(sessions)
    return data


def findings(data: EventData, code: str | None = None, **options) -> list[Finding]:
    found = run_checks(data, CheckOptions(**options))
    return [f for f in found if code is None or f.code == code]


def codes(data: EventData) -> list[str]:
    return [f.code for f in run_checks(data)]
