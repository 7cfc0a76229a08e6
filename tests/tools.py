"""Command-line tools some tests read or render PDFs with (poppler-utils).

On a developer's machine without them those tests are skipped, saying what to install. In
CI (``CI`` set; ``.ci/run`` installs poppler-utils) they always run: a missing tool makes
them fail, so a broken install cannot pass as a green run with tests quietly skipped.
"""

from __future__ import annotations

import os
import shutil

import pytest

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")) and not os.environ.get("CI"),
    reason="needs pdftotext and pdftoppm: apt-get install poppler-utils",
)
