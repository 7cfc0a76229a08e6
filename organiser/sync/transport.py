"""The desk's small HTTP service and its client.

Every body is sealed with the join code's keys (``crypto``). A client starts with
``/hello`` (both sides say who they are and what they hold) and receives a session; each
later request carries the session and a counter that must grow, so a recorded request
played back is refused. A response is sealed against its request's nonce, so an old
response cannot pass for a new one.

Endpoints (all POST): ``/hello``; ``/pull`` (entries the caller lacks, waiting a moment
for new ones); ``/push`` (entries for this desk); ``/snapshot`` (the whole file, to join).
"""

from __future__ import annotations

import http.client
import json
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import apsw

from . import crypto
from .desk import Desk, Received
from .errors import Mismatch, PeerUnreachable, SyncError, WrongCode
from .filesync import check_pair
from .log import Entry
from .messages import say

BATCH = 1000
MAX_WAIT = 5.0
SESSION_IDLE = 600.0
MAX_BODY = 512 * 1024 * 1024
#: The desk id a joining desk introduces itself with: it may only take the snapshot.
NEWCOMER = ""


def _json(data: object) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


@dataclass
class Caller:
    """A desk that calls this one: what it last said it holds, and when."""

    desk: str
    name: str
    last_heard: float = 0.0  # time.monotonic()
    have: dict[str, int] = field(default_factory=dict)
    came_in: int = 0
    went_out: int = 0


@dataclass
class _Session:
    peer: dict
    counter: int = 0
    used: float = 0.0


