"""Errors about event files, each with a message a user can act on."""


class EventFileError(Exception):
    """An event file that cannot be opened or written; ``str(err)`` is the user's message."""


class NotAnEventFile(EventFileError):
    pass


class DamagedFile(NotAnEventFile):
    """A file SQLite itself cannot read or recover; an automatic backup may be offered."""


class NewerSchema(EventFileError):
    pass


class FileLocked(EventFileError):
    """Another Organiser edits the file. ``info`` is what its lock file says (user, host,
    pid, since); ``can_take_over`` is True when the holder cannot be checked from here
    (another computer, an unreadable lock) and the user may decide it is gone."""

    def __init__(self, message: str, info: dict | None = None, *, can_take_over: bool = False):
        super().__init__(message)
        self.info = info or {}
        self.can_take_over = can_take_over


class InconsistentData(EventFileError):
    """An event whose parts contradict each other (two rows with one id, a reference to
    nothing), found while writing it into a new file: the file is not made. The message
    is SQLite's: the caller says what contradicts itself (a bundle, an import)."""


class WriteFailed(EventFileError):
    """A change the file did not take (read-only, busy, disk full): nothing was written."""


class ReadOnlyFile(WriteFailed):
    """The file (or its folder) cannot be written: it is open for viewing only."""


class StoreBusy(WriteFailed):
    """Another program kept the file locked past the wait, or the user stopped waiting."""
