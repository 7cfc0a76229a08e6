"""Desks as separate processes (``organiser share``) on 127.0.0.1, each sharing its own
real event file, the network between them cut and restored by the test; the test writes
to each desk's file as a second window on that desk would, and at the end compares the
desks' ``organiser export json`` bundles."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from organiser.attendees.checkin import add_walk_in, check_in
from organiser.bench.sync import DeskProcess, Link, free_port
from organiser.services import bundle
from organiser.store import EventStore
from organiser.sync.tables import CHECK_INS
from organiser.sync.transport import BATCH
from tests.sync.arrivals import later_arrivals
from tests.tools import organiser

from .conftest import CODE, at


def check_in_many(path: Path, people: range, first_minute: int) -> set[tuple]:
    """Check ``people`` in on the desk of ``path``, a second apart; the arrivals made, as
    (person, day, at, desk)."""
    made = set()
    with EventStore.open(path, lock=False) as store:
        store.conn.execute("PRAGMA synchronous = OFF")  # speed only; the desk is unchanged
        for n, pid in enumerate(people):
            when = at(first_minute) + timedelta(seconds=n)
            check_in(store, pid, at=when)
            made.add((pid, when.date().isoformat(), when.isoformat(), store.desk.id))
    return made


def add_people(path: Path, count: int) -> None:
    with EventStore.open(path, lock=False) as store:
        for n in range(count):
            add_walk_in(store, f"Walk-in {n}", store.desk.name)


def event(path: Path) -> tuple[str, dict]:
    with EventStore.open(path, lock=False) as store:
        return bundle.dumps(store.load()), store.desk.vector()


def wait_until_same(paths: list[Path], timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        shots = [event(p) for p in paths]
        if all(s == shots[0] for s in shots):
            return shots[0][0]
        if time.monotonic() > deadline:
            raise AssertionError(f"desks still differ after {timeout} s: {[s[1] for s in shots]}")
        time.sleep(0.1)


def exported(paths: list[Path], folder: Path) -> list[bytes]:
    """Each desk's ``organiser export json`` bundle."""
    out = []
    for path in paths:
        target = folder / f"{path.stem}.json"
        done = organiser("export", "json", str(path), "-o", str(target))
        assert done.returncode == 0, done.stderr
        out.append(target.read_bytes())
    return out


def assert_arrivals(path: Path, made: set[tuple]) -> None:
    """No arrival lost or doubled; the earliest of each person's day is the check-in, and
    the others are listed for the Problems panel."""
    with EventStore.open(path, lock=False) as store:
        held = store.conn.execute("SELECT person_id, day, at, desk FROM check_ins").fetchall()
        assert len(held) == len(set(held)) == len(made)
        assert set(held) == made
        earliest: dict[tuple, tuple] = {}
        for pid, day, when, desk in sorted(made, key=lambda m: (m[2], m[3])):
            earliest.setdefault((pid, day), (when, desk))
        for (pid, day), (when, desk) in earliest.items():
            row = store.conn.execute(
                "SELECT at, desk FROM check_ins WHERE person_id = ? AND day = ? "
                "ORDER BY at, desk LIMIT 1",
                (pid, day),
            ).fetchone()
            assert row == (when, desk)
        later = later_arrivals(store.conn, "check_ins", CHECK_INS)
        assert {(r["person_id"], r["day"], r["at"], r["desk"]) for r in later} == made - {
            (pid, day, when, desk) for (pid, day), (when, desk) in earliest.items()
        }


