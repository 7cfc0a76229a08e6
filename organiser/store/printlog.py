"""Queries for the print log and for what one badge needs, without loading the whole event.

The desk prints one badge while a queue waits, so ``badge_event_data`` reads only the
rows a badge shows (the event, its days, the settings, one person with affiliations and
roles) instead of ``EventStore.load()``'s whole file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from .. import model
from .rows import object_of, to_db
from .store import EventStore

SHEET_KEY = "badge_sheet"


def last_badge_prints(store: EventStore) -> dict[int, model.PrintRecord]:
    """The most recent badge print of each person who has one."""
    cur = store.conn.execute(
        "SELECT * FROM print_log WHERE kind = 'badge' AND person_id IS NOT NULL "
        "ORDER BY printed_at, id"
    )
    names = store.columns("print_log")
    out: dict[int, model.PrintRecord] = {}
    for row in cur.fetchall():
        rec = object_of("print_log", dict(zip(names, row)))
        out[rec.person_id] = rec
    return out


def record_badge_prints(
    store: EventStore,
    entries: Iterable[tuple[int, str, dict[str, str]]],
    layout: str,
    *,
    options: dict[str, Any] | None = None,
    printed_at: datetime | None = None,
    sheet: tuple[str, list[int]] | None = None,
) -> int:
    """Log one badge per (person_id, fingerprint, items), and the sheet memory, at once.

    ``items`` are the per-aspect fingerprints the stale-paper list compares against."""
    at = to_db((printed_at or datetime.now()).replace(microsecond=0))
    opts = json.dumps(options or {}, ensure_ascii=False, sort_keys=True)
    desk = store.desk.id if store.desk else ""
    rows = [
        (
            store.new_key("print_log", {}),
            "badge",
            at,
            layout,
            pid,
            fp,
            json.dumps(items, sort_keys=True),
            opts,
            desk,
        )
        for pid, fp, items in entries
    ]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO print_log (id, kind, printed_at, layout, person_id, fingerprint, "
            "items, options, desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        store._touch("print_log")
        if sheet is not None:
            set_sheet_slots(store, *sheet)
    return len(rows)


def sheet_memory(store: EventStore) -> dict[str, list[int]]:
    raw = store.setting(SHEET_KEY, {})
    if not isinstance(raw, dict):
        return {}
    out = {}
    for name, slots in raw.items():
        if isinstance(slots, list):
            out[str(name)] = sorted({int(s) for s in slots if isinstance(s, int) and s >= 0})
    return out


def set_sheet_slots(store: EventStore, layout: str, used: list[int]) -> None:
    """Remember the used slots of the current sheet of ``layout`` (empty: a fresh sheet)."""
    memory = sheet_memory(store)
    if used:
        memory[layout] = sorted(set(used))
    else:
        memory.pop(layout, None)
    store.set_setting(SHEET_KEY, memory or None)


def badge_event_data(store: EventStore, person_ids: Iterable[int]) -> model.EventData:
    """An EventData holding only what the badges of ``person_ids`` show."""
    data = model.EventData()
    event_row = store.get("event", 1)
    if event_row is not None:
        data.event = object_of("event", event_row)
    data.days = sorted((object_of("days", r) for r in store.rows("days")), key=lambda d: d.date)
    data.role_types = [object_of("role_types", r) for r in store.rows("role_types")]
    data.settings = {
        k: json.loads(v) for k, v in store.conn.execute("SELECT key, value FROM settings")
    }
    for pid in person_ids:
        row = store.get("people", pid)
        if row is None:
            raise KeyError(f"there is no person with id {pid}")
        person = object_of("people", row)
        person.affiliations = [
            object_of("affiliations", r) for r in store.rows("affiliations", person_id=pid)
        ]
        data.people.append(person)
        roles = store.conn.execute(
            "SELECT session_id, role, sort_order FROM roles WHERE person_id = ? ORDER BY id",
            (pid,),
        )
        for session_id, role, order in roles:
            data.sessions.append(
                model.Session(
                    day_id=0,
                    starts=datetime.min.time(),
                    ends=datetime.min.time(),
                    id=session_id,
                    roles=[model.Role(person_id=pid, role=role, sort_order=order)],
                )
            )
    return data


def person_id_of_uid(store: EventStore, uid: str) -> int | None:
    row = store.conn.execute("SELECT id FROM people WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row[0])
