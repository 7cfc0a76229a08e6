"""Messages quote names safely; table tents and command-line exports are on the print log."""

from __future__ import annotations

import subprocess
import sys

from organiser.checks import run_checks
from organiser.checks.stale import stale_outputs
from organiser.cli import main
from organiser.store import EventStore


def test_names_in_messages_are_cleaned_and_cut_short(sample_store):
    data = sample_store.load()
    wane = next(p for p in data.people if p.family_name == "Wane")
    sample_store.update("people", wane.id, {"given_name": "\u202eanimA", "family_name": "x" * 5000})
    found = [f for f in run_checks(sample_store.load()) if f.item_id == wane.id]
    assert found
    for f in found:
        assert "\u202e" not in f.message and len(f.message) < 400
        assert "…" in f.message


def test_calibration_page_in_a_fresh_process(tmp_path):
    out = tmp_path / "cal.pdf"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "organiser",
            "export",
            "calibration",
            "-o",
            str(out),
            "--layout",
            "Avery 5395",
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0


def test_command_line_exports_are_logged_and_go_stale(sample_path, tmp_path):
    assert main(["export", "agenda", str(sample_path), "-o", str(tmp_path / "p.pdf")]) == 0
    assert main(["export", "tents", str(sample_path), "-o", str(tmp_path / "t.pdf")]) == 0
    assert main(["export", "briefs", str(sample_path), "-o", str(tmp_path / "b.pdf")]) == 0
    with EventStore.open(sample_path) as store:
        assert {r["kind"] for r in store.rows("print_log")} == {"programme", "tent", "brief"}
        assert stale_outputs(store.load()) == []
        bagayoko = next(r for r in store.rows("people") if r["family_name"] == "Bagayoko")
        store.update("people", bagayoko["id"], {"family_name": "Bagayoko-Traoré"})
        messages = [s.message for s in stale_outputs(store.load())]
    assert any(m.startswith("Programme, printed") for m in messages)
    assert "Table tent of N. Bagayoko-Traoré: name changed" in messages
    assert any(m.startswith("Speaker brief of N. Bagayoko-Traoré") for m in messages)
