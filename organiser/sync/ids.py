"""Ids that two desks can make at the same moment without colliding.

Rows made before an event was shared keep their small counter ids; every new row takes a
random id above ``ID_FLOOR`` so it can never meet one of those. 53 bits keep an id exact
in a JSON number (a double), which is how ids travel between desks and into exports.
"""

from __future__ import annotations

import hashlib
import secrets

ID_FLOOR = 2**32
ID_CEILING = 2**53


def new_id() -> int:
    """A random row id: two desks adding a person at once make two different people."""
    return ID_FLOOR + secrets.randbelow(ID_CEILING - ID_FLOOR)


def stable_id(*parts: object) -> int:
    """The id of a row named by a natural key (a day by its date, a setting by its key):
    two desks creating "the same" row make the same id, so the rows merge instead of
    doubling."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()
    return ID_FLOOR + int.from_bytes(digest[:8], "big") % (ID_CEILING - ID_FLOOR)


def new_desk_id() -> str:
    """A desk's identity: also the last tie-breaker between two edits of one field."""
    return secrets.token_hex(8)
