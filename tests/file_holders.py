"""Other programs holding an event file, for tests of waiting and refusing writers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import apsw

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "write":
    conn.execute("BEGIN IMMEDIATE")          # the write lock
else:
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM people").fetchone()   # a reader keeping its snapshot
print("held", flush=True)
sys.stdin.readline()
"""


def hold(path: Path, how: str = "write") -> subprocess.Popen:
    """Another process holding ``path`` ("write": its write lock; "read": an open read
    transaction) until ``let_go`` is called."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def let_go(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(10)


def title_of(path: Path) -> str:
    """The event's title as the file holds it, read without touching it (through apsw, as
    the store reads: a window of this process may hold the file, and a second SQLite
    library closing it would drop that window's locks)."""
    conn = apsw.Connection(
        f"{path.resolve().as_uri()}?mode=ro", flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI
    )
    try:
        return conn.execute("SELECT title FROM event").fetchone()[0]
    finally:
        conn.close()
