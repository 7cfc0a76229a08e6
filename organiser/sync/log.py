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
- ``sync_conflicts``: every conflict this desk resolved, for the Desks and Problems panels;
- ``sync_peers``: the desks this one has heard of: name, the address it reached them at
  (empty for desks that called it), when last heard.
"""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import apsw

LOCAL_TABLES = (
    "sync_desk",
    "sync_log",
    "sync_vector",
    "sync_versions",
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
    """One write transaction of one desk, as it travels: a SQLite changeset plus the
    versions of the fields it wrote (``tags``: table -> primary key (JSON) -> column ->
    version; the writer is ``origin``)."""

    origin: str
    seq: int
    schema: int
    at: str
    changes: bytes
    tags: str = "{}"

    def to_wire(self) -> list:
        return [
            self.origin,
            self.seq,
            self.schema,
            self.at,
            b64encode(self.changes).decode(),
            self.tags,
        ]

    @classmethod
    def from_wire(cls, item: list) -> Entry:
        origin, seq, schema, at, changes, tags = item
        return cls(str(origin), int(seq), int(schema), str(at), b64decode(changes), str(tags))


def install(conn: apsw.Connection) -> None:
    for statement in DDL:
        conn.execute(statement)


def is_installed(conn: apsw.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_desk'"
        ).fetchall()
    )


def vector(conn: apsw.Connection) -> Vector:
    return {origin: seq for origin, seq in conn.execute("SELECT origin, seq FROM sync_vector")}


def append(conn: apsw.Connection, entry: Entry) -> None:
    """Keep ``entry`` and advance its origin's marker; the caller holds the transaction."""
    conn.execute(
        "INSERT INTO sync_log (origin, seq, schema, at, changes, tags) VALUES (?, ?, ?, ?, ?, ?)",
        (entry.origin, entry.seq, entry.schema, entry.at, entry.changes, entry.tags),
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
        f"""SELECT origin, seq, schema, at, changes, tags FROM sync_log
            WHERE pos IN ({union}) ORDER BY pos LIMIT ?""",
        (*args, limit),
    ).fetchall()
    return [Entry(o, s, sc, at, bytes(ch), tg) for o, s, sc, at, ch, tg in rows]


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def pk_text(values: Iterable[object]) -> str:
    """A row's primary key as text, the same on every desk."""
    return dumps(list(values))
