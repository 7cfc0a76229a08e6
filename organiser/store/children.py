"""Ordered child lists (guiding questions, affiliations, display time zones, partners)
set in one step, edited in place.

A list is changed row by row: an item that stays keeps its row and id (only its place
may change), an edited item is the same row with new text, a removed one is deleted and
a new one inserted with a new id. Deleting the whole list and writing it again would give
every item a new id each time, and two desks sharing an event that edit one list at once
would then end with both copies of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import EventStore


#: How alike (difflib's ratio) a new item and an old row must be to be one row reworded.
SIMILAR = 0.6


def _likeness(a: tuple, b: tuple) -> float:
    return SequenceMatcher(None, " ".join(map(str, a)), " ".join(map(str, b))).ratio()


def pair_rows(
    old: list[dict[str, Any]], new: list[dict[str, Any]], content: list[str]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[int]]:
    """Which old row each new item is: (pairs (old, new), the old rows left over, the
    positions in ``new`` of items that are new rows).

    An item that names an id is that row (undo puts rows back this way); otherwise an
    item equal to an old row is that row (moved, perhaps), a reworded item the old row
    most like it; when as many items as rows are left, they pair up in order (the
    second question rewritten is still the second question's row). Whatever is left
    then is new, or gone."""
    by_id = {r["id"]: r for r in old}
    taken: set[int] = set()
    match: dict[int, dict[str, Any]] = {}
    for i, item in enumerate(new):
        row = by_id.get(item.get("id"))
        if row is not None and row["id"] not in taken:
            match[i] = row
            taken.add(row["id"])

    def key(row: dict[str, Any]) -> tuple:
        return tuple(row.get(c) for c in content)

    free: dict[tuple, list[dict[str, Any]]] = {}
    for row in old:
        if row["id"] not in taken:
            free.setdefault(key(row), []).append(row)
    for i, item in enumerate(new):
        if i in match or item.get("id") is not None:
            continue
        same = free.get(key(item))
        if same:
            match[i] = row = same.pop(0)
            taken.add(row["id"])
    left = [r for r in old if r["id"] not in taken]
    unmatched = [i for i, item in enumerate(new) if i not in match and item.get("id") is None]
    for i in list(unmatched):  # a reworded item: the old row most like it
        scored = [(_likeness(key(new[i]), key(r)), n) for n, r in enumerate(left)]
        best = max(scored, default=(0.0, -1))
        if best[0] >= SIMILAR:
            match[i] = left.pop(best[1])
            unmatched.remove(i)
    if len(unmatched) == len(left):  # as many items as rows left: those were edited
        for i, row in zip(unmatched, list(left)):
            match[i] = row
            left.remove(row)
    fresh = [i for i in range(len(new)) if i not in match]
    return [(match[i], new[i]) for i in sorted(match)], left, fresh


def edit_children(
    store: EventStore,
    table: str,
    parent_col: str,
    parent_id: int | None,
    rows: Iterable[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Make the list under ``parent_id`` (the whole table when ``parent_col`` is "")
    hold ``rows`` in that order; returns the rows as they were, with their ids, which
    put the list back exactly when passed in again (undo). Each row gives the columns it
    sets: a column it leaves out keeps its value (a new row: the column's default)."""
    cols = store.columns(table)
    order_col = "sort_order" if "sort_order" in cols else ""
    content = [c for c in cols if c not in ("id", order_col, parent_col)]
    wanted: list[dict[str, Any]] = []
    for n, row in enumerate(rows):
        values = {k: v for k, v in row.items() if k in cols and k != parent_col}
        if order_col:
            values[order_col] = n
        wanted.append(values)
    with store.transaction() as conn:
        old = store.rows(table, **{parent_col: parent_id}) if parent_col else store.rows(table)
        pairs, gone, fresh = pair_rows(old, wanted, content)
        for row in gone:
            conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row["id"],))
        for row, values in pairs:
            changed = {k: v for k, v in values.items() if k != "id" and row.get(k) != v}
            if changed:
                sets = ", ".join(f'"{k}" = ?' for k in changed)
                conn.execute(
                    f'UPDATE "{table}" SET {sets} WHERE id = ?', (*changed.values(), row["id"])
                )
        for i in fresh:
            store.insert(table, {**wanted[i], **({parent_col: parent_id} if parent_col else {})})
        store._touch(table)
    return old
