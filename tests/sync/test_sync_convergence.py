"""Three desks make random edits of every kind the rules know (edits of one field on
several desks, deletes, undone deletes, rows added under deleted rows, check-ins and their
undo, settings and days made on two desks) and exchange partial batches in random
order; when they have all met, every desk must hold the same event."""

from __future__ import annotations

import itertools
import random

import pytest

from organiser.sync import standin
from organiser.sync.desk import Desk
from organiser.sync.ids import new_id

DAYS = ("2021-11-16", "2021-11-17")


class Desks:
    def __init__(self, desks: list[Desk], seed: int):
        self.desks = desks
        self.rnd = random.Random(seed)
        self.deleted: dict[tuple[str, int], tuple] = {}  # (desk, person) -> row, for undo

    def pick(self, desk: Desk, table: str) -> int | None:
        ids = [r[0] for r in desk.conn.execute(f"SELECT id FROM {table} ORDER BY id")]
        return self.rnd.choice(ids) if ids else None

    def step(self, n: int) -> None:
        rnd, desk = self.rnd, self.rnd.choice(self.desks)
        person = self.pick(desk, "people")
        action = rnd.randrange(16)
        if action == 0:
            standin.add_person(desk, f"Given{n}", "Family")
        elif action == 1 and person:
            field = rnd.choice(["email", "notes", "category"])
            standin.update(desk, "people", person, **{field: f"v{n}"})
        elif action == 2 and person:
            row = desk.conn.execute("SELECT * FROM people WHERE id = ?", (person,)).fetchone()
            self.deleted[(desk.id, person)] = row
            standin.delete(desk, "people", person)
        elif action == 3:
            self.undo_delete(desk)
        elif action == 4 and person:
            standin.add_affiliation(desk, person, f"Position {n}", "Org")
        elif action == 5 and (aff := self.pick(desk, "affiliations")):
            standin.update(desk, "affiliations", aff, organisation=f"Org {n}")
        elif action == 6 and (aff := self.pick(desk, "affiliations")):
            standin.delete(desk, "affiliations", aff)
        elif action == 7 and person:
            at = f"{DAYS[0]}T09:{rnd.randrange(60):02d}:00"
            standin.check_in(desk, person, rnd.choice(DAYS), at)
        elif action == 8 and (cid := self.pick(desk, "check_ins")):
            standin.delete(desk, "check_ins", cid)
        elif action == 9:
            standin.set_setting(desk, rnd.choice(["k1", "k2"]), f"s{n}")
        elif action == 10:
            with desk.write() as conn:
                conn.execute("DELETE FROM settings WHERE key = ?", (rnd.choice(["k1", "k2"]),))
        elif action == 11:
            day = rnd.choice(DAYS)
            if not desk.conn.execute("SELECT 1 FROM days WHERE date = ?", (day,)).fetchone():
                standin.add_day(desk, day, f"L{n}")
        elif action == 12 and (day_id := self.pick(desk, "days")):
            standin.update(desk, "days", day_id, label=f"D{n}")
        elif action == 13:
            with desk.write() as conn:
                conn.execute("INSERT INTO tasks VALUES (?, ?, ?)", (new_id(), f"t{n}", person))
        elif action == 14 and (task := self.pick(desk, "tasks")):
            standin.update(desk, "tasks", task, person_id=person)
        else:
            self.exchange()

    def undo_delete(self, desk: Desk) -> None:
        mine = [key for key in self.deleted if key[0] == desk.id]
        if not mine:
            return
        row = self.deleted.pop(self.rnd.choice(mine))
        taken = desk.conn.execute(
            "SELECT 1 FROM people WHERE id = ? OR uid = ?", (row[0], row[1])
        ).fetchone()
        if not taken:
            with desk.write() as conn:
                conn.execute(f"INSERT INTO people VALUES ({', '.join('?' * len(row))})", row)

    def exchange(self) -> None:
        source, dest = self.rnd.sample(self.desks, 2)
        dest.receive(source.entries_after(dest.vector(), self.rnd.randrange(1, 6)))

    def meet(self) -> None:
        for _ in range(len(self.desks)):
            for a, b in itertools.permutations(self.desks, 2):
                b.receive(a.entries_after(b.vector(), 100_000))


@pytest.mark.parametrize("seed", range(6))
def test_desks_editing_at_random_converge(desk_paths, open_desks, seed):
    desks = Desks(open_desks(*desk_paths(3, people=12)), seed)
    for n in range(150):
        desks.step(n)
    desks.meet()
    dumps = [standin.dump(d.conn) for d in desks.desks]
    for table in dumps[0]:
        assert dumps[1][table] == dumps[0][table] == dumps[2][table], table
    for desk in desks.desks:
        assert desk.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert sum(len(d.conflicts()) for d in desks.desks) > 0  # the rules were exercised
