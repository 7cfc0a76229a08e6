"""Every PDF Organiser writes uses only the bundled Noto Sans, embedded: no bare Helvetica
slips in (reportlab starts pages and bullets in it unless told otherwise)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from organiser.cli import main

EXPORTS = [
    ["agenda"],
    ["agenda", "--style", "glance"],
    ["briefs"],
    ["runsheet"],
    ["signin"],
    ["badges", "--layout", "Avery 5395", "--duplex"],
    ["badges", "--layout", "Badge A6", "--foldover"],
    ["tents"],
]


def _fonts(path) -> set[tuple[str, bool]]:
    found = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]), embedded))
    return found


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: " ".join(a))
def test_only_the_bundled_font_embedded(sample_path, tmp_path, args):
    out = tmp_path / "out.pdf"
    assert main(["export", args[0], str(sample_path), "-o", str(out), *args[1:]]) == 0
    fonts = _fonts(out)
    assert fonts and all("NotoSans" in name and embedded for name, embedded in fonts), fonts


def test_calibration_page_too(tmp_path):
    out = tmp_path / "cal.pdf"
    assert main(["export", "calibration", "-o", str(out), "--layout", "Avery L7418"]) == 0
    assert all("NotoSans" in name and embedded for name, embedded in _fonts(out))
