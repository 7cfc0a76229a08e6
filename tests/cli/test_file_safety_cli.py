"""Issue 11 on the command line: exports never land on an event, read-only and busy files,
stops and leftovers, split exports, ICS limits, backups."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from organiser.cli import main
from organiser.store import EventStore, backups
from tests.file_holders import hold, let_go

EXPORTS = [
    ["export", "json", "{event}", "-o", "{target}"],
    ["export", "agenda", "{event}", "-o", "{target}"],
    ["export", "schedule-json", "{event}", "-o", "{target}"],
    ["export", "frab", "{event}", "-o", "{target}"],
    ["export", "ics", "{event}", "-o", "{target}"],
    ["export", "csv", "{event}", "-o", "{target}"],
    ["export", "attendees", "{event}", "-o", "{target}"],
    ["export", "signin", "{event}", "-o", "{target}"],
    ["export", "briefs", "{event}", "-o", "{target}"],
    ["export", "runsheet", "{event}", "-o", "{target}"],
    ["export", "tents", "{event}", "-o", "{target}"],
    ["export", "badges", "{event}", "-o", "{target}", "--layout", "Avery L7418"],
]


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "organiser", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **kw,
    )


@pytest.mark.parametrize("command", EXPORTS, ids=lambda c: c[1])
@pytest.mark.parametrize("onto", ["itself", "another-event", "symlink"])
def test_no_export_ever_writes_over_an_event_file(command, onto, sample_path, tmp_path, capsys):
    if onto == "itself":
        target = sample_path
    else:
        target = tmp_path / "other.organiser"
        target.write_bytes(sample_path.read_bytes())
        if onto == "symlink":
            link = tmp_path / "programme.pdf"
            link.symlink_to(target)
            target = link
    real = Path(os.path.realpath(target))
    before = real.read_bytes()
    args = [a.format(event=sample_path, target=target) for a in command]
    if args[1] in ("csv", "attendees") and onto != "symlink":
        pass  # the suffix check comes first for those: still refused, exit 2
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "event file" in err and err.count("\n") == 1
    assert real.read_bytes() == before
    assert EventStore.open(real, lock=False).load().event.title


def test_an_export_may_not_take_an_event_files_name(sample_path, tmp_path, capsys):
    assert main(["export", "json", str(sample_path), "-o", str(tmp_path / "new.organiser")]) == 2
    assert "ends in .organiser" in capsys.readouterr().err
    assert not (tmp_path / "new.organiser").exists()


def test_killed_exports_leave_leftovers_that_the_next_export_removes(sample_path, tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    left = tmp_path / f".out.json.{pid}.abcd1234.part"
    left.write_text("half")
    live = tmp_path / f".out.json.{os.getpid()}.efgh5678.part"  # a run still going
    live.write_text("busy")
    assert main(["export", "json", str(sample_path), "-o", str(tmp_path / "out.json")]) == 0
    assert not left.exists() and live.exists()


def test_exports_get_the_users_umask(sample_path, tmp_path):
    old = os.umask(0o022)
    try:
        assert main(["export", "json", str(sample_path), "-o", str(tmp_path / "a.json")]) == 0
        os.umask(0o002)
        assert main(["export", "json", str(sample_path), "-o", str(tmp_path / "b.json")]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.json").stat().st_mode & 0o777 == 0o664


# ------------------------------------------------------------------------- read-only
@pytest.fixture
def read_only_event(sample_path, monkeypatch):
    """A file without write permission. Root may write it anyway (and CI runs as root),
    so the store is also told what an ordinary user's permission check says."""
    from organiser.store import store as store_module

    sample_path.chmod(0o444)
    if os.geteuid() == 0:
        monkeypatch.setattr(store_module, "is_writable", lambda path: False)
    yield sample_path
    sample_path.chmod(0o644)


