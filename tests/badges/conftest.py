"""Badge tests never touch the real per-user settings: layouts and calibration go to tmp."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
