"""Reading gLabels template files, so users reach the thousands of sheets gLabels knows.

The format (glabels-4.0.dtd): ``<Template brand part size [width height] _description
[equiv]>`` holding one ``<Label-rectangle width height round>`` (or ``Label-round
radius``) with one or more ``<Layout nx ny x0 y0 dx dy>``. A length without a unit is in
points. ``equiv="X"`` means "same geometry as part X of the same brand". CD, ellipse and
free-shape labels are not badges and are skipped with a reason.

Files come from users, so they are parsed with defusedxml (no entity expansion, no
external fetches) and every problem becomes a message, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import defusedxml.ElementTree as SafeET

from .layouts import INCH, PAPER_SIZES_MM, Grid, Layout, validate
from .messages import say

_UNITS = {"in": INCH, "mm": 1.0, "cm": 10.0, "pt": 25.4 / 72, "pc": 25.4 / 6, "": 25.4 / 72}
_LENGTH = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-z]*)\s*$")
MAX_BYTES = 20_000_000


def length_mm(text: str | None, default: float | None = None) -> float:
    """'3.375in' -> 85.725; '80mm' -> 80; '240.945pt' or '240.945' (points) -> mm."""
    if text is None or (default is not None and not text.strip()):
        if default is not None:
            return default
        raise ValueError(say("no_length"))
    m = _LENGTH.match(text)
    if not m or m.group(2) not in _UNITS:
        raise ValueError(say("not_length", text=repr(text)))
    return float(m.group(1)) * _UNITS[m.group(2)]


@dataclass
class ImportResult:
    layouts: list[Layout] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "Avery 5931: CD labels are not badges"


def parse(path: str | Path) -> ImportResult:
    """Every usable template in one gLabels file, equivalents resolved."""
    path = Path(path)
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(say("too_large", name=path.name))
    try:
        root = SafeET.parse(str(path)).getroot()
    except SafeET.ParseError as exc:
        raise ValueError(say("bad_xml", name=path.name, reason=exc)) from exc
    except Exception as exc:  # defusedxml refuses entities, DTD tricks, ...
        raise ValueError(say("refused", name=path.name, reason=exc)) from exc
    for el in root.iter():  # gLabels 3 files carry a namespace; the names are the same
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]
    if root.tag != "Glabels-templates":
        raise ValueError(say("not_glabels", name=path.name, root=root.tag))
    result = ImportResult()
    by_key: dict[tuple[str, str], Layout] = {}
    pending: list[tuple[str, str, str, str]] = []
    refused: set[tuple[str, str]] = set()
    for tpl in root.iter("Template"):
        brand = (tpl.get("brand") or "").strip()
        part = (tpl.get("part") or "").strip()
        label = f"{brand} {part}".strip() or "(template without brand/part)"
        if not brand or not part:
            result.skipped.append(f"{label}: no brand or part number")
            continue
        equiv = tpl.get("equiv")
        if equiv:
            pending.append((brand, part, equiv.strip(), label))
            continue
        try:
            lay = _template(tpl, brand, part)
        except ValueError as exc:
            result.skipped.append(f"{label}: {exc}")
            refused.add((brand.casefold(), part.casefold()))
            continue
        by_key[(brand.casefold(), part.casefold())] = lay
        result.layouts.append(lay)
    for brand, part, equiv, label in pending:
        base = by_key.get((brand.casefold(), equiv.casefold()))
        if base is None and (brand.casefold(), equiv.casefold()) in refused:
            result.skipped.append(f"{label}: same as {brand} {equiv}, which was skipped")
            continue
        if base is None:
            result.skipped.append(f"{label}: same as {brand} {equiv}, which is not in this file")
            continue
        lay = replace(
            base,
            name=f"{brand} {part}",
            part=part,
            description=f"{base.description} (same as {brand} {equiv})".strip(),
        )
        by_key[(brand.casefold(), part.casefold())] = lay
        result.layouts.append(lay)
    return result


def _template(tpl, brand: str, part: str) -> Layout:
    size = (tpl.get("size") or "").strip()
    if size in PAPER_SIZES_MM:
        page_w, page_h = PAPER_SIZES_MM[size]
        paper = size
    elif tpl.get("width") and tpl.get("height"):
        page_w, page_h = length_mm(tpl.get("width")), length_mm(tpl.get("height"))
        paper = "" if size in ("", "Other") else size
    else:
        raise ValueError(say("paper_size", size=repr(size)))
    shape = None
    for child in tpl:
        if isinstance(child.tag, str) and child.tag.startswith("Label-"):
            shape = child
            break
    if shape is None:
        raise ValueError(say("no_shape"))
    if shape.tag == "Label-rectangle":
        w, h = length_mm(shape.get("width")), length_mm(shape.get("height"))
        radius = max(0.0, length_mm(shape.get("round"), 0.0))
    elif shape.tag == "Label-round":
        r = length_mm(shape.get("radius"))
        w = h = 2 * r
        radius = r
    else:
        kind = shape.tag.removeprefix("Label-")
        raise ValueError(say("not_badges", kind=kind))
    grids = []
    for lay in shape.iter("Layout"):
        grids.append(
            Grid(
                columns=int(lay.get("nx", "1")),
                rows=int(lay.get("ny", "1")),
                left=length_mm(lay.get("x0"), 0.0),
                top=length_mm(lay.get("y0"), 0.0),
                pitch_x=length_mm(lay.get("dx"), 0.0),
                pitch_y=length_mm(lay.get("dy"), 0.0),
            )
        )
    if not grids:
        raise ValueError(say("no_layout"))
    first = grids[0]
    description = (tpl.get("_description") or tpl.get("description") or "").strip()
    layout = Layout(
        name=f"{brand} {part}",
        page_w=page_w,
        page_h=page_h,
        label_w=w,
        label_h=h,
        columns=first.columns,
        rows=first.rows,
        left=first.left,
        top=first.top,
        pitch_x=first.pitch_x,
        pitch_y=first.pitch_y,
        radius=min(radius, w / 2, h / 2),
        kind="sheet",
        brand=brand,
        part=part,
        paper=paper,
        description=description,
        source="gLabels template",
        extra_grids=tuple(grids[1:]),
    )
    return validate(layout)


def search(result: ImportResult | list[Layout], text: str) -> list[Layout]:
    """Templates matching every word of ``text`` in brand, part or description."""
    from .layouts import search as _search

    layouts = result.layouts if isinstance(result, ImportResult) else result
    return _search(text, layouts)
