"""Arrivals: a person checked in twice on one day, at two desks that were apart.

Desks that share an event keep working when the network drops; two of them may then
admit the same person, and each prints a badge. When they meet again both arrivals are
kept (an arrival is a fact), the earliest counts, and the second is listed here so that
staff can take back the spare badge.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from .. import i18n
from ..model import CheckIn
from .base import Context, Finding


def checked_in_twice(ctx: Context) -> Iterator[Finding]:
    dates = {d.id: d.date for d in ctx.data.days}
    slots: dict[tuple[int, date], list[CheckIn]] = {}
    for c in ctx.data.check_ins:
        slots.setdefault((c.person_id, dates.get(c.day_id) or c.at.date()), []).append(c)
    people = {p.id: p for p in ctx.data.people}
    for (person_id, day), arrivals in slots.items():
        person = people.get(person_id)
        if len(arrivals) < 2 or person is None:
            continue
        first, *later = sorted(arrivals, key=lambda c: (c.at, c.desk, c.id or 0))
        again = ctx.listing([_arrival(ctx, c) for c in later])
        yield Finding(
            "warning",
            "checked_in_twice",
            ctx.say(
                "checked_in_twice",
                name=ctx.name(person),
                day=ctx.day(day),
                first=_arrival(ctx, first),
                again=again,
            ),
            "person",
            person_id,
        )


def _arrival(ctx: Context, c: CheckIn) -> str:
    desk = ctx.data.desks.get(c.desk) if c.desk else ""
    at = i18n.clock(c.at, ctx.lang)
    return (
        ctx.say("arrival_at_desk", time=at, desk=desk) if desk else ctx.say("arrival_at", time=at)
    )
