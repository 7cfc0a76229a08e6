"""One editor per event file: a lock file beside it that names its holder.

SQLite's own locks only last for one transaction; two windows editing one file would
each undo the other's work. The lock file says who holds it so the refusal can name them,
and a lock left by a crashed process on this machine is taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from .errors import FileLocked


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def holder(path: Path) -> dict | None:
    """Who holds the lock of ``path``, or None when it is free or stale."""
    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    if info.get("host") == socket.gethostname() and not _alive(int(info.get("pid", 0) or 0)):
        return None
    return info


class EventLock:
    """Held while a file is open for editing; released on close."""

    def __init__(self, path: Path):
        self.path = lock_path(path)
        self.held = False

    def acquire(self) -> None:
        info = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                current = holder(self.path.with_name(self.path.name[: -len(".lock")]))
                if current is not None:
                    raise FileLocked(
                        f"“{self.path.name[: -len('.lock')]}” is already open in Organiser "
                        f"by {current.get('user', '?')} on {current.get('host', '?')} "
                        f"since {str(current.get('since', '?')).replace('T', ' ')}. "
                        "Close it there first."
                    ) from None
                self.path.unlink(missing_ok=True)  # stale: its process is gone
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(info, f)
            self.held = True
            return
        raise FileLocked(f"Could not lock “{self.path.name}”.")

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
