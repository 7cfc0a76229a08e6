"""Files in the window: bad files refused with their message, locks, settings, start-up."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFileDialog

from organiser import paths
from organiser.gui import settings as prefs
from organiser.gui.app import parse_args, start_file
from organiser.gui.main_window import MainWindow
from organiser.services.sample import reference_event
from organiser.store import SCHEMA_VERSION, EventStore

ROOT = Path(__file__).resolve().parents[2]


def _text(path: Path) -> None:
    path.write_text("Name,Email\nAïssata,a@example.org\n", encoding="utf-8")


def _other_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path, sample: Path) -> None:
    data = sample.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _newer(path: Path, sample: Path) -> None:
    path.write_bytes(sample.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


BAD_FILES = {
    "not-sqlite": (lambda p, s: _text(p), "not an Organiser event file"),
    "other-app": (lambda p, s: _other_app(p), "another application"),
    "empty": (lambda p, s: _empty(p), "empty (0 bytes)"),
    "truncated": (_truncated, "cut short"),
    "newer": (_newer, "newer version of Organiser"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_gets_its_message_and_changes_nothing(
    case, window, messages, sample_path, tmp_path
):
    assert window.open_file(sample_path)
    title_before = window.windowTitle()
    folder = tmp_path / "bad"
    folder.mkdir()
    bad = folder / f"{case}.organiser"
    make, expected = BAD_FILES[case]
    make(bad, sample_path)
    before = bad.read_bytes()

    assert window.open_file(bad) is False
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Cannot open the event"
    assert expected in text and bad.name in text
    assert bad.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [bad.name]  # no lock, journal or backup
    assert window.ctx is not None and window.ctx.store.path == sample_path
    assert window.windowTitle() == title_before


def test_bad_file_from_open_dialog_keeps_start_page(window, messages, tmp_path, monkeypatch):
    bad = tmp_path / "notes.organiser"
    _text(bad)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    window.open_action.trigger()
    assert window.ctx is None and window.pages.currentWidget() is window.start_page
    assert "not an Organiser event file" in messages[0][1]


def test_second_window_on_the_same_file_is_refused(qtbot, window, messages, sample_path):
    assert window.open_file(sample_path)
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_file(sample_path) is False
    assert "already open in Organiser" in messages[0][1]
    assert second.ctx is None
    # the first window still edits normally
    window.show_view("event").ui.title.setText("Still mine")
    second.close()
    window.close()
    conn = sqlite3.connect(sample_path)
    assert conn.execute("SELECT title FROM event").fetchone()[0] == "Still mine"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_new_refuses_an_existing_file(save_as, window, messages, sample_path):
    from organiser.store import new_event_data

    save_as(sample_path)
    before = sample_path.read_bytes()
    assert window.create_event(new_event_data("Another"), "Another") is False
    assert "already exists" in messages[0][1]
    assert sample_path.read_bytes() == before


def test_save_a_copy(save_as, window, sample_path, tmp_path):
    from organiser.store import EventStore

    assert window.open_file(sample_path)
    copy = tmp_path / "copy.organiser"
    save_as(copy)
    assert window.save_copy()
    with EventStore.open(copy, lock=False) as store:
        assert store.load().event.title.startswith("Rethinking Stability")


def test_geometry_last_file_and_recent_files_remembered(qtbot, sample_path, tmp_path, messages):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    assert first.open_file(sample_path)
    # the People view beside the Problems dock needs more than the 640 px tried here
    first.problems_action.trigger()
    first.show_view("people")
    first.setGeometry(QRect(30, 40, 640, 480))  # inside the offscreen 800x600 screen
    first.close()

    assert start_file(parse_args([])) == sample_path.resolve()
    assert prefs.recent_files() == [str(sample_path.resolve())]

    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 480)
    assert second.open_file(start_file(parse_args([])))
    assert second.current_view_key() == "people"  # the view last used
    second.close_action.trigger()  # closing the event on purpose: next start shows the start page
    assert start_file(parse_args([])) is None
    second._fill_recent_menu()
    assert [a.text() for a in second.recent_menu.actions()] == [sample_path.name]
    second.close()


def test_recent_list_keeps_eight(qtbot, tmp_path):
    for i in range(10):
        p = tmp_path / f"e{i}.organiser"
        prefs.add_recent(p)
    files = prefs.recent_files()
    assert len(files) == 8 and files[0].endswith("e9.organiser")


def test_sample_argument_creates_then_reuses_the_sample(tmp_path):
    path = start_file(parse_args(["--sample"]))
    assert path == paths.documents_dir() / paths.SAMPLE_NAME and path.exists()
    stamp = path.stat().st_mtime_ns
    assert start_file(parse_args(["--sample"])) == path
    assert path.stat().st_mtime_ns == stamp


def test_main_py_starts_and_shows_the_window(tmp_path):
    """The real launcher in a fresh process: --sample, then the last file with no argument."""
    env = {
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DOCUMENTS_DIR": str(tmp_path / "Docs"),
        "QT_QPA_PLATFORM": "offscreen",
        "ORGANISER_BENCH_SHOWN": "1",
        "PATH": "/usr/bin:/bin",
    }
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--sample"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "shown Rethinking Stability" in run.stdout
    made = list(tmp_path.rglob(paths.SAMPLE_NAME))
    assert len(made) == 1
    again = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "shown Rethinking Stability" in again.stdout, again.stderr
    assert not list(tmp_path.rglob("*.lock"))


def test_the_window_closes_cleanly_when_the_system_asks(tmp_path):
    """A logout or shutdown sends SIGTERM: the window closes as its close button does, so
    typing still waiting is saved and the event file's lock goes with it."""
    event = tmp_path / "e.organiser"
    EventStore.create(event, reference_event(), lock=False).close()
    env = {
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
    }
    window = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), str(event)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = event.with_name(event.name + ".lock")
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline and window.poll() is None:
            time.sleep(0.05)
        assert lock.exists(), "the window never opened the event"
        time.sleep(0.3)
        window.send_signal(signal.SIGTERM)
        assert window.wait(timeout=15) == 0
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert not lock.exists()
    with EventStore.open(event) as store:  # opens at once: nobody holds it
        assert store.load().event.title == reference_event().event.title