def test_two_desks_apart_then_together_and_a_wrong_code(desk_paths, tmp_path):
    a_path, b_path, stranger_path = desk_paths(3, people=200)
    ports = [free_port(), free_port(), free_port()]
    link = Link(ports[1])
    link.cut()
    a = DeskProcess(a_path, ports[0], [link.address], code=CODE).start()
    b = DeskProcess(b_path, ports[1], code=CODE).start()
    stranger = None
    try:
        made = check_in_many(a_path, range(1, 41), 60)
        made |= check_in_many(b_path, range(31, 71), 0)  # 31-40 on both desks, earlier on b
        add_people(a_path, 3)
        add_people(b_path, 2)
        time.sleep(0.5)  # a keeps trying b meanwhile
        assert event(a_path) != event(b_path)
        link.restore()
        data = wait_until_same([a_path, b_path])
        assert_arrivals(a_path, made)
        assert data.count('"given_name": "Walk-in') == 5
        a.wait_for("conflicts resolved")
        for path in (a_path, b_path):
            with EventStore.open(path, lock=False) as store:
                kinds = [c["kind"] for c in store.desk.conflicts()]
            assert kinds == ["duplicate-arrival"] * 10
        first, second = exported([a_path, b_path], tmp_path)
        assert first == second

        # the Problems panel (and organiser check) lists the ten double badges
        checked = organiser("check", str(b_path))
        assert checked.stdout.count("was checked in twice") == 10

        # a second sync changes nothing
        again = organiser("sync", str(b_path), "--peer", f"127.0.0.1:{ports[0]}", "--code", CODE)
        assert again.returncode == 0, again.stderr
        assert "in: 0 changes" in again.stdout and "out: 0 changes" in again.stdout
        assert event(a_path)[0] == data

        # the wrong code: refused, exit 2, nothing written here or there
        check_in_many(stranger_path, range(100, 105), 120)
        before = event(stranger_path)
        wrong = organiser(
            "sync",
            str(stranger_path),
            "--peer",
            f"127.0.0.1:{ports[0]}",
            "--code",
            "WRNG-C0DE-0000",
        )
        assert wrong.returncode == 2 and "refused the join code" in wrong.stderr
        joined = organiser(
            "join", f"127.0.0.1:{ports[0]}", "-o", str(tmp_path / "new.organiser"), "--code",
            "WRNG-C0DE-0000",
        )  # fmt: skip
        assert joined.returncode == 2 and "Nothing was written" in joined.stderr
        assert not list(tmp_path.glob("*new.organiser*"))
        stranger = DeskProcess(
            stranger_path, ports[2], [f"127.0.0.1:{ports[0]}"], code="WRNG-C0DE-0000"
        ).start()
        stranger.wait_for("refused the join code")
        assert event(a_path)[0] == data and event(stranger_path) == before
    finally:
        for proc in (a, b, stranger):
            if proc:
                assert proc.stop() == 0
        link.close()


def test_three_desks_through_a_relay_cut_restored_and_a_desk_killed_mid_sync(desk_paths, tmp_path):
    """a and c only ever talk to b. While b is cut off all three check people in and add
    people; a catches up with b, then c starts taking a's 2,500 arrivals from b, in
    batches, and is killed (kill -9) after the first; restarted, every desk ends with the
    same event."""
    a_path, b_path, c_path = desk_paths(3, people=3000)
    ports = [free_port() for _ in range(3)]
    ab, cb = Link(ports[1]), Link(ports[1])
    ab.cut()
    cb.cut()
    a = DeskProcess(a_path, ports[0], [ab.address], code=CODE).start()
    b = DeskProcess(b_path, ports[1], code=CODE).start()
    c = DeskProcess(c_path, ports[2], [cb.address], code=CODE).start()
    try:
        made = check_in_many(a_path, range(1, 2501), 60)
        made |= check_in_many(b_path, range(1401, 1451), 0)  # earlier than a
        made |= check_in_many(c_path, range(1441, 1461), 120)  # later than a and b
        add_people(b_path, 2)
        add_people(c_path, 2)
        ab.restore()
        wait_until_same([a_path, b_path])

        cb.restore()
        c.wait_for(f"in: {BATCH:,} changes from Desk 2")
        c.kill()
        with EventStore.open(c_path, lock=False) as store:  # whole entries, each with its marker
            assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            held = store.desk.vector()
            logged = dict(
                store.conn.execute("SELECT origin, count(*) FROM sync_log GROUP BY origin")
            )
            assert held == logged
            arrived = dict(store.conn.execute("SELECT desk, count(*) FROM check_ins GROUP BY desk"))
        with EventStore.open(a_path, lock=False) as first:
            a_id = first.desk.id
        assert arrived.get(a_id, 0) == held.get(a_id, 0) < 2500  # killed part way

        c = DeskProcess(c_path, ports[2], [cb.address], code=CODE).start()
        data = wait_until_same([a_path, b_path, c_path])
        assert_arrivals(a_path, made)
        assert data.count('"given_name": "Walk-in') == 4
        bundles = exported([a_path, b_path, c_path], tmp_path)
        assert bundles[0] == bundles[1] == bundles[2]

        # a second sync through the relay changes nothing
        again = organiser("sync", str(c_path), "--peer", f"127.0.0.1:{ports[1]}")
        assert again.returncode == 0, again.stderr
        assert "in: 0 changes" in again.stdout and "out: 0 changes" in again.stdout
    finally:
        for proc in (a, b, c):
            proc.stop()
        ab.close()
        cb.close()


