"""Programme checks: every mistake the user can still fix before it is printed.

``run_checks(data)`` returns plain :class:`Finding` objects, most serious first and then
in programme order, so the Problems panel, the export dialogs and ``organiser check`` show
the same list. Each rule is a small function over a shared :class:`Context`; adding a rule
means writing it in the module of its theme and naming it in :data:`RULES`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from ..model import EventData
from . import arrivals, badges, content, logistics, people, roles, schedule, zones
from .base import SEVERITIES, CheckOptions, Context, Finding

Rule = Callable[[Context], Iterable[Finding]]

#: Every rule, in the order a reader would go through an event.
RULES: list[Rule] = [
    zones.unknown_zones,
    zones.venue_zone_left_at_utc,
    schedule.session_times,
    schedule.room_clashes,
    schedule.single_track_overlaps,
    schedule.person_clashes,
    schedule.gaps,
    schedule.empty_days,
    schedule.day_labels,
    content.sessions_without_title,
    content.repeated_questions,
    content.sessions_without_french,
    roles.sessions_without_people,
    roles.sessions_without_lead,
    roles.person_twice_in_session,
    roles.unconfirmed_roles,
    roles.address_unknown,
    people.travel_covers_sessions,
    people.hotel_covers_sessions,
    arrivals.checked_in_twice,
    logistics.online_links,
    badges.missing_characters,
    badges.names_fit_badge,
    zones.clock_changes,
]


def run_checks(data: EventData, options: CheckOptions | None = None) -> list[Finding]:
    """All findings for an event, errors first, each severity in programme order."""
    options = options or CheckOptions()
    ctx = Context(data, options)
    found = [f for rule in RULES for f in rule(ctx) if f.code not in options.disabled]
    found.sort(key=ctx.sort_key)
    return found


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """{'error': n, 'warning': n, 'info': n}, every severity present even when zero."""
    c = Counter(f.severity for f in findings)
    return {s: c.get(s, 0) for s in SEVERITIES}


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


__all__ = [
    "RULES",
    "SEVERITIES",
    "CheckOptions",
    "Finding",
    "counts",
    "has_errors",
    "run_checks",
]
