"""The badge commands end to end, and their refusals (exit 2, nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from organiser.cli import main
from tests.badges.badge_pdf_helpers import decode

HERE = Path(__file__).resolve()
LABELS = next(
    p / "shared" / "data" / "real" / "labels"
    for p in HERE.parents
    if (p / "shared" / "data" / "real" / "labels").is_dir()
)


def test_export_badges_and_record(sample_path, tmp_path, capsys):
    out = tmp_path / "badges.pdf"
    argv = ["export", "badges", str(sample_path), "-o", str(out), "--layout", "Avery 5395"]
    assert main([*argv, "--record"]) == 0
    assert "badges on" in capsys.readouterr().out
    assert len(PdfReader(out).pages) >= 2
    assert len(decode(out)) == 8
    # everyone is printed now: the unprinted selection is empty and refused
    assert main([*argv, "--who", "unprinted"]) == 2
    assert "nobody matches" in capsys.readouterr().err


def test_export_badge_options(sample_path, tmp_path):
    out = tmp_path / "b.pdf"
    base = ["export", "badges", str(sample_path), "-o", str(out)]
    assert main([*base, "--layout", "L4785", "--duplex", "--outline", "--start", "3"]) == 0
    assert main([*base, "--layout", "Badge A6", "--foldover", "--qr", "none"]) == 0
    assert decode(out) == []
    assert main([*base, "--layout", "Badge 4×3 in", "--who", "category:speaker", "--qr", "vcard",
                 "--vcard-fields", "organisation"]) == 0  # fmt: skip
    assert "BEGIN:VCARD" in decode(out)[0]


@pytest.mark.parametrize(
    "extra",
    [
        ["--layout", "Nope 123"],
        ["--layout", "L4785", "--start", "11"],
        ["--layout", "L4785", "--foldover"],
        ["--layout", "Badge A6", "--duplex"],
        ["--layout", "L4785", "--vcard-fields", "email"],
        ["--layout", "L4785", "--qr", "vcard", "--vcard-fields", "dietary_needs"],
        ["--layout", "L4785", "--who", "role:juggler"],
        ["--layout", "Tent A4"],
    ],
)
def test_bad_badge_arguments_write_nothing(sample_path, tmp_path, capsys, extra):
    out = tmp_path / "never.pdf"
    assert main(["export", "badges", str(sample_path), "-o", str(out), *extra]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert err.startswith("organiser: ") and err.count("\n") == 1


def test_tents_and_calibration(sample_path, tmp_path):
    tents = tmp_path / "t.pdf"
    assert main(["export", "tents", str(sample_path), "-o", str(tents), "--paper", "letter"]) == 0
    box = PdfReader(tents).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    cal = tmp_path / "c.pdf"
    assert main(["export", "calibration", "-o", str(cal), "--layout", "5392"]) == 0
    assert len(PdfReader(cal).pages) == 2  # the outlines, then how to measure


def test_layouts_list_search_import_calibrate(capsys):
    assert main(["layouts"]) == 0
    out = capsys.readouterr().out
    assert "Avery 5395" in out and "US-Letter" in out and "2×4" in out and "85.72 × 59.27 mm" in out
    assert main(["layouts", "--search", "cr80"]) == 0
    assert "Badge CR80" in capsys.readouterr().out
    assert main(["layouts", "--search", "zzz-nothing"]) == 2
    capsys.readouterr()
    xml = LABELS / "glabels-qt_zweckform-iso-templates.xml"
    assert main(["layouts", "--import", str(xml)]) == 0
    assert "imported" in capsys.readouterr().out
    assert main(["layouts", "--search", "zweckform"]) == 0
    assert "Zweckform" in capsys.readouterr().out
    assert main(["layouts", "--calibrate", "L7418", "0.5", "-1"]) == 0
    assert "+0.5 mm" in capsys.readouterr().out
    assert main(["layouts", "--calibrate", "L7418", "90", "0"]) == 2


def test_import_of_a_non_glabels_file_is_refused(tmp_path, capsys):
    bad = tmp_path / "x.xml"
    bad.write_text("<html/>")
    assert main(["layouts", "--import", str(bad)]) == 2
    assert "not a gLabels template file" in capsys.readouterr().err


def test_start_next_uses_the_remembered_sheet(sample_path, tmp_path):
    from organiser.badges import layouts
    from organiser.badges.selection import select, used_slots
    from organiser.store import EventStore

    with EventStore.open(sample_path) as store:
        from organiser.badges.selection import print_single

        lay = layouts.find("Avery L4785")
        for p in select(store.load(), "all")[:3]:
            print_single(store, p.id, lay)
        assert used_slots(store, lay) == [0, 1, 2]
    out = tmp_path / "next.pdf"
    argv = ["export", "badges", str(sample_path), "-o", str(out), "--layout", "L4785"]
    assert main([*argv, "--who", "category:speaker", "--start", "next", "--record"]) == 0
    with EventStore.open(sample_path) as store:
        speakers = len(select(store.load(), "category:speaker"))
        used = used_slots(store, lay)
        # 7 labels were free on the remembered sheet; the rest fill whole new sheets
        rest = speakers - 7
        expected = list(range(3, 3 + speakers)) if rest <= 0 else list(range(rest % 10))
        assert used == ([0, 1, 2, *expected] if rest <= 0 else expected)
    first_page = [s for _, s in _slots_on_first_page(out)]
    assert min(first_page) == 3  # labels 1-3 were left alone
    assert main([*argv, "--start", "soon"]) == 2


def _slots_on_first_page(pdf):
    from organiser.badges import layouts
    from tests.badges.badge_pdf_helpers import page_text_in

    lay = layouts.find("L4785")
    found = []
    for s in range(lay.per_page):
        if page_text_in(pdf.read_bytes(), 0, lay.rect_pt(s)).strip():
            found.append((0, s))
    return found


@pytest.mark.parametrize("typed", ["avery-l7418", "AVERY_L7418", "Avery L7418", "l7418"])
def test_a_layout_is_found_however_its_name_is_typed(sample_path, tmp_path, typed):
    out = tmp_path / "labels.pdf"
    argv = ["export", "badges", str(sample_path), "-o", str(out), "--layout", typed]
    assert main(argv) == 0
    assert len(PdfReader(out).pages) == 3  # 17 badges, 8 to an L7418 sheet
