"""Desks over the network in one process: the sealed HTTP service, the join code, replays,
joining, syncing once, discovery and the USB-stick exchange."""

from __future__ import annotations

import http.client
import json
import socket
import time
from pathlib import Path

import pytest

from organiser.attendees.checkin import add_walk_in, check_in
from organiser.bench.sync import free_port
from organiser.store import EventStore
from organiser.sync import Mismatch, WrongCode, crypto
from organiser.sync.desk import Desk, connect
from organiser.sync.discovery import Responder, discover
from organiser.sync.event import share
from organiser.sync.filesync import sync_files
from organiser.sync.remote import join_peer, sync_with_peer
from organiser.sync.service import DeskService
from organiser.sync.tables import RULES
from organiser.sync.transport import DeskServer

from .conftest import CODE, arrive, at, rows, same


def open_desk(path: Path) -> Desk:
    return Desk(connect(path), RULES)


@pytest.fixture
def serve():
    servers = []

    def start(path: Path, code: str = CODE) -> DeskServer:
        server = DeskServer(lambda: open_desk(path), crypto.Keys(code)).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


# ----------------------------------------------------------------------- crypto
def test_join_codes_forgive_how_they_are_typed():
    code = crypto.new_code()
    assert len(code) == 14 and code.count("-") == 2
    assert crypto.normalise("abcd efgh jkmo") == crypto.normalise("ABCD-EFGH-JKM0")
    with pytest.raises(ValueError, match="12 letters and digits"):
        crypto.normalise("short")


def test_sealed_messages_open_only_with_the_code_and_direction():
    keys, other = crypto.Keys(CODE), crypto.Keys("ZZZZ-ZZZZ-ZZZZ")
    sealed = crypto.seal(keys.request, b"private: passcode 1234", b"/push")
    assert b"passcode" not in sealed
    assert crypto.unseal(keys.request, sealed, b"/push") == b"private: passcode 1234"
    for key, aad in (
        (other.request, b"/push"),
        (keys.response, b"/push"),
        (keys.request, b"/pull"),
    ):
        with pytest.raises(WrongCode):
            crypto.unseal(key, sealed, aad)
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(WrongCode):
        crypto.unseal(keys.request, tampered, b"/push")


# -------------------------------------------------------------------- transport
def test_sync_once_over_the_network_both_ways_then_nothing(desk_paths, open_stores, serve):
    a_path, b_path = desk_paths(2)
    server = serve(a_path)
    a, b = open_stores(a_path, b_path)
    arrive(a, 1, at(60))
    arrive(b, 1, at(58))
    person = add_walk_in(b, "Niagalé", "Bagayoko", email="n@example.org")
    first = sync_with_peer(b.desk, server.address, CODE)
    assert (first.came_in.applied, first.went_out.applied) == (1, 2)
    assert first.went_out.conflicts == 1 and first.came_in.conflicts == 1
    assert same(a, b)
    assert a.get("people", person.id)["email"] == "n@example.org"  # private fields travel
    second = sync_with_peer(b.desk, server.address, CODE)
    assert (second.came_in.applied, second.went_out.applied) == (0, 0)


def test_a_wrong_code_is_refused_and_changes_nothing(desk_paths, open_stores, serve, tmp_path):
    a_path, b_path = desk_paths(2)
    server = serve(a_path)
    a, b = open_stores(a_path, b_path)
    check_in(b, 2, at=at(60))
    before = rows(a)
    with pytest.raises(WrongCode, match="refused the join code"):
        sync_with_peer(b.desk, server.address, "WRNG-C0DE-0000")
    with pytest.raises(WrongCode):
        join_peer(server.address, "WRNG-C0DE-0000", tmp_path / "new.organiser", "Desk 9")
    assert not (tmp_path / "new.organiser").exists()
    assert not list(tmp_path.glob(".new.organiser*"))
    assert rows(a) == before


def test_a_desk_serving_with_another_code_is_not_believed(desk_paths, open_stores, serve):
    a_path, b_path = desk_paths(2)
    server = serve(a_path, code="0THE-RC0D-E000")
    (b,) = open_stores(b_path)
    with pytest.raises(WrongCode):
        sync_with_peer(b.desk, server.address, CODE)


def test_a_request_played_back_is_refused(desk_paths, serve):
    a_path, b_path = desk_paths(2)
    server = serve(a_path)
    keys = crypto.Keys(CODE)
    b = open_desk(b_path)
    host, port = server.address.split(":")

    def post(path: str, body: bytes) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(host, int(port), timeout=5)
        conn.request("POST", path, body=body)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response.status, data

    hello = crypto.seal(keys.request, json.dumps({"info": b.info()}).encode(), b"/hello")
    status, answer = post("/hello", hello)
    assert status == 200
    session = json.loads(crypto.unseal(keys.response, answer, b"/hello" + crypto.nonce_of(hello)))
    request = {"session": session["session"], "n": 1, "have": {}, "wait": 0}
    pull = crypto.seal(keys.request, json.dumps(request).encode(), b"/pull")
    assert post("/pull", pull)[0] == 200
    assert post("/pull", pull) == (409, b"request played back; refused")
    assert post("/pull", b"\x01" + b"x" * 60)[0] == 403
    b.conn.close()


