"""What a desk keeps for sharing, in its own tables beside the event's.

These tables are local to one desk file and never travel as changes:

- ``sync_desk``: who this desk is (random id, name), the event it belongs to and the
  join code;
- ``sync_log``: every change set this desk made or received, by (origin desk, sequence),
  in the order it came to hold them; the log is what a desk relays to peers that are
  behind, so A's changes reach C through B;
- ``sync_vector``: the last sequence held from each origin desk: the marker that says
  what to ask for next, advanced in the same transaction that applies a change set;
- ``sync_versions``: the version of each field last written (by whom), for the rule
  "the same field edited on two desks ends the same everywhere";
- ``sync_tombstones``: which entry of each desk last deleted a row, for the rule "a
  delete beats an edit" (also once the row is put back);
- ``sync_conflicts``: every conflict this desk resolved, for the Desks and Problems panels;
- ``sync_peers``: the desks this one has heard of: name, the address it reached them at
  (empty for desks that called it), when last heard.
"""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import apsw

LOCAL_TABLES = (
    "sync_desk",
    "sync_log",
    "sync_vector",
    "sync_versions",
    "sync_tombstones",
    "sync_conflicts",
    "sync_peers",
)

DDL = (
    """CREATE TABLE IF NOT EXISTS sync_desk (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        desk TEXT NOT NULL,
        name TEXT NOT NULL,
        event TEXT NOT NULL,
        code TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE IF NOT EXISTS sync_log (
        pos INTEGER PRIMARY KEY,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        schema INTEGER NOT NULL,
        at TEXT NOT NULL,
        changes BLOB NOT NULL,
        tags TEXT NOT NULL DEFAULT '{}',
        seen TEXT NOT NULL DEFAULT '{}',
        UNIQUE (origin, seq)
    )""",
    """CREATE TABLE IF NOT EXISTS sync_vector (
        origin TEXT PRIMARY KEY,
        seq INTEGER NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS sync_versions (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        col TEXT NOT NULL,
        version INTEGER NOT NULL,
        desk TEXT NOT NULL,
        PRIMARY KEY (tbl, pk, col)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS sync_tombstones (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        desk TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (tbl, pk, desk)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS sync_conflicts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        kind TEXT NOT NULL,
        kept TEXT NOT NULL,
        detail TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS sync_peers (
        desk TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        last_heard TEXT
    )""",
)

Vector = dict[str, int]


@dataclass(frozen=True)
class Entry:
    """One write transaction of one desk, as it travels: a SQLite changeset, the versions
    of the fields it wrote (``tags``: table -> primary key (JSON) -> column -> version; the
    writer is ``origin``) and what its desk had seen when it wrote (``seen``: a vector)."""

    origin: str
    seq: int
    schema: int
    at: str
    changes: bytes
    tags: str = "{}"
    seen: str = "{}"

    def to_wire(self) -> list:
        return [
            self.origin,
            self.seq,
            self.schema,
            self.at,
            b64encode(self.changes).decode(),
            self.tags,
            self.seen,
        ]

    @classmethod
    def from_wire(cls, item: list) -> Entry:
        origin, seq, schema, at, changes, tags, seen = item
        return cls(
            str(origin), int(seq), int(schema), str(at), b64decode(changes), str(tags), str(seen)
        )


def install(conn: apsw.Connection) -> None:
    for statement in DDL:
        conn.execute(statement)


def uninstall(conn: apsw.Connection) -> None:
    """Make a copy of a desk a plain event file again: no identity, no log."""
    with conn:
        for table in LOCAL_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")


def is_installed(conn: apsw.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_desk'"
        ).fetchall()
    )


def names(conn: apsw.Connection) -> dict[str, str]:
    """desk id -> name of this desk and every desk it has heard of."""
    found = {d: n for d, n in conn.execute("SELECT desk, name FROM sync_peers") if n}
    found.update(conn.execute("SELECT desk, name FROM sync_desk"))
    return found


def vector(conn: apsw.Connection) -> Vector:
    return {origin: seq for origin, seq in conn.execute("SELECT origin, seq FROM sync_vector")}


