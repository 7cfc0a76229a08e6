"""One-off exchanges with a sharing desk over the network: join it, or sync once."""

from __future__ import annotations

import os
from pathlib import Path

import apsw

from . import crypto
from .desk import Desk, Received
from .filesync import Exchange, become_new_desk
from .messages import say
from .transport import NEWCOMER, DeskClient


def sync_with_peer(desk: Desk, address: str, code: str) -> Exchange:
    """Exchange changes with the desk at ``address`` both ways until neither lacks any."""
    client = DeskClient(address, crypto.Keys(code))
    came_in, went_out = Received(), Received()
    try:
        peer = client.hello(desk.info())
        desk.remember_peer(peer)
        theirs = peer["vector"]
        while True:
            out = desk.entries_after(theirs)
            if out:
                answer = client.push(desk.info, out)
                theirs = answer["vector"]
                _add(went_out, answer["applied"], answer["conflicts"])
            pulled = client.pull(desk.info, desk.vector())
            got = desk.receive(pulled.entries)
            theirs = pulled.vector
            _add(came_in, got.applied, got.conflicts)
            if not out and not pulled.entries:
                return Exchange(came_in, went_out)
    finally:
        client.close()


def _add(total: Received, applied: int, conflicts: int) -> None:
    total.applied += applied
    total.conflicts += conflicts


def join_peer(address: str, code: str, target: str | os.PathLike[str], name: str) -> Path:
    """Write a new desk of the event shared at ``address``: a consistent copy of its file
    with a desk identity of its own. Nothing is written when the code is wrong."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(say("exists", path=target))
    client = DeskClient(address, crypto.Keys(code), timeout=120.0)
    introduction = {"desk": NEWCOMER, "name": name, "event": "", "schema": 0, "vector": {}}
    try:
        peer = client.hello(introduction)
        data = client.snapshot(lambda: introduction)
    finally:
        client.close()
    tmp = target.with_name(f".{target.name}.part")
    try:
        tmp.write_bytes(data)
        conn = apsw.Connection(os.fspath(tmp))
        try:
            become_new_desk(conn, name, peer)
            conn.execute("UPDATE sync_desk SET code = ? WHERE id = 1", (crypto.normalise(code),))
            # sharing from here keeps up with the desk it joined, at the address it used
            conn.execute(
                "UPDATE sync_peers SET address = ? WHERE desk = ?", (address, peer["desk"])
            )
        finally:
            conn.close()
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
