"""The window's language: Qt's translators, chosen at start-up.

Every word the window shows goes through ``translate("Context", "English text")`` (Qt's
``QCoreApplication.translate``; ``pyside6-lupdate`` finds these calls and the Designer
forms' strings, see ``translations.py``). At start-up :func:`install` loads Organiser's
French catalogue and Qt's own (``qtbase_fr``: the buttons of standard dialogs, the file
dialog) and makes French the default QLocale, so dates and numbers follow. The language
follows the system's unless Edit › Preferences chose one; a change applies when the app
starts again.

Qt-free code that words things (the checks, the printed documents) takes the language
as a parameter: :func:`current` is what the window passes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import i18n
from ..paths import resource
from . import settings as prefs

#: the window's languages, by code, each named in its own language
LANGUAGES = i18n.LANGUAGE_NAMES  # each language in its own words
SETTING = "ui/language"
CATALOGUE = "organiser"

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks ``text`` for lupdate and gives it back as it is, for words kept in a table and
    translated where they are shown: Qt's own does the same but is typed to return object."""
    return text


_state = {"lang": "en"}
_installed: list[QTranslator] = []
#: the default QLocale before the first install, put back by uninstall()
_locale: list[QLocale] = []


def system_language() -> str:
    """'fr' when the system's locale is French (LANG=fr_FR.UTF-8, fr_CA, …), else 'en'."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def chosen() -> str:
    """The language chosen in Preferences ('' for the system's)."""
    value = prefs.settings().value(SETTING, "")
    return value if value in LANGUAGES else ""


def choose(lang: str) -> None:
    """Remember ``lang`` ('' for the system's) for the next start."""
    s = prefs.settings()
    if lang in LANGUAGES:
        s.setValue(SETTING, lang)
    else:
        s.remove(SETTING)
    s.sync()


def wanted() -> str:
    """The language the window starts in: the chosen one, else the system's."""
    return chosen() or system_language()


def current() -> str:
    """The language the window is in now ('en' or 'fr')."""
    return _state["lang"]


def catalogue_path(lang: str) -> str:
    """Where Organiser's compiled catalogue for ``lang`` is (``resources/i18n``)."""
    return str(resource("i18n", f"{CATALOGUE}_{lang}.qm"))


def install(lang: str | None = None) -> str:
    """Put the window in ``lang`` (default :func:`wanted`); call before any widget is
    made. Returns the language installed ('en' when a catalogue is missing)."""
    app = QCoreApplication.instance()
    lang = lang or wanted()
    uninstall()
    _locale.append(QLocale())
    if lang != "en" and app is not None:
        ours = QTranslator(app)
        if not ours.load(catalogue_path(lang)):
            lang = "en"
        else:
            qt = QTranslator(app)
            if qt.load(
                f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                app.installTranslator(qt)
                _installed.append(qt)
            app.installTranslator(ours)
            _installed.append(ours)
    _state["lang"] = lang
    i18n.set_messages_language(lang)  # what the event file, imports and exports report
    # dates and numbers in the language; English keeps the system's own locale (its
    # order of day and month), unless that is French
    if lang == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    elif system_language() == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale.system())
    return lang


def uninstall() -> None:
    """Back to English (the tests switch languages within one process)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    _state["lang"] = "en"
    i18n.set_messages_language("en")
    while _locale:
        QLocale.setDefault(_locale.pop())
