"""Badge layouts: where each badge sits on a page, in millimetres from the top-left corner.

Label vendors and gLabels describe a sheet by its first label's offset from the page's
top-left corner and the pitch to the next one, so that is what a Layout stores too; the
renderer turns it into PDF points (origin bottom-left) in one place, ``rect_pt``.

Built-ins carry their source in a comment: the numbers were read from
``shared/data/real/labels/`` (gLabels templates, LibreOffice Labels.xcu, CPAN
Paper::Specs). Where sources disagree the comment says which one we followed.

Per-user state lives beside the other user settings (``paths.user_config_dir()``):
``layouts.json`` holds imported layouts and ``calibration.json`` the printer offsets.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import paths
from .messages import say

MM = 72.0 / 25.4  # points per millimetre
INCH = 25.4  # millimetres per inch
KINDS = ("sheet", "single", "tent", "foldover")

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "US-Letter": (8.5 * INCH, 11 * INCH),
    "A5": (148.0, 210.0),
    "A6": (105.0, 148.0),
    "A3": (297.0, 420.0),
    "US-Legal": (8.5 * INCH, 14 * INCH),
}


@dataclass(frozen=True)
class Grid:
    """A further block of labels on the same page (some gLabels templates have two)."""

    columns: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float


@dataclass(frozen=True)
class Layout:
    """One kind of badge stock. Lengths in millimetres, origin at the page's top-left."""

    name: str
    page_w: float
    page_h: float
    label_w: float
    label_h: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    pitch_x: float = 0.0
    pitch_y: float = 0.0
    radius: float = 0.0
    kind: str = "sheet"
    brand: str = ""
    part: str = ""
    paper: str = ""  # A4, US-Letter, or "" for a custom card size
    description: str = ""
    source: str = ""  # where the numbers come from
    extra_grids: tuple[Grid, ...] = field(default_factory=tuple)

    @property
    def grids(self) -> tuple[Grid, ...]:
        first = Grid(self.columns, self.rows, self.left, self.top, self.pitch_x, self.pitch_y)
        return (first, *self.extra_grids)

    @property
    def per_page(self) -> int:
        return sum(g.columns * g.rows for g in self.grids)

    @property
    def page_size_pt(self) -> tuple[float, float]:
        return (self.page_w * MM, self.page_h * MM)

    def slots_mm(self) -> list[tuple[float, float, float, float]]:
        """Every label as (left, top, width, height) in mm from the page's top-left,
        in reading order: row by row, left to right, grid after grid."""
        out = []
        for g in self.grids:
            for r in range(g.rows):
                for c in range(g.columns):
                    out.append(
                        (g.left + c * g.pitch_x, g.top + r * g.pitch_y, self.label_w, self.label_h)
                    )
        return out

    def rect_pt(self, slot: int) -> tuple[float, float, float, float]:
        """Label ``slot`` as a PDF rectangle (x, y, w, h) in points, origin bottom-left."""
        left, top, w, h = self.slots_mm()[slot]
        return (left * MM, (self.page_h - top - h) * MM, w * MM, h * MM)

    def mirrored_rect_pt(self, slot: int) -> tuple[float, float, float, float]:
        """Where the back of label ``slot`` is printed when the sheet is turned over
        its vertical axis: the same row, the column mirrored across the page."""
        x, y, w, h = self.rect_pt(slot)
        return (self.page_w * MM - x - w, y, w, h)

    @property
    def page_label(self) -> str:
        if self.paper:
            return self.paper
        return f"{_num(self.page_w)} × {_num(self.page_h)} mm"

    @property
    def grid_label(self) -> str:
        if len(self.grids) > 1:
            return " + ".join(f"{g.columns}×{g.rows}" for g in self.grids)
        return f"{self.columns}×{self.rows}"

    @property
    def size_label(self) -> str:
        return f"{_num(self.label_w)} × {_num(self.label_h)} mm"

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["extra_grids"] = [asdict(g) for g in self.extra_grids]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Layout:
        d = dict(d)
        d["extra_grids"] = tuple(Grid(**g) for g in d.get("extra_grids", ()))
        known = set(cls.__dataclass_fields__)
        return validate(cls(**{k: v for k, v in d.items() if k in known}))


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def validate(layout: Layout) -> Layout:
    """Refuse geometry that cannot be printed, with a message naming the layout."""
    name = layout.name or say("unnamed")
    if not layout.name.strip():
        raise ValueError(say("needs_name"))
    if layout.kind not in KINDS:
        raise ValueError(say("unknown_kind", name=name, kind=repr(layout.kind)))
    for attr in ("page_w", "page_h", "label_w", "label_h"):
        if not (getattr(layout, attr) > 0):
            raise ValueError(say("not_positive", name=name, what=say(attr)))
    for g in layout.grids:
        if g.columns < 1 or g.rows < 1:
            raise ValueError(say("empty_grid", name=name))
    for left, top, w, h in layout.slots_mm():
        # 1 mm of slack: some published templates overhang by a rounding error
        if left < -1 or top < -1 or left + w > layout.page_w + 1 or top + h > layout.page_h + 1:
            raise ValueError(say("outside", name=name))
    return layout


