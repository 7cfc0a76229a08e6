"""Time and place: sessions that clash, run backwards, leave their day or leave gaps.

Clashes are found by sweeping each group (a day, a room, a person) in start order and
keeping only the sessions still running, so the cost follows the number of real overlaps
rather than the square of the programme.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from .. import i18n
from ..model import Session
from .base import (
    DAY_MINUTES,
    Context,
    Finding,
    minutes,
    overnight,
)


def _overlapping_pairs(
    ctx: Context, sessions: Iterable[Session]
) -> Iterator[tuple[Session, Session]]:
    """Pairs (earlier, later) that share some time; the input is valid sessions in start
    order (as ``ctx.sessions``). Times are compared as dates and times, so a session
    running past midnight meets the next day's early ones."""
    active: list[tuple[datetime, Session]] = []
    for s in sessions:
        start = ctx.starts_at(s)
        active = [(end, a) for end, a in active if end > start]
        for _, a in active:
            yield a, s
        active.append((ctx.ends_at(s), s))


def _duration(ctx: Context, total: int) -> str:
    hours, mins = divmod(total, 60)
    parts = []
    if hours:
        parts.append(ctx.say("hours" if hours > 1 else "hour", n=hours))
    if mins:
        parts.append(ctx.say("minutes" if mins > 1 else "minute", n=mins))
    return " ".join(parts)


def session_times(ctx: Context) -> Iterator[Finding]:
    """A session must end after it starts, on one of the event's days, within its hours."""
    for s in ctx.sessions:
        day = ctx.days.get(s.day_id)
        if day is None:
            yield Finding(
                "error",
                "session_day_unknown",
                ctx.say("session_day_unknown", when=ctx.when(s)),
                "session",
                s.id,
            )
            continue
        if s.ends < s.starts and not overnight(s):
            # a night session (23:00–01:00) is stored so and printed "+1 day"; this long
            # it is a slip of the keyboard
            length = minutes(s.ends) + DAY_MINUTES - minutes(s.starts)
            yield Finding(
                "error",
                "session_ends_before_start",
                ctx.say(
                    "ends_before_start",
                    when=ctx.when(s),
                    day=ctx.day(day.date),
                    length=_duration(ctx, length),
                ),
                "session",
                s.id,
            )
            continue
        if s.ends == s.starts:
            yield Finding(
                "error",
                "session_zero_length",
                ctx.say("zero_length", when=ctx.when(s), day=ctx.day(day.date)),
                "session",
                s.id,
            )
            continue
        hours = ctx.data.day_span(day)  # real date-times: a day may close after midnight
        if hours is not None and day.opens is not None and ctx.starts_at(s) < hours[0]:
            yield Finding(
                "warning",
                "session_outside_day",
                ctx.say(
                    "before_opening",
                    when=ctx.when(s),
                    day=ctx.day(day.date),
                    time=i18n.clock(day.opens, ctx.lang),
                ),
                "session",
                s.id,
                (("day", day.id),),
            )
        if hours is not None and day.closes is not None and ctx.ends_at(s) > hours[1]:
            key = "past_midnight_closing" if overnight(s) else "after_closing"
            yield Finding(
                "warning",
                "session_outside_day",
                ctx.say(
                    key,
                    when=ctx.when(s),
                    day=ctx.day(day.date),
                    time=i18n.clock(day.closes, ctx.lang),
                ),
                "session",
                s.id,
                (("day", day.id),),
            )


def empty_days(ctx: Context) -> Iterator[Finding]:
    for day in ctx.data.days:
        if day.id is None or not ctx.by_day.get(day.id):
            yield Finding(
                "info",
                "day_without_sessions",
                ctx.say("empty_day", day=ctx.day(day.date)),
                "day",
                day.id,
            )


