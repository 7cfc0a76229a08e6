"""The window on a 1366×768 laptop with a 40 px taskbar, on a real X server (Xvfb).

The offscreen platform has no taskbar; Xvfb gives a real 1366×768 screen, and the
taskbar is what a desktop says with ``_NET_WORKAREA`` on the root window (Qt reads it as
the screen's available geometry: 1366×728). The first window is sized by the app itself;
every view, with the Problems panel open, must show its main buttons whole
(``laptop_screen.py`` runs in the child process and saves a PNG of each view). Where no
X server can be had, the same checks run offscreen on a screen of the free area's size.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDS = ("Xvfb", "xprop")
XVFB = ("Xvfb", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset")
#: the desktop's word for "the screen less the taskbar", as a panel sets it
TASKBAR = ("xprop", "-root", "-f", "_NET_WORKAREA", "32c", "-set", "_NET_WORKAREA")

needs_xvfb = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDS) and not os.environ.get("CI"),
    reason="needs Xvfb and xprop (apt-get install xvfb x11-utils; .ci/run does)",
)


@pytest.fixture
def laptop_display():
    """A 1366×768 X screen whose desktop keeps 40 px for a taskbar at the bottom."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [*XVFB, "-displayfd", str(write)],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = f":{pipe.readline().strip()}"
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        subprocess.run(
            [*TASKBAR, "0, 0, 1366, 728"],
            env=env,
            check=True,
            timeout=30,
        )
        yield env
    finally:
        server.terminate()
        server.wait(timeout=30)


def _run_child(env: dict[str, str], shots: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.laptop_screen", str(shots)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    cannot_start = "could not connect to display" in proc.stderr or (
        "xcb" in proc.stderr and proc.returncode
    )
    if cannot_start and not os.environ.get("CI"):  # CI installs what xcb needs: fail there
        pytest.skip(f"the Qt xcb platform does not start here: {proc.stderr[-300:]}")
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:], proc.stdout[-500:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


@needs_xvfb
def test_every_view_fits_a_laptop_screen_with_its_buttons_in_reach(laptop_display, tmp_path):
    shots = tmp_path / "shots"
    report = _run_child(laptop_display, shots)
    assert report["screen"] == [1366, 768]
    assert report["available"] == [0, 0, 1366, 728], "the taskbar is seen"
    _fits(report, shots)


@pytest.mark.parametrize("system", ["en_GB.UTF-8", "fr_FR.UTF-8"])
def test_every_view_fits_the_laptop_area_offscreen(tmp_path, system):
    """The same checks where no X server can be had: Qt's offscreen platform given a
    screen the size of the laptop's free area (1366×728). On a French system, with fresh
    settings, the window is in French (some 20 % longer than English) and still fits."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env.update(LANG=system, LC_ALL=system, LANGUAGE=system.split(".")[0])
    shots = tmp_path / "shots"
    report = _run_child(env, shots)
    assert report["available"] == [0, 0, 1366, 728]
    assert report["language"] == system[:2]
    _fits(report, shots)


def _fits(report: dict, shots: Path) -> None:
    x, y, width, height = report["frame"]
    assert x >= 0 and y >= 0 and x + width <= 1366 and y + height <= 728, report["frame"]
    assert width >= 1280, "the window uses the laptop's width"
    assert report["views"] == {key: [] for key in report["views"]}
    assert len(report["views"]) == 7
    assert sorted(p.name for p in shots.iterdir()) == sorted(f"{k}.png" for k in report["views"])
