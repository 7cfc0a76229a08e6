"""Form widgets tied to the columns of one row, edited through undo commands.

Typing is committed in short batches (a few hundred milliseconds after the last key, when
the field loses focus, and whenever ``flush_all()`` runs: before undo, before a view or
file changes, before the window closes), so nothing typed is ever lost and each keystroke
does not cost a disk write. Consecutive commits of one field merge into one undo step.

A widget is never overwritten with the value it just committed itself: the form reloads
after every commit, and resetting the text would move the cursor under the user's hands.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import time
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QStringListModel, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ..services import timezones
from ..services.text import clean
from .commands import UpdateCommand
from .context import EventContext

TYPING_DELAY_MS = 400

_BINDERS: weakref.WeakSet[RowBinder] = weakref.WeakSet()


def flush_all() -> None:
    """Commit every edit still waiting in any form."""
    for binder in list(_BINDERS):
        if not shiboken6.isValid(binder):  # its form was deleted with its window
            _BINDERS.discard(binder)
        elif binder.ctx.store.conn is not None:
            binder.flush()


def zone_completer(parent: QWidget) -> QCompleter:
    """Searchable IANA names: 'york' finds America/New_York."""
    completer = QCompleter(QStringListModel(timezones.all_zones(), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class _Field:
    def __init__(
        self,
        column: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        typed: bool,
    ):
        self.column, self.widget, self.read, self.write = column, widget, read, write
        self.typed = typed  # text the user types: never rewritten with what it just wrote
        self.committed: Any = _NOTHING  # the value this widget last wrote


_NOTHING = object()


class RowBinder(QObject):
    """Binds widgets to the columns of one row of ``table``; ``load(row)`` shows a row."""

    def __init__(self, ctx: EventContext, table: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.row_id: int | None = None
        self.fields: dict[str, _Field] = {}
        self._pending: dict[str, Any] = {}
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        _BINDERS.add(self)

    # ------------------------------------------------------------- binding
    def line(self, widget: QLineEdit, column: str) -> None:
        def write(value: Any) -> None:
            if widget.text() != (value or ""):
                widget.setText(value or "")
                widget.setCursorPosition(0)

        self._add(column, widget, lambda: clean(widget.text()), write, typed=True)
        widget.textChanged.connect(lambda _t: self._typed(column))
        widget.editingFinished.connect(lambda: self._finish_line(widget, column))

    def text(self, widget: QPlainTextEdit, column: str) -> None:
        def read() -> str:
            return clean(widget.toPlainText())

        def write(value: Any) -> None:
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")

        self._add(column, widget, read, write, typed=True)
        widget.textChanged.connect(lambda: self._typed(column))

    def combo(self, widget: QComboBox, column: str) -> None:
        """Item data is the stored value (None for 'no room')."""

        def write(value: Any) -> None:
            index = widget.findData(value)
            if index < 0 and value is not None:
                widget.addItem(str(value), value)  # a value from a newer list: keep it visible
                index = widget.count() - 1
            widget.setCurrentIndex(index)

        self._add(column, widget, widget.currentData, write)
        widget.currentIndexChanged.connect(lambda _i: self._changed(column))

    def time(self, widget: QTimeEdit, column: str) -> None:
        def read() -> str:
            return widget.time().toString("HH:mm")

        def write(value: Any) -> None:
            t = time.fromisoformat(value) if value else time(9)
            widget.setTime(QTime(t.hour, t.minute))

        self._add(column, widget, read, write)
        widget.timeChanged.connect(lambda _t: self._changed(column, merge=True))

    def number(self, widget: QSpinBox, column: str) -> None:
        """The spin box's minimum (shown as its special text) means 'none'."""

        def read() -> int | None:
            return None if widget.value() == widget.minimum() else widget.value()

        def write(value: Any) -> None:
            widget.setValue(widget.minimum() if value is None else int(value))

        self._add(column, widget, read, write)
        widget.valueChanged.connect(lambda _v: self._changed(column, merge=True))

    def check(self, widget: QCheckBox, column: str) -> None:
        self._add(
            column, widget, lambda: int(widget.isChecked()), lambda v: widget.setChecked(bool(v))
        )
        widget.toggled.connect(lambda _c: self._changed(column))

    def zone(
        self,
        widget: QLineEdit,
        column: str,
        *,
        allow_empty: bool,
        message: QLabel | None = None,
    ) -> None:
        """A time-zone field: only a real IANA name is stored; anything else is put back.

        ``message`` (a label near the field) says what was refused: a name the user typed
        that silently turned back into the old one would look like a lost edit.
        """
        completer = zone_completer(widget)
        widget.setCompleter(completer)

        told_for: list[int | None] = [None]  # the row the message is about

        def tell(text: str) -> None:
            told_for[0] = self.row_id if text else None
            if message is not None:
                message.setText(text)
                message.setVisible(bool(text))

        def commit() -> None:
            if self._loading or self.row_id is None:
                return
            value = widget.text().strip()
            if (value == "" and allow_empty) or timezones.is_valid_zone(value):
                widget.setStyleSheet("")
                tell("")
                self._commit({column: value}, merge=False)
            else:
                row = self.ctx.store.get(self.table, self.row_id) or {}
                kept = row.get(column) or ""
                self._loading = True
                widget.setText(kept)
                self._loading = False
                widget.setStyleSheet("")
                widget.setToolTip("")
                if value:
                    shown = value if len(value) <= 60 else value[:60] + "…"
                    tell(
                        f"'{shown}' is not a time zone; pick one from the list"
                        + (f" (kept {kept})." if kept else ".")
                    )
                else:
                    tell(
                        "A time zone is needed; pick one from the list"
                        + (f" (kept {kept})." if kept else ".")
                    )

        def typed(text: str) -> None:
            ok = (not text.strip() and allow_empty) or timezones.is_valid_zone(text.strip())
            widget.setStyleSheet("" if ok else "color: #b00020;")
            widget.setToolTip("" if ok else "Pick a time zone from the list, e.g. Africa/Bamako")
            if ok:
                tell("")

        def write(value: Any) -> None:
            if told_for[0] is not None and told_for[0] != self.row_id:
                tell("")  # another row shown: the message was about the last one
            if widget.text() != (value or ""):
                widget.setText(value or "")

        self._add(column, widget, lambda: widget.text().strip(), write)
        widget.textEdited.connect(typed)
        widget.editingFinished.connect(commit)
        completer.activated.connect(lambda _text: QTimer.singleShot(0, commit))

    def _add(
        self,
        column: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        typed: bool = False,
    ) -> None:
        self.fields[column] = _Field(column, widget, read, write, typed)

    # ------------------------------------------------------------- loading
    def load(self, row: dict[str, Any] | None) -> None:
        """Show ``row`` (a store row dict), or disable the fields when None."""
        if row is None or row.get("id") != self.row_id:
            self.flush()
            for f in self.fields.values():
                f.committed = _NOTHING
        self.row_id = None if row is None else row["id"]
        self._loading = True
        try:
            for f in self.fields.values():
                f.widget.setEnabled(row is not None)
                value = None if row is None else row.get(f.column)
                if f.typed and (
                    f.column in self._pending
                    or (f.committed is not _NOTHING and f.committed == value)
                ):
                    continue  # this widget wrote it: leave the cursor alone
                f.committed = _NOTHING
                f.write(value)
        finally:
            self._loading = False

    # ------------------------------------------------------------- committing
    def _typed(self, column: str) -> None:
        if self._loading or self.row_id is None:
            return
        self._pending[column] = self.fields[column].read()
        self._timer.start()

    def _finish_line(self, widget: QLineEdit, column: str) -> None:
        if self._loading:
            return
        self.flush()
        tidy = clean(widget.text())
        if tidy != widget.text() and self.row_id is not None:
            self._loading = True
            widget.setText(tidy)
            self._loading = False
            self._commit({column: tidy}, merge=True)

    def _changed(self, column: str, *, merge: bool = False) -> None:
        if self._loading or self.row_id is None:
            return
        self._commit({column: self.fields[column].read()}, merge=merge)

    def flush(self) -> None:
        """Commit what was typed and not yet stored."""
        self._timer.stop()
        if self.row_id is None or self.ctx.store.conn is None:
            self._pending = {}
            return
        # one field at a time, the others still marked pending: the form reloads after
        # each commit and must not put the stored (old) text back into a field whose
        # new text is about to be committed
        while self._pending:
            column = next(iter(self._pending))
            value = self._pending.pop(column)
            self._commit({column: value}, merge=True)

    def _commit(self, changes: dict[str, Any], *, merge: bool) -> None:
        row_id = self.row_id
        if row_id is None:
            return
        current = self.ctx.store.get(self.table, row_id)
        if current is None:
            return
        changes = {k: v for k, v in changes.items() if current.get(k) != v}
        for column, value in changes.items():
            self.fields[column].committed = value
        if changes:
            label = self.fields[next(iter(changes))].widget.accessibleName() or next(iter(changes))
            self.ctx.undo_stack.push(
                UpdateCommand(
                    self.ctx,
                    self.table,
                    row_id,
                    changes,
                    f"Edit {label.replace('_', ' ')}",
                    merge=merge,
                )
            )
