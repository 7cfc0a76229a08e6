"""Issue 11 in the window: exports never land on the event, automatic backups and
Restore from Backup, a damaged file offers its backup, a lock from elsewhere is taken
over only after asking."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from organiser.gui.editing import safety
from organiser.gui.editing.commands import UpdateCommand
from organiser.store import EventStore, backups
from tests.file_holders import title_of


def _answer_restore(monkeypatch, row: int = 0, shown: list | None = None) -> None:
    def exec_(dialog: safety.RestoreDialog) -> int:
        if shown is not None:
            shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(row)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(safety.RestoreDialog, "exec", exec_)


def test_an_export_onto_the_open_event_is_refused(qtbot, window, messages, sample_path):
    assert window.open_file(sample_path)
    before = sample_path.read_bytes()
    view = window.show_view("print")
    job = view.export_to(str(sample_path))
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    assert messages and "event file" in messages[-1][1]
    assert sample_path.read_bytes() == before
    assert window.ctx.data().event.title == title_of(sample_path)


def test_opening_for_editing_backs_up_and_restore_puts_a_backup_back(
    qtbot, window, messages, sample_path, monkeypatch
):
    original = title_of(sample_path)
    assert window.open_file(sample_path)
    first = backups.list_backups(sample_path)
    assert [b.reason for b in first] == ["opened"]
    window.ctx.undo_stack.push(
        UpdateCommand(window.ctx, "event", 1, {"title": "Edited at the venue"})
    )
    assert title_of(sample_path) == "Edited at the venue"
    shown: list = []
    _answer_restore(monkeypatch, 0, shown)
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert "when it was opened for editing" in shown[0][0]
    assert title_of(sample_path) == original
    assert window.ctx is not None and window.ctx.data().event.title == original
    kept = [b for b in backups.list_backups(sample_path) if b.reason == "before-restore"]
    with EventStore.open(kept[0].path, lock=False) as store:
        assert store.load().event.title == "Edited at the venue"
    assert "Restored the backup" in window.statusBar().currentMessage()


def test_a_periodic_backup_is_taken_only_after_edits(qtbot, window, sample_path):
    assert window.open_file(sample_path)
    auto = window.auto_backup
    auto.periodic()
    assert len(backups.list_backups(sample_path)) == 1  # nothing edited: nothing taken
    time.sleep(0.01)
    window.ctx.undo_stack.push(UpdateCommand(window.ctx, "event", 1, {"title": "New"}))
    auto.periodic()
    found = backups.list_backups(sample_path)
    assert [b.reason for b in found] == ["periodic", "opened"]
    with EventStore.open(found[0].path, lock=False) as store:
        assert store.load().event.title == "New"
    assert auto.timer.isActive() and auto.timer.interval() == backups.INTERVAL_MINUTES * 60_000


def test_a_damaged_file_offers_its_newest_backup(qtbot, window, messages, sample_path, monkeypatch):
    with EventStore.open(sample_path) as store:
        backups.take(store, "opened")
        title = store.load().event.title
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[: len(data) // 2])
    shown: list = []
    _answer_restore(monkeypatch, 0, shown)
    assert window.open_file(sample_path)
    assert len(shown) == 1
    assert window.ctx.data().event.title == title
    damaged = [p for p in backups.folder_for(sample_path).iterdir() if p.suffix == ".damaged"]
    assert len(damaged) == 1 and damaged[0].read_bytes() == data[: len(data) // 2]


def test_a_lock_from_another_computer_is_taken_over_only_when_the_user_says_so(
    qtbot, window, messages, sample_path, monkeypatch
):
    lock = Path(f"{sample_path}.lock")
    lock.write_text(json.dumps({"user": "ana", "host": "LAPTOP-USB", "pid": 9, "since": "2021"}))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *a, **k):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert window.open_file(sample_path) is False
    assert "ana on LAPTOP-USB" in asked[0] and window.ctx is None
    assert json.loads(lock.read_text())["host"] == "LAPTOP-USB"
    answer[0] = QMessageBox.StandardButton.Yes
    assert window.open_file(sample_path)
    assert json.loads(lock.read_text())["host"] != "LAPTOP-USB"
