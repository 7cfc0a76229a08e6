"""Attendees and the check-in desk: the SQL behind imports, check-ins and counters.

Check-ins come from a queue, sometimes from two desks (two processes) on one file. Each
write takes the write lock up front (``BEGIN IMMEDIATE``); while another desk holds the
file the store waits for it, a bounded time, telling the user who holds it (see
``EventStore.transaction``). A desk never sees "database is locked": a check-in is either
stored or reported as not stored (``StoreBusy``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from .. import model
from .errors import EventFileError, StoreBusy  # noqa: F401  (the desk's "not saved")
from .rows import row_of
from .store import EventStore


# ------------------------------------------------------------------- check-in
class AlreadyCheckedIn(ValueError):
    """The person has a check-in on that event day already; nothing was recorded."""

    def __init__(self, check_in: model.CheckIn):
        self.check_in = check_in
        super().__init__(f"already checked in on {check_in.at:%Y-%m-%d} at {check_in.at:%H:%M}")


#: The event day of a check-in: its own day, else the event day of its date.
_DAY_OF = "COALESCE(c.day_id, (SELECT d.id FROM days d WHERE d.date = substr(c.at, 1, 10)))"


def check_in_on_day(
    store: EventStore, person_id: int, at: datetime, day_id: int | None
) -> model.CheckIn | None:
    """The person's first check-in on the event day ``day_id`` (or, outside the event's
    days, on the date of ``at``), or None."""
    if day_id is not None:
        where, arg = f"{_DAY_OF} = ?", day_id
    else:
        where, arg = f"{_DAY_OF} IS NULL AND substr(c.at, 1, 10) = ?", at.date().isoformat()
    row = store.conn.execute(
        f"""SELECT c.id, c.person_id, c.day_id, c.at FROM check_ins c
            WHERE c.person_id = ? AND {where} ORDER BY c.at, c.id LIMIT 1""",
        (person_id, arg),
    ).fetchone()
    if row is None:
        return None
    return model.CheckIn(row[1], datetime.fromisoformat(row[3]), row[2], row[0])


def insert_check_in(
    store: EventStore,
    person_id: int,
    at: datetime,
    day_id: int | None,
    *,
    once_per_day: bool = False,
) -> int:
    """Record one check-in. With ``once_per_day`` a check-in already on that day raises
    ``AlreadyCheckedIn``; the test runs under the write lock, so two desks admitting the
    same person at once record one arrival."""

    def write() -> int:
        with store.transaction() as conn:
            if once_per_day:
                earlier = check_in_on_day(store, person_id, at, day_id)
                if earlier is not None:
                    raise AlreadyCheckedIn(earlier)
            cur = conn.execute(
                "INSERT INTO check_ins (person_id, day_id, at) VALUES (?, ?, ?)",
                (person_id, day_id, at.isoformat(timespec="seconds")),
            )
            store._touch("check_ins")
            return int(cur.lastrowid)

    return write()


def delete_check_in(store: EventStore, checkin_id: int) -> dict | None:
    """Remove one check-in; returns its row (None when it was already gone)."""

    def write() -> dict | None:
        with store.transaction() as conn:
            row = store.get("check_ins", checkin_id)
            if row is not None:
                conn.execute("DELETE FROM check_ins WHERE id = ?", (checkin_id,))
                store._touch("check_ins")
            return row

    return write()


def person_exists(store: EventStore, person_id: int) -> bool:
    return (
        store.conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is not None
    )


def check_ins_of(store: EventStore, person_id: int) -> list[model.CheckIn]:
    rows = store.conn.execute(
        "SELECT id, person_id, day_id, at FROM check_ins WHERE person_id = ? ORDER BY at, id",
        (person_id,),
    ).fetchall()
    return [model.CheckIn(r[1], datetime.fromisoformat(r[3]), r[2], r[0]) for r in rows]


def arrival_rows(store: EventStore) -> list[tuple[int, str, str, int | None, str]]:
    """(person id, category, registration status, day id, day date) of each check-in,
    the day taken from the check-in's day or, failing that, from the date of its time."""
    return store.conn.execute(
        """SELECT c.person_id, p.category, p.registration_status,
                  COALESCE(c.day_id, d.id), substr(c.at, 1, 10)
           FROM check_ins c JOIN people p ON p.id = c.person_id
           LEFT JOIN days d ON d.date = substr(c.at, 1, 10)"""
    ).fetchall()


def expected_rows(store: EventStore) -> list[tuple[str, int]]:
    """(category, count) of the people expected: not cancelled, not declined."""
    return store.conn.execute(
        """SELECT category, count(*) FROM people
           WHERE registration_status != 'cancelled' AND status NOT IN ('declined', 'cancelled')
           GROUP BY category"""
    ).fetchall()


def day_rows(store: EventStore) -> list[tuple[int, str, str]]:
    return store.conn.execute("SELECT id, date, label FROM days ORDER BY date").fetchall()


# --------------------------------------------------------------------- import
def write_import(
    store: EventStore,
    adds: Sequence[model.Person],
    updates: Sequence[tuple[int, model.Person, Sequence[str]]],
) -> tuple[list[int], list[int]]:
    """Insert new people and update matched ones, with their affiliations, at once.

    ``updates`` holds (person id, the person as it should be, the changed field names);
    only people columns named there are written, and affiliations when "organisation"
    or "position" changed. Returns the new ids and the updated ids.
    """
    people_cols = set(store.columns("people"))

    def write() -> tuple[list[int], list[int]]:
        added: list[int] = []
        updated: list[int] = []
        with store.transaction() as conn:
            for person in adds:
                row = {k: v for k, v in row_of(person, "people").items() if k in people_cols}
                row.pop("id", None)
                names = ", ".join(f'"{k}"' for k in row)
                marks = ", ".join("?" for _ in row)
                cur = conn.execute(
                    f"INSERT INTO people ({names}) VALUES ({marks})", tuple(row.values())
                )
                new_id = int(cur.lastrowid)
                _write_affiliations(conn, new_id, person.affiliations)
                added.append(new_id)
            for person_id, person, fields in updates:
                row = row_of(person, "people")
                columns = [f for f in fields if f in people_cols and f != "id"]
                if "country" in fields and "notes" not in columns:
                    columns.append("notes")
                if columns:
                    sets = ", ".join(f'"{c}" = ?' for c in columns)
                    cur = conn.execute(
                        f"UPDATE people SET {sets} WHERE id = ?",
                        (*(row[c] for c in columns), person_id),
                    )
                    if cur.rowcount != 1:
                        raise EventFileError(
                            f"{person.name} was removed from the event since the preview; "
                            "preview the import again"
                        )
                if "organisation" in fields or "position" in fields:
                    conn.execute("DELETE FROM affiliations WHERE person_id = ?", (person_id,))
                    _write_affiliations(conn, person_id, person.affiliations)
                updated.append(person_id)
            store._touch("people")
            store._touch("affiliations")
        return added, updated

    return write()


def _write_affiliations(
    conn: sqlite3.Connection, person_id: int, affiliations: Sequence[model.Affiliation]
) -> None:
    conn.executemany(
        "INSERT INTO affiliations (person_id, sort_order, position, organisation) VALUES (?, ?, ?, ?)",
        [(person_id, i, a.position, a.organisation) for i, a in enumerate(affiliations)],
    )


def counts(store: EventStore) -> dict[str, int]:
    """Rows per attendee table: what tests compare before and after a refused import."""
    return {
        t: store.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        for t in ("people", "affiliations", "check_ins")
    }
