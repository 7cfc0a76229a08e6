"""The compiled forms are the Designer files as they are now, and every view uses its form."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UIC = Path(sys.executable).with_name("pyside6-uic")
FORMS = sorted((ROOT / "forms").glob("*.ui"))


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_up_to_date(form: Path, tmp_path: Path) -> None:
    compiled = ROOT / "organiser" / "gui" / "forms" / f"ui_{form.stem}.py"
    fresh = tmp_path / compiled.name
    subprocess.run([str(UIC), str(form), "-o", str(fresh)], check=True, timeout=60)
    assert compiled.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        f"run: pyside6-uic forms/{form.name} -o organiser/gui/forms/{compiled.name}"
    )


def test_every_view_is_registered_and_builds(window, sample_path) -> None:
    from organiser.gui.views import VIEWS, view_for_kind

    assert [s.key for s in VIEWS][:3] == ["event", "programme", "people"]
    assert window.open_file(sample_path)
    for spec in VIEWS:
        view = window.show_view(spec.key)
        assert view is window.views[spec.key] and view.isVisible()
        assert (ROOT / "resources" / "icons" / spec.icon).exists()
    assert view_for_kind("session").key == "programme"
    assert view_for_kind("person").key == "people"


def test_screenshot_tool_grabs_the_programme(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from organiser.gui.window.screenshot import grab

    out = grab(tmp_path / "shot.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 860)


@pytest.mark.slow
def test_benchmark_runs_on_a_small_event(capsys) -> None:
    from organiser.bench.gui import main

    main(["--people", "200", "--sessions", "20", "--runs", "1"])
    out = capsys.readouterr().out
    assert "launch to window shown" in out and "per keystroke" in out
