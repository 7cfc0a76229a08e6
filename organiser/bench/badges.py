"""Badge export speed against the bare-reportlab floor: ``python -m organiser.bench.badges``.

Both sides run in fresh processes, several times, and report their own time from the
first piece of work to the saved file, imports excluded: the floor from registering its
fonts, ours from opening the event file (so loading 2,000 people, selecting them and
fitting every name count against us). Both embed the same font (bundled Noto Sans), so the
comparison is of the drawing, not of font files. The ratio ours/floor must be at most 1.0.
Then the desk case: one badge for one person, from the call to a PDF ready to print,
once the desk has opened (and loaded the faces its names need on a worker thread).
``--scripts mixed`` gives the people names and organisations in Arabic, Chinese, Korean,
Devanagari, Hebrew, Thai, Amharic and Latin in turn (fallback faces, bidi and shaping):
that sheet must stay under 1.5 times the floor.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import ROOT, resource

if TYPE_CHECKING:
    from ..model import EventData

# the shared folder sits beside the repository (or beside its worktrees' folder)
FLOOR = next(
    (
        p / "shared" / "bench" / "badge_floor.py"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "bench" / "badge_floor.py").is_file()
    ),
    ROOT.parent / "shared" / "bench" / "badge_floor.py",
)
LAYOUT = "Avery L7418"  # A4, 2 x 4, 86 x 55 mm: the floor's own sheet


def ours_once(event: str, out: str, layout: str = LAYOUT) -> float:
    """One export in this process; seconds from opening the file to the saved PDF."""
    from ..badges import layouts
    from ..badges.content import BadgeOptions
    from ..badges.render import render_badges
    from ..badges.selection import select
    from ..cli.common import read_event
    from ..services.files import atomic_path

    t0 = time.perf_counter()
    with read_event(event) as store:
        data = store.load()
    people = select(data, "all")
    with atomic_path(out) as tmp:
        render_badges(data, people, layouts.find(layout), tmp, BadgeOptions(calibrate=False))
    return time.perf_counter() - t0


def _run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - t0
    if done.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr}")
    return wall, done.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m organiser.bench.badges", description=__doc__)
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3, help="runs per side (median reported)")
    ap.add_argument("--floor", default=str(FLOOR), help="path of badge_floor.py")
    ap.add_argument("--scripts", choices=("latin", "mixed"), default="latin")
    ap.add_argument("--ours-once", nargs=2, metavar=("EVENT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.ours_once:
        print(f"{ours_once(*args.ours_once):.4f}")
        return 0
    floor = Path(args.floor)
    if not floor.is_file():
        print(f"no floor script at {floor}; pass --floor", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="organiser-bench-"))
    try:
        return _bench(args, floor, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bench(args: argparse.Namespace, floor: Path, work: Path) -> int:
    from ..services.generate import generate
    from ..store import EventStore

    event = work / "bench.organiser"
    data = generate(args.people, 40, 1)
    if args.scripts == "mixed":
        mix_scripts(data)
    EventStore.create(event, data, lock=False).close()
    env = dict(os.environ)
    env["BADGE_FONT"] = str(resource("fonts", "NotoSans-Regular.ttf"))
    env["BADGE_FONT_BOLD"] = str(resource("fonts", "NotoSans-Bold.ttf"))
    py = sys.executable
    floor_t, ours_t, floor_wall, ours_wall = [], [], [], []
    for _ in range(args.runs):  # interleaved, so a busy moment hits both sides alike
        wall, out = _run([py, str(floor), str(args.people), str(work / "floor.pdf")], env)
        m = re.search(r"in ([0-9.]+) s", out)
        if not m:
            raise SystemExit(f"unexpected floor output: {out!r}")
        floor_t.append(float(m.group(1)))
        floor_wall.append(wall)
        wall, out = _run(
            [py, "-m", "organiser.bench.badges", "--ours-once", str(event), str(work / "ours.pdf")],
            {**env, "PYTHONPATH": str(ROOT)},
        )
        ours_t.append(float(out.strip().splitlines()[-1]))
        ours_wall.append(wall)
    f, o = statistics.median(floor_t), statistics.median(ours_t)
    fw, ow = statistics.median(floor_wall), statistics.median(ours_wall)
    print(f"badges: {args.people}, runs per side: {args.runs}, layout {LAYOUT}")
    print(f"floor (bare reportlab loop): {f:.3f} s   runs {', '.join(f'{t:.3f}' for t in floor_t)}")
    print(
        f"ours (open, load, select, fit, render, save): {o:.3f} s   runs {', '.join(f'{t:.3f}' for t in ours_t)}"
    )
    target = 1.5 if args.scripts == "mixed" else 1.0
    print(f"ratio ours/floor: {o / f:.2f}  (target <= {target}, {args.scripts} scripts)")
    print(f"whole process incl. Python start and imports: floor {fw:.2f} s, ours {ow:.2f} s")
    warm, single = _single(event)
    print(
        f"desk opened: the faces its names need loaded on a worker in {warm * 1000:.0f} ms; "
        f"single badge at the desk: first {single[0] * 1000:.1f} ms, then median "
        f"{statistics.median(single[1:]) * 1000:.1f} ms (target < 200 ms)"
    )
    return 0 if o <= f * target and single[0] < 0.2 else 1


#: (given names, family names, organisation) per script, for ``--scripts mixed``
MIXED = (
    (("محمد", "فاطمة", "عمر"), ("الأمين", "ولد عبد الله", "بن سالم"), "جامعة نواكشوط"),
    (("小龙", "美玲", "伟"), ("李", "王", "张"), "北京大学"),
    (("민준", "서연"), ("김", "박"), "서울대학교"),
    (("अनुष्का", "राहुल"), ("शर्मा", "क्षत्रिय"), "दिल्ली विश्वविद्यालय"),
    (("דוד", "שרה"), ("לוי", "כהן"), "האוניברסיטה העברית"),
    (("สมชาย",), ("ใจดี",), "จุฬาลงกรณ์มหาวิทยาลัย"),
    (("አበበ", "ሰላም"), ("ቢቂላ", "ተስፋዬ"), "አዲስ አበባ ዩኒቨርሲቲ"),
    (("Niagalé", "Zoë"), ("Bagayoko-Traoré", "Ó Briain"), "African Security Sector Network"),
)


def mix_scripts(data: EventData) -> None:
    """Every person a name and organisation in one of the scripts above, in turn."""
    for i, p in enumerate(data.people):
        given, family, org = MIXED[i % len(MIXED)]
        p.given_name = given[i % len(given)]
        p.family_name = family[(i // len(MIXED)) % len(family)]
        p.printed_name = ""
        if p.affiliations:
            p.affiliations[0].organisation = org


def _single(event: Path) -> tuple[float, list[float]]:
    """Desk prints into the next free label of a sheet, each logged, in this process.

    As at the desk: when it opens, the faces the event's names need load (``shaping.warm``,
    on a worker there; timed alone here); the first attendee comes to the desk after that.
    Returns the warm-up's time and each badge's.
    """
    from ..badges import layouts
    from ..badges.selection import badge_texts, print_single
    from ..pdf import shaping
    from ..store import EventStore

    times = []
    with EventStore.open(event) as store:
        texts = badge_texts(store.load())
        t0 = time.perf_counter()
        shaping.warm(texts)
        warm = time.perf_counter() - t0
        ids = [r[0] for r in store.conn.execute("SELECT id FROM people ORDER BY id LIMIT 9")]
        lay = layouts.find(LAYOUT)
        for pid in ids:
            t0 = time.perf_counter()
            print_single(store, pid, lay, event.with_name(f"single-{pid}.pdf"))
            times.append(time.perf_counter() - t0)
    return warm, times


if __name__ == "__main__":
    sys.exit(main())
