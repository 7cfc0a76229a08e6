"""The window in French: every view, tab, panel, dialog and message box walked in English
and in French (``french_walk``), and every text compared.

- A text the same in both languages at the same place is untranslated, unless it is the
  event's own (titles, names, rooms: taken out before comparing) or made only of words
  French and English share (the short list ``SAME_IN_BOTH`` below).
- No text in French may be one of the catalogue's English sources whose French differs.
- Of the window's words (menus, view names, buttons, group and tab titles, column heads),
  at most a tenth are the same as in English.
- No literal text reaches a widget without ``translate()`` (read from the code).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from organiser.paths import resource
from tests.gui.french_walk import Bot, walk

ROOT = Path(__file__).resolve().parents[2]

#: words spelled the same in French and English, and names that stay as they are
SAME_IN_BOTH = {
    # words
    "badge", "badges", "chevalet", "contact", "date", "dates", "description", "documents",
    "format", "invitation", "message", "minutes", "note", "notes", "options", "organisation",
    "page", "pages", "participant", "participants", "programme", "question", "questions",
    "service", "total", "type", "types", "simple", "session", "position", "public", "table",
    "accessible", "instructions", "instruction", "international", "initiales", "rapport",
    "signature", "zone", "zones", "plan", "moderation", "transport", "installation", "communication",
    "national", "regional", "photo", "photos", "audio", "visa", "lettre", "cocktail",
    # names, codes and units
    "organiser", "english", "français", "francais", "pdf", "csv", "xlsx", "ics", "json",
    "xml", "qr", "a4", "a5", "a6", "id", "uid", "utc", "iana", "vip", "ok", "url", "https",
    "e", "mail", "frab", "icalendar", "glabels", "avery", "herma", "zweckform", "excel",
    "mm", "pt", "cm", "in", "pc", "min", "h", "x", "ctrl", "shift", "alt", "tab", "s",
    "schedule", "noto", "sans", "dejavu", "letter", "legal", "dr", "pr", "prof", "mr",
    "ms", "mrs", "m", "mme", "he", "se", "iso", "vevent", "rrule", "tzid", "pentabarf",
    "wafer", "pretalx", "hub", "port", "hh", "a", "l", "cr", "af", "cdg", "paris", "style", "cabaret",
}  # fmt: skip

WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    """The words of a text, its mnemonic marks (&) aside."""
    return [w.casefold() for w in WORD.findall(text.replace("&", ""))]


def without_event(text: str, event: list[str]) -> str:
    """``text`` with the event's own texts, file paths and times taken out."""
    text = re.sub(r"\S*[/\\]\S*|\S+\.organiser\b", " ", text)  # paths, event files
    for value in event:
        if len(value) >= 3 and value in text:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return text


@pytest.fixture(scope="module")
def walks(tmp_path_factory, qapp):
    """The window walked in English, then in French (each in fresh settings)."""
    from PySide6.QtCore import QSettings

    from organiser import paths

    result = {}
    for lang in ("en", "fr"):
        folder = tmp_path_factory.mktemp(f"walk-{lang}")
        mp = pytest.MonkeyPatch()
        try:
            QSettings.setPath(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config")
            )
            mp.setattr(paths, "documents_dir", lambda f=folder: f / "Documents")
            mp.setenv("XDG_CONFIG_HOME", str(folder / "config"))
            mp.setenv("XDG_DATA_HOME", str(folder / "data"))
            result[lang] = walk(Bot(), mp, folder, lang)
        finally:
            mp.undo()
    return result


@pytest.fixture(autouse=True)
def isolated():
    """The walks keep their own settings (module-wide), instead of each test's."""


def catalogue() -> dict[str, str]:
    """The French catalogue: English source → French, for every message."""
    tree = ET.parse(resource("i18n", "organiser_fr.ts"))
    found = {}
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        found[source.replace("&", "")] = translation.replace("&", "")
    return found


def untranslated(walks) -> list[str]:
    (en, event), (fr, _) = walks["en"], walks["fr"]
    bad = []
    for place, text in fr.texts.items():
        english = en.texts.get(place)
        if english is None:
            continue
        left_fr = words(without_event(text, event))
        left_en = words(without_event(english, event))
        if left_fr and left_fr == left_en and set(left_fr) - SAME_IN_BOTH:
            bad.append(f"{place}: {text!r}")
    return bad


