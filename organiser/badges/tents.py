"""Table tents: a folded card per person, the name upright on both faces."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..model import EventData, Person
from ..pdf import fonts
from .arrange import Plan, aff_block_lines, affiliation, name_block_lines
from .content import (
    Badge,
    BadgeOptions,
    RenderResult,
    fit_problems,
    incomplete_line,
    prepare,
)
from .draw import (
    CancelCheck,
    Progress,
    Writer,
    begin_page,
    check_cancelled,
    end_page,
    new_canvas,
    num,
    rgb,
)
from .fit import fit_name, text_height
from .layouts import MM, Layout
from .messages import say

#: the document's title, in each language
TITLE = {"en": "Table tents", "fr": "Chevalets"}


def tent_problems(
    data: EventData, people: list[Person], layout: Layout, lang: str = "en"
) -> list[str]:
    badges, warnings = prepare(data, people, BadgeOptions(qr="none", lang=lang))
    pw, ph = layout.page_size_pt
    for b in badges:
        warnings.extend(fit_problems(b, _tent_plan(b, pw, ph / 2), layout.name))
    return warnings


def render_tents(
    data: EventData,
    people: Iterable[Person],
    layout: Layout,
    out: str | Path | IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    invariant: bool = False,
    lang: str = "en",
) -> RenderResult:
    """Folded table name cards: one per page, the name on both faces (its honorific as
    ``lang`` prints it: "Dr Niagalé Bagayoko" in French).

    The page folds along its long middle; the upper face is turned 180° so that, standing
    on the table, both faces read upright. Below the name: honorific and organisation.
    """
    if layout.kind != "tent":
        raise ValueError(say("not_tent", name=layout.name))
    badges, warnings = prepare(data, people, BadgeOptions(qr="none", lang=lang))
    if not badges:
        raise ValueError(say("nobody_tent"))
    result = RenderResult(warnings=warnings)
    title = f"{TITLE[lang]} – {data.event.title}".strip(" –")
    canv = new_canvas(out, layout, title, invariant, lang)
    wr = Writer(canv)
    pw, ph = layout.page_size_pt
    face_h = ph / 2
    for n, b in enumerate(badges):
        check_cancelled(cancelled)
        code = begin_page(canv, layout, BadgeOptions())
        face, arranged = _tent_face(wr, b, pw, face_h)
        if b.problems or not arranged.whole:
            result.incomplete.append(incomplete_line(b, arranged, layout.name))
        code.append(f"q {face} Q")
        code.append(f"q -1 0 0 -1 {num(pw)} {num(ph)} cm {face} Q")
        # fold guide: short ticks at both edges, out of the way of the text
        code.append(
            f"q 0.6 G 0.5 w 0 {num(face_h)} m {num(8 * MM)} {num(face_h)} l "
            f"{num(pw - 8 * MM)} {num(face_h)} m {num(pw)} {num(face_h)} l S Q"
        )
        end_page(canv)
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


def _tent_face(wr: Writer, b: Badge, w: float, h: float) -> tuple[str, Plan]:
    p = _tent_plan(b, w, h)
    rule_y = 12 * MM - 4 * MM
    out = [rgb(b.colour), f"{num(TENT_MARGIN)} {num(rule_y)} {num(w - 2 * TENT_MARGIN)} 1.6 re f"]
    out.append("0 g")
    for line, y in name_block_lines(p):
        out.append(wr.centred(fonts.BOLD, p.name.size, p.cx, y, line))
    if p.aff.lines:
        out.append("0.25 g")
        for line, y in aff_block_lines(p):
            out.append(wr.centred(fonts.REGULAR, p.aff.size, p.cx, y, line))
    return " ".join(out), p
