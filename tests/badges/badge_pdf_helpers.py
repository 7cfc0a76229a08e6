"""Reading badges back out of a PDF: character boxes (pdfium), pixels, QR codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


@dataclass
class Char:
    page: int
    text: str
    box: tuple[float, float, float, float]  # left, bottom, right, top in PDF points


def chars(pdf: bytes | Path) -> list[Char]:
    """Every printed character with its loose box (font ascent to descent), page by page."""
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    out = []
    for n in range(len(doc)):
        pg = doc[n]  # keep the page alive while its text page is read
        tp = pg.get_textpage()
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if not ch.strip():
                continue
            out.append(Char(n, ch, tp.get_charbox(i, loose=True)))
    return out


def page_text_in(pdf: bytes | Path, page: int, rect: tuple[float, float, float, float]) -> str:
    """Text inside a rectangle (x, y, w, h) of one page."""
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    pg = doc[page]
    tp = pg.get_textpage()
    x, y, w, h = rect
    return tp.get_text_bounded(x, y, x + w, y + h)


def inside(box, rect, tol: float = 0.5) -> bool:
    x, y, w, h = rect
    left, bottom, right, top = box
    return left >= x - tol and right <= x + w + tol and bottom >= y - tol and top <= y + h + tol


def overlaps(box, rect) -> bool:
    x, y, w, h = rect
    left, bottom, right, top = box
    return left < x + w and right > x and bottom < y + h and top > y


def render(pdf: bytes | Path, page: int = 0, dpi: int = 200):
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    return doc[page].render(scale=dpi / 72).to_pil().convert("L")


def decode(pdf: bytes | Path, page: int = 0, dpi: int = 300) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(render(pdf, page, dpi))]


def qr_codes(pdf: bytes | Path, page: int = 0, dpi: int = 200) -> list[tuple[str, tuple]]:
    """Each QR code found on a rendered page: its text and its corners in PDF points."""
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    page_h = doc[page].get_size()[1]
    s = dpi / 72
    out = []
    for r in zxingcpp.read_barcodes(render(pdf, page, dpi)):
        p = r.position
        corners = [
            (pt.x / s, page_h - pt.y / s)
            for pt in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        ]
        out.append((r.text, tuple(corners)))
    return out
