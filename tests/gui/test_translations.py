"""The French catalogue is in step with the code, complete, typeset the French way, and
the app starts in French on a French system (or when Preferences says so)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from organiser import i18n
from organiser.gui import language, translations
from organiser.i18n import NNBSP, Words, typeset

ROOT = Path(__file__).resolve().parents[2]
RUN = "python -m organiser.gui.translations"

#: a mnemonic mark: & before a character (not '&&', not '& ' in prose)
MNEMONIC = re.compile(r"&(?=[^\s&])")


def messages(ts: Path = translations.TS) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def test_catalogue_in_step_with_the_code(tmp_path):
    """lupdate over the code finds nothing to add or drop: every window text is in the
    catalogue and the catalogue holds no text the code no longer has."""
    ts = tmp_path / "organiser_fr.ts"
    shutil.copy(translations.TS, ts)
    translations.update_ts(ts)
    assert ts.read_bytes() == translations.TS.read_bytes(), (
        f"the window's words changed: run {RUN} and translate what is unfinished"
    )


def test_compiled_catalogue_in_step_with_the_translations(tmp_path):
    qm = tmp_path / "organiser_fr.qm"
    translations.compile_qm(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), f"organiser_fr.qm is stale: run {RUN}"


def test_every_text_translated():
    found = messages()
    assert len(found) > 1000
    unfinished = [
        f"{ctx}: {src!r}"
        for ctx, src, tr in found
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip()
    ]
    assert not unfinished, "\n".join(unfinished)


def test_translations_keep_placeholders_and_mnemonics():
    bad = []
    for ctx, src, tr in messages():
        text = tr.text or ""
        if sorted(re.findall(r"\{\w*\}", src)) != sorted(re.findall(r"\{\w*\}", text)):
            bad.append(f"{ctx}: {src!r} → {text!r}: placeholders differ")
        if len(MNEMONIC.findall(src)) != len(MNEMONIC.findall(text)):
            bad.append(f"{ctx}: {src!r} → {text!r}: keyboard marks (&) differ")
    assert not bad, "\n".join(bad)


def test_translations_are_typeset_the_french_way():
    """A narrow no-break space before : ; ! ? and inside « », typographic apostrophes."""
    bad = []
    for ctx, _src, tr in messages():
        text = tr.text or ""
        plain = re.sub(r"<[^>]+>", "", text)  # an HTML attribute's quotes are not prose
        if typeset(text, "fr") != text:
            bad.append(f"{ctx}: {text!r}: spacing")
        if "'" in plain or '"' in plain:
            bad.append(f"{ctx}: {text!r}: straight quotes")
    assert not bad, "\n".join(bad)
    colons = [tr.text for _c, _s, tr in messages() if (tr.text or "").endswith(":")]
    assert colons and all(t.endswith(NNBSP + ":") for t in colons)


def test_words_tables_say_the_same_in_both_languages():
    """Every table of sentences the documents, checks and messages use (i18n.Words):
    the same keys and the same blanks in English and French, French typeset."""
    import organiser.attendees.messages
    import organiser.attendees.plan
    import organiser.badges.messages
    import organiser.checks.messages
    import organiser.interchange.messages
    import organiser.store.messages  # noqa: F401

    assert len(Words.tables) >= 8
    for table in Words.tables:
        en, fr = table.by_lang["en"], table.by_lang["fr"]
        for key in en:
            assert sorted(re.findall(r"\{\w*\}", en[key])) == sorted(
                re.findall(r"\{\w*\}", fr[key])
            ), key
            assert typeset(fr[key], "fr") == fr[key], key


def test_qt_ships_its_own_french():
    """The standard dialogs' buttons (OK, Cancel, the file dialog) come from qtbase_fr."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert QTranslator().load("qtbase_fr", folder)


def test_install_and_uninstall(qapp):
    try:
        assert language.install("fr") == "fr"
        assert language.current() == "fr" and i18n.messages_language() == "fr"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        language.uninstall()
    assert language.current() == "en" and i18n.messages_language() == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def _start(env: dict[str, str], config: Path) -> str:
    """The language a fresh app starts in, with ``env`` and the settings in ``config``."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(config)!r})\n"
        "from organiser.gui.app import application\n"
        "from organiser.gui import language\n"
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "app = application([])\n"
        "print(language.current(), QCoreApplication.translate('MainWindow', '&Edit'),"
        " QLocale().toString(1234.5), sep='|')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("lang_env", "expected"),
    [("fr_FR.UTF-8", "fr|É&dition|1\u202f234,5"), ("en_GB.UTF-8", "en|&Edit|1,234.5")],
)
def test_the_window_follows_the_system_language(tmp_path, lang_env, expected):
    env = {
        **os.environ,
        "LANG": lang_env,
        "LC_ALL": lang_env,
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
    }
    assert _start(env, tmp_path / "fresh-settings") == expected


def test_preferences_choose_the_language_for_the_next_start(tmp_path, qapp, qtbot):
    """Edit › Preferences picks English on a French system; the window says it applies at
    the next start, and the next start is in English."""
    from PySide6.QtCore import QSettings

    from organiser.gui.dialogs.preferences import PreferencesDialog

    config = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.ui.language
    assert combo.itemData(combo.currentIndex()) == ""  # the system's, by default
    assert "when Organiser starts again" in dialog.ui.note.text()
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert language.chosen() == "en"
    env = {**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": ""}
    env["QT_QPA_PLATFORM"] = "offscreen"
    assert _start(env, config).startswith("en|&Edit|")
