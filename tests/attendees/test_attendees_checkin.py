"""The desk core: search, check-in and undo, counters, and two processes on one file."""

from __future__ import annotations

import itertools
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import apsw
import pytest

from organiser.attendees.checkin import (
    RANK_NAME,
    RANK_ORG,
    RANK_UID,
    DeskIndex,
    add_walk_in,
    check_in,
    counters,
    undo_check_in,
)
from organiser.cli import main
from organiser.services.generate import generate
from organiser.store import EventStore, attendance
from organiser.store import store as store_module

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(event_path: Path):
    with EventStore.open(event_path) as s:
        yield s


def test_search_is_accent_and_case_insensitive(store: EventStore) -> None:
    index = DeskIndex(store.load())
    assert [h.name for h in index.search("bagay")] == ["Dr. Niagalé Bagayoko"]
    assert [h.name for h in index.search("traore")] == ["Mr. Drissa Traoré"]
    assert [h.name for h in index.search("dzon")] == ["Dżon Wójcik"]
    assert [h.name for h in index.search("OZTU")] == ["Öykü Öztürk"]
    assert [h.name for h in index.search("drissa tra")] == ["Mr. Drissa Traoré"]
    assert index.search("") == [] and index.search("zzzz") == []


def test_ranking_uid_then_name_prefix_then_organisation_then_substring(store: EventStore) -> None:
    data = store.load()
    index = DeskIndex(data)
    # "inter": Interpeace (organisation prefix) for Öztürk
    (hit,) = index.search("inter")
    assert hit.rank == RANK_ORG
    # "agay" is inside Bagayoko but starts no word
    (hit,) = index.search("agay")
    assert hit.rank > RANK_ORG
    assert index.search("bag")[0].rank == RANK_NAME
    wojcik = next(p for p in data.people if p.family_name == "Wójcik")
    hits = index.search(wojcik.uid)
    assert hits[0].person_id == wojcik.id and hits[0].rank == RANK_UID


def test_scanner_input(store: EventStore) -> None:
    data = store.load()
    index = DeskIndex(data)
    p = data.people[1]
    assert index.person_for_scan(p.uid + "\n") == p.id
    assert index.person_for_scan(p.uid.lower()) == p.id
    assert index.person_for_scan(f"https://example.org/badge/{p.uid}") == p.id
    assert index.person_for_scan("0000000000") is None
    typo = p.uid.replace("0", "O").replace("1", "I")
    assert index.person_for_scan(typo) == p.id


def test_check_in_and_undo(store: EventStore) -> None:
    data = store.load()
    traore = next(p for p in data.people if p.family_name == "Traoré")
    cid = check_in(store, traore.id, at=datetime(2026, 3, 24, 9, 5, 30, 123))
    row = store.get("check_ins", cid)
    assert row["at"] == "2026-03-24T09:05:30"
    assert row["day_id"] == next(d.id for d in data.days if d.label == "Day 2")
    c = counters(store)
    assert str(c.total) == "1 / 4"  # the cancelled registration is not expected
    day2 = row["day_id"]
    assert c.by_day[day2].arrived == 1 and c.by_day_category[(day2, "participant")].arrived == 1
    assert c.by_category["speaker"].arrived == 0 and c.by_category["speaker"].expected == 1
    gone = undo_check_in(store, cid)
    assert gone.person_id == traore.id and gone.at == datetime(2026, 3, 24, 9, 5, 30)
    assert store.get("check_ins", cid) is None
    assert counters(store).total.arrived == 0
    assert undo_check_in(store, cid) is None
    with pytest.raises(KeyError):
        check_in(store, 9999)


def test_check_in_outside_event_days_has_no_day(store: EventStore) -> None:
    pid = store.load().people[0].id
    cid = check_in(store, pid, at=datetime(2026, 4, 1, 10, 0))
    assert store.get("check_ins", cid)["day_id"] is None
    assert counters(store).total.arrived == 1


def test_walk_in_is_added_and_found(store: EventStore) -> None:
    index = DeskIndex(store.load())
    person = add_walk_in(store, " Aïssata ", "Sy\u200b", "Réseau des femmes", "press")
    index.add(person)
    (hit,) = index.search("aissata")
    assert hit.person_id == person.id and hit.organisation == "Réseau des femmes"
    saved = store.load().person(person.id)
    assert (saved.given_name, saved.family_name, saved.category) == ("Aïssata", "Sy", "press")
    assert saved.registration_status == "registered"
    with pytest.raises(ValueError):
        add_walk_in(store, "", " ")


def test_index_follows_check_ins(store: EventStore) -> None:
    data = store.load()
    index = DeskIndex(data)
    pid = data.people[0].id
    at = datetime(2026, 3, 23, 8, 0)
    cid = check_in(store, pid, at=at)
    index.mark_arrived(pid, cid, at)
    assert index.search("bagay")[0].checked_in_at == at
    index.forget_arrival(cid)
    assert index.search("bagay")[0].checked_in_at is None
    assert DeskIndex(store.load()).arrived[pid][0] == cid


