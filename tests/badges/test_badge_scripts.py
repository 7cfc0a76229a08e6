"""Issue 12: every name in its own script, every badge whole, names readable at two metres.

Checked from the PDFs: the text as a copy gives it (pdftotext, which reads each shaped
run's ActualText, and pypdf, which reads the fonts' ToUnicode maps), the rendered pages
(pdftoppm: ink where each badge's name is), and the sizes the layout chose.
"""

from __future__ import annotations

import io
import sqlite3
import statistics
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from organiser import model
from organiser.badges import layouts
from organiser.badges.arrange import geometry, plan
from organiser.badges.calibration import render_calibration
from organiser.badges.content import BadgeOptions, badge_size, prepare
from organiser.badges.render import render_badges
from organiser.badges.tents import render_tents
from organiser.cli import main
from organiser.services.sample import reference_event
from organiser.store import SCHEMA_VERSION, EventStore, schema
from tests.badges.badge_pdf_helpers import page_text_in
from tests.tools import needs_poppler

MM = 72 / 25.4
#: (given, family, organisation, script): one person per script the issue names
WORLD = [
    ("محمد", "الأمين", "جامعة نواكشوط", "Arabic"),
    ("小龙", "李", "北京大学", "Chinese"),
    ("太郎", "山田", "東京大学", "Japanese"),
    ("민준", "김", "서울대학교", "Korean"),
    ("Anushka", "शर्मा", "दिल्ली विश्वविद्यालय", "Devanagari"),
    ("דוד", "לוי", "האוניברסיטה העברית", "Hebrew"),
    ("สมชาย", "ใจดี", "จุฬาลงกรณ์มหาวิทยาลัย", "Thai"),
    ("አበበ", "ቢቂላ", "አዲስ አበባ ዩኒቨርሲቲ", "Amharic"),
    ("Nguyễn Thị", "Minh Khai", "Đại học Quốc gia Hà Nội", "Vietnamese"),
    ("Zoë", "Ó Briain", "Coláiste na Tríonóide", "Irish"),
    ("Scott", "Weber", "Interpeace", "Latin"),
]


def world_event() -> model.EventData:
    data = reference_event()
    data.people = [
        model.Person(
            given_name=g,
            family_name=f,
            affiliations=[model.Affiliation("", org)],
            id=900 + i,
            uid=f"WORLD{i:05d}",
        )
        for i, (g, f, org, _script) in enumerate(WORLD)
    ]
    for session in data.sessions:
        session.roles = []
    return data


def world_path(tmp_path: Path) -> Path:
    path = tmp_path / "world.organiser"
    EventStore.create(path, world_event(), lock=False).close()
    return path


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_poppler
def test_a_sheet_of_the_worlds_names_prints_every_letter(tmp_path, capsys):
    event = world_path(tmp_path)
    out = tmp_path / "world.pdf"
    code = main(["export", "badges", str(event), "-o", str(out), "--layout", "Avery L7418"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "11 badges" in captured.out
    assert "not printed whole" not in captured.err and "no bundled font" not in captured.err
    # every name and organisation, as typed, in the copied text: poppler reads each
    # shaped run's ActualText (Devanagari with its reph and vowel signs in typed order);
    # pypdf, reading the ToUnicode maps, gives right-to-left words in typed order too
    flat = " ".join(pdftotext(out).split())
    plain = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for given, family, org, script in WORLD:
        for part in (*given.split(), *family.split(), *org.split()):
            assert part in (plain if script in ("Arabic", "Hebrew") else flat), (script, part)
    assert "[name" not in flat and "\ufffd" not in flat
    # no private-use codes: joined Arabic forms and conjuncts map back to their letters
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in plain)
    for given, family, _org, script in WORLD:
        assert set((given + family).replace(" ", "")) <= set(plain), script
    # the right faces are embedded
    fonts = {
        str(f.get_object()["/BaseFont"])
        for page in PdfReader(out).pages
        for f in page["/Resources"]["/Font"].values()
    }
    for face in ("Arabic", "Hebrew", "Devanagari", "Thai", "Ethiopic", "WenQuanYi"):
        assert any(face in f for f in fonts), face


@needs_poppler
def test_rendered_names_have_ink_where_the_name_goes(tmp_path):
    """Each badge's name area is inked (no font left a name blank), looked at as pixels."""
    data = world_event()
    lay = layouts.find("Avery L7418")
    out = tmp_path / "w.pdf"
    result = render_badges(data, data.people, lay, out, BadgeOptions(), invariant=True)
    assert not result.incomplete
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "p")], check=True)
    from PySide6.QtGui import QImage

    w, h = badge_size(lay)
    g = geometry(w, h, qr="id", header=True)
    badges, _ = prepare(data, data.people, BadgeOptions())
    for n, b in enumerate(badges):
        page, slot = divmod(n, lay.per_page)
        png = next(tmp_path.glob(f"p-{page + 1}.png"))
        img = QImage(str(png))
        scale = img.width() / lay.page_size_pt[0]
        x, y, _, _ = lay.rect_pt(slot)
        p = plan(g, b.display, b.family, b.position, b.organisation, True)
        top = lay.page_size_pt[1] - (y + p.name_top)
        dark = 0
        for i in range(int((x + g.margin) * scale), int((x + w - g.margin) * scale)):
            for j in range(int(top * scale), int((top + p.name.size * 1.3) * scale)):
                dark += img.pixelColor(i, j).lightness() < 120
        assert dark > 15, b.name


