"""Fixtures for the interchange tests; the real files are located in interchange_files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.interchange.interchange_files import REAL


@pytest.fixture
def real() -> Path:
    return REAL
