"""Stale paper: the printed documents that no longer match the event, and a way to redo them.

The panel knows which paper is out of date (``organiser.checks.stale``) but not how to
print it: a re-export is announced through ``reexport_requested`` (the Print & Export view
runs its exporters, off the UI thread) and handed to any exporter registered for the
document's kind in :attr:`StalePaperPanel.exporters`. An exporter writes its file and
calls ``record_export``; that commit refreshes the panel, and the row goes away.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, MutableMapping
from datetime import datetime
from typing import ClassVar, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QMetaMethod,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...checks.base import hhmm
from ...checks.stale import KINDS, Redo, StaleOutput, stale_outputs, to_redo
from .. import language
from ..context import EventContext
from ..language import translate

Index = QModelIndex | QPersistentModelIndex

Exporter = Callable[[EventContext, Redo], None]

#: Stale paper is found a moment after the last commit, as the checks are.
DEBOUNCE_MS = 150


def done_words() -> dict[str, str]:
    """What a message says was done, by document kind."""
    return {
        "programme": translate("Stale", "the programme"),
        "badge": translate("Stale", "badges"),
        "tent": translate("Stale", "table tents"),
        "brief": translate("Stale", "speaker briefs"),
    }


def printed_when(at: datetime, now: datetime | None = None) -> str:
    """'09:10' today, '26 Nov 09:10' earlier this year, '26 Nov 2025' before that."""
    now = now or datetime.now()
    if at.date() == now.date():
        return hhmm(at.time())
    day = i18n.day_short(at.date(), language.current())
    if at.year == now.year:
        return f"{day} {hhmm(at.time())}"
    return f"{day} {at.year}"


def again_words() -> dict[str, str]:
    """The tooltip of a row's button, by document kind."""
    return {
        "programme": translate("Stale", "Print this programme again"),
        "badge": translate("Stale", "Print this badge again"),
        "tent": translate("Stale", "Print this table tent again"),
        "brief": translate("Stale", "Print this speaker brief again"),
    }


