"""The PDF drawing fast path: badges written as PDF operators straight onto a Canvas.

Labels are drawn straight onto a Canvas, not through platypus: every badge is a fixed
rectangle, and a badge is written as PDF operators in its own coordinate system
(``q 1 0 0 1 x y cm … Q``). That one choice makes the fast path simple: everything that
is the same on every badge of a run (the header with the event's title and dates, the
logo, each category's band) is turned into operators once and reused; only the name,
the affiliation and the QR code are built per person. Text goes through the font's own
subset encoder (``TTFont.splitString``), exactly as ``Canvas.drawString`` does, minus the
per-call text-object machinery. The QR code is one path of merged horizontal runs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import segno
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ..model import EventData
from ..pdf import fonts, shaping
from . import qr as qrfast
from .arrange import Plan, aff_block_lines, geometry, header_text, name_block_lines, plan
from .content import Badge, BadgeOptions, badge_title, event_dates, printable
from .fit import ASCENT, DESCENT, elide, text_height, width1
from .layouts import MM, Layout, calibration
from .messages import say

QUIET = 2  # modules of white around the QR code (scanners cope with 2; the label edge helps)


class Cancelled(Exception):
    """Raised inside a render when the caller's cancel check says stop; nothing is written."""


Progress = Callable[[int, int], None]


CancelCheck = Callable[[], bool]


def num(v: float) -> str:
    return f"{v:.2f}"


class Writer:
    """PDF operators for one Canvas: text through the fonts' subset encoders, cached."""

    def __init__(self, canv: Canvas):
        fonts.register()
        self.canv = canv
        self.doc = canv._doc
        self.escape = canv._escape
        self.font = {name: pdfmetrics.getFont(name) for name in (fonts.REGULAR, fonts.BOLD)}

    def text(self, font: str, size: float, x: float, y: float, s: str) -> str:
        if not s.isascii():
            line = shaping.line(s, font)
            if not line.plain:
                return shaping.ops(self.doc, self.escape, line, size, x, y)
        f = self.font[font]
        doc = self.doc
        parts = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"]
        for subset, chunk in f.splitString(s, doc):
            parts.append(
                f"{f.getSubsetInternalName(subset, doc)} {size:.2f} Tf ({self.escape(chunk)}) Tj"
            )
        parts.append("ET")
        return " ".join(parts)

    def centred(self, font: str, size: float, cx: float, y: float, s: str) -> str:
        return self.text(font, size, cx - width1(s, font) * size / 2, y, s)


def rgb(c: tuple[float, float, float]) -> str:
    return f"{c[0]:.3f} {c[1]:.3f} {c[2]:.3f} rg"


def round_rect_path(x: float, y: float, w: float, h: float, r: float) -> str:
    if r <= 0:
        return f"{num(x)} {num(y)} {num(w)} {num(h)} re"
    k = 0.5523 * r  # Bézier handle for a quarter circle
    x1, y1 = x + w, y + h
    return " ".join(
        (
            f"{num(x + r)} {num(y)} m {num(x1 - r)} {num(y)} l",
            f"{num(x1 - r + k)} {num(y)} {num(x1)} {num(y + r - k)} {num(x1)} {num(y + r)} c",
            f"{num(x1)} {num(y1 - r)} l",
            f"{num(x1)} {num(y1 - r + k)} {num(x1 - r + k)} {num(y1)} {num(x1 - r)} {num(y1)} c",
            f"{num(x + r)} {num(y1)} l",
            f"{num(x + r - k)} {num(y1)} {num(x)} {num(y1 - r + k)} {num(x)} {num(y1 - r)} c",
            f"{num(x)} {num(y + r)} l",
            f"{num(x)} {num(y + r - k)} {num(x + r - k)} {num(y)} {num(x + r)} {num(y)} c h",
        )
    )


def _band_shape(w: float, h: float, band_h: float, r: float) -> str:
    """The bottom band, filled; on a label with rounded corners (or a round label) it is
    clipped to the label's outline so that it follows the die cut."""
    if r <= 0:
        return f"0 0 {num(w)} {num(band_h)} re f"
    return f"q {round_rect_path(0, 0, w, h, r)} W n 0 0 {num(w)} {num(band_h)} re f Q"


