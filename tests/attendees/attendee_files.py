"""Helpers shared by the attendee import tests: a list file on disk, its import preview."""

from __future__ import annotations

from pathlib import Path

from organiser.attendees import preview_import
from organiser.attendees.plan import ImportPlan
from organiser.store import EventStore


def write_list(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


def plan_for(event_path: Path, file: Path, **kw) -> ImportPlan:
    with EventStore.open(event_path, lock=False) as store:
        return preview_import(file, store.load(), **kw)
