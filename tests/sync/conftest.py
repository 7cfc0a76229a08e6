"""Desks of one real event (a generated one), each its own file, for the sharing tests.

The first desk shares the event, the others are made from its file with ``join``; every
write goes through the store as the window and the commands make it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from organiser.attendees.checkin import check_in
from organiser.bench.sync import make_desks
from organiser.services import bundle
from organiser.store import EventStore
from organiser.store.printlog import record_badge_prints
from organiser.sync.tables import RULES

CODE = "TEST-DESK-C0DE"
#: the generated event's first day, 08:00
DAY = datetime(2026, 3, 23, 8, 0)


def at(minutes: int, day: int = 0) -> datetime:
    """A time on the event's day ``day`` (0: the first), ``minutes`` after 08:00."""
    return DAY + timedelta(days=day, minutes=minutes)


@pytest.fixture
def desk_paths(tmp_path: Path):
    """``desk_paths(n, people)``: the first desk shares a new event, the others join it."""

    def make(count: int = 2, people: int = 20) -> list[Path]:
        return make_desks(tmp_path, count, people, code=CODE)

    return make


@pytest.fixture
def open_stores():
    """``open_stores(*paths)``: each desk's file open as the window opens it (no editor
    lock: a test plays several windows)."""
    opened: list[EventStore] = []

    def open_(*paths: Path) -> list[EventStore]:
        stores = [EventStore.open(p, lock=False) for p in paths]
        opened.extend(stores)
        return stores

    yield open_
    for store in opened:
        store.close()


def arrive(store: EventStore, person_id: int, when: datetime) -> int:
    """Check a person in and print their badge, as the desk does: the check-in's id."""
    with store.transaction():
        cid = check_in(store, person_id, at=when)
        record_badge_prints(store, [(person_id, "fp", {})], "Badge A6", printed_at=when)
    return cid


def send(source: EventStore, dest: EventStore):
    """Everything ``dest`` lacks from ``source``."""
    assert source.desk is not None and dest.desk is not None
    return dest.desk.receive(source.desk.entries_after(dest.desk.vector()))


def rows(store: EventStore) -> dict[str, list[tuple]]:
    """Every shared row, in key order."""
    return {
        t: store.conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in RULES.shared
    }


def same(*stores: EventStore) -> bool:
    """The desks hold the same event: every shared row, and the same JSON bundle."""
    first = rows(stores[0]), bundle.dumps(stores[0].load())
    return all((rows(s), bundle.dumps(s.load())) == first for s in stores[1:])


def kinds(store: EventStore) -> list[str]:
    assert store.desk is not None
    return [c["kind"] for c in store.desk.conflicts()]
