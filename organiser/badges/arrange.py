"""Where a badge's name, affiliation and QR code go.

A badge is read from two metres away: the name is the largest thing on it, then the
organisation (which matters more than the job title), then everything else. So:

- the name takes the full width of the badge, on up to three lines (breaking at spaces
  and after hyphens) before it shrinks;
- a QR code that carries only the person's ID is small (decoders read it at 12–15 mm)
  and sits in the lower right corner beside the affiliation; a vCard, which needs more
  modules, gets a larger square there;
- the organisation is never cut: it wraps and its type shrinks first; the position may
  be shortened, only after a whole word;
- the header (the event's short title and dates) is one line on a small badge.

Everything is in points, the badge's origin at its lower left corner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..pdf import fonts
from . import fit as fitmod
from .fit import ASCENT, elide, fit_name, text_height, width1
from .layouts import MM

AFF_LEADING = 1.22  # line pitch of the affiliation, as a multiple of its size
ID_QR = (13.5 * MM, 24 * MM)  # side of an ID-only QR code with its quiet zone: min, max
VCARD_QR = (22 * MM, 34 * MM)


@dataclass
class Geometry:
    """The zones of one badge size."""

    w: float
    h: float
    radius: float
    margin: float
    band_h: float
    band_size: float
    header_size: float
    header_lines: int  # 1: "title · dates" on one line; 2: title, then dates
    header_top: float  # baseline of the header's first line
    body_bottom: float
    body_top: float
    qr_side: float  # 0 without a QR code
    name_max: float
    name_min: float
    aff_max: float
    aff_min: float
    portrait: bool = False

    @property
    def width(self) -> float:
        return self.w - 2 * self.margin


def geometry(w: float, h: float, radius: float = 0.0, *, qr: str | bool, header: bool) -> Geometry:
    """Zones of a badge: header at the top, band at the bottom, name and the rest between.
    ``qr`` is "id", "vcard", or falsy for none."""
    if qr is True:
        qr = "id"
    portrait = h > w * 1.05
    short = min(w, h)
    margin = max(3 * MM, 0.05 * short, 0.45 * radius)
    band_h = min(max((0.1 if portrait else 0.13) * h, 6.5 * MM), 14 * MM)
    band_size = min(max(band_h * 0.45, 7.0), 16.0)
    header_size = min(max(0.045 * h, 6.5), 12.0) if header else 0.0
    header_lines = 2 if h > 70 * MM else 1
    header_top = h - margin - ASCENT * header_size
    header_h = text_height(header_size, header_lines, 1.2) + 0.3 * margin if header else 0.0
    body_bottom = band_h + 0.5 * margin
    body_top = h - margin - header_h
    if not qr:
        side = 0.0
    else:
        lo, hi = VCARD_QR if qr == "vcard" else ID_QR
        side = min(max((0.42 if qr == "vcard" else 0.25) * short, lo), hi)
        side = min(side, body_top - body_bottom)
    name_max = min(0.13 * h, 64.0) if portrait else min(max(0.24 * h, 16.0), 64.0)
    name_min = max(9.0, min(16.0, 0.4 * name_max))
    aff_max = min(max(0.056 * h, 8.0), 15.0)
    aff_min = max(6.0, 0.72 * aff_max)
    return Geometry(
        w, h, radius, margin, band_h, band_size, header_size, header_lines, header_top,
        body_bottom, body_top, side, name_max, name_min, aff_max, aff_min, portrait,
    )  # fmt: skip


@dataclass(frozen=True)
class Affiliation:
    """Position and organisation as lines of one size."""

    lines: tuple[str, ...]
    size: float
    whole: bool = True  # False: the organisation itself had to be cut

    @property
    def height(self) -> float:
        return text_height(self.size, len(self.lines), AFF_LEADING) if self.lines else 0.0


def _words(text: str, font: str, size: float, width: float) -> list[str] | None:
    """Greedy word wrap; None when a single word is wider than the line."""
    if any(width1(word, font) * size > width for word in text.split(" ")):
        return None
    return fitmod.wrap_words(text, font, size, width)


def _shortened(text: str, font: str, size: float, width: float, rows: int) -> list[str]:
    """``text`` in at most ``rows`` lines, cut after a whole word and ended with "…"."""
    words = text.split(" ")
    for n in range(len(words) - 1, 0, -1):
        cut = " ".join(words[:n]).rstrip(" ,;:-–·&") + fitmod.ELLIPSIS
        lines = _words(cut, font, size, width)
        if lines is not None and len(lines) <= rows:
            return lines
    return []


@lru_cache(maxsize=20_000)
def affiliation(
    position: str, organisation: str, width: float, size_max: float, size_min: float, rows: int
) -> Affiliation:
    """The position above the organisation in at most ``rows`` lines, as large as they fit.

    The organisation always appears whole: at the largest size from ``size_max`` down to
    ``size_min`` at which it wraps into the rows with the whole position, else with the
    position shortened after a word, else without the position. Only an organisation
    that cannot fit ``rows`` lines at the smallest size is cut, and says so (``whole``).
    """
    font = fonts.REGULAR
    position, organisation = " ".join(position.split()), " ".join(organisation.split())
    if not (position or organisation):
        return Affiliation((), size_max)
    if not organisation:
        organisation, position = position, ""
    sizes = []
    s = size_max
    while s > size_min + 1e-6:
        sizes.append(s)
        s -= 0.5
    sizes.append(size_min)
    for keep in ("whole", "short", "none"):
        for s in sizes:
            org = _words(organisation, font, s, width)
            if org is None or len(org) > rows:
                continue
            room = rows - len(org)
            if not position or keep == "none":
                if position and keep != "none":
                    continue
                return Affiliation(tuple(org), s)
            if room < 1:
                continue
            pos = _words(position, font, s, width)
            if keep == "whole":
                if pos is not None and len(pos) <= min(room, 2):
                    return Affiliation((*pos, *org), s)
                continue
            pos = _shortened(position, font, s, width, 1)
            if pos:
                return Affiliation((*pos, *org), s)
    # the organisation does not fit the rows even alone at the smallest size: cut it
    lines = fitmod.wrap(organisation, font, size_min, width, rows)
    return Affiliation(tuple(lines), size_min, whole=False)


@dataclass
class Plan:
    """Where one badge's name, affiliation and QR code go."""

    name: fitmod.NameFit
    name_top: float  # top of the name block
    cx: float  # centre line of the name
    aff: Affiliation
    aff_top: float
    aff_cx: float
    qr: tuple[float, float, float] | None  # x, y, side

    @property
    def whole(self) -> bool:
        """Everything printed whole: no letter of the name or organisation cut."""
        return not self.name.elided and self.aff.whole


