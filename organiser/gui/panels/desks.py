"""The Desks panel: whether the open event is shared, the other desks (last heard, all
sent or not), and every conflict this desk resolved; with File › Share this event… and
File › Join a shared event…, which it puts in the window's menu.

What it says comes from ``sync.status`` (plain sentences the tests read too); the desk's
service runs in ``gui.sharing``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHeaderView,
    QMenu,
    QScrollArea,
    QTreeWidgetItem,
    QWidget,
)

from ...sync import SyncError
from ...sync.status import PeerRow, conflict_texts, summarise
from ..context import EventContext
from ..forms.ui_desks import Ui_DesksPanel
from ..language import translate
from ..sharing import DEFAULT_PORT, Sharing

if TYPE_CHECKING:  # the dialogs (and the network side) come when first asked for
    from ..dialogs.share import JoinDialog, ShareDialog
    from ..main_window import MainWindow

REFRESH_MS = 1000
#: the newest conflicts listed (all are kept in the file)
MAX_LISTED = 500
STYLES = {
    "alone": "QLabel { background: #fff3c4; color: #3d3000; padding: 6px; border-radius: 3px; }",
    "shared": "QLabel { background: #e3f2e1; color: #1b3d1b; padding: 6px; border-radius: 3px; }",
    "off": "QLabel { padding: 6px; }",
}


class DesksPanel(QWidget):
    """What the Desks dock shows of the open event's sharing, read again every second
    while it is shown and the desk shares."""

    def __init__(self, ctx: EventContext, sharing: Sharing, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.sharing = ctx, sharing
        self.ui = Ui_DesksPanel()
        self.ui.setupUi(self)
        header = self.ui.peers.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.stopButton.clicked.connect(lambda: self.sharing.stop(forget=True))
        self._conflicts = -1
        self._kind = ""
        # "last heard N s ago" moves on its own, so the panel reads the service again every
        # second, but only while it is seen and there is a service to read
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        sharing.state_changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        if self.sharing.running and self.isVisible():
            self._timer.start()
        else:
            self._timer.stop()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def refresh(self) -> None:
        ui, store, service = self.ui, self.ctx.store, self.sharing.service
        if self.ctx.closed or store.conn is None:
            return
        desk = store.desk
        ui.stopButton.setVisible(service is not None)
        ui.shareButton.setVisible(service is None and not store.read_only)
        if service is None:
            self._headline(
                "off",
                translate(
                    "Sharing",
                    "This desk is not sharing now: other desks cannot reach it and it does not "
                    "hear from them. Share… starts again.",
                )
                if desk
                else translate(
                    "Sharing",
                    "This event is not shared. Share… lets other laptops at the venue work on "
                    "it with you, online or not.",
                ),
            )
            ui.thisDesk.setText(
                translate("Sharing", "This desk: {name}").format(name=desk.name) if desk else ""
            )
            ui.peers.clear()
        else:
            from ...sync.crypto import shown

            assert desk is not None
            addresses = self.sharing.addresses()
            summary = summarise(service.status(), addresses[0], time.monotonic())
            self._headline("alone" if summary.alone else "shared", summary.headline)
            ui.thisDesk.setText(
                translate(
                    "Sharing", "This desk: {name} · others join at {addresses} · join code {code}"
                ).format(name=desk.name, addresses=", ".join(addresses), code=shown(desk.code))
            )
            self._peers(summary.peers)
        self._conflict_list()

    def _headline(self, kind: str, text: str) -> None:
        self.ui.headline.setText(text)
        if kind != self._kind:  # a new style sheet re-polishes the label
            self._kind = kind
            self.ui.headline.setStyleSheet(STYLES[kind])

    def _peers(self, rows: list[PeerRow]) -> None:
        tree = self.ui.peers
        tree.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    row.name
                    if row.online
                    else translate("Sharing", "{name} (not reachable)").format(name=row.name),
                    translate("Sharing", "{heard} · {sent} · in {came_in}, out {went_out}").format(
                        heard=row.heard, sent=row.sent, came_in=row.came_in, went_out=row.went_out
                    ),
                ]
            )
            tip = "\n".join(t for t in (row.address, row.error) if t)
            for column in (0, 1):
                item.setToolTip(column, tip)
            tree.addTopLevelItem(item)

    def _conflict_list(self) -> None:
        desk = self.ctx.store.desk
        count = desk.conflict_count() if desk is not None else 0
        self.ui.conflictsLabel.setText(
            translate("Sharing", "Conflicts resolved: {n}").format(n=count)
        )
        self.ui.conflicts.setVisible(count > 0)
        if count == self._conflicts:
            return
        self._conflicts = count
        self.ui.conflicts.clear()
        if count:
            people = {p.id: p.full_name for p in self.ctx.data().people if p.id is not None}
            texts = conflict_texts(self.ctx.store.conn, people)
            self.ui.conflicts.addItems(texts[:MAX_LISTED])


class DesksDock(QDockWidget):
    """A dock holding the Desks panel of the open event, and the sharing it shows."""

    def __init__(self, window: MainWindow):
        super().__init__(translate("Sharing", "Desks"), window)
        self.setObjectName("desksDock")  # saveState()/restoreState() find it by name
        self.main = window
        self.sharing = Sharing(self)
        self.panel: DesksPanel | None = None
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.toggle = self.toggleViewAction()
        self.toggle.setText(translate("Sharing", "&Desks"))
        self.toggle.setStatusTip(
            translate("Sharing", "Show or hide the desks this event is shared with")
        )
        self.share_action = QAction(translate("Sharing", "S&hare this event…"), self)
        self.share_action.triggered.connect(self.share_event)
        self.join_action = QAction(translate("Sharing", "&Join a shared event…"), self)
        self.join_action.triggered.connect(self.join_event)
        self.sharing.said.connect(lambda line: window.statusBar().showMessage(line, 8000))
        self.hide()

    def sizeHint(self) -> QSize:
        return QSize(340, 300)

    def install(self, file_menu: QMenu) -> None:
        file_menu.addAction(self.share_action)
        file_menu.addAction(self.join_action)

    def update_actions(self, ctx: EventContext | None) -> None:
        self.share_action.setEnabled(ctx is not None and not ctx.store.read_only)
        self.toggle.setEnabled(ctx is not None)

    def set_context(self, ctx: EventContext | None) -> str:
        """Follow the open event (None: closed, sharing stops). Returns why a desk that
        was sharing could not share again ("" when it could)."""
        old, self.panel = self.widget(), None
        problem = self.sharing.set_store(ctx.store if ctx is not None else None)
        if ctx is not None:
            self.panel = DesksPanel(ctx, self.sharing, self)
            self.panel.ui.shareButton.clicked.connect(self.share_event)
            # in a scroll area: a dock shorter than its wrapped sentences scrolls them
            # instead of clipping them top and bottom
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self.panel)
            self.setWidget(scroll)
            if self.sharing.running:
                self.reveal()
        else:
            self.hide()
        if old is not None:
            shiboken6.delete(old)  # now: the panel's timer must not read a closed event file
        return problem

    def reveal(self) -> None:
        self.show()
        self.raise_()

    def share_event(self) -> ShareDialog | None:
        """File › Share this event…: the address and join code; Start (or Stop) sharing."""
        from ..dialogs.share import ShareDialog

        if self.sharing.store is None:
            return None
        dialog = ShareDialog(self.sharing, self.main)
        dialog.accepted.connect(lambda: self.reveal() if self.sharing.running else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def join_event(self) -> JoinDialog:
        """File › Join a shared event…: fetch the event from a sharing desk, open the new
        desk's file here and share it at once."""
        from ..dialogs.share import JoinDialog

        dialog = JoinDialog(self.main)
        dialog.accepted.connect(lambda: self._joined(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _joined(self, dialog: JoinDialog) -> None:
        assert dialog.joined is not None
        if not self.main.open_file(dialog.joined.path):
            return
        try:
            self.sharing.start(port=DEFAULT_PORT, fall_back=True)
        except (OSError, SyncError) as exc:
            self.main.statusBar().showMessage(
                translate("Sharing", "This desk could not share: {reason}").format(reason=exc),
                12000,
            )
            return
        self.reveal()
