"""The attendee list export: right columns, and formula injection made inert."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from organiser import model
from organiser.attendees.checkin import check_in
from organiser.attendees.export import HEADER
from organiser.cli import main
from organiser.store import EventStore

EVIL = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.fixture
def evil_event(event_path: Path) -> Path:
    with EventStore.open(event_path) as store:
        for i, text in enumerate(EVIL):
            pid = store.insert(
                "people", {"uid": f"EVIL{i:06d}", "given_name": text, "family_name": f"Z{i}"}
            )
            store.insert("affiliations", {"person_id": pid, "organisation": text})
        drissa = next(p for p in store.load().people if p.family_name == "Traoré")
        check_in(store, drissa.id, at=datetime(2026, 3, 23, 8, 45))
        store.insert(
            "print_log",
            {"kind": "badge", "printed_at": "2026-03-23T08:46:00", "person_id": drissa.id},
        )
    return event_path


def test_csv_export_is_formula_safe(evil_event: Path, tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    assert main(["export", "attendees", str(evil_event), "-o", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == HEADER
    body = rows[1:]
    for row in body:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    evil_given = sorted(r[0] for r in body if r[1].startswith("Z"))
    assert evil_given == sorted("'" + t for t in EVIL)
    traore = next(r for r in body if r[1] == "Traoré")
    assert traore[3:] == [
        "AMDH",
        "Coordinator",
        "participant",
        "expected",
        "2026-03-23 08:45",
        "yes",
        traore[9],
    ]
    bagayoko = next(r for r in body if r[1] == "Bagayoko")
    assert bagayoko[7:9] == ["", "no"]
    # alphabetical by family name, accents aside: Öztürk among the O's, before Person
    families = [r[1] for r in body]
    assert families.index("Öztürk") < families.index("Person") < families.index("Traoré")


def test_xlsx_export_stores_text_not_formulas(evil_event: Path, tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    assert main(["export", "attendees", str(evil_event), "-o", str(out)]) == 0
    ws = load_workbook(out).active
    seen = set()
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value:
                assert cell.data_type == "s", (cell.coordinate, cell.value)
                seen.add(cell.value)
    assert set(EVIL) <= seen


def test_export_refuses_other_suffixes(event_path: Path, tmp_path: Path) -> None:
    assert main(["export", "attendees", str(event_path), "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_badge_printed_from_a_batch_record(event_path: Path) -> None:
    from organiser.attendees.export import badge_printed

    with EventStore.open(event_path, lock=False) as store:
        data = store.load()
    p = data.people[0]
    data.print_log.append(
        model.PrintRecord(
            "badge", datetime(2026, 3, 23), items={f"person:{p.id}": "f", data.people[1].uid: "g"}
        )
    )
    assert badge_printed(data) == {p.id, data.people[1].id}
