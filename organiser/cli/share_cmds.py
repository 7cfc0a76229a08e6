"""Several desks, one event: ``organiser share``, ``organiser join`` and ``organiser sync``.

``share`` serves the event to other desks until stopped; ``join`` makes a new desk of an
event, from its file or from a sharing desk; ``sync`` exchanges changes once, with a
desk's file (a USB stick) or with a sharing desk. A wrong join code, another event or a
file that is not a desk stops with a message and exit status 2, having written nothing.
"""

from __future__ import annotations

import argparse
import re
import signal
import threading
from pathlib import Path

from ..store import EventStore
from ..store.errors import FileLocked
from ..sync import SyncError, WrongCode
from ..sync.status import changes
from .common import UsageError, edit_event, write_event

ADDRESS = re.compile(r"^(\[[0-9A-Fa-f:]+\]|[\w.-]+):(\d{1,5})$")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("share", help="share an event with other desks until stopped (Ctrl+C)")
    p.add_argument("event")
    p.add_argument(
        "--listen", required=True, metavar="HOST:PORT", help="e.g. 0.0.0.0:8765 (every network)"
    )
    p.add_argument("--code", help="the event's join code (a new one is made and shown if none)")
    p.add_argument(
        "--peer",
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="another sharing desk to keep up with (the desks this one joined or met are "
        "reached on their own)",
    )
    p.add_argument("--name", default="", help="this desk's name, as other desks show it")
    p.set_defaults(run=_share)

    p = sub.add_parser("join", help="make a new desk of an event: from its file or HOST:PORT")
    p.add_argument("source", help="an event file, or HOST:PORT of a desk sharing the event")
    p.add_argument("-o", "--output", required=True, help="the new desk's event file")
    p.add_argument("--code", help="the event's join code (needed to join over the network)")
    p.add_argument("--desk", default="", help="the new desk's name (this computer's by default)")
    p.set_defaults(run=_join)

    p = sub.add_parser("sync", help="exchange changes once with another desk, both ways")
    p.add_argument("event")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--with", dest="other", metavar="OTHER", help="another desk's event file")
    how.add_argument("--peer", metavar="HOST:PORT", help="a desk sharing the event")
    p.add_argument("--code", help="the join code (this desk's own by default)")
    p.set_defaults(run=_sync)


def address(text: str) -> tuple[str, int]:
    m = ADDRESS.match(text.strip())
    if not m or not 0 <= int(m.group(2)) <= 65535:
        raise UsageError(f"“{text}” is not an address like 192.168.1.20:8765")
    return m.group(1).strip("[]"), int(m.group(2))


def _share(args: argparse.Namespace) -> None:
    from ..sync import crypto
    from ..sync.event import peer_addresses, share
    from ..sync.service import DeskService
    from ..sync.tables import RULES

    listen = address(args.listen)
    peers = [f"{h}:{p}" for h, p in (address(a) for a in args.peer)]
    try:
        store = edit_event(args.event)
    except FileLocked as exc:
        raise UsageError(
            f"{exc} A window that edits an event shares it itself: File › Share this event…"
        ) from None
    with store:
        try:
            desk = share(store, args.name, args.code or "")
        except (ValueError, SyncError) as exc:
            raise UsageError(str(exc)) from None
        known = [a for a in peer_addresses(desk) if a not in peers]
        try:
            service = DeskService(
                store.path, RULES, desk.code, listen, [*peers, *known], report=_say
            )
        except OSError as exc:
            raise UsageError(f"cannot listen on {args.listen}: {exc.strerror or exc}") from None
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        service.start()
        responder = _answer_discovery(service, desk.name)
        _say(f"desk {desk.name} sharing {store.path.name} on {service.address}")
        if listen[0] in ("0.0.0.0", "", "::"):
            from ..sync.status import lan_addresses

            port = service.server.httpd.server_address[1]
            _say(f"other desks join at {', '.join(lan_addresses(port))}")
        if not args.code:
            _say(f"join code {crypto.shown(desk.code)}")
        try:
            while not stop.wait(0.5):
                pass
        finally:
            if responder is not None:
                responder.stop()
            service.stop()
    _say("stopped sharing")


def _answer_discovery(service, name: str):
    """Answer desks looking for this event by its join code, where the network lets us."""
    from ..sync.discovery import Responder

    try:
        return Responder(service.keys, name, service.server.httpd.server_address[1]).start()
    except OSError:
        return None  # the discovery port is taken or the network forbids it: address only


_SAYING = threading.Lock()


def _say(text: str) -> None:
    """One line of what the desk does; its peers' threads say theirs whole, not mixed."""
    with _SAYING:
        print(text, flush=True)


def _join(args: argparse.Namespace) -> None:
    from ..sync.event import join_address, join_file

    target = Path(args.output)
    source = Path(args.source)
    try:
        if source.exists():
            joined = join_file(source, target, args.desk, args.code or "")
        else:
            host, port = address(args.source)
            if not args.code:
                raise UsageError("give --code: the join code shown on the sharing desk")
            joined = join_address(f"{host}:{port}", args.code, target, args.desk)
    except FileLocked as exc:
        raise UsageError(
            f"{exc} To add a desk while it is open there, share it from that window "
            "(File › Share this event…) and join over the network."
        ) from None
    except WrongCode as exc:
        raise UsageError(f"{exc} Nothing was written.") from None
    except (ValueError, SyncError) as exc:
        raise UsageError(str(exc)) from None
    print(f"wrote {joined.path}: desk {joined.name} of the shared event (join code {joined.code})")


def _sync(args: argparse.Namespace) -> None:
    from ..sync.event import sync_with_address, sync_with_file

    with write_event(args.event) as store:
        try:
            if args.other:
                other = Path(args.other)
                exchange = sync_with_file(store, other)
                there = other.name
            else:
                host, port = address(args.peer)
                exchange = sync_with_address(store, f"{host}:{port}", args.code or "")
                there = args.peer
        except (ValueError, SyncError) as exc:
            raise UsageError(f"{exc} Nothing was changed.") from None
        _report(store, exchange, there)


def _report(store: EventStore, exchange, there: str) -> None:
    came, went = exchange.came_in, exchange.went_out
    print(f"in: {changes(came.applied)} from {there}")
    print(f"out: {changes(went.applied)} to {there}")
    if came.conflicts or went.conflicts:
        print(
            f"conflicts resolved: {came.conflicts} here, {went.conflicts} there "
            "(each desk lists its own in the window's Desks panel)"
        )
    print(f"{store.path.name} and {there} now hold the same event")
