"""The print log: what each export put on paper, kept so stale paper can be found."""

from __future__ import annotations

from ..model import PrintRecord
from .rows import object_of, row_of
from .store import EventStore


def add_print_record(store: EventStore, record: PrintRecord) -> PrintRecord:
    """Store one export's record; gives ``record`` its id and returns it."""
    if store.desk is not None:
        record.desk = store.desk.id
    row = row_of(record, "print_log")
    row.pop("id", None)
    record.id = store.insert("print_log", row)
    return record


def print_records(store: EventStore, kind: str | None = None) -> list[PrintRecord]:
    """The records in the order they were written, optionally of one kind only."""
    rows = store.rows("print_log", kind=kind) if kind else store.rows("print_log")
    records = [object_of("print_log", r) for r in rows]
    return sorted(records, key=lambda r: (r.printed_at, r.id or 0))
