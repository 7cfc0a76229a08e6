"""A line of text in any script, as the PDF draws it.

A name on a badge may be Latin, Arabic, Devanagari or Chinese, or a mix ("Anushka शर्मा").
:func:`line` cuts the text into runs, each set in the first bundled face that has its
letters (:func:`.fonts.face_for`), puts the runs in the order the eye reads them (the
Unicode bidirectional algorithm, from ``python-bidi``, so right-to-left text inside a
left-to-right line and the other way round both come out right), and shapes every run that
needs it with HarfBuzz through reportlab's own ``TTFont.hbFace`` (Arabic letters joined,
Devanagari conjuncts formed, marks placed). Latin, Greek and Cyrillic text without
combining marks takes none of that: it is one plain run, as fast as before.

Three ways out, for three kinds of caller:

- :func:`ops`: PDF text operators for a Canvas (badges, tents, footers), with every
  glyph positioned as HarfBuzz says and each shaped run marked with its ``ActualText``
  so that copying and searching give the letters as typed;
- :func:`markup`: reportlab paragraph markup, each run in its own ``<font>`` with the
  shaped glyphs in reading order (programme, briefs, run sheet, sign-in sheets);
- :func:`width`: the width, for fitting.

Copying text also works where ``ActualText`` is not read: glyphs that have no character
of their own are mapped back to their letters in the font's ToUnicode table
(:class:`.fonts.Face`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from . import fonts

_RTL_CLASSES = frozenset(("R", "AL"))
_FEATURES = {"kern": True, "liga": True}
_QUOT = {'"': "&quot;"}


def escape(text: str, entities: dict[str, str]) -> str:
    """``xml.sax.saxutils.escape``, written out: importing that module loads urllib's
    whole network stack (http.client, ssl, email), some 15 ms of every export's start."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for key, value in entities.items():
        text = text.replace(key, value)
    return text


@dataclass(frozen=True)
class Run:
    """Consecutive text in one face and one direction."""

    font: str
    text: str  # as typed (logical order)
    rtl: bool
    #: what is drawn: one character per glyph, in reading order (the glyph's own
    #: character, or the private-use code :meth:`.fonts.Face.glyph_char` gave it)
    codes: str
    #: per glyph, in 1/1000 em: offset x, offset y, advance, the font's own advance;
    #: None for a plain run drawn as its text
    glyphs: tuple[tuple[float, float, float, float], ...] | None
    width: float  # at 1 pt


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float  # at 1 pt
    #: characters no bundled face has; left out of the runs
    missing: tuple[str, ...] = ()

    @property
    def plain(self) -> bool:
        """True when the line is one run of the base font drawn as typed."""
        return len(self.runs) <= 1 and all(r.glyphs is None for r in self.runs)


@cache
def _simple(font: str) -> frozenset[int]:
    """Code points ``font`` draws as they are: covered, not a combining mark."""
    return frozenset(
        c for c in fonts.covered(font) if not unicodedata.category(chr(c)).startswith("M")
    )


def width(text: str, font: str, size: float = 1.0) -> float:
    """Width of ``text`` set in ``font`` (with fallbacks and shaping) at ``size``."""
    return line(text, font).width * size


@lru_cache(maxsize=100_000)
def line(text: str, font: str, base: str | None = None) -> Line:
    """``text`` as runs in reading order. ``base`` is the line's direction, "L" or "R";
    None takes it from the first letter (an Arabic name reads right to left)."""
    if text.isascii() or all(map(_simple(font).__contains__, map(ord, text))):
        return Line((_plain(font, text),), pdfmetrics.stringWidth(text, font, 1.0))
    chars, faces, missing = _faces(text, font)
    if not chars:
        return Line((), 0.0, tuple(missing))
    pieces = _pieces(chars, faces, _levels(chars, base))
    runs = []
    for level, face, piece in (pieces[i] for i in visual_order([p[0] for p in pieces])):
        rtl = bool(level % 2)
        if face == font and not rtl and all(map(_simple(font).__contains__, map(ord, piece))):
            runs.append(_plain(font, piece))
        else:
            runs.append(_shape(face, piece, rtl))
    return Line(tuple(runs), sum(r.width for r in runs), tuple(missing))


def warm(texts: Iterable[str]) -> None:
    """Load now what setting ``texts`` will need: the faces of their scripts, in both
    weights, and their HarfBuzz fonts.

    Loading the fallback faces (Arabic, CJK, …) takes a few hundred milliseconds the first
    time; the desk calls this on a worker thread when it opens, so that its first badge
    for a name in another script prints as fast as the others.
    """
    fonts.register()
    letters = "".join(sorted({c for t in texts for c in t if not c.isascii()}))
    if letters:
        for font in (fonts.REGULAR, fonts.BOLD):
            line(letters, font)


def _plain(font: str, text: str) -> Run:
    return Run(font, text, False, text, None, pdfmetrics.stringWidth(text, font, 1.0))


