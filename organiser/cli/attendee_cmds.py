"""Attendee commands: import a registration list, export the list, sign-in sheets, check-in.

``import attendees`` without ``--yes`` only prints what it would do; with ``--yes`` it does
all of it in one transaction or, when refused, nothing at all (exit status 2).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from ..store import DatabaseError
from .common import (
    FORCE_UNLOCK_HELP,
    UsageError,
    add_lang,
    edit_event,
    output_file,
    print_lang,
    read_event,
    warn,
    write_event,
)


def register(
    sub: argparse._SubParsersAction,
    exports: argparse._SubParsersAction,
    imports: argparse._SubParsersAction,
) -> None:
    p = imports.add_parser("attendees", help="a registration list (CSV or XLSX) into an event")
    p.add_argument("input", help="the CSV or XLSX file")
    p.add_argument("--into", required=True, metavar="EVENT", help="the event file")
    p.add_argument(
        "--map",
        default="",
        metavar="COL=field,...",
        help="say which column holds which field (COL may be #3); field - skips a column",
    )
    p.add_argument("--sheet", default=None, help="the XLSX sheet to read (default: the first)")
    p.add_argument("--category", default=None, help="category for new people the list gives none")
    p.add_argument("--skip-problems", action="store_true", help="import the good rows only")
    p.add_argument(
        "--new-person",
        default="",
        metavar="LINE,...",
        help="rows matched by name only that are someone else: add them as new people",
    )
    p.add_argument("--yes", action="store_true", help="apply the import (default: preview only)")
    p.add_argument("--force-unlock", action="store_true", help=FORCE_UNLOCK_HELP)
    p.set_defaults(run=_import)

    p = exports.add_parser("attendees", help="the attendee list as CSV or XLSX")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True, help="OUT.csv or OUT.xlsx")
    p.set_defaults(run=_export)

    p = exports.add_parser("signin", help="sign-in sheets (PDF), one set per day")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--day", default=None, metavar="YYYY-MM-DD", help="only this day")
    add_lang(p)
    p.add_argument(
        "--locale", default=None, help="the dates' language for another locale (de, es, …)"
    )
    p.add_argument("--paper", default="a4", choices=("a4", "letter"))
    p.add_argument("--blank-rows", type=int, default=None, help="empty rows for walk-ins (5)")
    p.set_defaults(run=_signin)

    p = sub.add_parser("checkin", help="check a person in (or --undo a check-in)")
    p.add_argument("event")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--uid", help="the person's ID, as on the badge")
    who.add_argument("--name", help="a name that finds exactly one person")
    who.add_argument("--undo", type=int, metavar="CHECKIN_ID", help="take a check-in back")
    p.add_argument(
        "--at", default=None, metavar="YYYY-MM-DDTHH:MM", help="default: now at the venue"
    )
    p.set_defaults(run=_checkin)


def _import(args: argparse.Namespace) -> int:
    from ..attendees import preview_import
    from ..attendees.mapping import parse_map_option
    from ..attendees.plan import apply_plan
    from ..store import backups

    overrides = parse_map_option(args.map) if args.map else None
    if args.yes:
        opened = edit_event(args.into, force_unlock=args.force_unlock)
    else:
        opened = read_event(args.into)
    with opened as store:
        plan = preview_import(
            args.input,
            store.load(),
            overrides=overrides,
            sheet=args.sheet,
            category=args.category,
        )
        _separate(plan, args.new_person)
        for line in plan.report():
            print(line)
        if not args.yes:
            reason = plan.refusal(args.skip_problems)
            if reason:
                print(f"This import would be refused: {reason}{_hint(plan)}.")
            print("Nothing was written; add --yes to import.")
            return 0
        reason = plan.refusal(args.skip_problems)
        if reason:
            raise UsageError(f"import refused, nothing written: {reason}{_hint(plan)}")
        try:
            backups.take(store, "before-import")
        except (OSError, DatabaseError) as exc:  # the import is all or nothing even so
            warn(f"no backup was taken before the import ({exc})")
        result = apply_plan(store, plan, skip_problems=args.skip_problems)
    rows = "problem row" if result.skipped == 1 else "problem rows"
    skipped = f", {result.skipped} {rows} skipped" if result.skipped else ""
    print(f"Imported: {len(result.added)} added, {len(result.updated)} updated{skipped}.")
    return 0


def _separate(plan, lines: str) -> None:
    """--new-person: the answer "not the same person" for rows matched by name only."""
    wanted = {part.strip() for part in lines.split(",") if part.strip()}
    by_line = {str(q.line): q for q in plan.questions}
    unknown = sorted(wanted - set(by_line))
    if unknown:
        raise UsageError(
            f"--new-person: line {', '.join(unknown)} is not a row matched by name only"
            + (f" (those are: {', '.join(by_line)})" if by_line else "")
        )
    for line in wanted:
        plan.decide(by_line[line], same=False)


def _hint(plan) -> str:
    return " (--skip-problems)" if plan.problems else ""


def _export(args: argparse.Namespace) -> None:
    from ..attendees.export import export_attendees

    out = output_file(args.output)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"{out.name}: choose a .csv or .xlsx file name")
    with read_event(args.event) as store:
        data = store.load()
    n = export_attendees(data, out)
    print(f"wrote {out}: {n} people")


def _signin(args: argparse.Namespace) -> None:
    from ..pdf.signin import SigninOptions, render
    from ..services.files import atomic_path

    out = output_file(args.output)
    with read_event(args.event) as store:
        data = store.load()
    day_ids: list[int] | None = None
    if args.day:
        try:
            wanted = date.fromisoformat(args.day)
        except ValueError:
            raise UsageError(f"--day {args.day}: write the date as YYYY-MM-DD") from None
        day_ids = [d.id for d in data.days if d.date == wanted and d.id is not None]
        if not day_ids:
            known = ", ".join(d.date.isoformat() for d in data.days) or "none"
            raise UsageError(f"the event has no day {args.day} (its days: {known})")
    with atomic_path(out) as tmp:
        locale = args.lang or args.locale or print_lang(args, data)
        options = SigninOptions(day_ids=day_ids, locale=locale, paper=args.paper)
        if args.blank_rows is not None:
            options.blank_rows = args.blank_rows
        result = render(data, options, tmp)
    # Names the font cannot print, as the other exports say them: before "wrote".
    for warning in result.warnings:
        print(f"organiser: warning: {warning}", file=sys.stderr)
    print(f"wrote {out}: {result.pages} pages")


def _checkin(args: argparse.Namespace) -> None:
    from ..attendees.checkin import (
        RANK_NAME,
        AlreadyCheckedIn,
        DeskIndex,
        check_in,
        undo_check_in,
    )

    # No editor lock: a check-in is one small transaction, safe beside an open desk window.
    with write_event(args.event) as store:
        if args.undo is not None:
            gone = undo_check_in(store, args.undo)
            if gone is None:
                raise UsageError(f"there is no check-in {args.undo}")
            print(f"undone: check-in {args.undo} of person {gone.person_id}")
            return
        at = None
        if args.at:
            try:
                at = datetime.fromisoformat(args.at)
            except ValueError:
                raise UsageError(f"--at {args.at}: write it as YYYY-MM-DDTHH:MM") from None
        data = store.load()
        index = DeskIndex(data)
        if args.uid:
            person_id = index.person_for_scan(args.uid)
            if person_id is None:
                raise UsageError(f"nobody in this event has the ID {args.uid}")
        else:
            hits = [h for h in index.search(args.name, limit=10) if h.rank <= RANK_NAME]
            if not hits:
                raise UsageError(f"no name matches “{args.name}”")
            if len(hits) > 1:
                names = "; ".join(f"{h.name} ({h.organisation})" for h in hits[:5])
                raise UsageError(f"“{args.name}” matches {len(hits)} people: {names}")
            person_id = hits[0].person_id
        person = data.person(person_id)
        try:
            checkin_id = check_in(store, person_id, at=at)
        except AlreadyCheckedIn as exc:
            # One arrival per event day; saying so is an answer, not an error.
            first = exc.check_in
            print(
                f"already checked in: {person.full_name} at {first.at.isoformat(sep='T')} "
                f"(check-in {first.id}); nothing recorded"
            )
            return
        row = store.get("check_ins", checkin_id) or {}
    print(f"checked in: {person.full_name} at {row.get('at', '')} (check-in {checkin_id})")
