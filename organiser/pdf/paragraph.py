"""reportlab's Paragraph, with lines that hold right-to-left text put in reading order.

An Arabic or Hebrew title is read from right to left, yet its first words must go on its
first line. So lines are broken in the order the text is written (reportlab does that:
:func:`.shaping.markup` gives it every word shaped on its own, in written order, each led
by a mark of its bidi level), and only then is each line put in the order the eye reads
it: rule L2 of the Unicode bidi algorithm, on whole words, the way a browser lays out a
wrapped paragraph. That happens as the paragraph is drawn, so splitting it across pages
and measuring it work on the written order, as reportlab expects.

Every document uses this Paragraph instead of reportlab's (the marks are invisible and of
no width, so reportlab's own would print such a line with its words left to right).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import reportlab.platypus.paragraph as _reportlab_paragraph
from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus.paragraph import ParaLines
from reportlab.platypus.paraparser import ParaFrag

from .fonts import LEVEL_MARKS
from .shaping import visual_order

_LEVELS = {mark: level for level, mark in enumerate(LEVEL_MARKS)}
_MARKS = "".join(LEVEL_MARKS)
#: a level mark, a stretch of white space, or a stretch of anything else
_TOKENS = re.compile(f"([{_MARKS}])|(\\s+)|([^\\s{_MARKS}]+)")

#: reportlab's white space, less the narrow no-break space: reportlab breaks lines there
#: (and prints it as a full space), which would leave a French colon or « at a line's start
_BREAKING = re.compile(
    "[%s]+" % re.escape(_reportlab_paragraph._wsc.replace("\u202f", ""))  # noqa: UP031
).split


def _split_words(text: str | bytes, delim: str | bytes | None = None) -> list[str]:
    """reportlab's word split, with U+202F kept inside the word like U+00A0 (French
    typography: "Atelier 1 : …", « … »)."""
    if isinstance(text, bytes):
        text = text.decode("utf8")
    if isinstance(delim, bytes):
        delim = delim.decode("utf8")
    if delim is not None:
        return text.split(delim)
    words = _BREAKING(text)
    # reportlab keeps the empty ends when it splits round a no-break space itself
    return words if "\u00a0" in text else [w for w in words if w]


_reportlab_paragraph.split = _split_words

#: (level, or None for white space and what is not text; the fragment it came from, None
#: in a line of one font; its text)
_Atom = tuple[int | None, ParaFrag | None, str | None]


class Paragraph(_ReportlabParagraph):
    """A Paragraph that draws each line in reading order (see the module's doc)."""

    blPara: ParaLines  # reportlab's broken lines, set by wrap()

    def draw(self) -> None:
        written = self.blPara
        cached = self.__dict__.get("_reading")
        if cached is None or cached[0] is not written:
            cached = self._reading = (written, in_reading_order(written))
        self.blPara = cached[1]
        try:
            super().draw()
        finally:
            self.blPara = written


def in_reading_order(para: ParaLines) -> ParaLines:
    """reportlab's broken lines (``Paragraph.blPara``) with every line that has level marks
    in reading order and without the marks; the same object when no line has any."""
    lines = []
    changed = False
    for line in para.lines:
        if isinstance(line, tuple):  # one font: (extra space, words)
            extra, words = line
            if any(_has_marks(w) for w in words):
                pieces: list[tuple[ParaFrag | None, str | None]] = []
                for word in words:
                    pieces += [(None, " "), (None, word)] if pieces else [(None, word)]
                atoms = _ordered(_atoms(pieces))
                line = (extra, "".join(text or "" for _, _, text in atoms).split())
                changed = True
        elif any(_has_marks(getattr(f, "text", "")) for f in line.words):
            atoms = _ordered(_atoms((f, getattr(f, "text", None)) for f in line.words))
            line = line.clone(words=_frags(atoms))
            changed = True
        lines.append(line)
    return para.clone(lines=lines) if changed else para


def _has_marks(text: str) -> bool:
    return any(m in text for m in LEVEL_MARKS)


def _atoms(pieces: Iterable[tuple[ParaFrag | None, str | None]]) -> list[_Atom]:
    """Words and spaces with their levels. A mark gives the level of what follows it up to
    the next space. Text no mark leads (markup around the escaped text) is left to right
    (level 0), but for punctuation right after a right-to-left word, as in "محمد</b>,",
    which stays with it, as the bidi algorithm has it."""
    atoms: list[_Atom] = []
    level = 0
    for source, text in pieces:
        if not text:
            atoms.append((None, source, text))
            continue
        marked = False
        for mark, space, word in _TOKENS.findall(text):
            if mark:
                level = _LEVELS[mark]
                marked = True
            elif space:
                atoms.append((None, source, space))
                level = 0
            else:
                if not marked and any(unicodedata.bidirectional(c) == "L" for c in word):
                    level = 0
                atoms.append((level, source, word))
    return atoms


def _ordered(atoms: list[_Atom]) -> list[_Atom]:
    """``atoms`` in reading order. A space, or anything that is not text, takes the lower
    level of the words either side of it (so it stays between two right-to-left words),
    and the line's own level, 0, at either end (rule L1)."""
    levels = [a[0] for a in atoms]
    before: list[int | None] = []
    last: int | None = None
    for lv in levels:
        before.append(last)
        if lv is not None:
            last = lv
    resolved = [0] * len(levels)
    after = None
    for i in range(len(levels) - 1, -1, -1):
        lv = levels[i]
        if lv is not None:
            resolved[i] = after = lv
        elif (lower := before[i]) is not None and after is not None:
            resolved[i] = min(lower, after)
    return [atoms[i] for i in visual_order(resolved)]


def _frags(atoms: list[_Atom]) -> list[ParaFrag]:
    """reportlab's fragments for a line: consecutive text of one fragment joined again."""
    out: list[ParaFrag] = []
    source: ParaFrag | None = None
    for _, frag, text in atoms:
        if not text:
            out.append(frag)
            source = None
        elif frag is source:
            out[-1].text += text
        else:
            assert frag is not None  # each word of a line of fragments comes from one
            out.append(frag.clone(text=text))
            source = frag
    return out
