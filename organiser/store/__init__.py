"""The event file. All SQL in Organiser lives in this package."""

from .connection import DatabaseError
from .errors import EventFileError, FileLocked, NewerSchema, NotAnEventFile
from .lock import holder as lock_holder
from .schema import APPLICATION_ID, SCHEMA_VERSION
from .store import SUFFIX, EventStore, Snapshot
from .whole import new_event_data

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "SUFFIX",
    "DatabaseError",
    "EventFileError",
    "EventStore",
    "FileLocked",
    "NewerSchema",
    "NotAnEventFile",
    "Snapshot",
    "lock_holder",
    "new_event_data",
]
