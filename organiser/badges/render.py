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
from ..pdf import fonts, shaping
from ..services.text import clean
from . import QR_CHOICES, VCARD_FIELDS
from . import fit as fitmod
from . import qr as qrfast
from .arrange import (
    Plan,
    aff_block_lines,
    affiliation,
    geometry,
    header_text,
    name_block_lines,
    plan,
)
from .fit import ASCENT, DESCENT, elide, fit_name, text_height, width1
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
    #: what of this person's text cannot be printed ("has no font for 🙂"), for the user
    problems: list[str] = field(default_factory=list)

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
    #: one line per badge whose text could not all be printed ("Name: why"); the command
    #: line exits 1 and the window lists them when there is any
    incomplete: list[str] = field(default_factory=list)


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
            f"{who}: no bundled font has {chars}; printed without {'it' if len(missing) == 1 else 'them'}"
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
        mine: list[str] = []
        name = _printable(p.name, fonts.BOLD, mine, who)
        if not name and clean(p.name):
            mine.append(f"{who}: nothing of the name can be printed; the badge has a blank line")
        aff = p.affiliations[0] if p.affiliations else None
        position = _printable(aff.position, fonts.REGULAR, mine, f"{who}, position") if aff else ""
        organisation = (
            _printable(aff.organisation, fonts.REGULAR, mine, f"{who}, organisation") if aff else ""
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
        honorific = _printable(p.honorific, fonts.BOLD, mine, f"{who}, honorific")
        warn.extend(mine)
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
                mine,
            )
        )
    return badges, warn


def _show_honorific(honorific: str, mode: str) -> bool:
    if not honorific or mode == "none":
        return False
    if mode == "all":
        return True
    return honorific.replace(".", "").strip().casefold() not in COURTESY


def badge_title(data: EventData) -> str:
    """The title a badge's header shows: the event's short title where it has one."""
    return data.event.short_title.strip() or data.event.title


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


def name_fits(person: Person, layout: Layout, *, qr: bool = True) -> fitmod.NameFit:
    """How the person's name fits this layout's badge: ``.fits`` is False when it would
    need to shrink below the layout's minimum size or be shortened with "…"."""
    w, h = _badge_size(layout)
    g = geometry(w, h, layout.radius * MM, qr="id" if qr else "", header=True)
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
        return _tent_problems(data, people, layout)
    badges, warnings = prepare(data, people, options)
    w, h = _badge_size(layout)
    qr = options.qr if options.qr != "none" else ""
    g = geometry(w, h, layout.radius * MM, qr=qr, header=options.show_event)
    for b in badges:
        p = plan(g, b.display, b.family, b.position, b.organisation, bool(qr and b.qr_data))
        warnings.extend(_fit_problems(b, p, layout.name))
    return warnings


def _tent_problems(data: EventData, people: list[Person], layout: Layout) -> list[str]:
    badges, warnings = prepare(data, people, BadgeOptions(qr="none"))
    pw, ph = layout.page_size_pt
    for b in badges:
        warnings.extend(_fit_problems(b, _tent_plan(b, pw, ph / 2), layout.name))
    return warnings


