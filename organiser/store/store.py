"""The event file: the only place that speaks SQL.

Every write is one transaction taken with ``BEGIN IMMEDIATE`` (so a second writer waits
for the lock instead of failing half-way) and committed at once. The file uses a rollback
journal, not WAL: after each commit the ``.organiser`` file alone holds every edit, so
copying it while the app runs loses nothing.

Edits are generic (insert, update, delete with a snapshot of what went with the row,
restore) so the GUI's undo commands need no SQL of their own.

A write never waits long without a word: SQLite's own busy wait is kept short and the
store waits in steps of it, calling ``waiting`` (the window's progress dialog, the
command line's note) so the user sees who holds the file and can stop waiting. Whatever
the file does not take (read-only, busy, full disk) raises a ``WriteFailed`` with a
message a user can act on, having written nothing.

A file shared between desks (``organiser.sync``) has a desk identity: then every write
transaction is also recorded as a change set for the other desks, in the same
transaction, and new rows take ids two desks cannot both pick (``new_key``). A file that
was never shared is written exactly as before.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import apsw

from .. import model
from ..sync import ids, log
from ..sync.desk import Desk, immediate
from .connection import (
    BUSY_TIMEOUT_MS,
    busy_message,
    connect,
    connect_read_only,
    copy_database,
    is_busy,
    memory_copy,
    read_only_reason,
    remove_with_journal,
    roll_back,
    write_error,
)
from .errors import EventFileError, FileLocked, InconsistentData, ReadOnlyFile, StoreBusy
from .fileinfo import check_event_file, is_writable
from .lock import EventLock, real_path
from .messages import SAY
from .schema import LOCAL_SETTINGS, SCHEMA_VERSION, migrate_file
from .whole import new_event_data, read_all, write_all

SUFFIX = ".organiser"
#: One step of a write's wait for the lock; between steps ``waiting`` is asked.
WAIT_STEP_MS = 200
#: The longest a write waits for another program before it gives up.
WRITE_WAIT_S = 30.0
#: Tables whose rows are named by a natural key: a new row's id comes from it when the
#: event is shared, so two desks adding "the same" day or role make one row.
NATURAL_IDS = {"days": "date", "role_types": "key"}

Listener = Callable[[set[str]], None]
#: Called while a write waits for the file: (seconds waited, who holds it or "") and
#: returns False to stop waiting; called with -1 once a wait is over.
Waiting = Callable[[float, str], bool]


@dataclass
class Snapshot:
    """Rows removed by a delete, in insertion order, and references it cleared."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cleared: list[tuple[str, int, str, int]] = field(default_factory=list)  # table, id, col, value


