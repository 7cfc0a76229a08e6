"""Desks over the network in one process: the sealed HTTP service, the join code, replays,
joining, syncing once, discovery and the USB-stick exchange."""

from __future__ import annotations

import http.client
import json
import socket
import time
from pathlib import Path

import pytest

from organiser.bench.sync import free_port
from organiser.sync import Mismatch, WrongCode, crypto, standin
from organiser.sync.desk import Desk, connect
from organiser.sync.discovery import Responder, discover
from organiser.sync.filesync import sync_files
from organiser.sync.remote import join_peer, sync_with_peer
from organiser.sync.service import DeskService
from organiser.sync.transport import DeskServer

from .conftest import CODE

DAY = "2021-11-16"


@pytest.fixture
def serve():
    servers = []

    def start(path: Path, code: str = CODE) -> DeskServer:
        server = DeskServer(lambda: standin.open_desk(path), crypto.Keys(code)).start()
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
def test_sync_once_over_the_network_both_ways_then_nothing(desk_paths, open_desks, serve):
    a_path, b_path = desk_paths(2)
    server = serve(a_path)
    a, b = open_desks(a_path, b_path)
    standin.check_in(a, 1, DAY, f"{DAY}T09:00:00")
    standin.check_in(b, 1, DAY, f"{DAY}T08:58:00")
    pid = standin.add_person(b, "Niagalé", "Bagayoko", email="n@example.org")
    first = sync_with_peer(b, server.address, CODE)
    assert (first.came_in.applied, first.went_out.applied) == (1, 2)
    assert first.went_out.conflicts == 1 and first.came_in.conflicts == 1
    assert standin.dump(a.conn) == standin.dump(b.conn)
    assert a.conn.execute("SELECT email FROM people WHERE id = ?", (pid,)).fetchone() == (
        "n@example.org",
    )
    second = sync_with_peer(b, server.address, CODE)
    assert (second.came_in.applied, second.went_out.applied) == (0, 0)


def test_a_wrong_code_is_refused_and_changes_nothing(desk_paths, open_desks, serve, tmp_path):
    a_path, b_path = desk_paths(2)
    server = serve(a_path)
    a, b = open_desks(a_path, b_path)
    standin.check_in(b, 2, DAY, f"{DAY}T09:00:00")
    before = standin.dump(a.conn)
    with pytest.raises(WrongCode, match="refused the join code"):
        sync_with_peer(b, server.address, "WRNG-C0DE-0000")
    with pytest.raises(WrongCode):
        join_peer(server.address, "WRNG-C0DE-0000", tmp_path / "new.organiser", "Desk 9")
    assert not (tmp_path / "new.organiser").exists()
    assert not list(tmp_path.glob(".new.organiser*"))
    assert standin.dump(a.conn) == before


def test_a_desk_serving_with_another_code_is_not_believed(desk_paths, open_desks, serve):
    a_path, b_path = desk_paths(2)
    server = serve(a_path, code="0THE-RC0D-E000")
    (b,) = open_desks(b_path)
    with pytest.raises(WrongCode):
        sync_with_peer(b, server.address, CODE)


def test_a_request_played_back_is_refused(desk_paths, serve):
    a_path, b_path = desk_paths(2)
    server = serve(a_path)
    keys = crypto.Keys(CODE)
    b = standin.open_desk(b_path)
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


def test_a_plain_copy_of_a_desk_or_another_event_is_refused(desk_paths, open_desks, tmp_path):
    (a_path,) = desk_paths(1)
    clone = tmp_path / "clone.organiser"
    clone.write_bytes(a_path.read_bytes())
    other = tmp_path / "other.organiser"
    standin.create(other, uid="ANOTHER")
    standin.share(other, "Elsewhere").conn.close()
    (a,) = open_desks(a_path)
    with pytest.raises(Mismatch, match="plain copies"):
        sync_files(a, clone, standin.RULES)
    with pytest.raises(Mismatch, match="different event"):
        sync_files(a, other, standin.RULES)


