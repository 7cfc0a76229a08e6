"""Undoable edits. Each command wraps one change through the store's generic operations.

Typing in a field produces many updates of the same cell; they merge into one undo step
(as in Orange's commands), so Ctrl+Z takes back the whole word, not one letter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..store import Snapshot
from .context import EventContext

_MERGE_ID = 0x0E01


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
    ):
        super().__init__(text or f"Edit {table.rstrip('s')}")
        self.ctx, self.table, self.row_id = ctx, table, row_id
        self.new = dict(changes)
        self.old: dict[str, Any] | None = None
        self.merge = merge

    def redo(self) -> None:
        old = self.ctx.store.update(self.table, self.row_id, self.new)
        if self.old is None:
            self.old = old

    def undo(self) -> None:
        assert self.old is not None
        self.ctx.store.update(self.table, self.row_id, self.old)

    def id(self) -> int:
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, UpdateCommand) and other.merge and self.merge):
            return False
        if (other.table, other.row_id, set(other.new)) != (self.table, self.row_id, set(self.new)):
            return False
        self.new = other.new
        return True


class InsertCommand(QUndoCommand):
    """Add a row; undo deletes it (with anything added under it since)."""

    def __init__(
        self,
        ctx: EventContext,
        table: str,
        values: dict[str, Any],
        text: str = "",
        on_done: Callable[[int], None] | None = None,
    ):
        super().__init__(text or f"Add {table.rstrip('s')}")
        self.ctx, self.table, self.values = ctx, table, dict(values)
        self.row_id: int | None = None
        self.on_done = on_done

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


class DeleteCommand(QUndoCommand):
    """Delete a row and what hangs on it; undo brings every piece back with its ids."""

    def __init__(self, ctx: EventContext, table: str, row_id: int, text: str = ""):
        super().__init__(text or f"Delete {table.rstrip('s')}")
        self.ctx, self.table, self.row_id = ctx, table, row_id
        self.snapshot: Snapshot | None = None

    def redo(self) -> None:
        self.snapshot = self.ctx.store.delete(self.table, self.row_id)

    def undo(self) -> None:
        assert self.snapshot is not None
        self.ctx.store.restore(self.snapshot)


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
        super().__init__(text or f"Edit {table.replace('_', ' ')}")
        self.ctx, self.table, self.parent_col, self.parent_id = ctx, table, parent_col, parent_id
        self.rows = [dict(r) for r in rows]
        self.old: list[dict[str, Any]] | None = None

    def redo(self) -> None:
        old = self.ctx.store.replace_children(
            self.table, self.parent_col, self.parent_id, self.rows
        )
        if self.old is None:
            self.old = old

    def undo(self) -> None:
        assert self.old is not None
        self.ctx.store.replace_children(self.table, self.parent_col, self.parent_id, self.old)


class SettingCommand(QUndoCommand):
    """Change one per-event setting (badge colours, role briefs, ...)."""

    def __init__(self, ctx: EventContext, key: str, value: Any, text: str = ""):
        super().__init__(text or "Change setting")
        self.ctx, self.key, self.value = ctx, key, value
        self.old: Any = None

    def redo(self) -> None:
        self.old = self.ctx.store.set_setting(self.key, self.value)

    def undo(self) -> None:
        self.ctx.store.set_setting(self.key, self.old)
