"""The checks run after every edit: fast on a big event, and the benchmark says so."""

from __future__ import annotations

import time
from datetime import datetime

from organiser.bench import checks as bench
from organiser.checks.stale import item_fingerprints, stale_outputs
from organiser.model import PrintRecord
from organiser.services.generate import generate


def test_checks_on_300_sessions_and_2000_people_are_fast(capsys):
    median, found, _first = bench.measure(2000, 300, runs=5)
    # The target is 100 ms; the bound leaves room for a machine shared with other jobs.
    assert median < 300
    assert found["error"] == 0  # the generator books nobody twice


def test_benchmark_prints_its_number(capsys):
    status = bench.main(["--people", "200", "--sessions", "30", "--runs", "3"])
    out = capsys.readouterr().out
    assert "run_checks: 30 sessions, 200 people" in out and "median" in out
    assert status == 0


def test_stale_paper_on_a_big_event_is_quick():
    data = generate(2000, 300)
    for i, kind in enumerate(("programme", "badge", "brief"), start=1):
        items = item_fingerprints(kind, data)
        data.print_log.append(PrintRecord(kind, datetime(2026, 3, 1, 9, 0), items=items, id=i))
    data.sessions[5].title = "Renamed"
    start = time.perf_counter()
    stale = stale_outputs(data, now=datetime(2026, 3, 1, 10, 0))
    assert time.perf_counter() - start < 1.0
    assert stale[0].message.startswith("Programme, printed 09:00, changed: ")
    assert stale[0].changes[0].endswith(" title")
