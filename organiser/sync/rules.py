"""Our rules, table by table, for changes that meet on a desk.

- ``FIELDS`` (people, sessions, settings, ...): every field keeps the value of its latest
  version, by (version, desk id); two desks that edited one field end with the same value
  whichever change arrives first. A delete beats an edit.
- ``ARRIVALS`` (check-ins): an arrival is a fact, so every arrival is kept; the earliest
  one of a slot (person and day) is the check-in, and a later one from another desk is a
  duplicate, logged as a conflict and listed by the Problems panel (``checks.arrivals``).
  Keeping every arrival makes the merge order-free: undoing a check-in on one desk
  removes that desk's arrival only, never another desk's.

``natural_key`` marks tables whose rows two desks may create independently under the same
key (a setting, the event row, a day by its date): such inserts merge field by field
instead of one overwriting the other.

"A delete beats an edit" holds for every change made while the desk that made it had
not yet seen the delete: every entry carries what its desk had seen (``Entry.seen``), and
a delete leaves a tombstone naming the entry that made it. So an edit of a row, or a row
added under it, that was made without knowledge of its deletion is dropped on every
desk, even where the row has since been put back (an undo).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

FIELDS = "fields"
ARRIVALS = "arrivals"

#: conflict kinds in ``sync_conflicts``
SAME_FIELD = "same-field"
DELETE_EDIT = "delete-edit"
DUPLICATE_ARRIVAL = "duplicate-arrival"
PARENT_DELETED = "parent-deleted"
NOT_APPLIED = "not-applied"

Tag = tuple[int, str]
NO_TAG: Tag = (0, "")


@dataclass(frozen=True)
class TableRule:
    kind: str = FIELDS
    natural_key: bool = False
    group: tuple[str, ...] = ()  # ARRIVALS: the columns naming one slot
    order: tuple[str, ...] = ()  # ARRIVALS: earliest first


class Rules:
    """The shared tables and the rule of each; any other table is local to a desk."""

    def __init__(self, tables: Mapping[str, TableRule]):
        for name, rule in tables.items():
            if rule.kind == ARRIVALS and not (rule.group and rule.order):
                raise ValueError(f"{name}: an arrivals table needs group and order columns")
        self.tables = dict(tables)

    @property
    def shared(self) -> tuple[str, ...]:
        return tuple(self.tables)

    def get(self, table: str) -> TableRule | None:
        return self.tables.get(table)


def wins(incoming: Tag, local: Tag) -> bool:
    """Higher version first, then the higher desk id: the same answer on every desk."""
    return incoming > local
