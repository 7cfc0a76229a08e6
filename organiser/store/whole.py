"""A whole event at once: written into a new file, read back as plain data."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import apsw

from .. import model
from ..sync import log
from .errors import EventFileError
from .messages import SAY
from .rows import object_of, row_of

if TYPE_CHECKING:
    from .store import EventStore


class _Stored(Protocol):
    """A model object that takes the id of the row written for it."""

    id: int | None


def new_event_data(title: str = "") -> model.EventData:
    """A fresh event: the built-in roles and nothing else."""
    data = model.EventData(event=model.Event(title=title))
    from ..i18n import french_role_defaults

    french: dict[str, dict[str, Any]] = french_role_defaults()  # keyword arguments of RoleType
    data.role_types = [
        model.RoleType(*spec, **french.get(spec[0], {})) for spec in model.DEFAULT_ROLE_TYPES
    ]
    return data


def insert_sql(table: str, row: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    names = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join("?" for _ in row)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values())


def _insert(conn: apsw.Connection, table: str, row: dict[str, Any]) -> int:
    """Insert one row; its id (the one it carries, else the one SQLite gave it)."""
    if row.get("id") is None:
        row.pop("id", None)
    conn.execute(*insert_sql(table, row))
    return int(row["id"]) if "id" in row else conn.last_insert_rowid()


def write_all(conn: apsw.Connection, data: model.EventData) -> None:
    """Write a whole event into empty tables, keeping the ids it carries."""
    _insert(conn, "event", row_of(data.event, "event", id=1))
    for i, zone in enumerate(data.event.display_time_zones):
        _insert(conn, "display_time_zones", {"sort_order": i, "zone": zone})
    listed: list[tuple[str, Sequence[_Stored]]] = [
        ("days", data.days),
        ("rooms", data.rooms),
        ("partners", data.partners),
        ("role_types", data.role_types),
        ("contacts", data.contacts),
    ]
    for table, items in listed:
        ordered = table in ("rooms", "partners", "role_types", "contacts")
        for i, item in enumerate(items):
            extra = {"sort_order": i} if ordered else {}
            item.id = _insert(conn, table, row_of(item, table, **extra))
    for person in data.people:
        person.id = _insert(conn, "people", row_of(person, "people"))
        for i, aff in enumerate(person.affiliations):
            row = row_of(aff, "affiliations", person_id=person.id, sort_order=i)
            aff.id = _insert(conn, "affiliations", row)
    for session in data.sessions:
        session.id = _insert(conn, "sessions", row_of(session, "sessions"))
        for row in question_rows(
            session.id, session.guiding_questions, session.guiding_questions_fr
        ):
            _insert(conn, "guiding_questions", row)
        for role in session.roles:
            role.id = _insert(conn, "roles", row_of(role, "roles", session_id=session.id))
    dates = {d.id: d.date.isoformat() for d in data.days}
    for c in data.check_ins:
        day = dates.get(c.day_id) or c.at.date().isoformat()
        c.id = _insert(conn, "check_ins", row_of(c, "check_ins", day=day))
    for table, items in (("tasks", data.tasks), ("print_log", data.print_log)):
        for item in items:
            item.id = _insert(conn, table, row_of(item, table))
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [
            (k, json.dumps(v, ensure_ascii=False, sort_keys=True))
            for k, v in sorted(data.settings.items())
        ],
    )


def question_rows(
    session_id: int | None, english: list[str], french: list[str]
) -> list[dict[str, Any]]:
    """The guiding_questions rows of a session: each English question with its French one
    at the same place (either may be empty when only one language has it)."""
    count = max(len(english), len(french))
    return [
        {
            "session_id": session_id,
            "sort_order": i,
            "text": english[i] if i < len(english) else "",
            "text_fr": french[i] if i < len(french) else "",
        }
        for i in range(count)
    ]


def read_all(store: EventStore) -> model.EventData:
    """The whole event as plain data (the settings of this laptop alone left out)."""

    def objects(table: str) -> list[Any]:
        return [object_of(table, r) for r in store.rows(table)]

    data = model.EventData()
    event_row = store.get("event", 1)
    if event_row is None:
        raise EventFileError(SAY.say("no_event", name=store.path.name))
    data.event = object_of("event", event_row)
    data.event.display_time_zones = [r["zone"] for r in store.rows("display_time_zones")]
    data.days = sorted(objects("days"), key=lambda d: d.date)
    data.rooms = objects("rooms")
    data.partners = objects("partners")
    data.role_types = objects("role_types")
    data.contacts = objects("contacts")
    # keyed as the model types ids (None until stored): every object read here has one
    affiliations: dict[int | None, list[model.Affiliation]] = {}
    for r in store.rows("affiliations"):
        affiliations.setdefault(r["person_id"], []).append(object_of("affiliations", r))
    data.people = objects("people")
    for p in data.people:
        p.affiliations = affiliations.get(p.id, [])
    questions: dict[int | None, list[str]] = {}
    questions_fr: dict[int | None, list[str]] = {}
    for r in store.rows("guiding_questions"):
        questions.setdefault(r["session_id"], []).append(r["text"])
        questions_fr.setdefault(r["session_id"], []).append(r.get("text_fr") or "")
    roles: dict[int | None, list[model.Role]] = {}
    for r in store.rows("roles"):
        roles.setdefault(r["session_id"], []).append(object_of("roles", r))
    day_dates = {d.id: d.date for d in data.days}
    data.sessions = sorted(
        objects("sessions"), key=lambda s: (day_dates.get(s.day_id), s.starts, s.ends, s.id)
    )
    for s in data.sessions:
        s.guiding_questions = questions.get(s.id, [])
        french = questions_fr.get(s.id, [])
        s.guiding_questions_fr = french if any(french) else []
        s.roles = sorted(roles.get(s.id, []), key=lambda r: (r.sort_order, r.id))
    data.tasks = objects("tasks")
    data.check_ins = objects("check_ins")
    data.print_log = objects("print_log")
    # by key: desks that set two settings in another order hold the same event
    settings = sorted(store.rows("settings"), key=lambda r: r["key"])
    data.settings = {r["key"]: json.loads(r["value"]) for r in settings}
    if "sync_desk" in store.tables:
        data.desks = log.names(store.conn)
    return data
