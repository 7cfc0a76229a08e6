"""Finding the desks of an event on the local network by its join code.

A desk looking broadcasts a probe carrying a tag derived from the code (not the code);
sharing desks with the same code answer with their port and name, signed with the same
key, so a desk with another code neither answers nor is believed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import socket
import threading
import time
from dataclasses import dataclass

from .crypto import Keys

PORT = 47653
#: where a desk looking sends its probe: everyone on the local network
TARGETS = ("255.255.255.255",)
_PROBE = b"ORGSYNC?1"
_ANSWER = b"ORGSYNC!1"
_MAC = 16


def _mac(key: bytes, *parts: bytes) -> bytes:
    return hmac.new(key, b"|".join(parts), hashlib.sha256).digest()[:_MAC]


@dataclass(frozen=True)
class Found:
    address: str  # host:port of the desk's service
    name: str


class Responder:
    """Answers probes for one join code on the discovery port, until ``stop()``."""

    def __init__(self, keys: Keys, name: str, service_port: int):
        self.key = keys.discovery
        self.name = name
        self.service_port = service_port
        self.sock: socket.socket | None = None
        self.thread: threading.Thread | None = None

    def start(self, port: int | None = None, host: str = "") -> Responder:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, PORT if port is None else port))
        self.sock.settimeout(0.2)
        self.thread = threading.Thread(target=self._serve, daemon=True, name="desk-discovery")
        self.thread.start()
        return self

    def stop(self) -> None:
        sock, self.sock = self.sock, None
        if self.thread:
            self.thread.join(timeout=2)
        if sock:
            sock.close()

    def _serve(self) -> None:
        while self.sock is not None:
            try:
                data, sender = self.sock.recvfrom(512)
            except TimeoutError:
                continue
            except OSError:
                return
            if len(data) != len(_PROBE) + 16 + _MAC or not data.startswith(_PROBE):
                continue
            nonce, tag = data[len(_PROBE) : -_MAC], data[-_MAC:]
            if not hmac.compare_digest(tag, _mac(self.key, _PROBE, nonce)):
                continue  # another event's desk is looking
            body = json.dumps({"port": self.service_port, "name": self.name}).encode()
            try:
                self.sock.sendto(_ANSWER + body + _mac(self.key, _ANSWER, nonce, body), sender)
            except OSError:
                continue


def discover(
    keys: Keys,
    timeout: float = 1.0,
    port: int | None = None,
    targets: tuple[str, ...] | None = None,
) -> list[Found]:
    """The desks answering for this join code within ``timeout`` seconds (on ``PORT``,
    probing ``TARGETS`` unless told otherwise)."""
    port = PORT if port is None else port
    nonce = secrets.token_bytes(16)
    probe = _PROBE + nonce + _mac(keys.discovery, _PROBE, nonce)
    found: dict[str, Found] = {}
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        for target in TARGETS if targets is None else targets:
            try:
                sock.sendto(probe, (target, port))
            except OSError:
                continue  # no route for broadcast (no network): other targets may still work
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            sock.settimeout(left)
            try:
                data, (host, _) = sock.recvfrom(1024)
            except TimeoutError:
                break
            if not data.startswith(_ANSWER) or len(data) < len(_ANSWER) + _MAC:
                continue
            body, tag = data[len(_ANSWER) : -_MAC], data[-_MAC:]
            if not hmac.compare_digest(tag, _mac(keys.discovery, _ANSWER, nonce, body)):
                continue
            try:
                answer = json.loads(body)
                address = f"{host}:{int(answer['port'])}"
                found[address] = Found(address, str(answer["name"]))
            except (ValueError, KeyError, TypeError):
                continue
    return sorted(found.values(), key=lambda f: f.address)
