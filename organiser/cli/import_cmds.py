"""``organiser import WHAT FILE ...``: bring events and lists in from other files."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services import bundle
from ..store import EventStore
from ..store.errors import InconsistentData
from .common import UsageError, new_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("json", help="a JSON bundle into a new event file")
    p.add_argument("input")
    p.add_argument("-o", "--output", required=True, help="the new event file")
    p.set_defaults(run=_json)


def _json(args: argparse.Namespace) -> None:
    out = new_file(args.output)
    try:
        data = bundle.loads_file(Path(args.input))
    except bundle.BundleError as exc:
        raise UsageError(f"{args.input}: {exc}") from None
    try:
        EventStore.create(out, data, lock=False).close()
    except InconsistentData as exc:  # what the checks above did not foresee
        raise UsageError(f"{args.input}: the bundle contradicts itself ({exc})") from None
    print(f"wrote {out}: {len(data.people)} people, {len(data.sessions)} sessions")
