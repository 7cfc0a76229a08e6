"""The package stays easy to find one's way in: no hand-written module grows past 700
lines (split it along its seams) and the top of ``organiser/gui`` keeps at most ten
modules, the shared machinery; everything else lives in a room that says what it holds."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "organiser"
LONGEST = 700
GUI_TOP = 10


def test_no_hand_written_module_over_700_lines():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if "forms" not in p.relative_to(PACKAGE).parts
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > LONGEST
    }
    assert not long, f"split these along their seams: {long}"


def test_few_modules_at_the_top_of_the_window_package():
    top = sorted(p.name for p in (PACKAGE / "gui").glob("*.py") if p.name != "__init__.py")
    assert len(top) <= GUI_TOP, top
