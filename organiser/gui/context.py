"""What every view and dialog shares about the open event: the store, the undo stack, news.

Views never talk to each other or reach into the main window: they edit through undo
commands (``commands.py``), hear of every commit through ``changed``, and ask for another
view's item through ``navigate``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..model import EventData
from ..store import EventStore
from .editing.safety import EditStack


class EventContext(QObject):
    #: tables touched by a commit (a set of names)
    changed = Signal(object)
    #: show an item in its view: kind ("event", "day", "session", "person", "task", ...), id
    navigate = Signal(str, int)

    def __init__(self, store: EventStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        #: records only edits the file took (see ``safety.EditStack``)
        self.undo_stack = EditStack(self)
        self._data: EventData | None = None
        #: True once the event is closed: a late timer or finished job must not touch it
        self.closed = False
        store.listeners.append(self._on_commit)

    def data(self) -> EventData:
        """The whole event as plain data, reloaded lazily after each commit."""
        if self._data is None:
            self._data = self.store.load()
        return self._data

    def _on_commit(self, tables: set[str]) -> None:
        self._data = None
        self.changed.emit(tables)

    def refresh(self) -> None:
        """Another process changed the file: forget what we read and tell the views."""
        self._on_commit({"*"})

    def close(self) -> None:
        self.closed = True
        if self._on_commit in self.store.listeners:
            self.store.listeners.remove(self._on_commit)
        self.undo_stack.clear()
