"""Import and export times for the largest real schedule, and the import's memory peak.

``python -m organiser.bench.interchange [FILE]``: imports 36C3 (merged, 1,351 events) by
default, then exports it back as schedule.xml, schedule.json and iCalendar. Each figure
is the median of five runs; the target for each export is under 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

TARGET_S = 3.0
RUNS = 5
NAME = "giggity-36c3_merged.schedule.xml"
_REPO = Path(__file__).resolve().parents[2]


def _default_file() -> Path:
    """The shared data beside the checkout (or beside its parent, for a worktree)."""
    for base in (_REPO.parent, _REPO.parent.parent):
        path = base / "shared" / "data" / "real" / "schedules" / NAME
        if path.is_file():
            return path
    return _REPO.parent / "shared" / "data" / "real" / "schedules" / NAME


def _median(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    from ..interchange import frab_export, ics_export, json_export
    from ..interchange.schedule_json import load_schedule

    parser = argparse.ArgumentParser(prog="python -m organiser.bench.interchange")
    parser.add_argument("file", nargs="?", default=str(_default_file()))
    args = parser.parse_args(argv)
    path = Path(args.file)
    if not path.is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    data, report = load_schedule(path)
    print(report.headline())
    rows = [("import", _median(lambda: load_schedule(path)))]
    tracemalloc.start()
    load_schedule(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows.append(("export schedule.xml", _median(lambda: frab_export.schedule_xml(data))))
    rows.append(("export schedule.json", _median(lambda: json_export.schedule_json(data))))
    rows.append(("export iCalendar", _median(lambda: ics_export.calendar(data))))
    failed = False
    for label, seconds in rows:
        ok = seconds < TARGET_S
        failed |= not ok
        print(
            f"{label:22} {seconds * 1000:8.0f} ms  (median of {RUNS}; target < {TARGET_S:.0f} s) {'ok' if ok else 'SLOW'}"
        )
    print(f"{'import memory peak':22} {peak / 2**20:8.1f} MB  (tracemalloc)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
