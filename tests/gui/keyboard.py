"""Key presses for GUI tests, sent as events (``qtbot.keyClicks`` aborts on accents)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard (or a keyboard-wedge scanner), one key event per character."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def retype(widget: QWidget, text: str, end: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """Replace what a field holds as a person does: select it all, type, then Enter."""
    widget.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        )
    type_text(widget, text)
    if end is not None:
        press(widget, end)