def test_busy_file_is_retried_then_written(store: EventStore, event_path: Path) -> None:
    other = apsw.Connection(str(event_path))  # another desk of this process
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.4, lambda: other.execute("COMMIT"))
    release.start()
    try:
        cid = check_in(store, store.load().people[0].id, at=datetime(2026, 3, 23, 8, 0))
    finally:
        release.join()
        other.close()
    assert store.get("check_ins", cid) is not None


def test_file_busy_too_long_is_a_clear_message_and_writes_nothing(
    store: EventStore, event_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(store_module, "WRITE_WAIT_S", 0.6)
    other = apsw.Connection(str(event_path))  # (sqlite3 would share no lock with it)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(attendance.StoreBusy) as err:
            check_in(store, store.load().people[0].id)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "database is locked" not in str(err.value)
    assert "not saved" in str(err.value)
    assert attendance.counts(store)["check_ins"] == 0
    assert not store.conn.in_transaction


WORKER = """
import sys, time
from datetime import datetime
from pathlib import Path
sys.path.insert(0, {root!r})
from organiser.store import EventStore
from organiser.attendees.checkin import AlreadyCheckedIn, check_in
path, folder, tag = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
store = EventStore.open(path, lock=False)
ids = [r[0] for r in store.conn.execute("SELECT id FROM people ORDER BY id")]
if tag == 2:
    ids.reverse()  # the two desks work through the queue from both ends and meet
recorded = 0
(folder / f"ready-{{tag}}").touch()   # start together, however slow the machine is
deadline = time.time() + 120
while not all((folder / f"ready-{{t}}").exists() for t in (1, 2)) and time.time() < deadline:
    time.sleep(0.002)
for n, pid in enumerate(ids):
    try:
        check_in(store, pid, at=datetime(2026, 3, 23, 8, tag, n % 60))
        recorded += 1
    except AlreadyCheckedIn:
        pass  # the other desk admitted this person today already
    time.sleep(0.002)  # a desk's pace, compressed: lets the other process in between
store.close()
print("done", recorded)
"""


def test_two_processes_check_in_on_one_file_at_once(tmp_path: Path) -> None:
    path = tmp_path / "big.organiser"
    EventStore.create(path, generate(200, 4), lock=False).close()
    script = tmp_path / "worker.py"
    script.write_text(WORKER.format(root=str(ROOT)), encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), str(tmp_path), str(tag)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in (1, 2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    recorded = []
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err
        assert err == "" and out.startswith("done ")
        recorded.append(int(out.split()[1]))
    # Every person arrived once that day: each recorded by exactly one of the two desks.
    assert sum(recorded) == 200 and min(recorded) > 0
    with EventStore.open(path, lock=False) as store:
        rows = store.conn.execute(
            "SELECT count(*), count(DISTINCT person_id) FROM check_ins"
        ).fetchall()
        assert rows == [(200, 200)]
        # the two really wrote at the same time: their rows interleave
        tags = [
            r[0] for r in store.conn.execute("SELECT substr(at, 15, 2) FROM check_ins ORDER BY id")
        ]
        assert sum(a != b for a, b in itertools.pairwise(tags)) >= 10
        assert counters(store).total.arrived == 200
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_checkin_by_uid_and_name_and_undo(event_path: Path, capsys) -> None:
    with EventStore.open(event_path, lock=False) as store:
        data = store.load()
    uid = next(p.uid for p in data.people if p.family_name == "Wójcik")
    assert main(["checkin", str(event_path), "--uid", uid, "--at", "2026-03-23T08:30"]) == 0
    assert "checked in: Dżon Wójcik at 2026-03-23T08:30:00 (check-in 1)" in capsys.readouterr().out
    assert main(["checkin", str(event_path), "--name", "traore"]) == 0
    assert main(["checkin", str(event_path), "--undo", "1"]) == 0
    assert main(["checkin", str(event_path), "--uid", "NOPE"]) == 2
    assert main(["checkin", str(event_path), "--name", "zzz"]) == 2
    assert main(["checkin", str(event_path), "--undo", "1"]) == 2
    with EventStore.open(event_path, lock=False) as store:
        assert attendance.counts(store)["check_ins"] == 1


def test_search_speed_at_ten_thousand(tmp_path: Path) -> None:
    data = generate(10_000, 40)
    for p in data.people:  # ids as the store would give them
        assert p.id
    index = DeskIndex(data)
    times = []
    for word in ("bagayoko", "traore", "dzon", "interpeace"):
        for n in range(1, len(word) + 1):
            t = time.perf_counter()
            index.search(word[:n])
            times.append(time.perf_counter() - t)
    times.sort()
    median = times[len(times) // 2]
    assert median < 0.030, f"median {median * 1000:.1f} ms per keystroke"
