"""The join code and what it protects: every message between desks is encrypted and
authenticated with keys derived from the code, so only desks that know it can read
(private fields travel) or write.

The code is 12 letters and digits (60 bits, Crockford base32: no I, L, O, U to misread)
stretched by scrypt, so trying codes against a captured message costs real time. From
that, HKDF makes one key per direction and one for discovery, so a request can never be
played back as a response. Each message has a fresh random nonce; replays are refused by
the transport (a counter per session), not by clocks, which drift on venue laptops.
"""

from __future__ import annotations

import secrets
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import WrongCode
from .messages import say

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
VERSION = b"\x01"
NONCE = 12
_SALT = b"organiser-sync/1"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_code() -> str:
    return shown("".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH)))


def shown(code: str) -> str:
    """The code as people read it out: three groups of four."""
    raw = normalise(code)
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise(code: str) -> str:
    """The code as typed, spaces, dashes and case aside; misreadable letters forgiven."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_READ_AS)
    if len(raw) != CODE_LENGTH or any(ch not in ALPHABET for ch in raw):
        raise ValueError(say("bad_code", length=CODE_LENGTH, example=new_code(), code=code))
    return raw


class Keys:
    """The keys of one join code."""

    def __init__(self, code: str):
        master = _stretch(normalise(code))
        self.request = ChaCha20Poly1305(_expand(master, b"request"))
        self.response = ChaCha20Poly1305(_expand(master, b"response"))
        self.discovery = _expand(master, b"discovery")


@lru_cache(maxsize=8)
def _stretch(code: str) -> bytes:
    return Scrypt(salt=_SALT, length=32, n=2**14, r=8, p=1).derive(code.encode())


def _expand(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(master)


def seal(key: ChaCha20Poly1305, plaintext: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE)
    return VERSION + nonce + key.encrypt(nonce, plaintext, aad)


def nonce_of(message: bytes) -> bytes:
    return message[1 : 1 + NONCE]


def unseal(key: ChaCha20Poly1305, message: bytes, aad: bytes) -> bytes:
    """The plaintext, or ``WrongCode`` when the message was not sealed with this code
    (or was altered on the way)."""
    if len(message) < 1 + NONCE + 16 or message[:1] != VERSION:
        raise WrongCode(say("unreadable"))
    try:
        return key.decrypt(nonce_of(message), message[1 + NONCE :], aad)
    except InvalidTag:
        raise WrongCode(say("code_mismatch")) from None
