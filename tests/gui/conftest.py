"""GUI tests: per-user files (imported badge layouts, calibration) in a temporary folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