def test_text_no_bundled_font_has_still_gets_a_badge_and_exit_1(tmp_path, capsys):
    data = world_event()
    data.people[0].given_name = "ⵎⵓⵃ"  # Tifinagh: no bundled face
    data.people[1].given_name = "😀"
    data.people[1].family_name = ""
    data.people[1].printed_name = "😀"
    path = tmp_path / "e.organiser"
    EventStore.create(path, data, lock=False).close()
    out = tmp_path / "b.pdf"
    code = main(["export", "badges", str(path), "-o", str(out), "--layout", "Avery L7418"])
    captured = capsys.readouterr()
    assert code == 1
    assert out.exists() and "11 badges" in captured.out  # everyone has a badge
    named = [ln for ln in captured.err.splitlines() if ln.startswith("not printed whole")]
    assert len(named) == 2
    assert any("WORLD00000" in ln and "ⵎ" in ln for ln in named)
    assert any("WORLD00001" in ln and "blank line" in ln for ln in named)
    tents = tmp_path / "t.pdf"
    assert main(["export", "tents", str(path), "-o", str(tents)]) == 1
    assert len(PdfReader(tents).pages) == 11


def _sizes(data: model.EventData, name: str) -> tuple[list[float], list[bool]]:
    lay = layouts.find(name)
    w, h = badge_size(lay)
    g = geometry(w, h, lay.radius * MM, qr="id", header=True)
    badges, _ = prepare(data, data.people, BadgeOptions())
    plans = [plan(g, b.display, b.family, b.position, b.organisation, True) for b in badges]
    return [p.name.size for p in plans], [p.whole for p in plans]


@pytest.mark.parametrize("name", ["Avery L7418", "Avery 5395"])
def test_reference_names_are_large_and_organisations_whole(name, tmp_path):
    data = reference_event()
    sizes, whole = _sizes(data, name)
    assert min(sizes) >= 22 and statistics.median(sizes) >= 26, sizes
    assert all(whole)
    lay = layouts.find(name)
    buf = io.BytesIO()
    result = render_badges(data, data.people, lay, buf, BadgeOptions(), invariant=True)
    assert not result.incomplete
    pdf = buf.getvalue()
    for (page, rect, _qr), person in zip(result.boxes, data.people, strict=True):
        got = " ".join(page_text_in(pdf, page, rect).replace("\x02", "-").split())
        squashed = got.replace("- ", "-")
        org = person.affiliations[0].organisation
        assert " ".join(org.split()) in squashed or org.replace(" ", "") in got.replace(" ", ""), (
            org,
            got,
        )
        assert "…" not in got.split(org.split()[0])[-1]  # nothing after the org is cut


def test_long_name_breaks_into_lines_before_shrinking():
    data = reference_event()
    data.people = [
        model.Person(
            given_name="Maria-Magdalena",
            family_name="Wolfeschlegelsteinhausen-Bergerdorff",
            affiliations=[model.Affiliation("Researcher", "Universität Heidelberg")],
        )
    ]
    for name in ("Avery L7418", "Avery 5395", "Badge A6"):
        sizes, whole = _sizes(data, name)
        assert sizes[0] >= 16 and all(whole), (name, sizes)


