"""Page breaks as a typesetter makes them: a heading or label never ends a page alone.

reportlab's ``keepWithNext`` keeps a flowable with *all* of the next one, which moves a
heading and a long paragraph to a new page and leaves half a page blank; and a table
cell that splits leaves its heading behind with nothing under it. :class:`KeepWithStart`
keeps a head with the *start* of what follows it: at least what that body's own split
leaves on the page (two lines of a paragraph, given the styles' widow and orphan
settings), or a given height. Bodies nest, so a session heading keeps with its first
label, which keeps with the first lines of its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ActionFlowable, Flowable

from .paragraph import Paragraph


class CachedParagraph(Paragraph):
    """A paragraph that breaks its lines once per width.

    Keeping things together means asking a paragraph its height several times (to see
    whether a short session fits, whether a heading's first lines do, then to place it);
    reportlab breaks the lines anew at every ask, which is most of a programme's time.
    Shallow copies share the cache (a brief prints one paragraph in many places).

    Its markup is parsed once per text and style, too: a programme repeats the same label,
    question or speaker in many sessions. The parsed fragments are shared, as reportlab
    shares them between the two halves of a split paragraph.
    """

    def __init__(
        self, text: str | None, style: ParagraphStyle, bulletText: str | None = None, **kw: object
    ):
        if text is not None and not kw and isinstance(bulletText, str | None):
            parsed = _parsed(text, style, bulletText)
            super().__init__(None, parsed.style, bulletText=parsed.bulletText, frags=parsed.frags)
            self.text = parsed.text
        else:
            super().__init__(text, style, bulletText=bulletText, **kw)
        self._lines: dict[tuple[float, ...], object] = {}

    def breakLines(self, width: object) -> object:
        key = tuple(width) if isinstance(width, list | tuple) else (width,)
        found = self._lines.get(key)
        if found is None:
            found = self._lines[key] = super().breakLines(width)
        return found


@lru_cache(maxsize=2048)  # some 5 kB each
def _parsed(text: str, style: ParagraphStyle, bulletText: str | None) -> Paragraph:
    """``text`` parsed in ``style``: the same style is the same object (styles are made
    once and never changed after a paragraph uses them)."""
    return Paragraph(text, style, bulletText=bulletText)


class KeepWithStart(Flowable):
    """``head`` on the same page as the start of ``body`` (at least ``least`` points of it)."""

    def __init__(
        self,
        head: Flowable,
        body: Flowable,
        least: float = 0.0,
        markers: Sequence[Flowable] = (),
    ):
        super().__init__()
        self.head, self.body, self.least = head, body, least
        #: zero-size markers (a RunningHead) laid out after the head when the group splits
        self.markers = list(markers)
        self._sizes = (0.0, 0.0, 0.0)

    def _gap(self) -> float:
        return self.head.getSpaceAfter() + self.body.getSpaceBefore()

    def getSpaceBefore(self) -> float:
        return self.head.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.body.getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, head = self.head.wrapOn(getattr(self, "canv", None), avail_width, avail_height)
        _, body = self.body.wrapOn(getattr(self, "canv", None), avail_width, avail_height)
        gap = self._gap()
        self._sizes = (head, gap, body)
        self.width, self.height = avail_width, head + gap + body
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _, head = self.head.wrapOn(getattr(self, "canv", None), avail_width, avail_height)
        room = avail_height - head - self._gap()
        if room <= 0:
            return []
        parts = self.body.splitOn(getattr(self, "canv", None), avail_width, room)
        if (  # a container (KeepTogether) whose content now fits
            len(parts) == 1
            and parts[0] is not self.body
            and parts[0].wrapOn(getattr(self, "canv", None), avail_width, room)[1] <= room
        ):
            return [self.head, *self.markers, *parts]
        if len(parts) < 2:
            return []  # the body cannot start here: the head goes with it to the next page
        placed = 0.0
        for part in parts[:-1]:
            if isinstance(part, ActionFlowable):
                return []  # the body asks for a new page before anything of it is placed
            placed += part.wrapOn(getattr(self, "canv", None), avail_width, room)[1]
        if placed < self.least:
            return []
        return [self.head, *self.markers, *parts]

    def draw(self) -> None:
        _, gap, body = self._sizes
        self.head.drawOn(self.canv, 0, body + gap)  # first: text is read in drawing order
        self.body.drawOn(self.canv, 0, 0)


def keep_start(flows: Sequence[Flowable]) -> list[Flowable]:
    """``flows`` with the first bound to the start of the second (a label and its text)."""
    if len(flows) < 2:
        return list(flows)
    return [KeepWithStart(flows[0], flows[1]), *flows[2:]]


def keep_ends(items: Sequence[Flowable]) -> list[Flowable]:
    """A list of short items (guiding questions) that may break only where at least two of
    them stand on each side: the first two and the last two are kept together."""
    if len(items) < 4:
        return [Together(list(items))] if len(items) > 1 else list(items)
    return [Together(list(items[:2])), *items[2:-2], Together(list(items[-2:]))]


class Together(Flowable):
    """A few short flowables as one, which moves to the next page whole."""

    def __init__(self, items: list[Flowable]):
        super().__init__()
        self.items = items
        self._heights: list[float] = []

    def getSpaceBefore(self) -> float:
        return self.items[0].getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.items[-1].getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = [
            f.wrapOn(getattr(self, "canv", None), avail_width, avail_height)[1] for f in self.items
        ]
        gaps = sum(
            a.getSpaceAfter() + b.getSpaceBefore() for a, b in zip(self.items, self.items[1:])
        )
        self.width, self.height = avail_width, sum(self._heights) + gaps
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        y = self.height
        for i, (f, h) in enumerate(zip(self.items, self._heights)):
            if i:
                y -= self.items[i - 1].getSpaceAfter() + f.getSpaceBefore()
            y -= h
            f.drawOn(self.canv, 0, y)


__all__ = ["CachedParagraph", "KeepWithStart", "Together", "keep_ends", "keep_start"]
