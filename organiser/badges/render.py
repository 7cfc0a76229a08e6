"""Drawing badges, table tents and calibration pages on a reportlab Canvas.

Labels are drawn straight onto a Canvas, not through platypus: every badge is a fixed
rectangle, and a badge is written as PDF operators in its own coordinate system
(``q 1 0 0 1 x y cm … Q``). That one choice makes the fast path simple: everything that
is the same on every badge of a run (the header with the event's title and dates, the
logo, each category's band) is turned into operators once and reused; only the name,
the affiliation and the QR code are built per person. Text goes through the font's own
subset encoder (``TTFont.splitString``), exactly as ``Canvas.drawString`` does, minus the
per-call text-object machinery. The QR code is one path of merged horizontal runs.

Text is cleaned (``services.text.clean``) and characters the font lacks are dropped from
what is printed and listed in ``warnings`` first, so the caller can show them before the
user prints. Personal data (email, phone, needs) appears only inside a vCard QR code and
only for the fields the user ticked.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

import segno
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from segno import helpers as segno_helpers

from ..model import EventData, Person
from ..pdf import fonts
from ..services.text import clean
from . import QR_CHOICES, VCARD_FIELDS
from . import fit as fitmod
from . import qr as qrfast
from .fit import ASCENT, DESCENT, elide, fit_name, text_height, width1, wrap
from .layouts import MM, Layout, calibration

CATEGORY_LABELS = {
    "speaker": "Speaker",
    "participant": "Participant",
    "staff": "Staff",
    "press": "Press",
    "vip": "VIP",
    "organiser": "Organiser",
}
DEFAULT_COLOURS = {
    "speaker": "#B03A2E",
    "participant": "#1F4E79",
    "staff": "#2E7D32",
    "press": "#6A1B9A",
    "vip": "#8D6E00",
    "organiser": "#D35400",
}
FALLBACK_COLOUR = "#455A64"
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
#: Courtesy titles, left off badges by default (academic and diplomatic titles stay).
COURTESY = frozenset(
    [
        "mr",
        "ms",
        "mrs",
        "miss",
        "mx",
        "m",
        "mme",
        "mlle",
        "herr",
        "frau",
        "sr",
        "sra",
        "srta",
        "dna",
        "sig",
        "sigra",
    ]
)
QUIET = 2  # modules of white around the QR code (scanners cope with 2; the label edge helps)


class Cancelled(Exception):
    """Raised inside a render when the caller's cancel check says stop; nothing is written."""


@dataclass
class BadgeOptions:
    qr: str = "id"  # id | vcard | none
    vcard_fields: frozenset[str] = frozenset()
    start: int = 1  # first label used on the first sheet (1-based)
    skip_slots: frozenset[int] = frozenset()  # slots of the first sheet already used
    outline: bool = False
    duplex: bool = False
    band: str = "category"  # category | role
    show_event: bool = True
    logo: str | None = None  # a PNG path; None means the event's setting 'badge_logo'
    calibrate: bool = True
    honorific: str = "titles"  # titles (Dr., Prof., H.E.; not Mr./Ms.) | all | none


@dataclass
class Badge:
    """What one badge shows, cleaned and reduced to what the font can draw."""

    person_id: int | None
    uid: str
    name: str  # as the person wants it printed, without honorific (table tents)
    family: str
    honorific: str
    position: str
    organisation: str
    band: str
    colour: tuple[float, float, float]
    qr_data: str | None
    display: str = ""  # the hero line: a title and the name ("H.E. Amina Haddad")

    def __post_init__(self) -> None:
        self.display = self.display or self.name


Rect = tuple[float, float, float, float]


@dataclass
class RenderResult:
    pages: int = 0
    badges: int = 0
    warnings: list[str] = field(default_factory=list)
    slots: list[tuple[int, int]] = field(default_factory=list)  # (sheet, slot) per badge
    # per badge face drawn: (page index, label rect, QR rect or None), rects (x, y, w, h) pt
    boxes: list[tuple[int, Rect, Rect | None]] = field(default_factory=list)
    last_page_slots: list[int] = field(default_factory=list)  # slots used on the last sheet


Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


# ----------------------------------------------------------------------- preparing
def colour_of(value: object, default: str = FALLBACK_COLOUR) -> tuple[float, float, float]:
    m = _HEX.match(str(value or "").strip())
    if not m:
        m = _HEX.match(default)
    h = m.group(1)  # type: ignore[union-attr]
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


