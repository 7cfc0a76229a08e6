"""Opening files that are not (or no longer) good event files: a clear message, no change."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from organiser.store import EventStore, NewerSchema, NotAnEventFile
from organiser.store.schema import SCHEMA_VERSION


def _state(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _refused(path, error, match):
    before = _state(path.parent)
    with pytest.raises(error, match=match):
        EventStore.open(path)
    assert _state(path.parent) == before  # byte-for-byte untouched, nothing created beside it


def test_text_file(tmp_path):
    p = tmp_path / "notes.organiser"
    p.write_text("hello, this is not a database\n" * 20)
    _refused(p, NotAnEventFile, "not an Organiser event file")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.organiser"
    p.write_bytes(b"")
    _refused(p, NotAnEventFile, "empty")


def test_other_applications_database(tmp_path):
    p = tmp_path / "other.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    _refused(p, NotAnEventFile, "another application")


def test_truncated_file(tmp_path, sample_path):
    data = sample_path.read_bytes()
    p = tmp_path / "cut.organiser"
    p.write_bytes(data[: len(data) // 2 + 100])
    _refused(p, NotAnEventFile, "cut short")


def test_header_only(tmp_path, sample_path):
    p = tmp_path / "cut.organiser"
    p.write_bytes(sample_path.read_bytes()[:60])
    _refused(p, NotAnEventFile, "cut short")


def test_newer_schema(tmp_path, sample_path):
    conn = sqlite3.connect(sample_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _refused(sample_path, NewerSchema, "newer version of Organiser")


def test_damaged_pages(tmp_path, sample_path):
    data = bytearray(sample_path.read_bytes())
    for i in range(4096 * 3, 4096 * 6):
        data[i] = 0xAB
    p = tmp_path / "damaged.organiser"
    p.write_bytes(bytes(data))
    _refused(p, NotAnEventFile, "damaged")


def test_missing_file(tmp_path):
    with pytest.raises(Exception, match="does not exist"):
        EventStore.open(tmp_path / "nope.organiser")
    assert list(tmp_path.iterdir()) == []
