"""How long the speaker briefs of a large event take to write: one PDF, and a split folder.

The event is generated (2000 people, 300 sessions, 500 of the people speak), stored in a
temporary event file and loaded from it as ``organiser export briefs`` does. Each figure is
the median of 3 runs after one warm-up (fonts registered, modules imported); the target
for each is under 5 s. The split folder is shared among worker processes (one per core)
for an event this size. CPU time (this process and its workers) is printed beside wall
time because the machine may be shared: wall time above target with CPU time under it
means waiting for a core, not work.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..pdf import briefs
from ..services.files import atomic_path
from ..services.generate import generate
from ..store import EventStore

RUNS = 3
TARGET = 5.0


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _median(job: Callable[[int], object]) -> tuple[float, float]:
    job(-1)  # warm-up
    wall, cpu = [], []
    for n in range(RUNS):
        w, c = time.perf_counter(), _cpu()
        job(n)
        wall.append(time.perf_counter() - w)
        cpu.append(_cpu() - c)
    return statistics.median(wall), statistics.median(cpu)


def run() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        event = folder / "big.organiser"
        EventStore.create(event, generate(2000, 300, speakers=500), lock=False).close()
        with EventStore.open(event, lock=False) as store:
            data = store.load()
        people = briefs.people_for(data)
        pages: list[int] = []

        def one_pdf(n: int) -> None:
            with atomic_path(folder / f"briefs{n}.pdf") as out:
                pages.append(briefs.render(data, target=out).pages)

        def split(n: int) -> None:
            briefs.render_split(data, folder / f"split{n}")

        results = {"one PDF": _median(one_pdf), "split folder": _median(split)}
        files = len(list((folder / "split0").glob("*.pdf")))
    print(f"briefs of {len(people)} speakers ({pages[-1]} pages; split: {files} files)")
    over = False
    for name, (wall, cpu) in results.items():
        verdict = "ok" if wall < TARGET else "OVER TARGET"
        over |= wall >= TARGET
        print(
            f"  {name:<13} {wall:6.2f} s wall  {cpu:6.2f} s CPU  (target < {TARGET:.0f} s) {verdict}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(run())
