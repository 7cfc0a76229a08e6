"""What makes hundreds of briefs fast: paragraphs drawn once and replayed, font codes
fixed so the drawings match from file to file, and font subsets made once per process.

The files are byte for byte what reportlab would write without these caches.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.platypus import Flowable

from .. import i18n
from ..model import EventData
from ..services import briefs as content
from . import fonts
from .breaks import CachedParagraph


class SharedParagraph(CachedParagraph):
    """A paragraph printed in many briefs: parsed once, its lines broken once per width
    (``CachedParagraph``), and drawn once per way its fonts are named in a document.

    Drawing is most of a large run: reportlab splits every line into font subsets and
    formats every glyph code again each time. The content-stream operators a paragraph
    draws depend only on its lines and on the names and codes its fonts and letters have
    in the document being written; in reportlab, ASCII letters keep their own codes in
    every document, and the first uses of the fonts and of any other letter fix the rest.
    So the operators are kept under that signature and replayed wherever it recurs: in
    the other briefs of one PDF, and in the other files of a split folder. A paragraph
    whose fonts or letters are not yet in the document is drawn in full, which is also
    what puts them there.
    """

    def __init__(
        self, text: str | None, style: ParagraphStyle, bulletText: str | None = None, **kw: object
    ):
        super().__init__(text, style, bulletText=bulletText, **kw)
        self._drawn: dict[tuple, list[str]] = {}  # shared by every copy
        self._letters = self._letters_by_font(bulletText)

    def _letters_by_font(self, bullet: str | None) -> tuple[tuple[str, str], ...] | None:
        """Each font the paragraph draws in, with its non-ASCII letters; None: never replay."""
        letters: dict[str, set[str]] = {}
        for frag in self.frags:
            if getattr(frag, "link", None) or getattr(frag, "cbDefn", None):
                return None  # links and callbacks act outside the content stream
            if not hasattr(frag, "fontName"):
                return None  # a fragment list of its own (a line break inside a word)
            text = getattr(frag, "text", "")
            letters.setdefault(frag.fontName, set()).update(c for c in text if ord(c) > 127)
        if bullet:
            name = self.style.bulletFontName
            letters.setdefault(name, set()).update(c for c in bullet if ord(c) > 127)
        undrawn = {"\xa0", *fonts.LEVEL_MARKS}  # level marks go when lines are ordered
        return tuple((name, "".join(sorted(chars - undrawn))) for name, chars in letters.items())

    def _signature(self, doc: PDFDocument) -> tuple | None:
        """The names and letter codes this paragraph's fonts have in ``doc``; None if any is new."""
        if self._letters is None:
            return None
        out: list[tuple[object, ...]] = []
        for name, letters in self._letters:
            font = pdfmetrics.getFont(name)
            state = getattr(font, "state", None)
            if state is None:  # a standard font: only its name in the document matters
                internal = doc.fontMapping.get(name)
                if internal is None:
                    return None
                out.append((name, internal))
                continue
            mine = state.get(doc)
            if mine is None or mine.internalName is None:
                return None
            codes = tuple(mine.assignments.get(ord(c)) for c in letters)
            if None in codes:
                return None
            out.append((name, mine.internalName, codes))
        return tuple(out)

    def draw(self) -> None:
        canv = self.canv
        doc = canv._doc
        place = (id(self.blPara), self.width, self.height)
        signature = self._signature(doc)
        if signature is not None:
            code = self._drawn.get((place, signature))
            if code is not None:
                canv._code.extend(code)
                return
        start = len(canv._code)
        super().draw()
        signature = signature or self._signature(doc)
        if signature is not None:
            self._drawn[(place, signature)] = canv._code[start:]


class FixFontCodes(Flowable):
    """Placed first in every document: names the fonts and codes every non-ASCII letter
    the event's briefs may print, in one fixed order.

    reportlab gives such a letter the next free code at its first use, so without this
    the codes differ from file to file with the person's name, and so do the fonts
    embedded. With it, the drawings :class:`SharedParagraph` keeps from one file match
    the next, and most files embed the same font subsets, which are then made and
    compressed once (:func:`share_font_subsets`). Each file embeds the glyphs of the
    whole event's letters: a few for most events (34 KB to 46 KB a file on average for
    the 2,000-name benchmark event, whose names use 95 letters beyond ASCII).
    """

    FONTS = (fonts.REGULAR, fonts.BOLD)
    PUNCTUATION = "·•—–’“”…"

    def __init__(self, letters: str):
        super().__init__()
        self.letters = letters

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doc
        for name in self.FONTS:
            font = pdfmetrics.getFont(name)
            font.splitString(self.letters, doc)
            font.getSubsetInternalName(0, doc)


