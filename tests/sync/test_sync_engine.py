"""The engine in one process: recorded writes, applying peers' entries once, and our rules
giving the same data on every desk whatever order the changes meet in."""

from __future__ import annotations

import itertools

import apsw
import pytest

from organiser.sync import Mismatch, NotShared, Rules, TableRule, standin
from organiser.sync.desk import Desk, connect
from organiser.sync.ids import ID_CEILING, ID_FLOOR, new_id, stable_id
from organiser.sync.rules import later_arrivals

DAY = "2021-11-16"


def send(source: Desk, dest: Desk):
    """Everything ``dest`` lacks from ``source``."""
    return dest.receive(source.entries_after(dest.vector()))


def meet(*desks: Desk) -> None:
    """Every pair exchanges, until nobody lacks anything."""
    for _ in range(len(desks)):
        for a, b in itertools.permutations(desks, 2):
            send(a, b)


def same(*desks: Desk) -> bool:
    dumps = [standin.dump(d.conn) for d in desks]
    return all(d == dumps[0] for d in dumps)


def kinds(desk: Desk) -> list[str]:
    return [c["kind"] for c in desk.conflicts()]


# ------------------------------------------------------------------------ ids
def test_new_ids_are_random_53_bit_and_above_old_counters():
    ids = {new_id() for _ in range(20_000)}
    assert len(ids) == 20_000
    assert all(ID_FLOOR <= i < ID_CEILING <= 2**53 for i in ids)


def test_stable_ids_name_one_row_on_every_desk():
    assert stable_id("days", DAY) == stable_id("days", DAY)
    assert stable_id("days", DAY) != stable_id("days", "2021-11-17")
    assert ID_FLOOR <= stable_id("days", DAY) < ID_CEILING


# -------------------------------------------------------------------- capture
def test_every_write_transaction_is_one_entry_in_order(desk_paths, open_desks):
    (a,) = open_desks(desk_paths(1)[0])
    pid = standin.add_person(a, "Awa", "Traoré")
    with a.write():
        standin.update(a, "people", pid, email="awa@example.org")  # nested: one entry
        standin.add_affiliation(a, pid, "Director", "Interpeace")
    with a.write():
        pass  # nothing written: nothing recorded
    with pytest.raises(RuntimeError), a.write():
        standin.update(a, "people", pid, notes="rolled back")
        raise RuntimeError
    rows = a.conn.execute("SELECT origin, seq FROM sync_log ORDER BY pos").fetchall()
    assert rows == [(a.id, 1), (a.id, 2)]
    assert a.vector() == {a.id: 2}
    second = a.entries_after({a.id: 1})[0].changes
    assert sorted({(c.name, c.op) for c in apsw.Changeset.iter(second)}) == [
        ("affiliations", "INSERT"),
        ("people", "UPDATE"),
    ]
    assert a.conn.execute("SELECT notes FROM people WHERE id = ?", (pid,)).fetchone() == ("",)


def test_a_file_never_shared_has_no_desk(tmp_path):
    path = tmp_path / "plain.organiser"
    standin.create(path, people=3)
    conn = connect(path)
    with pytest.raises(NotShared):
        Desk(conn, standin.RULES)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert not any(n.startswith("sync_") for n in names)
    conn.close()