def badge_colours(data: EventData) -> dict[str, str]:
    colours = dict(DEFAULT_COLOURS)
    custom = data.settings.get("badge_colours")
    if isinstance(custom, dict):
        colours.update({str(k): str(v) for k, v in custom.items() if _HEX.match(str(v))})
    return colours


def _printable(text: str, font: str, warn: list[str], who: str) -> str:
    text = clean(text)
    missing = fonts.missing_glyphs(text, font)
    if missing:
        chars = " ".join(missing)
        warn.append(
            f"{who}: the font has no {chars}; printed without {'it' if len(missing) == 1 else 'them'}"
        )
        drop = set(missing)
        text = " ".join("".join(ch for ch in text if ch not in drop).split())
    return " ".join(text.split())


def _short(text: str, limit: int = 60) -> str:
    """A name as a message quotes it: a 5,000-letter name must not flood the warnings."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def vcard(person: Person, fields: Iterable[str]) -> str:
    """A vCard 3.0 with the name always, and only the ticked fields besides it."""
    fields = set(fields)
    unknown = fields - set(VCARD_FIELDS)
    if unknown:
        raise ValueError(
            f"a vCard can carry {', '.join(VCARD_FIELDS)}; not {', '.join(sorted(unknown))}"
        )
    org = person.affiliations[0].organisation if person.affiliations else ""
    return segno_helpers.make_vcard_data(
        name=f"{clean(person.family_name)};{clean(person.given_name)}",
        displayname=clean(person.name) or clean(person.family_name) or person.uid,
        email=clean(person.email) or None if "email" in fields else None,
        phone=clean(person.phone) or None if "phone" in fields else None,
        org=clean(org) or None if "organisation" in fields else None,
    )


def prepare(
    data: EventData, people: Iterable[Person], options: BadgeOptions
) -> tuple[list[Badge], list[str]]:
    """Badges for ``people`` and the warnings to show before printing."""
    if options.qr not in QR_CHOICES:
        raise ValueError(f"--qr must be one of {', '.join(QR_CHOICES)}")
    if options.honorific not in ("titles", "all", "none"):
        raise ValueError("honorific must be titles, all or none")
    if options.band not in ("category", "role"):
        raise ValueError("the band shows the category or the role")
    colours = badge_colours(data)
    role_of: dict[int, str] = {}
    if options.band == "role":
        for s in data.sessions:
            for r in s.roles:
                role_of.setdefault(r.person_id, r.role)
    badges, warn = [], []
    for p in people:
        who = _short(clean(p.name)) or p.uid
        name = _printable(p.name, fonts.BOLD, warn, who)
        if not name:
            warn.append(f"{p.uid}: no name that can be printed; no badge")
            continue
        aff = p.affiliations[0] if p.affiliations else None
        position = _printable(aff.position, fonts.REGULAR, warn, f"{who}, position") if aff else ""
        organisation = (
            _printable(aff.organisation, fonts.REGULAR, warn, f"{who}, organisation") if aff else ""
        )
        key = p.category
        label = CATEGORY_LABELS.get(p.category, p.category.replace("_", " ").title())
        if options.band == "role" and p.id in role_of:
            key = role_of[p.id]
            label = data.role_type(key).label
            colour = colours.get(key) or colours.get(p.category, FALLBACK_COLOUR)
        else:
            colour = colours.get(key, FALLBACK_COLOUR)
        qr_data = None
        if options.qr == "id":
            qr_data = p.uid
        elif options.qr == "vcard":
            qr_data = vcard(p, options.vcard_fields)
        family = _printable(p.family_name, fonts.BOLD, [], who)
        honorific = _printable(p.honorific, fonts.BOLD, warn, f"{who}, honorific")
        shown = honorific if _show_honorific(honorific, options.honorific) else ""
        badges.append(
            Badge(
                p.id,
                p.uid,
                name,
                family,
                honorific,
                position,
                organisation,
                _printable(label, fonts.BOLD, warn, "band").upper(),
                colour_of(colour),
                qr_data,
                " ".join(x for x in (shown, name) if x),
            )
        )
    return badges, warn


def _show_honorific(honorific: str, mode: str) -> bool:
    if not honorific or mode == "none":
        return False
    if mode == "all":
        return True
    return honorific.replace(".", "").strip().casefold() not in COURTESY


def event_dates(data: EventData) -> str:
    """'2–4 November 2021', '30 November – 2 December 2021', or '' without days."""
    if not data.days:
        return ""
    first = min(d.date for d in data.days)
    last = max(d.date for d in data.days)
    return date_range(first, last)


def date_range(a: date, b: date) -> str:
    if a == b:
        return f"{a.day} {a:%B %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%B %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%B} – {b.day} {b:%B %Y}"
    return f"{a.day} {a:%B %Y} – {b.day} {b:%B %Y}"


# ------------------------------------------------------------------------ geometry
@dataclass
class _Geometry:
    """Where things go on one badge of a given size, in points, badge origin bottom-left."""

    w: float
    h: float
    radius: float
    margin: float
    band_h: float
    band_size: float
    header_size: float
    header_top: float  # baseline of the header's first line
    body_bottom: float
    body_top: float
    qr: tuple[float, float, float] | None  # x, y, side (the square incl. quiet zone)
    col: tuple[float, float, float, float]  # text column x0, y0, x1, y1
    name_max: float
    name_min: float
    aff_size: float
    portrait: bool = False


def geometry(w: float, h: float, radius: float = 0.0, *, qr: bool, header: bool) -> _Geometry:
    """Zones of a badge: header at the top, band at the bottom, name and QR between."""
    portrait = h > w * 1.05
    margin = max(3 * MM, 0.055 * min(w, h), 0.45 * radius)
    band_h = min(max((0.12 if portrait else 0.17) * h, 6.5 * MM), 16 * MM)
    band_size = min(max(band_h * 0.42, 7.0), 16.0)
    header_size = min(max(0.045 * h, 6.5), 11.0) if header else 0.0
    header_top = h - margin - ASCENT * header_size
    header_h = text_height(header_size, 2, 1.2) + 0.25 * margin if header else 0.0
    body_bottom = band_h + 0.7 * margin
    body_top = h - margin - header_h
    body_h = body_top - body_bottom
    qr_box = None
    x0, y0, x1, y1 = margin, body_bottom, w - margin, body_top
    if qr:
        if portrait:
            side = min(0.5 * w, 0.42 * body_h, 42 * MM)
            qr_box = ((w - side) / 2, body_bottom, side)
            y0 = body_bottom + side + 0.5 * margin
        else:
            side = min(body_h, 0.34 * w, 30 * MM)
            qr_box = (w - margin - side + 2, body_bottom + (body_h - side) / 2, side)
            x1 = w - margin - side
    name_max = min(max(0.19 * h, 14.0), 60.0) if not portrait else min(0.16 * h, 60.0)
    name_min = max(9.0, min(14.0, 0.3 * name_max))
    aff_size = min(max(0.42 * name_max, 7.0), 13.0)
    return _Geometry(
        w, h, radius, margin, band_h, band_size, header_size, header_top,
        body_bottom, body_top, qr_box, (x0, y0, x1, y1), name_max, name_min, aff_size,
        portrait,
    )  # fmt: skip


MIN_QR = 14 * MM  # 25 modules with the quiet zone: 0.56 mm each, still easy to scan


@dataclass
class _Plan:
    """Where one badge's name, affiliation and QR code go (badge coordinates, points)."""

    name: fitmod.NameFit
    name_top: float
    aff: list[str]
    aff_top: float
    cx: float  # centre line of the name
    aff_cx: float
    qr: tuple[float, float, float] | None  # x, y, side
    aff_size: float = 0.0


