"""The main window's Problems dock and the counts it puts in the status bar.

The dock outlives the event: it is empty (and hidden) while no event is open and holds a
fresh :class:`ProblemsPanel` for each event, so the checks never run against a closed
file. The status bar's counts are a button: the user who sees "1 error" can click it to
get to the list.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QFrame, QHBoxLayout, QLabel, QWidget

from ...checks import SEVERITIES
from ..context import EventContext
from .problems import ProblemsPanel, counted, severity_icon


class ProblemsDock(QDockWidget):
    """A dock holding the Problems panel of the open event."""

    #: the panel's counts after every run of the checks (an empty dict: no event)
    counts_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Problems", parent)
        # saveState()/restoreState() find the dock by this name
        self.setObjectName("problemsDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.panel: ProblemsPanel | None = None
        self._placeholder = QLabel("Open an event to see its problems.")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)
        self.setWidget(self._placeholder)

    def sizeHint(self) -> QSize:
        return QSize(340, 400)

    def set_context(self, ctx: EventContext | None) -> None:
        """Show the problems of ``ctx``'s event, or nothing when no event is open."""
        old = self.panel
        self.panel = None
        if ctx is None:
            self.setWidget(self._placeholder)
            self._placeholder.show()
        else:
            panel = ProblemsPanel(ctx, self)
            panel.setObjectName("problemsPanel")
            panel.counts_changed.connect(self.counts_changed)
            panel.counts_changed.connect(lambda _found: self._fit_filters())
            # a narrow dock wraps the summary and shows the filters as icons only, so the
            # dock does not force a small window wider
            panel.summary.setWordWrap(True)
            for button in panel.filters.values():
                button.setMinimumWidth(button.iconSize().width() + 12)
            self.panel = panel
            self._placeholder.hide()
            self.setWidget(panel)
            panel.show()
        if old is not None:
            # now, not later: a check run still pending must not read a closed event file
            shiboken6.delete(old)
        self.counts_changed.emit(self.panel.counts() if self.panel is not None else {})

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_filters()

    def _fit_filters(self) -> None:
        if self.panel is None:
            return
        buttons = list(self.panel.filters.values())
        needed = 24 + sum(
            b.fontMetrics().horizontalAdvance(b.text()) + b.iconSize().width() + 18 for b in buttons
        )
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if self.panel.width() >= needed
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for b in buttons:
            b.setToolButtonStyle(style)

    def reveal(self) -> None:
        """Show the dock, bring it to the front of any tab group and put the keyboard in
        its list, so the user can go through the findings at once."""
        self.show()
        self.raise_()
        if self.panel is not None:
            self.panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.panel.view.currentIndex().isValid() and self.panel.model.rowCount():
                self.panel.view.setCurrentIndex(self.panel.model.index(0))


class ProblemCounts(QFrame):
    """'✖ 1 error  ⚠ 4 warnings' in the status bar; a click (or Space) shows the dock."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemCounts")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolTip("Show the Problems panel (Ctrl+Shift+P)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        self.icons: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for severity in SEVERITIES:
            icon = QLabel(self)
            icon.setPixmap(severity_icon(severity).pixmap(14, 14))
            label = QLabel(self)
            label.setObjectName(f"{severity}Count")
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(6)
            self.icons[severity] = icon
            self.labels[severity] = label
        self.none = QLabel("No problems found", self)
        layout.addWidget(self.none)
        self.set_counts({})

    def set_counts(self, found: dict[str, int]) -> None:
        """Show each severity that has findings, as the panel's own summary does."""
        shown = {s: n for s, n in found.items() if n}
        for severity in SEVERITIES:
            n = shown.get(severity, 0)
            self.icons[severity].setVisible(n > 0)
            self.labels[severity].setVisible(n > 0)
            self.labels[severity].setText(counted(n, severity))
        self.none.setVisible(not shown)
        words = " · ".join(counted(n, s) for s, n in found.items() if n) or "No problems found"
        self.setAccessibleName(f"Problems: {words}")

    def text(self) -> str:
        """What the user reads, as one line ('1 error · 4 warnings')."""
        parts = [self.labels[s].text() for s in SEVERITIES if not self.labels[s].isHidden()]
        return " · ".join(parts) if parts else self.none.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)