def test_checkin_on_a_read_only_file_says_so_and_changes_nothing(read_only_event, capsys):
    before = read_only_event.read_bytes()
    assert main(["checkin", str(read_only_event), "--name", "Bagayoko"]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "Nothing was changed" in err and err.count("\n") == 1
    # viewing and exporting still work; the print log simply is not written
    out = read_only_event.with_name("programme.pdf")
    assert main(["export", "agenda", str(read_only_event), "-o", str(out)]) == 0
    assert out.exists() and "not noted in the print log" in capsys.readouterr().err
    assert read_only_event.read_bytes() == before
    assert sorted(p.name for p in read_only_event.parent.iterdir() if p.name != "user-data") == [
        "programme.pdf",
        "sample.organiser",
    ]


# ---------------------------------------------------------------------------- busy
def test_a_writer_behind_a_reader_says_whom_it_waits_for_then_writes(sample_path):
    reader = hold(sample_path, "read")
    writer = subprocess.Popen(
        [sys.executable, "-m", "organiser", "checkin", str(sample_path), "--name", "Bagayoko"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    note = writer.stderr.readline()
    assert "waiting for" in note and f"(process {reader.pid})" in note
    let_go(reader)
    out, _err = writer.communicate(timeout=30)
    assert writer.returncode == 0 and "checked in" in out


# ----------------------------------------------------------------------- stopping
def test_sigterm_stops_a_split_export_within_two_seconds(tmp_path):
    event = tmp_path / "big.organiser"
    assert (
        main(["generate", str(event), "--people", "1500", "--sessions", "400", "--speakers", "900"])
        == 0
    )
    folder = tmp_path / "briefs"
    proc = subprocess.Popen(
        [sys.executable, "-m", "organiser", "export", "briefs", str(event), "--split", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".briefs.*.part/*.pdf")):  # the workers are writing
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    stopped = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert time.monotonic() - stopped < 2.0
    assert proc.returncode == 143 and "stopped" in err
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "user-data")
    assert left == ["big.organiser"]  # nothing left


def test_ics_split_names_are_cleaned_and_all_or_nothing(sample_path, tmp_path, monkeypatch):
    with EventStore.open(sample_path) as store:
        pid = next(r["person_id"] for r in store.rows("roles"))
        store.update("people", pid, {"uid": "../../etc/x\x1b[31m"})
    folder = tmp_path / "cals"
    folder.mkdir()
    (folder / "keep.ics").write_text("mine")
    assert main(["export", "ics", str(sample_path), "--split", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert "keep.ics" in names
    assert all("/" not in n and "\x1b" not in n and ".." not in n for n in names)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "user-data") == [
        "cals",
        "sample.organiser",
    ]

    # a failure half-way writes none of them, and leaves what was there
    from organiser.interchange import ics_export

    again = tmp_path / "again"
    again.mkdir()
    (again / names[0]).write_text("older")
    calls = {"n": 0}
    real = ics_export.calendar

    def failing(data, person=None, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(data, person, **kw)

    monkeypatch.setattr(ics_export, "calendar", failing)
    assert main(["export", "ics", str(sample_path), "--split", str(again)]) == 2
    assert sorted(p.name for p in again.iterdir()) == [names[0]]
    assert (again / names[0]).read_text() == "older"


# --------------------------------------------------------------------------- ICS
def test_ics_errors_quote_little_and_escape_control_characters(tmp_path, capsys):
    bad = tmp_path / "bad.ics"
    evil = "\x1b]0;pwned\x07\x1b[2J" + "A" * 90_000
    bad.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:"
        + evil
        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert main(["import", "ics", str(bad), "-o", str(tmp_path / "e.organiser")]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert len(err) < 400 and err.count("\n") == 1


def test_ics_limits_are_refused_early_with_the_limit_named(tmp_path, capsys):
    from organiser.interchange import ics_import

    many = tmp_path / "many.ics"
    event = "BEGIN:VEVENT\r\nUID:{n}\r\nDTSTART:20211116T090000Z\r\nSUMMARY:S\r\nEND:VEVENT\r\n"
    many.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        + "".join(event.format(n=n) for n in range(ics_import.MAX_EVENTS + 1))
        + "END:VCALENDAR\r\n"
    )
    started = time.monotonic()
    assert main(["import", "ics", str(many), "-o", str(tmp_path / "e.organiser")]) == 2
    assert time.monotonic() - started < 5
    assert f"more than {ics_import.MAX_EVENTS:,}" in capsys.readouterr().err
    long = tmp_path / "long.ics"
    long.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDESCRIPTION:"
        + "x" * (ics_import.MAX_LINE + 1)
        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert main(["import", "ics", str(long), "-o", str(tmp_path / "e.organiser")]) == 2
    assert f"lines over {ics_import.MAX_LINE:,}" in capsys.readouterr().err
    assert not (tmp_path / "e.organiser").exists()


# ------------------------------------------------------------------------ backups
def test_import_backs_up_first_and_restore_puts_it_back(sample_path, tmp_path, capsys):
    names = tmp_path / "list.csv"
    names.write_text("First name,Last name\nAna,Diallo\n", encoding="utf-8")
    assert main(["import", "attendees", str(names), "--into", str(sample_path), "--yes"]) == 0
    assert main(["backups", str(sample_path)]) == 0
    listing = capsys.readouterr().out
    assert "before an import" in listing and "  1  " in listing
    assert main(["restore", str(sample_path)]) == 0
    assert "restored" in capsys.readouterr().out
    with EventStore.open(sample_path, lock=False) as store:
        assert not any(p.given_name == "Ana" for p in store.load().people)
    kept = [b for b in backups.list_backups(sample_path) if b.reason == "before-restore"]
    with EventStore.open(kept[0].path, lock=False) as store:
        assert any(p.given_name == "Ana" for p in store.load().people)


def test_a_damaged_file_names_its_newest_backup(sample_path, capsys):
    with EventStore.open(sample_path) as store:
        backups.take(store, "opened")
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[: len(data) // 2])
    assert main(["check", str(sample_path)]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "organiser restore" in err


def test_force_unlock_takes_over_a_lock_from_another_computer(sample_path, tmp_path, capsys):
    import json

    Path(f"{sample_path}.lock").write_text(
        json.dumps({"user": "ana", "host": "LAPTOP-USB", "pid": 42, "since": "2021-11-16T09:00"})
    )
    names = tmp_path / "list.csv"
    names.write_text("First name,Last name\nAna,Diallo\n", encoding="utf-8")
    args = ["import", "attendees", str(names), "--into", str(sample_path), "--yes"]
    assert main(args) == 2
    assert "ana on LAPTOP-USB" in capsys.readouterr().err
    assert main([*args, "--force-unlock"]) == 0
    assert not Path(f"{sample_path}.lock").exists()
    assert (
        sqlite3.connect(sample_path)
        .execute("SELECT count(*) FROM people WHERE given_name = 'Ana'")
        .fetchone()[0]
        == 1
    )
