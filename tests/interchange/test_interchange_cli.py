"""The headless commands end to end, and spreadsheets that cannot run formulas."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from organiser.cli import main
from organiser.store import EventStore


def test_import_frab_then_every_export(tmp_path, real, capsys):
    event = tmp_path / "dc.organiser"
    rc = main(
        [
            "import",
            "frab",
            str(real / "schedules" / "giggity-debconf23.schedule.xml"),
            "-o",
            str(event),
        ]
    )
    out = capsys.readouterr().out
    assert rc == 0 and "117 sessions" in out and "UTC start" in out
    assert main(["export", "frab", str(event), "-o", str(tmp_path / "s.xml")]) == 0
    assert main(["export", "schedule-json", str(event), "-o", str(tmp_path / "s.json")]) == 0
    assert main(["export", "ics", str(event), "-o", str(tmp_path / "s.ics")]) == 0
    assert main(["export", "csv", str(event), "-o", str(tmp_path / "s.csv")]) == 0
    assert (
        main(["export", "csv", str(event), "--what", "people", "-o", str(tmp_path / "p.xlsx")]) == 0
    )
    assert json.loads((tmp_path / "s.json").read_text())["schedule"]["conference"]["daysCount"] == 8
    with open(tmp_path / "s.csv", encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) == 118
    assert openpyxl.load_workbook(tmp_path / "p.xlsx").active.max_row == 88
    split = tmp_path / "split"
    split.mkdir()
    assert main(["export", "ics", str(event), "--split", str(split)]) == 0
    assert len(list(split.glob("*.ics"))) == 87
    with EventStore.open(event, lock=False) as store:
        uid = store.load().people[0].uid
    assert main(["export", "ics", str(event), "--person", uid, "-o", str(tmp_path / "me.ics")]) == 0
    assert (
        main(["export", "ics", str(event), "--person", "NOSUCH", "-o", str(tmp_path / "x.ics")])
        == 2
    )
    assert not (tmp_path / "x.ics").exists()


def test_import_ics_prints_the_report(tmp_path, real, capsys):
    event = tmp_path / "k.organiser"
    rc = main(["import", "ics", str(real / "ics" / "giggity-kielux_2020.ics"), "-o", str(event)])
    out = capsys.readouterr().out
    assert rc == 0 and "24 sessions" in out and "ATTENDEE" in out and "UTC" in out
    rc = main(
        [
            "import",
            "ics",
            str(real / "ics" / "giggity-kielux_2020.ics"),
            "-o",
            str(tmp_path / "z.organiser"),
            "--time-zone",
            "Mars/Olympus",
        ]
    )
    assert rc == 2 and not (tmp_path / "z.organiser").exists()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_tables_are_formula_injection_safe(tmp_path, sample_path, suffix):
    with EventStore.open(sample_path) as store:
        pid = store.load().people[0].id
        store.update("people", pid, {"printed_name": '=HYPERLINK("http://evil","x")'})
        sid = store.load().sessions[0].id
        store.update("sessions", sid, {"title": "@SUM(1+1)*cmd|' /C calc'!A0"})
    for what in ("people", "sessions"):
        out = tmp_path / f"{what}{suffix}"
        assert main(["export", "csv", str(sample_path), "--what", what, "-o", str(out)]) == 0
        if suffix == ".csv":
            with open(out, encoding="utf-8-sig") as f:
                cells = [c for row in csv.reader(f) for c in row]
            assert not any(c.startswith(("=", "@", "+", "-")) for c in cells)
            assert any(c.startswith("'=HYPERLINK") or c.startswith("'@SUM") for c in cells)
        else:
            wb = openpyxl.load_workbook(out)
            cells = [c for row in wb.active.iter_rows() for c in row if c.value is not None]
            risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=@"]
            assert risky and all(c.data_type == "s" for c in risky)


def test_people_table_keeps_contacts_private_unless_asked(tmp_path, sample_path):
    with EventStore.open(sample_path) as store:
        pid = store.load().people[0].id
        store.update("people", pid, {"email": "someone@example.org"})
    out = tmp_path / "p.csv"
    assert main(["export", "csv", str(sample_path), "--what", "people", "-o", str(out)]) == 0
    assert "someone@example.org" not in out.read_text(encoding="utf-8-sig")
    assert (
        main(["export", "csv", str(sample_path), "--what", "people", "--contacts", "-o", str(out)])
        == 0
    )
    assert "someone@example.org" in out.read_text(encoding="utf-8-sig")


def test_schedule_export_of_an_event_without_days_is_refused(tmp_path, capsys):
    from organiser.store import new_event_data

    event = tmp_path / "empty.organiser"
    EventStore.create(event, new_event_data("Empty"), lock=False).close()
    out = tmp_path / "s.xml"
    assert main(["export", "frab", str(event), "-o", str(out)]) == 2
    assert "no days" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize("kind", ["frab", "ics"])
def test_import_help_states_the_size_limit(kind, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["import", kind, "--help"])
    assert exit_info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Files over 50 MB are refused" in out and "at most 50 MB" in out


@pytest.mark.parametrize("kind, name", [("frab", "big.json"), ("ics", "big.ics")])
def test_oversize_refusal_names_the_limit(kind, name, tmp_path, capsys):
    big = tmp_path / name
    with open(big, "wb") as f:  # sparse: 57 MB on paper
        f.truncate(57 * 1024 * 1024)
    assert main(["import", kind, str(big), "-o", str(tmp_path / "new.organiser")]) == 2
    err = capsys.readouterr().err
    assert "57.0 MB" in err and "import limit of 50 MB" in err and "nothing was imported" in err
    assert not (tmp_path / "new.organiser").exists()
