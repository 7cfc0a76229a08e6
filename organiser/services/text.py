"""Text as people type it and as printers need it."""

from __future__ import annotations

import re
import unicodedata

# Bidirectional controls and invisible characters that break layout or hide text. The
# zero-width non-joiner and joiner (U+200C, U+200D) stay: they are spelling in Persian
# (U+200C between "mi" and "khaham") and hold emoji sequences together (family, flags with a ZWJ).
_INVISIBLE = re.compile(
    "[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e]"
)
_FOLD_EXTRA = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
    }
)


def clean(text: str) -> str:
    """NFC, without bidi controls, zero-width spaces, BOM or soft hyphens, trimmed.

    ZWNJ and ZWJ are kept (see ``_INVISIBLE``): removing them changes a word or an emoji.
    """
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lower case without accents: 'Traoré' -> 'traore', 'Dżon' -> 'dzon', 'Łukasz' -> 'lukasz'."""
    text = text.translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def east_asian(text: str) -> bool:
    """Written in Chinese, Japanese or Korean script, whose names put the family name
    first with no space between: 李小龙, 山田太郎, 김민준."""
    return any(
        0x3040 <= ord(c) <= 0x30FF or 0x4E00 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7A3
        for c in text
    )


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each with its inner line breaks joined."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


#: The most characters of a file's content an error message quotes.
QUOTE_LIMIT = 80


def quote(text: object, limit: int = QUOTE_LIMIT) -> str:
    """File content as an error message may show it: at most ``limit`` characters, control
    characters (terminal escapes, line breaks, bidi overrides) written as ``\\x1b``-style
    escapes, so that a hostile file can neither flood nor drive the user's terminal."""
    text = str(text)
    cut = len(text) > limit
    out = []
    for ch in text[:limit]:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in "\u200c\u200d":
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out) + ("…" if cut else "")
