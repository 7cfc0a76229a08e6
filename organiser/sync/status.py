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

from .. import i18n
from .log import names
from .messages import plural, say
from .rules import DELETE_EDIT, DUPLICATE_ARRIVAL, NOT_APPLIED, PARENT_DELETED, SAME_FIELD
from .tables import RULES

if TYPE_CHECKING:  # the panel reads it without starting the network side
    from .service import PeerState


def noun(table: str) -> str:
    """What a row of a shared ``table`` is called in a sentence ("a room"; each shared
    table has its words in ``messages``)."""
    return say(table) if table in RULES.tables else table


def changes(n: int) -> str:
    return plural("changes", n)


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
        return say("not_heard")
    ago = max(0, int(now - last))
    if ago < 120:
        return say("heard_s", n=ago)
    if ago < 7200:
        return say("heard_min", n=ago // 60)
    return say("heard_h", n=ago // 3600)


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
            say("all_sent") if s.behind == 0 else plural("not_sent", s.behind),
            s.came_in,
            s.went_out,
            "" if s.online else s.error,
        )
        for s in states
    ]
    online = [s for s in states if s.online]
    all_sent = all(s.behind == 0 for s in states)
    if online:
        desks = plural("desks", len(online))
        sent = say("everything_sent" if all_sent else "sending")
        return Summary(
            say("sharing", address=address, desks=desks, sent=sent), False, all_sent, rows
        )
    last = max((s.last_heard for s in states if s.last_heard is not None), default=None)
    since = ""
    if last is not None:
        at = (clock or datetime.now()).timestamp() - (now - last)
        since = say("since", time=f"{datetime.fromtimestamp(at):%H:%M}")
    unsent = max((s.behind for s in states), default=0)
    waiting = plural("waiting", unsent) if unsent else ""
    return Summary(
        say("alone", since=since, waiting=waiting),
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
    named = noun(table)
    if table == "people":
        named = person_names.get(json.loads(pk)[0], named)
    capital = f"{named[:1].upper()}{named[1:]}"
    another = say("another_desk")
    if kind == SAME_FIELD:
        column = str(detail.get("column", "")).replace("_", " ")
        return say(
            "same_field",
            noun=capital,
            column=column,
            kept=_short(detail.get("kept")),
            desk=desks.get(kept, another),
            dropped=_short(detail.get("dropped")),
        )
    if kind == DELETE_EDIT:
        fields = ", ".join(str(f).replace("_", " ") for f in detail.get("dropped", {}))
        return say("delete_edit_fields" if fields else "delete_edit", noun=capital, fields=fields)
    if kind == DUPLICATE_ARRIVAL:
        slot = detail.get("slot", {})
        who = person_names.get(slot.get("person_id"), say("a_person"))
        first = detail.get("kept", {})
        return say(
            "duplicate_arrival",
            who=who,
            day=_day(slot.get("day")),
            time=str(first.get("at", ""))[11:16],
            desk=desks.get(first.get("desk"), another),
        )
    if kind == PARENT_DELETED:
        parent = detail.get("parent", "")
        outcome = detail.get("outcome") or say("dropped")
        return say(
            "parent_deleted",
            noun=capital,
            parent=noun(parent) if parent in RULES.tables else say("a_row"),
            outcome=outcome,
        )
    if kind == NOT_APPLIED:
        return say("not_applied", noun=named, reason=detail.get("reason", ""))
    return say("other_conflict", noun=named, kind=kind)


def _day(iso: object) -> str:
    """'Tue 16 Nov' for a date, as the panel's narrow lines say it."""
    try:
        d = date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return i18n.short_date(d, i18n.messages_language())


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
