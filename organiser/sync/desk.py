"""One desk: an event file taking part in sharing, its identity and its recorded writes.

Every write goes through ``Desk.write()``: one transaction with a SQLite session
recording the shared tables; at the end its changeset, with the new versions of the
fields it wrote, is appended to the desk's log under the next sequence number, in the
same transaction. A crash either keeps the write and its log entry or neither.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

import apsw

from .errors import Mismatch, NotShared
from .ids import new_desk_id
from .log import (
    Entry,
    Vector,
    append,
    bury,
    dumps,
    entries_after,
    install,
    is_installed,
    names,
    new_values,
    old_values,
    pk_text,
    vector,
)
from .messages import say
from .rules import Rules

#: A row of ``PRAGMA table_info``: cid, name, type, notnull, dflt_value, pk (SQLite's
#: documented columns; ``pk`` is the column's place in the primary key, 0 if not in it).
ColumnRow = tuple[int, str, str, int, Any, int]
#: A row of ``PRAGMA foreign_key_list``: id, seq, table, from, to (None: the parent's
#: primary key), on_update, on_delete, match.
ForeignKeyRow = tuple[int, int, str, str, str | None, str, str, str]
#: parent table -> (table, column, referenced column, ON DELETE action)
Children = dict[str, list[tuple[str, str, str, str]]]
#: table -> (column position, parent table, ON DELETE action)
Parents = dict[str, list[tuple[int, str, str]]]


@dataclass(frozen=True)
class TableInfo:
    columns: tuple[str, ...]
    pk: tuple[int, ...]  # positions of the primary key columns


@dataclass
class Received:
    """What one batch from a peer did here."""

    applied: int = 0
    held: int = 0  # entries this desk already had (sent by two peers, or echoed)
    conflicts: int = 0
    tables: set[str] = field(default_factory=set)  # for the store's listeners


BUSY_TIMEOUT_MS = 15_000


def connect(path: str | os.PathLike[str], *, create: bool = False) -> apsw.Connection:
    """An apsw connection set up as the store sets up its own: foreign keys enforced,
    full sync, patient locks. (The file keeps SQLite's default rollback journal, which the
    store sets when it opens the file: switching it here would need the file to itself.)
    A missing file is an error unless ``create``: a typo must not leave an empty file."""
    flags = apsw.SQLITE_OPEN_READWRITE | (apsw.SQLITE_OPEN_CREATE if create else 0)
    try:
        conn = apsw.Connection(os.fspath(path), flags=flags)
    except apsw.CantOpenError:
        raise FileNotFoundError(say("no_event_file", path=path)) from None
    conn.set_busy_timeout(BUSY_TIMEOUT_MS)
    # A big transaction must not write pages to the file before COMMIT (a cache spill):
    # that needs the file to itself, and inside Changeset.apply SQLite then waited out the
    # whole busy timeout while other connections of the process kept reading (15 s stalls
    # in the sync benchmark). At COMMIT the wait is short and normal.
    conn.execute("PRAGMA cache_spill = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Desk:
    """An open shared event file; one per connection."""

    def __init__(self, conn: apsw.Connection, rules: Rules):
        if not is_installed(conn):
            raise NotShared(say("not_shared_file"))
        row = conn.execute("SELECT desk, name, event, code FROM sync_desk WHERE id = 1").fetchone()
        if row is None:
            raise NotShared(say("not_shared_file"))
        self.conn = conn
        self.rules = rules
        self.id, self.name, self.event, self.code = row
        self._depth = 0
        self._tables: dict[str, TableInfo] = {}
        self._keys: tuple[Children, Parents] | None = None

    @classmethod
    def enable(
        cls, conn: apsw.Connection, rules: Rules, *, event: str, name: str, code: str = ""
    ) -> Desk:
        """Make this file a desk (the first one of its event); a shared file stays as it is."""
        with immediate(conn):
            install(conn)
            conn.execute(
                "INSERT OR IGNORE INTO sync_desk (id, desk, name, event, code) "
                "VALUES (1, ?, ?, ?, ?)",
                (new_desk_id(), name, event, code),
            )
        return cls(conn, rules)

    @property
    def schema(self) -> int:
        """The file format version: change sets apply only between equal versions."""
        return self.conn.pragma("user_version")

    def table(self, name: str) -> TableInfo:
        info = self._tables.get(name)
        if info is None:
            rows = cast(
                list[ColumnRow], self.conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            )
            pk = tuple(i for i, r in sorted(enumerate(rows), key=lambda ir: ir[1][5]) if r[5])
            info = self._tables[name] = TableInfo(tuple(r[1] for r in rows), pk)
        return info

    def children(self, parent: str) -> list[tuple[str, str, str, str]]:
        """(table, column, referenced column, ON DELETE action) of shared tables that
        reference ``parent``."""
        return self._read_keys()[0].get(parent, [])

    def parents(self, table: str) -> list[tuple[int, str, str]]:
        """(column position, parent table, ON DELETE action) of each reference ``table``
        makes to a shared table's primary key."""
        return self._read_keys()[1].get(table, [])

    def _read_keys(self) -> tuple[Children, Parents]:
        if self._keys is not None:
            return self._keys
        children: Children = {}
        parents: Parents = {}
        for name in self.rules.shared:
            keys = self.conn.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
            for fk in cast(list[ForeignKeyRow], keys):
                parent = self.table(fk[2])
                ref = fk[4] or parent.columns[parent.pk[0]]
                children.setdefault(fk[2], []).append((name, fk[3], ref, fk[6]))
                if fk[2] in self.rules.tables and parent.pk == (parent.columns.index(ref),):
                    col = self.table(name).columns.index(fk[3])
                    parents.setdefault(name, []).append((col, fk[2], fk[6]))
        self._keys = children, parents
        return self._keys

    # ----------------------------------------------------------------- writing
    @contextmanager
    def write(self) -> Iterator[apsw.Connection]:
        """One recorded write transaction; blocks nest and the outermost one commits."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        session = self.begin()
        self._depth = 1
        try:
            yield self.conn
            self.end(session)
            self.conn.execute("COMMIT")
        except BaseException:
            session.close()
            if not self.conn.get_autocommit():
                self.conn.execute("ROLLBACK")  # the write and its entry go together
            raise
        finally:
            self._depth = 0

    def begin(self) -> apsw.Session:
        """Start recording the shared tables; the caller has begun the transaction (the
        store does, waiting for the file as it always does)."""
        session = apsw.Session(self.conn, "main")
        for name in self.rules.shared:
            session.attach(name)
        return session

    def end(self, session: apsw.Session) -> None:
        """Log what ``session`` recorded as this desk's next entry, before the caller
        commits: the write and its entry are kept together or not at all."""
        changes = session.changeset()
        session.close()
        if changes:
            self._record(changes)

    def _record(self, changes: bytes) -> None:
        """Append the entry, stamping a new version on every field the write set, and a
        tombstone on every row it deleted."""
        seen = vector(self.conn)
        seq = seen.get(self.id, 0) + 1
        tags: dict[str, dict[str, dict[str, int]]] = {}
        for change in apsw.Changeset.iter(changes):
            rule = self.rules.get(change.name)
            info = self.table(change.name)
            if change.op == "DELETE":
                old = old_values(change)
                pk = pk_text(old[i] for i in info.pk)
                bury(self.conn, change.name, pk, self.id, seq)
                continue
            if change.op == "UPDATE":
                values = old_values(change)
                cols = [
                    i
                    for i, v in enumerate(new_values(change))
                    if v is not apsw.no_change and i not in info.pk
                ]
            elif rule is not None and rule.natural_key:
                values = new_values(change)
                cols = [i for i in range(len(info.columns)) if i not in info.pk]
            else:
                continue
            pk = pk_text(values[i] for i in info.pk)
            for i in cols:
                version = self.conn.execute(
                    """INSERT INTO sync_versions (tbl, pk, col, version, desk)
                       VALUES (?, ?, ?, 1, ?)
                       ON CONFLICT (tbl, pk, col) DO UPDATE
                       SET version = version + 1, desk = excluded.desk
                       RETURNING version""",
                    (change.name, pk, info.columns[i], self.id),
                ).get
                tags.setdefault(change.name, {}).setdefault(pk, {})[info.columns[i]] = version
        entry = Entry(self.id, seq, self.schema, now(), changes, dumps(tags), dumps(seen))
        append(self.conn, entry)

    # --------------------------------------------------------------- receiving
    def receive(self, entries: Sequence[Entry]) -> Received:
        """Apply entries from a peer in one transaction, each at most once, in order.

        The marker of each origin advances with the entry it covers, so an entry that two
        peers both send, or that a crash interrupted, is applied exactly once."""
        from .apply import Applier

        if self._depth:
            raise RuntimeError("receive() inside a recorded write would record peers' changes")
        result = Received()
        if not entries:
            return result
        run: list[Entry] = []
        rows: dict = {}

        def flush() -> None:
            if run:
                result.conflicts += applier.apply_inserts(run, rows)
                run.clear()
                rows.clear()

        with immediate(self.conn):
            applier = Applier(self)  # reads what it needs under the write lock
            applier.tables = result.tables
            have = vector(self.conn)
            schema = self.schema
            for entry in entries:
                held = have.get(entry.origin, 0)
                if entry.seq <= held:
                    result.held += 1
                    continue
                if entry.seq != held + 1:
                    break  # a gap: the rest waits for the entries in between
                if entry.schema != schema:
                    raise Mismatch(say("other_format", theirs=entry.schema, mine=schema))
                added = applier.inserts_only(entry)
                if added is None:
                    flush()
                    result.conflicts += applier.apply(entry)
                else:
                    run.append(entry)
                    rows.update(added)
                append(self.conn, entry)
                have[entry.origin] = entry.seq
                result.applied += 1
            flush()
        return result

    # ------------------------------------------------------------------ reading
    def vector(self) -> Vector:
        return vector(self.conn)

    def entries_after(self, have: Vector, limit: int = 1000) -> list[Entry]:
        return entries_after(self.conn, have, limit)

    def conflicts(self) -> list[dict]:
        """Every conflict this desk resolved, oldest first, ``detail`` decoded."""
        names = self.table("sync_conflicts").columns  # (no description once a query is done)
        rows = [
            dict(zip(names, r))
            for r in self.conn.execute("SELECT * FROM sync_conflicts ORDER BY id")
        ]
        for row in rows:
            row["detail"] = json.loads(row["detail"])
        return rows

    def conflict_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM sync_conflicts").get

    def remember_peer(self, info: dict, address: str = "") -> None:
        """Note a desk heard from, and the desks it knows (local: for the Desks panel,
        the Problems panel's names and reconnecting)."""
        with immediate(self.conn):  # a deferred write could deadlock with a receive
            self.conn.execute(
                """INSERT INTO sync_peers (desk, name, address, last_heard) VALUES (?, ?, ?, ?)
                   ON CONFLICT (desk) DO UPDATE SET name = excluded.name,
                   address = CASE excluded.address WHEN '' THEN address ELSE excluded.address END,
                   last_heard = excluded.last_heard""",
                (info["desk"], info["name"], address, now()),
            )
            self.learn_names(info)

    def info(self) -> dict:
        """What this desk says of itself to a peer, with the names of the desks it knows
        (so that every desk can name the desk of an arrival it heard of second-hand)."""
        return {
            "desk": self.id,
            "name": self.name,
            "event": self.event,
            "schema": self.schema,
            "vector": self.vector(),
            "names": names(self.conn),
        }

    def learn_names(self, info: dict) -> None:
        """Note the names of desks a peer knows and this desk has not heard of."""
        names = info.get("names") or {}
        self.conn.executemany(
            "INSERT INTO sync_peers (desk, name) VALUES (?, ?) ON CONFLICT (desk) DO NOTHING",
            [(d, str(n)) for d, n in names.items() if d != self.id and isinstance(d, str)],
        )


@contextmanager
def immediate(conn: apsw.Connection) -> Iterator[None]:
    """A write transaction that takes the write lock first (a deferred one could deadlock
    with another connection of this process committing)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if not conn.get_autocommit():
            conn.execute("ROLLBACK")
        raise
