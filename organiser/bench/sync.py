"""Sharing benchmark: desks that checked people in while apart converge once the network
returns (target < 2 s for 3 desks × 3,000 check-ins), and a check-in made on one desk is
seen on another (target < 1 s on a LAN; here loopback).

    python -m organiser.bench.sync [--desks 3] [--checkins 3000] [--runs 3]

The event is a real one (``organiser generate``, people enough for every check-in), shared
from the first desk, the others made from it with ``join``. Each desk is its own process
(``organiser share``) on 127.0.0.1; desks reach each other through ``Link`` relays that
the benchmark cuts and restores, as a venue's Wi-Fi drops and returns. The check-ins are
written while the links are cut, each its own transaction as at a real desk, a fifth of
each desk's people also checked in on the next desk, later, so the merge meets real
conflicts. ``Link``, ``DeskProcess`` and ``make_desks`` are also what the multi-desk
tests drive.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from ..attendees.checkin import check_in
from ..services.generate import generate
from ..store import EventStore
from ..sync.desk import Desk, connect
from ..sync.event import join_file, share
from ..sync.tables import RULES

TARGET_CONVERGE_S = 2.0
TARGET_SEEN_S = 1.0
CODE = "BENC-HDES-KS00"
#: the generated event's first day
DAY = datetime(2026, 3, 23)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Link:
    """A TCP relay to one desk that can be cut (every connection dropped, new ones
    refused at once) and restored: the network between two desks, under our control."""

    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = threading.Event()
        self.up.set()
        self._socks: set[socket.socket] = set()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def cut(self) -> None:
        self.up.clear()
        with self._lock:
            socks, self._socks = self._socks, set()
        for sock in socks:
            _close(sock)

    def restore(self) -> None:
        self.up.set()

    def close(self) -> None:
        self.cut()
        _close(self.listener)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up.is_set():
                _close(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=2)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)  # a pull waits on the desk longer than the connect may
            with self._lock:
                self._socks |= {client, server}
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        _close(src)
        _close(dst)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class DeskProcess:
    """One desk sharing its file in its own process (``organiser share``), its output lines
    kept for reading."""

    def __init__(self, path: Path, port: int, peers: Sequence[str] = (), code: str = CODE):
        self.path, self.port, self.peers, self.code = path, port, list(peers), code
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> DeskProcess:
        cmd = [sys.executable, "-m", "organiser", "share", str(self.path), "--listen"]
        cmd += [f"127.0.0.1:{self.port}", "--code", self.code]
        for peer in self.peers:
            cmd += ["--peer", peer]
        self.proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
        threading.Thread(target=self._read, args=(self.proc,), daemon=True).start()
        self.wait_for(" on 127.0.0.1:")
        return self

    def _read(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            self.output.append(line.rstrip())
            self.lines.put(line.rstrip())

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if text in line:
                return line
        raise TimeoutError(f"desk {self.path.name} never said “{text}”:\n" + "\n".join(self.output))

    def kill(self) -> None:
        """kill -9: no chance to finish anything."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self) -> int:
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.terminate()
        return self.proc.wait(timeout=30)


