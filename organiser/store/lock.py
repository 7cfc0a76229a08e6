"""One editor per event file: a lock file beside it that names its holder.

SQLite's own locks only last for one transaction; two windows editing one file would
each undo the other's work. The lock file says who holds it (user, host, process id and
that process's start time) so that the refusal can name them, and so that a lock left
behind can be told from a live one: on this computer a lock whose process is gone, is a
zombie, or is another process that got the same id (after a restart) is taken over at
once. A lock from another computer (a folder on a USB stick or a shared drive) or one
that cannot be read cannot be checked from here: the user decides, after seeing who it
names (``--force-unlock`` on the command line, a question in the window).

The lock sits beside the real file, not beside a symbolic link to it, so every way of
reaching the file meets the same lock.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from ..services.text import quote
from .errors import FileLocked
from .messages import SAY

#: A recorded start time within this many seconds of the process's own is the same process.
_START_SLACK = 1.0


def real_path(path: Path) -> Path:
    """The file a path finally names, through symbolic links."""
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    real = real_path(path)
    return real.with_name(real.name + ".lock")


def _process_start(pid: int) -> float | None:
    import psutil  # only when a lock is taken or judged: reading an event needs none

    try:
        return psutil.Process(pid).create_time()
    except (psutil.Error, OSError, ValueError):
        return None


def this_process() -> dict:
    """What a lock file records about the process that takes it."""
    return {
        "user": getpass.getuser(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "started": _process_start(os.getpid()),
        "since": datetime.now().isoformat(timespec="seconds"),
    }


def _read(path: Path) -> dict | None:
    """The lock file's content; {} when it exists but cannot be understood."""
    try:
        text = lock_path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return {}
    try:
        info = json.loads(text)
    except ValueError:
        return {}
    return info if isinstance(info, dict) else {}


def state(info: dict) -> str:
    """'live', 'stale' (its process is gone: take it over) or 'unsure' (another computer,
    or a lock that names no process): only the user can tell."""
    try:
        pid = int(info.get("pid") or 0)
    except (TypeError, ValueError):
        pid = 0
    if pid <= 0 or not info.get("host"):
        return "unsure"
    if info.get("host") != socket.gethostname():
        return "unsure"
    import psutil

    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return "stale"
        started = proc.create_time()
    except psutil.NoSuchProcess:
        return "stale"
    except (psutil.Error, OSError):
        return "live"  # it exists; we may not look at it: do not take it away
    recorded = info.get("started")
    if isinstance(recorded, int | float):
        return "live" if abs(started - float(recorded)) <= _START_SLACK else "stale"
    # an older lock without a start time: the process must have started before the lock
    try:
        since = datetime.fromisoformat(str(info.get("since"))).timestamp()
    except ValueError:
        return "live"
    return "live" if started <= since + _START_SLACK else "stale"


def holder(path: Path) -> dict | None:
    """Who holds the lock of ``path``, or None when it is free or stale."""
    info = _read(path)
    if info is None or state(info) == "stale":
        return None
    return info


def describe(info: dict) -> str:
    """'ana on LAPTOP-3 (process 4242) since 2026-03-23 09:12' for messages."""
    if not info:
        return SAY.say("lock_unreadable")
    since = str(info.get("since", "?")).replace("T", " ")
    said = SAY.say(
        "holder",
        user=info.get("user", "?"),
        host=info.get("host", "?"),
        pid=info.get("pid", "?"),
        since=since,
    )
    return quote(said, 160)


class EventLock:
    """Held while a file is open for editing; released on close."""

    def __init__(self, path: Path):
        self.event = real_path(path)
        self.path = lock_path(path)
        self.held = False
        self._mine: dict = {}

    def acquire(self, *, force: bool = False) -> None:
        """Take the lock. ``force`` takes over a lock whose holder cannot be checked
        (another computer, an unreadable lock); a live holder here is never overridden."""
        mine = this_process()
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                info = _read(self.event)
                if info is None:
                    continue  # released while we looked
                verdict = state(info)
                if verdict == "live" or (verdict == "unsure" and not force):
                    raise self._refusal(info, verdict) from None
                self._remove_stale(info)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(mine, f)
            self.held, self._mine = True, mine
            return
        raise FileLocked(SAY.say("cannot_lock", name=self.event.name))

    def _refusal(self, info: dict, verdict: str) -> FileLocked:
        name = self.event.name
        if verdict == "live":
            return FileLocked(SAY.say("open_here", name=name, holder=describe(info)), info)
        where = SAY.say("another_computer" if info.get("host") else "unknown_program")
        return FileLocked(
            SAY.say("open_elsewhere", name=name, holder=describe(info), where=where),
            info,
            can_take_over=True,
        )

    def _remove_stale(self, judged: dict) -> None:
        """Move the old lock aside before deleting it: two processes taking over the same
        stale lock at once must not delete the lock the faster one has just made."""
        aside = self.path.with_name(f"{self.path.name}.{os.getpid()}.stale")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return
        try:
            moved = json.loads(aside.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            moved = {}
        if moved != judged:  # a new holder's lock: put it back
            with contextlib.suppress(OSError):
                os.link(aside, self.path)
        aside.unlink(missing_ok=True)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        info = _read(self.event)
        # taken over by someone else (after a confirmation there): leave theirs alone
        if info is not None and (info.get("pid"), info.get("host"), info.get("started")) != (
            self._mine.get("pid"),
            self._mine.get("host"),
            self._mine.get("started"),
        ):
            return
        self.path.unlink(missing_ok=True)
