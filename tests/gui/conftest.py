"""GUI fixtures: settings and the documents folder in the test's own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from organiser import paths


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Path:
    """Each test its own settings, per-user files and documents folder: nothing leaks."""
    config = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    monkeypatch.setattr(paths, "documents_dir", lambda: tmp_path / "Documents")
    # per-user files (imported badge layouts, printer calibration) stay in the test's folder
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the window would show, captured instead of waiting for a click."""
    shown: list[tuple[str, str]] = []

    def capture(_parent: QWidget | None, title: str, text: str, *args: object, **kw: object):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(capture))
    return shown


@pytest.fixture
def window(qtbot, messages):
    from organiser.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, one key event per character (keyClicks aborts on accents)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def typer():
    return type_text
