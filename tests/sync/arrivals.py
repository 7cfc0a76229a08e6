"""The SQL statement of the arrivals rule, for the tests to check a merged file against:
arrivals that are not the earliest (at, desk) of their person and day."""

from __future__ import annotations

import apsw

from organiser.sync.rules import TableRule


def later_arrivals(conn: apsw.Connection, table: str, rule: TableRule) -> list[dict]:
    """Arrivals that are not the earliest of their slot: a second check-in (and badge) of
    one person on one day, made on another desk while the desks were apart."""
    same = " AND ".join(f'e."{c}" = a."{c}"' for c in rule.group)
    cols = ", ".join(f'"{c}"' for c in rule.order)
    earlier = (
        f"({', '.join(f'e.{c}' for c in rule.order)}) < ({', '.join(f'a.{c}' for c in rule.order)})"
    )
    cur = conn.execute(
        f'SELECT a.* FROM "{table}" a WHERE EXISTS '
        f'(SELECT 1 FROM "{table}" e WHERE {same} AND {earlier}) ORDER BY {cols}'
    )
    names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]
    return [dict(zip(names, row)) for row in cur]
