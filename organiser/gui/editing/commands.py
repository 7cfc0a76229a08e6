"""Undoable edits. Each command wraps one change through the store's generic operations.

Typing in a field produces many updates of the same cell; they merge into one undo step
(as in Orange's commands), so Ctrl+Z takes back the whole word, not one letter. A new
item and the name typed into it right away are one step too ("Add person" takes back
the person with the name). Every command knows the item it touched (``item_of``), so the
window can show that item again after undo or redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ...store import Snapshot
from ..context import EventContext
from ..language import translate

_MERGE_ID = 0x0E01

#: the ``ctx.navigate`` kind a row of each table is shown as
KINDS = {
    "event": "event",
    "days": "day",
    "sessions": "session",
    "people": "person",
    "partners": "partner",
    "rooms": "room",
    "contacts": "contact",
    "tasks": "task",
    "role_types": "role_type",
}
#: tables whose rows are shown within their parent's item, by the column naming it
PARENTS = {
    "roles": ("session_id", "session"),
    "guiding_questions": ("session_id", "session"),
    "affiliations": ("person_id", "person"),
    "display_time_zones": ("", "event"),
}
Item = tuple[str, int]


def row_item(ctx: EventContext, table: str, row_id: int | None) -> Item | None:
    """The item a row is shown in: a session for its roles, a person for their positions."""
    if table in KINDS:
        return None if row_id is None else (KINDS[table], row_id)
    if table not in PARENTS:
        return None
    column, kind = PARENTS[table]
    if not column:
        return kind, 1
    row = ctx.store.get(table, row_id) if row_id is not None else None
    return (kind, row[column]) if row else None


def item_of(command: QUndoCommand) -> Item | None:
    """The item an undo step touched and that exists now (a macro: its last such item)."""
    item = getattr(command, "item", None)
    if item is not None:
        return item()
    for i in reversed(range(command.childCount())):
        found = item_of(command.child(i))
        if found is not None:
            return found
    return None


def is_deletion(command: QUndoCommand) -> bool:
    """Whether the step took something away (the window then says how to get it back):
    a row deleted, or a list (questions, positions, zones) left shorter."""
    if isinstance(command, DeleteCommand):
        return True
    if isinstance(command, ReplaceListCommand) and command.old is not None:
        return len(command.rows) < len(command.old)
    return any(is_deletion(command.child(i)) for i in range(command.childCount()))


def noun(table: str) -> str:
    """What a row of ``table`` is, as an undo step names it ("Edit session")."""
    return {
        "event": translate("Commands", "event"),
        "days": translate("Commands", "day"),
        "sessions": translate("Commands", "session"),
        "people": translate("Commands", "person"),
        "partners": translate("Commands", "partner"),
        "rooms": translate("Commands", "room"),
        "contacts": translate("Commands", "contact"),
        "tasks": translate("Commands", "task"),
        "role_types": translate("Commands", "role"),
        "roles": translate("Commands", "role"),
        "guiding_questions": translate("Commands", "guiding questions"),
        "affiliations": translate("Commands", "positions"),
        "display_time_zones": translate("Commands", "time zones"),
    }.get(table, table.replace("_", " "))


class UpdateCommand(QUndoCommand):
    """Set some columns of one row."""

    def __init__(
        self,
        ctx: EventContext,
        table: str,
        row_id: int,
        changes: dict[str, Any],
        text: str = "",
        *,
        merge: bool = False,
        spell: int | None = None,
    ):
        super().__init__(text or translate("Commands", "Edit {item}").format(item=noun(table)))
        self.ctx, self.table, self.row_id = ctx, table, row_id
        self.new = dict(changes)
        self.old: dict[str, Any] | None = None
        self.merge = merge
        #: with ``merge``: only commits of the same spell of typing merge (binding.py)
        self.spell = spell

    def redo(self) -> None:
        old = self.ctx.store.update(self.table, self.row_id, self.new)
        if self.old is None:
            self.old = old

    def undo(self) -> None:
        assert self.old is not None
        self.ctx.store.update(self.table, self.row_id, self.old)

    def id(self) -> int:
        # every update may join the new item it names (InsertCommand.names); only typing
        # (``merge``) joins an earlier update
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, UpdateCommand) and other.merge and self.merge):
            return False
        if (other.table, other.row_id, set(other.new), other.spell) != (
            self.table,
            self.row_id,
            set(self.new),
            self.spell,
        ):
            return False
        self.new = other.new
        return True

    def item(self) -> Item | None:
        return row_item(self.ctx, self.table, self.row_id)


class InsertCommand(QUndoCommand):
    """Add a row; undo deletes it (with anything added under it since)."""

    def __init__(
        self,
        ctx: EventContext,
        table: str,
        values: dict[str, Any],
        text: str = "",
        on_done: Callable[[int], None] | None = None,
        *,
        names: tuple[str, ...] = (),
    ):
        super().__init__(text or translate("Commands", "Add {item}").format(item=noun(table)))
        self.ctx, self.table, self.values = ctx, table, dict(values)
        self.row_id: int | None = None
        self.on_done = on_done
        #: columns whose typing right after the insert is part of adding (the name)
        self.names = names

    def redo(self) -> None:
        values = dict(self.values)
        if self.row_id is not None:
            values["id"] = self.row_id  # the same id again, so later commands still apply
        self.row_id = self.ctx.store.insert(self.table, values)
        if self.on_done:
            self.on_done(self.row_id)

    def undo(self) -> None:
        assert self.row_id is not None
        self.ctx.store.delete(self.table, self.row_id)

    def id(self) -> int:
        return _MERGE_ID if self.names else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """The name typed into the new item joins this step (its write is done already)."""
        if not (
            isinstance(other, UpdateCommand)
            and (other.table, other.row_id) == (self.table, self.row_id)
            and set(other.new) <= set(self.names)
        ):
            return False
        self.values.update(other.new)
        return True

    def item(self) -> Item | None:
        if self.row_id is None or self.ctx.store.get(self.table, self.row_id) is None:
            return None  # undone: the item is gone
        return row_item(self.ctx, self.table, self.row_id)


class DeleteCommand(QUndoCommand):
    """Delete a row and what hangs on it; undo brings every piece back with its ids."""

    def __init__(self, ctx: EventContext, table: str, row_id: int, text: str = ""):
        super().__init__(text or translate("Commands", "Delete {item}").format(item=noun(table)))
        self.ctx, self.table, self.row_id = ctx, table, row_id
        self.snapshot: Snapshot | None = None

    def redo(self) -> None:
        self.snapshot = self.ctx.store.delete(self.table, self.row_id)

    def undo(self) -> None:
        assert self.snapshot is not None
        self.ctx.store.restore(self.snapshot)

    def item(self) -> Item | None:
        if self.ctx.store.get(self.table, self.row_id) is None:
            return None  # deleted (again)
        return row_item(self.ctx, self.table, self.row_id)


class ReplaceListCommand(QUndoCommand):
    """Replace an ordered child list (guiding questions, affiliations, display zones)."""

    def __init__(
        self,
        ctx: EventContext,
        table: str,
        parent_col: str,
        parent_id: int | None,
        rows: list[dict[str, Any]],
        text: str = "",
    ):
        super().__init__(text or translate("Commands", "Edit {item}").format(item=noun(table)))
        self.ctx, self.table, self.parent_col, self.parent_id = ctx, table, parent_col, parent_id
        self.rows = [dict(r) for r in rows]
        self.old: list[dict[str, Any]] | None = None

    def redo(self) -> None:
        old = self.ctx.store.replace_children(
            self.table, self.parent_col, self.parent_id, self.rows
        )
        if self.old is None:
            self.old = old
            # the list as made, ids and all: a redo after undo makes the same rows again
            store = self.ctx.store
            where = {self.parent_col: self.parent_id} if self.parent_col else {}
            self.rows = store.rows(self.table, **where)

    def undo(self) -> None:
        assert self.old is not None
        self.ctx.store.replace_children(self.table, self.parent_col, self.parent_id, self.old)

    def item(self) -> Item | None:
        if not self.parent_col or self.parent_id is None:
            return "event", 1  # partners, display time zones: lists of the event
        return PARENTS[self.table][1], self.parent_id


class SettingCommand(QUndoCommand):
    """Change one per-event setting (badge colours, role briefs, ...)."""

    def __init__(self, ctx: EventContext, key: str, value: Any, text: str = ""):
        super().__init__(text or translate("Commands", "Change setting"))
        self.ctx, self.key, self.value = ctx, key, value
        self.old: Any = None

    def redo(self) -> None:
        self.old = self.ctx.store.set_setting(self.key, self.value)

    def undo(self) -> None:
        self.ctx.store.set_setting(self.key, self.old)


# ---------------------------------------------------------------- check-in desk
class DeskCommand(QUndoCommand):
    """A desk write whose first run happens before it is pushed, so its errors reach the
    view (the desk says them in its own words; "already checked in" is not an error).
    A later undo or redo that fails raises to the undo stack, which leaves the step
    where it was and says why."""

    #: each kind of desk command defines the write and its reversal
    _apply: Callable[[], None]
    _revert: Callable[[], None]

    def __init__(self, text: str):
        super().__init__(text)
        self._pushed_done = False  # the first redo (inside push) has nothing left to do

    def do(self) -> None:
        """Run the first write now (may raise); push the command afterwards."""
        self._apply()
        self._pushed_done = True

    def redo(self) -> None:
        if self._pushed_done:
            self._pushed_done = False
            return
        self._apply()

    def undo(self) -> None:
        self._revert()


class CheckInCommand(DeskCommand):
    """Check one person in; undo takes the check-in back. Keeps the desk's index in step."""

    def __init__(self, ctx: EventContext, person_id: int, name: str, index: Any = None):
        super().__init__(translate("Commands", "Check in {name}").format(name=name))
        self.ctx, self.person_id, self.name, self.index = ctx, person_id, name, index
        self.checkin_id: int | None = None
        self.at: Any = None

    def _apply(self) -> None:
        from ...attendees.checkin import check_in, venue_now

        self.at = venue_now(self.ctx.store)
        self.checkin_id = check_in(self.ctx.store, self.person_id, self.at)
        if self.index is not None:
            self.index.mark_arrived(self.person_id, self.checkin_id, self.at)

    def _revert(self) -> None:
        from ...attendees.checkin import undo_check_in

        assert self.checkin_id is not None
        undo_check_in(self.ctx.store, self.checkin_id)
        if self.index is not None:
            self.index.forget_arrival(self.checkin_id)


