"""The attendee list as a spreadsheet: who, from where, and whether they came.

Written through ``services.spreadsheet`` so a name like "=HYPERLINK(...)" stays text in
Excel and LibreOffice. Contact details stay out: this list is passed around.
"""

from __future__ import annotations

from pathlib import Path

from .. import model
from ..services.spreadsheet import write_table

HEADER = (
    "Given name",
    "Family name",
    "Honorific",
    "Organisation",
    "Position",
    "Category",
    "Registration status",
    "Checked in",
    "Badge printed",
    "ID",
)


def badge_printed(data: model.EventData) -> set[int]:
    """People with a badge in the print log (one record per person, or a batch listing them)."""
    by_uid = {p.uid: p.id for p in data.people if p.id is not None}
    ids = {p.id for p in data.people}
    printed: set[int] = set()
    for rec in data.print_log:
        if rec.kind != "badge":
            continue
        if rec.person_id is not None:
            printed.add(rec.person_id)
        for key in rec.items:
            # batch records key their items by person: "person:12", "12" or the person's uid
            text = str(key).removeprefix("person:")
            if text in by_uid:
                printed.add(by_uid[text])
            elif text.isdigit() and int(text) in ids:
                printed.add(int(text))
    return printed


def first_check_ins(data: model.EventData) -> dict[int | None, model.CheckIn]:
    """Each person's first arrival, by ``Person.id`` as the model types it (None finds none)."""
    first: dict[int | None, model.CheckIn] = {}
    for c in sorted(data.check_ins, key=lambda c: c.at):
        first.setdefault(c.person_id, c)
    return first


def attendee_rows(data: model.EventData) -> list[list[str]]:
    """One row per person, by family name with accents set aside."""
    printed = badge_printed(data)
    arrived = first_check_ins(data)
    rows = []
    for p in sorted(data.people, key=sort_key):
        aff = p.affiliations[0] if p.affiliations else model.Affiliation()
        c = arrived.get(p.id)
        rows.append(
            [
                p.given_name,
                p.family_name,
                p.honorific,
                aff.organisation,
                aff.position,
                p.category,
                p.registration_status,
                c.at.strftime("%Y-%m-%d %H:%M") if c else "",
                "yes" if p.id in printed else "no",
                p.uid,
            ]
        )
    return rows


def sort_key(p: model.Person) -> tuple[str, str, str]:
    """Alphabetical by family name, then given name, accents and case aside."""
    return (*p.sort_key, p.uid)


def export_attendees(data: model.EventData, path: str | Path) -> int:
    """Write the list (.csv or .xlsx by suffix); returns how many people it holds."""
    rows = attendee_rows(data)
    write_table(path, HEADER, rows)
    return len(rows)
