"""A desk at work: its service for peers, and a link to each peer it was told about.

A link has two sides, each with its own connection to the file and its own session with
the peer: the pusher sends what the peer lacks as soon as the file changes (a local
write, or entries from another peer to relay), and the puller waits on the peer for
anything new (a long poll), so a check-in reaches the other desks well within a second
either way. When a peer stops answering, both keep trying, every quarter second, and the
desk works on alone; when the network returns they catch up in batches.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import apsw

from . import crypto
from .desk import Desk, Received, connect
from .errors import Mismatch, PeerUnreachable, SyncError, WrongCode
from .log import missing
from .messages import plural, say
from .rules import Rules
from .status import changes
from .transport import DeskClient, DeskServer

#: How long a pull waits on the peer for news before asking again.
WAIT = 2.0
#: How often the file is looked at for commits by other connections.
WATCH = 0.02
RETRY = (0.05, 0.1, 0.25)
MAX_JOIN = 10.0
#: A desk that calls this one asks at least every WAIT seconds while it is there.
CALLER_SILENCE = 3 * WAIT

Report = Callable[[str], None]


@dataclass
class PeerState:
    """What the Desks panel shows of one peer."""

    address: str
    name: str = ""
    desk: str = ""
    online: bool = False
    last_heard: float | None = None  # time.monotonic()
    behind: int = 0  # entries of ours the peer has not got yet
    came_in: int = 0
    went_out: int = 0
    conflicts: int = 0
    error: str = ""


class PeerLink:
    def __init__(self, service: DeskService, address: str):
        self.service = service
        self.state = PeerState(address)
        self.theirs: dict[str, int] = {}
        self.clients: list[DeskClient] = []
        self.threads = [
            threading.Thread(target=self._run, args=(side,), daemon=True, name=f"{side} {address}")
            for side in (self._push, self._pull)
        ]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def join(self, timeout: float) -> None:
        for client in list(self.clients):
            client.interrupt()
        for thread in self.threads:
            thread.join(timeout)

    def _run(self, side: Callable[[Desk, DeskClient], None]) -> None:
        desk = self.service.open_desk()
        client = DeskClient(self.state.address, self.service.keys, timeout=WAIT + 8)
        self.clients.append(client)
        failures = 0
        try:
            while not self.service.stopping.is_set():
                try:
                    if client.session is None:
                        self._hello(desk, client)
                    side(desk, client)
                    failures = 0
                except apsw.BusyError:  # the file stayed locked (a long write elsewhere)
                    self.service.stopping.wait(RETRY[-1])
                except PeerUnreachable as exc:
                    self._offline(str(exc))
                    self.state.behind = missing(desk.vector(), self.theirs)  # "not all sent"
                    self.service.stopping.wait(RETRY[min(failures, len(RETRY) - 1)])
                    failures += 1
                except (WrongCode, Mismatch, SyncError) as exc:
                    self._offline(str(exc))
                    self.service.report(f"{self.state.address}: {exc}")
                    self.service.stopping.wait(5.0)
                except Exception as exc:  # a bad answer or a file error: never a dead link
                    self._offline(str(exc) or type(exc).__name__)
                    self.service.report(f"{self.state.address}: {exc!r}")
                    self.service.stopping.wait(RETRY[min(failures, len(RETRY) - 1)])
                    failures += 1
        finally:
            client.close()
            desk.conn.close()

    def _hello(self, desk: Desk, client: DeskClient) -> None:
        peer = client.hello(desk.info())
        desk.remember_peer(peer, self.state.address)
        fresh = not self.state.online
        self.state.name, self.state.desk = peer["name"], peer["desk"]
        self._heard(peer["vector"])
        if fresh:
            self.service.report(say("connected", name=peer["name"], address=self.state.address))

    def _push(self, desk: Desk, client: DeskClient) -> None:
        generation = self.service.generation
        out = desk.entries_after(self.theirs)
        if not out:
            self.state.behind = 0
            self.service.wait_for_change(generation, WAIT)
            return
        answer = client.push(desk.info, out)
        self.state.went_out += answer["applied"]
        self._heard(answer["vector"])
        self.state.behind = missing(desk.vector(), self.theirs)
        if answer["applied"]:
            self.service.report(
                say("out", changes=changes(answer["applied"]), name=self.state.name)
            )

    def _pull(self, desk: Desk, client: DeskClient) -> None:
        pulled = client.pull(desk.info, desk.vector(), wait=WAIT)
        got = desk.receive(pulled.entries)
        self._heard(pulled.vector)
        if got.applied:
            self.state.came_in += got.applied
            self.state.conflicts += got.conflicts
            self.service.received(self.state.name, got)

    def _heard(self, vector: dict[str, int]) -> None:
        for origin, seq in vector.items():  # both sides report; keep what is known
            if seq > self.theirs.get(origin, 0):
                self.theirs[origin] = seq
        self.state.online, self.state.error = True, ""
        self.state.last_heard = time.monotonic()

    def _offline(self, error: str) -> None:
        if self.state.online:
            self.service.report(
                say("lost", name=self.state.name or self.state.address, error=error)
            )
        self.state.online, self.state.error = False, error


@dataclass
class DeskService:
    """Shares one desk file: serves it on ``listen`` and keeps up with ``peers``."""

    path: str | os.PathLike[str]
    rules: Rules
    code: str
    listen: tuple[str, int] = ("127.0.0.1", 0)
    peers: Iterable[str] = ()
    report: Report = print
    #: told (on a worker thread) whenever changes from another desk were applied here
    on_received: Callable[[Received], None] | None = None
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.keys = crypto.Keys(self.code)
        self.links: list[PeerLink] = []
        self.generation = 0
        self._changed = threading.Condition()
        self.server = DeskServer(
            self.open_desk,
            self.keys,
            *self.listen,
            on_receive=lambda peer, got: self.received(peer["name"], got),
        )
        self._watcher = threading.Thread(target=self._watch, daemon=True, name="desk-watch")

    def open_desk(self) -> Desk:
        return Desk(connect(self.path), self.rules)

    @property
    def address(self) -> str:
        return self.server.address

    def start(self) -> DeskService:
        self.server.start()
        self._watcher.start()
        for address in self.peers:
            self.add_peer(address)
        return self

    def add_peer(self, address: str) -> None:
        link = PeerLink(self, address)
        self.links.append(link)
        link.start()

    def stop(self) -> None:
        self.stopping.set()
        with self._changed:
            self._changed.notify_all()
        for link in self.links:
            link.join(timeout=MAX_JOIN)
        self._watcher.join(timeout=MAX_JOIN)
        self.server.stop()

    def status(self) -> list[PeerState]:
        """The desks this one links to, then the desks that call it (heard from in the
        last few seconds: online)."""
        states = [link.state for link in self.links]
        linked = {s.desk for s in states}
        now = time.monotonic()
        with self.server.lock:
            ours = {} if self.server.closed else self.server.desk.vector()
        for caller in list(self.server.callers.values()):
            if caller.desk in linked:
                continue
            states.append(
                PeerState(
                    address="",
                    name=caller.name,
                    desk=caller.desk,
                    online=now - caller.last_heard < CALLER_SILENCE,
                    last_heard=caller.last_heard,
                    behind=missing(ours, caller.have),
                    came_in=caller.came_in,
                    went_out=caller.went_out,
                )
            )
        return states

    def received(self, name: str, got: Received) -> None:
        extra = plural("conflicts", got.conflicts) if got.conflicts else ""
        self.report(say("in", changes=changes(got.applied), name=name, extra=extra))
        if self.on_received is not None:
            self.on_received(got)

    def wait_for_change(self, generation: int, timeout: float) -> None:
        with self._changed:
            self._changed.wait_for(
                lambda: self.generation != generation or self.stopping.is_set(), timeout
            )

    def _watch(self) -> None:
        """Wake the pushers when anything commits to the file: a write here, or entries
        from one peer that the others still need."""
        conn = connect(self.path)
        try:
            seen = None
            while not self.stopping.wait(WATCH):
                try:
                    version = conn.pragma("data_version")
                except apsw.BusyError:
                    continue
                if version != seen:
                    seen = version
                    with self._changed:
                        self.generation += 1
                        self._changed.notify_all()
        finally:
            conn.close()
