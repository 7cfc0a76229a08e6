"""Writing output files so that a reader never sees half of one, and never over an event.

Every export, from the window and the command line, goes through ``atomic_path`` (or
``publish_folder`` for a folder of files): the file is written beside its target under a
hidden name that carries the writer's process id, and moved into place once complete.
A killed export leaves that hidden file behind; the next export into the same folder
removes what a dead process left. The finished file gets the permissions of any file the
user creates (the umask), not the private ones of a temporary file.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import i18n

EVENT_SUFFIX = ".organiser"
_SQLITE_HEADER = b"SQLite format 3\x00"
_APPLICATION_ID = 0x4F726761  # organiser.store.schema.APPLICATION_ID, read from the header


SAY = i18n.Words(
    en={
        "over_event": "is an Organiser event file; an export never replaces one. Choose "
        "another name.",
        "event_name": "ends in .organiser, the name of an event file; choose another name.",
    },
    fr={
        "over_event": "est un fichier d’événement Organiser ; un export n’en remplace jamais. "
        "Choisissez un autre nom.",
        "event_name": "se termine par .organiser, l’extension des fichiers d’événement ; "
        "choisissez un autre nom.",
    },
)


class ExportOverEvent(FileExistsError):
    """An export aimed at an event file (or a name that would pass for one): refused."""

    def __init__(self, path: Path, reason: str):
        super().__init__(errno.EEXIST, reason, str(path))
        self.message = f"{path.name} {reason}"

    def __str__(self) -> str:
        return self.message


def is_event_file(path: Path) -> bool:
    """True for an Organiser event file, told by its header (whatever its name)."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return False
    return header.startswith(_SQLITE_HEADER) and (
        len(header) < 72 or int.from_bytes(header[68:72], "big") in (_APPLICATION_ID, 0)
    )


def refuse_event_target(target: str | Path) -> None:
    """Raise ``ExportOverEvent`` unless an export may write ``target``.

    An event file is never replaced by an export, whatever it is called, nor is a name
    ending in .organiser given to something that is not an event. Symbolic links are
    followed: the file they name is the one that would be replaced.
    """
    target = Path(target)
    real = Path(os.path.realpath(target))
    if is_event_file(real):
        raise ExportOverEvent(target, SAY.say("over_event"))
    if real.suffix.lower() == EVENT_SUFFIX or target.suffix.lower() == EVENT_SUFFIX:
        raise ExportOverEvent(target, SAY.say("event_name"))


def _mode() -> int:
    """The permissions a new file gets under the user's umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _pid_alive(pid: int) -> bool:
    import psutil  # only when a leftover is found: every export starts without it

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except (psutil.Error, OSError):
        return True


def clean_leftovers(folder: Path, name: str) -> None:
    """Remove ``.NAME.PID.*.part`` files and folders whose writer process is gone."""
    try:
        entries = list(folder.glob(f".{name}.*.part"))
    except OSError:
        return
    for entry in entries:
        rest = entry.name[len(name) + 2 :]
        pid_text = rest.split(".", 1)[0]
        if not pid_text.isdigit() or _pid_alive(int(pid_text)):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only if the block succeeds.

    A cancelled or failed export therefore leaves no partial file, and an older file of
    the same name stays intact until the new one is complete. An event file is never the
    target (``ExportOverEvent``).
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"the folder {target.parent} does not exist")
    refuse_event_target(target)
    clean_leftovers(target.parent, target.name)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent
    )
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, _mode())
        refuse_event_target(target)  # it may have become one while we wrote
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


def write_text_atomic(target: str | Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


@contextmanager
def staging_folder(folder: Path) -> Iterator[Path]:
    """A hidden folder beside ``folder`` for files to publish together; removed whatever
    happens (a killed run's is removed by the next run into the same place)."""
    parent = folder.parent
    if not parent.is_dir():
        raise FileNotFoundError(f"the folder {parent} does not exist")
    clean_leftovers(parent, folder.name)
    tmp = Path(
        tempfile.mkdtemp(prefix=f".{folder.name}.{os.getpid()}.", suffix=".part", dir=parent)
    )
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def publish_folder(staged: Path, folder: Path, names: Iterable[str]) -> list[Path]:
    """Move the files ``names`` from ``staged`` into ``folder``: all of them or none.

    Files of the same names already in ``folder`` are set aside first and put back if
    any move fails or the run is stopped, so ``folder`` ends as it was or with every new
    file. None of the names may be an event file.
    """
    names = list(names)
    for name in names:
        if Path(name).name != name or name in ("", ".", ".."):
            raise ValueError(f"{name!r} is not a plain file name")
        refuse_event_target(folder / name)
    folder.mkdir(exist_ok=True)
    for name in names:  # checked again: the folder may hold a link now
        refuse_event_target(folder / name)
    aside = staged / ".replaced"
    aside.mkdir()
    moved_aside: list[str] = []
    placed: list[str] = []
    done = False
    try:
        for name in names:
            if (folder / name).exists() or (folder / name).is_symlink():
                os.replace(folder / name, aside / name)
                moved_aside.append(name)
        for name in names:
            os.chmod(staged / name, _mode())
            os.replace(staged / name, folder / name)
            placed.append(name)
        done = True
    finally:
        if not done:
            for name in placed:
                (folder / name).unlink(missing_ok=True)
            for name in moved_aside:
                os.replace(aside / name, folder / name)
    return [folder / name for name in names]