def test_the_walk_saw_every_part_of_the_window(walks):
    """The walk reached what it says it walks: every view, tab and dialog."""
    fr = walks["fr"][0].texts
    shown = {re.split(r"[/#\[]", place)[0] for place in fr}
    prefixes = {":".join(p.split(":")[:2]) for p in shown}
    for expected in (
        "view:event", "view:programme", "view:people", "view:logistics", "view:attendees",
        "view:desk", "view:print", "dialog:walk-in", "dialog:attendee-import",
        "dialog:preferences", "dialog:new-event", "dialog:schedule-import",
        "dialog:check-before-export", "problems:menu0", "desks", "dialog:share",
        "dialog:join", "dialog:join-bad-code", "dialog:join-bad-address",
    ):  # fmt: skip
        assert expected in prefixes, expected
    assert any(p.startswith("dialog") and "RestoreDialog" in p for p in shown)
    assert any(p.startswith("dialog") and "CalibrationDialog" in p for p in shown)
    assert sum(p.startswith("message") for p in shown) >= 2
    assert len(fr) > 2000


def test_nothing_in_the_french_window_is_left_in_english(walks):
    bad = untranslated(walks)
    assert not bad, f"{len(bad)} texts untranslated:\n" + "\n".join(bad[:80])


def test_no_french_text_is_an_english_source(walks):
    """A text shown in French that is one of the catalogue's English sources (with a
    different French) missed its translation, wherever it is shown."""
    sources = {s: t for s, t in catalogue().items() if words(s) != words(t)}
    fr, event = walks["fr"]
    bad = []
    for place, text in fr.texts.items():
        plain = text.replace("&", "")
        if plain in sources and set(words(without_event(plain, event))) - SAME_IN_BOTH:
            bad.append(f"{place}: {text!r} (French: {sources[plain]!r})")
    assert not bad, "\n".join(bad[:60])


def test_at_most_a_tenth_of_the_window_words_are_english(walks):
    """Menus, view names, buttons, group and tab titles, column heads: at most one word in
    ten the same as in English, the event's own words aside. Each widget counts once,
    however often the walk passed it (Print & Export is looked at once per document)."""
    (en, event), (fr, _) = walks["en"], walks["fr"]
    widgets = {}
    for place in sorted(fr.chrome):
        widgets.setdefault((place.split("/", 1)[-1], fr.texts[place]), place)
    total = same = 0
    for place in widgets.values():
        fr_words = words(without_event(fr.texts[place], event))
        en_words = Counter(words(without_event(en.texts.get(place, ""), event)))
        total += len(fr_words)
        for w in fr_words:
            if en_words[w] > 0:
                en_words[w] -= 1
                same += 1
    assert total > 600
    assert same / total <= 0.10, f"{same} of {total} words the same as in English"


def test_the_french_window_speaks_french(walks):
    """A few things a francophone sees first, as a francophone writes them."""
    fr = walks["fr"][0].texts
    shown = set(fr.values())
    for text in ("Fichier", "Édition", "Affichage", "Programme", "Intervenants", "Logistique"):
        assert any(text == t or t.startswith(text) for t in shown), text
    # French typography: a narrow no-break space before a colon, never a plain one
    assert not [t for t in shown if re.search(r"[^\W\d_] [:;!?](\s|$)", t)]


# ---------------------------------------------------------------------- in the code
SETTERS = {
    "setText", "addItem", "addItems", "setPlaceholderText", "setToolTip", "setTitle",
    "setWindowTitle", "QLabel", "QPushButton", "QAction", "setHeaderLabels", "showMessage",
    "setStatusTip", "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem", "addAction",
    "addMenu", "setLabelText", "setCancelButtonText", "QToolButton", "QCheckBox", "QGroupBox",
    "setInformativeText", "setDetailedText", "setTabText", "insertItem", "setSpecialValueText",
    "setSuffix", "setPrefix", "QMessageBox", "addButton", "setWhatsThis", "warning",
    "critical", "information", "question",
}  # fmt: skip
#: literals that are not words of the window
NOT_WORDS = re.compile(
    r"(%[A-Za-z:%. -]+|[a-z_]+|[\w-]+\.svg|\.organiser|Organiser| — Organiser|</?\w+( [^>]*)?>)"
)


def literal_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SETTERS:
            continue
        for arg in node.args[:3]:
            if any(
                isinstance(sub, ast.Call)
                and (getattr(sub.func, "id", "") or getattr(sub.func, "attr", "")) == "translate"
                for sub in ast.walk(arg)
            ):
                continue
            for sub in ast.walk(arg):
                if (
                    isinstance(sub, ast.Constant)
                    and isinstance(sub.value, str)
                    and re.search(r"[A-Za-z]", sub.value)
                    and not NOT_WORDS.fullmatch(sub.value)
                ):
                    found.append(f"{path.relative_to(ROOT)}:{sub.lineno}: {sub.value!r}")
    return found


def test_no_window_text_bypasses_translate():
    gui = ROOT / "organiser" / "gui"
    found = []
    for path in sorted(gui.rglob("*.py")):
        if "forms" not in path.parts:
            found += literal_texts(path)
    assert not found, "\n".join(found)
