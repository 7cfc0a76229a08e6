"""What every command needs: opening events, checking outputs, reporting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..store import EventStore

EXIT_USAGE = 2


class UsageError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def read_event(path: str | Path) -> EventStore:
    """Open an event for reading; a window may hold it for editing at the same time."""
    return EventStore.open(Path(path), lock=False)


def edit_event(path: str | Path) -> EventStore:
    """Open an event for writing, refused while a window edits it."""
    return EventStore.open(Path(path), lock=True)


def new_file(path: str | Path, *, overwrite: bool = False) -> Path:
    """An output path whose folder exists; an event file is never overwritten."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UsageError(f"the folder {path.parent} does not exist")
    if path.is_dir():
        raise UsageError(f"{path} is a folder")
    if path.exists() and not overwrite:
        raise UsageError(f"{path} already exists; choose another name")
    return path


def output_file(path: str | Path) -> Path:
    """An export target: replaced whole, once the new file is complete."""
    return new_file(path, overwrite=True)


def note_printed(event: str | Path, kind: str, data: Any, options: dict[str, Any]) -> None:
    """Log in the event's print log what an export printed, as the window does, so
    ``organiser stale`` and the Out of date panel know when an edit makes it stale."""
    from ..checks.stale import record_export

    with EventStore.open(Path(event), lock=False) as store:
        record_export(store, kind, data, options=options)
