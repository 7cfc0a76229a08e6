"""Fitting text into a badge: the name as large as it can be, everything else wrapped.

Widths come from the font's own metrics (``pdfmetrics.stringWidth``), which scale linearly
with the size, so one measurement per (text, font) at 1 pt answers every size: fitting a
name is arithmetic, not a loop of trial renders. That is most of why 2,000 badges are fast.

The rules, in order, for a name in a box of width W and height H between ``max_size`` and
``min_size``:

1. one line at the largest size that fits, if that is at least ``break_size`` (a name
   readable across a room stays on one line);
2. else two lines broken at the best point (between given and family name, after a
   hyphen, otherwise the most balanced split), if that is larger than one line;
3. else the larger of one line / two lines, but not below ``min_size``;
4. else two lines at ``min_size`` with the second ended by "…" (never the first letters
   cut off, never beyond the box).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from ..pdf import fonts, shaping

ELLIPSIS = "…"
LEADING = 1.12  # line pitch as a multiple of the size, for the name
#: Ascent and descent of Noto Sans as fractions of the size (from the font's hhea table).
ASCENT = 1.069
DESCENT = 0.293


@lru_cache(maxsize=200_000)
def width1(text: str, font: str) -> float:
    """Width of ``text`` at 1 pt, in whichever bundled faces set it; multiply by the size."""
    if text.isascii():
        return pdfmetrics.stringWidth(text, font, 1.0)
    return shaping.width(text, font)


def text_height(size: float, lines: int = 1, leading: float = LEADING) -> float:
    """Height of a block of lines from the top of the first to the bottom of the last."""
    return size * (ASCENT + DESCENT) + (lines - 1) * size * leading


@dataclass(frozen=True)
class NameFit:
    lines: tuple[str, ...]
    size: float
    elided: bool = False
    below_min: bool = False  # the name needed to shrink below the layout's minimum

    @property
    def fits(self) -> bool:
        return not self.elided and not self.below_min

    def __bool__(self) -> bool:
        return self.fits


def _break_points(name: str, family: str = "") -> list[tuple[str, str, float]]:
    """Candidate (line1, line2, preference) splits: a lower preference is better."""
    out = []
    family = family.strip()
    for i, ch in enumerate(name):
        if ch == " ":
            a, b = name[:i].rstrip(), name[i + 1 :].lstrip()
            pref = 0.0 if family and b == family else 0.05
        elif ch in "-‐" and 0 < i < len(name) - 1 and name[i - 1] != " ":
            a, b = name[: i + 1], name[i + 1 :]
            pref = 0.1  # a hyphenated name breaks after its hyphen, keeping the hyphen
        else:
            continue
        if a and b:
            out.append((a, b, pref))
    return out


def elide(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut at a word (else a letter) boundary so that it plus "…" fits ``width``."""
    if width1(text, font) * size <= width:
        return text
    budget = width / size - width1(ELLIPSIS, font)
    if budget <= 0:
        return ""
    # binary search the longest prefix that fits (works for a 5,000-letter name too)
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width1(text[:mid], font) <= budget:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    space = cut.rfind(" ")
    if space > len(cut) * 0.6:  # prefer ending on a word if that loses little
        cut = cut[:space]
    return cut.rstrip(" ,;:-–·") + ELLIPSIS


