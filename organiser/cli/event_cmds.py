"""Commands that make event files: sample, generate, new, schema."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from ..model import Day
from ..services import bundle
from ..services.generate import generate
from ..services.sample import reference_event
from ..store import EventStore, new_event_data
from .common import UsageError, new_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sample", help="write the reference event (Bamako 2021) to a new file")
    p.add_argument("out", help="the new event file")
    p.set_defaults(run=_sample)

    p = sub.add_parser("new", help="create an empty event file")
    p.add_argument("out")
    p.add_argument("--title", default="")
    p.add_argument(
        "--venue", default="", help="e.g. 'Azalai Hotel, Bamako': its city sets the zone"
    )
    p.add_argument(
        "--time-zone", default="", help="the venue's time zone: a city or a zone name (new york)"
    )
    p.add_argument("--first-day", default="", help="e.g. 2021-11-16, 16/11/2021, '16 Nov 2021'")
    p.add_argument("--days", type=int, default=1, help="how many days from the first (1)")
    p.set_defaults(run=_new)

    p = sub.add_parser("generate", help="write a large synthetic event for benchmarks")
    p.add_argument("out")
    p.add_argument("--people", type=int, default=200)
    p.add_argument("--sessions", type=int, default=40)
    p.add_argument("--speakers", type=int, default=None, help="how many of the people speak")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=_generate)

    p = sub.add_parser("schema", help="rewrite the JSON bundle schema from the model")
    p.set_defaults(run=_schema)


def _sample(args: argparse.Namespace) -> None:
    EventStore.create(new_file(args.out), reference_event(), lock=False).close()
    print(f"wrote {args.out}")


def _new(args: argparse.Namespace) -> None:
    from ..services import datetimes, timezones  # zoneinfo: only for a new event

    data = new_event_data(args.title)
    data.event.venue_name = " ".join(args.venue.split())
    if args.time_zone:
        zone = timezones.resolve(args.time_zone)
        if zone is None:
            raise UsageError(f"--time-zone {args.time_zone!r} names no single time zone")
    else:
        zone = timezones.zone_for_place(args.venue)
    if not 1 <= args.days <= 31:
        raise UsageError("--days is from 1 to 31")
    if args.first_day:
        try:
            first = datetimes.read_date(args.first_day)
        except datetimes.Unreadable as exc:
            raise UsageError(f"--first-day: {exc}") from None
        data.days = [Day(first + timedelta(days=n)) for n in range(args.days)]
    data.event.venue_time_zone = zone or "UTC"
    EventStore.create(new_file(args.out), data, lock=False).close()
    print(f"wrote {args.out} (venue time: {data.event.venue_time_zone})")
    if zone is None:
        print(
            "note: the venue's time zone is UTC; give --time-zone CITY, or a --venue with its "
            "city, if the venue keeps another clock",
            file=sys.stderr,
        )


def _generate(args: argparse.Namespace) -> None:
    if args.people < 0 or args.sessions < 0 or (args.speakers is not None and args.speakers < 0):
        raise UsageError("--people, --sessions and --speakers must not be negative")
    if args.people > 200_000 or args.sessions > 20_000:
        raise UsageError("at most 200,000 people and 20,000 sessions")
    data = generate(args.people, args.sessions, args.seed, args.speakers)
    EventStore.create(new_file(args.out), data, lock=False).close()
    print(
        f"wrote {args.out}: {len(data.people)} people, {len(data.sessions)} sessions, "
        f"{len(data.days)} days, {len(data.rooms)} rooms"
    )


def _schema(args: argparse.Namespace) -> None:
    bundle.write_schema()
    print(f"wrote {bundle.SCHEMA_PATH}")
