"""A small, fast QR encoder for the one code every badge carries: the person's ID.

segno makes any QR code but spends about a millisecond on each (most of it choosing the
best of eight masks); at 2,000 badges that alone is slower than the whole benchmark floor.
A person's ID is ten characters of upper-case letters and digits, which always fit a
version 1 code (21 × 21) at error level M in alphanumeric mode. For that single case the
function patterns, the format information (level M, mask 0) and the order of the 208 data
modules are fixed, so encoding is: build 16 data bytes, add 10 Reed-Solomon bytes, drop
208 bits into precomputed places. A decoder reads any mask; the tests check that the
result equals segno's own output for the same mask, module for module, and that zxing
decodes it from a rendered page. Anything else (a vCard, a long ID) goes to segno.
"""

from __future__ import annotations

from operator import itemgetter

import segno

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_INDEX = {ch: i for i, ch in enumerate(ALNUM)}
SIZE = 21
DATA_BYTES = 16  # version 1, level M
EC_BYTES = 10
MAX_CHARS = 20  # 4 + 9 + 11 * 10 = 123 bits <= 128

# --- GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1
_EXP = [0] * 512
_LOG = [0] * 256
_v = 1
for _i in range(255):
    _EXP[_i] = _v
    _LOG[_v] = _i
    _v <<= 1
    if _v & 0x100:
        _v ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _generator(degree: int) -> list[int]:
    g = [1]
    for i in range(degree):
        nxt = [0] * (len(g) + 1)
        for j, coef in enumerate(g):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        g = nxt
    return g


_GEN_LOG = [_LOG[c] for c in _generator(EC_BYTES)[1:]]


# For each possible leading factor, the ten products with the generator's coefficients.
_MUL = [[_EXP[_LOG[f] + gl] for gl in _GEN_LOG] if f else [0] * EC_BYTES for f in range(256)]


def _rs(data: list[int] | bytes) -> list[int]:
    """The Reed-Solomon error-correction bytes of ``data`` (synthetic division)."""
    rem = [0] * EC_BYTES
    for byte in data:
        rem.append(0)
        products = _MUL[byte ^ rem.pop(0)]
        rem = [a ^ b for a, b in zip(rem, products)]
    return rem


def _is_function(r: int, c: int) -> bool:
    return (
        (r < 9 and c < 9)
        or (r < 9 and c >= SIZE - 8)
        or (r >= SIZE - 8 and c < 9)
        or r == 6
        or c == 6
    )


def _data_positions() -> list[tuple[int, int]]:
    """The zigzag from the bottom-right corner, two columns at a time, skipping column 6."""
    out = []
    col = SIZE - 1
    upward = True
    while col > 0:
        if col == 6:
            col -= 1
        rows = range(SIZE - 1, -1, -1) if upward else range(SIZE)
        for r in rows:
            for c in (col, col - 1):
                if not _is_function(r, c):
                    out.append((r, c))
        upward = not upward
        col -= 2
    return out


_POSITIONS = _data_positions()
assert len(_POSITIONS) == 8 * (DATA_BYTES + EC_BYTES)


def _template() -> list[bytearray]:
    """Function patterns and format bits (level M, mask 0), taken from segno once."""
    ref = segno.make_qr("0", error="m", mask=0, version=1, boost_error=False)
    rows = [bytearray(1 if v else 0 for v in row) for row in ref.matrix]
    for r, c in _POSITIONS:
        rows[r][c] = 0
    return rows


_TEMPLATE = _template()
# Placement as one gather: position i of the flat 21 x 21 matrix takes either the
# template's module (function patterns) or data bit k (441 + k) of the masked stream.
_FLAT_TEMPLATE = bytes(v for row in _TEMPLATE for v in row)
_INDEX = list(range(SIZE * SIZE))
for _k, (_r, _c) in enumerate(_POSITIONS):
    _INDEX[_r * SIZE + _c] = SIZE * SIZE + _k
_GATHER = itemgetter(*_INDEX)
# mask 0 flips modules where (row + column) is even: as one 208-bit number
_MASK_INT = int("".join("1" if (r + c) % 2 == 0 else "0" for r, c in _POSITIONS), 2)
_BITS = bytes.maketrans(b"01", b"\x00\x01")
_NBITS = 8 * (DATA_BYTES + EC_BYTES)
_PAD = bytes([0xEC, 0x11] * DATA_BYTES)


def fits(text: str) -> bool:
    return 0 < len(text) <= MAX_CHARS and all(ch in _ALNUM_INDEX for ch in text)


def matrix(text: str) -> list[bytes]:
    """The 21 × 21 modules of ``text`` (1 = dark); raises ValueError if it does not fit."""
    if not fits(text):
        raise ValueError("only up to 20 characters of A-Z, 0-9 and $%*+-./: fit")
    index = _ALNUM_INDEX
    acc = (0b0010 << 9) | len(text)
    n = 13
    for i in range(0, len(text) - 1, 2):
        acc = (acc << 11) | (index[text[i]] * 45 + index[text[i + 1]])
        n += 11
    if len(text) % 2:
        acc = (acc << 6) | index[text[-1]]
        n += 6
    term = min(4, 8 * DATA_BYTES - n)  # terminator, then zeros to a whole byte
    acc <<= term
    n += term
    fill = -n % 8
    acc <<= fill
    n += fill
    data = acc.to_bytes(n // 8, "big") + _PAD[: DATA_BYTES - n // 8]
    stream = int.from_bytes(data + bytes(_rs(data)), "big") ^ _MASK_INT
    bits = format(stream, f"0{_NBITS}b").encode().translate(_BITS)
    flat = bytes(_GATHER(_FLAT_TEMPLATE + bits))
    return [flat[i : i + SIZE] for i in range(0, SIZE * SIZE, SIZE)]
