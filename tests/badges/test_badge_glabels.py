"""Importing the real gLabels template files, and the fast ID QR encoder."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import segno
import zxingcpp
from PIL import Image

from organiser.badges import glabels, layouts, qr
from organiser.model import new_uid

HERE = Path(__file__).resolve()
LABELS = next(
    p / "shared" / "data" / "real" / "labels"
    for p in HERE.parents
    if (p / "shared" / "data" / "real" / "labels").is_dir()
)
FILES = sorted(LABELS.glob("glabels-qt_*-templates.xml"))


def test_all_real_template_files_import():
    assert len(FILES) >= 5
    total = 0
    for f in FILES:
        result = glabels.parse(f)
        assert result.layouts, f.name
        total += len(result.layouts)
        for lay in result.layouts:
            assert lay.per_page >= 1 and lay.label_w > 0 and lay.label_h > 0
            for left, top, w, h in lay.slots_mm():
                assert left >= -1 and left + w <= lay.page_w + 1, lay.name
                assert top >= -1 and top + h <= lay.page_h + 1, lay.name
        for reason in result.skipped:
            assert ": " in reason  # every skip says which template and why
    assert total > 450


def test_5395_and_equivalents_match_the_built_in():
    result = glabels.parse(LABELS / "glabels-qt_avery-us-templates.xml")
    builtin = layouts.find("Avery 5395")
    found = {lay.part: lay for lay in glabels.search(result, "avery 5395")}
    # equivalents say "same as Avery 5395", so a search for the part finds them all
    assert set(found) == {"5395", "5095", "5895", "8395", "15395"}
    for part in ("5395", "5095", "5895", "8395", "15395"):
        lay = next(x for x in result.layouts if x.part == part)
        for a, b in zip(lay.slots_mm(), builtin.slots_mm(), strict=True):
            assert a == pytest.approx(b, abs=1e-6)
        assert lay.radius == pytest.approx(builtin.radius)
        assert lay.paper == "US-Letter"


def test_l4785_family_units_and_equiv():
    result = glabels.parse(LABELS / "glabels-qt_avery-iso-templates.xml")
    by_part = {lay.part: lay for lay in result.layouts}
    for part in ("L4785", "L4784", "L4786", "L4787"):
        lay = by_part[part]
        assert (lay.label_w, lay.label_h, lay.left, lay.top, lay.pitch_x, lay.pitch_y) == (
            80,
            50,
            18,
            13,
            95,
            55,
        )
        assert (lay.columns, lay.rows) == (2, 5)
    assert any("cd labels are not badges" in s for s in result.skipped)


def test_lengths():
    assert glabels.length_mm("3.375in") == pytest.approx(85.725)
    assert glabels.length_mm("80mm") == 80
    assert glabels.length_mm("72pt") == pytest.approx(25.4)
    assert glabels.length_mm("72") == pytest.approx(25.4)  # no unit: points
    assert glabels.length_mm("7.86772e-17pt") == pytest.approx(0)
    with pytest.raises(ValueError):
        glabels.length_mm("3 furlongs")


def test_two_grids_in_one_template():
    result = glabels.parse(LABELS / "glabels-qt_misc-us-templates.xml")
    multi = [lay for lay in result.layouts if lay.extra_grids]
    assert multi
    assert multi[0].per_page == sum(g.columns * g.rows for g in multi[0].grids)


def test_hostile_and_broken_files(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Glabels-templates>&b;</Glabels-templates>'
    )
    with pytest.raises(ValueError, match=r"refused|not valid"):
        glabels.parse(bomb)
    junk = tmp_path / "junk.xml"
    junk.write_text("<not-closed>")
    with pytest.raises(ValueError, match="not valid XML"):
        glabels.parse(junk)
    other = tmp_path / "other.xml"
    other.write_text("<svg/>")
    with pytest.raises(ValueError, match="not a gLabels template file"):
        glabels.parse(other)


def test_imported_layouts_are_saved_per_user_and_listed():
    result = glabels.parse(LABELS / "glabels-qt_avery-iso-templates.xml")
    added, skipped = layouts.save_imported(glabels.search(result, "L478"))
    assert "Avery L4785" in skipped  # the built-in stays
    assert {lay.name for lay in added} == {"Avery L4784", "Avery L4786", "Avery L4787"}
    names = [lay.name for lay in layouts.all_layouts()]
    assert "Avery L4786" in names
    assert layouts.find("L4786").slots_mm() == layouts.find("L4785").slots_mm()
    # the built-in L4785 names L4786 as an equivalent, so both answer the search
    assert [lay.name for lay in layouts.search("l4786")] == ["Avery L4785", "Avery L4786"]


# ---------------------------------------------------------------- the ID QR encoder
def _image(rows) -> Image.Image:
    n, s = len(rows), 6
    im = Image.new("L", ((n + 8) * s, (n + 8) * s), 255)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                im.paste(0, ((c + 4) * s, (r + 4) * s, (c + 5) * s, (r + 5) * s))
    return im


def test_fast_qr_decodes():
    rng = random.Random(7)
    for _ in range(60):
        uid = new_uid()
        assert [r.text for r in zxingcpp.read_barcodes(_image(qr.matrix(uid)))] == [uid]
    for _ in range(30):
        text = "".join(rng.choice(qr.ALNUM) for _ in range(rng.randint(1, 20)))
        got = [r.text for r in zxingcpp.read_barcodes(_image(qr.matrix(text)))]
        assert got == [text]


def test_fast_qr_equals_segno_module_for_module():
    """segno adds a spare zero byte when the data ends on a byte boundary (ID length 10);
    elsewhere both must agree exactly."""
    rng = random.Random(3)
    checked = 0
    for _ in range(400):
        n = rng.randint(1, 19)
        bits = 13 + 11 * (n // 2) + 6 * (n % 2)
        if (bits + 4) % 8 == 0:
            continue
        text = "".join(rng.choice(qr.ALNUM) for _ in range(n))
        ref = segno.make_qr(
            text, error="m", mask=0, version=1, boost_error=False, mode="alphanumeric"
        )
        assert [bytes(1 if v else 0 for v in row) for row in ref.matrix] == qr.matrix(text)
        checked += 1
    assert checked > 200
    assert not qr.fits("lower case") and not qr.fits("X" * 21)
