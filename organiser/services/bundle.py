"""The JSON bundle: a whole event as one readable, versioned JSON document.

Export then import then export gives identical JSON, because the bundle carries every
field and every id. The bundle's JSON Schema lives in ``resources/schemas`` and is
derived from the model (``organiser schema`` rewrites it; a test keeps the two equal), so
a field added to the model is documented and validated at once.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from .. import model
from ..paths import resource
from ..store.rows import from_db, to_db

FORMAT = "organiser-event"
VERSION = 1
SCHEMA_PATH = resource("schemas", "event-bundle.schema.json")
MAX_BYTES = 200 * 1024 * 1024

#: bundle section -> model class (event is a single object, the rest are lists)
SECTIONS: dict[str, type] = {
    "event": model.Event,
    "days": model.Day,
    "rooms": model.Room,
    "partners": model.Partner,
    "role_types": model.RoleType,
    "people": model.Person,
    "sessions": model.Session,
    "contacts": model.Contact,
    "tasks": model.Task,
    "check_ins": model.CheckIn,
    "print_log": model.PrintRecord,
}
NESTED: dict[str, type] = {"affiliations": model.Affiliation, "roles": model.Role}


class BundleError(ValueError):
    """A bundle that cannot be imported; the message names the entry and field."""


# ------------------------------------------------------------------ export
def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, date | time | datetime):
        return to_db(obj)
    return obj


def to_bundle(data: model.EventData) -> dict[str, Any]:
    bundle: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for name in SECTIONS:
        bundle[name] = _plain(getattr(data, name))
    bundle["settings"] = _plain(data.settings)
    return bundle


def dumps(data: model.EventData) -> str:
    return json.dumps(to_bundle(data), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


# ------------------------------------------------------------------ import
def _build(cls: type, values: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in values:
            continue
        v = values[f.name]
        if f.name in NESTED:
            v = [_build(NESTED[f.name], x) for x in v]
        elif _base(hints[f.name]) not in (list, dict):
            v = from_db(_base(hints[f.name]), v)
        kwargs[f.name] = v
    return cls(**kwargs)


def _base(hint: Any) -> type:
    import types

    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    base = typing.get_origin(hint) or hint
    return list if base is list else (dict if base is dict else base)


def _where(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the bundle"


def from_bundle(bundle: Any) -> model.EventData:
    """Validate a parsed bundle and turn it into an event; BundleError says what is wrong."""
    import jsonschema  # only when importing: it costs start-up time

    errors = sorted(
        jsonschema.Draft202012Validator(schema()).iter_errors(bundle),
        key=lambda e: list(map(str, e.absolute_path)),
    )
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise BundleError(f"{_where(first.absolute_path)}: {first.message}{more}")
    data = model.EventData()
    data.event = _built(model.Event, bundle["event"], "event")
    for name, cls in SECTIONS.items():
        if name != "event":
            items = bundle.get(name, [])
            setattr(data, name, [_built(cls, x, f"{name}[{i}]") for i, x in enumerate(items)])
    data.settings = dict(bundle.get("settings", {}))
    _check_references(data)
    _check_unique(data)
    _check_zones(data)
    return data


def _built(cls: type, values: dict[str, Any], where: str) -> Any:
    try:
        return _build(cls, values)
    except ValueError as exc:  # a date or time that matches the pattern but not the calendar
        raise BundleError(f"{where}: invalid date or time ({exc})") from None


def _check_unique(data: model.EventData) -> None:
    """What the event file keeps unique, refused here with the entry named."""
    for name, field_name in (
        ("days", "date"),
        ("people", "uid"),
        ("sessions", "uid"),
        ("role_types", "key"),
    ):
        seen: dict[Any, int] = {}
        for i, item in enumerate(getattr(data, name)):
            value = getattr(item, field_name)
            if value in seen:
                raise BundleError(
                    f"{name}[{i}].{field_name}: {to_db(value)} is already used by "
                    f"{name}[{seen[value]}]"
                )
            seen[value] = i


def _check_zones(data: model.EventData) -> None:
    from .timezones import is_valid_zone

    if not is_valid_zone(data.event.venue_time_zone):
        raise BundleError(
            f"event.venue_time_zone: {data.event.venue_time_zone!r} is not a time zone name"
        )
    for i, zone in enumerate(data.event.display_time_zones):
        if not is_valid_zone(zone):
            raise BundleError(f"event.display_time_zones[{i}]: {zone!r} is not a time zone name")
    for i, person in enumerate(data.people):
        if person.home_time_zone and not is_valid_zone(person.home_time_zone):
            raise BundleError(
                f"people[{i}].home_time_zone: {person.home_time_zone!r} is not a time zone name"
            )


def _check_references(data: model.EventData) -> None:
    def ids(name: str) -> set[int | None]:
        items = getattr(data, name)
        seen: set[int | None] = set()
        for i, item in enumerate(items):
            if item.id is not None and item.id in seen:
                raise BundleError(f"{name}[{i}].id: {item.id} is used twice")
            seen.add(item.id)
        return seen

    days, rooms, people, sessions = ids("days"), ids("rooms"), ids("people"), ids("sessions")
    for i, s in enumerate(data.sessions):
        if s.day_id not in days:
            raise BundleError(f"sessions[{i}].day_id: no day has id {s.day_id}")
        if s.room_id is not None and s.room_id not in rooms:
            raise BundleError(f"sessions[{i}].room_id: no room has id {s.room_id}")
        for j, r in enumerate(s.roles):
            if r.person_id not in people:
                raise BundleError(
                    f"sessions[{i}].roles[{j}].person_id: no person has id {r.person_id}"
                )
    for name, field_name, known in (
        ("tasks", "session_id", sessions),
        ("tasks", "person_id", people),
        ("check_ins", "person_id", people),
        ("print_log", "person_id", people),
    ):
        for i, item in enumerate(getattr(data, name)):
            ref = getattr(item, field_name)
            if ref is not None and ref not in known:
                raise BundleError(f"{name}[{i}].{field_name}: nothing has id {ref}")


def loads_file(path: Path) -> model.EventData:
    """Read and validate a bundle file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError(f"cannot read {path}: {exc.strerror}") from None
    if size > MAX_BYTES:
        raise BundleError(f"{path.name} is larger than {MAX_BYTES // 2**20} MB")
    try:
        bundle = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise BundleError(f"{path.name} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BundleError(f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise BundleError(f"{path.name} is nested too deeply to be an event bundle") from None
    try:
        return from_bundle(bundle)
    except RecursionError:
        raise BundleError(f"{path.name} is nested too deeply to be an event bundle") from None


# ------------------------------------------------------------------ schema
def _schema_of(hint: Any) -> dict[str, Any]:
    import types

    nullable = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        nullable = type(None) in typing.get_args(hint)
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        if isinstance(item, type) and dataclasses.is_dataclass(item):  # a class, not an instance
            out: dict[str, Any] = {"type": "array", "items": _object_schema(item)}
        else:
            out = {"type": "array", "items": _schema_of(item)}
    elif origin is dict or hint is dict:
        out = {"type": "object"}
    elif hint is bool:
        out = {"type": "boolean"}
    elif hint is int:
        out = {"type": "integer"}
    elif hint is str:
        out = {"type": "string"}
    elif hint is datetime:
        out = {
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$",
        }
    elif hint is date:
        out = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    elif hint is time:
        out = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$"}
    elif hint is object:
        out = {}
    else:
        raise TypeError(f"no schema for {hint!r}")
    if nullable and "type" in out:
        out["type"] = [out["type"], "null"]
    return out


def _object_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {}
    required = []
    for f in dataclasses.fields(cls):
        props[f.name] = _schema_of(hints[f.name])
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    doc = (cls.__doc__ or "").strip()
    out: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": props}
    if doc and not doc.startswith(cls.__name__ + "("):
        out["description"] = " ".join(doc.split())
    if required:
        out["required"] = required
    return out


def build_schema() -> dict[str, Any]:
    """The bundle's JSON Schema, derived from the model."""
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "settings": {"type": "object", "description": "Per-event options, by key."},
    }
    for name, cls in SECTIONS.items():
        props[name] = (
            _object_schema(cls)
            if name == "event"
            else {
                "type": "array",
                "items": _object_schema(cls),
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://organiser.invalid/schemas/event-bundle.schema.json",
        "title": "Organiser event bundle",
        "description": (
            "One whole event exported by Organiser (organiser export json). Dates are "
            "YYYY-MM-DD, session times HH:MM at the venue, timestamps ISO 8601. Ids link "
            "sessions to days, rooms and people."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "event"],
        "properties": props,
    }


_SCHEMA: dict[str, Any] | None = None


def schema() -> dict[str, Any]:
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return _SCHEMA


def write_schema(path: Path = SCHEMA_PATH) -> None:
    path.write_text(
        json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
