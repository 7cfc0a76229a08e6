"""Reading attendee lists as registration tools and spreadsheets really export them.

A CSV may come as UTF-8 with or without a BOM, as UTF-16 (Excel's "Unicode text"), or
as cp1252 from an older Windows Excel; separated by commas, semicolons (French Excel) or
tabs. An XLSX is read in openpyxl's read-only mode so a large file streams.

Every row keeps the line (or sheet row) it started on, so that every message can send
the user to it. Whatever cannot be read exactly is refused with that line number rather
than guessed at: a quote opened and never closed, a character after a closing quote, a
field longer than :data:`MAX_FIELD`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..services.text import quote
from .messages import number, quoted, say

#: The longest field we read: 1 MiB of text. Python's csv stops at 131,072 characters by
#: default; a long biography or notes cell can pass that, so the limit is raised
#: deliberately, and a field beyond this one is refused with its line number.
MAX_FIELD = 1_048_576
#: Larger files are refused before reading: an attendee list is never this big. For an
#: XLSX it is the size of its content once unpacked (a small workbook can unpack to
#: gigabytes), read from the archive's directory before anything is unpacked.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: The most rows (people) one list may hold, CSV or XLSX.
MAX_ROWS = 200_000
#: The most parts an XLSX archive may hold (a real workbook has a few dozen).
MAX_XLSX_PARTS = 5_000
#: The shared strings of a workbook are held in memory whole: this much at most unpacked.
MAX_SHARED_STRINGS = 50 * 1024 * 1024
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
DELIMITERS = (",", ";", "\t")


def delimiter_name(delimiter: str) -> str:
    """'comma', 'semicolon', 'tab' (in the messages' language), or the character itself."""
    return say(delimiter) if delimiter in (",", ";", "\t") else delimiter


class ReadError(ValueError):
    """A file that cannot be read exactly; ``line`` is where the trouble starts (or None)."""

    def __init__(self, message: str, line: int | None = None):
        self.line = line
        super().__init__(say("at_line", line=line, message=message) if line else message)
        self.reason = message


@dataclass
class SourceRow:
    line: int  # 1-based line in the file (first line of a multi-line record), or sheet row
    values: list[str]


@dataclass
class Table:
    """A list as read: its header, its non-empty rows, and how it was read."""

    headers: list[str]
    rows: list[SourceRow]
    header_line: int = 1
    kind: str = "csv"  # csv or xlsx
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    empty_lines: list[int] = field(default_factory=list)
    title_lines: list[int] = field(default_factory=list)  # rows above the header, not read

    def describe(self) -> str:
        """How the file was read, for the preview: users check a wrong guess here."""
        if self.kind == "xlsx":
            text = say("read_xlsx", sheet=self.sheet)
        else:
            text = say("read_csv", encoding=self.encoding, delimiter=delimiter_name(self.delimiter))
        if self.title_lines:
            text += say("header_line", line=self.header_line)
        return text


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """The list in ``path`` (CSV or XLSX, told apart by content, not by name)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError(say("no_such_file", path=path)) from None
    if path.is_dir():
        raise ReadError(say("folder", path=path))
    if size > MAX_FILE_BYTES:
        raise ReadError(say("too_big", name=path.name, size=size // 1_048_576))
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(say("xls", name=path.name))
    if sheet:
        raise ReadError(f"{path.name} is a CSV file: it has no sheets (drop --sheet)")
    return read_csv_bytes(path.read_bytes())


# ------------------------------------------------------------------------ CSV
def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding.

    A BOM decides; otherwise UTF-16 without BOM is recognised by its zero bytes, then UTF-8
    is tried strictly, then cp1252 (what Excel on Windows writes as "CSV").
    """
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        raise ReadError(say("utf32"))
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", "UTF-8 with BOM"), "UTF-8 with BOM"
    if data.startswith(codecs.BOM_UTF16_LE):
        return _decode(data[2:], "utf-16-le", "UTF-16 LE"), "UTF-16 LE"
    if data.startswith(codecs.BOM_UTF16_BE):
        return _decode(data[2:], "utf-16-be", "UTF-16 BE"), "UTF-16 BE"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        # Text in UTF-16 without BOM: ASCII characters leave a zero in every other byte.
        odd_zeros = sample[1::2].count(0)
        even_zeros = sample[0::2].count(0)
        encoding = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        label = "UTF-16 LE" if encoding == "utf-16-le" else "UTF-16 BE"
        return _decode(data, encoding, label), label
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ReadError(say("binary"), line)
    return _decode(data, "cp1252", "Windows-1252"), "Windows-1252"


def _decode(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        # The line of the bad byte, counted in the file's own encoding.
        text = data[: exc.start].decode(encoding, errors="replace")
        raise ReadError(
            say("bad_bytes", encoding=label, at=exc.start + 1),
            text.count("\n") + 1,
        ) from None


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer on the first lines, else the most regular one.

    The fallback counts each candidate outside quotes on the first non-empty lines and picks
    the one that appears, the same number of times, on the most lines: a French address
    full of commas in a semicolon file does not fool it.
    """
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()][:20]
    if not lines:
        return ","
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    best, best_score = ",", (0, 0, False)
    for delim in DELIMITERS:
        counts = [_count_outside_quotes(ln, delim) for ln in lines]
        if counts[0] == 0:
            continue
        score = (sum(1 for c in counts if c == counts[0]), counts[0], delim == sniffed)
        if score > best_score:
            best, best_score = delim, score
    return best


def _count_outside_quotes(line: str, delim: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            count += 1
    return count


@contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    old = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def read_csv_bytes(data: bytes) -> Table:
    text, encoding = decode(data)
    text = text.removeprefix("\ufeff")  # a BOM written again after the one we read
    first, _, rest = text.partition("\n")
    hint = re.fullmatch(r'"?sep=(.)"?\r?', first)
    if hint:  # Excel's "sep=;" line names the separator; the data starts on line 2
        delimiter = hint.group(1)
        records = [(line + 1, values) for line, values in _records(rest, delimiter)]
    else:
        delimiter = sniff_delimiter(text)
        records = list(_records(text, delimiter))
    table = Table([], [], kind="csv", encoding=encoding, delimiter=delimiter)
    _fill(table, records)
    return table


def _too_many_rows(line: int) -> ReadError:
    return ReadError(
        say("too_many_rows", limit=number(MAX_ROWS)),
        line,
    )


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on; strict, so broken quotes are refused."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    with _field_limit(MAX_FIELD):
        while True:
            start = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                msg = str(exc)
                if "field larger than field limit" in msg:
                    raise ReadError(
                        say("long_value", limit=number(MAX_FIELD)),
                        start,
                    ) from None
                if "unexpected end of data" in msg or "EOF" in msg:
                    raise ReadError(say("open_quote"), start) from None
                if "expected after" in msg:
                    raise ReadError(
                        say("stray_quote", delimiter=delimiter_name(delimiter)),
                        reader.line_num,
                    ) from None
                raise ReadError(say("bad_csv", reason=msg), reader.line_num) from None
            yield start, values


def _fill(table: Table, records: Iterator[tuple[int, list[str]]] | list) -> None:
    """Header = first non-empty record; empty records are noted, not kept."""
    for line, values in records:
        values = ["" if v is None else v for v in values]
        if not any(v.strip() for v in values):
            table.empty_lines.append(line)
            continue
        if not table.headers:
            table.headers = [v.strip() for v in values]
            table.header_line = line
            continue
        if len(table.rows) >= MAX_ROWS:
            raise _too_many_rows(line)
        table.rows.append(SourceRow(line, values))
    if not table.headers:
        raise ReadError(say("empty"))


# ----------------------------------------------------------------------- XLSX
def check_xlsx_size(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_FILE_BYTES, before any part
    is unpacked. The sizes come from the archive's directory; Python's zipfile never
    unpacks more than the size a part declares, so a directory that lies only cuts the
    part short (and its checksum then fails)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ReadError(say("bad_xlsx", name=path.name, reason=quote(exc))) from None
    if len(parts) > MAX_XLSX_PARTS:
        raise ReadError(
            say(
                "xlsx_parts", name=path.name, parts=number(len(parts)), limit=number(MAX_XLSX_PARTS)
            )
        )
    unpacked = sum(p.file_size for p in parts)
    if unpacked > MAX_FILE_BYTES:
        raise ReadError(
            say(
                "xlsx_unpacks",
                name=path.name,
                size=number(round(unpacked / 1_048_576)),
                limit=MAX_FILE_BYTES // 1_048_576,
            )
        )
    strings = sum(p.file_size for p in parts if p.filename.lower().endswith("sharedstrings.xml"))
    if strings > MAX_SHARED_STRINGS:
        raise ReadError(
            say(
                "xlsx_text",
                name=path.name,
                size=number(round(strings / 1_048_576)),
                limit=MAX_SHARED_STRINGS // 1_048_576,
            )
        )


def sheet_part(path: Path, sheet: str | None) -> str | None:
    """The archive part holding the sheet (the first when ``sheet`` is None), or None
    when the workbook does not say (openpyxl then reports what is wrong)."""
    import posixpath
    import zipfile

    from defusedxml import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        with zipfile.ZipFile(path) as archive:
            book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:
        return None
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    for entry in book.iter(f"{main}sheet"):
        if sheet is None or entry.get("name") == sheet:
            target = targets.get(entry.get(f"{rel}id"), "")
            if not target:
                return None
            return (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
    return None


def count_rows(path: Path, part: str) -> int:
    """The rows of one sheet, counted in its unpacked XML without parsing it: a sheet of
    millions of rows is refused in a second instead of after minutes of reading."""
    import zipfile
    import zlib

    count, carry = 0, b""
    try:
        with zipfile.ZipFile(path) as archive:
            if part not in archive.namelist():
                return 0
            with archive.open(part) as stream:
                while True:
                    chunk = stream.read(1 << 20)
                    data = carry + chunk
                    # a tag cut by the chunk's end is counted with the next chunk
                    limit = len(data) - 64 if chunk else len(data)
                    count += sum(1 for m in _ROW_TAG.finditer(data) if m.start() < limit)
                    carry = data[limit:]
                    if not chunk or count > MAX_ROWS + 1:
                        break
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise ReadError(say("bad_xlsx", name=path.name, reason=quote(exc))) from None
    return count


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_xlsx_size(path)
    part = sheet_part(path, sheet)
    if part and count_rows(path, part) > MAX_ROWS + 1:  # + the header row
        raise _too_many_rows(MAX_ROWS + 2)
    with open(path, "rb") as handle:  # a file object: openpyxl would refuse a .csv name
        try:
            wb = load_workbook(handle, read_only=True, data_only=True)
        except (InvalidFileException, KeyError, OSError, ValueError) as exc:
            raise ReadError(say("bad_xlsx", name=path.name, reason=quote(exc))) from None
        except Exception as exc:  # zipfile.BadZipFile and openpyxl's parse errors
            raise ReadError(say("bad_xlsx", name=path.name, reason=quote(exc))) from None
        try:
            if sheet:
                if sheet not in wb.sheetnames:
                    names = ", ".join(quoted(n) for n in wb.sheetnames)
                    raise ReadError(say("no_sheet", name=path.name, sheet=sheet, names=names))
                ws = wb[sheet]
            else:
                ws = wb.worksheets[0]
            ws.reset_dimensions()  # some exporters write a wrong <dimension>: read what is there
            table = Table([], [], kind="xlsx", sheet=ws.title)
            records = (
                (number, [_cell_text(c.value, number) for c in row])
                for number, row in enumerate(ws.iter_rows(), start=1)
            )
            try:
                _fill(table, records)
            except ReadError:
                raise
            except Exception as exc:  # a part cut short or failing its checksum
                raise ReadError(say("bad_xlsx", name=path.name, reason=quote(exc))) from None
            return table
        finally:
            wb.close()


def _cell_text(value: object, line: int = 0) -> str:
    """A cell as the text a person sees: 42 not 42.0, a date as 2026-03-23."""
    if value is None:
        return ""
    if isinstance(value, str) and len(value) > MAX_FIELD:
        raise ReadError(
            say("long_cell", limit=number(MAX_FIELD)),
            line or None,
        )
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
