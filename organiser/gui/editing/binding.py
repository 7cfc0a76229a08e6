"""Form widgets tied to the columns of one row, edited through undo commands.

Typing is committed in short batches (a few hundred milliseconds after the last key, when
the field loses focus, and whenever ``flush_all()`` runs: before undo, before a view or
file changes, before the window closes), so nothing typed is ever lost and each keystroke
does not cost a disk write. The commits of one spell of typing in a field merge into one
undo step; leaving the field (or Enter, undo, another view) ends the spell, so the next
edit of the same field is a step of its own: one user action, one undo step.

A widget is never overwritten with the value it just committed itself: the form reloads
after every commit, and resetting the text would move the cursor under the user's hands.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import time
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...services import timezones
from ...services.text import clean
from ..context import EventContext
from ..language import translate
from .commands import UpdateCommand
from .fields import TimeField, TypedField, ZoneCompleter, refuse_in
from .undo import mark_committing

TYPING_DELAY_MS = 400

_BINDERS: weakref.WeakSet[RowBinder] = weakref.WeakSet()


def flush_all() -> None:
    """Commit every edit still waiting in any form, and end each spell of typing: what
    is typed next is a new undo step."""
    for binder in list(_BINDERS):
        if not shiboken6.isValid(binder):  # its form was deleted with its window
            _BINDERS.discard(binder)
        elif binder.ctx.store.conn is not None:
            binder.flush()
            binder.end_spell()


def zone_completer(edit: QLineEdit) -> ZoneCompleter:
    """Time zones found by city as typed: 'new york', 'sao paulo', 'abidjan'."""
    return ZoneCompleter(edit)


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
        #: whether the field holds text it refused, kept for the user to correct
        self.refused: Callable[[], bool] = lambda: False


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
        #: the spell of typing commits belong to: commits of one spell merge (one step)
        self._spell = 0
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
        widget.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        widget.installEventFilter(self)  # leaving it ends the spell of typing

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.flush()
            self.end_spell()
        return False

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

    def time(
        self,
        widget: TimeField,
        column: str,
        message: QLabel | None = None,
        follow: Callable[[dict[str, Any], str], dict[str, Any]] | None = None,
    ) -> None:
        """A time typed as people type it; one that cannot be read is refused beside the
        field (``message``) and kept there for correction. ``follow(row, new)`` gives
        other columns that change with it in the same step (the end with the start)."""
        if message is not None:
            widget.set_message_label(message)

        def read() -> str | None:
            value = widget.value()
            return None if value is None else f"{value:%H:%M}"

        def write(value: Any) -> None:
            widget.set_value(time.fromisoformat(value) if value else None)

        def committed() -> None:
            if self._loading or self.row_id is None:
                return
            value = read()
            changes: dict[str, Any] = {column: value}
            if follow is not None and value is not None:
                row = self.ctx.store.get(self.table, self.row_id) or {}
                changes.update(follow(row, value))
            self._commit(changes, merge=False)

        self._add(column, widget, read, write)
        widget.committed.connect(lambda _v: committed())

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
        """A time-zone field: a city or zone name typed ("abidjan", "new york") is stored
        as its IANA name when it names exactly one; anything else is refused in
        ``message`` (a label beside the field) and the text kept for correction."""
        completer = zone_completer(widget)
        refused = _Refusal(widget, message)

        def commit() -> None:
            if self._loading or self.row_id is None:
                return
            text = widget.text().strip()
            value = "" if not text and allow_empty else completer.take_match()
            if value is not None:
                refused.clear()
                self._commit({column: value}, merge=False)
                return
            if text:
                shown = text if len(text) <= 60 else text[:60] + "…"
                several = len(timezones.search(text)) > 1
                refused.say(
                    (
                        translate(
                            "Fields", "'{text}' names several time zones; pick one from the list"
                        )
                        if several
                        else translate(
                            "Fields",
                            "'{text}' is not a time zone; type a city, e.g. Bamako or New York",
                        )
                    ).format(text=shown)
                )
            else:
                refused.say(
                    translate(
                        "Fields", "A time zone is needed; type a city, e.g. Bamako or New York"
                    )
                )

        def typed(text: str) -> None:
            if (not text.strip() and allow_empty) or timezones.resolve(text) is not None:
                refused.clear()

        def write(value: Any) -> None:
            refused.clear()
            if widget.text() != (value or ""):
                widget.setText(value or "")

        self._add(column, widget, lambda: widget.text().strip(), write, refused=refused)
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
        refused: _Refusal | None = None,
    ) -> None:
        field = _Field(column, widget, read, write, typed)
        mark_committing(widget)  # Ctrl+Z there undoes the event's edit, not letters
        if refused is not None:
            field.refused = lambda: bool(refused.text)
        elif isinstance(widget, TypedField):
            field.refused = lambda: bool(widget.refusal)
        self.fields[column] = field

    # ------------------------------------------------------------- loading
    def load(self, row: dict[str, Any] | None) -> None:
        """Show ``row`` (a store row dict), or disable the fields when None."""
        same_row = row is not None and row.get("id") == self.row_id
        if not same_row:
            self.flush()
            self.end_spell()
            for f in self.fields.values():
                f.committed = _NOTHING
        self.row_id = None if row is None else row["id"]
        self._loading = True
        try:
            for f in self.fields.values():
                f.widget.setEnabled(row is not None)
                if same_row and f.refused():
                    continue  # refused text stays until corrected or another row shown
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
        self.end_spell()

    def end_spell(self) -> None:
        """What is typed from now on is a new undo step, even in the same field."""
        self._spell += 1

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
                    translate("Commands", "Edit {field}").format(field=label.replace("_", " ")),
                    merge=merge,
                    spell=self._spell,
                )
            )


class _Refusal:
    """Text a field refused, said in the label beside it; the field keeps the text."""

    def __init__(self, widget: QLineEdit, label: QLabel | None):
        self.widget, self.label, self.text = widget, label, ""

    def say(self, text: str) -> None:
        self.text = text
        refuse_in(self.widget, self.label, text)

    def clear(self) -> None:
        if self.text or self.widget.styleSheet():
            self.text = ""
            refuse_in(self.widget, self.label, "")
