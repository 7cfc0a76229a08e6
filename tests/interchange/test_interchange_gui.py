"""File → Import drives the real dialog: summary first, then a new event file on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu

from organiser.gui.dialogs import import_dialog
from organiser.gui.dialogs.import_dialog import ImportDialog
from organiser.store import EventStore


def _sessions(path: Path) -> int:
    with EventStore.open(path, lock=False) as store:
        return len(store.load().sessions)


def test_dialog_shows_summary_before_writing(qtbot, tmp_path, real, monkeypatch):
    source = real / "schedules" / "giggity-debconf23.schedule.xml"
    target = tmp_path / "debconf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    text = dialog.summary_text()
    assert "117 sessions" in text and "87 people" in text and "Asia/Kolkata" in text
    assert "UTC start" in text
    assert list(tmp_path.iterdir()) == []  # nothing written before accepting
    dialog.ok_button.click()
    created = tmp_path / "debconf.organiser"
    assert dialog.created_path == created and dialog.result() == ImportDialog.DialogCode.Accepted
    assert _sessions(created) == 117


def test_broken_file_shows_why_and_writes_nothing(qtbot, tmp_path):
    bad = tmp_path / "cut.xml"
    bad.write_bytes(b"<schedule><conference><title>x</title>")
    dialog = ImportDialog(bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert "truncated" in dialog.summary_text()
    assert not dialog.ok_button.isEnabled()
    assert [p.name for p in tmp_path.iterdir()] == ["cut.xml"]


@pytest.mark.parametrize("name", ["voc-example-pretalx-rc3.json"])
def test_menu_action_imports_and_hands_over_the_new_file(qtbot, tmp_path, real, monkeypatch, name):
    source = real / "schedules" / name
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "rc3.organiser"), "")),
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu("Import", window)
    window.menuBar().addMenu(menu)
    opened: list[Path] = []
    action = import_dialog.install(menu, opened.append)
    seen: list[str] = []

    def accept_when_ready() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog) and not dialog.is_busy():
            seen.append(dialog.summary_text())
            dialog.ok_button.click()
        else:
            QTimer.singleShot(20, accept_when_ready)

    QTimer.singleShot(0, accept_when_ready)
    action.trigger()
    assert opened == [tmp_path / "rc3.organiser"]
    assert "48 sessions" in seen[0]
    assert _sessions(opened[0]) == 48


def test_cancel_while_reading_writes_nothing(qtbot, tmp_path, real):
    from PySide6.QtCore import QThreadPool

    dialog = ImportDialog(real / "schedules" / "giggity-36c3_merged.schedule.xml")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Cancel).click()
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # let the finished job's queued signal arrive at the closed dialog
    assert dialog.created_path is None
    assert list(tmp_path.iterdir()) == []