def _stack(g: _Geometry, col, name, family, position, organisation) -> _Plan:
    """Name above affiliation, the block centred in the column."""
    x0, y0, x1, y1 = col
    width = x1 - x0
    aff, aff_size = _affiliation_lines(position, organisation, g.aff_size, width)
    aff_h = (text_height(aff_size, len(aff), 1.25) + 0.35 * aff_size) if aff else 0.0
    dropped = False
    while aff and y1 - y0 - aff_h < text_height(g.name_min):  # a tiny badge: name first
        aff, dropped = aff[:-1], True
        aff_h = (text_height(aff_size, len(aff), 1.25) + 0.35 * aff_size) if aff else 0.0
    if dropped and aff:  # say that something was left out
        aff[-1] = elide(aff[-1].rstrip(" ,;") + fitmod.ELLIPSIS, fonts.REGULAR, aff_size, width)
    nf = fit_name(
        name, width, y1 - y0 - aff_h, g.name_max, g.name_min, family=family,
        max_lines=3 if g.portrait else 2,
    )  # fmt: skip
    name_h = text_height(nf.size, len(nf.lines))
    top = y0 + (y1 - y0 + name_h + aff_h) / 2
    cx = (x0 + x1) / 2
    return _Plan(nf, top, aff, top - name_h - 0.35 * aff_size, cx, cx, None, aff_size)


