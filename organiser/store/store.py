"""The event file: the only place that speaks SQL.

Every write is one transaction taken with ``BEGIN IMMEDIATE`` (so a second writer waits
for the lock instead of failing half-way) and committed at once. The file uses a rollback
journal, not WAL: after each commit the ``.organiser`` file alone holds every edit, so
copying it while the app runs loses nothing.

Edits are generic (insert, update, delete with a snapshot of what went with the row,
restore) so the GUI's undo commands need no SQL of their own.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import model
from .errors import EventFileError
from .fileinfo import check_event_file
from .lock import EventLock
from .rows import object_of, row_of
from .schema import SCHEMA_VERSION, migrate

SUFFIX = ".organiser"
BUSY_TIMEOUT_MS = 15_000

Listener = Callable[[set[str]], None]


@dataclass
class Snapshot:
    """Rows removed by a delete, in insertion order, and references it cleared."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cleared: list[tuple[str, int, str, int]] = field(default_factory=list)  # table, id, col, value


class EventStore:
    """One open event file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: EventLock | None):
        self.path = path
        self.conn = conn
        self._lock = lock
        self._depth = 0
        self._touched: set[str] = set()
        self.listeners: list[Listener] = []
        self._columns: dict[str, list[str]] = {}
        self._children: dict[str, list[tuple[str, str, str]]] = {}
        self._read_schema()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path, *, lock: bool = True) -> EventStore:
        """Open an existing event file, migrating an older one after a backup."""
        path = Path(path)
        version = check_event_file(path)
        file_lock = EventLock(path) if lock else None
        if file_lock:
            file_lock.acquire()
        try:
            conn = _connect(path)
            if version == -1:  # a journal was rolled back on connect: check it again
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.close()
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
    def create(
        cls, path: str | Path, data: model.EventData | None = None, *, lock: bool = True
    ) -> EventStore:
        """Write a new event file atomically: it appears complete or not at all."""
        path = Path(path)
        if path.exists():
            raise EventFileError(f"“{path}” already exists; choose another name.")
        if not path.parent.is_dir():
            raise EventFileError(f"The folder “{path.parent}” does not exist.")
        tmp = path.with_name(f".{path.name}.part")
        tmp.unlink(missing_ok=True)
        try:
            conn = _connect(tmp)
            with _transaction(conn):
                migrate(conn, 0)
                _write_all(conn, data or new_event_data())
            conn.close()
            if path.exists():
                raise EventFileError(f"“{path}” already exists; choose another name.")
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
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
        if target.resolve() == self.path.resolve():
            raise EventFileError("Choose a different file for the copy.")
        tmp = target.with_name(f".{target.name}.part")
        tmp.unlink(missing_ok=True)
        try:
            dest = sqlite3.connect(tmp)
            with dest:
                self.conn.backup(dest)
            dest.close()
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)

    # -------------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Group writes; the outermost block commits, and listeners hear of it once."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
                self._touched.clear()
            raise
        self._depth -= 1
        if self._depth == 0:
            touched, self._touched = self._touched, set()
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                # e.g. readers kept the file busy past the timeout: nothing was written
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            for listener in list(self.listeners):
                listener(touched)

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
    data.role_types = [model.RoleType(*spec) for spec in model.DEFAULT_ROLE_TYPES]
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
            [
                {"session_id": session.id, "sort_order": i, "text": q}
                for i, q in enumerate(session.guiding_questions)
            ],
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
        raise EventFileError(f"“{store.path.name}” holds no event.")
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
    for r in store.rows("guiding_questions"):
        questions.setdefault(r["session_id"], []).append(r["text"])
    roles: dict[int, list[model.Role]] = {}
    for r in store.rows("roles"):
        roles.setdefault(r["session_id"], []).append(object_of("roles", r))
    day_dates = {d.id: d.date for d in data.days}
    data.sessions = sorted(
        objects("sessions"), key=lambda s: (day_dates.get(s.day_id), s.starts, s.ends, s.id)
    )
    for s in data.sessions:
        s.guiding_questions = questions.get(s.id, [])
        s.roles = sorted(roles.get(s.id, []), key=lambda r: (r.sort_order, r.id))
    data.tasks = objects("tasks")
    data.check_ins = objects("check_ins")
    data.print_log = objects("print_log")
    data.settings = {r["key"]: json.loads(r["value"]) for r in store.rows("settings")}
    return data
