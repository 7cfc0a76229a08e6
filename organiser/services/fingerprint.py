"""Fingerprints of what a printed document shows, so stale paper can be found.

Each export records, per item it printed, a short hash of exactly the fields that item
shows on that document. After an edit, comparing today's fingerprints with the recorded
ones says which paper is out of date and why, without comparing whole files.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..model import EventData, Person, Session

#: Fields of a person that a badge shows.
BADGE_FIELDS = ("honorific", "given_name", "family_name", "printed_name", "category", "uid")
#: Fields of a session that the programme shows.
SESSION_FIELDS = (
    "day_id",
    "starts",
    "ends",
    "kind",
    "number",
    "title",
    "problem_statement",
    "guiding_questions",
    "room_id",
    "status",
)


def digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def person_badge(person: Person) -> dict[str, Any]:
    """What a badge shows of a person, field by field."""
    fields: dict[str, Any] = {f: getattr(person, f) for f in BADGE_FIELDS}
    fields["affiliations"] = [(a.position, a.organisation) for a in person.affiliations]
    return fields


def session_programme(data: EventData, session: Session) -> dict[str, Any]:
    """What the programme shows of a session, including the people in it."""
    fields: dict[str, Any] = {f: getattr(session, f) for f in SESSION_FIELDS}
    # only when there is one: paper printed before these fields existed stays current
    if session.summary:
        fields["summary"] = session.summary
    if session.subtitle:
        fields["subtitle"] = session.subtitle
    if session.type_note:
        fields["type"] = session.type_note
    fields["roles"] = [
        (
            r.role,
            r.confirmed,
            data.person(r.person_id).full_name,
            [(a.position, a.organisation) for a in data.person(r.person_id).affiliations],
        )
        for r in session.roles
    ]
    return fields


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Names of the fields whose values differ, for messages like 'organisation changed'."""
    return [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