class _WrapDelegate(QStyledItemDelegate):
    """Tells the tree how tall a wrapped message is at its column's current width (a tree
    view asks its delegate without saying how wide the column is)."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        # a valid rect (the style ignores a zero height), a little narrower than the column
        # as painting leaves a margin the size hint does not
        opt.rect = QRect(0, 0, max(40, self.tree.columnWidth(index.column()) - 12), 10_000)
        size = super().sizeHint(opt, index)
        return QSize(size.width(), max(size.height() + 6, 26))


class _ButtonDelegate(QStyledItemDelegate):
    """Paints a "Re-export" push button in each row and reports its clicks.

    Painted rather than one QToolButton per row: a new badge layout can make two thousand
    badges stale at once, and two thousand child widgets take seconds to build and
    minutes to tear down on the next refresh.
    """

    clicked = Signal(int)  # the row whose button was clicked

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree
        self.TEXT = translate("Stale", "Re-export")
        self._pressed: QPersistentModelIndex | None = None

    def _size(self) -> QSize:
        fm = self.tree.fontMetrics()
        return QSize(fm.horizontalAdvance(self.TEXT) + 24, fm.height() + 8)

    def button_rect(self, cell: QRect) -> QRect:
        size = self._size()
        top = cell.top() + (cell.height() - size.height()) // 2
        return QRect(cell.left() + 4, top, size.width(), size.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = self._size()
        return QSize(size.width() + 8, size.height() + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)  # the row's background and selection
        button = QStyleOptionButton()
        button.rect = self.button_rect(option.rect)
        button.text = self.TEXT
        button.fontMetrics = option.fontMetrics
        button.palette = option.palette
        pressed = self._pressed is not None and self._pressed == index
        button.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_Sunken if pressed else QStyle.StateFlag.State_Raised
        )
        style = self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, self.tree)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            return False
        mouse = cast(QMouseEvent, event)
        inside = self.button_rect(option.rect).contains(mouse.position().toPoint())
        if mouse.button() != Qt.MouseButton.LeftButton:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            if not inside:
                return False
            self._pressed = QPersistentModelIndex(index)
            self.tree.viewport().update(option.rect)
            return True
        was = self._pressed is not None and self._pressed == index
        self._pressed = None
        self.tree.viewport().update(option.rect)
        if was and inside:
            self.clicked.emit(index.row())
            return True
        return was


class StalePaperPanel(QWidget):
    """The out-of-date printed outputs, each with a "Re-export" button, and "Re-export all".

    Signals: ``reexport_requested(list[Redo])`` on every re-export the user asks for.
    Exporters: ``StalePaperPanel.exporters[kind] = fn`` registers ``fn(ctx, redo)`` for all
    panels; ``panel.exporters[kind] = fn`` for one panel only (it takes precedence).
    """

    reexport_requested = Signal(list)
    #: Exporters for every panel, by document kind ('programme', 'badge', 'brief').
    exporters: ClassVar[MutableMapping[str, Exporter]] = {}

    def __init__(self, ctx: EventContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        # Reads fall through to the class registry; writes stay with this panel.
        # (mypy forbids setting a ClassVar on an instance; this one shadows it on purpose)
        self.exporters = ChainMap({}, StalePaperPanel.exporters)  # type: ignore[misc]
        self._stale: list[StaleOutput] = []
        self._dirty = True
        self._exporting = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        self.summary = QLabel(self)
        self.summary.setObjectName("staleSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.redo_all = QPushButton(translate("Stale", "Re-export all"), self)
        self.redo_all.setToolTip(translate("Stale", "Print again every document listed here"))
        self.redo_all.clicked.connect(self.reexport_all)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.redo_all)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [translate("Stale", "Out of date"), translate("Stale", "Printed"), ""]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegateForColumn(0, _WrapDelegate(self.tree))
        self.buttons = _ButtonDelegate(self.tree)
        self.buttons.clicked.connect(lambda row: self.reexport([self._stale[row]]))
        self.tree.setItemDelegateForColumn(2, self.buttons)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.redo_selected = QAction(translate("Stale", "Re-export"), self.tree)
        self.redo_selected.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.redo_selected.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.redo_selected.triggered.connect(self.reexport_selected)
        self.tree.addAction(self.redo_selected)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAccessibleName(translate("Stale", "Out-of-date printed documents"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # rows grow to wrap a long message when the column width settles or changes
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda i, *_: i == 0 and self._relayout.start(0))

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.status = QLabel(self)
        self.status.setObjectName("staleStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        ctx.changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------------ public API
    def stale(self) -> list[StaleOutput]:
        """What the panel lists, programme first, then badges and briefs by name; brought
        up to date first if the event changed while the panel was hidden."""
        if self._dirty:
            self.refresh()
        return list(self._stale)

    def messages(self) -> list[str]:
        return [s.message for s in self.stale()]

    def refresh(self) -> None:
        """Compare the print log with the event now and list what is out of date."""
        self._timer.stop()
        if self.ctx.closed:
            return
        self._dirty = False
        data = self.ctx.data()
        self._stale = stale_outputs(data, lang=language.current())
        now = datetime.now()
        self.tree.clear()
        rows = []
        for i, s in enumerate(self._stale):
            row = QTreeWidgetItem([s.message, printed_when(s.printed_at, now), ""])
            row.setToolTip(0, s.message)
            row.setToolTip(2, again_words().get(s.kind, ""))
            row.setData(0, Qt.ItemDataRole.UserRole, i)
            rows.append(row)
        self.tree.addTopLevelItems(rows)
        n = len(self._stale)
        self.redo_all.setEnabled(n > 0)
        if n:
            self.summary.setText(
                translate("Stale", "1 printed document is out of date")
                if n == 1
                else translate("Stale", "{n} printed documents are out of date").format(n=n)
            )
            self.stack.setCurrentWidget(self.tree)
        else:
            printed = any(r.kind in KINDS for r in data.print_log)
            self.summary.setText(translate("Stale", "Printed paper"))
            self.empty.setText(
                translate("Stale", "Everything printed is up to date.")
                if printed
                else translate(
                    "Stale",
                    "Nothing has been printed yet. Programmes, badges and briefs you export "
                    "will be listed here when an edit makes them out of date.",
                )
            )
            self.stack.setCurrentWidget(self.empty)

    def button_rect(self, row: int) -> QRect:
        """Where the "Re-export" button of a row is, in the tree's viewport."""
        index = self.tree.model().index(row, 2)
        return self.buttons.button_rect(self.tree.visualRect(index))

    def reexport_selected(self) -> None:
        rows = sorted(self.tree.indexOfTopLevelItem(item) for item in self.tree.selectedItems())
        if rows:
            self.reexport([self._stale[r] for r in rows])

    def reexport_all(self) -> None:
        self.reexport(self.stale())

    def reexport(self, outputs: list[StaleOutput]) -> list[Redo]:
        """Ask for the exports that bring ``outputs`` up to date; run registered exporters."""
        redo = to_redo(outputs)
        if not redo:
            return redo
        self.reexport_requested.emit(redo)
        done: list[str] = []
        failed: list[str] = []
        unhandled: list[str] = []
        self._exporting = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for r in redo:
                what = done_words().get(r.kind, r.kind)
                exporter = self.exporters.get(r.kind)
                if exporter is None:
                    unhandled.append(what)
                    continue
                try:
                    exporter(self.ctx, r)
                except Exception as e:  # an exporter is outside code: report it, go on
                    failed.append(
                        translate("Stale", "Could not re-export {what}: {reason}").format(
                            what=what, reason=e
                        )
                    )
                else:
                    done.append(what)
        finally:
            QApplication.restoreOverrideCursor()
            self._exporting = False
        notes = []
        if done:
            notes.append(
                translate("Stale", "Re-exported {what}.").format(
                    what=", ".join(dict.fromkeys(done))
                )
            )
        notes += failed
        if unhandled and not self._signal_connected():
            notes.append(
                translate("Stale", "Open Print & Export to print {what} again.").format(
                    what=", ".join(dict.fromkeys(unhandled))
                )
            )
        self._note(" ".join(notes), error=bool(failed))
        self.refresh()
        return redo

    # ------------------------------------------------------------------ internals
    def _changed(self, _tables: object = None) -> None:
        # While hidden (the Print & Export view is not shown) edits only mark the list
        # out of date: comparing thousands of badges on every keystroke would be waste.
        self._dirty = True
        if not self._exporting:
            self._note("")  # the last re-export's news is old news after an edit
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _signal_connected(self) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(self.reexport_requested))

    def _note(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #c62828;" if error else "")
        self.status.setVisible(bool(text))