def test_large_layouts_use_their_space():
    data = reference_event()
    small, _ = _sizes(data, "Avery L7418")
    for name in ("Badge A6", "Badge 4×3 in"):
        big, _ = _sizes(data, name)
        assert statistics.median(big) > 1.2 * statistics.median(small), name


def test_tents_keep_the_honorific_with_the_name(tmp_path):
    data = reference_event()
    katy = next(p for p in data.people if p.family_name == "Thompson")
    out = tmp_path / "t.pdf"
    render_tents(data, [katy], layouts.find("Tent A4"), out, invariant=True)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Ms. Katy Thompson" in text
    assert "Ms. ·" not in text and "UNDP" in text


def test_print_at_actual_size_and_the_calibration_page(tmp_path):
    data = reference_event()
    for make in (
        lambda f: render_badges(data, data.people[:2], layouts.find("Avery L7418"), f),
        lambda f: render_tents(data, data.people[:1], layouts.find("Tent A4"), f),
        lambda f: render_calibration(layouts.find("Avery L7418"), f),
    ):
        buf = io.BytesIO()
        make(buf)
        prefs = PdfReader(buf).trailer["/Root"]["/ViewerPreferences"]
        assert prefs["/PrintScaling"] == "/None"
    buf = io.BytesIO()
    render_calibration(layouts.find("Avery L7418"), buf)
    reader = PdfReader(buf)
    assert len(reader.pages) == 2
    help_text = " ".join(reader.pages[1].extract_text().split())
    for words in ("actual size", "Fit to page", "exactly 100 mm", "--calibrate", "100 mm"):
        assert words in help_text, words
    # the check bar really is 100 mm: the filled rectangle in the page's operators
    content = reader.pages[1].get_contents().get_data().decode("latin-1")
    assert f"{100 * MM:.2f} {3 * MM:.2f} re f" in content


def test_short_title_on_badges_and_the_title_before_its_colon_otherwise():
    data = reference_event()
    lay = layouts.find("Avery L7418")
    buf = io.BytesIO()
    render_badges(data, data.people[:1], lay, buf, BadgeOptions(), invariant=True)
    head = page_text_in(buf.getvalue(), 0, lay.rect_pt(0))
    assert "Rethinking Stability" in head and "16–17 November 2021" in head
    assert "…" not in head
    data.event.short_title = "Bamako Dialogue 2021"
    buf = io.BytesIO()
    render_badges(data, data.people[:1], lay, buf, BadgeOptions(), invariant=True)
    assert "Bamako Dialogue 2021" in page_text_in(buf.getvalue(), 0, lay.rect_pt(0))


def test_one_collation_for_badges_and_sign_in_sheets():
    from organiser.badges.selection import select
    from organiser.pdf.signin import attendees_for_sheet

    data = world_event()
    order = [p.family_name for p in select(data, "all")]
    assert order.index("Ó Briain") < order.index("Weber")
    assert [p.family_name for p in attendees_for_sheet(data)] == order


def test_a_version_2_file_gains_the_short_title(tmp_path):
    path = tmp_path / "v2.organiser"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.migrate(conn, 0, 2)
    conn.execute("INSERT INTO event (id, uid, title) VALUES (1, 'U1', 'Old event')")
    conn.execute("COMMIT")
    conn.close()
    with EventStore.open(path) as store:
        data = store.load()
        assert data.event.short_title == ""
        data.event.short_title = "Old"
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert SCHEMA_VERSION >= 3


def test_east_asian_names_print_family_name_first_without_a_space(tmp_path):
    """李小龙 and 김민준, entered as given 小龙 / family 李, print as their owners write
    them, not "小龙 李"."""
    data = world_event()
    lay = layouts.find("Avery L7418")
    out = tmp_path / "w.pdf"
    render_badges(data, data.people, lay, out, BadgeOptions(), invariant=True)
    plain = "".join("".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for name in ("李小龙", "山田太郎", "김민준"):
        assert name in plain