def plan(g: _Geometry, name, family, position, organisation, with_qr: bool) -> _Plan:
    """The badge's arrangement. Beside the QR code while the name stays large there; a
    long name instead takes the full width and the QR code moves down beside the
    affiliation, smaller (never below MIN_QR)."""
    full = (g.margin, g.body_bottom, g.w - g.margin, g.body_top)
    if not with_qr or g.qr is None:
        return _stack(g, full, name, family, position, organisation)
    side_plan = _stack(g, g.col, name, family, position, organisation)
    side_plan.qr = g.qr
    if g.portrait or (side_plan.name.fits and side_plan.name.size >= 0.55 * g.name_max):
        return side_plan
    x0, y0, x1, y1 = full
    body_h = y1 - y0
    nf = fit_name(name, x1 - x0, 0.5 * body_h, g.name_max, g.name_min, family=family)
    if side_plan.name.fits and (not nf.fits or nf.size < side_plan.name.size * 1.1):
        return side_plan  # full width gains too little; neither fitting, width shows more
    name_h = text_height(nf.size, len(nf.lines))
    lower_top = y1 - name_h - 0.3 * g.margin
    side = min(lower_top - y0, 0.34 * g.w, 30 * MM)
    if side < MIN_QR:
        return side_plan
    qr = (g.w - g.margin - side + 2, y0 + (lower_top - y0 - side) / 2, side)
    lower = _stack(g, (x0, y0, qr[0] - 0.3 * g.margin, lower_top), "", "", position, organisation)
    aff_h = text_height(lower.aff_size, len(lower.aff), 1.25) if lower.aff else 0.0
    aff_top = y0 + (lower_top - y0 + aff_h) / 2
    return _Plan(nf, y1, lower.aff, aff_top, g.w / 2, lower.aff_cx, qr, lower.aff_size)


def name_fits(person: Person, layout: Layout, *, qr: bool = True) -> fitmod.NameFit:
    """How the person's name fits this layout's badge: ``.fits`` is False when it would
    need to shrink below the layout's minimum size or be shortened with "…"."""
    w, h = _badge_size(layout)
    g = geometry(w, h, layout.radius * MM, qr=qr, header=True)
    honorific = clean(person.honorific)
    name = _printable(
        f"{honorific} {person.name}" if _show_honorific(honorific, "titles") else person.name,
        fonts.BOLD,
        [],
        "",
    )
    aff = person.affiliations[0] if person.affiliations else None
    return plan(
        g,
        name,
        clean(person.family_name),
        clean(aff.position) if aff else "",
        clean(aff.organisation) if aff else "",
        qr,
    ).name


def preflight(
    data: EventData, people: Iterable[Person], layout: Layout, options: BadgeOptions | None = None
) -> list[str]:
    """Everything to tell the user before printing: characters the font lacks (printed
    without them) and names that must shrink below the minimum or be shortened."""
    options = options or BadgeOptions()
    people = list(people)
    if layout.kind == "tent":
        _, warnings = prepare(data, people, BadgeOptions(qr="none"))
        return warnings
    _, warnings = prepare(data, people, options)
    qr = options.qr != "none"
    for p in people:
        fit = name_fits(p, layout, qr=qr)
        if not fit.fits and fit.lines:
            how = (
                "shortened to “" + " ".join(fit.lines) + "”" if fit.elided else "printed very small"
            )
            warnings.append(f"{_short(clean(p.name)) or p.uid}: too long for {layout.name}; {how}")
    return warnings


def _badge_size(layout: Layout) -> tuple[float, float]:
    w, h = layout.label_w * MM, layout.label_h * MM
    if layout.kind in ("foldover", "tent"):
        h /= 2
    return w, h


# -------------------------------------------------------------------------- writer
def _f(v: float) -> str:
    return f"{v:.2f}"


class _Writer:
    """PDF operators for one Canvas: text through the fonts' subset encoders, cached."""

    def __init__(self, canv: Canvas):
        fonts.register()
        self.canv = canv
        self.doc = canv._doc
        self.escape = canv._escape
        self.font = {name: pdfmetrics.getFont(name) for name in (fonts.REGULAR, fonts.BOLD)}

    def text(self, font: str, size: float, x: float, y: float, s: str) -> str:
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


def _rgb(c: tuple[float, float, float]) -> str:
    return f"{c[0]:.3f} {c[1]:.3f} {c[2]:.3f} rg"


