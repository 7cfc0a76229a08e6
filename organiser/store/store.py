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
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import model
from .errors import EventFileError, FileLocked, ReadOnlyFile, StoreBusy, WriteFailed
from .fileinfo import check_event_file, is_writable
from .lock import EventLock, real_path
from .messages import SAY
from .rows import object_of, row_of
from .schema import SCHEMA_VERSION, migrate

SUFFIX = ".organiser"
#: How long a read waits for another program's commit (commits are short).
BUSY_TIMEOUT_MS = 5_000
#: One step of a write's wait for the lock; between steps ``waiting`` is asked.
WAIT_STEP_MS = 200
#: The longest a write waits for another program before it gives up.
WRITE_WAIT_S = 30.0

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
        conn: sqlite3.Connection,
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
        self.listeners: list[Listener] = []
        self._columns: dict[str, list[str]] = {}
        self._children: dict[str, list[tuple[str, str, str]]] = {}
        self._read_schema()

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
            return cls._open_read_only(path, version, _read_only_reason(path, read_only))
        file_lock = EventLock(path) if lock else None
        if file_lock:
            file_lock.acquire(force=force_unlock)
        try:
            if version == -1:  # an interrupted write: SQLite rolls its journal back first
                _roll_back(path)
                version = check_event_file(path, journal_checked=True)
            conn = _connect(path)
            if version < SCHEMA_VERSION:
                conn.close()
                backup = backup_path(path, version)
                shutil.copy2(path, backup)
                conn = _connect(path)
                with _transaction(conn):
                    migrate(conn, version)
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
            return cls(path, _memory_copy(path, version), None, read_only=reason)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return cls(path, conn, None, read_only=reason)

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
        _remove_with_journal(tmp)  # left by a killed run: its journal must not be replayed
        try:
            conn = _connect(tmp)
            with _transaction(conn):
                migrate(conn, 0)
                _write_all(conn, data or new_event_data())
            conn.close()
            if path.exists():
                raise EventFileError(SAY.say("exists", path=path))
            tmp.replace(path)
        finally:
            _remove_with_journal(tmp)
        return cls.open(path, lock=lock)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        if self._lock:
            self._lock.release()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_copy(self, target: str | Path) -> None:
        """A consistent copy through SQLite's backup API, even while editing goes on."""
        target = Path(target)
        if target.resolve() in (self.path.resolve(), real_path(self.path)):
            raise EventFileError(SAY.say("copy_elsewhere"))
        from .lock import describe, holder

        editor = holder(target) if target.exists() else None
        if editor is not None:  # replacing it would pull the file from under its editor
            raise FileLocked(
                SAY.say("copy_open", name=target.name, holder=describe(editor)), editor
            )
        copy_database(self.conn, target)

    # -------------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Group writes; the outermost block commits, and listeners hear of it once."""
        if self._depth == 0:
            if self.read_only:
                raise ReadOnlyFile(self.read_only)
            if self._in_wait:  # asked from the event loop the wait keeps running
                raise StoreBusy(SAY.say("still_waiting", name=self.path.name))
            self._wait_for("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._roll_back_quietly()
                self._touched.clear()
            raise
        self._depth -= 1
        if self._depth == 0:
            touched, self._touched = self._touched, set()
            try:
                self._wait_for("COMMIT")
            except BaseException:
                # e.g. readers kept the file busy past the wait: nothing was written
                self._roll_back_quietly()
                raise
            for listener in list(self.listeners):
                listener(touched)

    def _roll_back_quietly(self) -> None:
        # after a full disk or an I/O error SQLite may have rolled back itself
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def _wait_for(self, sql: str) -> None:
        """Run BEGIN IMMEDIATE or COMMIT, waiting in short steps while another program
        holds the file, for at most WRITE_WAIT_S; ``waiting`` hears of each step."""
        started = time.monotonic()
        told = False
        self.conn.execute(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
        try:
            while True:
                try:
                    self.conn.execute(sql)
                    return
                except sqlite3.OperationalError as exc:
                    if not _busy(exc):
                        raise _write_error(self.path, exc) from None
                waited = time.monotonic() - started
                who = self.holders()
                if waited >= WRITE_WAIT_S:
                    raise StoreBusy(_busy_message(self.path, who, waited)) from None
                if self.waiting is not None:
                    told = True
                    self._in_wait = True
                    try:
                        go_on = self.waiting(waited, who)
                    finally:
                        self._in_wait = False
                    if not go_on:
                        raise StoreBusy(SAY.say("stopped_waiting", name=self.path.name)) from None
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) from None
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    # ------------------------------------------------------------ generic reads
    def columns(self, table: str) -> list[str]:
        try:
            return self._columns[table]
        except KeyError:
            raise ValueError(f"unknown table {table!r}") from None

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        self.columns(table)
        cur = self.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row))

    def rows(self, table: str, **where: Any) -> list[dict[str, Any]]:
        cols = self.columns(table)
        for key in where:
            if key not in cols:
                raise ValueError(f"{table} has no column {key!r}")
        clause = " AND ".join(f'"{k}" = ?' for k in where)
        order = "sort_order, id" if "sort_order" in cols else ("id" if "id" in cols else "rowid")
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {clause}" if clause else "")
        cur = self.conn.execute(sql + f" ORDER BY {order}", tuple(where.values()))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    # ----------------------------------------------------------- generic writes
    def insert(self, table: str, values: dict[str, Any]) -> int:
        cols = self.columns(table)
        for key in values:
            if key not in cols:
                raise ValueError(f"{table} has no column {key!r}")
        names = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join("?" for _ in values)
        with self.transaction() as conn:
            cur = conn.execute(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(values.values())
            )
            self._touch(table)
            return int(cur.lastrowid)

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
        """Set an ordered child list (questions, affiliations, zones) in one step.

        Returns the old rows so that undo can put them back the same way.
        """
        cols = self.columns(table)
        with self.transaction() as conn:
            if parent_col:
                old = self.rows(table, **{parent_col: parent_id})
                conn.execute(f'DELETE FROM "{table}" WHERE "{parent_col}" = ?', (parent_id,))
            else:
                old = self.rows(table)
                conn.execute(f'DELETE FROM "{table}"')
            for order, row in enumerate(rows):
                values = {k: v for k, v in row.items() if k in cols and k != "id"}
                if "sort_order" in cols:
                    values["sort_order"] = order
                if parent_col:
                    values[parent_col] = parent_id
                names = ", ".join(f'"{k}"' for k in values)
                marks = ", ".join("?" for _ in values)
                conn.execute(
                    f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(values.values())
                )
            self._touch(table)
        return old

    def set_setting(self, key: str, value: Any) -> Any:
        """Store a JSON value under ``key``; returns the previous one (None when unset)."""
        old = self.setting(key)
        with self.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO settings(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
                )
            self._touch("settings")
        return old

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    # --------------------------------------------------------------- whole event
    def load(self) -> model.EventData:
        """The whole event as plain data, for renderers, checks and exports."""
        return _read_all(self)

    # ------------------------------------------------------------------ helpers
    def _read_schema(self) -> None:
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


