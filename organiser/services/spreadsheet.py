"""Writing tables that spreadsheet programs open safely.

A cell that starts with =, +, -, @, a tab or a carriage return is a formula to Excel and
LibreOffice (CSV injection), so such text is written as plain text: a leading apostrophe
in CSV, an explicit string cell in XLSX.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .files import atomic_path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: Any) -> Any:
    """The value, with text that a spreadsheet would evaluate made inert."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """UTF-8 with BOM (so Excel reads accents right), comma-separated, atomically."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([safe_text(h) for h in header])
        for row in rows:
            writer.writerow(["" if v is None else safe_text(v) for v in row])


def write_xlsx(
    path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str = "Sheet1"
) -> None:
    """One sheet; every text cell stored as a string, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])

    def cells(values: Sequence[Any]) -> list[Any]:
        out = []
        for v in values:
            if isinstance(v, str):
                cell = WriteOnlyCell(ws, value=v)
                cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
                out.append(cell)
            else:
                out.append(v)
        return out

    ws.append(cells(header))
    for row in rows:
        ws.append(cells(["" if v is None else v for v in row]))
    with atomic_path(path) as tmp:
        wb.save(tmp)


def write_table(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """CSV or XLSX, by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        write_csv(path, header, rows)
    elif suffix == ".xlsx":
        write_xlsx(path, header, rows)
    else:
        raise ValueError(f"{Path(path).name}: choose a .csv or .xlsx file name")
