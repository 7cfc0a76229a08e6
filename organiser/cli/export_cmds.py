"""``organiser export WHAT EVENT -o OUT``: one subcommand per kind of output."""

from __future__ import annotations

import argparse

from ..services import bundle
from ..services.files import write_text_atomic
from .common import output_file, read_event


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("json", help="the whole event as a JSON bundle")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=_json)


def _json(args: argparse.Namespace) -> None:
    out = output_file(args.output)
    with read_event(args.event) as store:
        text = bundle.dumps(store.load())
    write_text_atomic(out, text)
