"""Applying a peer's change set with SQLite's conflict handler and our rules.

``Changeset.apply`` walks the change set; before each change our filter decides, by the
table's rule, whether SQLite applies it as it is, applies part of it afterwards (some
fields won, some lost) or leaves it out. SQLite's conflict handler then only meets what
the filter let through: a delete or a winning edit of a row that changed here is forced
(REPLACE); anything else that cannot apply is left out and logged. References to a row
that another desk deleted are settled last, like the deletion would have settled them.
Every conflict met is written to ``sync_conflicts``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

import apsw

from .log import Entry, bury, dumps, graves, new_values, old_values, pk_text
from .rules import (
    ARRIVALS,
    DELETE_EDIT,
    DUPLICATE_ARRIVAL,
    NO_TAG,
    NOT_APPLIED,
    PARENT_DELETED,
    SAME_FIELD,
    Tag,
    wins,
)

if TYPE_CHECKING:
    from .desk import Desk

#: ``kept`` of a conflict that a deletion settled
DELETED = "deleted"
CASCADE, SET_NULL = "CASCADE", "SET NULL"
OMIT = apsw.SQLITE_CHANGESET_OMIT
REPLACE = apsw.SQLITE_CHANGESET_REPLACE
#: A row of ``PRAGMA foreign_key_check`` (SQLite's documented columns): the table, the
#: rowid of the row (None in a WITHOUT ROWID table), the parent table, the key's id.
DanglingRow = tuple[str, int | None, str, int]


class Applier:
    """Applies entries to one desk, inside the caller's transaction."""

    def __init__(self, desk: Desk):
        self.desk = desk
        self.conn = desk.conn
        self.graves = graves(desk.conn)  # read once per batch: most changes meet none
        self.tables: set[str] = set()  # every shared table a change came for
        self._arrival_sql: dict[str, tuple[str, list[int], list[int], tuple[str, ...]]] = {}

    def inserts_only(self, entry: Entry) -> dict[tuple[str, tuple], Entry] | None:
        """The rows an entry adds, when adding rows is all it does (a check-in, a badge
        print, a new person): such entries commute, so a run of them is applied as one
        change set. None for any other entry."""
        if entry.tags != "{}":
            return None
        rows = {}
        for change in apsw.Changeset.iter(entry.changes):
            rule = self.desk.rules.get(change.name)
            if change.op != "INSERT" or rule is None or rule.natural_key:
                return None
            info = self.desk.table(change.name)
            new = new_values(change)
            rows[(change.name, tuple(new[i] for i in info.pk))] = entry
        return rows

    def apply(self, entry: Entry) -> int:
        """Apply one entry; returns the number of conflicts it met."""
        self.entry = entry
        self.sources: dict[tuple[str, tuple], Entry] = {}
        return self._apply(entry.changes, json.loads(entry.tags), [entry])

    def apply_inserts(self, entries: list[Entry], rows: dict[tuple[str, tuple], Entry]) -> int:
        """Apply a run of ``inserts_only`` entries as one change set."""
        if len(entries) == 1:
            return self.apply(entries[0])
        builder = apsw.ChangesetBuilder()
        for entry in entries:
            builder.add(entry.changes)
        self.entry, self.sources = entries[-1], rows
        return self._apply(builder.output(), {}, entries)

    def _apply(
        self, changes: bytes, tags: dict[str, dict[str, dict[str, int]]], entries: list[Entry]
    ) -> int:
        self.tags_in = tags
        self.seen = {(e.origin, e.seq): json.loads(e.seen) for e in entries}
        self.tombstones: list[tuple[str, str, str, int]] = []
        self.new_tags: dict[tuple[str, str, str], Tag] = {}
        self.fixups: list[tuple[str, tuple[Any, ...]]] = []
        self.dangling = False
        self.touched: set[tuple[str, tuple]] | None = None
        self.met = 0
        apsw.Changeset.apply(
            changes,
            self.conn,
            filter_change=self._filter,
            conflict=self._conflict,
            flags=apsw.SQLITE_CHANGESETAPPLY_NOSAVEPOINT,  # the caller's transaction is ours
        )
        for sql, args in self.fixups:
            self.conn.execute(sql, args)
        if self.dangling:
            self._settle_references()
        for table, pk, desk, seq in self.tombstones:
            bury(self.conn, table, pk, desk, seq)
            self.graves.setdefault((table, pk), {})[desk] = seq
        self.conn.executemany(
            """INSERT INTO sync_versions (tbl, pk, col, version, desk) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (tbl, pk, col) DO UPDATE
               SET version = excluded.version, desk = excluded.desk""",
            [(t, pk, c, v, d) for (t, pk, c), (v, d) in self.new_tags.items()],
        )
        return self.met

    # --------------------------------------------------------------- the filter
    def _filter(self, change: apsw.TableChange) -> bool:
        rule = self.desk.rules.get(change.name)
        if rule is None:
            return False  # a table local to the other desk
        self.tables.add(change.name)
        table, op = change.name, change.op
        info = self.desk.table(table)
        if op == "DELETE":
            old = old_values(change)
            return self._delete(table, tuple(old[i] for i in info.pk), old)
        new = new_values(change)  # (each read of it builds a new tuple)
        named = new if op == "INSERT" else old_values(change)  # (an UPDATE's key is in old)
        key = tuple(named[i] for i in info.pk)
        gone: dict[int, str] = {}
        if self.graves:  # rows were deleted on some desk: was this change made unaware?
            entry = self.sources.get((table, key), self.entry)
            if self._deleted_meanwhile(table, pk_text(key), entry):
                self._log(table, key, DELETE_EDIT, DELETED, {"dropped": self._fields(change)})
                return False
            gone = self._parents_gone(table, new, key, entry)
            if op == "INSERT" and CASCADE in gone.values():
                return False
            new = tuple(None if gone.get(i) == SET_NULL else v for i, v in enumerate(new))
        cleared = [i for i, action in gone.items() if action == SET_NULL]
        if op == "INSERT":
            if rule.kind == ARRIVALS:
                self._note_arrival(table, new)
            cols = [i for i in range(len(info.columns)) if i not in info.pk]
            current = self._row(table, key) if rule.natural_key else None
            if current is None:
                if rule.natural_key:
                    self._decide(table, key, cols, None, new, None)  # takes its versions
                self._fixup(table, key, cleared, new)
                return True  # a row with the same id here is met by the conflict handler
            self._fixup(table, key, self._decide(table, key, cols, None, new, current)[0], new)
            return False
        current = self._row(table, key)
        if current is None:
            self._log(table, key, DELETE_EDIT, DELETED, {"dropped": self._fields(change)})
            return False
        cols = [i for i, v in enumerate(new) if v is not apsw.no_change and i not in info.pk]
        winners, lost = self._decide(table, key, cols, change.old, new, current)
        if any(gone.get(i) == CASCADE for i in winners):
            self._fixup_delete(table, key)  # moved under a row deleted meanwhile: goes with it
            return False
        if not lost and not gone:
            return True  # every field won: SQLite applies it (forced if it changed here)
        self._fixup(table, key, winners, new)
        return False

    def _delete(self, table: str, key: tuple, old: tuple) -> bool:
        """A delete beats an edit: it applies whatever changed here since, and leaves a
        tombstone so that edits made without knowledge of it are dropped later too."""
        self.tombstones.append((table, pk_text(key), self.entry.origin, self.entry.seq))
        current = self._row(table, key)
        if current is None:
            return False
        columns = self.desk.table(table).columns
        edited = {
            columns[i]: current[i]
            for i, v in enumerate(old)
            if v is not apsw.no_change and v != current[i]
        }
        if edited:
            self._log(table, key, DELETE_EDIT, DELETED, {"dropped": edited})
        self._note_orphans(table, current)
        return True

    def _parents_gone(self, table: str, new: tuple, key: tuple, entry: Entry) -> dict[int, str]:
        """The references the change sets to rows deleted without its desk knowing, by
        column, with what their foreign key does then (CASCADE: the row goes; SET NULL:
        the reference is cleared). Each is logged."""
        gone = {}
        for col, parent, action in self.desk.parents(table):
            value = new[col]
            if value is None or value is apsw.no_change:
                continue
            if self._deleted_meanwhile(parent, pk_text([value]), entry):
                gone[col] = SET_NULL if action == SET_NULL else CASCADE
                outcome = "reference cleared" if action == SET_NULL else "dropped"
                self._log(
                    table,
                    key,
                    PARENT_DELETED,
                    DELETED,
                    {"parent": parent, "outcome": outcome},
                )
        return gone

    def _deleted_meanwhile(self, table: str, pk: str, entry: Entry) -> bool:
        """Was the row deleted by an entry that ``entry``'s desk had not seen?"""
        deletes = self.graves.get((table, pk))
        if not deletes:
            return False
        seen = self.seen[(entry.origin, entry.seq)]
        return any(
            seq > seen.get(desk, 0) and not (desk == entry.origin and seq <= entry.seq)
            for desk, seq in deletes.items()
        )

    def _decide(
        self,
        table: str,
        key: tuple,
        cols: list[int],
        old: tuple | None,
        new: tuple,
        current: tuple | None,
    ) -> tuple[list[int], bool]:
        """Field by field, by version then desk id: (the columns whose incoming value wins
        and differs from the value here, whether any incoming value lost). Winning
        versions are taken; every real conflict is logged."""
        info = self.desk.table(table)
        pk = pk_text(key)
        theirs = self.tags_in.get(table, {}).get(pk, {})
        winners, lost = [], False
        for i in cols:
            col = info.columns[i]
            incoming = (theirs.get(col, 0), self.entry.origin)
            local = self._tag(table, pk, col)
            win = wins(incoming, local)
            if win:
                self.new_tags[(table, pk, col)] = incoming
            if current is None or new[i] == current[i]:
                continue
            if old is None or old[i] != current[i] or not win:  # changed here too
                kept, dropped = (new[i], current[i]) if win else (current[i], new[i])
                self._log(
                    table,
                    key,
                    SAME_FIELD,
                    incoming[1] if win else local[1],
                    {"column": col, "kept": kept, "dropped": dropped},
                )
            if win:
                winners.append(i)
            else:
                lost = True
        return winners, lost

    def _fixup(self, table: str, key: tuple, cols: list[int], new: tuple) -> None:
        """Write ``cols`` of ``new`` after the change set (the parts of a change that won)."""
        if cols:
            info = self.desk.table(table)
            sets = ", ".join(f'"{info.columns[i]}" = ?' for i in cols)
            where = " AND ".join(f'"{info.columns[i]}" = ?' for i in info.pk)
            self.fixups.append(
                (f'UPDATE "{table}" SET {sets} WHERE {where}', (*(new[i] for i in cols), *key))
            )

    def _fixup_delete(self, table: str, key: tuple) -> None:
        info = self.desk.table(table)
        where = " AND ".join(f'"{info.columns[i]}" = ?' for i in info.pk)
        self.fixups.append((f'DELETE FROM "{table}" WHERE {where}', key))

    def _note_arrival(self, table: str, new: tuple) -> None:
        sql, group, order, names = self._arrival_query(table)
        others = self.conn.execute(sql, tuple(new[i] for i in group)).fetchall()
        if not others:
            return
        mine = tuple(new[i] for i in order)
        arrivals = sorted([*others, mine])
        info = self.desk.table(table)
        self._log(
            table,
            tuple(new[i] for i in info.pk),
            DUPLICATE_ARRIVAL,
            str(arrivals[0][-1]),  # the last order column names the desk
            {
                "slot": {info.columns[i]: new[i] for i in group},
                "kept": dict(zip(names, arrivals[0])),
                "arrivals": [dict(zip(names, a)) for a in arrivals],
            },
        )

    def _arrival_query(self, table: str) -> tuple[str, list[int], list[int], tuple[str, ...]]:
        query = self._arrival_sql.get(table)
        if query is None:
            rule = self.desk.rules.tables[table]
            columns = self.desk.table(table).columns
            where = " AND ".join(f'"{c}" = ?' for c in rule.group)
            order = ", ".join(f'"{c}"' for c in rule.order)
            query = self._arrival_sql[table] = (
                f'SELECT {order} FROM "{table}" WHERE {where}',
                [columns.index(c) for c in rule.group],
                [columns.index(c) for c in rule.order],
                rule.order,
            )
        return query

    # ------------------------------------------------------ the conflict handler
    def _conflict(self, reason: int, change: apsw.TableChange) -> int:
        if reason == apsw.SQLITE_CHANGESET_FOREIGN_KEY:
            self.dangling = True  # settled after the change set, in _settle_references
            return OMIT
        if reason == apsw.SQLITE_CHANGESET_DATA:
            return REPLACE  # the filter let it through: a delete, or every field won
        info = self.desk.table(change.name)
        values = new_values(change) if change.op == "INSERT" else old_values(change)
        key = tuple(values[i] for i in info.pk)
        if reason == apsw.SQLITE_CHANGESET_CONFLICT and change.conflict == change.new:
            return OMIT  # the very same row is here already
        if reason in (apsw.SQLITE_CHANGESET_CONFLICT, apsw.SQLITE_CHANGESET_CONSTRAINT):
            pk = pk_text(key)  # not applied: its field versions are not taken either
            for tag in [t for t in self.new_tags if t[0] == change.name and t[1] == pk]:
                del self.new_tags[tag]
            self._log(
                change.name,
                key,
                NOT_APPLIED,
                self.desk.id,
                {"reason": "unique" if reason == apsw.SQLITE_CHANGESET_CONSTRAINT else "same id"},
            )
        return OMIT

    def _note_orphans(self, table: str, parent: tuple) -> None:
        """Log the rows here that the delete takes with it (or unlinks) although the
        deleting desk never saw them: rows added here while the desks were apart."""
        info = self.desk.table(table)
        for child, col, ref, action in self.desk.children(table):
            if action not in ("CASCADE", "SET NULL"):
                continue
            cinfo = self.desk.table(child)
            cols = ", ".join(f'"{cinfo.columns[i]}"' for i in cinfo.pk)
            rows = self.conn.execute(
                f'SELECT {cols} FROM "{child}" WHERE "{col}" = ?',
                (parent[info.columns.index(ref)],),
            ).fetchall()
            known = self._touched()
            for row in rows:
                if (child, tuple(row)) in known:
                    continue
                outcome = "dropped" if action == "CASCADE" else "reference cleared"
                self._log(
                    child,
                    tuple(row),
                    PARENT_DELETED,
                    DELETED,
                    {"parent": table, "outcome": outcome},
                )
                if action == "CASCADE":
                    orphan = self._row(child, tuple(row))
                    assert orphan is not None  # read just above, in this transaction
                    self._note_orphans(child, orphan)

    def _touched(self) -> set[tuple[str, tuple]]:
        """The rows this entry deletes or updates itself (its cascades included)."""
        if self.touched is None:
            self.touched = set()
            for change in apsw.Changeset.iter(self.entry.changes):
                if change.op != "INSERT":
                    info = self.desk.table(change.name)
                    old = old_values(change)
                    self.touched.add((change.name, tuple(old[i] for i in info.pk)))
        return self.touched

    def _settle_references(self) -> None:
        """Rows that point at a row deleted on another desk: dropped with it, or their
        reference cleared, as the foreign key's ON DELETE says."""
        dangling = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, fk in cast(list[DanglingRow], dangling):
            action = {
                r[0]: (r[3], r[6])
                for r in self.conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
            }[fk]
            info = self.desk.table(table)
            cols = ", ".join(f'"{info.columns[i]}"' for i in info.pk)
            key = self.conn.execute(
                f'SELECT {cols} FROM "{table}" WHERE rowid = ?', (rowid,)
            ).fetchone()
            if key is None:
                continue  # already gone with another dangling row
            if action[1] == "SET NULL":
                self.conn.execute(
                    f'UPDATE "{table}" SET "{action[0]}" = NULL WHERE rowid = ?', (rowid,)
                )
                outcome = "reference cleared"
            else:
                self.conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                outcome = "dropped"
            self._log(
                table, tuple(key), PARENT_DELETED, DELETED, {"parent": parent, "outcome": outcome}
            )

    # ----------------------------------------------------------------- helpers
    def _row(self, table: str, key: tuple) -> tuple | None:
        info = self.desk.table(table)
        where = " AND ".join(f'"{info.columns[i]}" = ?' for i in info.pk)
        return self.conn.execute(f'SELECT * FROM "{table}" WHERE {where}', key).fetchone()

    def _tag(self, table: str, pk: str, col: str) -> Tag:
        tag = self.new_tags.get((table, pk, col))
        if tag is not None:
            return tag
        row = self.conn.execute(
            "SELECT version, desk FROM sync_versions WHERE tbl = ? AND pk = ? AND col = ?",
            (table, pk, col),
        ).fetchone()
        return NO_TAG if row is None else (row[0], row[1])

    def _fields(self, change: apsw.TableChange) -> dict[str, Any]:
        info = self.desk.table(change.name)
        return {
            info.columns[i]: v
            for i, v in enumerate(new_values(change))
            if v is not apsw.no_change and i not in info.pk
        }

    def _log(self, table: str, key: tuple, kind: str, kept: str, detail: dict) -> None:
        self.met += 1
        self.tables.add(table)
        entry = self.sources.get((table, key), self.entry)
        self.conn.execute(
            """INSERT INTO sync_conflicts (at, origin, seq, tbl, pk, kind, kept, detail)
               VALUES (strftime('%Y-%m-%dT%H:%M:%fZ'), ?, ?, ?, ?, ?, ?, ?)""",
            (entry.origin, entry.seq, table, pk_text(key), kind, kept, dumps(detail)),
        )
