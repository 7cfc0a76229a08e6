"""Issue 11 in the store: journals left by a crash, locks, read-only files, backups,
check-in ids."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from organiser.attendees.checkin import check_in, undo_check_in
from organiser.store import EventStore, FileLocked, backups, schema
from organiser.store import store as store_module
from organiser.store.errors import DamagedFile, ReadOnlyFile
from organiser.store.fileinfo import check_event_file
from organiser.store.lock import EventLock, lock_path

CRASH_MID_WRITE = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 2")   # dirty pages spill into the file mid-write
    conn.execute("BEGIN IMMEDIATE")
    for i in range(4000):
        conn.execute(
            "INSERT INTO people (uid, given_name, family_name) VALUES (?, ?, ?)",
            (f"X{i:05d}", "Spilled" * 20, "Row" * 30),
        )
    conn.execute("UPDATE event SET title = 'half written'")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _crash_mid_write(path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", CRASH_MID_WRITE, str(path)], check=False)
    assert proc.returncode == -signal.SIGKILL
    assert Path(f"{path}-journal").stat().st_size > 0  # a hot journal was left


def _people(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT uid FROM people ORDER BY uid")]
    finally:
        conn.close()


def test_a_file_left_mid_write_is_rolled_back_then_opened(sample_path):
    before = _people(sample_path)
    title = EventStore.open(sample_path, lock=False).load().event.title
    _crash_mid_write(sample_path)
    with EventStore.open(sample_path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.load().event.title == title
    assert _people(sample_path) == before
    assert not Path(f"{sample_path}-journal").exists()


def test_a_read_only_file_left_mid_write_is_viewed_rolled_back_and_left_untouched(
    sample_path, monkeypatch
):
    title = EventStore.open(sample_path, lock=False).load().event.title
    _crash_mid_write(sample_path)
    monkeypatch.setattr(store_module, "is_writable", lambda path: False)
    file_bytes = sample_path.read_bytes()
    journal = Path(f"{sample_path}-journal").read_bytes()
    with EventStore.open(sample_path) as store:
        assert store.read_only
        assert store.load().event.title == title
        assert not any(p.uid.startswith("X") for p in store.load().people)
        with pytest.raises(ReadOnlyFile):
            store.update("event", 1, {"title": "x"})
    assert sample_path.read_bytes() == file_bytes  # nothing rolled back in place
    assert Path(f"{sample_path}-journal").read_bytes() == journal


def test_damaged_is_said_only_when_sqlite_cannot_recover(sample_path, tmp_path):
    bad = tmp_path / "bad.organiser"
    data = sample_path.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedFile, match="damaged"):
        EventStore.open(bad)


# ---------------------------------------------------------------------------- locks
def _write_lock(event: Path, **info) -> None:
    lock_path(event).write_text(json.dumps(info), encoding="utf-8")


def test_a_lock_naming_a_live_but_unrelated_process_is_taken_over(sample_path):
    # a process that is alive, but started after the lock was written: its id was reused
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as other:
        try:
            _write_lock(
                sample_path,
                user="ana",
                host=socket.gethostname(),
                pid=other.pid,
                started=time.time() - 3600,
                since="2021-11-16T09:00:00",
            )
            with EventStore.open(sample_path) as store:
                assert store.load().event.title
        finally:
            other.kill()


def test_an_old_lock_without_start_time_from_before_the_process_started_is_stale(sample_path):
    _write_lock(
        sample_path,
        user="ana",
        host=socket.gethostname(),
        pid=os.getppid(),  # alive, but started long after 2021
        since="2021-11-16T09:00:00",
    )
    EventStore.open(sample_path).close()


def test_a_zombie_holder_counts_as_gone(sample_path):
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    import psutil

    while psutil.Process(zombie.pid).status() != psutil.STATUS_ZOMBIE:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    try:
        _write_lock(
            sample_path,
            user="ana",
            host=socket.gethostname(),
            pid=zombie.pid,
            started=psutil.Process(zombie.pid).create_time(),
            since=datetime.now().isoformat(timespec="seconds"),
        )
        EventStore.open(sample_path).close()
    finally:
        zombie.wait()


@pytest.mark.parametrize("content", ["other-host", "garbage"])
def test_a_lock_that_cannot_be_checked_needs_the_users_word(sample_path, content):
    if content == "other-host":
        _write_lock(
            sample_path, user="ana", host="LAPTOP-USB", pid=1, started=1.0, since="2021-11-16T09:00"
        )
    else:
        lock_path(sample_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(FileLocked) as refused:
        EventStore.open(sample_path)
    assert refused.value.can_take_over
    if content == "other-host":
        assert "ana on LAPTOP-USB" in str(refused.value)
    assert "--force-unlock" in str(refused.value)
    with EventStore.open(sample_path, force_unlock=True) as store:
        mine = json.loads(lock_path(sample_path).read_text())
        assert mine["pid"] == os.getpid() and mine["started"] and store.load()
    assert not lock_path(sample_path).exists()


def test_a_live_holder_is_never_overridden(sample_path):
    with EventStore.open(sample_path):
        with pytest.raises(FileLocked) as refused:
            EventStore.open(sample_path, force_unlock=True)
        assert not refused.value.can_take_over


def test_the_lock_follows_a_symbolic_link_to_the_real_file(sample_path, tmp_path):
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    link = elsewhere / "event.organiser"
    link.symlink_to(sample_path)
    with EventStore.open(sample_path), pytest.raises(FileLocked):
        EventStore.open(link)
    with EventStore.open(link):
        assert lock_path(link) == lock_path(sample_path)
        assert lock_path(sample_path).exists() and not Path(f"{link}.lock").exists()
        with pytest.raises(FileLocked):
            EventStore.open(sample_path)


def test_a_copy_never_replaces_an_event_another_window_edits(sample_path, tmp_path):
    other = tmp_path / "other.organiser"
    other.write_bytes(sample_path.read_bytes())
    before = other.read_bytes()
    with (
        EventStore.open(other),
        EventStore.open(sample_path, lock=False) as store,
        pytest.raises(FileLocked, match="open in Organiser"),
    ):
        store.save_copy(other)
    assert other.read_bytes() == before


def test_release_leaves_a_lock_taken_over_by_someone_else(sample_path):
    lock = EventLock(sample_path)
    lock.acquire()
    _write_lock(sample_path, user="bo", host="OTHER", pid=7, started=1.0, since="2026-01-01")
    lock.release()
    assert json.loads(lock_path(sample_path).read_text())["user"] == "bo"


# ------------------------------------------------------------------------ read-only
def _version_2_file(path: Path, sample: Path) -> None:
    path.write_bytes(sample.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("DROP TABLE check_ins")
    conn.execute("DROP TABLE local_settings")  # version 6
    conn.execute("ALTER TABLE print_log DROP COLUMN desk")
    conn.execute("ALTER TABLE event DROP COLUMN short_title")  # a version-3 column
    for table, columns in [*schema.V5_COLUMNS.items(), *schema.V9_COLUMNS.items()]:
        for name in columns:  # version-5 and version-9 columns
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    for name in ("subtitle", "type"):  # version-7 columns
        conn.execute(f"ALTER TABLE sessions DROP COLUMN {name}")
    conn.execute("ALTER TABLE people DROP COLUMN family_first")  # version 8
    conn.execute(schema.V2_TABLES[2])
    conn.execute(schema.V2_TABLES[3])
    conn.execute("INSERT INTO check_ins (id, person_id, at) VALUES (5, 1, '2021-11-16T08:30:00')")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()


def test_an_older_read_only_file_is_viewed_upgraded_in_memory_with_no_copy_left(
    sample_path, tmp_path, monkeypatch
):
    old = tmp_path / "folder" / "old.organiser"
    old.parent.mkdir()
    _version_2_file(old, sample_path)
    before = old.read_bytes()
    monkeypatch.setattr(store_module, "is_writable", lambda path: False)
    for _ in range(2):
        with EventStore.open(old) as store:
            assert store.read_only and store.load().check_ins[0].id == 5
    assert sorted(p.name for p in old.parent.iterdir()) == ["old.organiser"]
    assert old.read_bytes() == before


def test_a_file_whose_folder_cannot_be_written_opens_for_viewing_and_leaves_no_lock(
    sample_path, monkeypatch
):
    folder = sample_path.parent
    real_access = os.access

    def access(path, mode, *a, **k):  # the folder as an ordinary user would find it
        if Path(path) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode, *a, **k)

    monkeypatch.setattr(os, "access", access)
    before = sorted(p.name for p in folder.iterdir())
    with EventStore.open(sample_path) as store:
        assert "its folder is read-only" in store.read_only
        assert store.load().event.title
        with pytest.raises(ReadOnlyFile):
            store.set_setting("x", 1)
        assert sorted(p.name for p in folder.iterdir()) == before  # no lock, no journal


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_file_in_a_read_only_folder_can_be_viewed(sample_path, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    event = folder / "e.organiser"
    event.write_bytes(sample_path.read_bytes())
    folder.chmod(0o555)
    try:
        with EventStore.open(event) as store:
            assert store.read_only and store.load().event.title
    finally:
        folder.chmod(0o755)


def test_upgrade_keeps_check_ins_and_from_then_on_never_reuses_their_ids(sample_path, tmp_path):
    old = tmp_path / "old.organiser"
    _version_2_file(old, sample_path)
    with EventStore.open(old) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert [c.id for c in store.load().check_ins] == [5]
        person = store.load().people[1].id
        later = check_in(store, person, at=datetime(2021, 11, 16, 9, 0))
        assert later == 6
        undo_check_in(store, later)
        again = check_in(store, person, at=datetime(2021, 11, 16, 9, 5))
        assert again == 7  # not 6 again: "undo 6" twice cannot remove this arrival
        assert undo_check_in(store, later) is None
        assert store.get("check_ins", again) is not None
    assert list(tmp_path.glob("old.before-upgrade-v2-*.organiser"))


# -------------------------------------------------------------------------- backups
def test_backups_rotate_and_restore_keeps_the_current_file(sample_path, monkeypatch):
    monkeypatch.setattr(backups, "KEEP", 3)
    with EventStore.open(sample_path) as store:
        for n in range(5):
            store.update("event", 1, {"title": f"Version {n}"})
            backups.take(store, "periodic")
            time.sleep(0.002)
        store.update("event", 1, {"title": "Latest"})
    found = backups.list_backups(sample_path)
    assert len(found) == 3 and found[0].taken > found[-1].taken
    assert found[0].path.parent == backups.folder_for(sample_path)
    assert "while it was being edited" in found[0].describe()
    done = backups.restore(sample_path, found[1])
    with EventStore.open(sample_path, lock=False) as store:
        assert store.load().event.title == "Version 3"
    with EventStore.open(done.kept, lock=False) as kept:  # the file as it was, kept first
        assert kept.load().event.title == "Latest"


def test_restore_over_a_damaged_file_keeps_the_damaged_bytes(sample_path):
    with EventStore.open(sample_path) as store:
        backups.take(store, "opened")
    damaged = sample_path.read_bytes()[:5000]
    sample_path.write_bytes(damaged)
    Path(f"{sample_path}-journal").write_bytes(b"stale")
    done = backups.restore(sample_path, backups.latest(sample_path))
    assert done.kept.name.endswith(".damaged") and done.kept.read_bytes() == damaged
    assert not Path(f"{sample_path}-journal").exists()
    assert check_event_file(sample_path) == schema.SCHEMA_VERSION


def test_restore_is_refused_while_a_window_edits_the_file(sample_path):
    with EventStore.open(sample_path) as store:
        backups.take(store, "opened")
        before = sample_path.read_bytes()
        with pytest.raises(FileLocked):
            backups.restore(sample_path, backups.latest(sample_path))
        assert sample_path.read_bytes() == before