def append(conn: apsw.Connection, entry: Entry) -> None:
    """Keep ``entry`` and advance its origin's marker; the caller holds the transaction."""
    conn.execute(
        """INSERT INTO sync_log (origin, seq, schema, at, changes, tags, seen)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (entry.origin, entry.seq, entry.schema, entry.at, entry.changes, entry.tags, entry.seen),
    )
    conn.execute(
        "INSERT INTO sync_vector (origin, seq) VALUES (?, ?) "
        "ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq",
        (entry.origin, entry.seq),
    )


def missing(mine: Mapping[str, int], theirs: Mapping[str, int]) -> int:
    """How many entries ``mine`` holds that ``theirs`` lacks."""
    return sum(max(0, seq - theirs.get(origin, 0)) for origin, seq in mine.items())


def entries_after(conn: apsw.Connection, have: Mapping[str, int], limit: int) -> list[Entry]:
    """Up to ``limit`` entries a desk holding ``have`` lacks, in this desk's log order.

    Log order is causal: a desk logs what it received before what it wrote on top of it,
    so a peer applying entries in this order never sees an edit before its row exists."""
    ranges = [(o, have.get(o, 0)) for o, seq in vector(conn).items() if seq > have.get(o, 0)]
    if not ranges:
        return []
    union = " UNION ALL ".join(
        "SELECT pos FROM sync_log WHERE origin = ? AND seq > ?" for _ in ranges
    )
    args: list[object] = [v for pair in ranges for v in pair]
    rows = conn.execute(
        f"""SELECT origin, seq, schema, at, changes, tags, seen FROM sync_log
            WHERE pos IN ({union}) ORDER BY pos LIMIT ?""",
        (*args, limit),
    )
    return [Entry(o, s, sc, at, bytes(ch), tg, sn) for o, s, sc, at, ch, tg, sn in rows]


if TYPE_CHECKING:
    #: A row as a change set carries it: ``apsw.no_change`` for a column an UPDATE keeps.
    ChangeValues = tuple[apsw.SQLiteValue | apsw.no_change, ...]


def new_values(change: apsw.TableChange) -> ChangeValues:
    """The values an INSERT or an UPDATE writes (SQLite gives them for those two)."""
    values = change.new
    assert values is not None, f"a {change.op} carries no new values"
    return values


def old_values(change: apsw.TableChange) -> ChangeValues:
    """The values a DELETE or an UPDATE replaces (SQLite gives them for those two)."""
    values = change.old
    assert values is not None, f"a {change.op} carries no old values"
    return values


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def pk_text(values: Iterable[object]) -> str:
    """A row's primary key as text (JSON), the same on every desk."""
    values = list(values)
    if len(values) == 1 and type(values[0]) is int:
        return f"[{values[0]}]"  # what dumps gives, without its cost: ids are most keys
    return dumps(values)


Graves = dict[tuple[str, str], dict[str, int]]


def bury(conn: apsw.Connection, table: str, pk: str, desk: str, seq: int) -> None:
    """Remember that entry (``desk``, ``seq``) deleted the row; a later one from that desk
    replaces an earlier (the row was put back and deleted again). The versions of its
    fields go: a row put back starts afresh, the same way on every desk."""
    conn.execute("DELETE FROM sync_versions WHERE tbl = ? AND pk = ?", (table, pk))
    conn.execute(
        """INSERT INTO sync_tombstones (tbl, pk, desk, seq) VALUES (?, ?, ?, ?)
           ON CONFLICT (tbl, pk, desk) DO UPDATE SET seq = max(seq, excluded.seq)""",
        (table, pk, desk, seq),
    )


def graves(conn: apsw.Connection) -> Graves:
    """(table, key) -> {deleting desk: sequence} of every row ever deleted."""
    out: Graves = {}
    for table, pk, desk, seq in conn.execute("SELECT tbl, pk, desk, seq FROM sync_tombstones"):
        out.setdefault((table, pk), {})[desk] = seq
    return out
