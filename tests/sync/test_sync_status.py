"""What the Desks panel says, in words: peers, last heard, all sent or not, working alone,
and every conflict resolved."""

from __future__ import annotations

from datetime import datetime

from organiser.sync.service import PeerState
from organiser.sync.status import conflict_texts, heard, summarise

from .conftest import arrive, at, send


def test_the_headline_says_who_is_there_and_whether_all_is_sent():
    now = 1000.0
    door2 = PeerState("192.168.1.21:8765", "Door 2", "d2", True, now - 3, 0, 5, 7, 1)
    door3 = PeerState("", "Door 3", "d3", True, now - 1, 4)
    shown = summarise([door2, door3], "192.168.1.20:8765", now)
    assert shown.headline == "Sharing on 192.168.1.20:8765 with 2 other desks; sending."
    assert not shown.alone and not shown.all_sent
    assert [(r.name, r.heard, r.sent) for r in shown.peers] == [
        ("Door 2", "last heard 3 s ago", "all sent"),
        ("Door 3", "last heard 1 s ago", "4 changes not yet sent"),
    ]
    door3.behind = 0
    assert summarise([door2, door3], "x:1", now).headline.endswith("everything is sent.")


def test_a_desk_alone_says_so_and_what_waits_to_be_sent():
    now = 5000.0
    gone = PeerState("10.0.0.2:8765", "Door 2", "d2", False, now - 180, 12, error="does not answer")
    shown = summarise([gone], "10.0.0.1:8765", now, clock=datetime(2026, 3, 23, 10, 45))
    assert shown.alone
    assert shown.headline == (
        "Working alone: no other desk answers since 10:42. This desk goes on as usual; what "
        "is done here is sent when a desk answers. 12 changes made here wait to be sent."
    )
    (row,) = shown.peers
    assert (row.heard, row.error) == ("last heard 3 min ago", "does not answer")
    assert heard(None, now) == "not heard yet"


def test_every_conflict_resolved_is_told_in_a_sentence(desk_paths, open_stores):
    a, b = open_stores(*desk_paths(2))
    arrive(a, 6, at(65))
    arrive(b, 6, at(61))
    a.update("people", 3, {"email": "a@example.org"})
    b.update("people", 3, {"email": "b@example.org"})
    b.delete("tasks", b.insert("tasks", {"title": "x"}))
    a.desk.remember_peer(b.desk.info())  # as they say hello over the network
    send(a, b)
    send(b, a)
    people = {p.id: p.full_name for p in a.load().people}
    texts = conflict_texts(a.conn, people)
    assert len(texts) == 2
    name6, name3 = people[6], people[3]
    arrival = next(t for t in texts if "checked in" in t)
    assert f"{name6} was checked in at two desks on Mon 23 Mar: the earliest, 09:01 at " in arrival
    assert arrival.endswith("Desk 2, counts (listed in Problems).")
    edit = next(t for t in texts if "email" in t)
    winner = "b" if b.desk.id > a.desk.id else "a"
    assert f"{name3}: email edited on two desks; kept “{winner}@example.org”" in edit


def test_every_shared_table_is_named_in_a_sentence_in_both_languages():
    """A table added to the shared rules without its words would show its raw name."""
    from organiser.sync.messages import SAY
    from organiser.sync.tables import RULES

    for lang in ("en", "fr"):
        assert not [t for t in RULES.tables if t not in SAY.by_lang[lang]], lang
