"""The engine in one process, on real event files written through the store: recorded
writes, applying peers' entries once, and our rules giving the same event on every desk
whatever order the changes meet in."""

from __future__ import annotations

import itertools
from datetime import timedelta

import apsw
import pytest

from organiser.attendees.checkin import AlreadyCheckedIn, add_walk_in, check_in, undo_check_in
from organiser.store import EventStore
from organiser.sync import Mismatch, NotShared, Rules, TableRule
from organiser.sync.desk import Desk, connect
from organiser.sync.ids import ID_CEILING, ID_FLOOR, new_id, stable_id
from organiser.sync.tables import CHECK_INS, RULES
from tests.sync.arrivals import later_arrivals

from .conftest import arrive, at, kinds, rows, same, send

DAY = at(0).date().isoformat()


def meet(*stores) -> None:
    """Every pair exchanges, until nobody lacks anything."""
    for _ in range(len(stores)):
        for a, b in itertools.permutations(stores, 2):
            send(a, b)


def value(store, sql: str, *args):
    return store.conn.execute(sql, args).fetchone()


# ------------------------------------------------------------------------ ids
def test_new_ids_are_random_53_bit_and_above_old_counters():
    ids = {new_id() for _ in range(20_000)}
    assert len(ids) == 20_000
    assert all(ID_FLOOR <= i < ID_CEILING <= 2**53 for i in ids)


def test_stable_ids_name_one_row_on_every_desk():
    assert stable_id("days", DAY) == stable_id("days", DAY)
    assert stable_id("days", DAY) != stable_id("days", "2021-11-17")
    assert ID_FLOOR <= stable_id("days", DAY) < ID_CEILING


def test_a_shared_store_gives_new_rows_ids_no_other_desk_picks(desk_paths, open_stores):
    (a,) = open_stores(desk_paths(1)[0])
    person = add_walk_in(a, "Awa", "Traoré", "Interpeace")
    task = a.insert("tasks", {"title": "Call the hotel"})
    day = a.insert("days", {"date": "2026-04-01"})
    assert ID_FLOOR <= person.id < ID_CEILING and ID_FLOOR <= task < ID_CEILING
    assert day == stable_id("days", "2026-04-01")
    (aff,) = a.rows("affiliations", person_id=person.id)
    assert ID_FLOOR <= aff["id"] < ID_CEILING


# -------------------------------------------------------------------- capture
def test_every_write_transaction_is_one_entry_in_order(desk_paths, open_stores):
    (a,) = open_stores(desk_paths(1)[0])
    desk = a.desk
    assert desk is not None
    start = desk.vector().get(desk.id, 0)
    person = add_walk_in(a, "Awa", "Traoré")
    with a.transaction():
        a.update("people", person.id, {"email": "awa@example.org"})  # nested: one entry
        a.replace_children("affiliations", "person_id", person.id, [{"organisation": "AU"}])
    with a.transaction():
        pass  # nothing written: nothing recorded
    with pytest.raises(RuntimeError), a.transaction():
        a.update("people", person.id, {"notes": "rolled back"})
        raise RuntimeError
    assert desk.vector() == {desk.id: start + 2}
    second = desk.entries_after({desk.id: start + 1})[0].changes
    assert sorted({(c.name, c.op) for c in apsw.Changeset.iter(second)}) == [
        ("affiliations", "INSERT"),
        ("people", "UPDATE"),
    ]
    assert a.get("people", person.id)["notes"] == ""


def test_a_file_never_shared_has_no_desk_and_counter_ids(sample_path):
    from organiser.store import EventStore

    with EventStore.open(sample_path) as store:
        assert store.desk is None
        task = store.insert("tasks", {"title": "Print badges"})
        assert task == 1  # SQLite's next number, as always
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_schema")}
        assert not any(n.startswith("sync_") for n in names)
    with pytest.raises(NotShared):
        Desk(connect(sample_path), RULES)


