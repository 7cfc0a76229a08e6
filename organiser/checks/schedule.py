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
    day_text,
    hhmm,
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


def _duration(total: int) -> str:
    hours, mins = divmod(total, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("s" if hours > 1 else ""))
    if mins:
        parts.append(f"{mins} minute" + ("s" if mins > 1 else ""))
    return " ".join(parts)


def session_times(ctx: Context) -> Iterator[Finding]:
    """A session must end after it starts, on one of the event's days, within its hours."""
    for s in ctx.sessions:
        day = ctx.days.get(s.day_id)
        if day is None:
            yield Finding(
                "error",
                "session_day_unknown",
                f"{ctx.when(s)} is on a day that is not one of the event's days.",
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
                f"{ctx.when(s)} on {day_text(day.date)} ends before it starts (read as "
                f"running past midnight it would last {_duration(length)}).",
                "session",
                s.id,
            )
            continue
        if s.ends == s.starts:
            yield Finding(
                "error",
                "session_zero_length",
                f"{ctx.when(s)} on {day_text(day.date)} starts and ends at the same time.",
                "session",
                s.id,
            )
            continue
        hours = ctx.data.day_span(day)  # real date-times: a day may close after midnight
        if hours is not None and day.opens is not None and ctx.starts_at(s) < hours[0]:
            yield Finding(
                "warning",
                "session_outside_day",
                f"{ctx.when(s)} starts before {day_text(day.date)} opens at {hhmm(day.opens)}.",
                "session",
                s.id,
                (("day", day.id),),
            )
        if hours is not None and day.closes is not None and ctx.ends_at(s) > hours[1]:
            after = "runs past midnight, after" if overnight(s) else "ends after"
            yield Finding(
                "warning",
                "session_outside_day",
                f"{ctx.when(s)} {after} {day_text(day.date)} closes at {hhmm(day.closes)}.",
                "session",
                s.id,
                (("day", day.id),),
            )


def empty_days(ctx: Context) -> Iterator[Finding]:
    for day in ctx.data.days:
        if not ctx.by_day.get(day.id):
            yield Finding(
                "info",
                "day_without_sessions",
                f"{day_text(day.date)} has no sessions yet.",
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
            f"{day_text(day.date)} is labelled “{label}” but it is day {n} of {len(days)} by "
            f"date. Printed headings say “Day {n}”; change or clear the label.",
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
        name = room.name if room and room.name else "One room"
        for a, b in _overlapping_pairs(ctx, group):
            yield Finding(
                "error",
                "room_double_booked",
                f"{name} holds two sessions at once: {ctx.when(a)} and {ctx.when(b)} "
                f"{ctx.on_day(b)}.",
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
            f"{ctx.when(a)} and {ctx.when(b)} overlap {ctx.on_day(b)}, but the programme "
            "runs in a single room: move one of them or add a room.",
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
                        f"Nothing is planned for {_duration(gap)} on {day_text(day.date)} "
                        f"between {ctx.when(last)} and {ctx.when(s)}.",
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
                    f"{person.full_name or 'A person without a name'} is in two sessions at "
                    f"once: {ctx.when(a)} and {ctx.when(b)} {ctx.on_day(b)}.",
                    "person",
                    person_id,
                    (("session", a.id), ("session", b.id)),
                )
