"""``organiser join``, ``organiser sync`` and ``organiser checkin`` on desk files, without a
network (a USB stick): the commands exactly as issue 15 names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.cli import main
from organiser.store import EventStore
from tests.tools import organiser


def bundle_of(path: Path, tmp_path: Path) -> str:
    out = tmp_path / f"{path.stem}.json"
    assert main(["export", "json", str(path), "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


@pytest.fixture
def desks(sample_path, tmp_path, capsys):
    """The sample event and a desk joined from its file: (first, second, join code)."""
    second = tmp_path / "door2.organiser"
    assert main(["join", str(sample_path), "-o", str(second), "--desk", "Door 2"]) == 0
    said = capsys.readouterr().out
    assert f"wrote {second}: desk Door 2 of the shared event (join code " in said
    return sample_path, second, said.rsplit("join code ", 1)[1].rstrip(")\n")


def test_a_desk_joined_from_a_file_and_a_usb_exchange_both_ways(desks, tmp_path, capsys):
    first, second, _code = desks
    with EventStore.open(first) as a, EventStore.open(second) as b:
        assert a.desk.code == b.desk.code and a.desk.id != b.desk.id
        assert (a.desk.event, b.desk.name) == (b.desk.event, "Door 2")
    assert main(["checkin", str(first), "--name", "Bagayoko", "--at", "2021-11-16T09:05"]) == 0
    assert main(["checkin", str(second), "--name", "Bagayoko", "--at", "2021-11-16T09:01"]) == 0
    assert main(["checkin", str(second), "--name", "Wane", "--at", "2021-11-17T10:00"]) == 0
    capsys.readouterr()
    assert main(["sync", str(first), "--with", str(second)]) == 0
    said = capsys.readouterr().out
    assert "in: 2 changes from door2.organiser" in said
    assert "out: 1 change to door2.organiser" in said
    assert "conflicts resolved: 1 here, 1 there" in said
    assert bundle_of(first, tmp_path) == bundle_of(second, tmp_path)

    # both arrivals are kept, the earliest counts, the second badge is a problem to see
    with EventStore.open(first) as a:
        arrivals = sorted((c.at.isoformat(), c.desk) for c in a.load().check_ins)
        assert len(arrivals) == 3 and arrivals[0][1] != arrivals[1][1]
    assert main(["check", str(first)]) in (0, 1)
    problems = capsys.readouterr().out
    assert "Bagayoko was checked in twice on Tuesday 16 November: first at 09:01 (Door 2)" in (
        problems
    )
    assert main(["checkin", str(first), "--name", "Bagayoko", "--at", "2021-11-16T11:00"]) == 0
    assert "already checked in: Dr. Niagalé Bagayoko at 2021-11-16T09:01:00" in (
        capsys.readouterr().out
    )

    # a second sync changes nothing
    assert main(["sync", str(second), "--with", str(first)]) == 0
    said = capsys.readouterr().out
    assert "in: 0 changes" in said and "out: 0 changes" in said


def test_join_and_sync_refuse_what_is_not_a_desk_of_the_event(desks, tmp_path, capsys):
    first, second, _code = desks
    plain = tmp_path / "plain.organiser"
    assert main(["sample", str(plain)]) == 0
    clone = tmp_path / "clone.organiser"
    clone.write_bytes(second.read_bytes())
    before = second.read_bytes()
    cases = [
        (["sync", str(plain), "--with", str(second)], "is not shared"),
        (["sync", str(second), "--with", str(plain)], "is not shared"),
        (["sync", str(second), "--with", str(clone)], "plain copies of one desk"),
        (["sync", str(second), "--with", str(tmp_path / "typo.organiser")], "does not exist"),
        (["join", str(first), "-o", str(second)], "already exists"),
        (["join", str(first), "-o", str(tmp_path / "x.organiser"), "--code", "ZZZZ-ZZZZ-ZZZZ"],
         "another join code"),
        (["join", "127.0.0.1:9", "-o", str(tmp_path / "y.organiser")], "give --code"),
        (["join", "no-such-file.organiser", "-o", str(tmp_path / "z.organiser")],
         "not an address"),
    ]  # fmt: skip
    capsys.readouterr()
    for args, message in cases:
        assert main(args) == 2, args
        assert message in capsys.readouterr().err, args
    assert second.read_bytes() == before
    assert not any((tmp_path / n).exists() for n in ("x.organiser", "y.organiser", "z.organiser"))
    assert not (tmp_path / "typo.organiser").exists()


def test_a_file_a_window_edits_is_not_made_a_desk_behind_its_back(sample_path, tmp_path, capsys):
    with EventStore.open(sample_path):  # the window
        assert main(["join", str(sample_path), "-o", str(tmp_path / "new.organiser")]) == 2
    assert "Share this event" in capsys.readouterr().err
    assert not (tmp_path / "new.organiser").exists()
    with EventStore.open(sample_path) as store:
        assert store.desk is None


def test_joining_a_desk_a_window_has_open_only_reads_it(desks, tmp_path, capsys):
    first, _second, code = desks
    with EventStore.open(first) as window:
        third = tmp_path / "door3.organiser"
        assert main(["join", str(first), "-o", str(third), "--code", code]) == 0
        assert window.desk is not None
    with EventStore.open(third) as store:
        assert store.desk.name not in ("", "Door 2")


def test_checkin_on_a_desk_is_recorded_for_the_other_desks(desks, capsys):
    first, second, _code = desks
    done = organiser("checkin", str(second), "--name", "Wane", "--at", "2021-11-17T09:00")
    assert done.returncode == 0 and "checked in" in done.stdout
    with EventStore.open(second) as store:
        (entry,) = store.desk.entries_after({})
        assert entry.origin == store.desk.id
    synced = organiser("sync", str(first), "--with", str(second))
    assert synced.returncode == 0 and "in: 1 change from door2.organiser" in synced.stdout
    with EventStore.open(first) as store:
        assert [c.at.isoformat() for c in store.load().check_ins] == ["2021-11-17T09:00:00"]
