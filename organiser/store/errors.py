"""Errors about event files, each with a message a user can act on."""


class EventFileError(Exception):
    """An event file that cannot be opened or written; ``str(err)`` is the user's message."""


class NotAnEventFile(EventFileError):
    pass


class NewerSchema(EventFileError):
    pass


class FileLocked(EventFileError):
    pass
