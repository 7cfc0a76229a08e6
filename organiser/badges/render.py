"""Badges on label sheets, single cards and fold-overs: the run that pages them.

``render_badges`` places each person's badge in its slot (sheets fill from a chosen label,
duplex backs are mirrored, fold-overs get their upper half turned), through the drawing
fast path of ``draw.py``; what each badge shows comes from ``content.py``. Table tents are
in ``tents.py``, calibration prints in ``calibration.py``; ``preflight`` says before any
printing what will not print whole, for every kind of layout.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..model import EventData, Person
from .arrange import geometry, plan
from .content import (
    Badge,
    BadgeOptions,
    Rect,
    RenderResult,
    badge_size,
    fit_problems,
    incomplete_line,
    prepare,
)
from .draw import (
    BadgeDrawer,
    CancelCheck,
    Progress,
    Writer,
    begin_page,
    check_cancelled,
    end_page,
    load_logo,
    new_canvas,
    num,
    outline_ops,
)
from .layouts import MM, Layout
from .messages import say
from .tents import render_tents, tent_problems


def preflight(
    data: EventData, people: Iterable[Person], layout: Layout, options: BadgeOptions | None = None
) -> list[str]:
    """Everything to tell the user before printing: characters the font lacks (printed
    without them) and names that must shrink below the minimum or be shortened."""
    options = options or BadgeOptions()
    people = list(people)
    if layout.kind == "tent":
        return tent_problems(data, people, layout, options.lang)
    badges, warnings = prepare(data, people, options)
    w, h = badge_size(layout)
    qr = options.qr if options.qr != "none" else ""
    g = geometry(w, h, layout.radius * MM, qr=qr, header=options.show_event)
    for b in badges:
        p = plan(g, b.display, b.family, b.position, b.organisation, bool(qr and b.qr_data))
        warnings.extend(fit_problems(b, p, layout.name))
    return warnings


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
            data,
            people,
            layout,
            out,
            progress=progress,
            cancelled=cancelled,
            invariant=invariant,
            lang=options.lang,
        )
    people = list(people)
    badges, warnings = prepare(data, people, options)
    result = RenderResult(warnings=warnings)
    total = len(badges)
    if not total:
        raise ValueError(say("nobody_badge"))
    per_page = layout.per_page
    if layout.kind == "sheet":
        if not 1 <= options.start <= per_page:
            raise ValueError(f"--start must be between 1 and {per_page} for {layout.name}")
        first_free = [s for s in range(options.start - 1, per_page) if s not in options.skip_slots]
        if not first_free:
            raise ValueError(say("no_free_label"))
    else:
        first_free = [0]
    title = f"Badges – {data.event.title}".strip(" –")  # the same word in French
    canv = new_canvas(out, layout, title, invariant, options.lang)
    wr = Writer(canv)
    logo = load_logo(
        canv,
        options.logo if options.logo is not None else _setting_str(data, "badge_logo"),
        warnings,
    )
    w, h = badge_size(layout)
    radius = layout.radius * MM
    want_qr = options.qr if options.qr != "none" else ""
    header, lang = options.show_event, options.lang
    drawer = BadgeDrawer(wr, data, w, h, radius, qr=want_qr, header=header, logo=logo, lang=lang)
    back = (
        BadgeDrawer(wr, data, w, h, radius, qr="", header=header, logo=logo, lang=lang)
        if (options.duplex or layout.kind == "foldover")
        else None
    )
    i = 0
    page = 0
    while i < total:
        check_cancelled(cancelled)
        slots = first_free if page == 0 else list(range(per_page))
        on_page: list[tuple[int, Badge]] = []
        for s in slots:
            if i >= total:
                break
            on_page.append((s, badges[i]))
            i += 1
        code = begin_page(canv, layout, options)
        for s, b in on_page:
            if layout.kind == "foldover":
                x, y, pw, ph = layout.rect_pt(0)
                ops, arranged = drawer.ops(b)
                code.append(f"q 1 0 0 1 {num(x)} {num(y)} cm {ops} Q")
                result.boxes.append((result.pages, (x, y, pw, ph / 2), _shift(arranged.qr, x, y)))
                # the upper half, turned 180° so it reads upright once folded behind
                assert back is not None  # made for every foldover layout, above
                ops, _ = back.ops(b, with_qr=False)
                code.append(f"q -1 0 0 -1 {num(x + pw)} {num(y + ph)} cm {ops} Q")
                result.boxes.append((result.pages, (x, y + ph / 2, pw, ph / 2), None))
                if options.outline:
                    code.append(outline_ops((x, y, pw, ph), radius))
                    code.append(
                        f"q 0.6 G 0.4 w [2 2] 0 d {num(x)} {num(y + ph / 2)} m "
                        f"{num(x + pw)} {num(y + ph / 2)} l S Q"
                    )
            else:
                rect = layout.rect_pt(s)
                ops, arranged = drawer.ops(b)
                code.append(f"q 1 0 0 1 {num(rect[0])} {num(rect[1])} cm {ops} Q")
                result.boxes.append((result.pages, rect, _shift(arranged.qr, rect[0], rect[1])))
                if options.outline:
                    code.append(outline_ops(rect, radius))
            if b.problems or not arranged.whole:
                result.incomplete.append(incomplete_line(b, arranged, layout.name))
            result.slots.append((page, s))
            result.badges += 1
            if progress is not None and result.badges % 25 == 0:
                progress(result.badges, total)
        end_page(canv)
        result.pages += 1
        if options.duplex and back is not None and layout.kind != "foldover":
            code = begin_page(canv, layout, options)
            for s, b in on_page:
                rect = layout.mirrored_rect_pt(s)
                ops, _ = back.ops(b, with_qr=False)
                code.append(f"q 1 0 0 1 {num(rect[0])} {num(rect[1])} cm {ops} Q")
                result.boxes.append((result.pages, rect, None))
                if options.outline:
                    code.append(outline_ops(rect, radius))
            end_page(canv)
            result.pages += 1
        result.last_page_slots = sorted(
            {s for s, _ in on_page} | (set(options.skip_slots) if page == 0 else set())
        )
        page += 1
    check_cancelled(cancelled)
    canv.save()
    if progress is not None:
        progress(total, total)
    return result


def _shift(qr: tuple[float, float, float] | None, x: float, y: float) -> Rect | None:
    return None if qr is None else (x + qr[0], y + qr[1], qr[2], qr[2])


def _setting_str(data: EventData, key: str) -> str | None:
    v = data.settings.get(key)
    return str(v) if isinstance(v, str) and v.strip() else None
