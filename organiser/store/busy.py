"""Who holds an event file: named in the message of a write that has to wait.

SQLite's locks are POSIX record locks on the file; on Linux ``/proc/locks`` lists them
with the holder's process id, so a reader that keeps a transaction open (a script, a
database browser) can be named. Elsewhere, and when nobody is listed, the lock file of
the Organiser that edits the file says who it is.
"""

from __future__ import annotations

import os
from pathlib import Path

import psutil

from ..services.text import quote
from .lock import describe, holder
from .messages import SAY


def _lockers(path: Path) -> list[int]:
    """Process ids holding a POSIX lock on ``path`` (Linux only; [] elsewhere)."""
    try:
        st = os.stat(path)
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            lines = f.readlines()
    except OSError:
        return []
    wanted = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    pids: list[int] = []
    for line in lines:
        parts = line.split()
        if "->" in parts:  # a waiting request, not a held lock
            continue
        for i, part in enumerate(parts):
            if part.count(":") == 2 and i > 0:
                major, minor, inode = part.split(":")
                try:
                    same = (int(major, 16), int(minor, 16), int(inode)) == (
                        os.major(st.st_dev),
                        os.minor(st.st_dev),
                        st.st_ino,
                    )
                except ValueError:
                    same = part == wanted
                if same and parts[i - 1].lstrip("-").isdigit():
                    pid = int(parts[i - 1])
                    if pid != os.getpid() and pid not in pids:
                        pids.append(pid)
                break
    return pids


def _program(pid: int) -> str:
    try:
        proc = psutil.Process(pid)
        words = proc.cmdline() or [proc.name()]
    except (psutil.Error, OSError):
        return SAY.say("process", pid=pid)
    text = " ".join(Path(words[0]).name if i == 0 else w for i, w in enumerate(words[:6]))
    return SAY.say("program", command=quote(" ".join(text.split()), 60), pid=pid)


def who_holds(path: Path) -> str:
    """'“sqlite3 event.organiser” (process 4242)', or the editing Organiser, or ''."""
    pids = _lockers(path)
    if pids:
        return ", ".join(_program(pid) for pid in pids[:3])
    info = holder(path)
    if info and info.get("pid") != os.getpid():
        return f"Organiser of {describe(info)}"
    return ""
