"""Automatic backups of event files, kept in the user's data folder.

A copy is taken through SQLite's backup API (consistent even while the file is being
edited) when an editing session starts, every few minutes while edits are made, and
before an import or a restore; the newest ``KEEP`` copies of each file are kept. The
copies live outside the event's own folder, so a lost USB stick or a damaged file does
not take them along, each file's in a folder of its own named after it.

Restoring is itself safe: the current file is first kept as a backup (or, when it cannot
be read, copied aside as it is, with its journal), then the chosen copy is written beside
it and moved into place in one step.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import paths
from .connection import DatabaseError, connect_read_only, copy_database
from .errors import EventFileError
from .fileinfo import check_event_file
from .lock import EventLock, real_path
from .messages import SAY
from .store import EventStore

#: Copies kept per event file; the oldest go first.
KEEP = 10
#: Minutes between two automatic backups while edits are made.
INTERVAL_MINUTES = 10
REASONS = {
    "opened": "when it was opened for editing",
    "periodic": "while it was being edited",
    "before-import": "before an import",
    "before-restore": "before a backup was restored over it",
    "before-upgrade": "before it was upgraded",
}
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.organiser$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str
    size: int

    def describe(self) -> str:
        """'Mon 23 Mar 2026 09:12 — when it was opened for editing (84 KB)'."""
        why = REASONS.get(self.reason, self.reason)
        return f"{self.taken:%a %d %b %Y %H:%M:%S} — {why} ({_size(self.size)})"


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def root() -> Path:
    return paths.user_data_dir() / "backups"


def folder_for(event: str | Path) -> Path:
    """Where the backups of ``event`` go: its name and a digest of its real path."""
    real = real_path(Path(event))
    digest = hashlib.sha256(str(real).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", real.stem)[:40] or "event"
    return root() / f"{stem}-{digest}"


def list_backups(event: str | Path) -> list[Backup]:
    """The backups of ``event``, newest first."""
    folder = folder_for(event)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        m = _NAME.match(entry.name)
        if not m:
            continue
        try:
            taken = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(entry, taken, m.group(2), size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def latest(event: str | Path) -> Backup | None:
    found = list_backups(event)
    return found[0] if found else None


def _target(event: Path, reason: str) -> Path:
    folder = folder_for(event)
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(".*.part*"):  # a backup cut short by a kill
        leftover.unlink(missing_ok=True)
    (folder / "source.txt").write_text(f"{real_path(event)}\n", encoding="utf-8")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{stamp}-{reason}.organiser"


def take(store: EventStore, reason: str, *, only_if_changed: bool = False) -> Backup | None:
    """Back up the open event; with ``only_if_changed`` nothing is taken when the newest
    backup is younger than the file's last change. Old copies beyond ``KEEP`` go."""
    event = store.path
    if only_if_changed:
        newest = latest(event)
        try:
            changed = event.stat().st_mtime
        except OSError:
            changed = None
        if newest is not None and changed is not None and newest.path.stat().st_mtime >= changed:
            return None
    target = _target(event, reason)
    copy_database(store.conn, target)
    _prune(event)
    return next((b for b in list_backups(event) if b.path == target), None)


def take_of_file(event: str | Path, reason: str) -> Backup | None:
    """Back up an event file that is not open here (the command line, before a restore);
    None when it cannot be read as an event."""
    event = Path(event)
    try:
        check_event_file(event, journal_checked=True)
    except EventFileError:
        return None
    target = _target(event, reason)
    try:
        conn = connect_read_only(event)
    except DatabaseError:
        return None
    try:
        copy_database(conn, target)
    except DatabaseError:
        return None
    finally:
        conn.close()
    _prune(event)
    return next((b for b in list_backups(event) if b.path == target), None)


def _prune(event: Path) -> None:
    for old in list_backups(event)[KEEP:]:
        old.path.unlink(missing_ok=True)


def _keep_damaged(event: Path) -> Path | None:
    """Copy a file that cannot be read (and its journal) aside, exactly as it is."""
    folder = folder_for(event)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = folder / f"{stamp}-unreadable.organiser.damaged"
    try:
        shutil.copyfile(event, kept)
    except OSError:
        return None
    for suffix in ("-journal", "-wal"):
        side = Path(f"{event}{suffix}")
        if side.exists():
            shutil.copyfile(side, Path(f"{kept}{suffix}"))
    return kept


@dataclass
class Restored:
    event: Path
    backup: Backup
    kept: Path | None  # where the file as it was went (a backup, or a damaged copy)


def restore(event: str | Path, backup: Backup, *, force_unlock: bool = False) -> Restored:
    """Put ``backup`` in place of ``event``, keeping the current file first.

    Refused while another Organiser edits the file (its lock), and when the backup is not
    a readable event file; the event is then left as it was."""
    event = real_path(Path(event))
    check_event_file(backup.path, journal_checked=True)
    lock = EventLock(event)
    lock.acquire(force=force_unlock)
    try:
        kept: Path | None = None
        if event.exists():
            current = take_of_file(event, "before-restore")
            kept = current.path if current else _keep_damaged(event)
            if kept is None:
                raise EventFileError(SAY.say("not_kept", name=event.name))
        tmp = event.with_name(f".{event.name}.restore.part")
        shutil.copyfile(backup.path, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        for suffix in ("-journal", "-wal", "-shm"):
            # a journal of the old file would be "rolled back" into the restored one
            Path(f"{event}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, event)
        from ..sync.filesync import renew_identity

        renew_identity(event)  # a desk of a shared event: its peers take it back
    finally:
        lock.release()
    return Restored(event, backup, kept)
