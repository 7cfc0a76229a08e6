"""Reading lists as tools and spreadsheets write them: each exactly, or refused with a line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from openpyxl import Workbook

from organiser.attendees.reader import MAX_FIELD, ReadError, read_table, sniff_delimiter

ROWS = [
    ["Prénom", "Nom", "Organisation", "E-mail"],
    ["Niagalé", "Bagayoko", "ASSN, Bamako", "nb@example.org"],
    ["Drissa", "Traoré", "AMDH", ""],
]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    def q(v: str) -> str:
        return f'"{v}"' if delimiter in v or '"' in v else v

    return "".join(delimiter.join(q(v) for v in r) + "\r\n" for r in rows)


@pytest.mark.parametrize(
    ("encoding", "prefix", "label"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16 LE"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16 BE"),
        ("utf-16-le", b"", "UTF-16 LE"),
        ("cp1252", b"", "Windows-1252"),
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_delimiters(tmp_path: Path, encoding, prefix, label, delimiter) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(prefix + _csv(ROWS, delimiter).encode(encoding))
    table = read_table(path)
    assert table.encoding == label
    assert table.delimiter == delimiter
    assert table.headers == ROWS[0]
    assert [r.values for r in table.rows] == ROWS[1:]
    assert [r.line for r in table.rows] == [2, 3]


def test_semicolon_file_with_commas_in_values() -> None:
    text = "Nom;Organisation\nDiarra;Université, Bamako, Mali\nKeïta;ISS, Dakar\n"
    assert sniff_delimiter(text) == ";"


def test_empty_lines_are_skipped_and_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("\n\nName,Org\n\nA B,X\n,\n\nC D,Y\n", encoding="utf-8")
    table = read_table(path)
    assert table.header_line == 3
    assert [(r.line, r.values) for r in table.rows] == [(5, ["A B", "X"]), (8, ["C D", "Y"])]
    assert table.empty_lines == [1, 2, 4, 6, 7]


def test_multiline_value_keeps_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text('Name,Notes\nA B,"two\nlines"\nC D,x\n', encoding="utf-8")
    table = read_table(path)
    assert [(r.line, r.values) for r in table.rows] == [
        (2, ["A B", "two\nlines"]),
        (4, ["C D", "x"]),
    ]


def test_unclosed_quote_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text('Name,Org\nA B,X\nC D,"Unclosed\nE F,Y\n', encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_table(path)
    assert err.value.line == 3
    assert "never closed" in str(err.value)


def test_text_after_closing_quote_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text('Name,Org\nA B,X\nC D,"ISS" Dakar\n', encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_table(path)
    assert err.value.line == 3


def test_quote_inside_unquoted_value_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text('Name,Org\nJean "JJ" Dupont,X\n', encoding="utf-8")
    assert read_table(path).rows[0].values == ['Jean "JJ" Dupont', "X"]


def test_field_longer_than_csv_default_limit_reads_exactly(tmp_path: Path) -> None:
    long = "é" * 200_000  # > 131,072, Python's default field limit
    path = tmp_path / "l.csv"
    path.write_text(f'Name,Notes\nA B,"{long}"\n', encoding="utf-8")
    table = read_table(path)
    assert table.rows[0].values[1] == long


def test_field_over_the_maximum_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text(f"Name,Notes\nA B,x\nC D,{'x' * (MAX_FIELD + 1)}\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_table(path)
    assert err.value.line == 3
    assert "1,048,576" in str(err.value)


def test_invalid_utf16_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "Name\nA\n".encode("utf-16-le") + b"\x00\xdc")
    with pytest.raises(ReadError) as err:
        read_table(path)
    assert err.value.line == 3


def test_empty_file_and_old_excel_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"\n\n")
    with pytest.raises(ReadError, match="empty"):
        read_table(empty)
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ReadError, match=r"\.xls"):
        read_table(xls)


def test_xlsx_first_or_named_sheet_with_row_numbers(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws.append(["nothing here"])
    ws2 = wb.create_sheet("Inscriptions")
    ws2.append(["Prénom", "Nom", "Téléphone"])
    ws2.append(["Niagalé", "Bagayoko", 22370000000])
    ws2.append([])
    ws2.append(["Drissa", "Traoré", None])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    table = read_table(path, sheet="Inscriptions")
    assert table.describe() == "XLSX, sheet “Inscriptions”"
    assert [(r.line, r.values) for r in table.rows] == [
        (2, ["Niagalé", "Bagayoko", "22370000000"]),
        (4, ["Drissa", "Traoré"]),  # trailing empty cells are not stored
    ]
    assert read_table(path).headers == ["nothing here"]
    with pytest.raises(ReadError, match="no sheet"):
        read_table(path, sheet="Missing")


def test_file_named_csv_that_is_xlsx(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Name"])
    wb.active.append(["A B"])
    path = tmp_path / "really.csv"
    wb.save(path)
    assert read_table(path).rows[0].values == ["A B"]
