"""A desk at work: its service for peers, and a link to each peer it was told about.

Each link pushes what the peer lacks, then asks for what this desk lacks, waiting a
moment on the peer for anything new, so a check-in reaches the other desks well within
a second. When a peer stops answering the link keeps trying, every half second at most,
and the desk works on alone; when the network returns the link catches up in batches.
Every link and the service use their own connection to the file.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import crypto
from .desk import Desk, Received, connect
from .errors import Mismatch, PeerUnreachable, SyncError, WrongCode
from .log import missing
from .rules import Rules
from .transport import DeskClient, DeskServer

#: How long a pull waits on the peer for news; also the longest a local change waits.
WAIT = 0.25
RETRY = (0.1, 0.2, 0.3, 0.5)

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


class PeerLink(threading.Thread):
    def __init__(self, service: DeskService, address: str):
        super().__init__(daemon=True, name=f"desk-link {address}")
        self.service = service
        self.state = PeerState(address)
        self.client = DeskClient(address, service.keys)

    def run(self) -> None:
        desk = self.service.open_desk()
        failures = 0
        try:
            while not self.service.stopping.is_set():
                try:
                    self._round(desk)
                    failures = 0
                except PeerUnreachable as exc:
                    self._offline(str(exc))
                    self.service.stopping.wait(RETRY[min(failures, len(RETRY) - 1)])
                    failures += 1
                except (WrongCode, Mismatch, SyncError) as exc:
                    self._offline(str(exc))
                    self.service.report(f"{self.state.address}: {exc}")
                    self.service.stopping.wait(5.0)
        finally:
            self.client.close()
            desk.conn.close()

    def _round(self, desk: Desk) -> None:
        info = desk.info()
        if self.client.session is None:
            peer = self.client.hello(info)
            self.state.name, self.state.desk = peer["name"], peer["desk"]
            self.theirs: dict[str, int] = peer["vector"]
            self._heard()
            self.service.report(f"connected to {peer['name']} ({self.state.address})")
        out = desk.entries_after(self.theirs)  # one batch each way per round: neither
        if out:  # direction waits for the other however busy the desk is
            answer = self.client.push(info, out)
            self.theirs = answer["vector"]
            self.state.went_out += answer["applied"]
            self._heard()
            self.service.report(f"out {answer['applied']} to {self.state.name}")
        mine = desk.vector()
        pending = missing(mine, self.theirs)
        pulled = self.client.pull(info, mine, wait=0 if pending else WAIT)
        self._heard()
        got = desk.receive(pulled.entries)
        self.theirs = pulled.vector
        if got.applied:
            self.state.came_in += got.applied
            self.state.conflicts += got.conflicts
            self.service.received(self.state.name, got)
        self.state.behind = missing(desk.vector(), self.theirs)

    def _heard(self) -> None:
        self.state.online, self.state.error = True, ""
        self.state.last_heard = time.monotonic()

    def _offline(self, error: str) -> None:
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
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.keys = crypto.Keys(self.code)
        self.links: list[PeerLink] = []
        self._seen = 0
        self.server = DeskServer(
            self.open_desk,
            self.keys,
            *self.listen,
            on_receive=lambda peer, got: self.received(peer["name"], got),
        )

    def open_desk(self) -> Desk:
        return Desk(connect(self.path), self.rules)

    @property
    def address(self) -> str:
        return self.server.address

    def start(self) -> DeskService:
        self.server.start()
        for address in self.peers:
            self.add_peer(address)
        return self

    def add_peer(self, address: str) -> None:
        link = PeerLink(self, address)
        self.links.append(link)
        link.start()

    def stop(self) -> None:
        self.stopping.set()
        for link in self.links:
            link.join(timeout=MAX_JOIN)
        self.server.stop()

    def status(self) -> list[PeerState]:
        return [link.state for link in self.links]

    def received(self, name: str, got: Received) -> None:
        self.report(
            f"in {got.applied} from {name}"
            + (f", {got.conflicts} conflicts resolved" if got.conflicts else "")
        )


MAX_JOIN = 10.0


def share_forever(service: DeskService) -> None:
    """Run until ``service.stopping`` is set (by a signal handler, say)."""
    service.start()
    try:
        while not service.stopping.wait(0.5):
            pass
    finally:
        service.stop()