def event_letters(data: EventData, lang: str = "en") -> str:
    """The non-ASCII letters the briefs of ``data`` print in ``lang``, that the font has,
    in order (French: its own words and the sessions' French text too)."""
    fonts.register()
    have = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph
    ev = data.event
    texts = [ev.title, ev.subtitle, ev.venue_name, ev.venue_address, ev.contact_name]
    texts += [f"{r.label} {r.brief}" for r in data.role_types]
    texts += [f"{c.name} {c.role}" for c in data.contacts]
    texts += [f"{r.name} {r.floor} {r.directions}" for r in data.rooms]
    for s in data.sessions:
        texts += [s.heading, s.summary, s.problem_statement, *s.guiding_questions]
    if lang == "fr":
        texts.append(i18n.FRENCH_MARKS)
        texts += [" ".join(d.values()) for d in i18n.french_role_defaults().values()]
        texts += [f"{r.label_fr} {r.label_fr_feminine} {r.brief_fr}" for r in data.role_types]
        texts += [f"{r.plural_fr} {r.plural_fr_feminine}" for r in data.role_types]
        for s in data.sessions:
            texts += [i18n.heading_of(s, lang), s.summary_fr, s.problem_statement_fr]
            texts += s.guiding_questions_fr
        texts += [i18n.long_date(d.date, lang) for d in data.days]
    for p in content.people_with_roles(data):
        texts += [p.full_name, content.affiliation_text(p), p.hotel, p.hotel_address]
    found = {c for t in texts if t and not t.isascii() for c in t if ord(c) > 127}
    extra = sorted(c for c in found if ord(c) in have and c not in FixFontCodes.PUNCTUATION)
    return FixFontCodes.PUNCTUATION + "".join(extra)


_FONT_CACHE_LOCK = threading.Lock()


class _CachedFlate:
    """Flate compression that remembers its last few results (reportlab's filter protocol)."""

    pdfname = "FlateDecode"
    KEEP = 16

    def __init__(self) -> None:
        self._done: OrderedDict[bytes, bytes] = OrderedDict()

    def encode(self, text: bytes | str) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        with _FONT_CACHE_LOCK:  # the window may write two documents at once
            found = self._done.get(data)
            if found is not None:
                self._done.move_to_end(data)
                return found
        found = zlib.compress(data)
        with _FONT_CACHE_LOCK:
            self._done[data] = found
            if len(self._done) > self.KEEP:
                self._done.popitem(last=False)
        return found

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


@cache
def share_font_subsets() -> None:
    """Make and compress each distinct font subset once per process, not once per file.

    reportlab builds and compresses the subset of a TrueType font anew for every
    document; the bytes depend only on the letters in it, and with :class:`FixFontCodes`
    most files of a split folder hold the same letters. The last few results are kept;
    the files are byte for byte what reportlab would write without this.
    """
    fonts.register()
    flate = _CachedFlate()
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        face = pdfmetrics.getFont(name).face
        made: OrderedDict[tuple[int, ...], bytes] = OrderedDict()

        def make_subset(
            subset: list[int], _make: Callable = face.makeSubset, _made: OrderedDict = made
        ) -> bytes:
            key = tuple(subset)
            with _FONT_CACHE_LOCK:
                found = _made.get(key)
                if found is not None:
                    _made.move_to_end(key)
                    return found
            found = _make(subset)
            with _FONT_CACHE_LOCK:
                _made[key] = found
                if len(_made) > _CachedFlate.KEEP:
                    _made.popitem(last=False)
            return found

        def add_subset_objects(
            doc: PDFDocument,
            fontname: str,
            subset: list[int],
            _add: Callable = face.addSubsetObjects,
            _file: str = face.filename,
        ) -> object:
            ref = _add(doc, fontname, subset)
            stream = doc.idToObject.get(f"fontFile:{_file}({fontname})")
            if stream is not None and stream.filters:
                stream.filters = [flate]
            return ref

        face.makeSubset = make_subset
        face.addSubsetObjects = add_subset_objects
