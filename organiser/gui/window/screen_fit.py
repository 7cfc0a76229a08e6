"""The window's size on a laptop screen: never taller or wider than the screen's free area.

The first window takes at most the preferred size and at most the screen's available
area (the screen less the taskbar), less room for the window manager's title bar; once
shown, when the real frame turns out larger than the free area, the window shrinks to
fit. A size remembered from an earlier run is kept (``restoreGeometry`` already moves and
shrinks it into a screen that got smaller since, a laptop unplugged from its monitor).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1440, 900)
#: room left for a title bar and borders before the window manager has framed the window
DECORATION = QSize(8, 36)


def _screen(window: QWidget) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def first_geometry(available: QRect, decoration: QSize = DECORATION) -> QRect:
    """The preferred size, within ``available`` less ``decoration``, centred in it."""
    size = PREFERRED.boundedTo(available.size() - decoration)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + decoration.height(), rect.top()))
    return rect


def fit_to_screen(window: QWidget, *, remembered: bool) -> None:
    """Size ``window`` for its screen now, and check its frame once it is first shown."""
    screen = _screen(window)
    if screen is None:
        return
    if not remembered:
        window.setGeometry(first_geometry(screen.availableGeometry()))
    _FirstShow(window)


def shrink_into(window: QWidget, available: QRect) -> None:
    """Make the window's frame fit ``available``: smaller first, then moved inside."""
    frame = window.frameGeometry()
    extra = frame.size() - window.size()  # title bar and borders
    if frame.width() > available.width() or frame.height() > available.height():
        window.resize(window.size().boundedTo(available.size() - extra))
        frame = window.frameGeometry()
    left = min(max(frame.left(), available.left()), available.right() - frame.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - frame.height() + 1)
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


class _FirstShow(QObject):
    """On the first show: the frame is known now; shrink the window if it sticks out,
    unless someone resized it in between (a test, or the user's saved size)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.size = window.size()
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._check)
        return False

    def _check(self) -> None:
        window = self.window
        screen = _screen(window)
        untouched = window.size() == self.size
        if screen is not None and untouched and not (window.isMaximized() or window.isFullScreen()):
            shrink_into(window, screen.availableGeometry())
        self.deleteLater()
