"""``python -m organiser.bench [NAME ...]``: run the benchmarks one after another.

Each runs in its own process (as a user would start it), so one benchmark's caches and
imports never flatter the next. With no names, all of them run, in the order below.
"""

from __future__ import annotations

import subprocess
import sys

ALL = ("gui", "programme", "badges", "briefs", "desk", "checks", "interchange", "sync")


def main(argv: list[str] | None = None) -> int:
    names = list(argv if argv is not None else sys.argv[1:]) or list(ALL)
    unknown = [n for n in names if n not in ALL]
    if unknown:
        print(
            f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(ALL)}", file=sys.stderr
        )
        return 2
    failed = 0
    for name in names:
        print(f"== {name}", flush=True)
        failed += subprocess.call([sys.executable, "-m", f"organiser.bench.{name}"]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