def _fit_problems(b: Badge, p: Plan, layout: str) -> list[str]:
    """What of the badge's text did not fit whole, worded for the user."""
    who = _short(b.name) or b.uid
    out = []
    if p.name.elided:
        out.append(f"{who}: too long for {layout}; shortened to “{' '.join(p.name.lines)}”")
    elif p.name.below_min:
        out.append(f"{who}: too long for {layout}; printed very small")
    if not p.aff.whole:
        out.append(f"{who}: organisation too long for {layout}; shortened")
    return out


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
        qr: str,
        header: bool,
        logo: _Logo | None,
    ):
        self.wr = writer
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
            ops.append(f"q {_f(lw)} 0 0 {_f(lh)} {_f(x1 - lw)} {_f(ly)} cm /{logo.xobject} Do Q")
            x1 -= lw + 2 * MM
        title = _printable(badge_title(data), fonts.BOLD, [], "title")
        cx = (x0 + x1) / 2
        ops.append("0.25 g")
        y = g.header_top
        for n, line in enumerate(
            header_text(title, event_dates(data), size, x1 - x0, g.header_lines)
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
                    _rgb(colour),
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
            out.append(self.qr.ops(b.qr_data, p.qr))  # type: ignore[union-attr, arg-type]
        return " ".join(out), p


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
    # labels must print at actual size: a viewer's "fit to page" would move every badge
    canv.setViewerPreference("PrintScaling", "None")
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
    want_qr = options.qr if options.qr != "none" else ""
    drawer = _BadgeDrawer(wr, data, w, h, radius, qr=want_qr, header=options.show_event, logo=logo)
    back = (
        _BadgeDrawer(wr, data, w, h, radius, qr="", header=options.show_event, logo=logo)
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
                ops, arranged = drawer.ops(b)
                code.append(f"q 1 0 0 1 {_f(x)} {_f(y)} cm {ops} Q")
                result.boxes.append((result.pages, (x, y, pw, ph / 2), _shift(arranged.qr, x, y)))
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
                ops, arranged = drawer.ops(b)
                code.append(f"q 1 0 0 1 {_f(rect[0])} {_f(rect[1])} cm {ops} Q")
                result.boxes.append((result.pages, rect, _shift(arranged.qr, rect[0], rect[1])))
                if options.outline:
                    code.append(_outline(rect, radius))
            if b.problems or not arranged.whole:
                result.incomplete.append(_incomplete(b, arranged, layout.name))
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


def _incomplete(b: Badge, p: Plan, layout: str) -> str:
    """'Name (UID): why', for a badge printed without some of its text."""
    reasons = [m.split(": ", 1)[-1] for m in (*b.problems, *_fit_problems(b, p, layout))]
    return f"{_short(b.name) or '(no name)'} ({b.uid}): {'; '.join(reasons)}"


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
        face, arranged = _tent_face(wr, b, pw, face_h)
        if b.problems or not arranged.whole:
            result.incomplete.append(_incomplete(b, arranged, layout.name))
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


TENT_MARGIN = 15 * MM


def _tent_plan(b: Badge, w: float, h: float) -> Plan:
    """One face, upright, with its bottom edge on the table (y = 0): the name with its
    honorific ("Dr. Niagalé Bagayoko"), the organisation below it, wrapped, never cut."""
    margin = TENT_MARGIN
    width = w - 2 * margin
    display = " ".join(x for x in (b.honorific, b.name) if x)
    sub_max = min(max(h * 0.07, 12.0), 24.0)
    aff = affiliation("", b.organisation, width, sub_max, 0.6 * sub_max, 2)
    sub_h = (aff.height + 0.4 * aff.size) if aff.lines else 0.0
    top_limit = h - 10 * MM  # keep clear of the fold
    bottom = 12 * MM
    avail = top_limit - bottom - sub_h
    nf = fit_name(display, width, avail, min(h * 0.42, 110.0), 24.0, family=b.family)
    name_h = text_height(nf.size, len(nf.lines))
    top = bottom + (top_limit - bottom + name_h + sub_h) / 2
    return Plan(nf, top, w / 2, aff, top - name_h - 0.4 * aff.size, w / 2, None)


def _tent_face(wr: _Writer, b: Badge, w: float, h: float) -> tuple[str, Plan]:
    p = _tent_plan(b, w, h)
    rule_y = 12 * MM - 4 * MM
    out = [_rgb(b.colour), f"{_f(TENT_MARGIN)} {_f(rule_y)} {_f(w - 2 * TENT_MARGIN)} 1.6 re f"]
    out.append("0 g")
    for line, y in name_block_lines(p):
        out.append(wr.centred(fonts.BOLD, p.name.size, p.cx, y, line))
    if p.aff.lines:
        out.append("0.25 g")
        for line, y in aff_block_lines(p):
            out.append(wr.centred(fonts.REGULAR, p.aff.size, p.cx, y, line))
    return " ".join(out), p


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
    note = (
        f"{layout.name}: calibration {dx:+.1f} mm across, {dy:+.1f} mm down."
        " Print at actual size; page 2 says how to measure."
    )
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
    _calibration_help(canv, wr, layout)
    canv.save()


CALIBRATION_STEPS = (
    "Print page 1 at actual size (100 %): in the print dialog choose “Actual size”, "
    "never “Fit to page” or “Shrink oversized pages”.",
    "Measure the check bar below with a ruler. It must be exactly {bar} mm long; if it is "
    "shorter or longer, the printer scaled the page: fix that setting and print again.",
    "Hold page 1 over a sheet of the labels against the light (or print it on a label "
    "sheet) and measure how far each cross sits from its label's centre: across (+ when "
    "the cross is right of the centre) and down (+ when it is below).",
    "Save the offset: in the window, Print & Export › Badges › Calibrate; on the command "
    'line, organiser layouts --calibrate "{name}" ACROSS DOWN. Badges then move to match.',
)


def _calibration_help(canv: Canvas, wr: _Writer, layout: Layout) -> None:
    """Page 2 of a calibration print: the steps, millimetre rulers along two edges and a
    check bar that reveals "fit to page" scaling (drawn without the printer offset)."""
    pw, ph = layout.page_size_pt
    code = canv._code
    edge = 4 * MM
    # rulers: along the top and the left edge, a tick each millimetre, numbered each cm
    ticks = ["q 0 G 0.3 w"]
    labels = []
    for n in range(int((pw - edge) / MM) + 1):
        x = edge + n * MM
        tick = 4 * MM if n % 10 == 0 else 2.5 * MM if n % 5 == 0 else 1.5 * MM
        ticks.append(f"{_f(x)} {_f(ph)} m {_f(x)} {_f(ph - tick)} l")
        if n % 10 == 0 and n:
            labels.append(wr.centred(fonts.REGULAR, 6, x, ph - 6.5 * MM, str(n)))
    for n in range(int((ph - edge) / MM) + 1):
        y = ph - edge - n * MM
        tick = 4 * MM if n % 10 == 0 else 2.5 * MM if n % 5 == 0 else 1.5 * MM
        ticks.append(f"0 {_f(y)} m {_f(tick)} {_f(y)} l")
        if n % 10 == 0 and n:
            labels.append(wr.text(fonts.REGULAR, 6, 5 * MM, y - 2, str(n)))
    ticks.append("S Q")
    code.append(" ".join(ticks))
    code.append("0 g " + " ".join(labels))
    x0 = 12 * MM
    width = pw - x0 - 8 * MM
    bar = 100 if width >= 100 * MM else 50
    size = 11.0 if width > 120 * MM else 7.5
    y = ph - 14 * MM - size
    code.append("0 g " + wr.text(fonts.BOLD, size * 1.2, x0, y, f"Calibrating {layout.name}"))
    y -= size * 2
    for n, step in enumerate(CALIBRATION_STEPS, start=1):
        text = step.format(bar=bar, name=layout.name)
        for line in fitmod.wrap(f"{n}. {text}", fonts.REGULAR, size, width, 12):
            code.append(wr.text(fonts.REGULAR, size, x0, y, line))
            y -= size * 1.3
        y -= size * 0.5
    # the check bar: a filled bar with centimetre ticks, its length written beside it
    y -= 8 * MM
    if y > 10 * MM:
        code.append(f"q 0 g {_f(x0)} {_f(y)} {_f(bar * MM)} {_f(3 * MM)} re f Q")
        cm = " ".join(
            f"{_f(x0 + k * 10 * MM)} {_f(y)} m {_f(x0 + k * 10 * MM)} {_f(y - 2 * MM)} l"
            for k in range(bar // 10 + 1)
        )
        code.append(f"q 0 G 0.4 w {cm} S Q")
        code.append(wr.text(fonts.REGULAR, size, x0, y - 2 * MM - size * 1.2, f"0 — {bar} mm"))
        code.append(wr.text(fonts.BOLD, size, x0 + bar * MM + 2 * MM, y, f"{bar} mm"))
    canv.showPage()
