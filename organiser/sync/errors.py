"""What can stop two desks from exchanging changes, each with a message for the user."""

from __future__ import annotations


class SyncError(Exception):
    """Sharing could not go ahead; the message says why and what to do."""


class NotShared(SyncError):
    """The file has never been shared, so it has no desk identity and no change log."""


class WrongCode(SyncError):
    """The other desk uses a different join code (or is not a desk of this event)."""


class Mismatch(SyncError):
    """The two desks cannot exchange changes: another event, another file format, or two
    files that are plain copies of one desk."""


class PeerUnreachable(SyncError):
    """The other desk did not answer (network down, desk closed)."""
