"""Travel and stay: is each speaker actually there for their sessions?

Arrival and departure are venue-local wall-clock times, like session times, so they
compare directly without time-zone arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, date_time_text


def travel_covers_sessions(ctx: Context) -> Iterator[Finding]:
    for person in ctx.data.people:
        arrive, leave = person.arrival_at, person.departure_at
        if arrive is None and leave is None:
            continue
        name = ctx.name(person)
        if arrive is not None and leave is not None and leave < arrive:
            yield Finding(
                "error",
                "travel_dates_reversed",
                ctx.say(
                    "travel_reversed",
                    name=name,
                    leave=date_time_text(leave, ctx.lang),
                    arrive=date_time_text(arrive, ctx.lang),
                ),
                "person",
                person.id,
            )
            continue
        sessions = [s for s in ctx.sessions_of(person) if ctx.valid(s)]
        if not sessions:
            continue
        if arrive is not None:
            first = sessions[0]
            if arrive > ctx.starts_at(first):
                yield Finding(
                    "warning",
                    "arrives_after_first_session",
                    ctx.say(
                        "arrives_late",
                        name=name,
                        at=date_time_text(arrive, ctx.lang),
                        when=ctx.when(first),
                        on_day=ctx.on_day(first),
                    ),
                    "person",
                    person.id,
                    (("session", first.id),),
                )
        if leave is not None:
            last = max(sessions, key=ctx.ends_at)
            if leave < ctx.ends_at(last):
                yield Finding(
                    "warning",
                    "leaves_before_last_session",
                    ctx.say(
                        "leaves_early",
                        name=name,
                        at=date_time_text(leave, ctx.lang),
                        when=ctx.when(last),
                        on_day=ctx.on_day(last),
                    ),
                    "person",
                    person.id,
                    (("session", last.id),),
                )


def hotel_covers_sessions(ctx: Context) -> Iterator[Finding]:
    for person in ctx.data.people:
        check_in, check_out = person.check_in, person.check_out
        if check_in is None and check_out is None:
            continue
        name = ctx.name(person)
        if check_in is not None and check_out is not None and check_out < check_in:
            yield Finding(
                "error",
                "hotel_dates_reversed",
                ctx.say("hotel_reversed", name=name, out=ctx.day(check_out), in_=ctx.day(check_in)),
                "person",
                person.id,
            )
            continue
        sessions = [s for s in ctx.sessions_of(person) if s.day_id in ctx.days]
        if not sessions:
            continue
        first, last = sessions[0], sessions[-1]
        first_day, last_day = ctx.days[first.day_id].date, ctx.days[last.day_id].date
        if check_in is not None and check_in > first_day:
            yield Finding(
                "warning",
                "hotel_stay_short",
                ctx.say(
                    "hotel_late",
                    name=name,
                    day=ctx.day(check_in),
                    when=ctx.when(first),
                    on_day=ctx.on_day(first),
                ),
                "person",
                person.id,
                (("session", first.id),),
            )
        if check_out is not None and check_out < last_day:
            yield Finding(
                "warning",
                "hotel_stay_short",
                ctx.say(
                    "hotel_early",
                    name=name,
                    day=ctx.day(check_out),
                    when=ctx.when(last),
                    on_day=ctx.on_day(last),
                ),
                "person",
                person.id,
                (("session", last.id),),
            )