def _round_rect_path(x: float, y: float, w: float, h: float, r: float) -> str:
    if r <= 0:
        return f"{_f(x)} {_f(y)} {_f(w)} {_f(h)} re"
    k = 0.5523 * r  # Bézier handle for a quarter circle
    x1, y1 = x + w, y + h
    return " ".join(
        (
            f"{_f(x + r)} {_f(y)} m {_f(x1 - r)} {_f(y)} l",
            f"{_f(x1 - r + k)} {_f(y)} {_f(x1)} {_f(y + r - k)} {_f(x1)} {_f(y + r)} c",
            f"{_f(x1)} {_f(y1 - r)} l",
            f"{_f(x1)} {_f(y1 - r + k)} {_f(x1 - r + k)} {_f(y1)} {_f(x1 - r)} {_f(y1)} c",
            f"{_f(x + r)} {_f(y1)} l",
            f"{_f(x + r - k)} {_f(y1)} {_f(x)} {_f(y1 - r + k)} {_f(x)} {_f(y1 - r)} c",
            f"{_f(x)} {_f(y + r)} l",
            f"{_f(x)} {_f(y + r - k)} {_f(x + r - k)} {_f(y)} {_f(x + r)} {_f(y)} c h",
        )
    )


def _band_shape(w: float, h: float, band_h: float, r: float) -> str:
    """The bottom band, filled; on a label with rounded corners (or a round label) it is
    clipped to the label's outline so that it follows the die cut."""
    if r <= 0:
        return f"0 0 {_f(w)} {_f(band_h)} re f"
    return f"q {_round_rect_path(0, 0, w, h, r)} W n 0 0 {_f(w)} {_f(band_h)} re f Q"


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


# ------------------------------------------------------------------------- drawing
class _BadgeDrawer:
    """Builds the operators of badges of one size for one document, reusing what repeats."""

    def __init__(
        self,
        writer: _Writer,
        data: EventData,
        w: float,
        h: float,
        radius: float,
        *,
        qr: bool,
        header: bool,
        logo: _Logo | None,
    ):
        self.wr = writer
        self.g = geometry(w, h, radius, qr=qr, header=header)
        self.qr = _QRPainter() if self.g.qr else None
        self._static: dict[tuple[str, tuple[float, float, float]], str] = {}
        self._header = self._header_ops(data, logo) if header else ""

    def _header_ops(self, data: EventData, logo: _Logo | None) -> str:
        g, wr = self.g, self.wr
        size = g.header_size
        x0, x1 = g.margin, g.w - g.margin
        ops = []
        if logo is not None:
            lh = text_height(size, 2, 1.2)
            lw = min(lh * logo.aspect, 0.3 * g.w)
            lh = lw / logo.aspect
            ly = g.h - g.margin - lh
            ops.append(f"q {_f(lw)} 0 0 {_f(lh)} {_f(x1 - lw)} {_f(ly)} cm /{logo.xobject} Do Q")
            x1 -= lw + 2 * MM
        title = _printable(data.event.title, fonts.BOLD, [], "title")
        dates = event_dates(data)
        cx = (x0 + x1) / 2
        ops.append("0.25 g")
        if title:
            ops.append(
                wr.centred(
                    fonts.BOLD, size, cx, g.header_top, elide(title, fonts.BOLD, size, x1 - x0)
                )
            )
        if dates:
            y = g.header_top - size * 1.2
            ops.append(
                wr.centred(fonts.REGULAR, size, cx, y, elide(dates, fonts.REGULAR, size, x1 - x0))
            )
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
                    _rgb(colour),
                    _band_shape(g.w, g.h, g.band_h, g.radius),
                    ink,
                    wr.centred(fonts.BOLD, size, g.w / 2, y, text),
                )
            )
            self._static[key] = ops
        return ops

    def ops(
        self, b: Badge, *, with_qr: bool = True
    ) -> tuple[str, tuple[float, float, float] | None]:
        """The badge's operators, and where its QR code went (x, y, side) if it has one."""
        g, wr = self.g, self.wr
        with_qr = with_qr and self.qr is not None and bool(b.qr_data)
        p = plan(g, b.display, b.family, b.position, b.organisation, with_qr)
        out = [self._band(b.band, b.colour), self._header, "0 g"]
        nf = p.name
        y = p.name_top - ASCENT * nf.size
        for line in nf.lines:
            out.append(wr.centred(fonts.BOLD, nf.size, p.cx, y, line))
            y -= nf.size * fitmod.LEADING
        if p.aff:
            out.append("0.2 g")
            y = p.aff_top - ASCENT * p.aff_size
            for line in p.aff:
                out.append(wr.centred(fonts.REGULAR, p.aff_size, p.aff_cx, y, line))
                y -= p.aff_size * 1.25
        if with_qr and p.qr is not None:
            out.append(self.qr.ops(b.qr_data, p.qr))  # type: ignore[union-attr, arg-type]
        return " ".join(out), p.qr


