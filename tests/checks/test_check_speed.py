"""The checks benchmark runs and prints its numbers (speed is judged by the benchmark itself,
not by a timed test on a shared machine)."""

from __future__ import annotations

from datetime import datetime

from organiser.bench import checks as bench
from organiser.checks.stale import item_fingerprints, stale_outputs
from organiser.model import PrintRecord
from organiser.services.generate import generate


def test_benchmark_prints_its_number(capsys):
    bench.main(["--people", "200", "--sessions", "30", "--runs", "3"])
    out = capsys.readouterr().out
    assert "run_checks: 30 sessions, 200 people" in out and "median" in out


def test_generated_event_books_nobody_twice():
    _median, found, _first = bench.measure(2000, 300, runs=1)
    assert found["error"] == 0


def test_stale_paper_on_a_big_event_names_the_change():
    data = generate(2000, 300)
    for i, kind in enumerate(("programme", "badge", "brief"), start=1):
        items = item_fingerprints(kind, data)
        data.print_log.append(PrintRecord(kind, datetime(2026, 3, 1, 9, 0), items=items, id=i))
    data.sessions[5].title = "Renamed"
    stale = stale_outputs(data, now=datetime(2026, 3, 1, 10, 0))
    assert stale[0].message.startswith("Programme, printed 09:00, changed: ")
    assert stale[0].changes[0].endswith(" title")
