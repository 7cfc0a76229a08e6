"""A kill at any disk write of an import loses no confirmed edit (issue 11, item 2).

strace injects SIGKILL at the n-th pwrite64 of ``organiser import attendees … --yes``,
for every n the import makes. After each kill the file must open (SQLite rolls the
journal back; the window never calls it damaged), hold every check-in confirmed before
the import, and hold either none or all of the imported people: never a part of them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from organiser.store import EventFileError, EventStore

pytestmark = pytest.mark.slow
STRACE = shutil.which("strace")
ROWS = 30


def _cli(*args: str, strace: list[str] | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "organiser", *args]
    return subprocess.run(
        [*(strace or []), *command], capture_output=True, text=True, timeout=120, check=False
    )


def _uids(path: Path) -> set[str]:
    with EventStore.open(path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r["uid"] for r in store.rows("people")}


@pytest.mark.skipif(
    STRACE is None and not os.environ.get("CI"), reason="strace is not installed (CI has it)"
)
def test_kills_at_every_disk_write_of_an_import_all_reopen_with_every_confirmed_edit(
    sample_path, tmp_path
):
    names = tmp_path / "list.csv"
    names.write_text(
        "First name,Last name,Email,Organisation\n"
        + "".join(f"Given{i},Family{i},p{i}@example.org,Org {i % 7}\n" for i in range(ROWS)),
        encoding="utf-8",
    )
    confirmed = _cli("checkin", str(sample_path), "--name", "Bagayoko")
    assert confirmed.returncode == 0 and "checked in" in confirmed.stdout
    before = _uids(sample_path)

    # the writes of one whole import, counted
    whole = tmp_path / "whole.organiser"
    shutil.copyfile(sample_path, whole)
    trace = tmp_path / "trace.txt"
    done = _cli(
        "import",
        "attendees",
        str(names),
        "--into",
        str(whole),
        "--yes",
        strace=[STRACE, "-f", "-o", str(trace), "-e", "trace=pwrite64"],
    )
    assert done.returncode == 0, done.stderr
    writes = sum(1 for line in trace.read_text().splitlines() if "pwrite64(" in line)
    assert writes > 10
    after = _uids(whole)
    assert len(after - before) == ROWS

    refused = []
    for n in range(1, writes + 1):
        event = tmp_path / f"kill{n}.organiser"
        shutil.copyfile(sample_path, event)
        killed = _cli(
            "import",
            "attendees",
            str(names),
            "--into",
            str(event),
            "--yes",
            strace=[
                STRACE,
                "-f",
                "-o",
                os.devnull,
                "-e",
                "trace=pwrite64",
                "-e",
                f"inject=pwrite64:signal=SIGKILL:when={n}",
            ],
        )
        assert killed.returncode != 0, f"write {n} of {writes} was not reached"
        try:
            uids = _uids(event)  # as the window and every command open it
        except EventFileError as exc:
            refused.append((n, str(exc)))
            continue
        assert uids in (before, after), f"kill at write {n}: a part of the import is in"
        conn = sqlite3.connect(event)
        assert conn.execute("SELECT count(*) FROM check_ins").fetchone()[0] == 1
        conn.close()
        event.unlink()
    assert refused == []
    print(f"{writes} crash points")