def day_labels(ctx: Context) -> Iterator[Finding]:
    """A label that numbers its day ("Day Two", "Jour 2") but not as its date places it.

    Printed headings number the days from their dates and leave such a label out, but the
    label still shows in the window and in files made from the event: a day moved or
    added after the labels were typed leaves them saying the wrong thing.
    """
    days = sorted(ctx.data.days, key=lambda d: d.date)
    for n, day in enumerate(days, start=1):
        claimed = i18n.day_label_number(day.label)
        if claimed is None or claimed == n or (claimed == 0 and n == len(days)):
            continue
        label = " ".join(day.label.split())
        yield Finding(
            "warning",
            "day_label_wrong_number",
            ctx.say("day_label", day=ctx.day(day.date), label=label, n=n, total=len(days)),
            "day",
            day.id,
        )


def room_clashes(ctx: Context) -> Iterator[Finding]:
    """Two sessions in one room at the same time (a night session meets the next day's)."""
    by_room: dict[int, list[Session]] = {}
    for s in ctx.sessions:
        if s.room_id is not None and ctx.valid(s):
            by_room.setdefault(s.room_id, []).append(s)
    for room_id, group in by_room.items():
        room = ctx.rooms.get(room_id)
        name = room.name if room and room.name else ctx.say("one_room")
        for a, b in _overlapping_pairs(ctx, group):
            yield Finding(
                "error",
                "room_double_booked",
                ctx.say(
                    "room_double_booked",
                    room=name,
                    a=ctx.when(a),
                    b=ctx.when(b),
                    on_day=ctx.on_day(b),
                ),
                "session",
                b.id,
                (("session", a.id), ("room", room_id)),
            )


def single_track_overlaps(ctx: Context) -> Iterator[Finding]:
    """With no rooms or one room, the programme is one line: nothing may run in parallel."""
    if len(ctx.data.rooms) > 1:
        return
    for a, b in _overlapping_pairs(ctx, (s for s in ctx.sessions if ctx.valid(s))):
        if a.room_id is not None and a.room_id == b.room_id:
            continue  # already a room clash
        yield Finding(
            "warning",
            "sessions_overlap",
            ctx.say("sessions_overlap", a=ctx.when(a), b=ctx.when(b), on_day=ctx.on_day(b)),
            "session",
            b.id,
            (("session", a.id),),
        )


def gaps(ctx: Context) -> Iterator[Finding]:
    """Time within a day when nothing is on: often a forgotten break or a typing slip."""
    least = max(1, ctx.options.min_gap_minutes)
    for day_id, sessions in ctx.by_day.items():
        day = ctx.days.get(day_id)
        if day is None:
            continue
        last: Session | None = None  # the session that ends latest so far
        for s in sessions:
            if not ctx.valid(s):
                continue
            if last is not None:
                gap = int((ctx.starts_at(s) - ctx.ends_at(last)).total_seconds() // 60)
                if gap >= least:
                    yield Finding(
                        "info",
                        "gap_between_sessions",
                        ctx.say(
                            "gap",
                            length=_duration(ctx, gap),
                            day=ctx.day(day.date),
                            a=ctx.when(last),
                            b=ctx.when(s),
                        ),
                        "session",
                        s.id,
                        (("session", last.id), ("day", day_id)),
                    )
            if last is None or ctx.ends_at(s) > ctx.ends_at(last):
                last = s


def person_clashes(ctx: Context) -> Iterator[Finding]:
    """A person with a role in two sessions that share some time."""
    for person_id, sessions in ctx.by_person.items():
        if len(sessions) < 2:
            continue
        person = ctx.people.get(person_id)
        if person is None:
            continue
        valid = [s for s in sessions if ctx.valid(s)]
        if len(valid) > 1:
            for a, b in _overlapping_pairs(ctx, valid):
                yield Finding(
                    "error",
                    "person_double_booked",
                    ctx.say(
                        "person_double_booked",
                        name=ctx.name(person),
                        a=ctx.when(a),
                        b=ctx.when(b),
                        on_day=ctx.on_day(b),
                    ),
                    "person",
                    person_id,
                    (("session", a.id), ("session", b.id)),
                )