def _faces(text: str, font: str) -> tuple[list[str], list[str], list[str]]:
    """Each drawable character and its face. A letter takes the first face that has it;
    a space, digit, punctuation or mark stays in the face of the letter before it where
    that face has it (marks must: they sit on that letter)."""
    chars: list[str] = []
    faces: list[str] = []
    missing: list[str] = []
    prev: str | None = None
    for ch in text:
        cat = unicodedata.category(ch)
        code = ord(ch)
        if prev is not None and not cat.startswith("L") and code in fonts.covered(prev):
            face: str | None = prev
        else:
            face = fonts.face_for(ch, font)
        if face is None:
            if not (ch.isspace() or cat in ("Cc", "Cf")) and ch not in missing:
                missing.append(ch)
            continue
        chars.append(ch)
        faces.append(face)
        prev = face
    return chars, faces, missing


def _levels(chars: list[str], base: str | None) -> list[int]:
    """The bidi embedding level of each character (0 everywhere in left-to-right text)."""
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in chars) and base != "R":
        return [0] * len(chars)
    a = bidi_algorithm
    text = "".join(chars)
    storage = a.get_empty_storage()
    level = a.get_base_level(text) if base is None else a.PARAGRAPH_LEVELS[base]
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    a.get_embedding_levels(text, storage)
    a.explicit_embed_and_overrides(storage, False)
    a.resolve_weak_types(storage, False)
    a.resolve_neutral_types(storage, False)
    a.resolve_implicit_levels(storage, False)
    levels = [c["level"] for c in storage["chars"]]
    # L1: spaces at the end of the line take the line's level
    for i in range(len(chars) - 1, -1, -1):
        if not chars[i].isspace():
            break
        levels[i] = level
    return levels


def _pieces(chars: list[str], faces: list[str], levels: list[int]) -> list[tuple[int, str, str]]:
    """The text as (level, face, text): the longest stretches of one level and one face."""
    pieces: list[tuple[int, str, str]] = []
    for ch, face, level in zip(chars, faces, levels, strict=True):
        if pieces and pieces[-1][0] == level and pieces[-1][1] == face:
            pieces[-1] = (level, face, pieces[-1][2] + ch)
        else:
            pieces.append((level, face, ch))
    return pieces


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2 of the bidi algorithm: the indices of items at these levels (in written
    order) in the order they stand on the line, left to right. From the highest level down
    to the lowest odd one, every stretch of items at that level or above is reversed.
    (Letters inside a right-to-left item are put in order by HarfBuzz, which lays out a
    right-to-left run from right to left.)"""
    order = list(range(len(levels)))
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    for k in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < k:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= k:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


@cache
def _hb(font: str) -> tuple[uharfbuzz.Font, float]:
    face = pdfmetrics.getFont(font)
    hb = uharfbuzz.Font(face.hbFace)
    return hb, 1000.0 / face.hbFace.upem


@lru_cache(maxsize=50_000)
def _shape(font: str, text: str, rtl: bool) -> Run:
    face = pdfmetrics.getFont(font)
    hb, scale = _hb(font)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    uharfbuzz.shape(hb, buf, _FEATURES)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    starts = sorted({i.cluster for i in infos})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    # A glyph whose own character is in its cluster stands for that character. The
    # letters of the cluster left over (joined forms, conjuncts, a reph) are what its
    # other glyphs stand for when the text is copied: all of them go to the last such
    # glyph, so that a vowel sign drawn before its consonant does not take them first.
    rest: dict[int, list[str]] = {c: list(text[c : ends[c]]) for c in starts}
    own_chars: list[int | None] = []
    for info in infos:
        mine = None
        for ch in face.face.glyphToChar.get(info.codepoint, ()):
            if chr(ch) in rest[info.cluster] and not 0xE000 <= ch <= 0xF8FF:
                rest[info.cluster].remove(chr(ch))
                mine = ch
                break
        own_chars.append(mine)
    last_other = {
        info.cluster: n for n, (info, mine) in enumerate(zip(infos, own_chars)) if mine is None
    }
    codes = []
    glyphs = []
    for n, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        gid = info.codepoint
        own = hb.get_glyph_h_advance(gid) * scale
        code = own_chars[n]
        if code is None:
            stands_for = "".join(rest[info.cluster]) if last_other[info.cluster] == n else ""
            code = face.glyph_char(gid, stands_for, own)
        codes.append(chr(code))
        glyphs.append(
            (
                pos.x_offset * scale,
                pos.y_offset * scale,
                pos.x_advance * scale,
                face.face.charWidths.get(code, own),
            )
        )
    total = sum(g[2] for g in glyphs) / 1000.0
    return Run(font, text, rtl, "".join(codes), tuple(glyphs), total)


# ------------------------------------------------------------------------ output
def _num(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def ops(
    doc: object,
    escape_bytes: Callable[[bytes], str],
    text_line: Line,
    size: float,
    x: float,
    y: float,
) -> str:
    """``BT … ET`` drawing ``text_line`` with its left end at (x, y) (the baseline)."""
    parts = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"]
    sz = f"{size:.2f}"
    for run in text_line.runs:
        font = pdfmetrics.getFont(run.font)
        if run.glyphs is None:
            for subset, chunk in font.splitString(run.text, doc):
                parts.append(
                    f"{font.getSubsetInternalName(subset, doc)} {sz} Tf ({escape_bytes(chunk)}) Tj"
                )
            continue
        actual = run.text.encode("utf-16-be").hex().upper()
        parts.append(f"/Span <</ActualText <FEFF{actual}>>> BDC")
        i = 0
        for subset, chunk in font.splitString(run.codes, doc):
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {sz} Tf")
            items: list[str] = []
            pending = bytearray()
            for b in chunk:
                dx, dy, adv, own = run.glyphs[i]
                i += 1
                if dy:
                    if pending:
                        items.append(f"({escape_bytes(bytes(pending))})")
                        pending.clear()
                    if items:
                        parts.append(f"[{' '.join(items)}] TJ")
                        items = []
                    rise = f"{dy * size / 1000:.2f} Ts"
                    glyph = f"({escape_bytes(bytes([b]))})"
                    before = f"{_num(-dx)} " if dx else ""
                    parts.append(f"{rise} [{before}{glyph} {_num(own - adv + dx)}] TJ 0 Ts")
                    continue
                if dx:
                    if pending:
                        items.append(f"({escape_bytes(bytes(pending))})")
                        pending.clear()
                    items.append(_num(-dx))
                pending.append(b)
                after = own - adv + dx
                if abs(after) >= 0.05:
                    items.append(f"({escape_bytes(bytes(pending))})")
                    pending.clear()
                    items.append(_num(after))
            if pending:
                items.append(f"({escape_bytes(bytes(pending))})")
            if items:
                parts.append(f"[{' '.join(items)}] TJ")
        parts.append("EMC")
    parts.append("ET")
    return " ".join(parts)


def draw(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "left"
) -> None:
    """Draw ``text`` on a reportlab Canvas in the current fill colour; ``anchor`` says
    where ``x`` is: at the line's left end, its centre or its right end."""
    fonts.register()
    ln = line(text, font)
    if anchor == "centre":
        x -= ln.width * size / 2
    elif anchor == "right":
        x -= ln.width * size
    canvas._code.append(ops(canvas._doc, canvas._escape, ln, size, x, y))


