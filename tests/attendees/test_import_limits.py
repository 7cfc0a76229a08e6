"""Every import has limits, said in its message, and a stop during one leaves nothing
(issue 11, item 6)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from organiser.attendees import reader
from organiser.store import EventStore, attendance

from .bombs import cell_bomb, rows_bomb

MEASURE = """
import json, resource, subprocess, sys, time
started = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({
    "seconds": time.monotonic() - started,
    "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "code": done.returncode,
    "err": done.stderr,
}))
"""


def _measured(*args: str) -> dict:
    command = [sys.executable, "-m", "organiser", *args]
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


@pytest.mark.parametrize(
    "make, says",
    [
        (lambda p: cell_bomb(p, 1024), "unpacks to 1,024 MB"),  # one cell of 1 GB
        (lambda p: rows_bomb(p, 1_500_000), "more than 200,000 rows"),  # 140 MB of rows
    ],
    ids=["one-huge-cell", "too-many-rows"],
)
def test_xlsx_bombs_are_refused_within_5_s_and_300_mb(make, says, sample_path, tmp_path):
    bomb = tmp_path / "list.xlsx"
    make(bomb)
    assert bomb.stat().st_size < 6_000_000
    before = sample_path.read_bytes()
    result = _measured("import", "attendees", str(bomb), "--into", str(sample_path), "--yes")
    assert result["code"] == 2, result["err"]
    assert says in result["err"] and result["err"].count("\n") == 1
    assert result["seconds"] < 5, result
    assert result["rss_mb"] < 300, result
    assert sample_path.read_bytes() == before


def test_a_csv_with_too_many_rows_is_refused_with_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_ROWS", 50)
    path = tmp_path / "list.csv"
    path.write_text("Name,Email\n" + "".join(f"P{i},p{i}@x.org\n" for i in range(51)))
    with pytest.raises(reader.ReadError, match="more than 50 rows") as refused:
        reader.read_table(path)
    assert refused.value.line == 52  # the 51st person
    path.write_text("Name,Email\n" + "".join(f"P{i},p{i}@x.org\n" for i in range(50)))
    assert len(reader.read_table(path).rows) == 50


def test_an_xlsx_at_the_row_limit_is_read_and_one_more_is_refused(tmp_path, monkeypatch):
    from openpyxl import Workbook

    monkeypatch.setattr(reader, "MAX_ROWS", 40)
    for rows, ok in ((40, True), (41, False)):
        wb = Workbook()
        wb.active.append(["Name", "Email"])
        for i in range(rows):
            wb.active.append([f"P{i}", f"p{i}@x.org"])
        path = tmp_path / f"{rows}.xlsx"
        wb.save(path)
        if ok:
            assert len(reader.read_table(path).rows) == rows
        else:
            with pytest.raises(reader.ReadError, match="more than 40 rows"):
                reader.read_table(path)


def test_a_workbook_whose_directory_lies_is_refused_not_read_whole(tmp_path):
    bomb = tmp_path / "liar.xlsx"
    cell_bomb(bomb, 300)
    data = bytearray(bomb.read_bytes())
    # shrink every declared size of the sheet to 1 KB: zipfile then stops there
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[at + size_at : at + size_at + 4] = (1024).to_bytes(4, "little")
            at += 4
    bomb.write_bytes(bytes(data))
    started = time.monotonic()
    with pytest.raises(reader.ReadError, match="not a readable XLSX workbook"):
        reader.read_table(bomb)
    assert time.monotonic() - started < 5


def test_sigterm_during_an_xlsx_read_says_stopped_and_writes_nothing(sample_path, tmp_path):
    big = tmp_path / "big.xlsx"
    rows_bomb(big, 190_000)  # within the limits: a long honest read
    before = sample_path.read_bytes()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "organiser",
            "import",
            "attendees",
            str(big),
            "--into",
            str(sample_path),
            "--yes",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert "stopped" in err and "readable" not in err
    assert sample_path.read_bytes() == before
    with EventStore.open(sample_path) as store:  # not left locked
        assert attendance.counts(store)["people"] == len(store.load().people)


def test_messages_quote_headers_and_values_escaped_and_short(tmp_path, capsys):
    from organiser.cli import main

    evil = "\x1b]0;owned\x07" + "H" * 200
    path = tmp_path / "list.csv"
    path.write_text(f"{evil},Other\nx,y\n", encoding="utf-8")
    event = tmp_path / "e.organiser"
    assert main(["sample", str(event)]) == 0
    capsys.readouterr()
    assert main(["import", "attendees", str(path), "--into", str(event), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "no column holds a name" in err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b" in err
    assert "H" * 81 not in err
