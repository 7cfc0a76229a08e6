"""The bundled fonts, registered with reportlab once per process.

Noto Sans (SIL OFL, licences beside the files in ``resources/fonts``) covers Latin with
every accent, Greek and Cyrillic. Names from elsewhere need other faces: Noto Sans Arabic,
Hebrew, Devanagari, Bengali, Ethiopic, Thai, Armenian and Georgian, and WenQuanYi Micro
Hei for Chinese, Japanese and Korean (TrueType outlines: reportlab cannot embed the CFF
outlines of Noto CJK). Each run of text is set in the first face that has its letters
(:mod:`.shaping` does that); the fallbacks are loaded only when a text first needs one,
so a Latin-only document pays nothing for them. reportlab embeds only the glyphs used.

A character that no bundled face has is found *before* printing, so the user is warned
with the person's name instead of finding a box on a badge.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

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
#: Faces for the scripts Noto Sans lacks, tried in this order: (name, regular, bold).
#: The CJK face has no bold; bold Chinese, Japanese and Korean print in its one weight.
FALLBACKS: tuple[tuple[str, str, str], ...] = (
    ("Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    ("Devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    ("Bengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    ("Ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    ("Thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    ("Armenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    ("Georgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    ("CJK", "WenQuanYiMicroHei.ttc", "WenQuanYiMicroHei.ttc"),
)
_BOLD_FACES = frozenset((BOLD, BOLD_ITALIC))
#: Codes every bundled face draws as nothing, at no width. Paragraph markup puts one before
#: each word of text that has right-to-left letters: the word's bidi level, carried through
#: reportlab's line breaking to :mod:`.paragraph`, which orders each line by them and drops
#: them (see :func:`.shaping.markup`). Last plane private use: no font or text has them.
LEVEL_MARKS = tuple(chr(0x10FFF0 + level) for level in range(8))


class Face(TTFont):
    """A TrueType face whose copied text stays the text that was typed.

    Shaping turns letters into glyphs that have no character of their own (an Arabic
    letter's joined form, a Devanagari conjunct). Such a glyph is drawn through a
    private-use code, and the PDF's ToUnicode map would hand that code to whoever copies
    the text. :meth:`glyph_char` records which letters each such glyph stands for, and
    :meth:`addObjects` writes them into the map instead.
    """

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename, shapable=True)
        blank = self.face.charToGlyph.get(0x20, 0)
        for mark in LEVEL_MARKS:
            self.face.charToGlyph[ord(mark)] = blank
            self.face.charWidths[ord(mark)] = 0
        #: private-use code -> the text its glyph stands for
        self.glyph_text: dict[int, str] = {}
        self._by_glyph: dict[int, int] = {}
        self._next_private = 0xE000

    def glyph_char(self, gid: int, text: str, advance: float) -> int:
        """A private-use code that draws glyph ``gid`` and stands for ``text`` when the
        text is copied (``advance`` in 1/1000 em). One code per glyph: the first text
        a glyph stood for is the one it keeps."""
        code = self._by_glyph.get(gid)
        if code is None:
            with _LOADING:  # the desk's warm-up may shape in this face at the same time
                return self._new_code(gid, text, advance)
        return code

    def _new_code(self, gid: int, text: str, advance: float) -> int:
        code = self._by_glyph.get(gid)
        if code is None:
            face = self.face
            code = self._next_private
            while code in face.charToGlyph:
                code += 1
            self._next_private = code + 1
            face.charToGlyph[code] = gid
            face.charWidths[code] = advance
            self._by_glyph[gid] = code
            self.glyph_text[code] = text
        return code

    def addObjects(self, doc: object) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        if not self.glyph_text:
            return
        for n, subset in enumerate(subsets):
            if not any(code in self.glyph_text for code in subset):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            stream = doc.idToObject["toUnicodeCMap:" + base]  # type: ignore[attr-defined]
            stream.content = _to_unicode(base, [self.glyph_text.get(c, chr(c)) for c in subset])


def _to_unicode(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap mapping code i to ``texts[i]`` (one or more characters)."""

    def hex16(text: str) -> str:
        return "".join(f"{b:02X}" for b in text.encode("utf-16-be"))

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(texts) - 1:02X}>",
            "endcodespacerange",
            f"{sum(1 for t in texts if t)} beginbfchar",
            *(f"<{i:02X}> <{hex16(t)}>" for i, t in enumerate(texts) if t),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


#: Held while faces are registered: the desk loads them on a worker thread (``shaping.warm``)
#: while the window may already set text, and a face must be registered once, not twice.
_LOADING = threading.RLock()


def register() -> None:
    """Register the family; safe to call from every renderer (and thread), does the work once."""
    with _LOADING:
        _register()


@cache
def _register() -> None:
    for name, file in _FILES.items():
        pdfmetrics.registerFont(Face(name, str(resource("fonts", file))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)


def fallback_name(script: str, bold: bool) -> str:
    return f"Sans-{script}-Bold" if bold else f"Sans-{script}"


def fallbacks(bold: bool) -> tuple[str, ...]:
    """The fallback faces of one weight, registered on first use, in the order tried."""
    with _LOADING:
        return _fallbacks(bold)


@cache
def _fallbacks(bold: bool) -> tuple[str, ...]:
    register()
    names = []
    for script, regular, heavy in FALLBACKS:
        name = fallback_name(script, bold)
        file = heavy if bold else regular
        pdfmetrics.registerFont(Face(name, str(resource("fonts", file))))
        names.append(name)
    return tuple(names)


def is_bold(font: str) -> bool:
    return font in _BOLD_FACES or font.endswith("-Bold")


@cache
def covered(font: str) -> frozenset[int]:
    """The code points ``font`` (a registered name) has a glyph for."""
    register()
    face = pdfmetrics.getFont(font).face
    codes = list(face.charToGlyph)  # one step: another thread may be adding shaped glyphs
    return frozenset(c for c in codes if not 0xE000 <= c <= 0xF8FF and c < 0xF0000)


_IGNORABLE = ("Cc", "Cf")


def face_for(ch: str, font: str) -> str | None:
    """The face that draws ``ch`` for text set in ``font``: the font itself where it can,
    else the first fallback of its weight that can; None when no bundled face can."""
    return _face_for(ord(ch), font)


@cache
def _face_for(code: int, font: str) -> str | None:
    if code in covered(font):
        return font
    for name in fallbacks(is_bold(font)):
        if code in covered(name):
            return name
    return None


def missing_glyphs(text: str, font: str = REGULAR) -> list[str]:
    """Characters of ``text`` no bundled face can draw (spaces and controls don't count)."""
    if text.isascii():
        return []
    primary = covered(font)
    missing = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) in primary or ch.isspace() or unicodedata.category(ch) in _IGNORABLE:
            continue
        if _face_for(ord(ch), font) is None and ch not in missing:
            missing.append(ch)
    return missing
