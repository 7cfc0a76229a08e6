"""``organiser export agenda EVENT -o programme.pdf``: the printed programme from the shell."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from ..services.files import atomic_path
from .common import UsageError, add_lang, note_printed, output_file, print_lang, read_event

# the renderer (and reportlab) is imported when a programme is made, so that every other
# command starts without it
STYLES = ("full", "glance", "doors", "grid")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "agenda", help="the programme as a PDF (full, at a glance, door signs, room grid)"
    )
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument(
        "--zones",
        default=None,
        help="time zones in print order, comma-separated IANA names (default: the event's)",
    )
    add_lang(p)
    p.add_argument("--style", choices=STYLES, default="full")
    p.add_argument("--passcode", action="store_true", help="print the online meeting passcode")
    p.add_argument("--no-invitation", action="store_true", help="leave out the invitation text")
    p.add_argument(
        "--descriptions",
        action="store_true",
        help="print each session's description too (full style; summaries always print)",
    )
    p.set_defaults(run=_agenda)


def _agenda(args: argparse.Namespace) -> None:
    from ..pdf import programme

    zones = None
    if args.zones is not None:
        zones = [z.strip() for z in args.zones.split(",") if z.strip()]
        if not zones:
            raise UsageError("--zones needs at least one time zone name")
    out = output_file(args.output)
    with read_event(args.event) as store:
        data = store.load()
    options = programme.ProgrammeOptions(
        paper=args.paper,
        zones=zones,
        lang=print_lang(args, data),
        style=args.style,
        passcode=args.passcode,
        invitation=not args.no_invitation,
        descriptions=args.descriptions,
    )
    try:
        programme.check_options(data, options)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with atomic_path(out) as tmp:
        result = programme.render(data, options, tmp)
    note_printed(args.event, "programme", data, dataclasses.asdict(options))
    for warning in result.warnings:
        print(f"organiser: warning: {warning}", file=sys.stderr)
    print(f"wrote {out} ({result.pages} page{'s' if result.pages != 1 else ''})")
