"""``organiser backups EVENT`` and ``organiser restore EVENT``: the automatic backups.

The window backs an event up when it opens it for editing and every few minutes while it
is edited; an import from the command line backs up first. These commands list the
copies and put one back, keeping the file as it was as a backup of its own first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import FORCE_UNLOCK_HELP, UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help="list the automatic backups of an event, newest first")
    p.add_argument("event")
    p.set_defaults(run=_list)

    p = sub.add_parser(
        "restore",
        help="put an automatic backup in place of an event (the file as it is is kept first)",
    )
    p.add_argument("event")
    p.add_argument(
        "--backup",
        type=int,
        default=1,
        metavar="N",
        help="which backup, as numbered by `organiser backups` (default 1, the newest)",
    )
    p.add_argument("--force-unlock", action="store_true", help=FORCE_UNLOCK_HELP)
    p.set_defaults(run=_restore)


def _list(args: argparse.Namespace) -> None:
    from ..store import backups

    found = backups.list_backups(Path(args.event))
    if not found:
        print(f"No automatic backups of {args.event} (kept in {backups.root()}).")
        return
    for n, backup in enumerate(found, start=1):
        print(f"{n:>3}  {backup.describe()}")
    print(f"Kept in {backups.folder_for(Path(args.event))}")


def _restore(args: argparse.Namespace) -> None:
    from ..store import backups

    found = backups.list_backups(Path(args.event))
    if not found:
        raise UsageError(f"there are no automatic backups of {args.event}")
    if not 1 <= args.backup <= len(found):
        raise UsageError(f"--backup must be between 1 and {len(found)} (see `organiser backups`)")
    chosen = found[args.backup - 1]
    done = backups.restore(Path(args.event), chosen, force_unlock=args.force_unlock)
    if done.kept is not None:
        print(f"kept the file as it was: {done.kept}")
    print(f"restored {args.event} from the backup of {chosen.describe()}")