_RUN = re.compile(rb"\x01+")


class _QRPainter:
    """QR codes as one filled path of horizontal runs each, in squares of a badge."""

    def __init__(self) -> None:
        self._tables: dict[tuple, tuple[list[str], list[str], list[str]]] = {}
        self._rows: dict[tuple, str] = {}

    def _table(
        self, n: int, box: tuple[float, float, float]
    ) -> tuple[list[str], list[str], list[str]]:
        key = (n, *box)
        t = self._tables.get(key)
        if t is None:
            x, y, side = box
            cell = side / (n + 2 * QUIET)
            ox, oy = x + QUIET * cell, y + QUIET * cell
            xs = [f"{ox + c * cell:.3f}" for c in range(n + 1)]
            ys = [f"{oy + (n - 1 - r) * cell:.3f} " for r in range(n)]
            # widths of runs, each with the row height appended, for "x y w h re"
            ws = [f" {k * cell:.3f} {cell:.3f} re" for k in range(n + 1)]
            t = self._tables[key] = (xs, ys, ws)
        return t

    def ops(self, data: str, box: tuple[float, float, float]) -> str:
        matrix = _qr_matrix(data)
        n = len(matrix)
        xs, ys, ws = self._table(n, box)
        cache = self._rows
        out = ["0 g"]
        for r, row in enumerate(matrix):
            key = (box, r, bytes(row))
            runs = cache.get(key)
            if runs is None:
                y = ys[r]
                runs = " ".join(
                    f"{xs[a]} {y}{ws[b - a]}" for a, b in (m.span() for m in _RUN.finditer(key[2]))
                )
                if len(cache) < 100_000:  # rows around the finder patterns repeat a lot
                    cache[key] = runs
            if runs:
                out.append(runs)
        out.append("f")
        return " ".join(out)


def _qr_matrix(data: str) -> list[bytes] | tuple[bytearray, ...]:
    # Error level M survives a scuffed badge. Never a Micro QR: phone cameras cannot read
    # those. An ID takes the fast fixed-version encoder; anything else goes to segno with
    # a fixed mask, which skips its evaluation of all eight (a decoder reads any mask).
    if qrfast.fits(data):
        return qrfast.matrix(data)
    return segno.make_qr(data, error="m", mask=0, boost_error=False).matrix


class BadgeDrawer:
    """Builds the operators of badges of one size for one document, reusing what repeats."""

    def __init__(
        self,
        writer: Writer,
        data: EventData,
        w: float,
        h: float,
        radius: float,
        *,
        qr: str,
        header: bool,
        logo: _Logo | None,
        lang: str = "en",
    ):
        self.wr = writer
        self.lang = lang
        self.g = geometry(w, h, radius, qr=qr, header=header)
        self.qr = _QRPainter() if self.g.qr_side else None
        self._static: dict[tuple[str, tuple[float, float, float]], str] = {}
        self._header = self._header_ops(data, logo) if header else ""

    def _header_ops(self, data: EventData, logo: _Logo | None) -> str:
        g, wr = self.g, self.wr
        size = g.header_size
        x0, x1 = g.margin, g.w - g.margin
        ops = []
        if logo is not None:
            lh = text_height(size, max(g.header_lines, 2), 1.2)
            lw = min(lh * logo.aspect, 0.3 * g.w)
            lh = lw / logo.aspect
            ly = g.h - g.margin - lh
            ops.append(
                f"q {num(lw)} 0 0 {num(lh)} {num(x1 - lw)} {num(ly)} cm /{logo.xobject} Do Q"
            )
            x1 -= lw + 2 * MM
        title = printable(badge_title(data), fonts.BOLD, [], "title")
        cx = (x0 + x1) / 2
        ops.append("0.25 g")
        y = g.header_top
        for n, line in enumerate(
            header_text(title, event_dates(data, self.lang), size, x1 - x0, g.header_lines)
        ):
            font = fonts.BOLD if n == 0 and title else fonts.REGULAR
            ops.append(wr.centred(font, size, cx, y, line))
            y -= size * 1.2
        return " ".join(ops)

    def _band(self, label: str, colour: tuple[float, float, float]) -> str:
        key = (label, colour)
        ops = self._static.get(key)
        if ops is None:
            g, wr = self.g, self.wr
            lum = 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2]
            ink = "1 g" if lum < 0.6 else "0 g"
            size = g.band_size
            text = elide(label, fonts.BOLD, size, g.w - 2 * max(g.margin, g.radius))
            y = (g.band_h - (ASCENT - DESCENT) * size * 0.72) / 2
            ops = " ".join(
                (
                    rgb(colour),
                    _band_shape(g.w, g.h, g.band_h, g.radius),
                    ink,
                    wr.centred(fonts.BOLD, size, g.w / 2, y, text),
                )
            )
            self._static[key] = ops
        return ops

    def ops(self, b: Badge, *, with_qr: bool = True) -> tuple[str, Plan]:
        """The badge's operators, and its arrangement (where its QR code went, if any)."""
        wr = self.wr
        with_qr = with_qr and self.qr is not None and bool(b.qr_data)
        p = plan(self.g, b.display, b.family, b.position, b.organisation, with_qr)
        out = [self._band(b.band, b.colour), self._header, "0 g"]
        size = p.name.size
        for line, y in name_block_lines(p):
            out.append(wr.centred(fonts.BOLD, size, p.cx, y, line))
        if p.aff.lines:
            out.append("0.2 g")
            for line, y in aff_block_lines(p):
                out.append(wr.centred(fonts.REGULAR, p.aff.size, p.aff_cx, y, line))
        if with_qr and p.qr is not None:
            assert self.qr is not None and b.qr_data  # what with_qr says, above
            out.append(self.qr.ops(b.qr_data, p.qr))
        return " ".join(out), p


