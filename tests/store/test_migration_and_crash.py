"""Older files are backed up and migrated in one transaction; a killed writer loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest

from organiser.attendees.checkin import check_in
from organiser.store import SCHEMA_VERSION, EventStore, schema


def _version_1_file(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.migrate(conn, 0, 1)
    conn.execute("INSERT INTO event (id, uid, title) VALUES (1, 'U1', 'Old event')")
    conn.execute(
        "INSERT INTO people (id, uid, given_name, family_name) VALUES (1, 'P1', 'Niagalé', 'Bagayoko')"
    )
    conn.execute("COMMIT")
    conn.close()


def test_version_1_file_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.organiser"
    _version_1_file(path)
    original = path.read_bytes()
    with EventStore.open(path) as store:
        data = store.load()
        assert data.event.title == "Old event"
        assert data.people[0].name == "Niagalé Bagayoko"
        assert data.people[0].registration_status == "expected"  # a version-2 column
        assert store.rows("tasks") == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    backups = list(tmp_path.glob("old.before-upgrade-v1-*.organiser"))
    assert len(backups) == 1 and backups[0].read_bytes() == original


def _one_session_file(path, version: int, session_sql: str):
    """An event file as Organiser ``version`` wrote it: an event, a day, one session."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.migrate(conn, 0, version)
    conn.execute("INSERT INTO event (id, uid, title) VALUES (1, 'U1', 'Congress')")
    conn.execute("INSERT INTO days (id, date) VALUES (1, '2025-12-27')")
    conn.execute(session_sql)
    conn.execute("COMMIT")
    conn.close()
    return path


def test_version_2_file_gains_the_day_change_and_session_summaries(tmp_path):
    """Version 4: a day may run past midnight (event.day_change) and a session has a summary."""
    path = _one_session_file(
        tmp_path / "v2.organiser",
        2,
        "INSERT INTO sessions (id, uid, day_id, starts, ends, title, description) "
        "VALUES (1, 'S1', 1, '00:20', '01:00', 'Kitchen', 'Long text')",
    )
    with EventStore.open(path) as store:
        data = store.load()
    assert data.event.day_change.isoformat() == "00:00:00"  # nothing moves on upgrade
    session = data.sessions[0]
    assert (session.summary, session.description) == ("", "Long text")
    assert str(data.starts_at(session)) == "2025-12-27 00:20:00"
    assert list(tmp_path.glob("v2.before-upgrade-v2-*.organiser"))


def test_version_5_file_gains_session_subtitles_and_types(tmp_path):
    """Version 7: frab's subtitle and type are fields of their own; an older file's
    sessions get empty ones, and a summary that began with a subtitle is left as it is."""
    path = _one_session_file(
        tmp_path / "v5.organiser",
        5,
        "INSERT INTO sessions (id, uid, day_id, starts, ends, title, summary) "
        "VALUES (1, 'S1', 1, '11:00', '12:00', 'Barcodes', 'the untold stories')",
    )
    with EventStore.open(path) as store:
        data = store.load()
        session = data.sessions[0]
        assert (session.subtitle, session.type, session.summary) == ("", "", "the untold stories")
        store.update("sessions", session.id, {"subtitle": "the untold stories", "type": "Talk"})
    with EventStore.open(path) as store:
        session = store.load().sessions[0]
    assert (session.subtitle, session.type) == ("the untold stories", "Talk")
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_version_8_file_gains_french(tmp_path):
    """Version 9: the print language, a person's form of address, French role names (the
    built-in roles' filled in) and a session's French text; nothing prints differently."""
    path = tmp_path / "v8.organiser"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.migrate(conn, 0, 8)
    conn.execute("INSERT INTO event (id, uid, title) VALUES (1, 'U1', 'Dialogue')")
    conn.execute("INSERT INTO days (id, date) VALUES (1, '2021-11-16')")
    conn.execute(
        "INSERT INTO role_types (key, label, plural) VALUES ('facilitator', 'Facilitator', "
        "'Facilitators'), ('discussant', 'Discussant', 'Discussants')"
    )
    conn.execute(
        "INSERT INTO people (id, uid, honorific, family_name) VALUES (1, 'P1', 'Dr.', 'D')"
    )
    conn.execute(
        "INSERT INTO sessions (id, uid, day_id, starts, ends, title) "
        "VALUES (1, 'S1', 1, '09:00', '10:00', 'Justice')"
    )
    conn.execute("INSERT INTO guiding_questions (session_id, text) VALUES (1, 'Why?')")
    conn.execute("COMMIT")
    conn.close()
    with EventStore.open(path) as store:
        data = store.load()
    assert (data.event.print_language, data.event.print_bilingual) == ("en", False)
    assert data.people[0].form_of_address == ""
    roles = {rt.key: rt for rt in data.role_types}
    assert roles["facilitator"].label_fr == "Animateur"
    assert roles["facilitator"].label_fr_feminine == "Animatrice"
    assert roles["discussant"].label_fr == ""  # the event's own role: the organisers name it
    session = data.sessions[0]
    assert (session.title_fr, session.guiding_questions, session.guiding_questions_fr) == (
        "",
        ["Why?"],
        [],
    )
    assert list(tmp_path.glob("v8.before-upgrade-v8-*.organiser"))


