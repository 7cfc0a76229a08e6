"""Desks as separate processes on 127.0.0.1, each sharing its own file, the network
between them cut and restored by the test; the test writes to each desk's file as a
second window on that desk would."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from organiser.bench.sync import DeskProcess, Link, free_port
from organiser.sync import standin
from organiser.sync.desk import Desk, connect
from organiser.sync.remote import sync_with_peer
from organiser.sync.rules import later_arrivals
from organiser.sync.transport import BATCH

from .conftest import CODE

DAY = "2021-11-16"


def check_in_many(path: Path, people: range, at: str) -> set[tuple]:
    """Check ``people`` in on the desk of ``path``; returns the arrivals made."""
    desk = standin.open_desk(path)
    desk.conn.execute("PRAGMA synchronous = OFF")  # speed only; the desk process is unchanged
    made = set()
    for n, pid in enumerate(people):
        stamp = f"{DAY}T{at}:{n // 60 % 60:02d}:{n % 60:02d}"
        if standin.check_in(desk, pid, DAY, stamp):
            made.add((pid, DAY, stamp, desk.id))
    desk.conn.close()
    return made


def add_people(path: Path, count: int) -> None:
    desk = standin.open_desk(path)
    for n in range(count):
        standin.add_person(desk, f"Walk-in {n}", desk.name)
    desk.conn.close()


def snapshot(path: Path) -> tuple[dict, dict]:
    conn = connect(path)
    try:
        return standin.dump(conn), dict(conn.execute("SELECT origin, seq FROM sync_vector"))
    finally:
        conn.close()


def wait_until_same(paths: list[Path], timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        shots = [snapshot(p) for p in paths]
        if all(s == shots[0] for s in shots):
            return shots[0][0]
        if time.monotonic() > deadline:
            raise AssertionError(f"desks still differ after {timeout} s: {[s[1] for s in shots]}")
        time.sleep(0.1)


def assert_arrivals(path: Path, made: set[tuple]) -> None:
    """No arrival lost or doubled; the earliest of each person's day is the check-in, and
    the others are listed for the Problems panel."""
    conn = connect(path)
    try:
        held = conn.execute("SELECT person_id, day, at, desk FROM check_ins").fetchall()
        assert len(held) == len(set(held)) == len(made)
        assert set(held) == made
        earliest: dict[tuple, tuple] = {}
        for pid, day, at, desk in sorted(made, key=lambda m: (m[2], m[3])):
            earliest.setdefault((pid, day), (at, desk))
        assert standin.earliest_arrivals(conn) == earliest
        later = later_arrivals(conn, "check_ins", standin.RULES.tables["check_ins"])
        assert {(r["person_id"], r["day"], r["at"], r["desk"]) for r in later} == made - {
            (pid, day, at, desk) for (pid, day), (at, desk) in earliest.items()
        }
    finally:
        conn.close()


def test_two_desks_apart_then_together_and_a_wrong_code(desk_paths):
    a_path, b_path, stranger_path = desk_paths(3, people=200)
    ports = [free_port(), free_port(), free_port()]
    link = Link(ports[1])
    link.cut()
    a = DeskProcess(a_path, ports[0], [link.address], code=CODE).start()
    b = DeskProcess(b_path, ports[1], code=CODE).start()
    stranger = None
    try:
        made = check_in_many(a_path, range(1, 41), "09")
        made |= check_in_many(b_path, range(31, 71), "08")  # 31-40 on both desks
        add_people(a_path, 3)
        add_people(b_path, 2)
        time.sleep(0.5)  # a keeps trying b meanwhile
        assert snapshot(a_path) != snapshot(b_path)
        link.restore()
        data = wait_until_same([a_path, b_path])
        assert_arrivals(a_path, made)
        assert sum(1 for row in data["people"] if row[2].startswith("Walk-in")) == 5
        a.wait_for("conflicts resolved")
        for path in (a_path, b_path):
            conn = connect(path)
            kinds = conn.execute("SELECT kind, count(*) FROM sync_conflicts GROUP BY kind")
            assert kinds.fetchall() == [("duplicate-arrival", 10)]
            conn.close()

        # a second sync changes nothing
        desk = standin.open_desk(b_path)
        again = sync_with_peer(desk, f"127.0.0.1:{ports[0]}", CODE)
        desk.conn.close()
        assert (again.came_in.applied, again.went_out.applied) == (0, 0)

        # a desk with the wrong code is refused and changes nothing
        check_in_many(stranger_path, range(100, 105), "10")
        stranger = DeskProcess(
            stranger_path, ports[2], [f"127.0.0.1:{ports[0]}"], code="WRNG-C0DE-0000"
        ).start()
        stranger.wait_for("refused the join code")
        assert snapshot(a_path)[0] == data
    finally:
        for proc in (a, b, stranger):
            if proc:
                assert proc.stop() == 0
        link.close()


def test_three_desks_through_a_relay_cut_restored_and_a_desk_killed_mid_sync(desk_paths):
    """a and c only ever talk to b. While b is cut off all three check people in; a
    catches up with b, then c starts taking a's 2,500 arrivals from b, in batches, and is
    killed (kill -9) after the first; restarted, every desk ends with the same event."""
    a_path, b_path, c_path = desk_paths(3, people=3000)
    ports = [free_port() for _ in range(3)]
    ab, cb = Link(ports[1]), Link(ports[1])
    ab.cut()
    cb.cut()
    a = DeskProcess(a_path, ports[0], [ab.address], code=CODE).start()
    b = DeskProcess(b_path, ports[1], code=CODE).start()
    c = DeskProcess(c_path, ports[2], [cb.address], code=CODE).start()
    try:
        made = check_in_many(a_path, range(1, 2501), "09")
        made |= check_in_many(b_path, range(1401, 1451), "08")  # earlier than a
        made |= check_in_many(c_path, range(1441, 1461), "10")  # later than a and b
        add_people(b_path, 2)
        add_people(c_path, 2)
        ab.restore()
        wait_until_same([a_path, b_path])

        cb.restore()
        c.wait_for(f"in {BATCH} from Desk 2")
        c.kill()
        conn = connect(c_path)  # what the kill left: whole entries, each with its marker
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        held = dict(conn.execute("SELECT origin, seq FROM sync_vector"))
        logged = dict(conn.execute("SELECT origin, count(*) FROM sync_log GROUP BY origin"))
        assert held == logged
        arrived = conn.execute("SELECT desk, count(*) FROM check_ins GROUP BY desk").fetchall()
        conn.close()
        first_desk = Desk(connect(a_path), standin.RULES)
        a_arrivals = dict(arrived).get(first_desk.id, 0)
        assert a_arrivals == held.get(first_desk.id, 0) < 2500  # killed part way
        first_desk.conn.close()

        c = DeskProcess(c_path, ports[2], [cb.address], code=CODE).start()
        data = wait_until_same([a_path, b_path, c_path])
        assert_arrivals(a_path, made)
        assert sum(1 for row in data["people"] if row[2].startswith("Walk-in")) == 4

        # a second sync through the relay changes nothing
        desk = standin.open_desk(c_path)
        again = sync_with_peer(desk, f"127.0.0.1:{ports[1]}", CODE)
        desk.conn.close()
        assert (again.came_in.applied, again.went_out.applied) == (0, 0)
    finally:
        for proc in (a, b, c):
            proc.stop()
        ab.close()
        cb.close()


def test_sharing_refuses_a_missing_file_an_unshared_one_and_a_bad_code(tmp_path, desk_paths):
    plain = tmp_path / "plain.organiser"
    standin.create(plain, people=2)
    (shared,) = desk_paths(1)
    cases = [
        ([str(tmp_path / "missing.organiser")], "There is no event file"),
        ([str(plain)], "not shared"),
        ([str(shared), "--code", "nope"], "12 letters and digits"),
    ]
    for args, message in cases:
        done = subprocess.run(
            [sys.executable, "-m", "organiser.sync", *args, "--listen", "127.0.0.1:0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and message in done.stderr
    assert not (tmp_path / "missing.organiser").exists()
