"""Desks of one stand-in event, each its own file, for the sharing tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.bench.sync import make_desks
from organiser.sync import standin

CODE = "TEST-DESK-C0DE"


@pytest.fixture
def desk_paths(tmp_path: Path):
    """``desk_paths(n, people)``: the first desk shares a new event, the others join it."""

    def make(count: int = 2, people: int = 20) -> list[Path]:
        return make_desks(tmp_path, count, people, code=CODE)

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
