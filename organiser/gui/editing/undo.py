"""Undo and redo for the whole window, from wherever the keyboard is.

Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y belong to the window's Edit menu even while the cursor
is in a text field: a field whose typing is committed to the event (a form field) would
otherwise swallow the keys for its own little undo of letters, and the user's last edit
would stay. A field whose text is not the event's (a filter, a search, a name about to
be added, a cell being edited) keeps its own undo while it has something to undo.

After undo or redo the status bar says what was undone and the item it touched is shown
and selected again; after a deletion it says how to get the item back.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..context import EventContext
from ..language import translate
from .commands import is_deletion, item_of

#: a widget property: its text is committed to the event as it is typed (form fields)
COMMITS = "organiserCommits"
MESSAGE_MS = 8000
#: the redo keys of every platform (the Edit menu has both)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def mark_committing(widget: QWidget) -> None:
    """Say that ``widget``'s text is the event's: Ctrl+Z there undoes the event's edit."""
    widget.setProperty(COMMITS, True)


def _sentence(text: str) -> str:
    return f"{text[:1].lower()}{text[1:]}" if text else translate("Undo", "the last edit")


class UndoControl(QObject):
    """The window's undo and redo: the keys, the messages, the item shown again."""

    def __init__(self, window: QMainWindow, flush: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self.flush = flush  # commits what is still waiting (typing, item views) first
        self.ctx: EventContext | None = None
        self._acting = False
        self._index = 0
        # a filter on the focused widget only: one on the whole application would cost
        # a Python call for every event the window handles
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)

    def set_context(self, ctx: EventContext | None) -> None:
        if self.ctx is not None and shiboken6.isValid(self.ctx.undo_stack):
            self.ctx.undo_stack.indexChanged.disconnect(self._index_changed)
        self.ctx = ctx
        if ctx is not None:
            self._index = ctx.undo_stack.index()
            ctx.undo_stack.indexChanged.connect(self._index_changed)

    # ---------------------------------------------------------------------- keys
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        undo = any(
            pressed.matches(k) == exact
            for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        )
        redo = any(pressed.matches(QKeySequence(k)) == exact for k in REDO_KEYS)
        if not (undo or redo) or self._field_keeps(obj, redo):
            return False
        event.ignore()  # not the field's: the Edit menu's shortcut takes the key
        return True

    @staticmethod
    def _field_keeps(widget: QWidget, redo: bool) -> bool:
        """Whether the focused text field undoes its own typing rather than the event's."""
        edit: QWidget | None = widget
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            document = widget.document()
            own = document.isRedoAvailable() if redo else document.isUndoAvailable()
        elif isinstance(widget, QLineEdit):
            own = widget.isRedoAvailable() if redo else widget.isUndoAvailable()
            if widget.parentWidget() is not None and widget.property(COMMITS) is None:
                edit = widget.parentWidget()  # a combo's or spin box's line
        else:
            return False
        if edit is not None and edit.property(COMMITS):
            return False
        viewport = widget.parentWidget()
        if viewport is not None and isinstance(viewport.parentWidget(), QAbstractItemView):
            return True  # a cell being edited: its own typing only, never the list under it
        return own

    # ------------------------------------------------------------------- actions
    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        if self.ctx is None:
            return
        self.flush()
        stack = self.ctx.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            self.say(
                translate("Undo", "Nothing to undo")
                if undo
                else translate("Undo", "Nothing to redo")
            )
            return
        index = stack.index() - 1 if undo else stack.index()
        command = stack.command(index)
        text = stack.undoText() if undo else stack.redoText()
        before = stack.index()
        self._acting = True
        try:
            stack.undo() if undo else stack.redo()
        finally:
            self._acting = False
        self._index = stack.index()
        if self._index == before:  # the file refused the step: the stack said why
            return
        if undo:
            self.say(
                translate("Undo", "Undone: {what}. Ctrl+Shift+Z redoes it.").format(
                    what=_sentence(text)
                )
            )
        else:
            self.say(translate("Undo", "Redone: {what}.").format(what=_sentence(text)))
        if command is not None:
            self._show(command)

    def _show(self, command: QUndoCommand) -> None:
        """Select the item the step touched, leaving the keyboard where it was when that
        field is still there (undoing five edits from a text field, say)."""
        item = item_of(command)
        if item is None or self.ctx is None:
            return
        focus = QApplication.focusWidget()
        self.ctx.navigate.emit(*item)
        if focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus()

    def _index_changed(self, index: int) -> None:
        """A new step was pushed: after a deletion, say how to get it back."""
        if self.ctx is None:
            return
        stack = self.ctx.undo_stack
        pushed = not self._acting and index == stack.count() and index > self._index
        self._index = index
        if not pushed or index == 0:
            return
        command = stack.command(index - 1)
        if command is not None and is_deletion(command):
            self.say(
                translate("Undo", "{what}. Ctrl+Z brings it back.").format(what=command.text())
            )

    def say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)