class DeskServer:
    """Serves one desk file to its peers until ``stop()``."""

    def __init__(
        self,
        open_desk: Callable[[], Desk],
        keys: crypto.Keys,
        host: str = "127.0.0.1",
        port: int = 0,
        on_receive: Callable[[dict, Received], None] | None = None,
    ):
        self.desk = open_desk()
        self.keys = keys
        self.lock = threading.Lock()
        self.closed = False
        self.sessions: dict[str, _Session] = {}
        self.received = 0  # batches pushed to this desk's own connection
        self.on_receive = on_receive
        #: the desks that call this one, by desk id (the Desks panel lists them too)
        self.callers: dict[str, Caller] = {}
        server = self

        class Handler(_Handler):
            owner = server

        self.httpd = _Server((host, port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        # Binding replaces the address given with the socket's own, (str, int) for an IP
        # socket; typeshed types the attribute as what may be given (bytes too).
        host, port = cast(tuple[str, int], self.httpd.server_address[:2])
        return f"{host}:{port}"

    def start(self) -> DeskServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        with self.lock:  # requests still running answer "closing" from here on
            self.closed = True
            self.desk.conn.close()

    @contextmanager
    def _file(self) -> Iterator[Desk]:
        with self.lock:
            if self.closed:
                raise _Closing()
            yield self.desk

    # ------------------------------------------------------------------ answers
    def hello(self, request: dict) -> dict:
        peer = request["info"]
        now = time.monotonic()  # every reconnect says hello: forget the sessions gone idle
        for key in [k for k, s in list(self.sessions.items()) if now - s.used > SESSION_IDLE]:
            del self.sessions[key]
        with self._file() as desk:
            mine = desk.info()
            if peer["desk"] == NEWCOMER:
                session = secrets.token_hex(16)
                self.sessions[session] = _Session(peer, used=time.monotonic())
                return {"session": session, "info": mine}
            check_pair(mine, peer)
            desk.remember_peer(peer)
        session = secrets.token_hex(16)
        self.sessions[session] = _Session(peer, used=time.monotonic())
        self._heard(peer, peer["vector"])
        return {"session": session, "info": mine}

    def _heard(self, peer: dict, have: dict[str, int] | None, came_in: int = 0) -> None:
        caller = self.callers.setdefault(peer["desk"], Caller(peer["desk"], peer["name"]))
        caller.last_heard = time.monotonic()
        if have is not None:
            caller.have = dict(have)
        caller.came_in += came_in

    def pull(self, session: _Session, request: dict) -> dict:
        have = request["have"]
        self._heard(session.peer, have)
        wait = min(float(request.get("wait", 0)), MAX_WAIT)
        limit = min(int(request.get("limit", BATCH)), BATCH)
        deadline = time.monotonic() + wait
        seen: tuple[int, int] | None = None
        entries: list[Entry] = []
        vector: dict[str, int] = {}
        while True:
            with self._file() as desk:
                # the log is read again only when the file changed: another connection's
                # commit moves data_version, a push to this one moves ``received``
                now = (desk.conn.pragma("data_version"), self.received)
                if now != seen:
                    seen = now
                    entries = desk.entries_after(have, limit + 1)
                    vector = desk.vector()
            if entries or time.monotonic() >= deadline:
                break
            time.sleep(0.02)
        self.callers[session.peer["desk"]].went_out += len(entries[:limit])
        return {
            "entries": [e.to_wire() for e in entries[:limit]],
            "more": len(entries) > limit,
            "vector": vector,
        }

    def push(self, session: _Session, request: dict) -> dict:
        entries = [Entry.from_wire(item) for item in request["entries"]]
        with self._file() as desk:
            got = desk.receive(entries)
            vector = desk.vector()
            self.received += 1
        self._heard(session.peer, None, got.applied)
        if self.on_receive and got.applied:
            self.on_receive(session.peer, got)
        return {"vector": vector, "applied": got.applied, "conflicts": got.conflicts}

    def snapshot(self) -> bytes:
        """A consistent copy of the whole file, as SQLite serialises it."""
        with self._file() as desk:
            return desk.conn.serialize("main")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the peer went away mid-answer (network cut, desk closed): it retries
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    owner: DeskServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass  # the service reports what matters; no line per request

    def do_POST(self) -> None:
        server = self.owner
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._plain(413, "too large")
        body = self.rfile.read(length)
        path = self.path.encode()
        try:
            request_bytes = crypto.unseal(server.keys.request, body, path)
        except WrongCode:
            return self._plain(403, "wrong join code")
        try:
            if self.path == "/hello":
                answer: bytes = _json(server.hello(json.loads(request_bytes)))
            else:
                request = json.loads(request_bytes)
                session = server.sessions.get(request.get("session", ""))
                if session is None or time.monotonic() - session.used > SESSION_IDLE:
                    return self._plain(401, "unknown session; say hello again")
                if int(request.get("n", 0)) <= session.counter:
                    return self._plain(409, "request played back; refused")
                session.counter = int(request["n"])
                session.used = time.monotonic()
                if self.path in ("/pull", "/push") and session.peer["desk"] == NEWCOMER:
                    return self._plain(400, "a desk joining may only take the snapshot")
                if self.path == "/pull":
                    answer = _json(server.pull(session, request))
                elif self.path == "/push":
                    answer = _json(server.push(session, request))
                elif self.path == "/snapshot":
                    answer = server.snapshot()
                else:
                    return self._plain(404, "no such endpoint")
        except SyncError as exc:  # another event, another format: the user must act
            return self._plain(422, str(exc))
        except (KeyError, ValueError, TypeError) as exc:
            return self._plain(400, f"bad request: {exc}")
        except apsw.BusyError:
            return self._plain(503, "the event file is busy; try again")
        except _Closing:
            return self._plain(503, "the desk is closing")
        except apsw.Error as exc:
            return self._plain(500, f"the event file could not take the changes: {exc}")
        sealed = crypto.seal(server.keys.response, answer, path + crypto.nonce_of(body))
        self._send(200, "application/octet-stream", sealed)

    def _plain(self, status: int, text: str) -> None:
        self._send(status, "text/plain; charset=utf-8", text.encode())

    def _send(self, status: int, kind: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        if self.owner.closed:  # a kept-alive connection must not outlive the service
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(data)


# ----------------------------------------------------------------------- client
@dataclass
class Pulled:
    entries: list[Entry]
    vector: dict[str, int]
    more: bool


class DeskClient:
    """Talks to one peer's service; re-introduces itself when the peer restarted."""

    def __init__(self, address: str, keys: crypto.Keys, timeout: float = 10.0):
        host, _, port = address.rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(say("bad_address", address=address))
        self.address = address
        self.host, self.port = host.strip("[]"), int(port)
        self.keys = keys
        self.timeout = timeout
        self.session: str | None = None
        self.counter = 0
        self.peer: dict | None = None
        self._conn: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def interrupt(self) -> None:
        """End a request waiting on the peer, from another thread (the desk is closing)."""
        sock = self._conn.sock if self._conn is not None else None
        if sock is not None:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def hello(self, info: dict) -> dict:
        """Introduce this desk; returns the peer's own introduction."""
        nonce = secrets.token_hex(16)
        answer = json.loads(self._post("/hello", _json({"info": info, "nonce": nonce})))
        if info["desk"] != NEWCOMER:
            check_pair(info, answer["info"])
        self.session, self.counter, self.peer = answer["session"], 0, answer["info"]
        return answer["info"]

    # ``info`` gives this desk's introduction; it is only asked for when a session must be
    # opened again (it reads the change log's vector and the desk names)
    def pull(self, info: Callable[[], dict], have: dict[str, int], wait: float = 0.0) -> Pulled:
        answer = json.loads(self._call(info, "/pull", {"have": have, "wait": wait, "limit": BATCH}))
        entries = [Entry.from_wire(item) for item in answer["entries"]]
        return Pulled(entries, answer["vector"], answer["more"])

    def push(self, info: Callable[[], dict], entries: list[Entry]) -> dict:
        return json.loads(self._call(info, "/push", {"entries": [e.to_wire() for e in entries]}))

    def snapshot(self, info: Callable[[], dict]) -> bytes:
        return self._call(info, "/snapshot", {})

    def _call(self, info: Callable[[], dict], path: str, request: dict) -> bytes:
        for attempt in (1, 2):
            if self.session is None:
                self.hello(info())
            self.counter += 1
            try:
                return self._post(
                    path, _json({**request, "session": self.session, "n": self.counter})
                )
            except _SessionLost:
                self.session = None
                if attempt == 2:
                    raise SyncError(say("forgets", address=self.address)) from None
        raise AssertionError("unreachable")

    def _post(self, path: str, plaintext: bytes) -> bytes:
        sealed = crypto.seal(self.keys.request, plaintext, path.encode())
        try:
            if self._conn is None:
                self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self._conn.request("POST", path, body=sealed)
            response = self._conn.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            self.session = None
            raise PeerUnreachable(say("no_answer", address=self.address, reason=exc)) from None
        if response.status == 200:
            return crypto.unseal(self.keys.response, body, path.encode() + crypto.nonce_of(sealed))
        text = body.decode("utf-8", "replace")
        if response.status == 403:
            raise WrongCode(say("wrong_code", address=self.address))
        if response.status == 401:
            raise _SessionLost()
        if response.status == 503:
            raise PeerUnreachable(say("no_answer_now", address=self.address, reason=text))
        if response.status == 422:
            raise Mismatch(text)
        raise SyncError(say("answered", address=self.address, status=response.status, text=text))


class _SessionLost(Exception):
    pass


class _Closing(Exception):
    pass
