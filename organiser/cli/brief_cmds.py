"""``organiser export briefs|runsheet EVENT``: speaker briefs and the staff run sheet.

Briefs go to one PDF (``-o``) or to a folder of one PDF per person (``--split``); either
way nothing is written unless every brief was made.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..services.files import atomic_path
from .common import UsageError, add_lang, note_printed, output_file, print_lang, read_event


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("briefs", help="speaker briefs: one per person who holds a role")
    p.add_argument("event")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", help="one PDF, every brief starting on a new page")
    where.add_argument("--split", metavar="DIR", help="a folder with one PDF per person")
    p.add_argument("--person", metavar="UID", help="only this person's brief (their id)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    add_lang(p)
    p.set_defaults(run=_briefs)

    p = sub.add_parser("runsheet", help="the staff run sheet (holds private details)")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument(
        "--setup-lead",
        type=int,
        default=60,
        metavar="MINUTES",
        help="how long before a session its room set-up is due (default 60)",
    )
    add_lang(p)
    p.set_defaults(run=_runsheet)


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"organiser: warning: {warning}", file=sys.stderr)


def _briefs(args: argparse.Namespace) -> None:
    from ..pdf import briefs  # reportlab only when a document is made

    if args.split is not None:
        folder = Path(args.split)
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"{folder} is a file, not a folder")
        if not folder.parent.is_dir():
            raise UsageError(f"the folder {folder.parent} does not exist")
    else:
        out = output_file(args.output)
    with read_event(args.event) as store:
        data = store.load()
    options = briefs.BriefOptions(
        paper=args.paper, person_uid=args.person, lang=print_lang(args, data)
    )
    try:
        briefs.people_for(data, options.person_uid)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.split is not None:
        result = briefs.render_split(data, folder, options)
        _note_briefs(args.event, data, options)
        _warn(result.warnings)
        print(f"wrote {len(result.files)} brief{'s' if len(result.files) != 1 else ''} to {folder}")
        return
    with atomic_path(out) as tmp:
        rendered = briefs.render(data, options, tmp)
    _note_briefs(args.event, data, options)
    _warn(rendered.warnings)
    print(f"wrote {out} ({rendered.pages} page{'s' if rendered.pages != 1 else ''})")


def _note_briefs(event: str, data: Any, options: Any) -> None:
    noted: dict[str, Any] = {
        "paper": options.paper,
        "person_uid": options.person_uid,
        "lang": options.lang,
    }
    if options.person_uid:
        noted["person_ids"] = [p.id for p in data.people if p.uid == options.person_uid]
    note_printed(event, "brief", data, noted)


def _runsheet(args: argparse.Namespace) -> None:
    from ..pdf import runsheet  # reportlab only when a document is made

    if not 0 <= args.setup_lead <= 24 * 60:
        raise UsageError("--setup-lead must be between 0 and 1440 minutes")
    out = output_file(args.output)
    with read_event(args.event) as store:
        data = store.load()
    options = runsheet.RunSheetOptions(
        paper=args.paper, setup_lead=args.setup_lead, lang=print_lang(args, data)
    )
    with atomic_path(out) as tmp:
        rendered = runsheet.render(data, options, tmp)
    _warn(rendered.warnings)
    print(f"wrote {out} ({rendered.pages} page{'s' if rendered.pages != 1 else ''})")
