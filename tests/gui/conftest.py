"""GUI fixtures: settings and the documents folder in the test's own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from organiser import paths
from organiser.gui.context import EventContext
from organiser.gui.views.print_export import PrintExportView
from tests.gui.keyboard import type_text


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
def save_as(monkeypatch: pytest.MonkeyPatch):
    """Answer the Save dialog with a chosen path instead of waiting for a person."""

    def choose(path: Path) -> None:
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
        )

    return choose


def _shown_window(qtbot):
    from organiser.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, messages):
    w = _shown_window(qtbot)
    yield w
    w.close()


@pytest.fixture
def second_window(qtbot, messages):
    """Another window in this process, as a second laptop (its own event file)."""
    w = _shown_window(qtbot)
    yield w
    w.close()


@pytest.fixture
def sample_window(window, sample_path):
    """The window on the reference event, active (keys reach it)."""
    assert window.open_file(sample_path)
    window.activateWindow()
    return window


@pytest.fixture
def typer():
    return type_text


@pytest.fixture
def ctx(sample_store):
    """The window's context on the reference event, closed before its store."""
    context = EventContext(sample_store)
    yield context
    context.close()


@pytest.fixture
def export_view(qtbot, ctx):
    """Print & Export on the reference event, its first preview drawn."""
    view = PrintExportView(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        pass
    return view
