"""``organiser import frab|ics`` and ``organiser export frab|schedule-json|ics|csv``.

Imports print what they had to guess or drop; a refused import writes nothing (the event
file is created atomically, and only after the whole file was read).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..interchange import InterchangeError
from ..interchange.report import LIMIT_TEXT
from ..store import EventStore
from .common import UsageError, new_file, output_file, read_event

_LIMIT_NOTE = f"Files over {LIMIT_TEXT} are refused before they are read; nothing is written."


def register_imports(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "frab",
        help="a frab/pretalx schedule.xml or schedule.json into a new event",
        description="Import a frab/pretalx schedule.xml or schedule.json into a new event file. "
        + _LIMIT_NOTE,
    )
    p.add_argument("input", help=f"the schedule file (at most {LIMIT_TEXT})")
    p.add_argument("-o", "--output", required=True, help="the new event file")
    p.add_argument("--time-zone", default="", help="the venue's IANA zone, if the file lacks it")
    p.set_defaults(run=_import_frab)
    p = sub.add_parser(
        "ics",
        help="an iCalendar file's events into a new event",
        description="Import an iCalendar (.ics) file's events into a new event file. "
        + _LIMIT_NOTE,
    )
    p.add_argument("input", help=f"the .ics file (at most {LIMIT_TEXT})")
    p.add_argument("-o", "--output", required=True, help="the new event file")
    p.add_argument("--time-zone", default="", help="the venue's IANA zone, if the file lacks it")
    p.set_defaults(run=_import_ics)


def register_exports(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("frab", help="schedule.xml for conference apps (c3voc XSD)")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=_export_frab)
    p = sub.add_parser("schedule-json", help="schedule.json (c3voc JSON Schema)")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=_export_json)
    p = sub.add_parser("ics", help="iCalendar: the programme, one person's, or one per person")
    p.add_argument("event")
    p.add_argument("-o", "--output", help="the .ics file (not with --split)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", metavar="UID", help="only this person's sessions")
    who.add_argument("--split", metavar="DIR", help="one file per person into this folder")
    p.set_defaults(run=_export_ics)
    p = sub.add_parser("csv", help="people or sessions as a table (.csv or .xlsx by suffix)")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--what", choices=("people", "sessions"), default="sessions")
    p.add_argument("--contacts", action="store_true", help="include e-mail and phone (people only)")
    p.set_defaults(run=_export_csv)


def _import(args: argparse.Namespace, loader) -> None:
    out = new_file(args.output)
    if not Path(args.input).is_file():
        raise UsageError(f"{args.input}: no such file")
    try:
        data, report = loader(args.input, zone=args.time_zone)
    except InterchangeError as exc:
        raise UsageError(str(exc)) from None
    EventStore.create(out, data, lock=False).close()
    print(report.summary())
    print(f"wrote {out}")


def _import_frab(args: argparse.Namespace) -> None:
    from ..interchange.schedule_json import load_schedule

    _import(args, load_schedule)


def _import_ics(args: argparse.Namespace) -> None:
    from ..interchange.ics_import import load_ics

    _import(args, load_ics)


def _load_with_days(event: str):
    """The event, refused when it has no days: a schedule needs at least one."""
    with read_event(event) as store:
        data = store.load()
    if not data.days:
        raise UsageError(f"{event} has no days yet; a schedule needs at least one")
    return data


def _export_schedule(args: argparse.Namespace, writer) -> None:
    out = output_file(args.output)
    data = _load_with_days(args.event)
    writer(data, out)
    print(f"wrote {out}: {len(data.sessions)} sessions")


def _export_frab(args: argparse.Namespace) -> None:
    from ..interchange.frab_export import write_schedule_xml

    _export_schedule(args, write_schedule_xml)


def _export_json(args: argparse.Namespace) -> None:
    from ..interchange.json_export import write_schedule_json

    _export_schedule(args, write_schedule_json)


def _export_ics(args: argparse.Namespace) -> None:
    from ..interchange import ics_export

    if args.split:
        if args.output:
            raise UsageError("give either -o FILE or --split DIR, not both")
        folder = Path(args.split)
        if not folder.is_dir():
            raise UsageError(f"the folder {folder} does not exist")
        with read_event(args.event) as store:
            data = store.load()
        written = ics_export.write_split(data, folder)
        print(f"wrote {len(written)} calendars into {folder}")
        return
    if not args.output:
        raise UsageError("give -o FILE (or --split DIR)")
    out = output_file(args.output)
    with read_event(args.event) as store:
        data = store.load()
    person = None
    if args.person:
        person = next((p for p in data.people if p.uid == args.person.strip().upper()), None)
        if person is None:
            raise UsageError(f"no person with uid {args.person} in {args.event}")
    ics_export.write_calendar(data, out, person)
    print(f"wrote {out}")


def _export_csv(args: argparse.Namespace) -> None:
    from ..interchange import tables

    out = output_file(args.output)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"{out.name}: choose a .csv or .xlsx file name")
    if args.contacts and args.what != "people":
        raise UsageError("--contacts applies to --what people only")
    with read_event(args.event) as store:
        data = store.load()
    if args.what == "people":
        n = tables.write_people(data, out, contacts=args.contacts)
    else:
        n = tables.write_sessions(data, out)
    print(f"wrote {out}: {n} {args.what}")
