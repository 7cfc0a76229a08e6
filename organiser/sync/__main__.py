"""``python -m organiser.sync EVENT --listen HOST:PORT [--code CODE] [--peer HOST:PORT ...]``

Shares one desk file until stopped (Ctrl+C or SIGTERM), printing what comes in and goes
out; the engine of the future ``organiser share``. The event file must already be a desk.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys

from . import crypto
from .desk import Desk, connect
from .discovery import Responder
from .errors import SyncError
from .rules import Rules
from .service import DeskService, share_forever


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"“{text}” is not HOST:PORT")
    return host, int(port)


def _rules(text: str) -> Rules:
    module, _, name = text.partition(":")
    return getattr(importlib.import_module(module), name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m organiser.sync")
    parser.add_argument("event")
    parser.add_argument("--listen", type=_address, default=("0.0.0.0", 8765))
    parser.add_argument("--code")
    parser.add_argument("--peer", action="append", default=[])
    parser.add_argument("--discovery-port", type=int, default=0, help="answer desks looking")
    parser.add_argument("--rules", default="organiser.sync.standin:RULES")
    args = parser.parse_args(argv)
    rules = _rules(args.rules)
    try:
        conn = connect(args.event)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        desk = Desk(conn, rules)
        code = crypto.normalise(args.code or desk.code or crypto.new_code())
        if code != desk.code:
            with conn:
                conn.execute("UPDATE sync_desk SET code = ? WHERE id = 1", (code,))
    except (SyncError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    finally:
        conn.close()
    service = DeskService(
        args.event, rules, code, args.listen, args.peer, report=lambda s: print(s, flush=True)
    )
    signal.signal(signal.SIGTERM, lambda *_: service.stopping.set())
    signal.signal(signal.SIGINT, lambda *_: service.stopping.set())
    responder = None
    if args.discovery_port:
        responder = Responder(service.keys, desk.name, service.server.httpd.server_address[1])
        responder.start(args.discovery_port)
    print(f"desk {desk.name} listening on {service.address}", flush=True)
    if not args.code:
        print(f"join code {crypto.shown(code)}", flush=True)
    try:
        share_forever(service)
    finally:
        if responder:
            responder.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