class WalkInCommand(DeskCommand):
    """Add someone who turned up unregistered and check them in; undo removes them (with
    their check-in and print record), redo brings them back with the same id."""

    def __init__(self, ctx: EventContext, fields: dict[str, str], index: Any = None):
        name = " ".join(filter(None, (fields.get("given_name"), fields.get("family_name"))))
        super().__init__(translate("Commands", "Walk-in {name}").format(name=name))
        self.ctx, self.fields, self.index = ctx, dict(fields), index
        self.person: Any = None
        self.checkin_id: int | None = None
        self.at: Any = None
        self.snapshot: Snapshot | None = None

    def _apply(self) -> None:
        from ...attendees.checkin import add_walk_in, check_in, venue_now

        store = self.ctx.store
        if self.snapshot is None:
            with store.transaction():
                self.person = add_walk_in(store, **self.fields)
                self.at = venue_now(store)
                self.checkin_id = check_in(store, self.person.id, self.at)
        else:
            store.restore(self.snapshot)
        if self.index is not None:
            self.index.add(self.person)
            self.index.mark_arrived(self.person.id, self.checkin_id, self.at)

    def _revert(self) -> None:
        self.snapshot = self.ctx.store.delete("people", self.person.id)
        if self.index is not None:
            self.index.remove(self.person.id)


