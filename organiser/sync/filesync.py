"""Desks without a network: a desk copy made from a file, and an exchange with another
desk's file (a USB stick), both ways, once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import apsw

from ..store.connection import copy_database
from .desk import Desk, Received, connect, immediate
from .errors import Mismatch
from .ids import new_desk_id
from .log import is_installed
from .messages import say
from .rules import Rules

BATCH = 1000


def make_desk_copy(source: Desk, target: str | os.PathLike[str], name: str) -> Path:
    """Write a new desk of ``source``'s event at ``target``: the same data and change log,
    its own desk identity. The copy appears complete or not at all."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(say("exists", path=target))
    copy_database(source.conn, target, finish=lambda copy: become_new_desk(copy, name, source))
    return target


def become_new_desk(conn: apsw.Connection, name: str, source: Desk | dict) -> None:
    """Give a copied file its own identity; what the source desk resolved stays with it."""
    src_id, src_name = (
        (source.id, source.name) if isinstance(source, Desk) else (source["desk"], source["name"])
    )
    with conn:
        conn.execute("UPDATE sync_desk SET desk = ?, name = ? WHERE id = 1", (new_desk_id(), name))
        conn.execute("DELETE FROM sync_conflicts")
        conn.execute("UPDATE sync_peers SET address = '', last_heard = NULL")
        conn.execute(
            "INSERT INTO sync_peers (desk, name) VALUES (?, ?) "
            "ON CONFLICT (desk) DO UPDATE SET name = excluded.name",
            (src_id, src_name),
        )


def renew_identity(path: str | os.PathLike[str]) -> bool:
    """A desk's file put back from a backup holds fewer of its own changes than its peers
    have seen: under its old identity they would refuse it. It goes on as a desk of its
    own (same name), its old self one of its peers, so that everything the peers hold,
    its own later changes included, comes back to it. False for a file never shared."""
    conn = connect(path)
    try:
        if not is_installed(conn):
            return False
        with immediate(conn):
            row = conn.execute("SELECT desk, name FROM sync_desk WHERE id = 1").fetchone()
            assert row is not None  # Desk.enable adds the row with the table, in one transaction
            old, name = row
            conn.execute("UPDATE sync_desk SET desk = ? WHERE id = 1", (new_desk_id(),))
            conn.execute(
                "INSERT INTO sync_peers (desk, name) VALUES (?, ?) ON CONFLICT (desk) DO NOTHING",
                (old, name),
            )
        return True
    finally:
        conn.close()


@dataclass
class Exchange:
    came_in: Received
    went_out: Received


def check_pair(mine: dict, theirs: dict) -> None:
    """Refuse, with the reason, two desks that must not exchange change sets."""
    if theirs["event"] != mine["event"]:
        raise Mismatch(say("other_event", name=theirs["name"]))
    if theirs["desk"] == mine["desk"]:
        raise Mismatch(say("plain_copies", theirs=theirs["name"], mine=mine["name"]))
    if theirs["schema"] != mine["schema"]:
        raise Mismatch(
            say(
                "formats",
                theirs=theirs["name"],
                theirs_format=theirs["schema"],
                mine=mine["name"],
                mine_format=mine["schema"],
            )
        )
    for a, b in ((mine, theirs), (theirs, mine)):
        if b["vector"].get(a["desk"], 0) > a["vector"].get(a["desk"], 0):
            raise Mismatch(say("restored", name=a["name"], other=b["name"]))


def sync_files(mine: Desk, other_path: str | os.PathLike[str], rules: Rules) -> Exchange:
    """Exchange changes with another desk's file, both ways, once."""
    other = Desk(connect(other_path), rules)
    try:
        check_pair(mine.info(), other.info())
        mine.remember_peer(other.info())
        other.remember_peer(mine.info())
        came_in = _copy(other, mine)
        went_out = _copy(mine, other)
    finally:
        other.conn.close()
    return Exchange(came_in, went_out)


def _copy(source: Desk, dest: Desk) -> Received:
    total = Received()
    while True:
        entries = source.entries_after(dest.vector(), BATCH)
        got = dest.receive(entries)
        total.applied += got.applied
        total.held += got.held
        total.conflicts += got.conflicts
        if not got.applied:
            return total
