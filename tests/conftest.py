"""Shared fixtures: every test gets its own fresh event file in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _shared() -> Path:
    """``shared/`` sits beside the checkout (in CI too); a git worktree sits one level deeper."""
    for folder in Path(__file__).resolve().parents[1].parents:
        if (folder / "shared" / "reference").is_dir():
            return folder / "shared"
    return Path(__file__).resolve().parents[2] / "shared"


SHARED = _shared()


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Automatic backups (the user's data folder) in the test's own folder, also for the
    command-line processes a test starts."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    from organiser.services.sample import reference_event
    from organiser.store import EventStore

    path = tmp_path / "sample.organiser"
    EventStore.create(path, reference_event(), lock=False).close()
    return path


@pytest.fixture
def sample_store(sample_path: Path):
    from organiser.store import EventStore

    store = EventStore.open(sample_path)
    yield store
    store.close()
