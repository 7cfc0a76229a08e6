"""The checks run after every edit: fast on a big event, and the benchmark says so."""

from __future__ import annotations

from organiser.bench import checks as bench


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