def test_sharing_refuses_a_missing_file_a_bad_code_and_a_file_a_window_edits(tmp_path, sample_path):
    (tmp_path / "locked.organiser").write_bytes(sample_path.read_bytes())
    with EventStore.open(tmp_path / "locked.organiser"):  # a window edits it
        here = ["--listen", "127.0.0.1:0"]
        cases = [
            ([str(tmp_path / "missing.organiser"), *here], "does not exist"),
            ([str(sample_path), *here, "--code", "nope"], "12 letters and digits"),
            ([str(sample_path), "--listen", "nowhere"], "not an address"),
            ([str(tmp_path / "locked.organiser"), *here], "Share this event"),
        ]
        for args, message in cases:
            done = organiser("share", *args)
            assert done.returncode == 2 and message in done.stderr, (args, done.stderr)
    assert not (tmp_path / "missing.organiser").exists()
    with EventStore.open(sample_path) as store:
        assert store.desk is None  # refused before anything was written


def test_the_sample_event_shared_and_joined_with_the_commands_of_the_issue(sample_path, tmp_path):
    """organiser share / join HOST:PORT / checkin / sync, as the issue names them, on the
    reference event: both desks end with the same bundle, the earliest arrival kept."""
    port = free_port()
    first = DeskProcess(sample_path, port, code=CODE).start()
    second = None
    try:
        door2 = tmp_path / "door2.organiser"
        joined = organiser(
            "join", f"127.0.0.1:{port}", "-o", str(door2), "--code", CODE, "--desk", "Door 2"
        )
        assert joined.returncode == 0, joined.stderr
        assert f"wrote {door2}: desk Door 2 of the shared event" in joined.stdout
        for path, when in ((sample_path, "09:05"), (door2, "09:01")):  # door 2 not sharing yet
            done = organiser(
                "checkin", str(path), "--name", "Bagayoko", "--at", f"2021-11-16T{when}"
            )
            assert done.returncode == 0 and done.stdout.startswith("checked in"), done.stdout
        second = DeskProcess(door2, free_port(), code=CODE).start()  # keeps up with its source
        second.wait_for("connected to")
        data = wait_until_same([sample_path, door2])
        assert data.count('"person_id"') >= 2
        a, b = exported([sample_path, door2], tmp_path)
        assert a == b
        with EventStore.open(sample_path, lock=False) as store:
            first_arrival = min(store.load().check_ins, key=lambda c: (c.at, c.desk))
            assert first_arrival.at.strftime("%H:%M") == "09:01"
        again = organiser("sync", str(door2), "--peer", f"127.0.0.1:{port}")
        assert again.returncode == 0 and "in: 0 changes" in again.stdout
    finally:
        for proc in (first, second):
            if proc:
                proc.stop()
