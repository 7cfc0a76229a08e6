"""What the Desks panel says: the other desks, when each was last heard, whether all is
sent, and the conflicts this desk resolved, in words.

Plain Python over the service's peer states and the desk's log, so the panel only lays
it out (and the tests read the same sentences)."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from .log import names
from .rules import DELETE_EDIT, DUPLICATE_ARRIVAL, NOT_APPLIED, PARENT_DELETED, SAME_FIELD

if TYPE_CHECKING:  # the panel reads it without starting the network side
    from .service import PeerState

#: What a row of each shared table is called in a sentence.
NOUNS = {
    "event": "the event",
    "display_time_zones": "a time zone",
    "partners": "a partner",
    "days": "a day",
    "rooms": "a room",
    "role_types": "a role",
    "people": "a person",
    "affiliations": "an affiliation",
    "sessions": "a session",
    "guiding_questions": "a guiding question",
    "roles": "a speaker's role",
    "settings": "a setting",
    "contacts": "a contact",
    "tasks": "a task",
    "check_ins": "a check-in",
    "print_log": "a print record",
}


def changes(n: int) -> str:
    return "1 change" if n == 1 else f"{n:,} changes"


@dataclass(frozen=True)
class PeerRow:
    name: str
    address: str
    online: bool
    heard: str  # "last heard 3 s ago"
    sent: str  # "all sent" / "12 changes not yet sent"
    came_in: int
    went_out: int
    error: str


@dataclass(frozen=True)
class Summary:
    headline: str
    alone: bool
    all_sent: bool
    peers: list[PeerRow]


def heard(last: float | None, now: float) -> str:
    if last is None:
        return "not heard yet"
    ago = max(0, int(now - last))
    if ago < 120:
        return f"last heard {ago} s ago"
    if ago < 7200:
        return f"last heard {ago // 60} min ago"
    return f"last heard {ago // 3600} h ago"


def summarise(
    states: list[PeerState], address: str, now: float, clock: datetime | None = None
) -> Summary:
    """The panel's headline and one row per desk, from ``DeskService.status()``."""
    rows = [
        PeerRow(
            s.name or s.address,
            s.address,
            s.online,
            heard(s.last_heard, now),
            "all sent" if s.behind == 0 else f"{changes(s.behind)} not yet sent",
            s.came_in,
            s.went_out,
            "" if s.online else s.error,
        )
        for s in states
    ]
    online = [s for s in states if s.online]
    all_sent = all(s.behind == 0 for s in states)
    if online:
        desks = "1 other desk" if len(online) == 1 else f"{len(online)} other desks"
        sent = "everything is sent" if all_sent else "sending"
        return Summary(f"Sharing on {address} with {desks}; {sent}.", False, all_sent, rows)
    last = max((s.last_heard for s in states if s.last_heard is not None), default=None)
    since = ""
    if last is not None:
        at = (clock or datetime.now()).timestamp() - (now - last)
        since = f" since {datetime.fromtimestamp(at):%H:%M}"
    unsent = max((s.behind for s in states), default=0)
    waiting = f" {changes(unsent)} made here wait to be sent." if unsent else ""
    return Summary(
        f"Working alone: no other desk answers{since}. This desk goes on as usual; "
        f"what is done here is sent when a desk answers.{waiting}",
        True,
        all_sent,
        rows,
    )


def conflict_texts(conn, person_names: dict[int, str]) -> list[str]:
    """Every conflict this desk resolved, newest first, as a sentence."""
    desks = names(conn)
    out = []
    for at, table, pk, kind, kept, detail in conn.execute(
        "SELECT at, tbl, pk, kind, kept, detail FROM sync_conflicts ORDER BY id DESC"
    ).fetchall():
        when = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
        said = _sentence(table, pk, kind, kept, json.loads(detail), desks, person_names)
        out.append(f"{when:%H:%M}  {said}")
    return out


def _sentence(
    table: str,
    pk: str,
    kind: str,
    kept: str,
    detail: dict,
    desks: dict[str, str],
    person_names: dict[int, str],
) -> str:
    noun = NOUNS.get(table, table)
    if table == "people":
        noun = person_names.get(json.loads(pk)[0], noun)
    if kind == SAME_FIELD:
        column = str(detail.get("column", "")).replace("_", " ")
        return (
            f"{noun[:1].upper()}{noun[1:]}: {column} edited on two desks; kept "
            f"“{_short(detail.get('kept'))}” (from {desks.get(kept, 'another desk')}), "
            f"not “{_short(detail.get('dropped'))}”."
        )
    if kind == DELETE_EDIT:
        fields = ", ".join(str(f).replace("_", " ") for f in detail.get("dropped", {}))
        return (
            f"{noun[:1].upper()}{noun[1:]} was deleted on one desk and edited on another: "
            f"the deletion stands" + (f" (the edit of {fields} was dropped)." if fields else ".")
        )
    if kind == DUPLICATE_ARRIVAL:
        slot = detail.get("slot", {})
        who = person_names.get(slot.get("person_id"), "A person")
        first = detail.get("kept", {})
        return (
            f"{who} was checked in at two desks on {_day(slot.get('day'))}: the earliest, "
            f"{str(first.get('at', ''))[11:16]} at {desks.get(first.get('desk'), 'another desk')}, "
            "counts (listed in Problems)."
        )
    if kind == PARENT_DELETED:
        parent = NOUNS.get(detail.get("parent", ""), "a row")
        outcome = detail.get("outcome", "dropped")
        return (
            f"{noun[:1].upper()}{noun[1:]} added under {parent} deleted on another desk: {outcome}."
        )
    if kind == NOT_APPLIED:
        return (
            f"A change to {noun} could not be applied here ({detail.get('reason', '')}): "
            "another row already holds what it sets."
        )
    return f"{noun}: {kind}."


def _day(iso: object) -> str:
    """'Tue 16 Nov' for a date, as the panel's narrow lines say it."""
    try:
        d = date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return f"{d:%a} {d.day} {d:%b}"


def _short(value: object, limit: int = 40) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def lan_addresses(port: int) -> list[str]:
    """This computer's addresses on its networks, with ``port``: what another desk types
    to reach it (loopback only when there is no network)."""
    import psutil

    found = []
    for addresses in psutil.net_if_addrs().values():
        for a in addresses:
            if a.family == socket.AF_INET and not a.address.startswith("127."):
                found.append(f"{a.address}:{port}")
    return sorted(found) or [f"127.0.0.1:{port}"]