def test_desk_copies_have_their_own_identity_and_the_same_log(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    assert a.desk.id != b.desk.id and b.desk.name == "Desk 2" and a.desk.event == b.desk.event
    arrive(a, 1, at(60))
    send(a, b)
    assert b.desk.vector() == a.desk.vector()
    assert same(a, b)


# ---------------------------------------------------------------- applying once
def test_entries_apply_once_and_are_not_recorded_again(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    arrive(a, 1, at(60))
    add_walk_in(a, "Moussa", "Keïta")
    entries = a.desk.entries_after(b.desk.vector())
    first = b.desk.receive(entries)
    again = b.desk.receive(entries)
    assert (first.applied, again.applied, again.held) == (2, 0, 2)
    assert {"check_ins", "people", "print_log"} <= first.tables
    assert value(b, "SELECT count(*) FROM check_ins") == (1,)
    # applied, not recorded: b made no entry of its own, and relays a's as a's
    assert b.desk.id not in b.desk.vector()
    assert [(e.origin, e.seq) for e in b.desk.entries_after({})] == [(a.desk.id, 1), (a.desk.id, 2)]
    assert same(a, b)


def test_an_entry_after_a_gap_waits_for_the_ones_before(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    for pid in (1, 2, 3):
        check_in(a, pid, at=at(pid))
    entries = a.desk.entries_after({})
    got = b.desk.receive([entries[0], entries[2]])
    assert got.applied == 1 and b.desk.vector() == {a.desk.id: 1}
    assert b.desk.receive(entries).applied == 2
    assert same(a, b)


def test_a_peer_of_another_file_format_is_refused(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    check_in(a, 1, at=at(60))
    b.conn.execute("PRAGMA user_version = 5")
    with pytest.raises(Mismatch, match="format"):
        send(a, b)
    assert value(b, "SELECT count(*) FROM check_ins") == (0,)
    assert b.desk.vector() == {}


# -------------------------------------------------------------------- the rules
@pytest.mark.parametrize("first", ["a", "b"])
def test_one_field_edited_on_two_desks_ends_the_same_on_every_desk(desk_paths, open_stores, first):
    a, b, c = open_stores(*desk_paths(3))
    a.update("people", 1, {"email": "from-a@example.org"})
    b.update("people", 1, {"email": "from-b@example.org"})
    for source in (a, b) if first == "a" else (b, a):  # c hears them in either order
        send(source, c)
    meet(a, b, c)
    assert same(a, b, c)
    winner = max(a, b, key=lambda s: s.desk.id)  # equal versions: the higher desk id
    assert a.get("people", 1)["email"] == f"from-{'a' if winner is a else 'b'}@example.org"
    for store in (a, b, c):
        assert kinds(store) == ["same-field"]
        assert store.desk.conflicts()[0]["kept"] == winner.desk.id


def test_the_later_version_of_a_field_wins_even_when_its_value_looks_unchanged(
    desk_paths, open_stores
):
    """b edits a field twice, back to its old value; SQLite alone would see no conflict
    with a's single edit on b, but a conflict on a: the versions keep both desks equal."""
    a, b = open_stores(*desk_paths(2))
    b.update("people", 2, {"notes": "draft"})
    b.update("people", 2, {"notes": ""})
    a.update("people", 2, {"notes": "from a"})
    meet(a, b)
    assert same(a, b)
    assert a.get("people", 2)["notes"] == ""


def test_edits_of_different_fields_of_one_row_are_both_kept(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    a.update("people", 3, {"email": "x@example.org", "notes": "vegetarian"})
    b.update("people", 3, {"notes": "late", "dietary_needs": "halal"})
    meet(a, b)
    assert same(a, b)
    row = a.get("people", 3)
    winner = "vegetarian" if a.desk.id > b.desk.id else "late"
    assert (row["email"], row["dietary_needs"], row["notes"]) == ("x@example.org", "halal", winner)


@pytest.mark.parametrize("deleting", [0, 1])
def test_a_delete_beats_an_edit(desk_paths, open_stores, deleting):
    stores = open_stores(*desk_paths(2))
    deleter, editor = stores[deleting], stores[1 - deleting]
    deleter.delete("people", 4)
    editor.update("people", 4, {"access_needs": "needs a ramp"})
    meet(*stores)
    assert same(*stores)
    for store in stores:
        assert store.get("people", 4) is None
        assert kinds(store) == ["delete-edit"]
        assert store.desk.conflicts()[0]["detail"]["dropped"] == {"access_needs": "needs a ramp"}


def test_an_edit_made_while_a_row_was_deleted_stays_dropped_when_it_is_put_back(
    desk_paths, open_stores
):
    """Undo of a delete puts the row back with its id. The edit another desk made without
    knowing of the delete lost to the delete there, so it loses here too, even from the
    desk that would win a tie between two edits."""
    paths = desk_paths(3)
    for path, desk_id in zip(paths, ("0000000000000001", "ffffffffffffffff", "8000000000000000")):
        conn = connect(path)
        conn.execute("UPDATE sync_desk SET desk = ?", (desk_id,))
        conn.close()
    a, b, c = open_stores(*paths)
    before = a.get("people", 8)
    a.restore(a.delete("people", 8))  # deleted, then undone
    b.update("people", 8, {"notes": "edited meanwhile"})
    send(b, c)  # c has the edit before the delete, a after the row came back
    send(a, c)
    send(b, a)
    send(a, b)
    assert same(a, b, c)
    assert a.get("people", 8) == before
    for store in (a, b, c):
        assert kinds(store) == ["delete-edit"]


def test_rows_added_under_a_row_deleted_meanwhile_stay_dropped_when_it_is_put_back(
    desk_paths, open_stores
):
    a, b, c = open_stores(*desk_paths(3))
    a.restore(a.delete("people", 9))  # deleted, then undone
    arrive(b, 9, at(60))
    b.insert("tasks", {"title": "call", "person_id": 9})
    send(b, c)
    send(a, c)
    send(b, a)
    send(a, b)
    assert same(a, b, c)
    for store in (a, b, c):
        assert value(store, "SELECT count(*) FROM check_ins") == (0,)
        assert store.conn.execute("SELECT person_id FROM tasks").fetchall() == [(None,)]


def test_rows_added_under_a_row_deleted_elsewhere_go_with_it_and_are_logged(
    desk_paths, open_stores
):
    a, b = open_stores(*desk_paths(2))
    a.delete("people", 5)
    b.insert("affiliations", {"person_id": 5, "position": "Adviser", "organisation": "AU"})
    arrive(b, 5, at(60))
    b.insert("tasks", {"title": "call", "person_id": 5})
    meet(a, b)
    assert same(a, b)
    for store in (a, b):
        assert store.rows("affiliations", person_id=5) == []
        assert store.rows("check_ins") == []
        assert store.conn.execute("SELECT person_id FROM tasks").fetchall() == [(None,)]
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        outcomes = sorted(
            (c["tbl"], c["detail"]["outcome"])
            for c in store.desk.conflicts()
            if c["kind"] == "parent-deleted"
        )
        assert ("check_ins", "dropped") in outcomes and ("print_log", "dropped") in outcomes
        assert ("tasks", "reference cleared") in outcomes
        assert ("affiliations", "dropped") in outcomes


def test_two_desks_creating_one_setting_or_day_merge_it(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    a.set_setting("badge_text", "Welcome")
    b.set_setting("badge_text", "Bienvenue")
    a.insert("days", {"date": "2026-04-01", "label": "Field visit"})
    b.insert("days", {"date": "2026-04-01", "label": "Excursion"})
    meet(a, b)
    assert same(a, b)
    assert len([d for d in a.load().days if d.date.isoformat() == "2026-04-01"]) == 1
    assert sorted(kinds(a)) == ["same-field", "same-field"]


def test_this_laptops_settings_stay_on_it(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    a.set_setting("desk_layout", "Badge A6")
    b.set_setting("desk_layout", "Avery 5395")
    a.set_setting("badge_sheet", {"Avery 5395": [0, 1]})
    meet(a, b)
    assert a.desk.vector() == b.desk.vector() == {}  # nothing to send
    assert (a.setting("desk_layout"), b.setting("desk_layout")) == ("Badge A6", "Avery 5395")
    assert b.setting("badge_sheet") is None


def test_both_arrivals_stay_the_earliest_counts_and_the_second_is_listed(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    arrive(a, 6, at(65))
    arrive(b, 6, at(61))
    meet(a, b)
    assert same(a, b)
    (later,) = later_arrivals(a.conn, "check_ins", CHECK_INS)
    assert (later["desk"], later["at"]) == (a.desk.id, at(65).isoformat())
    with pytest.raises(AlreadyCheckedIn) as again:  # the desk asks its file: already in
        check_in(a, 6, at=at(70))
    assert (again.value.check_in.at, again.value.check_in.desk) == (at(61), b.desk.id)
    badges = a.conn.execute("SELECT desk FROM print_log WHERE person_id = 6").fetchall()
    assert sorted(badges) == sorted([(a.desk.id,), (b.desk.id,)])
    for store in (a, b):
        (conflict,) = store.desk.conflicts()
        assert conflict["kind"] == "duplicate-arrival" and conflict["kept"] == b.desk.id


def test_undoing_a_check_in_on_one_desk_never_removes_another_desks_arrival(
    desk_paths, open_stores
):
    a, b, c = open_stores(*desk_paths(3))
    undo_check_in(a, check_in(a, 7, at=at(60)))
    check_in(b, 7, at=at(63))
    send(a, c)  # c meets a's arrival and its undo before b's
    send(b, c)
    send(b, a)  # a meets b's arrival after its own undo
    send(a, b)
    assert same(a, b, c)
    (arrival,) = c.load().check_ins
    assert (arrival.person_id, arrival.at, arrival.desk) == (7, at(63), b.desk.id)


def test_child_lists_edited_on_two_desks_keep_both_edits(desk_paths, open_stores):
    """Questions edited in place: one desk rewords the first, the other adds one; both
    stay, with no list doubled."""
    a, b = open_stores(*desk_paths(2))
    session = next(s for s in a.load().sessions if len(s.guiding_questions) >= 2)
    questions = list(session.guiding_questions)
    a.replace_children(
        "guiding_questions",
        "session_id",
        session.id,
        [{"text": "Reworded?"}, *({"text": q} for q in questions[1:])],
    )
    b.replace_children(
        "guiding_questions",
        "session_id",
        session.id,
        [*({"text": q} for q in questions), {"text": "One more?"}],
    )
    meet(a, b)
    assert same(a, b)
    merged = next(s for s in a.load().sessions if s.id == session.id).guiding_questions
    assert merged == ["Reworded?", *questions[1:], "One more?"]


def test_three_desks_apart_converge_through_a_relay(desk_paths, open_stores):
    a, b, c = open_stores(*desk_paths(3, people=60))
    for n, store in enumerate((a, b, c)):
        for pid in range(1 + 15 * n, 26 + 15 * n):  # overlapping people: duplicates
            arrive(store, pid, at(pid) + timedelta(seconds=n))
        add_walk_in(store, f"New{n}", "Person")
    for _ in range(2):  # a and c never meet: b relays
        send(a, b), send(b, a), send(c, b), send(b, c)
    assert same(a, b, c)
    assert a.desk.vector() == b.desk.vector() == c.desk.vector()
    arrivals = a.conn.execute("SELECT person_id, desk FROM check_ins").fetchall()
    assert len(arrivals) == len(set(arrivals)) == 75
    before = rows(a)
    meet(a, b, c)  # a second exchange changes nothing
    assert rows(a) == before


def test_an_arrivals_table_needs_its_slot_and_order():
    with pytest.raises(ValueError, match="group and order"):
        Rules({"check_ins": TableRule(kind="arrivals")})


# ------------------------------------------------------------ copies and backups
def test_a_copy_saved_from_a_desk_is_a_plain_event(desk_paths, open_stores, tmp_path):
    (a,) = open_stores(desk_paths(1)[0])
    a.set_setting("desk_layout", "Badge A6")
    copy = tmp_path / "copy.organiser"
    a.save_copy(copy)
    (plain,) = open_stores(copy)
    assert plain.desk is None and plain.setting("desk_layout") == "Badge A6"
    assert plain.load().people == a.load().people


def test_a_desk_restored_from_a_backup_is_taken_back_by_its_peers(desk_paths, open_stores):
    from organiser.store import backups

    a_path, b_path = desk_paths(2)
    with EventStore.open(a_path) as a:
        old_id = a.desk.id
        kept = backups.take(a, "periodic")
        check_in(a, 1, at=at(60))  # made after the backup, and sent to b
    (b,) = open_stores(b_path)
    with EventStore.open(a_path) as a:
        send(a, b)
    backups.restore(a_path, kept)  # a's laptop puts back the older copy
    a, b = open_stores(a_path, b_path)
    assert a.desk.id != old_id and a.desk.name == "Desk 1"
    assert send(b, a).applied == 1  # its own check-in comes back from b
    check_in(a, 2, at=at(61))
    assert send(a, b).applied == 1
    assert same(a, b)
