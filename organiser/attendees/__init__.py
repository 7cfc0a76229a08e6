"""Attendee lists and the check-in desk, without Qt: the CLI and the desk window share it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .. import model
from .mapping import apply_overrides, guess_mapping, validate
from .plan import ImportPlan, build_plan
from .reader import read_table


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
    table = read_table(path, sheet)
    mapping = guess_mapping(table.headers)
    mapping = apply_overrides(mapping, overrides) if overrides else mapping
    validate(mapping)
    return build_plan(table, mapping, data, source=Path(path).name, category=category)
