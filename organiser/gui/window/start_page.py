"""What the window shows with no event open (make one, open one, the sample, a recent
one), and the window's icons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...store import EventStore
from .. import settings as prefs
from ..language import translate

if TYPE_CHECKING:
    from ..main_window import MainWindow


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resource("icons", name)))


def ensure_sample() -> Path:
    """The sample event in the user's documents folder, written the first time it is asked for."""
    from ...services.sample import reference_event

    path = paths.documents_dir() / paths.SAMPLE_NAME
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        EventStore.create(path, reference_event(), lock=False).close()
    return path


class StartPage(QWidget):
    """What the window shows with no event open: make one, open one, or the sample."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        title = QLabel("Organiser")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        box.addWidget(
            QLabel(
                translate(
                    "MainWindow", "Programmes, badges and speaker briefs for policy dialogues."
                )
            )
        )
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("new.svg"), translate("MainWindow", "&New event…"))
        self.open_button = QPushButton(icon("open.svg"), translate("MainWindow", "&Open…"))
        self.sample_button = QPushButton(translate("MainWindow", "Open the &sample event"))
        self.new_button.clicked.connect(window.new_event)
        self.open_button.clicked.connect(window.open_dialog)
        self.sample_button.clicked.connect(lambda: window.open_file(ensure_sample()))
        for b in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.recent_label = QLabel(translate("MainWindow", "&Recent events"))
        box.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setMaximumHeight(200)
        self.recent.itemActivated.connect(
            lambda item: window.open_file(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent_label.setBuddy(self.recent)
        box.addWidget(self.recent)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def fill(self) -> None:
        self.recent.clear()
        for path in prefs.recent_files():
            item = QListWidgetItem(f"{Path(path).stem}    ({Path(path).parent})")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)
