"""People and sessions as CSV or XLSX, through the formula-safe writer in services.

The people table leaves out private fields (e-mail, phone, needs, travel) unless the
caller asks for contact details, since such lists get forwarded.

In the sessions table ``date`` is the session's conference day, as the programme, the
grid, the door signs and the window list it: a 00:20 talk of a day that runs to 06:00 is
on that day's date with ``starts`` 00:20. ``starts at`` and ``ends at`` give the real
date and time at the venue ("2025-12-28 00:20"), so a spreadsheet sorts by them and no
reader has to work out which night a late talk is in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import model
from ..services.spreadsheet import write_table
from .export_common import ordered_sessions, room_name

PEOPLE_HEADER = [
    "uid",
    "name",
    "honorific",
    "given name",
    "family name",
    "position",
    "organisation",
    "category",
    "status",
    "sessions",
]
CONTACT_HEADER = ["email", "phone"]
SESSIONS_HEADER = [
    "uid",
    "date",
    "starts",
    "ends",
    "starts at",
    "ends at",
    "kind",
    "type",
    "number",
    "title",
    "subtitle",
    "room",
    "track",
    "language",
    "status",
    "people",
    "problem statement",
]


def people_rows(
    data: model.EventData, *, contacts: bool = False
) -> tuple[list[str], list[list[Any]]]:
    header = PEOPLE_HEADER + (CONTACT_HEADER if contacts else [])
    rows = []
    for p in sorted(data.people, key=lambda p: (*p.sort_key, p.name.casefold())):
        first = p.affiliations[0] if p.affiliations else model.Affiliation()
        roles = "; ".join(
            f"{s.heading} ({data.role_type(r.role).label})" for s, r in data.roles_of(p.id)
        )
        row: list[Any] = [
            p.uid,
            p.name,
            p.honorific,
            p.given_name,
            p.family_name,
            first.position,
            first.organisation,
            p.category,
            p.status,
            roles,
        ]
        if contacts:
            row += [p.email, p.phone]
        rows.append(row)
    return header, rows


def session_rows(data: model.EventData) -> tuple[list[str], list[list[Any]]]:
    people = data.people_by_id()
    rows = []
    for s in ordered_sessions(data):
        start, end = data.span(s)
        names = "; ".join(
            f"{people[r.person_id].name} ({data.role_type(r.role).label})"
            for r in s.roles
            if r.person_id in people
        )
        rows.append(
            [
                s.uid,
                data.day(s.day_id).date.isoformat(),
                s.starts.strftime("%H:%M"),
                s.ends.strftime("%H:%M"),
                f"{start:%Y-%m-%d %H:%M}",
                f"{end:%Y-%m-%d %H:%M}",
                model.SESSION_KIND_LABELS.get(s.kind, s.kind),
                s.type,
                s.number,
                s.title,
                s.subtitle,
                room_name(data, s) if data.room(s.room_id) else "",
                s.track,
                s.language,
                s.status,
                names,
                s.problem_statement,
            ]
        )
    return SESSIONS_HEADER, rows


def write_people(data: model.EventData, path: str | Path, *, contacts: bool = False) -> int:
    header, rows = people_rows(data, contacts=contacts)
    write_table(path, header, rows)
    return len(rows)


def write_sessions(data: model.EventData, path: str | Path) -> int:
    header, rows = session_rows(data)
    write_table(path, header, rows)
    return len(rows)
