"""A small event schema shaped like the store's, for building and measuring sharing
before the store moves to apsw.

It has what the rules must handle: people with a uid, a child list with stable keys
(affiliations, edited in place), check-ins keyed by person, event day and desk, the
print log, a task whose reference is cleared when its person goes, days and the event
row named by natural keys, and a key/value settings table. The store's real table list
replaces ``RULES`` at integration; the writes below show the shape the store's writes
must take (explicit random ids, in-place edits).
"""

from __future__ import annotations

import os
from datetime import datetime

import apsw

from .desk import Desk, connect
from .ids import new_id, stable_id
from .rules import ARRIVALS, Rules, TableRule

SCHEMA_VERSION = 1

DDL = (
    """CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uid TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE days (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        given_name TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'participant',
        dietary_needs TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE affiliations (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        position TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX affiliations_person ON affiliations(person_id)",
    """CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL
    )""",
    """CREATE TABLE check_ins (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        at TEXT NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        UNIQUE (person_id, day, desk)
    )""",
    """CREATE TABLE print_log (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        printed_at TEXT NOT NULL,
        person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
        desk TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX print_log_person ON print_log(person_id)",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
)

RULES = Rules(
    {
        "event": TableRule(natural_key=True),
        "days": TableRule(natural_key=True),
        "people": TableRule(),
        "affiliations": TableRule(),
        "tasks": TableRule(),
        "check_ins": TableRule(kind=ARRIVALS, group=("person_id", "day"), order=("at", "desk")),
        "print_log": TableRule(),
        "settings": TableRule(natural_key=True),
    }
)


def create(
    path: str | os.PathLike[str], *, title: str = "Event", people: int = 0, uid: str = "EVENT"
) -> None:
    """A new unshared event file with ``people`` people (ids as an older file has them)."""
    conn = connect(path, create=True)
    with conn:
        for statement in DDL:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("INSERT INTO event (id, uid, title) VALUES (1, ?, ?)", (uid, title))
        conn.executemany(
            "INSERT INTO people (id, uid, given_name, family_name) VALUES (?, ?, ?, ?)",
            [(n, f"P{n:05d}", f"Given{n}", f"Family{n}") for n in range(1, people + 1)],
        )
    conn.close()


def share(path: str | os.PathLike[str], name: str, code: str = "") -> Desk:
    """Make the file the first desk of its event."""
    conn = connect(path)
    event = conn.execute("SELECT uid FROM event WHERE id = 1").fetchone()[0]
    return Desk.enable(conn, RULES, event=event, name=name, code=code)


def open_desk(path: str | os.PathLike[str]) -> Desk:
    return Desk(connect(path), RULES)


# ------------------------------------------------------------------- writes
def add_person(desk: Desk, given: str, family: str, **fields: str) -> int:
    pid = new_id()
    cols = {"id": pid, "uid": f"U{pid}", "given_name": given, "family_name": family, **fields}
    with desk.write() as conn:
        _insert(conn, "people", cols)
    return pid


def add_affiliation(desk: Desk, person_id: int, position: str, organisation: str) -> int:
    aid = new_id()
    with desk.write() as conn:
        order = conn.execute(
            "SELECT coalesce(max(sort_order) + 1, 0) FROM affiliations WHERE person_id = ?",
            (person_id,),
        ).fetchone()[0]
        _insert(
            conn,
            "affiliations",
            {
                "id": aid,
                "person_id": person_id,
                "sort_order": order,
                "position": position,
                "organisation": organisation,
            },
        )
    return aid


def add_day(desk: Desk, date: str, label: str = "") -> int:
    did = stable_id("days", date)
    with desk.write() as conn:
        _insert(conn, "days", {"id": did, "date": date, "label": label})
    return did


def check_in(desk: Desk, person_id: int, day: str, at: datetime | str) -> int | None:
    """Record an arrival; None when the person already has one that day (made here, or
    on a desk whose changes have arrived)."""
    at = at if isinstance(at, str) else at.isoformat(timespec="seconds")
    with desk.write() as conn:
        if conn.execute(
            "SELECT 1 FROM check_ins WHERE person_id = ? AND day = ?", (person_id, day)
        ).fetchone():
            return None
        cid = new_id()
        _insert(
            conn,
            "check_ins",
            {"id": cid, "person_id": person_id, "day": day, "at": at, "desk": desk.id},
        )
        _insert(
            conn,
            "print_log",
            {
                "id": new_id(),
                "kind": "badge",
                "printed_at": at,
                "person_id": person_id,
                "desk": desk.id,
            },
        )
    return cid


def update(desk: Desk, table: str, row_id: int, **changes: object) -> None:
    sets = ", ".join(f'"{k}" = ?' for k in changes)
    with desk.write() as conn:
        conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', (*changes.values(), row_id))


def delete(desk: Desk, table: str, row_id: int) -> None:
    with desk.write() as conn:
        conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))


def set_setting(desk: Desk, key: str, value: str) -> None:
    with desk.write() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _insert(conn: apsw.Connection, table: str, cols: dict[str, object]) -> None:
    names = ", ".join(f'"{k}"' for k in cols)
    marks = ", ".join("?" for _ in cols)
    conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(cols.values()))


# -------------------------------------------------------------------- reads
def dump(conn: apsw.Connection) -> dict[str, list[tuple]]:
    """Every shared row, in key order: two desks hold the same event when dumps match."""
    out = {}
    for table in RULES.shared:
        out[table] = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
    return out


def earliest_arrivals(conn: apsw.Connection) -> dict[tuple[int, str], tuple[str, str]]:
    """(person, day) -> (at, desk) of the check-in that counts."""
    out: dict[tuple[int, str], tuple[str, str]] = {}
    for pid, day, at, desk in conn.execute(
        "SELECT person_id, day, at, desk FROM check_ins ORDER BY at, desk"
    ):
        out.setdefault((pid, day), (at, desk))
    return out
