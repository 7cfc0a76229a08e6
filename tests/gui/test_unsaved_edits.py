"""An edit the file does not take is never shown as done (issue 11, item 3 and 7).

On a read-only file, under another program's write lock or when a write fails, the field
goes back to what the file holds, a message says why, and the undo stack is untouched.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from organiser.store import store as store_module
from tests.file_holders import hold, let_go, title_of


def _typetitle_of(qtbot, window, text: str):
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
    before = title_of(read_only_file)
    assert window.open_file(read_only_file)
    ctx = window.ctx
    assert ctx.store.read_only
    assert "[read-only]" in window.windowTitle()
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text()
    assert window.copy_action.isEnabled() and not window.restore_action.isEnabled()

    field = _typetitle_of(qtbot, window, "Changed")
    qtbot.waitUntil(lambda: len(messages) == 1)
    title, text = messages[0]
    assert title == "Not saved"
    assert "read-only" in text and "Save a Copy As" in text and "Changed" in text
    assert field.text() == before  # the field went back
    assert ctx.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert title_of(read_only_file) == before
    # viewing, exporting and copying still work
    copy = read_only_file.with_name("copy.organiser")
    ctx.store.save_copy(copy)
    assert title_of(copy) == before
    pdf = read_only_file.with_name("programme.pdf")
    job = window.show_view("print").export_to(str(pdf))
    qtbot.waitUntil(lambda: not job.is_running(), timeout=30000)
    assert pdf.read_bytes().startswith(b"%PDF") and len(messages) == 1  # no print-log error


@pytest.fixture
def held_lock(sample_path: Path):
    """Another program holding the file's write lock until told to let go."""
    proc = hold(sample_path)
    yield proc
    let_go(proc)


def test_waiting_for_a_writer_shows_progress_after_a_second_and_cancel_reverts(
    qtbot, window, messages, sample_path, held_lock, monkeypatch
):
    assert window.open_file(sample_path)
    before = title_of(sample_path)
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
    field = _typetitle_of(qtbot, window, "Changed while busy")
    waited = time.monotonic() - started
    assert seen["early"] == 0  # nothing shown in the first second
    assert seen["dialogs"] == 1, seen
    assert f"(process {held_lock.pid})" in str(seen["label"])  # names the other program
    assert seen["button"] == "Cancel" and waited < 5  # Cancel ended the wait
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert "Stopped waiting" in messages[0][1] and "Changed while busy" in messages[0][1]
    assert field.text() == before
    assert window.ctx.undo_stack.count() == 0
    let_go(held_lock)
    assert title_of(sample_path) == before
    assert not window.findChildren(QProgressDialog) or not any(
        d.isVisible() for d in window.findChildren(QProgressDialog)
    )


def test_a_writer_that_never_lets_go_is_waited_for_a_bounded_time(
    qtbot, window, messages, sample_path, held_lock, monkeypatch
):
    monkeypatch.setattr(store_module, "WRITE_WAIT_S", 2.0)
    assert window.open_file(sample_path)
    before = title_of(sample_path)
    started = time.monotonic()
    field = _typetitle_of(qtbot, window, "Never saved")
    assert time.monotonic() - started < 6
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert "busy" in messages[0][1] and f"(process {held_lock.pid})" in messages[0][1]
    assert field.text() == before and window.ctx.undo_stack.count() == 0


def test_undo_the_file_does_not_take_leaves_the_stack_and_file_as_they_were(
    qtbot, window, messages, sample_path, monkeypatch
):
    monkeypatch.setattr(store_module, "WRITE_WAIT_S", 0.8)
    assert window.open_file(sample_path)
    field = _typetitle_of(qtbot, window, "Saved title")
    assert title_of(sample_path) == "Saved title"
    stack = window.ctx.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)
    proc = hold(sample_path)
    try:
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: len(messages) == 1)
        assert messages[0][1].startswith("Undo of")
        assert (stack.count(), stack.index()) == (1, 1)  # untouched: Undo still offered
        assert window.undo_action.isEnabled()
        assert not window.statusBar().currentMessage().startswith("Undone")
        assert field.text() == "Saved title" == title_of(sample_path)
    finally:
        let_go(proc)
    window.undo_action.trigger()  # the file is free again: now it is undone
    assert title_of(sample_path) != "Saved title" and stack.index() == 0


def test_a_group_of_edits_is_saved_whole_or_not_at_all(qtbot, window, messages, sample_path):
    from organiser.gui.editing.commands import UpdateCommand

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