def test_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.organiser"
    _version_1_file(path)
    original = path.read_bytes()

    def broken(db):
        schema._v2(db)
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema._v1, broken])
    with pytest.raises(RuntimeError):
        EventStore.open(path)
    assert path.read_bytes() == original
    assert not path.with_name(path.name + ".lock").exists()


WRITER = textwrap.dedent(
    """
    import sys
    from organiser.store import EventStore
    store = EventStore.open(sys.argv[1])
    i = 0
    while True:
        with store.transaction():
            pid = store.insert("people", {"uid": f"K{i:06d}", "given_name": f"Person {i}"})
            store.insert("affiliations", {"person_id": pid, "organisation": f"Org {i}"})
        print(i, flush=True)   # confirmed only after the commit returned
        i += 1
    """
)


@pytest.mark.parametrize("wanted", [5, 60])
def test_writer_killed_mid_write_leaves_every_confirmed_edit(sample_path, wanted):
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(sample_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    confirmed = []
    assert proc.stdout is not None
    while len(confirmed) < wanted:
        line = proc.stdout.readline()
        assert line, "writer died early"
        confirmed.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with EventStore.open(sample_path) as store:  # the dead writer's lock is stale: taken over
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        uids = {r["uid"] for r in store.rows("people")}
        assert {f"K{i:06d}" for i in confirmed} <= uids
        # every person that made it has its affiliation: no half transactions
        for row in store.rows("people"):
            if row["uid"].startswith("K"):
                assert len(store.rows("affiliations", person_id=row["id"])) == 1


# --------------------------------------------------------------- version 6: desks
def _older_file(path, version: int) -> None:
    """A file of ``version`` (5 or 2) as Organiser wrote it then, with what version 6
    changes: two check-ins of one person on one day, one on the next, a deleted check-in
    (its id must stay unused), a badge print and this laptop's settings."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.migrate(conn, 0, version)
    conn.execute("INSERT INTO event (id, uid, title) VALUES (1, 'U1', 'Old event')")
    conn.execute("INSERT INTO days (id, date) VALUES (1, '2021-11-16'), (2, '2021-11-17')")
    conn.executemany(
        "INSERT INTO people (id, uid, given_name) VALUES (?, ?, ?)",
        [(1, "P1", "Awa"), (2, "P2", "Moussa")],
    )
    conn.executemany(
        "INSERT INTO check_ins (id, person_id, day_id, at) VALUES (?, ?, ?, ?)",
        [
            (1, 1, 1, "2021-11-16T09:10:00"),
            (2, 1, None, "2021-11-16T08:55:00"),  # the earlier one, without its day
            (3, 1, 2, "2021-11-17T09:00:00"),
            (4, 2, None, "2021-11-18T10:00:00"),  # outside the event's days
            (9, 2, 1, "2021-11-16T10:00:00"),
        ],
    )
    conn.execute("DELETE FROM check_ins WHERE id = 9")
    conn.execute(
        "INSERT INTO print_log (kind, printed_at, person_id) VALUES ('badge', '2021-11-16T09:10:00', 1)"
    )
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [("desk_layout", '"Badge A6"'), ("badge_sheet", '{"L7418": [0]}'), ("role_briefs", "{}")],
    )
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.parametrize("version", [5, 2])
def test_a_file_upgrades_to_version_6_the_same_way_every_time(tmp_path, version):
    """Every desk of an event upgrades its own copy: the result must not depend on the
    copy, the clock or chance."""
    copies = [tmp_path / f"copy{n}.organiser" for n in range(2)]
    for path in copies:
        _older_file(path, version)
    dumps = []
    for path in copies:
        with EventStore.open(path) as store:
            assert store.desk is None
            rows = store.conn.execute(
                "SELECT id, person_id, day_id, day, at, desk FROM check_ins ORDER BY id"
            ).fetchall()
            assert rows == [
                (1, 1, 1, "2021-11-16", "2021-11-16T09:10:00", "earlier-file-1"),
                (2, 1, None, "2021-11-16", "2021-11-16T08:55:00", ""),
                (3, 1, 2, "2021-11-17", "2021-11-17T09:00:00", ""),
                (4, 2, None, "2021-11-18", "2021-11-18T10:00:00", ""),
            ]
            assert store.load().print_log[0].desk == ""
            assert store.setting("desk_layout") == "Badge A6"  # kept, on this laptop only
            assert store.setting("badge_sheet") == {"L7418": [0]}
            assert set(store.load().settings) == {"role_briefs"}
            later = check_in(store, 2, at=datetime(2021, 11, 17, 9, 0))
            # 9 was used once: a version-4 file never reuses it; a version-2 file never
            # counted its ids, and version 4 starts counting after the highest left
            assert later == (10 if version >= 4 else 5)
            dumps.append(
                [
                    store.conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                    for t in ("check_ins", "print_log", "settings", "local_settings")
                ]
            )
        assert list(tmp_path.glob(f"{path.stem}.before-upgrade-v{version}-*.organiser"))
    assert dumps[0] == dumps[1]
