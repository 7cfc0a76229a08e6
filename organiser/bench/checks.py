"""How long the checks take on a big event: they run after every edit, so under 100 ms.

``python -m organiser.bench.checks [--people N] [--sessions N] [--runs N]`` generates the
event, runs the checks once to warm caches (fonts, time zones), then prints the median of
the timed runs. Exit status 1 when the median misses the target.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence

from ..checks import counts, run_checks
from ..services.generate import generate

TARGET_MS = 100.0


def measure(
    people: int = 2000, sessions: int = 300, runs: int = 15
) -> tuple[float, dict[str, int], float]:
    """(median ms, finding counts, first-run ms) for ``run_checks`` on a generated event.

    The first run loads font tables and zone data and fills the sentence caches, as the
    app's first check after opening a file does; the median is every edit after that.
    """
    data = generate(people, sessions)
    start = time.perf_counter()
    findings = run_checks(data)
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run_checks(data)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), counts(findings), first


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m organiser.bench.checks")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    median, found, first = measure(args.people, args.sessions, max(1, args.runs))
    print(
        f"run_checks: {args.sessions} sessions, {args.people} people "
        f"({found['error']} errors, {found['warning']} warnings, {found['info']} notes): "
        f"median {median:.1f} ms over {max(1, args.runs)} runs (target < {TARGET_MS:.0f} ms); "
        f"first run {first:.0f} ms"
    )
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
