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


DEBCONF = Path("schedules") / "giggity-debconf23.schedule.xml"


@pytest.fixture
def debconf_dialog(qtbot, tmp_path, real, monkeypatch) -> ImportDialog:
    """The import dialog on DebConf 23, shown and still reading; it saves as tmp/debconf."""
    target = tmp_path / "debconf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = ImportDialog(real / DEBCONF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_dialog_shows_summary_before_writing(qtbot, tmp_path, debconf_dialog):
    dialog = debconf_dialog
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


def test_oversize_file_gets_the_size_message_not_a_format_guess(qtbot, tmp_path):
    big = tmp_path / "huge.xml"
    with open(big, "wb") as f:  # sparse: 57 MB of zero bytes, which look like no format
        f.truncate(57 * 1024 * 1024)
    dialog = ImportDialog(big)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    text = dialog.summary_text()
    assert "57.0 MB" in text and "50 MB" in text
    assert "is not a schedule" not in text
    assert not dialog.ok_button.isEnabled()
    assert [p.name for p in tmp_path.iterdir()] == ["huge.xml"]


def test_time_zone_override_reads_the_file_again(qtbot, tmp_path, real, debconf_dialog):
    from PySide6.QtCore import Qt

    dialog = debconf_dialog
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert "Asia/Kolkata" in dialog.summary_text()
    edit = dialog.ui.zoneEdit
    assert edit.text() == "" and edit.placeholderText().startswith("As the file says")
    # searchable: part of a city finds its zone
    completer = edit.completer()
    completer.setCompletionPrefix("bamako")
    assert completer.currentCompletion() == "Africa/Bamako"
    # an unknown zone is refused with a message and the reading stays as it was
    edit.setFocus()
    qtbot.keyClicks(edit, "Mars/Olympus")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.ui.zoneMessage.isVisible() and "not an IANA" in dialog.ui.zoneMessage.text()
    assert not dialog.is_busy() and dialog.data.event.venue_time_zone == "Asia/Kolkata"
    edit.clear()
    qtbot.keyClicks(edit, "Africa/Bamako")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not dialog.ui.zoneMessage.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    text = dialog.summary_text()
    assert "venue time zone Africa/Bamako" in text and "set to Africa/Bamako as asked" in text
    assert list(tmp_path.iterdir()) == []
    dialog.ok_button.click()
    with EventStore.open(tmp_path / "debconf.organiser", lock=False) as store:
        assert store.load().event.venue_time_zone == "Africa/Bamako"
    # clearing the field goes back to what the file says
    dialog2 = ImportDialog(real / DEBCONF)
    qtbot.addWidget(dialog2)
    qtbot.waitUntil(lambda: not dialog2.is_busy(), timeout=10_000)
    assert dialog2.set_zone("Europe/Berlin")
    qtbot.waitUntil(lambda: not dialog2.is_busy(), timeout=10_000)
    assert dialog2.data.event.venue_time_zone == "Europe/Berlin"
    assert dialog2.set_zone("")
    qtbot.waitUntil(lambda: not dialog2.is_busy(), timeout=10_000)
    assert dialog2.data.event.venue_time_zone == "Asia/Kolkata"