# ----------------------------------------------------------------- the benchmark
def make_desks(folder: Path, count: int, people: int, code: str = CODE) -> list[Path]:
    """A generated event of ``people`` shared from the first desk ("Desk 1"), and its
    other desks ("Desk 2", ...) made from that file with ``join``."""
    first = folder / "desk1.organiser"
    EventStore.create(first, generate(people, max(2, people // 200), seed=7), lock=False).close()
    with EventStore.open(first, lock=False) as store:
        share(store, "Desk 1", code)
    paths = [first]
    for n in range(2, count + 1):
        paths.append(join_file(first, folder / f"desk{n}.organiser", f"Desk {n}").path)
    return paths


def arrive(store: EventStore, people: Sequence[int], start: datetime) -> list[int]:
    """Check ``people`` in, a second apart from ``start``, each its own transaction as at
    a real desk; the ids of the check-ins made."""
    return [check_in(store, pid, at=start + timedelta(seconds=k)) for k, pid in enumerate(people)]


def check_in_apart(paths: Sequence[Path], per_desk: int) -> None:
    """``per_desk`` check-ins on each desk; a fifth of each desk's people are also checked
    in on the next desk, later."""
    overlap = per_desk // 5
    for n, path in enumerate(paths):
        with EventStore.open(path, lock=False) as store:
            store.conn.execute("PRAGMA synchronous = OFF")  # setup only: not what is measured
            first = n * (per_desk - overlap) + 1
            arrive(store, range(first, first + per_desk), DAY.replace(hour=8 + n))


def vectors(paths: Sequence[Path]) -> list[dict[str, int]]:
    out = []
    for path in paths:
        desk = Desk(connect(path), RULES)
        out.append(desk.vector())
        desk.conn.close()
    return out


def event_of(path: Path) -> tuple[str, int]:
    """(the event as a JSON bundle, the conflicts this desk resolved)."""
    from ..services import bundle

    with EventStore.open(path, lock=False) as store:
        desk = store.desk
        assert desk is not None  # a desk's file, opened as one
        return bundle.dumps(store.load()), len(desk.conflicts())


def run_once(desks: int, checkins: int) -> tuple[float, list[float], int]:
    """(seconds to converge, seconds until seen per check-in, conflicts met)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = make_desks(Path(folder), desks, people=desks * checkins)
        check_in_apart(paths, checkins)
        ports = [free_port() for _ in paths]
        links = {(a, b): Link(ports[b]) for a in range(desks) for b in range(a + 1, desks)}
        for link in links.values():
            link.cut()
        procs = [
            DeskProcess(
                path, ports[a], [links[(a, b)].address for b in range(a + 1, desks)]
            ).start()
            for a, path in enumerate(paths)
        ]
        try:
            time.sleep(0.5)  # every desk is trying its peers
            start = time.perf_counter()
            for link in links.values():
                link.restore()
            while True:
                seen = vectors(paths)
                merged = {k: max(v.get(k, 0) for v in seen) for s in seen for k in s}
                if (
                    all(v == merged for v in seen)
                    and len(merged) == desks
                    and all(n >= checkins for n in merged.values())
                ):
                    break
                if time.perf_counter() - start > 120:
                    raise TimeoutError("desks did not converge in two minutes")
                time.sleep(0.01)
            converge = time.perf_counter() - start
            events = [event_of(path) for path in paths]
            if any(e[0] != events[0][0] for e in events):
                raise AssertionError("desks converged on different data")
            seen_after = measure_seen(paths[0], paths[-1], people=desks * checkins)
        finally:
            for proc in procs:
                proc.stop()
            for link in links.values():
                link.close()
    return converge, seen_after, events[0][1]


def measure_seen(source: Path, other: Path, people: int, times: int = 15) -> list[float]:
    """Check one more person in on ``source`` and time until ``other`` holds it."""
    writer = EventStore.open(source, lock=False)
    reader = EventStore.open(other, lock=False)
    out = []
    try:
        for k in range(times):
            pid = people - k  # late-comers nobody has checked in yet
            time.sleep(0.1)
            start = time.perf_counter()
            (cid,) = arrive(writer, [pid], DAY + timedelta(days=1, hours=9, seconds=k))
            while reader.get("check_ins", cid) is None:
                if time.perf_counter() - start > 10:
                    raise TimeoutError("a check-in did not arrive within 10 s")
                time.sleep(0.002)
            out.append(time.perf_counter() - start)
    finally:
        writer.close()
        reader.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m organiser.bench.sync")
    parser.add_argument("--desks", type=int, default=3)
    parser.add_argument("--checkins", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    converge, seen, conflicts = [], [], 0
    for _ in range(args.runs):
        c, s, conflicts = run_once(args.desks, args.checkins)
        converge.append(c)
        seen.extend(s)
    med_c, med_s = statistics.median(converge), statistics.median(seen)
    ok_c, ok_s = med_c < TARGET_CONVERGE_S, med_s < TARGET_SEEN_S
    print(f"Sharing benchmark, {args.desks} desks × {args.checkins:,} check-ins made apart")
    print(
        f"  converge after the network returns: median {med_c:.2f} s over {args.runs} runs "
        f"(max {max(converge):.2f} s; {conflicts} conflicts resolved per desk; "
        f"target < {TARGET_CONVERGE_S:.0f} s: {'met' if ok_c else 'MISSED'})"
    )
    print(
        f"  check-in seen on another desk:       median {med_s * 1000:.0f} ms over "
        f"{len(seen)} (max {max(seen) * 1000:.0f} ms; target < {TARGET_SEEN_S:.0f} s: "
        f"{'met' if ok_s else 'MISSED'})"
    )
    return 0 if ok_c and ok_s else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
