"""Attendee lists and the check-in desk, without Qt: the CLI and the desk window share it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .. import model
from .mapping import NAME_FIELDS, ColumnMapping, apply_overrides, guess_mapping, validate
from .plan import ImportPlan, build_plan
from .reader import Table, read_table

#: Rows above the header (a title, a date) that the search for the header looks past.
HEADER_SEARCH = 10


def preview_import(
    path: str | Path,
    data: model.EventData,
    *,
    overrides: Mapping[str, str] | None = None,
    sheet: str | None = None,
    category: str | None = None,
) -> ImportPlan:
    """Read the list, guess (and correct) its columns, and plan the import; writes nothing.

    Raises ``reader.ReadError`` (with the line) or ``mapping.MappingError``; both are
    ValueErrors whose message is for the user.
    """
    if overrides:
        table = read_table(path, sheet)
        mapping = guess_mapping(table.headers)
    else:
        table, mapping = read_with_header(path, sheet)
    mapping = apply_overrides(mapping, overrides) if overrides else mapping
    validate(mapping)
    return build_plan(table, mapping, data, source=Path(path).name, category=category)


def read_with_header(path: str | Path, sheet: str | None = None) -> tuple[Table, ColumnMapping]:
    """The list and the guessed mapping, past any title rows; the window's import dialog
    starts here and then lets the user correct the mapping column by column."""
    table = read_table(path, sheet)
    return _find_header(table, guess_mapping(table.headers))


def _find_header(table: Table, mapping: ColumnMapping) -> tuple[Table, ColumnMapping]:
    """Look past title rows ("Liste des participants", a date) to the row naming the columns."""
    if any(f in NAME_FIELDS for f in mapping.fields.values()):
        return table, mapping
    for k, row in enumerate(table.rows[:HEADER_SEARCH]):
        candidate = guess_mapping([v.strip() for v in row.values])
        if any(f in NAME_FIELDS for f in candidate.fields.values()):
            skipped = [table.header_line] + [r.line for r in table.rows[:k]]
            found = Table(
                headers=candidate.headers,
                rows=table.rows[k + 1 :],
                header_line=row.line,
                kind=table.kind,
                encoding=table.encoding,
                delimiter=table.delimiter,
                sheet=table.sheet,
                empty_lines=table.empty_lines,
                title_lines=skipped,
            )
            return found, candidate
    return table, mapping