def _sheet(
    name: str,
    brand: str,
    part: str,
    paper: str,
    grid: tuple[int, int],
    label: tuple[float, float],
    first: tuple[float, float],
    pitch: tuple[float, float],
    radius: float = 0.0,
    description: str = "",
    source: str = "",
) -> Layout:
    pw, ph = PAPER_SIZES_MM[paper]
    return Layout(
        name=name,
        page_w=pw,
        page_h=ph,
        label_w=label[0],
        label_h=label[1],
        columns=grid[0],
        rows=grid[1],
        left=first[0],
        top=first[1],
        pitch_x=pitch[0],
        pitch_y=pitch[1],
        radius=radius,
        kind="sheet",
        brand=brand,
        part=part,
        paper=paper,
        description=description,
        source=source,
    )


def _page(
    name: str,
    kind: str,
    size: tuple[float, float],
    paper: str = "",
    radius: float = 0.0,
    description: str = "",
    source: str = "",
) -> Layout:
    w, h = size
    return Layout(
        name=name,
        page_w=w,
        page_h=h,
        label_w=w,
        label_h=h,
        radius=radius,
        kind=kind,
        paper=paper,
        description=description,
        source=source,
    )


#: The layout a check or export uses when the event has not chosen one (settings['badge_layout']).
DEFAULT = "Avery L7418"

BUILT_IN: tuple[Layout, ...] = (
    # gLabels avery-us-templates.xml: Label-rectangle 3.375in x 2.333333333in round 0.1875in,
    # Layout nx=2 ny=4 x0=0.6875in y0=0.583333333in dx=3.75in dy=2.5in. LibreOffice and
    # Paper::Specs agree to 0.02 mm. Same geometry: 5095, 5895, 8395, 15395 (per gLabels).
    _sheet(
        "Avery 5395",
        "Avery",
        "5395",
        "US-Letter",
        (2, 4),
        (3.375 * INCH, 2.333333333 * INCH),
        (0.6875 * INCH, 0.583333333 * INCH),
        (3.75 * INCH, 2.5 * INCH),
        radius=0.1875 * INCH,
        description="Name badge labels, 8 per sheet (also 5095, 5895, 8395, 15395)",
        source="gLabels avery-us-templates.xml; LibreOffice Labels.xcu; Paper::Specs 5395",
    ),
    # LibreOffice Labels.xcu "S;10160;7620;10160;7620;635;2540;2;3" and Paper::Specs 5392:
    # 4 x 3 in, margins L 0.25 in, T 1 in, no gap. Same geometry: 5384, 74540, 74541.
    _sheet(
        "Avery 5392",
        "Avery",
        "5392",
        "US-Letter",
        (2, 3),
        (4 * INCH, 3 * INCH),
        (0.25 * INCH, 1 * INCH),
        (4 * INCH, 3 * INCH),
        description="Insertable name badges 4 × 3 in, 6 per sheet (also 5384, 74540, 74541)",
        source="LibreOffice Labels.xcu; Paper::Specs 5392",
    ),
    # gLabels avery-iso-templates.xml: 80mm x 50mm round 4mm, nx=2 ny=5 x0=18mm y0=13mm
    # dx=95mm dy=55mm. Same geometry: L4784, L4786, L4787, J8654. Only gLabels has it.
    _sheet(
        "Avery L4785",
        "Avery",
        "L4785",
        "A4",
        (2, 5),
        (80.0, 50.0),
        (18.0, 13.0),
        (95.0, 55.0),
        radius=4.0,
        description="Name badge labels 80 × 50 mm, 10 per sheet (also L4784, L4786, L4787)",
        source="gLabels avery-iso-templates.xml",
    ),
    # LibreOffice Labels.xcu "S;8600;5500;8600;5500;1900;3850;2;4": 86 x 55 mm, left 19,
    # top 38.5, no gap. LibreOffice is the only open source for it.
    _sheet(
        "Avery L7418",
        "Avery",
        "L7418",
        "A4",
        (2, 4),
        (86.0, 55.0),
        (19.0, 38.5),
        (86.0, 55.0),
        description="Name badges 86 × 55 mm, 8 per A4 sheet",
        source="LibreOffice Labels.xcu",
    ),
    # ISO 216 A6 (105 x 148 mm), portrait, for badge printers that take A6 cards.
    _page(
        "Badge A6",
        "single",
        PAPER_SIZES_MM["A6"],
        paper="A6",
        description="One badge per A6 page (badge printers, lanyard pockets)",
        source="ISO 216",
    ),
    # 4 x 3 in, the common US insert size, one per page for badge printers.
    _page(
        "Badge 4×3 in",
        "single",
        (4 * INCH, 3 * INCH),
        description="One 4 × 3 in badge per page",
        source="4 × 3 in insert (Avery 5392 label size)",
    ),
    # ISO/IEC 7810 ID-1 (CR80): 85.60 x 53.98 mm, corner radius 3.18 mm.
    _page(
        "Badge CR80",
        "single",
        (85.6, 54.0),
        radius=3.18,
        description="PVC card printers, CR80 / ID-1 card 85.6 × 54 mm",
        source="ISO/IEC 7810 ID-1",
    ),
    # Fold-over: an A5 page folded across the middle gives an A6-landscape badge
    # (148 x 105 mm) with the name on both halves.
    _page(
        "Fold-over A5",
        "foldover",
        PAPER_SIZES_MM["A5"],
        paper="A5",
        description="A5 folded in half: a 148 × 105 mm badge, name on both sides",
        source="ISO 216",
    ),
    # Table tents: a landscape sheet folded along its long middle into a standing card.
    _page(
        "Tent A4",
        "tent",
        (297.0, 210.0),
        paper="A4",
        description="Table tent: A4 landscape folded in half, name on both faces",
        source="ISO 216",
    ),
    _page(
        "Tent Letter",
        "tent",
        (11 * INCH, 8.5 * INCH),
        paper="US-Letter",
        description="Table tent: US Letter landscape folded in half, name on both faces",
        source="ANSI Letter",
    ),
)


