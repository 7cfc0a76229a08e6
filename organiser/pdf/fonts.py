"""The bundled font, registered with reportlab once per process.

Noto Sans (SIL OFL, licence beside the files in ``resources/fonts``) covers Latin with
every accent, Greek and Cyrillic. reportlab embeds only the glyphs a document uses.
Text holding a character the font lacks is found *before* printing, so the user is warned
with the person's name instead of finding a box on a badge.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource

REGULAR = "Sans"
BOLD = "Sans-Bold"
ITALIC = "Sans-Italic"
BOLD_ITALIC = "Sans-BoldItalic"
_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}


@cache
def register() -> None:
    """Register the family; safe to call from every renderer, does the work once."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)


@cache
def _covered(font: str) -> frozenset[int]:
    register()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def missing_glyphs(text: str, font: str = REGULAR) -> list[str]:
    """Characters of ``text`` the font cannot draw (spaces and controls don't count)."""
    covered = _covered(font)
    missing = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) in covered or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        if ch not in missing:
            missing.append(ch)
    return missing