def _affiliation_lines(
    position: str, organisation: str, size: float, width: float
) -> tuple[list[str], float]:
    """Position and organisation in at most two lines, and the size they need.

    One line if it fits; else wrapped onto two, shrinking the type by up to a fifth to
    keep every word; else one line each, shortened with "…" so neither loses its start.
    """
    font = fonts.REGULAR
    both = ", ".join(p for p in (position, organisation) if p)
    if not both:
        return [], size
    if width1(both, font) * size <= width:
        return [both], size
    for s in (size, 0.9 * size, 0.8 * size):
        lines = wrap(both, font, s, width, 2)
        if not lines[-1].endswith(fitmod.ELLIPSIS):
            return lines, s
    s = 0.8 * size
    if not (position and organisation):
        return wrap(both, font, s, width, 2), s
    return [elide(position, font, s, width), elide(organisation, font, s, width)], s


@dataclass
class _Logo:
    xobject: str
    aspect: float  # width / height


def _logo(canv: Canvas, path: str | None, warn: list[str]) -> _Logo | None:
    """Register the logo once per document as a form; every badge then refers to it."""
    if not path:
        return None
    p = Path(path)
    if p.suffix.lower() == ".svg":
        warn.append(f"logo {p.name}: SVG logos cannot be embedded yet; save it as PNG")
        return None
    try:
        reader = ImageReader(str(p))
        iw, ih = reader.getSize()
    except Exception as exc:  # unreadable image: a warning, not a failed print
        warn.append(f"logo {p.name} cannot be read ({exc.__class__.__name__}); printed without it")
        return None
    if not iw or not ih:
        return None
    name = "badgelogo"
    canv.beginForm(name, lowerx=0, lowery=0, upperx=1, uppery=1)
    canv.drawImage(reader, 0, 0, 1, 1, mask="auto")
    canv.endForm()
    return _Logo(canv._doc.getXObjectName(name), iw / ih)


def _new_canvas(out: str | Path | IO[bytes], layout: Layout, title: str, invariant: bool) -> Canvas:
    fonts.register()
    canv = Canvas(
        out if isinstance(out, io.IOBase) else str(out),
        pagesize=layout.page_size_pt,
        invariant=1 if invariant else 0,
        initialFontName=fonts.REGULAR,  # reportlab would start each page in bare Helvetica
    )
    canv.setTitle(title)
    canv.setCreator("Organiser")
    return canv


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("cancelled; nothing was written")


def _begin_page(canv: Canvas, layout: Layout, options: BadgeOptions) -> list[str]:
    """Start a page; returns the page's operator list (showPage replaces it each time)."""
    canv.saveState()
    if options.calibrate:
        dx, dy = calibration(layout.name)
        if dx or dy:
            canv.translate(dx * MM, -dy * MM)
    return canv._code


def _end_page(canv: Canvas) -> None:
    canv.restoreState()
    canv.showPage()


def _outline(rect: tuple[float, float, float, float], r: float) -> str:
    x, y, w, h = rect
    return f"q 0.6 G 0.4 w {_round_rect_path(x, y, w, h, r)} S Q"


