"""Every export in French (``--lang fr``): the words, the forms of address, the role names
that agree with the person, French typography; the event's print language as default;
a session's French text where it has one. Read back with pypdf, and drawn with pdftoppm."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from organiser.cli import main
from organiser.i18n import NNBSP
from organiser.store import EventStore
from tests.tools import needs_poppler

#: the reference event's speakers: (family name, greeting of their French brief)
GREETINGS = {
    "Weber": "Monsieur,",  # Mr.
    "Moderan": "Madame,",  # Ms.
    "Bagayoko": "Docteure,",  # Dr., feminine
    "Attuquayefio": "Docteur,",  # Dr., masculine
    "Olonisakin": "Professeure,",  # Prof., feminine
    "Udo-Udo": "Professeur,",  # Prof., masculine
}
#: English words of the documents' frames that must not show in French
ENGLISH_FRAME = (
    "Dear ",
    "Your session",
    "Your role",
    "Thank you for",
    "Day 1",
    "Tuesday",
    "November",
    "Speaker",
    "Moderator",
    "Page 1 of",
    "Sign-in",
    "Run sheet",
    "Meet ",
)


def text(path: Path) -> str:
    """The PDF's text (pypdf reads a no-break space back as a space; i18n's tests check
    that dates and times are written with them)."""
    found = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return found.replace("\u00a0", " ")


def export(*args: str) -> None:
    assert main(["export", *args]) == 0


def english_left(found: str) -> list[str]:
    return [w for w in ENGLISH_FRAME if w in found]


def no_space_before_marks(found: str) -> None:
    """French typography: a narrow no-break space before : ; ! ? (never an ordinary one,
    never none after a word), in the words the documents themselves write."""
    assert not re.search(r"[^\W\d_] [:;!?](\s|$)", found)
    assert f"{NNBSP}:" in found


def test_briefs_in_french_address_each_person_properly(sample_path, tmp_path):
    folder = tmp_path / "briefs"
    export("briefs", str(sample_path), "--split", str(folder), "--lang", "fr")
    # one file per person, named Family-Given.pdf
    briefs = {
        family: text(p)
        for p in folder.glob("*.pdf")
        for family in [*GREETINGS, "Darkwa"]
        if p.stem.startswith(family + "-")
    }
    for family, greeting in GREETINGS.items():
        brief = briefs[family]
        assert f"\n{greeting}\n" in brief, (family, brief[:600])
        assert "NOTE D’INFORMATION" in brief and "Votre séance" in brief
        assert not english_left(brief), (family, english_left(brief))
        no_space_before_marks(brief)
    # the role agrees with the person; honorifics the French way
    assert "en tant qu’oratrice principale" in briefs["Bagayoko"]
    assert "Animatrice" in briefs["Darkwa"] or "animatrice" in briefs["Darkwa"]
    assert "Dr Niagalé Bagayoko" in briefs["Bagayoko"]
    assert "Pr Funmi Olonisakin" in briefs["Olonisakin"]
    # a home time zone's city in French (CLDR's name)
    assert "(Addis-Abeba)" in briefs["Attuquayefio"].replace("\n", " ")
    # the running footer: no "de Dr" (French would say "du Dr")
    assert "Note personnelle · Dr Niagalé Bagayoko" in briefs["Bagayoko"]
    assert not [b for b in briefs.values() if "de Dr " in b or "de Pr " in b]
    assert "novembre 2021" in briefs["Weber"] and "h" in briefs["Weber"]


def test_run_sheet_in_french(sample_path, tmp_path):
    out = tmp_path / "runsheet.pdf"
    export("runsheet", str(sample_path), "-o", str(out), "--lang", "fr")
    found = text(out)
    assert found.startswith("Feuille de route")
    assert "RÉSERVÉ À L’ÉQUIPE" in found and "Jour 1 — mardi 16 novembre 2021" in found
    assert "13 h 00–13 h 10" in found  # times the French way
    for words in (
        "M. William Meeker (animateur)",
        "Dr Linda Darkwa (animatrice)",
        "Mme Ornella Moderan (première intervenante)",
        "Pr Jacob Udo-Udo (premier intervenant)",
        "Oratrice principale",
    ):
        assert words in found.replace("\n", " "), words
    assert not english_left(found), english_left(found)
    no_space_before_marks(found)


def test_badges_and_tents_in_french(sample_path, tmp_path):
    badges = tmp_path / "badges.pdf"
    export("badges", str(sample_path), "-o", str(badges), "--layout", "Badge A6", "--lang", "fr")
    pages = [page.extract_text() for page in PdfReader(badges).pages]
    by_name = {next(n for n in GREETINGS if n in page): page for page in pages if any(n in page for n in GREETINGS)}  # fmt: skip
    assert by_name["Bagayoko"].startswith("INTERVENANTE")
    assert by_name["Attuquayefio"].startswith("INTERVENANT\n")
    assert "Dr Niagalé" in by_name["Bagayoko"] and "Pr Funmi" in by_name["Olonisakin"]
    assert all("16–17 novembre 2021" in page for page in pages)
    assert not any("SPEAKER" in page or "November" in page for page in pages)
    reader = PdfReader(badges)  # described in its language, as every other document
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert reader.metadata is not None and reader.metadata.author == "Organiser"

    tents = tmp_path / "tents.pdf"
    export("tents", str(sample_path), "-o", str(tents), "--lang", "fr")
    found = text(tents)
    assert "Dr Niagalé Bagayoko" in found and "Pr Jacob Udo-Udo" in found
    assert "Dr. " not in found and "Prof. " not in found
    assert PdfReader(tents).trailer["/Root"]["/Lang"] == "fr"


def test_sign_in_sheet_and_calibration_in_french(sample_path, tmp_path):
    out = tmp_path / "signin.pdf"
    export("signin", str(sample_path), "-o", str(out), "--lang", "fr")
    found = text(out)
    for words in ("Nom", "Organisation", "Signature", "Feuille d’émargement", "Page 1 sur 2"):
        assert words in found, words
    assert "Jour 1 — mardi 16 novembre 2021" in found
    assert not english_left(found)

    calibration = tmp_path / "calibration.pdf"
    assert main(["export", "calibration", "-o", str(calibration), "--layout", "Avery L7418", "--lang", "fr"]) == 0  # fmt: skip
    found = text(calibration)
    assert f"Avery L7418{NNBSP}: décalage +0,0 mm en largeur" in found or (
        "décalage +0,0" in found and "en largeur" in found
    )
    assert "offset" not in found


def test_programme_in_french_prints_french_session_text(sample_path, tmp_path):
    """A session's French title and summary where it has them; English where not."""
    with EventStore.open(sample_path) as store:
        data = store.load()
        ws = next(s for s in data.sessions if s.kind == "workshop" and s.number == 1)
        store.update("sessions", ws.id, {"title_fr": "Protection des civils"})
    out = tmp_path / "agenda.pdf"
    export("agenda", str(sample_path), "-o", str(out), "--lang", "fr")
    found = text(out).replace("\n", " ")
    assert f"Atelier 1{NNBSP}: Protection des civils" in found
    assert f"Atelier 1{NNBSP}: Protection of Civilians" not in found
    assert f"Atelier 2{NNBSP}: Ensuring Local Ownership" in found  # no French title: English
    assert "ORGANISÉ PAR" in found and "Jour 1" in found and "Day 1" not in found
    doors = tmp_path / "doors.pdf"
    export("agenda", str(sample_path), "-o", str(doors), "--lang", "fr", "--style", "doors")
    assert "\n13 h 00–13 h 10\n" in text(doors)  # the time on one line
    english = tmp_path / "agenda-en.pdf"
    export("agenda", str(sample_path), "-o", str(english), "--lang", "en")
    assert "Workshop 1: Protection of Civilians" in text(english).replace("\n", " ")