def plan(g: Geometry, name: str, family: str, position: str, organisation: str, qr: bool) -> Plan:
    """The badge's arrangement: the name across the top of the body, the affiliation below
    it beside the QR code in the lower right corner."""
    x0, x1 = g.margin, g.w - g.margin
    y0, y1 = g.body_bottom, g.body_top
    body_h = y1 - y0
    side = g.qr_side if qr else 0.0
    gap = 0.35 * g.margin
    aff_w = (x1 - x0) - (side + gap if side else 0.0)
    rows = 5 if g.portrait or g.h > 70 * MM else 4
    # The largest affiliation type that leaves the name (nearly) as large as it can be.
    best: tuple[fitmod.NameFit, Affiliation] | None = None
    for size in _steps(g.aff_max, g.aff_min):
        aff = affiliation(position, organisation, aff_w, size, g.aff_min, rows)
        lower = max(aff.height + 0.3 * aff.size, side) if (aff.lines or side) else 0.0
        room = body_h - lower - (gap if lower else 0.0)
        nf = fit_name(
            name, x1 - x0, room, g.name_max, g.name_min, family=family, max_lines=3,
            break_size=0.78 * g.name_max,
        )  # fmt: skip
        if best is None or _better(nf, best[0]):
            best = (nf, aff)
        if nf.fits and nf.size >= 0.97 * g.name_max:
            break
    assert best is not None
    nf, aff = best
    lower = max(aff.height, side) if (aff.lines or side) else 0.0
    name_h = text_height(nf.size, len(nf.lines))
    free = body_h - lower - name_h - (gap if lower else 0.0)
    # the name a little above the middle of what is left; the affiliation on the QR's
    # middle line (or the body's foot)
    name_top = y1 - max(0.0, free) * 0.45
    cx = g.w / 2
    qr_box = None
    if side:
        qr_box = (x1 - side + 2, y0 + (lower - side) / 2 - 1, side)
    aff_top = y0 + (lower + aff.height) / 2
    aff_cx = x0 + aff_w / 2 if side else cx
    return Plan(nf, name_top, cx, aff, aff_top, aff_cx, qr_box)


def _steps(hi: float, lo: float) -> list[float]:
    out = [hi]
    while out[-1] - 0.5 > lo + 1e-6:
        out.append(out[-1] - 0.5)
    if out[-1] > lo:
        out.append(lo)
    return out


def _better(a: fitmod.NameFit, b: fitmod.NameFit) -> bool:
    """A name fit worth a smaller affiliation: whole where the other is not, or 5 % larger."""
    if a.fits != b.fits:
        return a.fits
    return a.size > b.size * 1.05


def name_block_lines(p: Plan) -> list[tuple[str, float]]:
    """Each name line with its baseline."""
    out = []
    y = p.name_top - ASCENT * p.name.size
    for line in p.name.lines:
        out.append((line, y))
        y -= p.name.size * fitmod.LEADING
    return out


def aff_block_lines(p: Plan) -> list[tuple[str, float]]:
    out = []
    y = p.aff_top - ASCENT * p.aff.size
    for line in p.aff.lines:
        out.append((line, y))
        y -= p.aff.size * AFF_LEADING
    return out


def header_text(title: str, dates: str, size: float, width: float, lines: int) -> list[str]:
    """The header's lines: "title · dates" on one line where it fits; a title too long
    for the badge is cut at its colon ("Rethinking Stability: Learning from …" becomes
    "Rethinking Stability"), and shortened with "…" only as a last resort (a short title
    for badges, set on the event, avoids both)."""
    font = fonts.BOLD
    titles = [title]
    if ":" in title and title.split(":", 1)[0].strip():
        titles.append(title.split(":", 1)[0].strip())
    for t in titles:
        if lines == 1:
            both = " · ".join(x for x in (t, dates) if x)
            if width1(both, font) * size <= width:
                return [both]
        elif width1(t, font) * size <= width:
            return [x for x in (t, dates) if x]
    short = elide(titles[-1], font, size, width) if title else ""
    return [short] if lines == 1 and short else [x for x in (short, dates) if x]
