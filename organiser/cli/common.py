"""What every command needs: opening events, checking outputs, reporting."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..services.files import ExportOverEvent, refuse_event_target
from ..store import EventStore
from ..store.errors import DamagedFile, ReadOnlyFile, WriteFailed

EXIT_USAGE = 2
FORCE_UNLOCK_HELP = (
    "take over the event's lock when it names another computer or cannot be read "
    "(only when you know that Organiser is no longer open there)"
)
#: Seconds a write waits in silence before it says whom it waits for.
SAY_WAITING_AFTER = 1.0


class UsageError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def read_event(path: str | Path) -> EventStore:
    """Open an event for reading; a window may hold it for editing at the same time."""
    return _open(path, lock=False)


def _open(path: str | Path, **how: Any) -> EventStore:
    """``EventStore.open``; a damaged file's message names its newest automatic backup."""
    try:
        return EventStore.open(Path(path), **how)
    except DamagedFile as exc:
        from ..store import backups

        newest = backups.latest(Path(path))
        if newest is None:
            raise
        raise DamagedFile(
            f"{exc} The newest automatic backup is from {newest.taken:%Y-%m-%d %H:%M}: "
            f"`organiser restore {path}` puts it back (the damaged file is kept)."
        ) from None


def edit_event(path: str | Path, *, force_unlock: bool = False) -> EventStore:
    """Open an event for writing, refused while a window edits it (``force_unlock``
    takes over a lock from another computer) and when the file cannot be written."""
    return writable(_open(path, lock=True, force_unlock=force_unlock))


def write_event(path: str | Path) -> EventStore:
    """Open an event for one small write beside an open window (a check-in)."""
    return writable(_open(path, lock=False))


def writable(store: EventStore) -> EventStore:
    """The store, told to say whom it waits for; refused at once when read-only."""
    if store.read_only:
        reason = store.read_only
        store.close()
        raise ReadOnlyFile(f"{reason} Nothing was changed.")
    store.waiting = _say_waiting(store.path)
    return store


def _say_waiting(path: Path):
    said = [False]

    def waiting(waited: float, who: str) -> bool:
        if waited >= SAY_WAITING_AFTER and not said[0]:
            said[0] = True
            holder = who or "another program"
            print(
                f"organiser: waiting for {holder} to finish with {path.name} "
                "(Ctrl+C stops waiting)…",
                file=sys.stderr,
                flush=True,
            )
        return True

    return waiting


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
    """An export target: replaced whole, once the new file is complete; never an event
    file (refused before any work is done)."""
    path = new_file(path, overwrite=True)
    try:
        refuse_event_target(path)
    except ExportOverEvent as exc:
        raise UsageError(str(exc)) from None
    return path


def note_printed(event: str | Path, kind: str, data: Any, options: dict[str, Any]) -> None:
    """Log in the event's print log what an export printed, as the window does, so
    ``organiser stale`` and the Out of date panel know when an edit makes it stale."""
    from ..checks.stale import record_export

    with EventStore.open(Path(event), lock=False) as store:
        if store.read_only:
            warn(f"{kind} not noted in the print log: {store.read_only}")
            return
        store.waiting = _say_waiting(store.path)
        try:
            record_export(store, kind, data, options=options)
        except WriteFailed as exc:  # the export itself is written: say so, do not fail
            warn(f"{kind} not noted in the print log: {exc}")


def warn(text: str) -> None:
    print(f"organiser: warning: {text}", file=sys.stderr)


LANG_HELP = "the language the document prints in (default: the event's print language)"


def add_lang(parser: Any) -> None:
    """``--lang en|fr`` on an export; without it, the event's own print language."""
    parser.add_argument("--lang", choices=("en", "fr"), default=None, help=LANG_HELP)


def print_lang(args: Any, data: Any) -> str:
    """The language asked for, else the event's print language (English for an event
    without data, as the calibration print is)."""
    if args.lang:
        return str(args.lang)
    chosen = getattr(getattr(data, "event", None), "print_language", "en")
    return chosen if chosen in ("en", "fr") else "en"