def test_a_plain_copy_of_a_desk_or_another_event_is_refused(
    desk_paths, open_stores, sample_path, tmp_path
):
    (a_path,) = desk_paths(1)
    clone = tmp_path / "clone.organiser"
    clone.write_bytes(a_path.read_bytes())
    with EventStore.open(sample_path) as other:
        share(other, "Elsewhere")
    (a,) = open_stores(a_path)
    with pytest.raises(Mismatch, match="plain copies"):
        sync_files(a.desk, clone, RULES)
    with pytest.raises(Mismatch, match="different event"):
        sync_files(a.desk, sample_path, RULES)


def test_joining_over_the_network_makes_a_new_desk_of_the_same_event(
    desk_paths, open_stores, serve, tmp_path
):
    (a_path,) = desk_paths(1, people=50)
    (a,) = open_stores(a_path)
    arrive(a, 1, at(60))
    server = serve(a_path)
    target = join_peer(server.address, CODE, tmp_path / "joined.organiser", "Door 2")
    (c,) = open_stores(target)
    assert (c.desk.name, c.desk.event) == ("Door 2", a.desk.event) and c.desk.id != a.desk.id
    assert c.desk.code == crypto.normalise(CODE)
    assert same(c, a) and c.desk.vector() == a.desk.vector()
    arrive(c, 2, at(61))
    assert sync_with_peer(c.desk, server.address, CODE).went_out.applied == 1


# ------------------------------------------------------------------ discovery
def test_desks_are_found_by_their_join_code_only():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    responder = Responder(crypto.Keys(CODE), "Door 1", 8765).start(port, "127.0.0.1")
    try:
        found = discover(crypto.Keys(CODE), timeout=0.5, port=port, targets=("127.0.0.1",))
        assert [(f.address, f.name) for f in found] == [("127.0.0.1:8765", "Door 1")]
        other = discover(
            crypto.Keys("0THE-RC0D-E000"), timeout=0.3, port=port, targets=("127.0.0.1",)
        )
        assert other == []
    finally:
        responder.stop()


# ------------------------------------------------------------------ USB stick
def test_a_usb_exchange_goes_both_ways_once(desk_paths, open_stores, tmp_path):
    a_path, b_path, c_path = desk_paths(3)
    a, c = open_stores(a_path, c_path)
    with EventStore.open(b_path) as b:
        b.update("people", 2, {"email": "b@example.org"})
    arrive(a, 1, at(60))
    arrive(c, 3, at(62))
    stick = tmp_path / "stick"
    stick.mkdir()
    on_stick = stick / "desk2.organiser"
    on_stick.write_bytes(b_path.read_bytes())  # b's file carried over
    with pytest.raises(FileNotFoundError):
        sync_files(a.desk, stick / "typo.organiser", RULES)
    assert not (stick / "typo.organiser").exists()
    first = sync_files(a.desk, on_stick, RULES)
    assert (first.came_in.applied, first.went_out.applied) == (1, 1)
    second = sync_files(c.desk, on_stick, RULES)  # the stick relays a's check-in to c
    assert (second.came_in.applied, second.went_out.applied) == (2, 1)
    assert sync_files(c.desk, on_stick, RULES).came_in.applied == 0
    (stick_store,) = open_stores(on_stick)
    assert same(stick_store, c)


# ------------------------------------------------------------- a desk at work
def wait_for(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_desk_keeps_working_without_its_peer_and_says_so(desk_paths, open_stores):
    a_path, b_path = desk_paths(2)
    port = free_port()
    lines: list[str] = []
    first = DeskService(a_path, RULES, CODE, ("127.0.0.1", port), report=lines.append)
    first.start()
    said: list[str] = []
    second = DeskService(
        b_path, RULES, CODE, peers=[f"127.0.0.1:{port}"], report=said.append
    ).start()
    a, b = open_stores(a_path, b_path)
    try:
        (peer,) = second.status()
        wait_for(lambda: peer.online)
        assert peer.name == "Desk 1" and peer.last_heard is not None
        check_in(b, 1, at=at(60))
        wait_for(lambda: len(a.rows("check_ins")) == 1)
        wait_for(lambda: peer.went_out == 1 and peer.behind == 0)
        assert "in: 1 change from Desk 2" in lines
        remembered = b.conn.execute("SELECT name, address FROM sync_peers").fetchall()
        assert ("Desk 1", f"127.0.0.1:{port}") in remembered

        first.stop()  # the other desk goes away
        wait_for(lambda: not peer.online and "does not answer" in peer.error)
        assert any(line.startswith("lost Desk 1") for line in said)
        check_in(b, 2, at=at(65))  # work goes on
        wait_for(lambda: peer.behind == 1)

        first = DeskService(a_path, RULES, CODE, ("127.0.0.1", port)).start()
        wait_for(lambda: len(a.rows("check_ins")) == 2)
        wait_for(lambda: peer.online and peer.behind == 0)
    finally:
        second.stop()
        first.stop()
