"""Looking at a file before trusting it, without changing a byte of it.

SQLite happily "opens" an empty file or a text file and would write to it on the first
statement, so every file is judged from its header, read-only, before a writable
connection is made.
"""

from __future__ import annotations

import os
from pathlib import Path

import apsw

from ..i18n import messages_language, number
from .connection import connect_read_only
from .errors import DamagedFile, EventFileError, NewerSchema, NotAnEventFile
from .messages import SAY
from .schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"


def check_event_file(path: Path, *, journal_checked: bool = False) -> int:
    """Raise a clear EventFileError unless ``path`` is an Organiser event file.

    Returns the schema version, or -1 when a journal left by an interrupted write must
    first be rolled back by a writable connection (then call again with
    ``journal_checked=True``).
    """
    if not path.exists():
        raise EventFileError(SAY.say("missing", path=path))
    if path.is_dir():
        raise EventFileError(SAY.say("folder_not_file", path=path))
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise EventFileError(SAY.say("unreadable", path=path, reason=exc.strerror)) from None
    if has_journal(path):
        # An interrupted write left a journal: the file may look cut short or half
        # written until SQLite has rolled the journal back, so judge it only after that.
        # A journal still there after that belongs to a write under way in another
        # program: the file's size proves nothing then; SQLite's own reading does.
        return _check_contents(path) if journal_checked else -1
    size = path.stat().st_size
    if size == 0:
        raise NotAnEventFile(SAY.say("empty", name=path.name))
    if not header.startswith(SQLITE_HEADER):
        raise NotAnEventFile(SAY.say("not_database", name=path.name))
    if len(header) < 100:
        raise DamagedFile(SAY.say("cut_short", name=path.name, size=size))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]
    if page_size < 512 or size % page_size or (header_valid and size < pages * page_size):
        shown = number(size, messages_language())
        raise DamagedFile(SAY.say("cut_short_copy", name=path.name, size=shown))
    return _check_contents(path)


def _check_contents(path: Path) -> int:
    try:
        conn = connect_read_only(path)
    except apsw.Error as exc:
        raise NotAnEventFile(SAY.say("cannot_open", name=path.name, reason=exc)) from None
    try:
        app_id = conn.pragma("application_id")
        version = conn.pragma("user_version")
        if app_id != APPLICATION_ID:
            raise NotAnEventFile(SAY.say("other_application", name=path.name))
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                SAY.say("newer", name=path.name, version=version, known=SCHEMA_VERSION)
            )
        first = conn.execute("PRAGMA quick_check").fetchone()
        assert first is not None  # quick_check answers "ok" or the problems it found
        ok = first[0]
        if ok != "ok":
            raise DamagedFile(SAY.say("damaged", name=path.name, detail=_short(ok)))
        return version
    except (apsw.BusyError, apsw.LockedError):
        raise EventFileError(SAY.say("busy_reading", name=path.name)) from None
    except apsw.Error as exc:
        raise DamagedFile(SAY.say("damaged_unreadable", name=path.name, detail=exc)) from None
    finally:
        conn.close()


def has_journal(path: Path) -> bool:
    """A rollback journal (or WAL) with content beside the file: a write was interrupted
    (or is under way in another program; SQLite tells the two apart when it connects)."""
    for suffix in ("-journal", "-wal"):
        try:
            if Path(f"{path}{suffix}").stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def is_writable(path: Path) -> bool:
    """The file and its folder can be written: SQLite needs the folder for its journal."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _short(text: str) -> str:
    first = str(text).splitlines()[0] if text else ""
    return first if len(first) <= 80 else first[:79] + "…"
