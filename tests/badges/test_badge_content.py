"""Hard names: every character of every badge inside its badge and off the QR code.

Checked from the PDF itself: pdfium reports each character's box (font ascent to
descent, the loose box), which must lie inside the label rectangle it belongs to and must
not touch the QR square (quiet zone included) of that label.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest

from organiser import model
from organiser.badges import layouts
from organiser.badges.content import BadgeOptions, name_fits
from organiser.badges.fit import fit_name
from organiser.badges.render import render_badges
from organiser.pdf import fonts
from organiser.services.text import clean
from tests.badges.badge_pdf_helpers import chars, decode, inside, overlaps, page_text_in, qr_codes

MM = 72 / 25.4
AFF = model.Affiliation
RTL_WORD = re.compile("[\u0590-\u06ff]+")

HARD = [
    (
        "",
        "Wolfeschlegelsteinhausenbergerdorff-Brzęczyszczykiewicz",
        [AFF("Professor", "Uniwersytet")],
    ),
    (
        "Maria José Carmen Dolores",
        "de la Fontaine-Vasconcelos e Albuquerque",
        [
            AFF(
                "Founder and Executive Director of Programmes",
                "Kofi Annan International Peacekeeping Training Centre and Associated Institutes",
            )
        ],
    ),
    (
        "Niagalé",
        "Bagayoko-Traoré",
        [
            AFF("Chair", "African Security Sector Network"),
            AFF("Fellow", "ISS"),
            AFF("Adviser", "AU"),
            AFF("Member", "UN Board"),
        ],
    ),
    ("", "Supercalifragilisticexpialidociouslylongsinglewordname", []),
    (
        "Ελένη",
        "Παπαδοπούλου-Κωνσταντίνου",
        [AFF("Καθηγήτρια", "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών")],
    ),
    ("Юлия", "Кузнецова-Смирнова", [AFF("Директор", "Московский государственный университет")]),
    ("Zoë 😀🎉", "Öztürk 🇲🇱", [AFF("Policy Adviser 🚀", "Réseau des femmes pour la paix")]),
    (
        "\u202eAmina\u202c \u200fשלום",
        "\u2066Haddad\u2069\u200b",
        [AFF("Researcher", "Centre\u00ad for Dialogue")],
    ),
    ("A" * 2500, "B" * 2500, [AFF("P" * 300, "O" * 300)]),
    ("Li", "Na", []),
    ("Nguyễn Thị", "Ó Súilleabháin", [AFF("", "Þjóðminjasafn Íslands")]),
]


def hard_event() -> model.EventData:
    data = model.EventData(
        event=model.Event(
            title="Rethinking Stability: Learning from People’s Experiences of Stabilisation in the Sahel and Beyond"
        )
    )
    data.days = [model.Day(date(2021, 11, 16), id=1), model.Day(date(2021, 11, 17), id=2)]
    for i, (given, family, affs) in enumerate(HARD):
        data.people.append(
            model.Person(
                given_name=given,
                family_name=family,
                affiliations=list(affs),
                category=model.PERSON_CATEGORIES[i % len(model.PERSON_CATEGORIES)],
                email=f"secret{i}@example.org",
                phone="+223 555 0100",
                dietary_needs="vegan",
                id=i + 1,
            )
        )
    return data


@pytest.mark.parametrize(
    "name",
    [
        "Avery 5395",
        "Avery 5392",
        "Avery L4785",
        "Avery L7418",
        "Badge A6",
        "Badge 4×3 in",
        "Badge CR80",
    ],
)
def test_every_character_inside_its_badge_and_off_the_qr(name):
    data = hard_event()
    lay = layouts.find(name)
    buf = io.BytesIO()
    result = render_badges(data, data.people, lay, buf, BadgeOptions(), invariant=True)
    pdf = buf.getvalue()
    found = chars(pdf)
    assert found
    faces: dict[int, list] = {}
    for page, rect, qr in result.boxes:
        faces.setdefault(page, []).append((rect, qr))
    # every badge sits in a label of the layout, on the published grid
    labels = [lay.rect_pt(s) for s in range(lay.per_page)]
    for _page, rect, _ in result.boxes:
        assert any(rect == pytest.approx(lab) for lab in labels)
    for c in found:
        homes = [(r, q) for r, q in faces[c.page] if overlaps(c.box, r)]
        assert len(homes) == 1, f"{c.text!r} at {c.box} touches {len(homes)} badges on {name}"
        rect, qr = homes[0]
        assert inside(c.box, rect), f"{c.text!r} at {c.box} leaves its badge {rect} on {name}"
        if qr is not None:
            assert not overlaps(c.box, qr), f"{c.text!r} at {c.box} touches the QR code on {name}"
    # the QR squares the renderer reports are where the codes really are (read by zxing)
    for page in range(min(result.pages, 2)):
        codes = qr_codes(pdf, page)
        squares = [qr for p, _, qr in result.boxes if p == page and qr is not None]
        assert len(codes) == len(squares)
        for _text, corners in codes:
            assert any(all(inside((x, y, x, y), sq, tol=1) for x, y in corners) for sq in squares)
    # private data never printed
    text = "".join(c.text for c in found)
    for secret in ("secret", "example.org", "555", "vegan"):
        assert secret not in text
    # the emoji, which no bundled font has, was reported before printing and is not
    # drawn; the Hebrew is printed, from the bundled Noto Sans Hebrew
    assert any("😀" in w for w in result.warnings)
    assert not any("ש" in w for w in result.warnings)
    assert "😀" not in text and set("שלום") <= set(text)
    assert "\u202e" not in text


def test_every_name_is_there_whole_or_visibly_shortened():
    data = hard_event()
    lay = layouts.find("Avery L7418")
    buf = io.BytesIO()
    render_badges(data, data.people, lay, buf, BadgeOptions(), invariant=True)
    pdf = buf.getvalue()
    for i, person in enumerate(data.people):
        page, slot = divmod(i, lay.per_page)
        got = page_text_in(pdf, page, lay.rect_pt(slot))
        squashed = "".join(got.replace("\x02", "-").split())  # pdfium: line-end hyphen
        want = "".join(
            ch for ch in clean(person.name) if not fonts.missing_glyphs(ch) and not ch.isspace()
        )
        # text extraction reads right-to-left words in the order they are drawn
        want = RTL_WORD.sub(lambda m: m.group(0)[::-1], want)
        fit = name_fits(person, lay)
        if fit.fits:
            assert want.replace("-", "") in squashed.replace("-", ""), (person.name, got)
        else:
            assert "…" in got
            assert squashed.startswith(want[:5]) or want[:5] in squashed


def test_fit_rules():
    width = 160.0
    one = fit_name("Ana Li", width, 60, 24, 10)
    assert one.lines == ("Ana Li",) and one.size == 24
    two = fit_name("Niagalé Bagayoko-Traoré", width, 60, 24, 10, family="Bagayoko-Traoré")
    assert two.lines == ("Niagalé", "Bagayoko-Traoré")
    hy = fit_name("Kessy Ekomo-Soignet-Ndiaye-Mbaye", 140, 60, 24, 10, family="")
    assert len(hy.lines) == 2 and hy.fits
    long_word = fit_name(
        "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft", width, 60, 24, 10
    )
    assert long_word.elided and long_word.lines[-1].endswith("…")
    from organiser.badges.fit import width1

    for f in (one, two, hy, long_word):
        for line in f.lines:
            assert width1(line, fonts.BOLD) * f.size <= width + 0.01
        assert 10 <= f.size <= 24
    huge = fit_name("x" * 5000, width, 60, 24, 10)
    assert huge.elided and sum(len(ln) for ln in huge.lines) < 100


def test_name_fits_flags_names_that_need_shortening():
    lay = layouts.find("Avery L4785")
    short = model.Person(given_name="Ana", family_name="Li")
    long = model.Person(given_name="Maria", family_name="Y" * 80)
    assert name_fits(short, lay)
    assert not name_fits(long, lay)
    assert name_fits(long, lay).size >= 9


def test_qr_decodes_to_the_persons_id():
    data = hard_event()
    data.people = data.people[-2:]
    lay = layouts.find("Avery L7418")
    buf = io.BytesIO()
    render_badges(data, data.people, lay, buf, BadgeOptions(), invariant=True)
    assert sorted(decode(buf.getvalue())) == sorted(p.uid for p in data.people)


def test_vcard_carries_only_ticked_fields():
    data = hard_event()
    data.people = [data.people[-2]]
    lay = layouts.find("Badge 4×3 in")
    buf = io.BytesIO()
    render_badges(data, data.people, lay, buf, BadgeOptions(qr="vcard"), invariant=True)
    (card,) = decode(buf.getvalue())
    assert "BEGIN:VCARD" in card and "Li" in card
    assert "secret" not in card and "555" not in card and "EMAIL" not in card
    buf = io.BytesIO()
    opts = BadgeOptions(qr="vcard", vcard_fields=frozenset({"email"}))
    render_badges(data, data.people, lay, buf, opts, invariant=True)
    (card,) = decode(buf.getvalue())
    assert "secret9@example.org" in card and "555" not in card


def test_duplex_back_mirrors_columns():
    data = hard_event()
    data.people = data.people[-3:] + data.people[:3]
    for p, n in zip(
        data.people,
        ("Alpha One", "Bravo Two", "Charlie Three", "Delta Four", "Echo Five", "Fox Six"),
    ):
        p.printed_name = n
    lay = layouts.find("Avery L4785")
    buf = io.BytesIO()
    result = render_badges(data, data.people, lay, buf, BadgeOptions(duplex=True), invariant=True)
    pdf = buf.getvalue()
    assert result.pages == 2
    for s, p in enumerate(data.people):
        front = page_text_in(pdf, 0, lay.rect_pt(s))
        back_rect = lay.mirrored_rect_pt(s)
        back = page_text_in(pdf, 1, back_rect)
        assert p.printed_name.split()[0] in front
        assert p.printed_name.split()[0] in back
        # the mirror of a left-column label is the right column, same row
        x, y, w, _h = lay.rect_pt(s)
        assert back_rect[1] == y
        assert back_rect[0] == pytest.approx(lay.page_size_pt[0] - x - w)
    # no QR on the back: only the front page decodes
    assert len(decode(pdf, 0)) == 6 and decode(pdf, 1) == []
    for c in chars(pdf):
        if c.page == 1:
            assert any(inside(c.box, lay.mirrored_rect_pt(s)) for s in range(6))


def test_foldover_has_the_name_on_both_halves_one_upside_down():
    data = hard_event()
    data.people = [data.people[2]]
    lay = layouts.find("Fold-over A5")
    buf = io.BytesIO()
    render_badges(data, data.people, lay, buf, BadgeOptions(), invariant=True)
    pdf = buf.getvalue()
    pw, ph = lay.page_size_pt
    lower = page_text_in(pdf, 0, (0, 0, pw, ph / 2))
    upper = page_text_in(pdf, 0, (0, ph / 2, pw, ph / 2))
    assert "Niagal" in lower and "Niagal" in upper
    for c in chars(pdf):
        assert inside(c.box, (0, 0, pw, ph / 2)) or inside(c.box, (0, ph / 2, pw, ph / 2))
    assert decode(pdf) == [data.people[0].uid]


def test_tents_name_on_both_faces():
    from organiser.badges.tents import render_tents

    data = hard_event()
    data.people[1].honorific = "H.E."
    lay = layouts.find("Tent A4")
    buf = io.BytesIO()
    render_tents(data, data.people, lay, buf, invariant=True)
    pdf = buf.getvalue()
    pw, ph = lay.page_size_pt
    lower = page_text_in(pdf, 1, (0, 0, pw, ph / 2))
    upper = page_text_in(pdf, 1, (0, ph / 2, pw, ph / 2))
    assert "H.E." in lower and "H.E." in upper
    assert "Maria" in lower and "Maria" in upper
    for c in chars(pdf):
        assert inside(c.box, (0, 0, pw, ph / 2)) or inside(c.box, (0, ph / 2, pw, ph / 2))


def test_start_at_label_and_cancel():
    from organiser.badges.draw import Cancelled

    data = hard_event()
    lay = layouts.find("Avery L7418")
    buf = io.BytesIO()
    result = render_badges(data, data.people[:3], lay, buf, BadgeOptions(start=7), invariant=True)
    assert [s for _, s in result.slots] == [6, 7, 0]
    assert result.pages == 2
    with pytest.raises(ValueError):
        render_badges(data, data.people, lay, io.BytesIO(), BadgeOptions(start=9))
    seen = []
    with pytest.raises(Cancelled):
        render_badges(
            data, data.people * 10, lay, io.BytesIO(), BadgeOptions(),
            progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) > 0,
        )  # fmt: skip


def test_logo_png_is_embedded_once(tmp_path):
    from PIL import Image
    from pypdf import PdfReader

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (200, 30, 30)).save(logo)
    data = hard_event()
    data.settings["badge_logo"] = str(logo)
    buf = io.BytesIO()
    render_badges(
        data, data.people, layouts.find("Avery L4785"), buf, BadgeOptions(), invariant=True
    )
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    images = (
        [
            o
            for o in reader.resolved_objects.values()
            if getattr(o, "get", None) and o.get("/Subtype") == "/Image"
        ]
        if hasattr(reader, "resolved_objects")
        else []
    )
    raw = buf.getvalue()
    assert raw.count(b"/Subtype /Image") == 1 or len(images) == 1
    data.settings["badge_logo"] = str(tmp_path / "missing.png")
    result = render_badges(
        data, data.people[:1], layouts.find("Avery L4785"), io.BytesIO(), BadgeOptions()
    )
    assert any("logo" in w for w in result.warnings)


def test_custom_colours_and_bad_colour():
    from organiser.badges.content import badge_colours, colour_of

    data = hard_event()
    data.settings["badge_colours"] = {"speaker": "#00ff00", "staff": "not a colour"}
    colours = badge_colours(data)
    assert colours["speaker"] == "#00ff00"
    assert colour_of(colours["staff"]) == colour_of("#2E7D32")


@pytest.mark.parametrize("part", ["5160", "5163", "L7160", "5193", "5388"])
def test_imported_odd_labels_keep_every_character_inside(part):
    """Sheets nobody designed badges for (address labels, round stickers) still never
    print outside a label or over a QR code."""
    from pathlib import Path

    from organiser.badges import glabels

    labels = next(
        p / "shared" / "data" / "real" / "labels"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "data" / "real" / "labels").is_dir()
    )
    found_layouts = [
        lay
        for f in sorted(labels.glob("glabels-qt_*-templates.xml"))
        for lay in glabels.parse(f).layouts
        if lay.part == part
    ]
    assert found_layouts
    lay = found_layouts[0]
    data = hard_event()
    buf = io.BytesIO()
    result = render_badges(data, data.people, lay, buf, BadgeOptions(), invariant=True)
    faces: dict[int, list] = {}
    for page, rect, qr in result.boxes:
        faces.setdefault(page, []).append((rect, qr))
    found = chars(buf.getvalue())
    assert found
    for c in found:
        homes = [(r, q) for r, q in faces[c.page] if overlaps(c.box, r)]
        assert len(homes) == 1
        assert inside(c.box, homes[0][0])
        assert homes[0][1] is None or not overlaps(c.box, homes[0][1])


def test_titles_on_badges_courtesy_titles_left_off():
    data = hard_event()
    data.people = data.people[9:10]  # "Li Na"
    lay = layouts.find("Badge CR80")
    for honorific, mode, shown in (
        ("Dr.", "titles", "Dr. Li Na"),
        ("H.E.", "titles", "H.E. Li Na"),
        ("Mr.", "titles", "Li Na"),
        ("Mr.", "all", "Mr. Li Na"),
        ("Prof.", "none", "Li Na"),
    ):
        data.people[0].honorific = honorific
        buf = io.BytesIO()
        render_badges(data, data.people, lay, buf, BadgeOptions(honorific=mode), invariant=True)
        text = page_text_in(buf.getvalue(), 0, lay.rect_pt(0))
        assert shown in text.replace("\r\n", " ")
        if shown == "Li Na":
            assert honorific not in text


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "SVG logos cannot be embedded"), ("fr", "les logos SVG")]
)
def test_a_logo_warning_speaks_the_messages_language(tmp_path, lang, said):
    import io

    from reportlab.pdfgen.canvas import Canvas

    from organiser import i18n
    from organiser.badges.draw import load_logo

    logo = tmp_path / "logo.svg"
    logo.write_text("<svg/>", encoding="utf-8")
    warnings: list[str] = []
    i18n.set_messages_language(lang)
    try:
        assert load_logo(Canvas(io.BytesIO()), str(logo), warnings) is None
    finally:
        i18n.set_messages_language("en")
    assert len(warnings) == 1 and said in warnings[0] and "logo.svg" in warnings[0]