# --------------------------------------------------------------------- per-user files
def config_dir() -> Path:
    return paths.user_config_dir()


def _read_json(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default
    except (OSError, ValueError) as exc:
        raise ValueError(say("unreadable", path=path, reason=exc)) from exc


def _write_json(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
    os.replace(tmp, path)


def imported_layouts() -> list[Layout]:
    raw = _read_json(config_dir() / "layouts.json", [])
    out = []
    for d in raw if isinstance(raw, list) else []:
        try:
            out.append(Layout.from_json(d))
        except (TypeError, ValueError):
            continue  # one damaged entry must not hide the others
    return out


def save_imported(new: list[Layout]) -> tuple[list[Layout], list[str]]:
    """Add layouts to the user's list; returns (added, names skipped as already known)."""
    builtin = {lay.name.casefold() for lay in BUILT_IN}
    current = {lay.name.casefold(): lay for lay in imported_layouts()}
    added, skipped = [], []
    for lay in new:
        key = lay.name.casefold()
        if key in builtin:
            skipped.append(lay.name)
            continue
        current[key] = validate(lay)
        added.append(lay)
    if added:
        _write_json(config_dir() / "layouts.json", [lay.to_json() for lay in current.values()])
    return added, skipped


def all_layouts() -> list[Layout]:
    """Built-ins first, then the user's imported layouts sorted by name."""
    return [*BUILT_IN, *sorted(imported_layouts(), key=lambda lay: lay.name.casefold())]


def _squash(text: str) -> str:
    """A name as typed anywhere: 'Avery L7418', 'avery-l7418' and 'AVERY_L7418' are one."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_").casefold()


def find(name: str) -> Layout:
    """A layout by its name, or by brand and part ('avery 5395', '5395', 'L4785')."""
    wanted = _squash(name)
    layouts = all_layouts()
    for lay in layouts:
        if _squash(lay.name) == wanted:
            return lay
    by_part = [lay for lay in layouts if lay.part and _squash(lay.part) == wanted]
    if len(by_part) == 1:
        return by_part[0]
    names = ", ".join(lay.name for lay in layouts[:12])
    hint = " (several brands have that part number; give the brand too)" if by_part else ""
    raise ValueError(f"no layout named “{name}”{hint}; known: {names}, …")


def search(text: str, layouts: list[Layout] | None = None) -> list[Layout]:
    """Layouts whose name, brand, part number or description contain every word of ``text``."""
    words = [_squash(w) for w in text.split()]
    found = []
    for lay in all_layouts() if layouts is None else layouts:
        hay = _squash(" ".join((lay.name, lay.brand, lay.part, lay.description)))
        if all(w in hay for w in words):
            found.append(lay)
    return found


# ------------------------------------------------------------------------ calibration
def calibration(name: str) -> tuple[float, float]:
    """The printer offset for a layout in mm: +x moves the print right, +y down."""
    raw = _read_json(config_dir() / "calibration.json", {})
    entry = raw.get(name) if isinstance(raw, dict) else None
    if not isinstance(entry, dict):
        return (0.0, 0.0)
    try:
        return (float(entry.get("x", 0.0)), float(entry.get("y", 0.0)))
    except (TypeError, ValueError):
        return (0.0, 0.0)


def set_calibration(name: str, x_mm: float, y_mm: float) -> None:
    if not (-20.0 <= x_mm <= 20.0 and -20.0 <= y_mm <= 20.0):
        raise ValueError(say("offset"))
    path = config_dir() / "calibration.json"
    raw = _read_json(path, {})
    if not isinstance(raw, dict):
        raw = {}
    if x_mm == 0 and y_mm == 0:
        raw.pop(name, None)
    else:
        raw[name] = {"x": round(x_mm, 2), "y": round(y_mm, 2)}
    _write_json(path, raw)


def with_single_foldover(layout: Layout) -> Layout:
    """A single-badge page used as a fold-over: the page folds across its middle."""
    if layout.kind not in ("single", "foldover"):
        raise ValueError(say("foldover", name=layout.name, kind=layout.kind))
    return replace(layout, kind="foldover")
