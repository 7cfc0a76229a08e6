"""What every view shares: refresh on news from the store, lazily when hidden."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QWidget

from ... import i18n
from ...model import EventData, Session
from ...services.text import fold
from .. import language
from ..context import EventContext
from ..editing.binding import flush_all as flush_typing

_DEFERRED: list[tuple[EventContext, Callable[[], None]]] = []


def run_deferred() -> None:
    """Commit the edits item views reported and that are still waiting for the event loop."""
    while _DEFERRED:
        ctx, push = _DEFERRED.pop(0)
        if ctx.store.conn is not None:  # the event was not closed in between
            push()


@lru_cache(maxsize=65536)
def quick_fold(text: str) -> str:
    """``fold`` with a shortcut for plain ASCII and a memory: names and organisations repeat."""
    return text.lower() if text.isascii() else fold(text)


def widest(table: QWidget, words: Iterable[str]) -> int:
    """A column width that shows the longest of ``words`` (and the sort arrow), measured
    once rather than over every row after every filter."""
    metrics = table.fontMetrics()
    return max(metrics.horizontalAdvance(w.capitalize()) for w in words) + 28


def day_heading(day: date) -> str:
    """'Tuesday 16 November 2021' / 'mardi 16 novembre 2021' in the window's language:
    always computed from the date, never typed."""
    return i18n.long_date(day, language.current())


def clock_text(data: EventData, session: Session) -> str:
    """'13:00–14:00', '00:20–01:20 (+1 day)': a session's times as every view shows them.

    A talk after its conference day's midnight stays under that day (``model``), so its
    time says it is the next morning, as the printed programme does.
    """
    start, end = data.span(session)
    day = data.day(session.day_id).date
    shift = (start.date() - day).days or (end.date() - day).days
    late = f" ({i18n.day_shift(shift, language.current())})" if shift else ""
    return f"{session.starts:%H:%M}–{session.ends:%H:%M}{late}"


class BaseView(QWidget):
    """Reloads when a table it shows changes; a hidden view waits until it is shown."""

    #: tables whose changes this view shows
    TABLES: frozenset[str] = frozenset()
    #: each view defines it: show the event as it is now, keeping the current selection
    refresh: Callable[[], None]

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self._refreshing = False
        self._again = False
        ctx.changed.connect(self._on_changed)

    def push(self, command: QUndoCommand) -> None:
        """Do an edit after committing any typing, so undo takes them back in order."""
        flush_typing()
        self.ctx.undo_stack.push(command)

    def begin(self, text: str) -> QUndoStack:
        """Start a group of edits that undo as one (after committing any typing)."""
        flush_typing()
        self.ctx.undo_stack.beginMacro(text)
        return self.ctx.undo_stack

    def later(self, push: Callable[[], None]) -> None:
        """Run an edit once the item view that reported it has finished its own work.

        An item view emits ``itemChanged`` from inside its editor or click handling; the
        commit reloads the view, and deleting its items there would pull them out from
        under Qt. ``run_deferred()`` runs what is waiting at once (before undo or close).
        """
        _DEFERRED.append((self.ctx, push))
        QTimer.singleShot(0, run_deferred)

    def _on_changed(self, tables: set[str]) -> None:
        if "*" not in tables and not (tables & self.TABLES):
            return
        if not self.isVisible():
            self._dirty = True
            return
        self.refresh_now()

    def refresh_now(self) -> None:
        # A refresh may flush typing, which commits, which asks for a refresh again.
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        try:
            for _ in range(3):
                self._again = False
                self._dirty = False
                self.refresh()
                if not self._again:
                    break
        finally:
            self._refreshing = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh_now()


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, object]], keep: bool = False) -> None:
    """Refill ``combo`` with (text, data) items without emitting; ``keep`` keeps the
    chosen data selected when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    if keep:
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