def render_badges(
    data: EventData,
    people: Iterable[Person],
    layout: Layout,
    out: str | Path | IO[bytes],
    options: BadgeOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    invariant: bool = False,
) -> RenderResult:
    """Badges for ``people`` on ``layout``, written to ``out`` (a path or a binary file).

    Sheets fill from label ``options.start``; ``duplex`` adds after each sheet a back page
    whose badges sit where the fronts' backs are once the sheet is turned over its
    vertical axis; single-badge and fold-over layouts make one page per person.
    """
    options = options or BadgeOptions()
    if layout.kind == "tent":
        return render_tents(
            data, people, layout, out, progress=progress, cancelled=cancelled, invariant=invariant
        )
    people = list(people)
    badges, warnings = prepare(data, people, options)
    result = RenderResult(warnings=warnings)
    total = len(badges)
    if not total:
        raise ValueError("nobody to print a badge for")
    per_page = layout.per_page
    if layout.kind == "sheet":
        if not 1 <= options.start <= per_page:
            raise ValueError(f"--start must be between 1 and {per_page} for {layout.name}")
        first_free = [s for s in range(options.start - 1, per_page) if s not in options.skip_slots]
        if not first_free:
            raise ValueError("no free label left on the first sheet")
    else:
        first_free = [0]
    canv = _new_canvas(out, layout, f"Badges – {data.event.title}".strip(" –"), invariant)
    wr = _Writer(canv)
    logo = _logo(
        canv,
        options.logo if options.logo is not None else _setting_str(data, "badge_logo"),
        warnings,
    )
    w, h = _badge_size(layout)
    radius = layout.radius * MM
    want_qr = options.qr != "none"
    drawer = _BadgeDrawer(wr, data, w, h, radius, qr=want_qr, header=options.show_event, logo=logo)
    back = (
        _BadgeDrawer(wr, data, w, h, radius, qr=False, header=options.show_event, logo=logo)
        if (options.duplex or layout.kind == "foldover")
        else None
    )
    i = 0
    page = 0
    while i < total:
        _check(cancelled)
        slots = first_free if page == 0 else list(range(per_page))
        on_page: list[tuple[int, Badge]] = []
        for s in slots:
            if i >= total:
                break
            on_page.append((s, badges[i]))
            i += 1
        code = _begin_page(canv, layout, options)
        for s, b in on_page:
            if layout.kind == "foldover":
                x, y, pw, ph = layout.rect_pt(0)
                ops, qr = drawer.ops(b)
                code.append(f"q 1 0 0 1 {_f(x)} {_f(y)} cm {ops} Q")
                result.boxes.append((result.pages, (x, y, pw, ph / 2), _shift(qr, x, y)))
                # the upper half, turned 180° so it reads upright once folded behind
                ops, _ = back.ops(b, with_qr=False)  # type: ignore[union-attr]
                code.append(f"q -1 0 0 -1 {_f(x + pw)} {_f(y + ph)} cm {ops} Q")
                result.boxes.append((result.pages, (x, y + ph / 2, pw, ph / 2), None))
                if options.outline:
                    code.append(_outline((x, y, pw, ph), radius))
                    code.append(
                        f"q 0.6 G 0.4 w [2 2] 0 d {_f(x)} {_f(y + ph / 2)} m "
                        f"{_f(x + pw)} {_f(y + ph / 2)} l S Q"
                    )
            else:
                rect = layout.rect_pt(s)
                ops, qr = drawer.ops(b)
                code.append(f"q 1 0 0 1 {_f(rect[0])} {_f(rect[1])} cm {ops} Q")
                result.boxes.append((result.pages, rect, _shift(qr, rect[0], rect[1])))
                if options.outline:
                    code.append(_outline(rect, radius))
            result.slots.append((page, s))
            result.badges += 1
            if progress is not None and result.badges % 25 == 0:
                progress(result.badges, total)
        _end_page(canv)
        result.pages += 1
        if options.duplex and back is not None and layout.kind != "foldover":
            code = _begin_page(canv, layout, options)
            for s, b in on_page:
                rect = layout.mirrored_rect_pt(s)
                ops, _ = back.ops(b, with_qr=False)
                code.append(f"q 1 0 0 1 {_f(rect[0])} {_f(rect[1])} cm {ops} Q")
                result.boxes.append((result.pages, rect, None))
                if options.outline:
                    code.append(_outline(rect, radius))
            _end_page(canv)
            result.pages += 1
        result.last_page_slots = sorted(
            {s for s, _ in on_page} | (set(options.skip_slots) if page == 0 else set())
        )
        page += 1
    _check(cancelled)
    canv.save()
    if progress is not None:
        progress(total, total)
    return result


def _shift(qr: tuple[float, float, float] | None, x: float, y: float) -> Rect | None:
    return None if qr is None else (x + qr[0], y + qr[1], qr[2], qr[2])


def _setting_str(data: EventData, key: str) -> str | None:
    v = data.settings.get(key)
    return str(v) if isinstance(v, str) and v.strip() else None


# -------------------------------------------------------------------------- tents
def render_tents(
    data: EventData,
    people: Iterable[Person],
    layout: Layout,
    out: str | Path | IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    invariant: bool = False,
) -> RenderResult:
    """Folded table name cards: one per page, the name on both faces.

    The page folds along its long middle; the upper face is turned 180° so that, standing
    on the table, both faces read upright. Below the name: honorific and organisation.
    """
    if layout.kind != "tent":
        raise ValueError(f"{layout.name} is not a table-tent layout")
    badges, warnings = prepare(data, people, BadgeOptions(qr="none"))
    if not badges:
        raise ValueError("nobody to print a table tent for")
    result = RenderResult(warnings=warnings)
    canv = _new_canvas(out, layout, f"Table tents – {data.event.title}".strip(" –"), invariant)
    wr = _Writer(canv)
    pw, ph = layout.page_size_pt
    face_h = ph / 2
    for n, b in enumerate(badges):
        _check(cancelled)
        code = _begin_page(canv, layout, BadgeOptions())
        face = _tent_face(wr, b, pw, face_h)
        code.append(f"q {face} Q")
        code.append(f"q -1 0 0 -1 {_f(pw)} {_f(ph)} cm {face} Q")
        # fold guide: short ticks at both edges, out of the way of the text
        code.append(
            f"q 0.6 G 0.5 w 0 {_f(face_h)} m {_f(8 * MM)} {_f(face_h)} l "
            f"{_f(pw - 8 * MM)} {_f(face_h)} m {_f(pw)} {_f(face_h)} l S Q"
        )
        _end_page(canv)
        result.pages += 1
        result.badges += 1
        result.slots.append((n, 0))
        if progress is not None:
            progress(n + 1, len(badges))
    canv.save()
    return result