def fit_name(
    name: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    *,
    font: str = fonts.BOLD,
    family: str = "",
    break_size: float | None = None,
    max_lines: int = 2,
) -> NameFit:
    """The name's lines and size for a box (points). See the module docstring for the rules."""
    fonts.register()
    name = " ".join(name.split())
    if not name or width <= 0 or height <= 0:
        return NameFit((), min_size)
    if break_size is None:
        break_size = max(min_size, max_size * 0.62)
    one_h = ASCENT + DESCENT
    w1 = width1(name, font)
    size1 = min(max_size, width / w1 if w1 else max_size, height / one_h)
    if size1 >= break_size:
        return NameFit((name,), size1)
    best2: tuple[float, tuple[str, str]] | None = None
    if max_lines >= 2:
        two_h = one_h + LEADING
        cap = min(max_size, height / two_h)
        for a, b, pref in _break_points(name, family):
            widest = max(width1(a, font), width1(b, font))
            s = min(cap, width / widest) * (1 - pref * 0.1)
            if best2 is None or s > best2[0]:
                best2 = (s, (a, b))
    if best2 is not None:
        s2, (a, b) = best2
        s2 = min(
            s2,
            min(max_size, height / (one_h + LEADING)),
            width / max(width1(a, font), width1(b, font)),
        )
        if s2 >= min_size and s2 > size1 * 1.08:
            best = NameFit((a, b), s2)
            if max_lines >= 3 and s2 < 0.45 * max_size:  # tall badge, small name: 3 lines
                multi = _largest_wrap(name, font, width, height, s2, max_size, max_lines)
                if multi is not None and multi.size > s2 * 1.15:
                    return multi
            return best
    if size1 >= min_size:
        return NameFit((name,), size1)
    # More lines on a tall badge, or the largest size from the minimum up at which the
    # name wraps (at spaces and after hyphens) into at most max_lines lines.
    if max_lines >= 2:
        multi = _largest_wrap(name, font, width, height, min_size, max_size, max_lines)
        if multi is not None:
            return multi
    # Nothing fits at the minimum: as many lines as fit at the minimum, the start of the
    # name kept and the rest replaced by "…".
    size = min(min_size, height / one_h)
    rows = max(1, min(max_lines, int((height / size - one_h) / LEADING) + 1))
    lines = _wrap_tokens(name, font, size, width)
    kept = lines[:rows]
    if len(lines) > rows:
        kept[-1] = " ".join([kept[-1], *lines[rows:]])
    kept = [elide(ln, font, size, width) for ln in kept]
    if len(lines) > rows and not kept[-1].endswith(ELLIPSIS):
        kept[-1] = elide(kept[-1] + " " + ELLIPSIS * 2, font, size, width)
    return NameFit(tuple(kept), size, elided=True)


def _tokens(text: str) -> list[tuple[str, str]]:
    """(piece, separator before it): words, and hyphenated words split after each hyphen."""
    out = []
    for i, word in enumerate(text.split(" ")):
        for j, piece in enumerate(re.split(r"(?<=[-‐])(?=.)", word)):
            out.append((piece, (" " if i else "") if j == 0 else ""))
    return out


def _wrap_tokens(text: str, font: str, size: float, width: float, limit: int = 10_000) -> list[str]:
    """Greedy wrap at spaces and after hyphens; stops counting after ``limit`` lines."""
    lines: list[str] = []
    cur = ""
    for piece, sep in _tokens(text):
        trial = cur + sep + piece if cur else piece
        if cur and width1(trial, font) * size > width:
            lines.append(cur)
            if len(lines) > limit:
                return lines
            cur = piece
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def _largest_wrap(
    name: str, font: str, width: float, height: float, lo: float, hi: float, max_lines: int
) -> NameFit | None:
    def ok(size: float) -> list[str] | None:
        lines = _wrap_tokens(name, font, size, width, max_lines)
        if len(lines) > max_lines or text_height(size, len(lines)) > height:
            return None
        if any(width1(ln, font) * size > width for ln in lines):
            return None
        return lines

    best = ok(lo)
    if best is None:
        return None
    size = lo
    for _ in range(14):  # bisection to ~0.01 pt
        mid = (lo + hi) / 2
        got = ok(mid)
        if got is not None:
            best, size, lo = got, mid, mid
        else:
            hi = mid
    return NameFit(tuple(best), size)


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line stays whole (the caller elides it)."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        trial = f"{cur} {word}" if cur else word
        if cur and width1(trial, font) * size > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Word-wrapped lines, at most ``max_lines``, the last elided if the text goes on."""
    text = " ".join(text.split())
    if not text or max_lines < 1:
        return []
    if width1(text, font) * size <= width:
        return [text]
    lines = wrap_words(text, font, size, width)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], rest]
    return [
        ln if width1(ln, font) * size <= width else elide(ln, font, size, width) for ln in lines
    ]
