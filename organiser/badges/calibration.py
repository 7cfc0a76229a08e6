"""Calibration prints: the label outlines with centred crosses, and how to measure them."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.pdfgen.canvas import Canvas

from .. import i18n
from ..pdf import fonts
from . import fit as fitmod
from .content import BadgeOptions
from .draw import Writer, begin_page, end_page, new_canvas, num, round_rect_path
from .layouts import MM, Layout, calibration

W = i18n.Words(
    en={
        "title": "Calibration – {name}",
        "note": "{name}: calibration {dx} mm across, {dy} mm down. Print at actual size; page 2 "
        "says how to measure.",
        "heading": "Calibrating {name}",
        "step1": "Print page 1 at actual size (100 %): in the print dialog choose “Actual "
        "size”, never “Fit to page” or “Shrink oversized pages”.",
        "step2": "Measure the check bar below with a ruler. It must be exactly {bar} mm long; "
        "if it is shorter or longer, the printer scaled the page: fix that setting and print "
        "again.",
        "step3": "Hold page 1 over a sheet of the labels against the light (or print it on a "
        "label sheet) and measure how far each cross sits from its label's centre: across (+ "
        "when the cross is right of the centre) and down (+ when it is below).",
        "step4": "Save the offset: in the window, Print & Export › Badges › Calibrate; on the "
        'command line, organiser layouts --calibrate "{name}" ACROSS DOWN. Badges then move to '
        "match.",
    },
    fr={
        "title": "Étalonnage – {name}",
        "note": "{name} : décalage {dx} mm en largeur, {dy} mm en hauteur. Imprimez en taille "
        "réelle ; la page 2 explique comment mesurer.",
        "heading": "Étalonnage de {name}",
        "step1": "Imprimez la page 1 en taille réelle (100\u202f%) : dans la boîte d’impression, "
        "choisissez « Taille réelle », jamais « Ajuster à la page » ni « Réduire les pages "
        "trop grandes ».",
        "step2": "Mesurez à la règle la barre de contrôle ci-dessous. Elle doit mesurer "
        "exactement {bar} mm ; si elle est plus courte ou plus longue, l’imprimante a mis la "
        "page à l’échelle : corrigez ce réglage et imprimez de nouveau.",
        "step3": "Placez la page 1 sur une planche d’étiquettes, à contre-jour (ou imprimez-la "
        "sur une planche d’étiquettes), et mesurez l’écart entre chaque croix et le centre de "
        "son étiquette : en largeur (+ quand la croix est à droite du centre) et en hauteur "
        "(+ quand elle est en dessous).",
        "step4": "Enregistrez le décalage : dans la fenêtre, Impression et export › Badges › "
        "Étalonner ; en ligne de commande, organiser layouts --calibrate « {name} » LARGEUR "
        "HAUTEUR. Les badges se décalent alors d’autant.",
    },
)


def render_calibration(
    layout: Layout,
    out: str | Path | IO[bytes],
    *,
    calibrate: bool = True,
    invariant: bool = False,
    lang: str = "en",
) -> None:
    """Only the label outlines, each with a centred cross: print on plain paper, hold it
    against a blank sheet, and measure how far the crosses sit from the labels' centres."""
    i18n.check_lang(lang)
    canv = new_canvas(out, layout, W("title", lang, name=layout.name), invariant, lang)
    code = begin_page(canv, layout, BadgeOptions(calibrate=calibrate))
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
            f"q 0 G 0.5 w {round_rect_path(x, y, w, h, radius)} S "
            f"{num(cx - arm)} {num(cy)} m {num(cx + arm)} {num(cy)} l "
            f"{num(cx)} {num(cy - arm)} m {num(cx)} {num(cy + arm)} l S Q"
        )
    if layout.kind in ("foldover", "tent"):
        x, y, w, h = rects[0]
        code.append(
            f"q 0.5 G 0.5 w [3 3] 0 d {num(x)} {num(y + h / 2)} m {num(x + w)} {num(y + h / 2)} l S Q"
        )
    wr = Writer(canv)
    dx, dy = calibration(layout.name) if calibrate else (0.0, 0.0)
    note = W("note", lang, name=layout.name, dx=_mm(dx, lang), dy=_mm(dy, lang))
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
    end_page(canv)
    _calibration_help(canv, wr, layout, lang)
    canv.save()


def _mm(value: float, lang: str) -> str:
    """'+1.5' / '+1,5': a signed length as the language writes its decimals."""
    text = f"{value:+.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def _calibration_help(canv: Canvas, wr: Writer, layout: Layout, lang: str) -> None:
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
        ticks.append(f"{num(x)} {num(ph)} m {num(x)} {num(ph - tick)} l")
        if n % 10 == 0 and n:
            labels.append(wr.centred(fonts.REGULAR, 6, x, ph - 6.5 * MM, str(n)))
    for n in range(int((ph - edge) / MM) + 1):
        y = ph - edge - n * MM
        tick = 4 * MM if n % 10 == 0 else 2.5 * MM if n % 5 == 0 else 1.5 * MM
        ticks.append(f"0 {num(y)} m {num(tick)} {num(y)} l")
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
    code.append(
        "0 g " + wr.text(fonts.BOLD, size * 1.2, x0, y, W("heading", lang, name=layout.name))
    )
    y -= size * 2
    for n in range(1, 5):
        text = W(f"step{n}", lang, bar=bar, name=layout.name)
        for line in fitmod.wrap(f"{n}. {text}", fonts.REGULAR, size, width, 12):
            code.append(wr.text(fonts.REGULAR, size, x0, y, line))
            y -= size * 1.3
        y -= size * 0.5
    # the check bar: a filled bar with centimetre ticks, its length written beside it
    y -= 8 * MM
    if y > 10 * MM:
        code.append(f"q 0 g {num(x0)} {num(y)} {num(bar * MM)} {num(3 * MM)} re f Q")
        cm = " ".join(
            f"{num(x0 + k * 10 * MM)} {num(y)} m {num(x0 + k * 10 * MM)} {num(y - 2 * MM)} l"
            for k in range(bar // 10 + 1)
        )
        code.append(f"q 0 G 0.4 w {cm} S Q")
        code.append(wr.text(fonts.REGULAR, size, x0, y - 2 * MM - size * 1.2, f"0 — {bar} mm"))
        code.append(wr.text(fonts.BOLD, size, x0 + bar * MM + 2 * MM, y, f"{bar} mm"))
    canv.showPage()
