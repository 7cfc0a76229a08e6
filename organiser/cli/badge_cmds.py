"""Badge commands: ``export badges|tents|calibration`` and ``layouts``.

Warnings (a character no bundled font has, a name shortened to fit) are printed on
stderr before the file is written, the same list the window shows before printing. Every
selected person gets a badge; when some text could not be printed whole the file is still
written, each such badge is named on stderr and the command exits 1 (as ``check`` does).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from ..badges import QR_CHOICES, VCARD_FIELDS, WHO_HELP, layouts
from ..model import EventData, Person
from ..services.files import atomic_path
from .check_cmds import EXIT_ERRORS
from .common import (
    FORCE_UNLOCK_HELP,
    UsageError,
    add_lang,
    edit_event,
    note_printed,
    output_file,
    print_lang,
    read_event,
)


def register(sub: argparse._SubParsersAction, exports: argparse._SubParsersAction) -> None:
    """``organiser layouts`` on ``sub``; badges, tents and calibration on ``export``."""
    _register_layouts(sub)
    p = exports.add_parser("badges", help="name badges on label sheets or single-badge pages")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--layout", required=True, help="a name from `organiser layouts`")
    p.add_argument("--who", default="all", help=WHO_HELP)
    p.add_argument(
        "--start",
        default="1",
        help="first label to use on the first sheet (1 = top left), or 'next': the next "
        "free label of the partly used sheet the event remembers",
    )
    p.add_argument("--outline", action="store_true", help="draw the label outlines")
    p.add_argument("--duplex", action="store_true", help="add mirrored back pages")
    p.add_argument("--foldover", action="store_true", help="fold a single-badge page in half")
    p.add_argument("--qr", default="id", choices=QR_CHOICES)
    p.add_argument(
        "--vcard-fields", default="", help="with --qr vcard: any of email,phone,organisation"
    )
    p.add_argument("--band", default="category", choices=("category", "role"))
    p.add_argument(
        "--honorific",
        default="titles",
        choices=("titles", "all", "none"),
        help="titles: Dr., Prof., H.E. but not Mr./Ms. (default)",
    )
    p.add_argument("--no-calibration", action="store_true", help="ignore the printer offset")
    p.add_argument("--record", action="store_true", help="log the badges as printed")
    p.add_argument("--force-unlock", action="store_true", help=FORCE_UNLOCK_HELP)
    add_lang(p)
    p.set_defaults(run=_badges)

    p = exports.add_parser("tents", help="folded table name cards")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--paper", default="a4", choices=("a4", "letter"))
    p.add_argument("--who", default="all", help=WHO_HELP)
    add_lang(p)
    p.set_defaults(run=_tents)

    p = exports.add_parser("calibration", help="label outlines with a centred cross")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--layout", required=True)
    p.add_argument("--no-calibration", action="store_true", help="ignore the printer offset")
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="the instructions' language")
    p.set_defaults(run=_calibration)


def _register_layouts(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("layouts", help="list, search and import badge layouts")
    p.add_argument("--search", default="", help="brand, part number or words of a description")
    p.add_argument("--import", dest="import_file", help="a gLabels template XML file")
    p.add_argument(
        "--calibrate",
        nargs=3,
        metavar=("LAYOUT", "X_MM", "Y_MM"),
        help="save a printer offset: +X moves the print right, +Y down",
    )
    p.set_defaults(run=_layouts)


def _layout(name: str) -> layouts.Layout:
    try:
        return layouts.find(name)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)


def _incomplete(lines: list[str]) -> int:
    """Name each badge printed without some of its text; the exit status."""
    for line in lines:
        print(f"not printed whole: {line}", file=sys.stderr)
    return EXIT_ERRORS if lines else 0


def _chosen(data: EventData, who: str) -> list[Person]:
    """The people ``--who`` picks; a bad or empty choice is a usage error."""
    from ..badges.selection import parse_who, select

    try:
        people = select(data, parse_who(who))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if not people:
        raise UsageError(f"nobody matches --who {who}")
    return people


def _badges(args: argparse.Namespace) -> int:
    from ..badges.content import BadgeOptions
    from ..badges.render import preflight, render_badges
    from ..badges.selection import record, used_slots

    out = output_file(args.output)
    layout = _layout(args.layout)
    if layout.kind == "tent":
        raise UsageError(f"{layout.name} is for table tents: use `organiser export tents`")
    if args.foldover:
        try:
            layout = layouts.with_single_foldover(layout)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    if args.duplex and layout.kind != "sheet":
        raise UsageError("--duplex is for label sheets; single badges use --foldover")
    fields = frozenset(f.strip() for f in args.vcard_fields.split(",") if f.strip())
    if fields - set(VCARD_FIELDS):
        bad = ", ".join(sorted(fields - set(VCARD_FIELDS)))
        raise UsageError(f"--vcard-fields: unknown {bad}; choose from {', '.join(VCARD_FIELDS)}")
    if fields and args.qr != "vcard":
        raise UsageError("--vcard-fields needs --qr vcard")
    start_next = args.start.strip().casefold() == "next"
    try:
        start = 1 if start_next else int(args.start)
    except ValueError:
        raise UsageError("--start takes a label number or 'next'") from None
    if layout.kind == "sheet" and not 1 <= start <= layout.per_page:
        raise UsageError(f"--start must be between 1 and {layout.per_page} for {layout.name}")
    options = BadgeOptions(
        qr=args.qr,
        vcard_fields=fields,
        start=start,
        outline=args.outline,
        duplex=args.duplex,
        band=args.band,
        honorific=args.honorific,
        calibrate=not args.no_calibration,
    )
    if args.record:
        opened = edit_event(args.event, force_unlock=args.force_unlock)
    else:
        opened = read_event(args.event)
    with opened as store:
        data = store.load()
        options = replace(options, lang=print_lang(args, data))
        people = _chosen(data, args.who)
        if start_next:
            used = used_slots(store, layout)
            if len(used) < layout.per_page:
                options = replace(options, skip_slots=frozenset(used))
        _warn(preflight(data, people, layout, options))  # before anything is printed
        with atomic_path(out) as tmp:
            result = render_badges(data, people, layout, tmp, options)
        if args.record:
            record(store, people, layout, result, {"who": args.who, "qr": args.qr})
    print(f"wrote {out}: {result.badges} badges on {result.pages} pages ({layout.name})")
    return _incomplete(result.incomplete)


def _tents(args: argparse.Namespace) -> int:
    from ..badges.content import BadgeOptions
    from ..badges.render import preflight
    from ..badges.tents import render_tents

    out = output_file(args.output)
    layout = layouts.find("Tent A4" if args.paper == "a4" else "Tent Letter")
    with read_event(args.event) as store:
        data = store.load()
        lang = print_lang(args, data)
        people = _chosen(data, args.who)
        _warn(preflight(data, people, layout, BadgeOptions(lang=lang)))
        with atomic_path(out) as tmp:
            result = render_tents(data, people, layout, tmp, lang=lang)
    noted = {"who": args.who, "paper": args.paper, "lang": lang}
    note_printed(args.event, "tent", data, noted)
    print(f"wrote {out}: {result.badges} table tents ({layout.name})")
    return _incomplete(result.incomplete)


def _calibration(args: argparse.Namespace) -> None:
    from ..badges.calibration import render_calibration

    out = output_file(args.output)
    layout = _layout(args.layout)
    with atomic_path(out) as tmp:
        render_calibration(layout, tmp, calibrate=not args.no_calibration, lang=args.lang)
    print(f"wrote {out}: calibration page for {layout.name}")


def _layouts(args: argparse.Namespace) -> None:
    if args.calibrate:
        name, x, y = args.calibrate
        layout = _layout(name)
        try:
            layouts.set_calibration(layout.name, float(x), float(y))
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        print(
            f"saved calibration for {layout.name}: {float(x):+.1f} mm across, {float(y):+.1f} mm down"
        )
        return
    if args.import_file:
        from ..badges import glabels  # defusedxml and the XML parser: only for an import

        try:
            result = glabels.parse(args.import_file)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        chosen = glabels.search(result, args.search) if args.search else result.layouts
        if not chosen:
            raise UsageError(
                "no template in that file matches"
                if args.search
                else "no usable template in that file"
            )
        added, skipped = layouts.save_imported(chosen)
        for name in skipped:
            print(f"kept the built-in {name}", file=sys.stderr)
        print(
            f"imported {len(added)} layouts from {args.import_file}"
            + (
                f" ({len(result.skipped)} skipped: CD or odd shapes, broken geometry)"
                if result.skipped
                else ""
            )
        )
        _table(added)
        return
    found = layouts.search(args.search) if args.search else layouts.all_layouts()
    if not found:
        raise UsageError(f"no layout matches “{args.search}”")
    _table(found)


def _table(rows: list[layouts.Layout]) -> None:
    name_w = max([len(r.name) for r in rows] + [6])
    page_w = max([len(r.page_label) for r in rows] + [4])
    print(f"{'LAYOUT':<{name_w}}  {'PAGE':<{page_w}}  {'GRID':<5}  {'BADGE':<18}  KIND")
    for r in rows:
        print(
            f"{r.name:<{name_w}}  {r.page_label:<{page_w}}  {r.grid_label:<5}  "
            f"{r.size_label:<18}  {r.kind}"
        )