def test_desk_copies_have_their_own_identity_and_the_same_log(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    assert a.id != b.id and b.name == "Desk 2" and a.event == b.event
    standin.check_in(a, 1, DAY, f"{DAY}T09:00:00")
    send(a, b)
    assert b.vector() == a.vector()


# ---------------------------------------------------------------- applying once
def test_entries_apply_once_and_are_not_recorded_again(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    standin.check_in(a, 1, DAY, f"{DAY}T09:00:00")
    standin.add_person(a, "Moussa", "Keïta")
    entries = a.entries_after(b.vector())
    first = b.receive(entries)
    again = b.receive(entries)
    assert (first.applied, again.applied, again.held) == (2, 0, 2)
    assert {"check_ins", "people", "print_log"} <= first.tables
    assert b.conn.execute("SELECT count(*) FROM check_ins").fetchone() == (1,)
    # applied, not recorded: b made no entry of its own, and relays a's as a's
    assert b.id not in b.vector()
    assert [(e.origin, e.seq) for e in b.entries_after({})] == [(a.id, 1), (a.id, 2)]
    assert same(a, b)


def test_an_entry_after_a_gap_waits_for_the_ones_before(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    for pid in (1, 2, 3):
        standin.check_in(a, pid, DAY, f"{DAY}T09:0{pid}:00")
    entries = a.entries_after({})
    got = b.receive([entries[0], entries[2]])
    assert got.applied == 1 and b.vector() == {a.id: 1}
    assert b.receive(entries).applied == 2
    assert same(a, b)


def test_a_peer_of_another_file_format_is_refused(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    standin.check_in(a, 1, DAY, f"{DAY}T09:00:00")
    b.conn.execute("PRAGMA user_version = 2")
    with pytest.raises(Mismatch, match="format"):
        send(a, b)
    assert b.conn.execute("SELECT count(*) FROM check_ins").fetchone() == (0,)
    assert b.vector() == {}


# -------------------------------------------------------------------- the rules
@pytest.mark.parametrize("first", ["a", "b"])
def test_one_field_edited_on_two_desks_ends_the_same_on_every_desk(desk_paths, open_desks, first):
    a, b, c = open_desks(*desk_paths(3))
    standin.update(a, "people", 1, email="from-a@example.org")
    standin.update(b, "people", 1, email="from-b@example.org")
    order = (a, b) if first == "a" else (b, a)
    for source in order:  # c hears them in either order
        send(source, c)
    meet(a, b, c)
    assert same(a, b, c)
    winner = max(a, b, key=lambda d: d.id)  # equal versions: the higher desk id
    email = a.conn.execute("SELECT email FROM people WHERE id = 1").fetchone()[0]
    assert email == f"from-{'a' if winner is a else 'b'}@example.org"
    for desk in (a, b, c):
        assert kinds(desk) == ["same-field"]
        assert desk.conflicts()[0]["kept"] == winner.id


def test_the_later_version_of_a_field_wins_even_when_its_value_looks_unchanged(
    desk_paths, open_desks
):
    """b edits a field twice, back to its old value; SQLite alone would see no conflict
    with a's single edit on b, but a conflict on a: the versions keep both desks equal."""
    a, b = open_desks(*desk_paths(2))
    standin.update(b, "people", 2, notes="draft")
    standin.update(b, "people", 2, notes="")
    standin.update(a, "people", 2, notes="from a")
    meet(a, b)
    assert same(a, b)
    assert a.conn.execute("SELECT notes FROM people WHERE id = 2").fetchone() == ("",)


def test_edits_of_different_fields_of_one_row_are_both_kept(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    standin.update(a, "people", 3, email="x@example.org", notes="vegetarian")
    standin.update(b, "people", 3, notes="late", dietary_needs="halal")
    meet(a, b)
    assert same(a, b)
    row = a.conn.execute("SELECT email, dietary_needs, notes FROM people WHERE id = 3").fetchone()
    winner = "vegetarian" if a.id > b.id else "late"
    assert row == ("x@example.org", "halal", winner)


@pytest.mark.parametrize("deleting", [0, 1])
def test_a_delete_beats_an_edit(desk_paths, open_desks, deleting):
    desks = open_desks(*desk_paths(2))
    deleter, editor = desks[deleting], desks[1 - deleting]
    standin.delete(deleter, "people", 4)
    standin.update(editor, "people", 4, notes="needs a ramp")
    meet(*desks)
    assert same(*desks)
    for desk in desks:
        assert desk.conn.execute("SELECT count(*) FROM people WHERE id = 4").fetchone() == (0,)
        assert kinds(desk) == ["delete-edit"]
        assert desk.conflicts()[0]["detail"]["dropped"] == {"notes": "needs a ramp"}


def test_an_edit_made_while_a_row_was_deleted_stays_dropped_when_it_is_put_back(
    desk_paths, open_desks
):
    """Undo of a delete puts the row back with its id. The edit another desk made without
    knowing of the delete lost to the delete there, so it loses here too, even from the
    desk that would win a tie between two edits."""
    paths = desk_paths(3)
    for path, desk_id in zip(paths, ("0000000000000001", "ffffffffffffffff", "8000000000000000")):
        conn = connect(path)
        conn.execute("UPDATE sync_desk SET desk = ?", (desk_id,))
        conn.close()
    a, b, c = open_desks(*paths)
    row = a.conn.execute("SELECT * FROM people WHERE id = 8").fetchone()
    standin.delete(a, "people", 8)
    with a.write() as conn:  # undo
        conn.execute(f"INSERT INTO people VALUES ({', '.join('?' * len(row))})", row)
    standin.update(b, "people", 8, notes="edited meanwhile")
    send(b, c)  # c has the edit before the delete, a after the row came back
    send(a, c)
    send(b, a)
    send(a, b)
    assert same(a, b, c)
    assert a.conn.execute("SELECT * FROM people WHERE id = 8").fetchone() == row
    for desk in (a, b, c):
        assert kinds(desk) == ["delete-edit"]


def test_rows_added_under_a_row_deleted_meanwhile_stay_dropped_when_it_is_put_back(
    desk_paths, open_desks
):
    a, b, c = open_desks(*desk_paths(3))
    row = a.conn.execute("SELECT * FROM people WHERE id = 9").fetchone()
    standin.delete(a, "people", 9)
    with a.write() as conn:  # undo
        conn.execute(f"INSERT INTO people VALUES ({', '.join('?' * len(row))})", row)
    standin.check_in(b, 9, DAY, f"{DAY}T09:00:00")
    with b.write() as conn:
        conn.execute("INSERT INTO tasks (id, title, person_id) VALUES (?, 'call', 9)", (new_id(),))
    send(b, c)
    send(a, c)
    send(b, a)
    send(a, b)
    assert same(a, b, c)
    for desk in (a, b, c):
        conn = desk.conn
        assert conn.execute("SELECT count(*) FROM check_ins").fetchone() == (0,)
        assert conn.execute("SELECT person_id FROM tasks").fetchall() == [(None,)]


def test_rows_added_under_a_row_deleted_elsewhere_go_with_it_and_are_logged(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    standin.delete(a, "people", 5)
    standin.add_affiliation(b, 5, "Adviser", "AU")
    standin.check_in(b, 5, DAY, f"{DAY}T09:00:00")
    with b.write() as conn:
        conn.execute("INSERT INTO tasks (id, title, person_id) VALUES (?, 'call', 5)", (new_id(),))
    meet(a, b)
    assert same(a, b)
    for desk in (a, b):
        conn = desk.conn
        assert conn.execute("SELECT count(*) FROM affiliations").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM check_ins").fetchone() == (0,)
        assert conn.execute("SELECT person_id FROM tasks").fetchall() == [(None,)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        outcomes = sorted(
            (c["tbl"], c["detail"]["outcome"])
            for c in desk.conflicts()
            if c["kind"] == "parent-deleted"
        )
        assert outcomes == [
            ("affiliations", "dropped"),
            ("check_ins", "dropped"),
            ("print_log", "dropped"),
            ("tasks", "reference cleared"),
        ]


def test_two_desks_creating_one_setting_or_day_merge_it(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    standin.set_setting(a, "badge_text", '"Welcome"')
    standin.set_setting(b, "badge_text", '"Bienvenue"')
    standin.add_day(a, DAY, "Day 1")
    standin.add_day(b, DAY, "Tuesday")
    meet(a, b)
    assert same(a, b)
    assert a.conn.execute("SELECT count(*) FROM days").fetchone() == (1,)
    assert sorted(kinds(a)) == ["same-field", "same-field"]


def test_both_arrivals_stay_the_earliest_counts_and_the_second_is_listed(desk_paths, open_desks):
    a, b = open_desks(*desk_paths(2))
    standin.check_in(a, 6, DAY, f"{DAY}T09:05:00")
    standin.check_in(b, 6, DAY, f"{DAY}T09:01:00")
    meet(a, b)
    assert same(a, b)
    assert standin.earliest_arrivals(a.conn)[(6, DAY)] == (f"{DAY}T09:01:00", b.id)
    rule = standin.RULES.tables["check_ins"]
    (later,) = later_arrivals(a.conn, "check_ins", rule)
    assert (later["desk"], later["at"]) == (a.id, f"{DAY}T09:05:00")
    badges = a.conn.execute("SELECT desk FROM print_log WHERE person_id = 6").fetchall()
    assert sorted(badges) == sorted([(a.id,), (b.id,)])
    for desk in (a, b):
        (conflict,) = desk.conflicts()
        assert conflict["kind"] == "duplicate-arrival" and conflict["kept"] == b.id


def test_undoing_a_check_in_on_one_desk_never_removes_another_desks_arrival(desk_paths, open_desks):
    a, b, c = open_desks(*desk_paths(3))
    cid = standin.check_in(a, 7, DAY, f"{DAY}T09:00:00")
    standin.delete(a, "check_ins", cid)  # undone on a
    standin.check_in(b, 7, DAY, f"{DAY}T09:03:00")
    send(a, c)  # c meets a's arrival and its undo before b's
    send(b, c)
    send(b, a)  # a meets b's arrival after its own undo
    send(a, b)
    assert same(a, b, c)
    assert standin.earliest_arrivals(c.conn) == {(7, DAY): (f"{DAY}T09:03:00", b.id)}


def test_three_desks_apart_converge_through_a_relay(desk_paths, open_desks):
    a, b, c = open_desks(*desk_paths(3, people=60))
    for n, desk in enumerate((a, b, c)):
        for pid in range(1 + 15 * n, 26 + 15 * n):  # overlapping people: duplicates
            standin.check_in(desk, pid, DAY, f"{DAY}T09:{pid:02d}:{n:02d}")
        standin.add_person(desk, f"New{n}", "Person")
    for _ in range(2):  # a and c never meet: b relays
        send(a, b), send(b, a), send(c, b), send(b, c)
    assert same(a, b, c)
    assert a.vector() == b.vector() == c.vector()
    arrivals = a.conn.execute("SELECT person_id, desk FROM check_ins").fetchall()
    assert len(arrivals) == len(set(arrivals)) == 75
    before = standin.dump(a.conn)
    meet(a, b, c)  # a second exchange changes nothing
    assert standin.dump(a.conn) == before


def test_an_arrivals_table_needs_its_slot_and_order():
    with pytest.raises(ValueError, match="group and order"):
        Rules({"check_ins": TableRule(kind="arrivals")})