@dataclass
class _Logo:
    xobject: str
    aspect: float  # width / height


def load_logo(canv: Canvas, path: str | None, warn: list[str]) -> _Logo | None:
    """Register the logo once per document as a form; every badge then refers to it."""
    if not path:
        return None
    p = Path(path)
    if p.suffix.lower() == ".svg":
        warn.append(say("logo_svg", name=p.name))
        return None
    try:
        reader = ImageReader(str(p))
        iw, ih = reader.getSize()
    except Exception as exc:  # unreadable image: a warning, not a failed print
        warn.append(say("logo_unreadable", name=p.name, reason=exc.__class__.__name__))
        return None
    if not iw or not ih:
        return None
    name = "badgelogo"
    canv.beginForm(name, lowerx=0, lowery=0, upperx=1, uppery=1)
    canv.drawImage(reader, 0, 0, 1, 1, mask="auto")
    canv.endForm()
    return _Logo(canv._doc.getXObjectName(name), iw / ih)


def new_canvas(
    out: str | Path | IO[bytes], layout: Layout, title: str, invariant: bool, lang: str = "en"
) -> Canvas:
    """A canvas described as every Organiser PDF is (title, author, language: a screen
    reader speaks the names in the document's language)."""
    fonts.register()
    canv = Canvas(
        out if isinstance(out, io.IOBase) else str(out),
        pagesize=layout.page_size_pt,
        invariant=1 if invariant else 0,
        initialFontName=fonts.REGULAR,  # reportlab would start each page in bare Helvetica
        lang=lang,
    )
    canv.setTitle(title)
    canv.setAuthor("Organiser")
    canv.setSubject(title)
    canv.setCreator("Organiser")
    # labels must print at actual size: a viewer's "fit to page" would move every badge
    canv.setViewerPreference("PrintScaling", "None")
    return canv


def check_cancelled(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("cancelled; nothing was written")


def begin_page(canv: Canvas, layout: Layout, options: BadgeOptions) -> list[str]:
    """Start a page; returns the page's operator list (showPage replaces it each time)."""
    canv.saveState()
    if options.calibrate:
        dx, dy = calibration(layout.name)
        if dx or dy:
            canv.translate(dx * MM, -dy * MM)
    return canv._code


def end_page(canv: Canvas) -> None:
    canv.restoreState()
    canv.showPage()


def outline_ops(rect: tuple[float, float, float, float], r: float) -> str:
    x, y, w, h = rect
    return f"q 0.6 G 0.4 w {round_rect_path(x, y, w, h, r)} S Q"