def _tent_face(wr: _Writer, b: Badge, w: float, h: float) -> str:
    """One face, upright, with its bottom edge on the table (y = 0)."""
    margin = 15 * MM
    width = w - 2 * margin
    sub = " · ".join(p for p in (b.honorific, b.organisation) if p)
    sub_size = min(max(h * 0.07, 12.0), 24.0)
    sub_h = (text_height(sub_size) + 0.4 * sub_size) if sub else 0.0
    top_limit = h - 10 * MM  # keep clear of the fold
    bottom = 12 * MM
    avail = top_limit - bottom - sub_h
    nf = fit_name(b.name, width, avail, min(h * 0.42, 110.0), 24.0, family=b.family)
    name_h = text_height(nf.size, len(nf.lines))
    block = name_h + sub_h
    top = bottom + (top_limit - bottom + block) / 2
    out = [_rgb(b.colour), f"{_f(margin)} {_f(bottom - 4 * MM)} {_f(width)} 1.6 re f", "0 g"]
    y = top - ASCENT * nf.size
    for line in nf.lines:
        out.append(wr.centred(fonts.BOLD, nf.size, w / 2, y, line))
        y -= nf.size * fitmod.LEADING
    if sub:
        out.append("0.25 g")
        y = top - name_h - 0.4 * sub_size - ASCENT * sub_size
        out.append(
            wr.centred(
                fonts.REGULAR, sub_size, w / 2, y, elide(sub, fonts.REGULAR, sub_size, width)
            )
        )
    return " ".join(out)


# -------------------------------------------------------------------- calibration
def render_calibration(
    layout: Layout, out: str | Path | IO[bytes], *, calibrate: bool = True, invariant: bool = False
) -> None:
    """Only the label outlines, each with a centred cross: print on plain paper, hold it
    against a blank sheet, and measure how far the crosses sit from the labels' centres."""
    canv = _new_canvas(out, layout, f"Calibration – {layout.name}", invariant)
    code = _begin_page(canv, layout, BadgeOptions(calibrate=calibrate))
    radius = layout.radius * MM
    rects = (
        [layout.rect_pt(s) for s in range(layout.per_page)]
        if layout.kind in ("sheet", "single")
        else [layout.rect_pt(0)]
    )
    arm = 5 * MM
    for x, y, w, h in rects:
        cx, cy = x + w / 2, y + h / 2
        code.append(
            f"q 0 G 0.5 w {_round_rect_path(x, y, w, h, radius)} S "
            f"{_f(cx - arm)} {_f(cy)} m {_f(cx + arm)} {_f(cy)} l "
            f"{_f(cx)} {_f(cy - arm)} m {_f(cx)} {_f(cy + arm)} l S Q"
        )
    if layout.kind in ("foldover", "tent"):
        x, y, w, h = rects[0]
        code.append(
            f"q 0.5 G 0.5 w [3 3] 0 d {_f(x)} {_f(y + h / 2)} m {_f(x + w)} {_f(y + h / 2)} l S Q"
        )
    wr = _Writer(canv)
    dx, dy = calibration(layout.name) if calibrate else (0.0, 0.0)
    note = f"{layout.name}: calibration {dx:+.1f} mm across, {dy:+.1f} mm down"
    size = 7.0
    x0, y0, _, _ = rects[0]
    ty = (
        min(layout.page_size_pt[1] - 4 * MM, y0 + rects[0][3] + 2 * MM)
        if layout.kind == "sheet"
        else 3 * MM
    )
    if layout.kind == "sheet" and ty + size > layout.page_size_pt[1] - 2:
        ty = 2 * MM
    code.append("0.3 g " + wr.text(fonts.REGULAR, size, max(x0, 3 * MM), ty, note))
    _end_page(canv)
    canv.save()