def test_joining_over_the_network_makes_a_new_desk_of_the_same_event(
    desk_paths, open_desks, serve, tmp_path
):
    (a_path,) = desk_paths(1, people=50)
    (a,) = open_desks(a_path)
    standin.check_in(a, 1, DAY, f"{DAY}T09:00:00")
    server = serve(a_path)
    target = join_peer(server.address, CODE, tmp_path / "joined.organiser", "Door 2")
    (c,) = open_desks(target)
    assert (c.name, c.event) == ("Door 2", a.event) and c.id != a.id
    assert c.code == crypto.normalise(CODE)
    assert standin.dump(c.conn) == standin.dump(a.conn) and c.vector() == a.vector()
    standin.check_in(c, 2, DAY, f"{DAY}T09:01:00")
    assert sync_with_peer(c, server.address, CODE).went_out.applied == 1


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
def test_a_usb_exchange_goes_both_ways_once(desk_paths, tmp_path):
    a_path, b_path, c_path = desk_paths(3)
    a, b, c = (standin.open_desk(p) for p in (a_path, b_path, c_path))
    standin.check_in(a, 1, DAY, f"{DAY}T09:00:00")
    standin.update(b, "people", 2, email="b@example.org")
    standin.check_in(c, 3, DAY, f"{DAY}T09:02:00")
    stick = tmp_path / "stick"
    stick.mkdir()
    on_stick = stick / "desk2.organiser"
    on_stick.write_bytes(b_path.read_bytes())  # b's file carried over (b is closed meanwhile)
    b.conn.close()
    with pytest.raises(FileNotFoundError):
        sync_files(a, stick / "typo.organiser", standin.RULES)
    assert not (stick / "typo.organiser").exists()
    first = sync_files(a, on_stick, standin.RULES)
    assert (first.came_in.applied, first.went_out.applied) == (1, 1)
    second = sync_files(c, on_stick, standin.RULES)  # the stick relays a's check-in to c
    assert (second.came_in.applied, second.went_out.applied) == (2, 1)
    assert sync_files(c, on_stick, standin.RULES).came_in.applied == 0
    stick_desk = Desk(connect(on_stick), standin.RULES)
    assert standin.dump(stick_desk.conn) == standin.dump(c.conn)
    for desk in (a, c, stick_desk):
        desk.conn.close()


# ------------------------------------------------------------- a desk at work
def wait_for(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_desk_keeps_working_without_its_peer_and_says_so(desk_paths, open_desks):
    a_path, b_path = desk_paths(2)
    port = free_port()
    lines: list[str] = []
    first = DeskService(a_path, standin.RULES, CODE, ("127.0.0.1", port), report=lines.append)
    first.start()
    second = DeskService(b_path, standin.RULES, CODE, peers=[f"127.0.0.1:{port}"]).start()
    a, b = open_desks(a_path, b_path)
    try:
        (peer,) = second.status()
        wait_for(lambda: peer.online)
        assert peer.name == "Desk 1" and peer.last_heard is not None
        standin.check_in(b, 1, DAY, f"{DAY}T09:00:00")
        wait_for(lambda: a.conn.execute("SELECT count(*) FROM check_ins").fetchone() == (1,))
        wait_for(lambda: peer.went_out == 1 and peer.behind == 0)
        assert any(line.startswith("in 1 from Desk 2") for line in lines)
        remembered = b.conn.execute("SELECT name, address FROM sync_peers").fetchall()
        assert ("Desk 1", f"127.0.0.1:{port}") in remembered

        first.stop()  # the other desk goes away
        wait_for(lambda: not peer.online and "does not answer" in peer.error)
        standin.check_in(b, 2, DAY, f"{DAY}T09:05:00")  # work goes on
        wait_for(lambda: peer.behind == 1)

        first = DeskService(a_path, standin.RULES, CODE, ("127.0.0.1", port)).start()
        wait_for(lambda: a.conn.execute("SELECT count(*) FROM check_ins").fetchone() == (2,))
        wait_for(lambda: peer.online and peer.behind == 0)
    finally:
        second.stop()
        first.stop()
