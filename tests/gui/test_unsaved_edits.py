"""An edit the file does not take is never shown as done (issue 11, item 3 and 7).

On a read-only file, under another program's write lock or when a write fails, the field
goes back to what the file holds, a message says why, and the undo stack is untouched.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from organiser.store import store as store_module


def _title(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT title FROM event").fetchone()[0]
    finally:
        conn.close()


def _type_title(qtbot, window, text: str):
    view = window.show_view("event")
    field = view.ui.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # editing finished: committed now
    return field


@pytest.fixture
def read_only_file(sample_path: Path, monkeypatch):
    """A file without write permission. Root may write it anyway (and CI runs as root),
    so the store is also told what an ordinary user's permission check says."""
    os.chmod(sample_path, stat.S_IRUSR | stat.S_IRGRP)
    if os.geteuid() == 0:
        monkeypatch.setattr(store_module, "is_writable", lambda path: False)
    yield sample_path
    os.chmod(sample_path, stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_file_opens_visibly_read_only_and_edits_revert(
    qtbot, window, messages, read_only_file
):
    before = _title(read_only_file)
    assert window.open_file(read_only_file)
    ctx = window.ctx
    assert ctx.store.read_only
    assert "[read-only]" in window.windowTitle()
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text()

    field = _type_title(qtbot, window, "Changed")
    qtbot.waitUntil(lambda: len(messages) == 1)
    title, text = messages[0]
    assert title == "Not saved"
    assert "read-only" in text and "Save a Copy As" in text and "Changed" in text
    assert field.text() == before  # the field went back
    assert ctx.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert _title(read_only_file) == before
    # viewing, exporting and copying still work
    copy = read_only_file.with_name("copy.organiser")
    ctx.store.save_copy(copy)
    assert _title(copy) == before


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def held_lock(sample_path: Path):
    """Another program holding the file's write lock until told to let go."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(sample_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(10)


def _release(proc) -> None:
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(10)


def test_waiting_for_a_writer_shows_progress_after_a_second_and_cancel_reverts(
    qtbot, window, messages, sample_path, held_lock, monkeypatch
):
    assert window.open_file(sample_path)
    before = _title(sample_path)
    seen: dict[str, object] = {}

    def look_and_cancel() -> None:
        dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        seen["dialogs"] = len(dialogs)
        if dialogs:
            seen["label"] = dialogs[0].labelText()
            button = dialogs[0].findChild(QPushButton)
            seen["button"] = button.text()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(
        600, lambda: seen.setdefault("early", len(window.findChildren(QProgressDialog)))
    )
    QTimer.singleShot(1600, look_and_cancel)
    started = time.monotonic()
    field = _type_title(qtbot, window, "Changed while busy")
    waited = time.monotonic() - started
    assert seen["early"] == 0  # nothing shown in the first second
    assert seen["dialogs"] == 1, seen
    assert f"(process {held_lock.pid})" in str(seen["label"])  # names the other program
    assert seen["button"] == "Cancel" and waited < 5  # Cancel ended the wait
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert "Stopped waiting" in messages[0][1] and "Changed while busy" in messages[0][1]
    assert field.text() == before
    assert window.ctx.undo_stack.count() == 0
    _release(held_lock)
    assert _title(sample_path) == before
    assert not window.findChildren(QProgressDialog) or not any(
        d.isVisible() for d in window.findChildren(QProgressDialog)
    )


def test_a_writer_that_never_lets_go_is_waited_for_a_bounded_time(
    qtbot, window, messages, sample_path, held_lock, monkeypatch
):
    monkeypatch.setattr(store_module, "WRITE_WAIT_S", 2.0)
    assert window.open_file(sample_path)
    before = _title(sample_path)
    started = time.monotonic()
    field = _type_title(qtbot, window, "Never saved")
    assert time.monotonic() - started < 6
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert "busy" in messages[0][1] and f"(process {held_lock.pid})" in messages[0][1]
    assert field.text() == before and window.ctx.undo_stack.count() == 0


def test_undo_the_file_does_not_take_leaves_the_stack_and_file_as_they_were(
    qtbot, window, messages, sample_path, monkeypatch
):
    import subprocess
    import sys

    monkeypatch.setattr(store_module, "WRITE_WAIT_S", 0.8)
    assert window.open_file(sample_path)
    field = _type_title(qtbot, window, "Saved title")
    assert _title(sample_path) == "Saved title"
    stack = window.ctx.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(sample_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "held"
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: len(messages) == 1)
        assert messages[0][1].startswith("Undo of")
        assert (stack.count(), stack.index()) == (1, 1)  # untouched: Undo still offered
        assert window.undo_action.isEnabled()
        assert field.text() == "Saved title" == _title(sample_path)
    finally:
        _release(proc)
    window.undo_action.trigger()  # the file is free again: now it is undone
    assert _title(sample_path) != "Saved title" and stack.index() == 0


def test_a_group_of_edits_is_saved_whole_or_not_at_all(qtbot, window, messages, sample_path):
    from organiser.gui.commands import UpdateCommand

    assert window.open_file(sample_path)
    ctx = window.ctx
    people = ctx.store.rows("people")[:2]
    stack = ctx.undo_stack
    stack.beginMacro("Rename two people")
    assert stack.push(UpdateCommand(ctx, "people", people[0]["id"], {"given_name": "First"}))
    # the second edit names a column the table does not have: the store refuses it
    assert not stack.push(UpdateCommand(ctx, "people", people[1]["id"], {"nope": "x"}))
    stack.endMacro()
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert "Rename two people" in messages[0][1]
    assert stack.count() == 0
    assert ctx.store.get("people", people[0]["id"])["given_name"] == people[0]["given_name"]
