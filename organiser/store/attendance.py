"""Attendees and the check-in desk: the SQL behind imports, check-ins and counters.

Check-ins come from a queue, sometimes from two desks (two processes) on one file. Each
write takes the write lock up front (``BEGIN IMMEDIATE``); while another desk holds the
file the store waits for it, a bounded time, telling the user who holds it (see
``EventStore.transaction``). A desk never sees "database is locked": a check-in is either
stored or reported as not stored (``StoreBusy``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from .. import model
from .children import edit_children
from .errors import EventFileError, StoreBusy  # noqa: F401  (the desk's "not saved")
from .rows import row_of
from .store import EventStore


# ------------------------------------------------------------------- check-in
class AlreadyCheckedIn(ValueError):
    """The person has a check-in on that event day already; nothing was recorded."""

    def __init__(self, check_in: model.CheckIn):
        self.check_in = check_in
        super().__init__(f"already checked in on {check_in.at:%Y-%m-%d} at {check_in.at:%H:%M}")


def day_of(store: EventStore, at: datetime, day_id: int | None) -> str:
    """The event day a check-in counts for, as the file keys it: the date of its event
    day, else (outside the event's days) the date of its time."""
    if day_id is not None:
        row = store.conn.execute("SELECT date FROM days WHERE id = ?", (day_id,)).fetchone()
        if row is not None:
            return row[0]
    return at.date().isoformat()


def _check_in(row: tuple) -> model.CheckIn:
    """A check-in from (id, person_id, day_id, at, desk)."""
    return model.CheckIn(row[1], datetime.fromisoformat(row[3]), row[2], row[0], row[4])


_COLUMNS = "id, person_id, day_id, at, desk"


def check_in_on_day(
    store: EventStore, person_id: int, at: datetime, day_id: int | None
) -> model.CheckIn | None:
    """The person's check-in on the event day ``day_id`` (or, outside the event's days,
    on the date of ``at``), or None. Where desks sharing the event each admitted the
    person while apart, the earliest arrival is the check-in."""
    row = store.conn.execute(
        f"""SELECT {_COLUMNS} FROM check_ins WHERE person_id = ? AND day = ?
            ORDER BY at, desk, id LIMIT 1""",
        (person_id, day_of(store, at, day_id)),
    ).fetchone()
    return None if row is None else _check_in(row)


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
    same person at once on one file record one arrival. (Desks sharing an event through
    their own files each record theirs while apart; see ``sync.rules``.)"""

    def write() -> int:
        with store.transaction():
            if once_per_day:
                earlier = check_in_on_day(store, person_id, at, day_id)
                if earlier is not None:
                    raise AlreadyCheckedIn(earlier)
            row = {
                "person_id": person_id,
                "day_id": day_id,
                "day": day_of(store, at, day_id),
                "at": at.isoformat(timespec="seconds"),
                "desk": store.desk.id if store.desk else "",
            }
            return store.insert("check_ins", row)

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
        f"SELECT {_COLUMNS} FROM check_ins WHERE person_id = ? ORDER BY at, desk, id",
        (person_id,),
    ).fetchall()
    return [_check_in(r) for r in rows]


def arrival_rows(store: EventStore) -> list[tuple[int, str, str, int | None, str]]:
    """(person id, category, registration status, day id, day date) of each check-in,
    the day taken from the check-in's day or, failing that, from the date of its time."""
    rows = store.conn.execute(
        """SELECT c.person_id, p.category, p.registration_status,
                  COALESCE(c.day_id, d.id), substr(c.at, 1, 10)
           FROM check_ins c JOIN people p ON p.id = c.person_id
           LEFT JOIN days d ON d.date = substr(c.at, 1, 10)"""
    ).fetchall()
    # NOT NULL columns of these types (schema); the day id is None when no day matches
    return cast(list[tuple[int, str, str, int | None, str]], rows)


def expected_rows(store: EventStore) -> list[tuple[str, int]]:
    """(category, count) of the people expected: not cancelled, not declined."""
    rows = store.conn.execute(
        """SELECT category, count(*) FROM people
           WHERE registration_status != 'cancelled' AND status NOT IN ('declined', 'cancelled')
           GROUP BY category"""
    ).fetchall()
    return cast(list[tuple[str, int]], rows)  # category is TEXT NOT NULL (schema)


def day_rows(store: EventStore) -> list[tuple[int, str, str]]:
    rows = store.conn.execute("SELECT id, date, label FROM days ORDER BY date").fetchall()
    return cast(list[tuple[int, str, str]], rows)  # NOT NULL columns of these types (schema)


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
                new_id = store.insert("people", row)
                _write_affiliations(store, new_id, person.affiliations)
                added.append(new_id)
            for person_id, person, fields in updates:
                row = row_of(person, "people")
                columns = [f for f in fields if f in people_cols and f != "id"]
                if "country" in fields and "notes" not in columns:
                    columns.append("notes")
                if columns:
                    sets = ", ".join(f'"{c}" = ?' for c in columns)
                    conn.execute(
                        f"UPDATE people SET {sets} WHERE id = ?",
                        (*(row[c] for c in columns), person_id),
                    )
                    if conn.changes() != 1:
                        raise EventFileError(
                            f"{person.name} was removed from the event since the preview; "
                            "preview the import again"
                        )
                if "organisation" in fields or "position" in fields:
                    _write_affiliations(store, person_id, person.affiliations)
                updated.append(person_id)
            store._touch("people")
            store._touch("affiliations")
        return added, updated

    return write()


def _write_affiliations(
    store: EventStore, person_id: int, affiliations: Sequence[model.Affiliation]
) -> None:
    """Set the person's affiliations, each one kept in its row where it stays (in place:
    see ``children``)."""
    rows = [{"position": a.position, "organisation": a.organisation} for a in affiliations]
    edit_children(store, "affiliations", "person_id", person_id, rows)


def counts(store: EventStore) -> dict[str, int]:
    """Rows per attendee table: what tests compare before and after a refused import."""
    return {
        t: store.conn.execute(f'SELECT count(*) FROM "{t}"').get
        for t in ("people", "affiliations", "check_ins")
    }