def markup(text: str, font: str) -> str:
    """``text`` as escaped paragraph markup for a paragraph set in ``font``: plain where
    the font draws it as typed, else run by run, each shaped run in its own face. Characters
    no face has are left out.

    Text with right-to-left letters keeps its words in the order they are written, each
    shaped on its own and led by a mark of its bidi level (:data:`.fonts.LEVEL_MARKS`):
    reportlab breaks lines in written order, then :class:`.paragraph.Paragraph` puts each
    line in reading order. Ordered before breaking, the first line of a wrapped Arabic
    title would hold its last words. Text that is right to left throughout (an Arabic
    title, with digits or a full stop) reads right to left as a whole; anything with a
    left-to-right letter in it reads left to right, with its right-to-left names inside."""
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text):
        ln = line(text, font, "L")
        if ln.plain and not ln.missing:
            return escape(text, _QUOT)
        return "".join(
            _in_face(run.font, font, escape(run.codes, _QUOT), run.glyphs is not None)
            for run in ln.runs
        )
    chars, faces, _ = _faces(text, font)
    rtl_only = all(unicodedata.bidirectional(c) != "L" for c in chars)
    out = []
    for level, face, piece in _pieces(chars, faces, _levels(chars, "R" if rtl_only else "L")):
        mark = fonts.LEVEL_MARKS[min(level, len(fonts.LEVEL_MARKS) - 1)]
        words = []
        shaped = False
        for word in re.split(r"(\s+)", piece):
            if not word or word.isspace():
                words.append(word)
            elif (
                face == font
                and not level % 2
                and all(map(_simple(font).__contains__, map(ord, word)))
            ):
                words.append(mark + escape(word, _QUOT))
            else:
                words.append(mark + escape(_shape(face, word, bool(level % 2)).codes, _QUOT))
                shaped = True
        out.append(_in_face(face, font, "".join(words), shaped))
    return "".join(out)


def _in_face(face: str, font: str, codes: str, shaped: bool) -> str:
    """``codes`` (escaped) set in ``face``: bare where that is the paragraph's own font
    and they are drawn as typed. The face is named exactly, bold or not: the codes of
    shaped glyphs belong to the face they were shaped in, and are other letters in any
    other face."""
    if face == font and not shaped:
        return codes
    return f'<font face="{face}">{codes}</font>'
