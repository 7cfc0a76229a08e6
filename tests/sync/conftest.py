"""Desks of one stand-in event, each its own file, for the sharing tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.sync import standin
from organiser.sync.filesync import make_desk_copy

CODE = "TEST-DESK-C0DE"


@pytest.fixture
def desk_paths(tmp_path: Path):
    """``desk_paths(n, people)``: the first desk shares a new event, the others join it."""

    def make(count: int = 2, people: int = 20) -> list[Path]:
        first = tmp_path / "desk1.organiser"
        standin.create(first, people=people)
        desk = standin.share(first, "Desk 1", code=CODE)
        paths = [first]
        for n in range(2, count + 1):
            paths.append(make_desk_copy(desk, tmp_path / f"desk{n}.organiser", f"Desk {n}"))
        desk.conn.close()
        return paths

    return make


@pytest.fixture
def open_desks():
    opened = []

    def open_(*paths: Path):
        desks = [standin.open_desk(p) for p in paths]
        opened.extend(desks)
        return desks

    yield open_
    for desk in opened:
        desk.conn.close()