def _remove_with_journal(path: Path) -> None:
    for name in (str(path), f"{path}-journal"):
        Path(name).unlink(missing_ok=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database through SQLite's backup API, written beside
    ``target`` and moved into place once complete: a reader never sees half of it."""
    tmp = target.with_name(f".{target.name}.part")
    _remove_with_journal(tmp)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        tmp.replace(target)
    finally:
        _remove_with_journal(tmp)


def _read_only_reason(path: Path, asked: bool) -> str:
    if asked:
        return SAY.say("viewing_only", name=path.name)
    where = SAY.say("folder_is" if os.access(path, os.W_OK) else "file_is")
    return SAY.say("read_only", name=path.name, where=where)


def _roll_back(path: Path) -> None:
    """Let SQLite roll back the journal an interrupted write left, through an ordinary
    writable connection: reading the schema is enough to make it do so."""
    conn = _connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass  # judged by check_event_file next, with the journal gone or not
    finally:
        conn.close()


def _memory_copy(path: Path, version: int) -> sqlite3.Connection:
    """The event in memory, for viewing a file we may not change: a journal left beside it
    is rolled back in a copy of both files, an older format upgraded in memory."""
    with tempfile.TemporaryDirectory(prefix="organiser-view-") as folder:
        source = path
        if version == -1:
            source = Path(folder) / path.name
            shutil.copyfile(path, source)
            for suffix in ("-journal", "-wal"):
                side = Path(f"{path}{suffix}")
                if side.exists():
                    shutil.copyfile(side, Path(f"{source}{suffix}"))
            _roll_back(source)
            version = check_event_file(source, journal_checked=True)
        uri = f"{source.resolve().as_uri()}?mode=ro"
        disk = sqlite3.connect(uri, uri=True)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            disk.backup(memory)
        finally:
            disk.close()
    memory.execute("PRAGMA foreign_keys = ON")
    if version < SCHEMA_VERSION:
        with _transaction(memory):
            migrate(memory, version)
    return memory


def _busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _busy_message(path: Path, who: str, waited: float) -> str:
    holder = who or SAY.say("another_program")
    return SAY.say("busy", name=path.name, holder=holder, seconds=f"{waited:.0f}")


def _write_error(path: Path, exc: sqlite3.Error) -> WriteFailed:
    """What a failed write means for the user, and what to do about it."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyFile(_read_only_reason(path, False))
    if "full" in text:
        return WriteFailed(SAY.say("disk_full", name=path.name))
    if "unable to open" in text:
        return WriteFailed(SAY.say("cannot_write", name=path.name))
    if _busy(exc):
        return StoreBusy(_busy_message(path, "", 0))
    return WriteFailed(SAY.say("write_failed", name=path.name, reason=exc))


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def new_event_data(title: str = "") -> model.EventData:
    """A fresh event: the built-in roles and nothing else."""
    data = model.EventData(event=model.Event(title=title))
    from ..i18n import french_role_defaults

    french = french_role_defaults()
    data.role_types = [
        model.RoleType(*spec, **french.get(spec[0], {})) for spec in model.DEFAULT_ROLE_TYPES
    ]
    return data


def _insert_many(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    names = list(rows[0])
    sql = f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" for _ in names)})'
    conn.executemany(sql, [tuple(r[n] for n in names) for r in rows])


def _strip_id(row: dict[str, Any]) -> dict[str, Any]:
    if row.get("id") is None:
        row.pop("id", None)
    return row


def _write_all(conn: sqlite3.Connection, data: model.EventData) -> None:
    """Write a whole event into empty tables, keeping the ids it carries."""
    _insert_many(conn, "event", [row_of(data.event, "event", id=1)])
    _insert_many(
        conn,
        "display_time_zones",
        [{"sort_order": i, "zone": z} for i, z in enumerate(data.event.display_time_zones)],
    )
    for table, items in (
        ("days", data.days),
        ("rooms", data.rooms),
        ("partners", data.partners),
        ("role_types", data.role_types),
        ("contacts", data.contacts),
    ):
        ordered = table in ("rooms", "partners", "role_types", "contacts")
        for i, item in enumerate(items):
            extra = {"sort_order": i} if ordered else {}
            cur = conn.execute(*_insert_sql(table, _strip_id(row_of(item, table, **extra))))
            item.id = cur.lastrowid
    for person in data.people:
        cur = conn.execute(*_insert_sql("people", _strip_id(row_of(person, "people"))))
        person.id = cur.lastrowid
        _insert_many(
            conn,
            "affiliations",
            [
                {"person_id": person.id, "sort_order": i, **row_of(a, "affiliations")}
                for i, a in enumerate(person.affiliations)
            ],
        )
    for session in data.sessions:
        cur = conn.execute(*_insert_sql("sessions", _strip_id(row_of(session, "sessions"))))
        session.id = cur.lastrowid
        _insert_many(
            conn,
            "guiding_questions",
            question_rows(session.id, session.guiding_questions, session.guiding_questions_fr),
        )
        for role in session.roles:
            cur = conn.execute(
                *_insert_sql("roles", _strip_id(row_of(role, "roles", session_id=session.id)))
            )
            role.id = cur.lastrowid
    for table, items in (
        ("tasks", data.tasks),
        ("check_ins", data.check_ins),
        ("print_log", data.print_log),
    ):
        for item in items:
            cur = conn.execute(*_insert_sql(table, _strip_id(row_of(item, table))))
            item.id = cur.lastrowid
    _insert_many(
        conn,
        "settings",
        [
            {"key": k, "value": json.dumps(v, ensure_ascii=False, sort_keys=True)}
            for k, v in sorted(data.settings.items())
        ],
    )


def question_rows(
    session_id: int | None, english: list[str], french: list[str]
) -> list[dict[str, Any]]:
    """The guiding_questions rows of a session: each English question with its French one
    at the same place (either may be empty when only one language has it)."""
    count = max(len(english), len(french))
    return [
        {
            "session_id": session_id,
            "sort_order": i,
            "text": english[i] if i < len(english) else "",
            "text_fr": french[i] if i < len(french) else "",
        }
        for i in range(count)
    ]


def _insert_sql(table: str, row: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    names = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join("?" for _ in row)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values())


def _read_all(store: EventStore) -> model.EventData:
    def objects(table: str) -> list[Any]:
        return [object_of(table, r) for r in store.rows(table)]

    data = model.EventData()
    event_row = store.get("event", 1)
    if event_row is None:
        raise EventFileError(SAY.say("no_event", name=store.path.name))
    data.event = object_of("event", event_row)
    data.event.display_time_zones = [r["zone"] for r in store.rows("display_time_zones")]
    data.days = sorted(objects("days"), key=lambda d: d.date)
    data.rooms = objects("rooms")
    data.partners = objects("partners")
    data.role_types = objects("role_types")
    data.contacts = objects("contacts")
    affiliations: dict[int, list[model.Affiliation]] = {}
    for r in store.rows("affiliations"):
        affiliations.setdefault(r["person_id"], []).append(object_of("affiliations", r))
    data.people = objects("people")
    for p in data.people:
        p.affiliations = affiliations.get(p.id, [])
    questions: dict[int, list[str]] = {}
    questions_fr: dict[int, list[str]] = {}
    for r in store.rows("guiding_questions"):
        questions.setdefault(r["session_id"], []).append(r["text"])
        questions_fr.setdefault(r["session_id"], []).append(r.get("text_fr") or "")
    roles: dict[int, list[model.Role]] = {}
    for r in store.rows("roles"):
        roles.setdefault(r["session_id"], []).append(object_of("roles", r))
    day_dates = {d.id: d.date for d in data.days}
    data.sessions = sorted(
        objects("sessions"), key=lambda s: (day_dates.get(s.day_id), s.starts, s.ends, s.id)
    )
    for s in data.sessions:
        s.guiding_questions = questions.get(s.id, [])
        french = questions_fr.get(s.id, [])
        s.guiding_questions_fr = french if any(french) else []
        s.roles = sorted(roles.get(s.id, []), key=lambda r: (r.sort_order, r.id))
    data.tasks = objects("tasks")
    data.check_ins = objects("check_ins")
    data.print_log = objects("print_log")
    data.settings = {r["key"]: json.loads(r["value"]) for r in store.rows("settings")}
    return data
