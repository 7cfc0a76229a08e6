"""Command-line tools some tests read or render PDFs with (poppler-utils), and the
``organiser`` command run as a user runs it.

On a developer's machine without them those tests are skipped, saying what to install. In
CI (``CI`` set; ``.ci/run`` installs poppler-utils) they always run: a missing tool makes
them fail, so a broken install cannot pass as a green run with tests quietly skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest


def organiser(*args: str) -> subprocess.CompletedProcess:
    """``organiser ARGS`` in a process of its own, its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "organiser", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")) and not os.environ.get("CI"),
    reason="needs pdftotext and pdftoppm: apt-get install poppler-utils",
)
