"""Time zones: names that exist, and clocks that change while the event runs.

A programme printed with "EDT" in November is the mistake this guards against: when a
display zone's offset changes between the first and last day, the user is told on which
day and from what to what.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from ..services import timezones
from .base import Context, Finding


def _hours(ctx: Context, delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds() // 60))
    if minutes % 60:
        return ctx.say("minutes", n=minutes)
    return ctx.say("one_hour") if minutes == 60 else ctx.say("hours", n=minutes // 60)


def venue_zone_left_at_utc(ctx: Context) -> Iterator[Finding]:
    """UTC is what an event gets when nobody said where it is: every time in the programme
    would be read as UTC. Said as a warning when the venue names a place with another
    clock, as a note otherwise."""
    event = ctx.data.event
    if event.venue_time_zone != "UTC":
        return
    place = ", ".join(p for p in (event.venue_name, event.venue_address) if p)
    zone = timezones.zone_for_place(place) if place else None
    if zone is not None and zone != "UTC":
        yield Finding(
            "warning",
            "venue_zone_utc",
            ctx.say("venue_zone_utc", city=timezones.city(zone), zone=zone),
            "event",
            None,
        )
    else:
        yield Finding(
            "info",
            "venue_zone_utc",
            ctx.say("venue_zone_default"),
            "event",
            None,
        )


def unknown_zones(ctx: Context) -> Iterator[Finding]:
    event = ctx.data.event
    if not timezones.is_valid_zone(event.venue_time_zone):
        yield Finding(
            "error",
            "time_zone_unknown",
            ctx.say("venue_zone_unknown", zone=event.venue_time_zone),
            "event",
            None,
        )
    for zone in event.display_time_zones:
        if not timezones.is_valid_zone(zone):
            yield Finding(
                "error",
                "time_zone_unknown",
                ctx.say("display_zone_unknown", zone=zone),
                "event",
                None,
            )
    known: dict[str, bool] = {}
    for person in ctx.data.people:
        zone = person.home_time_zone
        if not zone:
            continue
        ok = known.get(zone)
        if ok is None:
            ok = known[zone] = timezones.is_valid_zone(zone)
        if not ok:
            yield Finding(
                "warning",
                "person_time_zone_unknown",
                ctx.say("person_zone_unknown", name=ctx.name(person), zone=zone),
                "person",
                person.id,
            )


def clock_changes(ctx: Context) -> Iterator[Finding]:
    if not ctx.data.days:
        return
    event = ctx.data.event
    dates = sorted(d.date for d in ctx.data.days)
    for zone in timezones.zones_for(event.venue_time_zone, event.display_time_zones):
        if not timezones.is_valid_zone(zone):
            continue
        for day, old, new in timezones.offset_changes(zone, dates[0], dates[-1]):
            where = timezones.city(zone)
            yield Finding(
                "info",
                "clock_change",
                ctx.say(
                    "clock_change",
                    where=where,
                    direction=ctx.say("forward" if new > old else "back"),
                    amount=_hours(ctx, new - old),
                    day=ctx.day(day),
                    old=timezones.utc_offset_label(old),
                    new=timezones.utc_offset_label(new),
                ),
                "event",
                None,
            )