class EventStore:
    """One open event file."""

    def __init__(
        self,
        path: Path,
        conn: apsw.Connection,
        lock: EventLock | None,
        *,
        read_only: str = "",
    ):
        self.path = path
        self.conn = conn
        self._lock = lock
        #: why the file is open for viewing only ("" when it can be edited)
        self.read_only = read_only
        #: asked while a write waits for another program (see ``Waiting``)
        self.waiting: Waiting | None = None
        self._in_wait = False
        self._depth = 0
        self._touched: set[str] = set()
        self._recording: apsw.Session | None = None
        self.listeners: list[Listener] = []
        self._columns: dict[str, list[str]] = {}
        self._children: dict[str, list[tuple[str, str, str]]] = {}
        self._read_schema()
        #: this file's desk when the event is shared with other desks, else None
        self.desk: Desk | None = None
        if not read_only and log.is_installed(conn):
            self.desk = self._open_desk()

    def _open_desk(self) -> Desk:
        from ..sync.tables import RULES

        # a big write must not spill pages into the file before COMMIT: that needs the
        # file to itself while the desk's service reads it (see sync.desk.connect)
        self.conn.execute("PRAGMA cache_spill = OFF")
        return Desk(self.conn, RULES)

    def became_shared(self) -> None:
        """The file was just made a desk (``sync.event.share``): record writes from now."""
        if self.desk is None:
            self._read_schema()  # its sync tables are new
            self.desk = self._open_desk()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        lock: bool = True,
        read_only: bool = False,
        force_unlock: bool = False,
    ) -> EventStore:
        """Open an existing event file, migrating an older one after a backup.

        A file (or folder) that cannot be written opens for viewing only, as does any
        file with ``read_only``: then nothing is locked, migrated or backed up beside it.
        ``force_unlock`` takes over a lock whose holder cannot be checked from here.
        """
        path = Path(path)
        version = check_event_file(path)
        if read_only or not is_writable(path):
            return cls._open_read_only(path, version, read_only_reason(path, read_only))
        file_lock = EventLock(path) if lock else None
        if file_lock:
            file_lock.acquire(force=force_unlock)
        try:
            if version == -1:  # an interrupted write: SQLite rolls its journal back first
                roll_back(path)
                version = check_event_file(path, journal_checked=True)
            if version < SCHEMA_VERSION:
                shutil.copy2(path, backup_path(path, version))
                migrate_file(path, version)
            conn = connect(path)
        except BaseException:
            if file_lock:
                file_lock.release()
            raise
        return cls(path, conn, file_lock)

    @classmethod
    def _open_read_only(cls, path: Path, version: int, reason: str) -> EventStore:
        """A view of a file we may not write: straight from the file when it is current,
        else from a copy in memory (rolled back and upgraded there, the file untouched)."""
        if version == -1 or version < SCHEMA_VERSION:
            return cls(path, memory_copy(path, version, SCHEMA_VERSION), None, read_only=reason)
        return cls(path, connect_read_only(path), None, read_only=reason)

    @classmethod
    def create(
        cls, path: str | Path, data: model.EventData | None = None, *, lock: bool = True
    ) -> EventStore:
        """Write a new event file atomically: it appears complete or not at all."""
        path = Path(path)
        if path.exists():
            raise EventFileError(SAY.say("exists", path=path))
        if not path.parent.is_dir():
            raise EventFileError(SAY.say("no_folder", path=path.parent))
        tmp = path.with_name(f".{path.name}.part")
        remove_with_journal(tmp)  # left by a killed run: its journal must not be replayed
        try:
            migrate_file(tmp, 0)
            conn = connect(tmp)
            try:
                with immediate(conn):
                    write_all(conn, data or new_event_data())
            except apsw.ConstraintError as exc:
                raise InconsistentData(str(exc)) from None
            finally:
                conn.close()
            if path.exists():
                raise EventFileError(SAY.say("exists", path=path))
            tmp.replace(path)
        finally:
            remove_with_journal(tmp)
        return cls.open(path, lock=lock)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            # None tells the window the store is closed (it tests for that); every other
            # reader holds an open store, so the attribute keeps the open type
            self.conn = None  # type: ignore[assignment]
        if self._lock:
            self._lock.release()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_copy(self, target: str | Path) -> None:
        """A consistent copy through SQLite's backup API, even while editing goes on.

        The copy of a shared event is a plain event file: a desk of its own is made with
        "join", never by copying a desk (two files of one desk would tell its peers
        different stories under one name)."""
        target = Path(target)
        if target.resolve() in (self.path.resolve(), real_path(self.path)):
            raise EventFileError(SAY.say("copy_elsewhere"))
        from .lock import describe, holder

        editor = holder(target) if target.exists() else None
        if editor is not None:  # replacing it would pull the file from under its editor
            raise FileLocked(
                SAY.say("copy_open", name=target.name, holder=describe(editor)), editor
            )
        copy_database(self.conn, target, finish=log.uninstall if self.desk else None)

    # -------------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[apsw.Connection]:
        """Group writes; the outermost block commits, and listeners hear of it once.

        In a shared event the transaction is recorded (a SQLite session on the shared
        tables) and its change set logged for the other desks before it commits: the
        write and its log entry are kept together or not at all."""
        if self._depth == 0:
            if self.read_only:
                raise ReadOnlyFile(self.read_only)
            if self._in_wait:  # asked from the event loop the wait keeps running
                raise StoreBusy(SAY.say("still_waiting", name=self.path.name))
            self._wait_for("BEGIN IMMEDIATE")
            if self.desk is not None:
                self._recording = self.desk.begin()
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._end_recording(keep=False)
                self._roll_back_quietly()
                self._touched.clear()
            raise
        self._depth -= 1
        if self._depth == 0:
            touched, self._touched = self._touched, set()
            try:
                self._end_recording(keep=True)
                self._wait_for("COMMIT")
            except BaseException:
                # e.g. readers kept the file busy past the wait: nothing was written
                self._roll_back_quietly()
                raise
            for listener in list(self.listeners):
                listener(touched)

    def _end_recording(self, *, keep: bool) -> None:
        session, self._recording = self._recording, None
        if session is None or self.desk is None:
            return
        if keep:
            try:
                self.desk.end(session)
            except apsw.Error as exc:
                raise write_error(self.path, exc) from None
        else:
            session.close()

    def _roll_back_quietly(self) -> None:
        # after a full disk or an I/O error SQLite may have rolled back itself
        if self.conn.in_transaction:
            with contextlib.suppress(apsw.Error):
                self.conn.execute("ROLLBACK")

    def _wait_for(self, sql: str) -> None:
        """Run BEGIN IMMEDIATE or COMMIT, waiting in short steps while another program
        holds the file, for at most WRITE_WAIT_S; ``waiting`` hears of each step."""
        started = time.monotonic()
        told = False
        who: str | None = None  # asked once a wait: /proc/locks and the process table
        self.conn.set_busy_timeout(WAIT_STEP_MS)
        try:
            while True:
                try:
                    self.conn.execute(sql)
                    return
                except apsw.Error as exc:
                    if not is_busy(exc):
                        raise write_error(self.path, exc) from None
                waited = time.monotonic() - started
                if who is None:
                    who = self.holders()
                if waited >= WRITE_WAIT_S:
                    raise StoreBusy(busy_message(self.path, who, waited)) from None
                if self.waiting is not None:
                    told = True
                    self._in_wait = True
                    try:
                        go_on = self.waiting(waited, who)
                    finally:
                        self._in_wait = False
                    if not go_on:
                        raise StoreBusy(SAY.say("stopped_waiting", name=self.path.name)) from None
        finally:
            self.conn.set_busy_timeout(BUSY_TIMEOUT_MS)
            if told and self.waiting is not None:
                self.waiting(-1.0, "")

    def holders(self) -> str:
        """Which other program holds the file, as far as this system tells ("" if not)."""
        from .busy import who_holds

        return who_holds(self.path)

    def announce(self) -> None:
        """Tell listeners now of the writes made so far in the open transaction: a group
        of edits whose later steps need the views to show the earlier ones. (If the group
        is then rolled back, its owner tells them to read everything again.)"""
        if self._depth and self._touched:
            for listener in list(self.listeners):
                listener(set(self._touched))

    @property
    def in_transaction(self) -> bool:
        """True inside a ``transaction()`` block: the write lock is already held."""
        return self._depth > 0

    def _touch(self, table: str) -> None:
        self._touched.add(table)

    def data_version(self) -> int:
        """Changes when another connection commits: lets a window notice outside edits."""
        return self.conn.pragma("data_version")

    # ------------------------------------------------------------ generic reads
    @property
    def tables(self) -> set[str]:
        return set(self._columns)

    def columns(self, table: str) -> list[str]:
        try:
            return self._columns[table]
        except KeyError:
            raise ValueError(f"unknown table {table!r}") from None

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        cols = self.columns(table)
        row = self.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
        return None if row is None else dict(zip(cols, row))

    def rows(self, table: str, **where: Any) -> list[dict[str, Any]]:
        cols = self.columns(table)
        for key in where:
            if key not in cols:
                raise ValueError(f"{table} has no column {key!r}")
        clause = " AND ".join(f'"{k}" = ?' for k in where)
        order = "sort_order, id" if "sort_order" in cols else ("id" if "id" in cols else "rowid")
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {clause}" if clause else "")
        cur = self.conn.execute(sql + f" ORDER BY {order}", tuple(where.values()))
        return [dict(zip(cols, r)) for r in cur]

    # ----------------------------------------------------------- generic writes
    def new_key(self, table: str, values: dict[str, Any]) -> int | None:
        """The id a new row of ``table`` takes: None (SQLite's next number) in a file
        that was never shared, as always; in a shared event a random id, or for a day or
        a role type one made from its date or key, so desks adding the same one at once
        add one row."""
        if self.desk is None:
            return None
        natural = NATURAL_IDS.get(table)
        if natural and values.get(natural) is not None:
            key = ids.stable_id(table, values[natural])
            taken = self.conn.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (key,)).fetchone()
            if taken is None:  # (a day whose date was changed may hold it)
                return key
        return ids.new_id()

    def insert(self, table: str, values: dict[str, Any]) -> int:
        cols = self.columns(table)
        for key in values:
            if key not in cols:
                raise ValueError(f"{table} has no column {key!r}")
        with self.transaction() as conn:
            values = dict(values)
            if values.get("id") is None:
                values.pop("id", None)
                new_id = self.new_key(table, values)
                if new_id is not None:
                    values["id"] = new_id
            names = ", ".join(f'"{k}"' for k in values)
            marks = ", ".join("?" for _ in values)
            conn.execute(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(values.values())
            )
            self._touch(table)
            return int(values["id"]) if "id" in values else conn.last_insert_rowid()

    def update(self, table: str, row_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Change some columns of one row; returns their old values (for undo)."""
        cols = self.columns(table)
        for key in changes:
            if key not in cols or key == "id":
                raise ValueError(f"{table} has no column {key!r}")
        with self.transaction() as conn:
            old = self.get(table, row_id)
            if old is None:
                raise KeyError(f"{table} {row_id} does not exist")
            sets = ", ".join(f'"{k}" = ?' for k in changes)
            conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', (*changes.values(), row_id))
            self._touch(table)
        return {k: old[k] for k in changes}

    def delete(self, table: str, row_id: int) -> Snapshot:
        """Delete a row and what depends on it; the snapshot brings all of it back."""
        snap = Snapshot()
        with self.transaction() as conn:
            self._collect(table, row_id, snap)
            conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
            for t, _ in snap.rows:
                self._touch(t)
            for t, *_ in snap.cleared:
                self._touch(t)
        return snap

    def restore(self, snap: Snapshot) -> None:
        with self.transaction() as conn:
            for table, row in snap.rows:
                names = ", ".join(f'"{k}"' for k in row)
                marks = ", ".join("?" for _ in row)
                conn.execute(
                    f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values())
                )
                self._touch(table)
            for table, row_id, col, value in snap.cleared:
                conn.execute(f'UPDATE "{table}" SET "{col}" = ? WHERE id = ?', (value, row_id))
                self._touch(table)

    def replace_children(
        self, table: str, parent_col: str, parent_id: int | None, rows: Iterable[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Set an ordered child list (questions, affiliations, zones) in one step, edited
        in place (see ``children``). Returns the old rows, with their ids, so that undo
        can put them back the same way."""
        from .children import edit_children

        return edit_children(self, table, parent_col, parent_id, rows)

    def set_setting(self, key: str, value: Any) -> Any:
        """Store a JSON value under ``key``; returns the previous one (None when unset).

        The settings of one laptop (its badge sheet, the desk's printer and layout) stay
        in this file alone; every other setting describes the event and is shared."""
        old = self.setting(key)
        table = "local_settings" if key in LOCAL_SETTINGS else "settings"
        with self.transaction() as conn:
            if value is None:
                conn.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
            else:
                conn.execute(
                    f"INSERT INTO {table} (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
                )
            self._touch("settings")
        return old

    def setting(self, key: str, default: Any = None) -> Any:
        table = "local_settings" if key in LOCAL_SETTINGS else "settings"
        row = self.conn.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    # --------------------------------------------------------------- whole event
    def load(self) -> model.EventData:
        """The whole event as plain data, for renderers, checks and exports."""
        return read_all(self)

    # ------------------------------------------------------------------ helpers
    def _read_schema(self) -> None:
        self._columns, self._children = {}, {}
        tables = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for t in tables:
            self._columns[t] = [r[1] for r in self.conn.execute(f'PRAGMA table_info("{t}")')]
            for fk in self.conn.execute(f'PRAGMA foreign_key_list("{t}")'):
                parent, col, action = fk[2], fk[3], fk[6]
                self._children.setdefault(parent, []).append((t, col, action))

    def _collect(self, table: str, row_id: int, snap: Snapshot) -> None:
        row = self.get(table, row_id)
        if row is None:
            raise KeyError(f"{table} {row_id} does not exist")
        snap.rows.append((table, row))
        for child, col, action in self._children.get(table, []):
            ids = [
                r[0]
                for r in self.conn.execute(
                    f'SELECT id FROM "{child}" WHERE "{col}" = ? ORDER BY id', (row_id,)
                )
            ]
            for child_id in ids:
                if action == "CASCADE":
                    if not any(t == child and r["id"] == child_id for t, r in snap.rows):
                        self._collect(child, child_id, snap)
                elif action == "SET NULL":
                    snap.cleared.append((child, child_id, col, row_id))


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-v{version}-{stamp}{path.suffix}")
