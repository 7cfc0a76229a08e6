"""Turning model objects into table rows and back.

Types come from the dataclass annotations, so a field added to the model only needs its
column: dates are ISO text, times "HH:MM", booleans 0/1, dicts JSON.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime, time
from functools import cache
from typing import Any

from .. import model

#: table -> (dataclass, fields that live in other tables)
TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "event": (model.Event, ("display_time_zones",)),
    "days": (model.Day, ()),
    "rooms": (model.Room, ()),
    "partners": (model.Partner, ()),
    "role_types": (model.RoleType, ()),
    "people": (model.Person, ("affiliations",)),
    "affiliations": (model.Affiliation, ()),
    "sessions": (model.Session, ("guiding_questions", "guiding_questions_fr", "roles")),
    "roles": (model.Role, ()),
    "contacts": (model.Contact, ()),
    "tasks": (model.Task, ()),
    "check_ins": (model.CheckIn, ()),
    "print_log": (model.PrintRecord, ()),
}


@cache
def _kinds(cls: type) -> dict[str, type]:
    """The base type of each field: Optional[date] -> date."""
    hints = typing.get_type_hints(cls)
    kinds = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        kinds[f.name] = typing.get_origin(hint) or hint
    return kinds


def to_db(value: Any) -> Any:
    """A Python value as the file stores it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def from_db(kind: type, value: Any) -> Any:
    if value is None:
        return None
    if kind is bool:
        return bool(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if kind is dict or kind is list:
        return json.loads(value)
    return value


def row_of(obj: Any, table: str, **extra: Any) -> dict[str, Any]:
    """The row for a model object, leaving out fields kept in child tables."""
    cls, skip = TABLES[table]
    row = {
        f.name: to_db(getattr(obj, f.name)) for f in dataclasses.fields(cls) if f.name not in skip
    }
    row.update(extra)
    return row


def object_of(table: str, row: dict[str, Any]) -> Any:
    """A model object from a row; columns the model does not know are ignored."""
    cls, skip = TABLES[table]
    kinds = _kinds(cls)
    values = {k: from_db(kinds[k], v) for k, v in row.items() if k in kinds and k not in skip}
    return cls(**values)
