"""The event file: round trips, generic edits with undo snapshots, copies, locks."""

from __future__ import annotations

import sqlite3
from datetime import date, time

import pytest

from organiser import model
from organiser.services.sample import reference_event
from organiser.store import APPLICATION_ID, SCHEMA_VERSION, EventFileError, EventStore, FileLocked


def test_create_then_load_gives_back_the_event(tmp_path):
    data = reference_event()
    path = tmp_path / "e.organiser"
    with EventStore.create(path, data) as store:
        loaded = store.load()
    assert loaded.event == data.event
    assert [p.name for p in loaded.people] == [p.name for p in data.people]
    assert [s.heading for s in loaded.sessions] == [s.heading for s in data.sessions]
    assert loaded.sessions[4].guiding_questions == data.sessions[4].guiding_questions
    assert [len(p.affiliations) for p in loaded.people] == [
        len(p.affiliations) for p in data.people
    ]


def test_file_is_plain_readable_sqlite(sample_path):
    conn = sqlite3.connect(sample_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"event", "days", "sessions", "people", "roles", "guiding_questions"} <= tables
    title = conn.execute("SELECT title FROM sessions WHERE number = 3").fetchone()[0]
    assert title == "Justice as an Underused Approach to Stabilisation"


def test_each_edit_is_in_the_file_at_once_with_no_side_files(sample_store, sample_path):
    sample_store.update("event", 1, {"title": "Changed"})
    # a copy of the file alone, taken now, holds the edit
    copy = sample_path.with_name("copy.organiser")
    copy.write_bytes(sample_path.read_bytes())
    assert sqlite3.connect(copy).execute("SELECT title FROM event").fetchone()[0] == "Changed"
    leftovers = {p.name for p in sample_path.parent.iterdir()} - {
        sample_path.name,
        copy.name,
        sample_path.name + ".lock",
    }
    assert leftovers == set()


def test_delete_and_restore_bring_back_children_and_cleared_references(sample_store):
    store = sample_store
    workshop = next(r for r in store.rows("sessions") if r["number"] == 2)
    task = store.insert("tasks", {"title": "Print name cards", "session_id": workshop["id"]})
    before = store.load()
    snap = store.delete("sessions", workshop["id"])
    assert store.get("tasks", task)["session_id"] is None
    assert not store.rows("roles", session_id=workshop["id"])
    store.restore(snap)
    after = store.load()
    assert after.sessions == before.sessions
    assert store.get("tasks", task)["session_id"] == workshop["id"]


def test_deleting_a_person_removes_their_roles_and_undo_restores_them(sample_store):
    darkwa = next(r for r in sample_store.rows("people") if r["family_name"] == "Darkwa")
    before = sample_store.load()
    snap = sample_store.delete("people", darkwa["id"])
    assert all(r.person_id != darkwa["id"] for s in sample_store.load().sessions for r in s.roles)
    sample_store.restore(snap)
    assert sample_store.load().sessions == before.sessions
    assert sample_store.load().people == before.people


def test_update_returns_old_values_and_rejects_unknown_columns(sample_store):
    old = sample_store.update("people", 1, {"email": "a@b.org"})
    assert old == {"email": ""}
    with pytest.raises(ValueError):
        sample_store.update("people", 1, {"email; DROP TABLE people": "x"})
    with pytest.raises(ValueError):
        sample_store.rows("nope")


def test_replace_children_keeps_order_and_returns_old_rows(sample_store):
    sid = next(r for r in sample_store.rows("sessions") if r["number"] == 1)["id"]
    old = sample_store.replace_children(
        "guiding_questions", "session_id", sid, [{"text": "B?"}, {"text": "A?"}]
    )
    assert [r["text"] for r in sample_store.rows("guiding_questions", session_id=sid)] == [
        "B?",
        "A?",
    ]
    sample_store.replace_children("guiding_questions", "session_id", sid, old)
    assert len(sample_store.rows("guiding_questions", session_id=sid)) == 4


def test_failed_transaction_leaves_nothing(sample_store):
    with pytest.raises(RuntimeError), sample_store.transaction():
        sample_store.insert("rooms", {"name": "Hall"})
        raise RuntimeError("boom")
    assert sample_store.rows("rooms") == []


def test_listeners_hear_each_commit_once(sample_store):
    heard = []
    sample_store.listeners.append(heard.append)
    with sample_store.transaction():
        sample_store.insert("rooms", {"name": "Hall"})
        sample_store.update("event", 1, {"title": "T"})
    assert heard == [{"rooms", "event"}]


def test_second_instance_is_refused_naming_the_holder(sample_path):
    with (
        EventStore.open(sample_path),
        pytest.raises(FileLocked, match="already open in Organiser by"),
    ):
        EventStore.open(sample_path)
    EventStore.open(sample_path).close()  # free again after close


def test_stale_lock_of_a_dead_process_is_taken_over(sample_path):
    import json
    import socket

    lock = sample_path.with_name(sample_path.name + ".lock")
    lock.write_text(json.dumps({"user": "x", "host": socket.gethostname(), "pid": 2**22 + 7}))
    EventStore.open(sample_path).close()


def test_save_copy_uses_backup_and_is_complete(sample_store, tmp_path):
    target = tmp_path / "copy.organiser"
    sample_store.save_copy(target)
    with EventStore.open(target, lock=False) as copy:
        assert copy.load().event.title == sample_store.load().event.title
    with pytest.raises(EventFileError):
        sample_store.save_copy(sample_store.path)


def test_create_refuses_existing_file(sample_path):
    before = sample_path.read_bytes()
    with pytest.raises(EventFileError, match="already exists"):
        EventStore.create(sample_path)
    assert sample_path.read_bytes() == before


def test_settings_hold_json(sample_store):
    assert sample_store.set_setting("badge_colours", {"speaker": "#aa0000"}) is None
    assert sample_store.setting("badge_colours") == {"speaker": "#aa0000"}
    assert sample_store.load().settings["badge_colours"] == {"speaker": "#aa0000"}


def test_model_helpers():
    data = model.EventData(days=[model.Day(date(2026, 1, 2), id=1)])
    data.sessions = [
        model.Session(1, time(10), time(11), id=2),
        model.Session(1, time(9), time(10), id=1),
    ]
    assert [s.id for s in data.sessions_on(1)] == [1, 2]
    assert (
        model.Session(1, time(9), time(10), kind="workshop", number=3, title="X").heading
        == "Workshop 3: X"
    )