class ImportCommand(QUndoCommand):
    """An applied attendee import; undo removes the people it added and puts back what it
    changed in the people it updated, in one transaction; redo re-applies the same rows
    with the same ids."""

    def __init__(self, ctx: EventContext, plan: Any, *, skip_problems: bool = False):
        super().__init__(translate("Commands", "Import {file}").format(file=plan.source))
        self.ctx, self.plan, self.skip_problems = ctx, plan, skip_problems
        self.result: Any = None
        self.added: list[int] = []
        self.before: dict[int, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
        self.after: dict[int, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
        self.snapshots: list[Snapshot] = []
        self._pushed_done = False

    def _state(self, person_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        store = self.ctx.store
        row = dict(store.get("people", person_id) or {})
        row.pop("id", None)
        affs = [
            {k: v for k, v in a.items() if k not in ("id", "person_id")}
            for a in store.rows("affiliations", person_id=person_id)
        ]
        return row, affs

    def do(self) -> None:
        """Apply the plan now (may raise ImportRefused, StoreBusy...); push afterwards."""
        from ...attendees.plan import apply_plan

        ids = [p.person_id for p in self.plan.updates]
        self.before = {i: self._state(i) for i in ids}
        self.result = apply_plan(self.ctx.store, self.plan, skip_problems=self.skip_problems)
        self.added = list(self.result.added)
        self.after = {i: self._state(i) for i in ids}
        self._pushed_done = True

    def _set(self, states: dict[int, tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
        for person_id, (row, affs) in states.items():
            self.ctx.store.update("people", person_id, row)
            self.ctx.store.replace_children("affiliations", "person_id", person_id, affs)

    def redo(self) -> None:
        if self._pushed_done:
            self._pushed_done = False
            return
        # a failure raises to the undo stack, which keeps the step and says why
        with self.ctx.store.transaction():
            for snap in self.snapshots:
                self.ctx.store.restore(snap)
            self._set(self.after)

    def undo(self) -> None:
        with self.ctx.store.transaction():
            # updated people first: their new affiliation rows then take ids above
            # those of the added people, which redo restores as they were
            self._set(self.before)
            self.snapshots = [self.ctx.store.delete("people", i) for i in self.added]