def test_the_events_print_language_is_the_default(sample_path, tmp_path):
    with EventStore.open(sample_path) as store:
        store.update("event", 1, {"print_language": "fr"})
    out = tmp_path / "runsheet.pdf"
    export("runsheet", str(sample_path), "-o", str(out))
    assert text(out).startswith("Feuille de route")
    export("runsheet", str(sample_path), "-o", str(out), "--lang", "en")
    assert text(out).startswith("Run sheet")


@needs_poppler
def test_french_documents_draw(sample_path, tmp_path):
    """Each French document's first page draws (the no-break spaces and accents included)."""
    docs = {
        "briefs": ["briefs", str(sample_path)],
        "runsheet": ["runsheet", str(sample_path)],
        "signin": ["signin", str(sample_path)],
        "tents": ["tents", str(sample_path)],
        "badges": ["badges", str(sample_path), "--layout", "Avery L7418"],
        "agenda": ["agenda", str(sample_path)],
    }
    for name, args in docs.items():
        pdf = tmp_path / f"{name}.pdf"
        export(*args, "-o", str(pdf), "--lang", "fr")
        run = subprocess.run(
            ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / name)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0 and not run.stderr.strip(), (name, run.stderr)
        assert list(tmp_path.glob(f"{name}-*.png")), name


def test_a_french_colon_never_starts_a_line():
    """organiser.pdf.paragraph replaces reportlab's word split so that U+202F stays inside
    a word: if a reportlab upgrade undid that, ' :' would begin lines again."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from organiser.pdf import fonts
    from organiser.pdf.paragraph import Paragraph

    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.REGULAR, fontSize=10, leading=12)
    text = " ".join(f"Atelier{NNBSP}{i}{NNBSP}: « mot{NNBSP}»" for i in range(60))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(150, 2000), leftMargin=10, rightMargin=10).build(
        [Paragraph(text, style)]
    )
    lines = PdfReader(out).pages[0].extract_text().splitlines()
    assert len(lines) > 20
    # each "Atelier N :" and « mot » stays whole on its line
    assert not [line for line in lines if line.rstrip().endswith(("Atelier", "«"))]
    assert not [line for line in lines if line.lstrip().startswith((":", "»"))]
