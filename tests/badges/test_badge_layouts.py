"""Every built-in layout puts every badge where the published dimensions say.

The expected numbers below are typed from the sources (gLabels templates, LibreOffice
Labels.xcu, ISO sizes) independently of layouts.py, then checked twice: in the geometry
and in the printed PDF, by looking at the pixels where each outline and band must be.
"""

from __future__ import annotations

import io

import pytest

from organiser.badges import layouts
from organiser.badges.calibration import render_calibration
from organiser.badges.content import BadgeOptions
from organiser.badges.render import render_badges
from organiser.services.sample import reference_event
from tests.badges.badge_pdf_helpers import render

IN = 25.4
# name: (page w, h, cols, rows, label w, h, first left, top, pitch x, y)  all mm
PUBLISHED = {
    "Avery 5395": (
        8.5 * IN,
        11 * IN,
        2,
        4,
        3.375 * IN,
        2.3333333 * IN,
        0.6875 * IN,
        0.5833333 * IN,
        3.75 * IN,
        2.5 * IN,
    ),
    "Avery 5392": (8.5 * IN, 11 * IN, 2, 3, 4 * IN, 3 * IN, 0.25 * IN, 1 * IN, 4 * IN, 3 * IN),
    "Avery L4785": (210, 297, 2, 5, 80, 50, 18, 13, 95, 55),
    "Avery L7418": (210, 297, 2, 4, 86, 55, 19, 38.5, 86, 55),
    "Badge A6": (105, 148, 1, 1, 105, 148, 0, 0, 0, 0),
    "Badge 4×3 in": (4 * IN, 3 * IN, 1, 1, 4 * IN, 3 * IN, 0, 0, 0, 0),
    "Badge CR80": (85.6, 54, 1, 1, 85.6, 54, 0, 0, 0, 0),
    "Fold-over A5": (148, 210, 1, 1, 148, 210, 0, 0, 0, 0),
    "Tent A4": (297, 210, 1, 1, 297, 210, 0, 0, 0, 0),
    "Tent Letter": (11 * IN, 8.5 * IN, 1, 1, 11 * IN, 8.5 * IN, 0, 0, 0, 0),
}
PT = 72 / 25.4


def test_every_builtin_is_described():
    assert {lay.name for lay in layouts.BUILT_IN} == set(PUBLISHED)
    for lay in layouts.BUILT_IN:
        assert lay.source, lay.name


def expected_rects(name):
    _pw, ph, cols, rows, w, h, x0, y0, dx, dy = PUBLISHED[name]
    out = []
    for r in range(rows):
        for c in range(cols):
            left, top = x0 + c * dx, y0 + r * dy
            out.append((left * PT, (ph - top - h) * PT, w * PT, h * PT))
    return out


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_geometry_matches_published(name):
    lay = layouts.find(name)
    pw, ph, cols, rows, *_ = PUBLISHED[name]
    assert lay.page_size_pt == pytest.approx((pw * PT, ph * PT), abs=0.01)
    assert lay.per_page == cols * rows
    got = [lay.rect_pt(s) for s in range(lay.per_page)]
    for g, e in zip(got, expected_rects(name), strict=True):
        assert g == pytest.approx(e, abs=0.01)  # 0.01 pt = 0.0035 mm


def _dark(img, x_pt, y_pt, page_h_pt, dpi, radius_px=1) -> int:
    s = dpi / 72
    px, py = round(x_pt * s), round((page_h_pt - y_pt) * s)
    vals = [
        img.getpixel((min(max(px + i, 0), img.width - 1), min(max(py + j, 0), img.height - 1)))
        for i in range(-radius_px, radius_px + 1)
        for j in range(-radius_px, radius_px + 1)
    ]
    return min(vals)


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_calibration_outlines_land_on_published_rectangles(name):
    lay = layouts.find(name)
    buf = io.BytesIO()
    render_calibration(lay, buf)
    dpi = 150
    img = render(buf.getvalue(), dpi=dpi)
    ph = lay.page_size_pt[1]
    for x, y, w, h in expected_rects(name):
        mids = [(x, y + h / 2), (x + w, y + h / 2), (x + w / 2, y), (x + w / 2, y + h)]
        for mx, my in mids:
            assert _dark(img, mx, my, ph, dpi) < 200, (name, mx, my)
        # just inside each edge the paper is blank, and the centre carries the cross
        inset = 3 * PT
        side_y = y + h * 0.3  # off the fold line of fold-overs and tents
        for mx, my in [(x + inset, side_y), (x + w - inset, side_y), (x + w / 2, y + h - inset)]:
            assert _dark(img, mx, my, ph, dpi, 0) > 240, (name, mx, my)
        assert _dark(img, x + w / 2, y + h / 2, ph, dpi) < 128


@pytest.mark.parametrize(
    "name", ["Avery 5395", "Avery 5392", "Avery L4785", "Avery L7418", "Badge CR80"]
)
def test_badges_fill_each_published_rectangle(name):
    """Each badge's coloured band lies inside its own label, along its bottom edge."""
    data = reference_event()
    lay = layouts.find(name)
    buf = io.BytesIO()
    people = data.people[: lay.per_page]
    for i, p in enumerate(people):
        p.id = i + 1
    render_badges(data, people, lay, buf, BadgeOptions(outline=True), invariant=True)
    dpi = 100
    img = render(buf.getvalue(), dpi=dpi)
    ph = lay.page_size_pt[1]
    for x, y, w, h in expected_rects(name)[: len(people)]:
        band = _dark(img, x + w / 2 - 20 * PT, y + 1.5 * PT, ph, dpi, 0)
        assert band < 200, "the band is missing from the bottom of the label"
        above = _dark(img, x + 4 * PT, y + h * 0.45, ph, dpi, 0)
        assert above > 200, "outside the text, the badge is blank"
        below = _dark(img, x + w / 2, y - 1.5 * PT, ph, dpi, 0) if y > 3 * PT else 255
        assert below > 240, "nothing is printed below the label"


def test_find_by_part_and_unknown():
    assert layouts.find("5395").name == "Avery 5395"
    assert layouts.find("avery l7418").name == "Avery L7418"
    with pytest.raises(ValueError, match="no layout named"):
        layouts.find("Zweckform 9999")


def test_calibration_is_saved_per_layout_and_moves_the_print():
    lay = layouts.find("Avery L4785")
    layouts.set_calibration(lay.name, 1.5, -2.0)
    assert layouts.calibration(lay.name) == (1.5, -2.0)
    assert layouts.calibration("Avery 5395") == (0.0, 0.0)
    with pytest.raises(ValueError):
        layouts.set_calibration(lay.name, 50, 0)
    buf = io.BytesIO()
    render_calibration(lay, buf)
    img = render(buf.getvalue(), dpi=150)
    x, y, _w, h = expected_rects("Avery L4785")[0]
    ph = lay.page_size_pt[1]
    # left edge moved 1.5 mm right, top edge moved 2 mm up (y -2 mm = up on the page)
    assert _dark(img, x + 1.5 * PT, y + 2 * PT + h / 2, ph, 150) < 200
    assert _dark(img, x, y + h / 2, ph, 150, 0) > 240
    layouts.set_calibration(lay.name, 0, 0)
    assert layouts.calibration(lay.name) == (0.0, 0.0)


def test_page_is_the_layouts_page_size():
    from pypdf import PdfReader

    for name in PUBLISHED:
        lay = layouts.find(name)
        buf = io.BytesIO()
        render_calibration(lay, buf)
        box = PdfReader(io.BytesIO(buf.getvalue())).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(lay.page_size_pt, abs=0.01)
