"""How the store connects to an event file: apsw, set up the same way every time.

apsw brings its own current SQLite (with the session extension that sharing needs), so
the store speaks to every event file through it. Python's ``sqlite3`` (under
sqlite-utils) only runs the schema migrations, on a connection that is closed before
apsw opens the file: two SQLite libraries holding one file in one process would each
drop the other's locks when they close it (POSIX locks belong to the process).

Also here: what SQLite's errors mean for the user, a consistent copy of an open file
(SQLite's backup API), and the rollback of a journal an interrupted write left.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import apsw

from .errors import ReadOnlyFile, StoreBusy, WriteFailed
from .messages import SAY

#: How long a read waits for another program's commit (commits are short).
BUSY_TIMEOUT_MS = 5_000

Connection = apsw.Connection
#: Every error SQLite can raise, for callers that must not crash on a bad file.
DatabaseError = apsw.Error


def connect(path: Path, *, create: bool = False) -> apsw.Connection:
    """A writable connection: foreign keys enforced, a rollback journal (after each
    commit the ``.organiser`` file alone holds every edit, so copying it loses nothing),
    a full sync, a patient wait for another program's commit."""
    flags = apsw.SQLITE_OPEN_READWRITE | (apsw.SQLITE_OPEN_CREATE if create else 0)
    conn = apsw.Connection(os.fspath(path), flags=flags)
    conn.set_busy_timeout(BUSY_TIMEOUT_MS)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def connect_read_only(path: Path) -> apsw.Connection:
    """A connection that cannot write (a read-only file or folder, a viewed file)."""
    conn = apsw.Connection(
        f"{path.resolve().as_uri()}?mode=ro",
        flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI,
    )
    conn.set_busy_timeout(BUSY_TIMEOUT_MS)
    return conn


def copy_database(
    source: apsw.Connection,
    target: Path,
    finish: Callable[[apsw.Connection], None] | None = None,
) -> None:
    """A consistent copy of an open database through SQLite's backup API, written beside
    ``target`` and moved into place once complete (after ``finish`` had its say on the
    copy): a reader never sees half of it."""
    tmp = target.with_name(f".{target.name}.part")
    remove_with_journal(tmp)
    try:
        dest = apsw.Connection(os.fspath(tmp))
        try:
            with dest.backup("main", source, "main") as backup:
                backup.step()
            dest.execute("PRAGMA journal_mode = DELETE")
            if finish is not None:
                finish(dest)
        finally:
            dest.close()
        tmp.replace(target)
    finally:
        remove_with_journal(tmp)


def remove_with_journal(path: Path) -> None:
    for name in (str(path), f"{path}-journal"):
        Path(name).unlink(missing_ok=True)


def roll_back(path: Path) -> None:
    """Let SQLite roll back the journal an interrupted write left, through an ordinary
    writable connection: reading the schema is enough to make it do so."""
    try:
        conn = connect(path)
    except apsw.Error:
        return  # judged by check_event_file next
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except apsw.Error:
        pass  # judged by check_event_file next, with the journal gone or not
    finally:
        conn.close()


def memory_copy(path: Path, version: int, current: int) -> apsw.Connection:
    """The event in memory, for viewing a file we may not change: a journal left beside it
    is rolled back in a copy of both files, an older format upgraded in memory."""
    from .fileinfo import check_event_file
    from .schema import migrate_memory

    with tempfile.TemporaryDirectory(prefix="organiser-view-") as folder:
        source = path
        if version == -1:
            source = Path(folder) / path.name
            shutil.copyfile(path, source)
            for suffix in ("-journal", "-wal"):
                side = Path(f"{path}{suffix}")
                if side.exists():
                    shutil.copyfile(side, Path(f"{source}{suffix}"))
            roll_back(source)
            version = check_event_file(source, journal_checked=True)
        disk = connect_read_only(source)
        memory = apsw.Connection(":memory:")
        try:
            with memory.backup("main", disk, "main") as backup:
                backup.step()
        finally:
            disk.close()
    if version < current:
        memory.deserialize("main", migrate_memory(memory.serialize("main"), version))
    memory.execute("PRAGMA foreign_keys = ON")
    return memory


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, apsw.BusyError | apsw.LockedError)


def busy_message(path: Path, who: str, waited: float) -> str:
    holder = who or SAY.say("another_program")
    return SAY.say("busy", name=path.name, holder=holder, seconds=f"{waited:.0f}")


def read_only_reason(path: Path, asked: bool) -> str:
    if asked:
        return SAY.say("viewing_only", name=path.name)
    where = SAY.say("folder_is" if os.access(path, os.W_OK) else "file_is")
    return SAY.say("read_only", name=path.name, where=where)


def write_error(path: Path, exc: apsw.Error) -> WriteFailed:
    """What a failed write means for the user, and what to do about it."""
    if isinstance(exc, apsw.ReadOnlyError):
        return ReadOnlyFile(read_only_reason(path, False))
    if isinstance(exc, apsw.FullError):
        return WriteFailed(SAY.say("disk_full", name=path.name))
    if isinstance(exc, apsw.CantOpenError):
        return WriteFailed(SAY.say("cannot_write", name=path.name))
    if is_busy(exc):
        return StoreBusy(busy_message(path, "", 0))
    return WriteFailed(SAY.say("write_failed", name=path.name, reason=exc))
