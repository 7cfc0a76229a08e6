"""Sharing an event file: what the ``share``, ``join`` and ``sync`` commands and the
window do, over the store.

An event becomes shared when it is first shared or joined: its file becomes a desk (an
identity, a change log, a join code) and from then on every write the store makes is
recorded for the other desks. Each other desk is a copy made by joining, from the file
(a USB stick) or over the network from a sharing desk, with an identity of its own.
"""

from __future__ import annotations

import socket
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path

from ..store import EventStore
from ..store.fileinfo import check_event_file
from . import crypto
from .desk import Desk, connect
from .errors import NotShared, SyncError, WrongCode
from .filesync import Exchange, make_desk_copy, sync_files
from .messages import say
from .remote import join_peer, sync_with_peer
from .tables import RULES


@dataclass(frozen=True)
class Joined:
    path: Path
    name: str
    code: str  # as shown: XXXX-XXXX-XXXX


def default_name(taken: Container[str] = frozenset()) -> str:
    """This computer's name, numbered when another desk of the event has it already."""
    base = socket.gethostname().split(".")[0] or "Desk"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base} ({n})"
    return name


def names_of(desk: Desk) -> set[str]:
    """The names of this desk and of every desk it has heard of."""
    names = {desk.name}
    names.update(r[0] for r in desk.conn.execute("SELECT name FROM sync_peers"))
    return names


def share(store: EventStore, name: str = "", code: str = "") -> Desk:
    """Make the open event a desk (its first), or give the desk a new name or join
    code; from here on the store records every write. Returns the desk."""
    if store.read_only:
        raise SyncError(store.read_only)
    code = crypto.normalise(code) if code else ""
    if store.desk is None:
        event_row = store.get("event", 1)
        assert event_row is not None  # the event itself: an open event file holds it
        uid = event_row["uid"]
        Desk.enable(  # its own transaction, not recorded: the file has no desk yet
            store.conn,
            RULES,
            event=uid,
            name=name or default_name(),
            code=code or crypto.normalise(crypto.new_code()),
        )
        store.became_shared()
    desk = store.desk
    assert desk is not None
    if (code and code != desk.code) or (name and name != desk.name):
        desk.conn.execute(  # local to this desk: never recorded
            "UPDATE sync_desk SET code = ?, name = ? WHERE id = 1",
            (code or desk.code, name or desk.name),
        )
        desk.code, desk.name = code or desk.code, name or desk.name
    return desk


def join_file(source: Path, target: Path, name: str = "", code: str = "") -> Joined:
    """A new desk of the event in ``source`` (another desk's file, or an event never
    shared, which becomes the first desk), written at ``target``.

    A desk's file is only read, even while a window edits it; a file never shared must
    be made a desk first, so it is opened for editing (refused while a window edits
    it: share it from that window). A ``code`` that is not the event's is refused before
    anything is written."""
    check_target(target)
    wanted = crypto.normalise(code) if code else ""
    with EventStore.open(source, lock=False) as peek:
        shared = peek.desk is not None
        if peek.desk is not None and wanted and peek.desk.code and wanted != peek.desk.code:
            raise WrongCode(say("other_code", name=source.name))
    if shared:
        desk = Desk(connect(source), RULES)
        try:
            made = make_desk_copy(desk, target, name or default_name(names_of(desk)))
            return Joined(made, _name_of(made), crypto.shown(desk.code or crypto.new_code()))
        finally:
            desk.conn.close()
    with EventStore.open(source) as store:
        desk = share(store, code=wanted)
        made = make_desk_copy(desk, target, name or default_name(names_of(desk)))
        return Joined(made, _name_of(made), crypto.shown(desk.code))


def join_address(address: str, code: str, target: Path, name: str = "") -> Joined:
    """A new desk of the event shared at ``address`` (HOST:PORT), written at ``target``;
    nothing is written when the code is wrong or the desk does not answer."""
    check_target(target)
    made = join_peer(address, code, target, name or default_name())
    try:
        check_event_file(made)
    except Exception:
        made.unlink(missing_ok=True)
        raise
    return Joined(made, _name_of(made), crypto.shown(code))


def _name_of(path: Path) -> str:
    conn = connect(path)
    try:
        row = conn.execute("SELECT name FROM sync_desk WHERE id = 1").fetchone()
        assert row is not None  # the file was just made a desk (a copy, or by joining)
        return row[0]
    finally:
        conn.close()


def check_target(target: Path) -> None:
    if target.exists():
        raise FileExistsError(say("exists", path=target))
    if not target.parent.is_dir():
        raise FileNotFoundError(say("no_folder", path=target.parent))


def desk_of(store: EventStore) -> Desk:
    if store.desk is None:
        raise NotShared(say("not_shared", name=store.path.name))
    return store.desk


def sync_with_file(store: EventStore, other: Path) -> Exchange:
    """Exchange changes with another desk's file (a USB stick), both ways, once."""
    desk = desk_of(store)
    with EventStore.open(other, lock=False) as peer:
        if peer.read_only:
            raise SyncError(peer.read_only)
        desk_of(peer)
    return sync_files(desk, other, RULES)


def sync_with_address(store: EventStore, address: str, code: str = "") -> Exchange:
    """Exchange changes with the desk sharing at ``address``, both ways, once."""
    desk = desk_of(store)
    return sync_with_peer(desk, address, code or desk.code)


def peer_addresses(desk: Desk) -> list[str]:
    """The addresses this desk reached other desks at (to reconnect when sharing)."""
    return [
        r[0]
        for r in desk.conn.execute(
            "SELECT address FROM sync_peers WHERE address != '' ORDER BY last_heard DESC"
        )
    ]
