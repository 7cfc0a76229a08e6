"""The fixed words of printed documents, in English and French.

Only words the app itself prints live here (weekdays, months, role and session-kind names,
"page n of N"); the event's own text prints as the organisers entered it. Weekdays and
months come from babel so that French dates are written the French way. Qt-free, so the
CLI and the renderers share it with the window.
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date

from .model import DEFAULT_ROLE_TYPES, SESSION_KIND_LABELS

LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "page_of": "page {n} of {total}",
        "colon": ": ",
        "continued": "continued",
        "tbc": "to be confirmed",
        "problem_statement": "Problem statement",
        "guiding_questions": "Guiding questions",
        "summary": "Summary",
        "description": "Description",
        "day_n": "Day {n}",
        "programme": "Programme",
        "at_a_glance": "At a glance",
        "venue": "Venue",
        "online": "Online",
        "meeting_id": "Meeting ID",
        "passcode": "Passcode",
        "dates": "Dates",
        "times_in": "Times are shown in",
        "venue_time": "venue time",
        "hours": "Hours",
        "room": "Room",
        "time": "Time",
        "session": "Session",
        "name_unprintable": "[name not printable in this font]",
        "day_shift_plus": "+{n} day",
        "day_shift_plus_many": "+{n} days",
        "day_shift_minus": "–{n} day",
        "day_shift_minus_many": "–{n} days",
        "partners_organiser": "Organised by",
        "partners_host": "Hosted by",
        "partners_partner": "In partnership with",
        "partners_funder": "With the support of",
        "partners_sponsor": "Sponsored by",
        "partners_other": "With",
        "signin_sheet": "Sign-in sheet",
        "signin_no": "No.",
        "signin_name": "Name",
        "signin_organisation": "Organisation",
        "signin_signature": "Signature",
    },
    "fr": {
        "page_of": "page {n} sur {total}",
        "continued": "suite",
        "colon": "\u00a0: ",  # French sets a (non-breaking) space before a colon
        "tbc": "à confirmer",
        "problem_statement": "Problématique",
        "guiding_questions": "Questions directrices",
        "summary": "Résumé",
        "description": "Description",
        "day_n": "Jour {n}",
        "programme": "Programme",
        "at_a_glance": "En un coup d’œil",
        "venue": "Lieu",
        "online": "En ligne",
        "meeting_id": "ID de réunion",
        "passcode": "Code secret",
        "dates": "Dates",
        "times_in": "Horaires indiqués en",
        "venue_time": "heure locale du lieu",
        "hours": "Horaires",
        "room": "Salle",
        "time": "Heure",
        "session": "Séance",
        "name_unprintable": "[nom non imprimable dans cette police]",
        "day_shift_plus": "+{n} jour",
        "day_shift_plus_many": "+{n} jours",
        "day_shift_minus": "–{n} jour",
        "day_shift_minus_many": "–{n} jours",
        "partners_organiser": "Organisé par",
        "partners_host": "Accueilli par",
        "partners_partner": "En partenariat avec",
        "partners_funder": "Avec le soutien de",
        "partners_sponsor": "Parrainé par",
        "partners_other": "Avec",
        "signin_sheet": "Feuille d'émargement",
        "signin_no": "N°",
        "signin_name": "Nom",
        "signin_organisation": "Organisation",
        "signin_signature": "Signature",
    },
}

#: role key -> (singular, plural) per language, for the built-in roles
_ROLES: dict[str, dict[str, tuple[str, str]]] = {
    # English is the model's own wording, so a renamed built-in role changes everywhere.
    "en": {key: (label, plural) for key, label, plural, _ in DEFAULT_ROLE_TYPES},
    "fr": {
        "keynote_speaker": ("Orateur principal", "Orateurs principaux"),
        "speaker": ("Intervenant", "Intervenants"),
        "chair": ("Président de séance", "Présidents de séance"),
        "moderator": ("Modérateur", "Modérateurs"),
        "facilitator": ("Animateur", "Animateurs"),
        "panellist": ("Panéliste", "Panélistes"),
        "first_respondent": ("Premier intervenant", "Premiers intervenants"),
        "rapporteur": ("Rapporteur", "Rapporteurs"),
    },
}

_KINDS: dict[str, dict[str, str]] = {
    # The model's labels, except that a printed "other" session is just a "Session".
    "en": {**SESSION_KIND_LABELS, "other": "Session"},
    "fr": {
        "opening": "Allocution d’ouverture",
        "keynote": "Discours liminaire",
        "workshop": "Atelier",
        "panel": "Table ronde",
        "plenary": "Séance plénière",
        "break": "Pause",
        "meal": "Repas",
        "closing": "Allocution de clôture",
        "other": "Séance",
    },
}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


def t(key: str, lang: str = "en", **values: object) -> str:
    """The fixed word ``key`` in ``lang``, with ``{placeholders}`` filled."""
    text = _WORDS[check_lang(lang)][key]
    return text.format(**values) if values else text


def page_of(n: int, total: int, lang: str = "en") -> str:
    return t("page_of", lang, n=n, total=total)


def role_label(key: str, count: int, lang: str, label: str = "", plural: str = "") -> str:
    """A role's heading: singular for one person, plural for more.

    Built-in roles are translated; an event's own roles print as the organisers named them.
    """
    known = _ROLES[check_lang(lang)].get(key)
    if known:
        return known[0] if count == 1 else known[1]
    label = label or key.replace("_", " ").capitalize()
    return label if count == 1 else (plural or label)


def kind_label(kind: str, lang: str) -> str:
    table = _KINDS[check_lang(lang)]
    return table.get(kind, kind.replace("_", " ").capitalize())


def session_heading(kind: str, number: int | None, title: str, lang: str) -> str:
    """'Workshop 1: Protection of Civilians'; a plain 'other' session is just its title."""
    label = kind_label(kind, lang)
    if number:
        label = f"{label} {number}"
    if kind == "other" and title:
        return title
    return f"{label}{t('colon', lang)}{title}" if title else label


def partner_label(role: str, lang: str) -> str:
    key = f"partners_{role.strip().casefold()}"
    words = _WORDS[check_lang(lang)]
    if key in words:
        return words[key]
    return role.strip().capitalize() if role.strip() else words["partners_other"]


def _capitalise(text: str, lang: str) -> str:
    """English writes a weekday with a capital; French does not ('mardi 16 novembre')."""
    return text[:1].upper() + text[1:] if lang == "en" else text


def long_date(day: date, lang: str) -> str:
    """'Tuesday 16 November 2021' / 'mardi 16 novembre 2021'."""
    return _capitalise(format_date(day, "EEEE d MMMM y", locale=check_lang(lang)), lang)


def short_date(day: date, lang: str) -> str:
    """'Tue 16 Nov' / 'mar. 16 nov.'."""
    return _capitalise(format_date(day, "EEE d MMM", locale=check_lang(lang)), lang)


def date_range(first: date, last: date, lang: str) -> str:
    """'16–17 November 2021', '30 March – 2 April 2026', '30 Dec 2026 – 2 Jan 2027'."""
    check_lang(lang)
    if first == last:
        return format_date(first, "d MMMM y", locale=lang)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last, 'd MMMM y', locale=lang)}"
    if first.year == last.year:
        return f"{format_date(first, 'd MMMM', locale=lang)} – {format_date(last, 'd MMMM y', locale=lang)}"
    return f"{format_date(first, 'd MMMM y', locale=lang)} – {format_date(last, 'd MMMM y', locale=lang)}"


# How people number a day in a label, in English and French (accents folded away):
# "Day 2", "Day Two", "Jour 2", "Jour deux", "2nd day", "Second day", "2e jour", "Deuxième jour".
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "premier": 1, "premiere": 1, "seconde": 2,
    "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6,
    "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10, "last": 0, "dernier": 0,
    "derniere": 0,
}  # fmt: skip
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
}
_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_ORD = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_ROM = "|".join(sorted(_ROMAN, key=len, reverse=True))
_SEP = r"(?:\s*[:\-–—·,.|/]\s*|\s+|$)"
_DAY_NUMBER = re.compile(
    rf"^(?:day|jour|j|d)\s*(?:#|no\.?|n°|nr\.?)?\s*(?P<n>\d+|{_WORD}|{_ROM})\b{_SEP}"
    rf"|^(?P<nth>\d+)\s*(?:st|nd|rd|th|e|er|ere|eme|em|de|d)?\.?\s+(?:day|jour(?:nee)?)\b{_SEP}"
    rf"|^(?P<word>{_ORD})\s+(?:day|jour(?:nee)?)\b{_SEP}",
    re.IGNORECASE,
)


def _day_label_parts(label: str) -> tuple[int | None, str]:
    """(the day number a label claims, the rest of it): ('Day Two: field visit') -> (2, 'field
    visit'); a label that is not a number -> (None, label). 'Last day' claims 0."""
    from .services.text import fold

    text = " ".join(label.split())
    folded = fold(text)
    if len(folded) != len(text):  # a letter folded into two ('æ'): compare on the text itself
        folded = text.casefold()
    m = _DAY_NUMBER.match(folded)
    if m is None:
        return None, text
    rest = text[m.end() :].strip(" :-–—·,.|/")
    if m.group("n") is not None:
        raw = m.group("n")
        number = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, _ROMAN.get(raw, 0))
    elif m.group("nth") is not None:
        number = int(m.group("nth"))
    else:
        number = _ORDINAL_WORDS[m.group("word")]
    return number, rest


def day_label_number(label: str) -> int | None:
    """The position a day's label claims ('Day Two' -> 2, 'Jour 3' -> 3, '2nd day' -> 2,
    'Last day' -> 0), or None when the label is not a day number ('Field visit')."""
    return _day_label_parts(label)[0]


def day_label_title(label: str) -> str:
    """What a day's label adds besides a number: 'Day Two: field visit' -> 'field visit',
    'Day Two' -> ''. The number itself is never printed from the label (see day_heading)."""
    return _day_label_parts(label)[1]


def day_heading(label: str, index: int, day: date, lang: str) -> str:
    """'Day 1 — Tuesday 16 November 2021', and '· Field visit' after it for a day's own title.

    The number is the day's position in date order (``index``, from 1) and the weekday and
    date come from the date: nothing typed can make a heading disagree with its day. A
    label that numbers the day ("Day Two") is left out, whatever number it says; the
    checks warn when it disagrees with the position, since the label shows elsewhere.
    """
    heading = f"{t('day_n', lang, n=index)} — {long_date(day, lang)}"
    extra = day_label_title(label)
    return f"{heading} · {extra}" if extra else heading


def language_names(text: str, lang: str = "en") -> str:
    """'de, de, en, en' -> 'German, English': each language once, by name, in first-seen
    order. A value that is not a language code ('Bambara', 'LSF') is kept as written."""
    from babel import Locale

    names = Locale.parse(check_lang(lang)).languages
    seen: dict[str, None] = {}
    for part in re.split(r"[,;/]|\s+and\s+|\s+et\s+", text):
        code = part.strip()
        if not code:
            continue
        key = code.replace("-", "_")
        name = (names.get(key) or names.get(key.split("_")[0].lower())) if len(code) <= 8 else None
        seen[_capitalise(name, lang) if name else code] = None
    return _capitalise(", ".join(seen), "en")


def day_shift(n: int, lang: str) -> str:
    """'+1 day' for a time that falls on the next calendar day in a zone."""
    if n == 0:
        return ""
    sign = "plus" if n > 0 else "minus"
    many = "_many" if abs(n) > 1 else ""
    return t(f"day_shift_{sign}{many}", lang, n=abs(n))


#: English fixed words that must never appear in a French document (used by the tests and
#: by anyone adding a word above).
ENGLISH_ONLY = sorted(
    {
        w
        for k, w in _WORDS["en"].items()
        if "{" not in w and w != _WORDS["fr"][k] and any(c.isalpha() for c in w)
    }
    | {w for k, pair in _ROLES["en"].items() for w in pair if w not in _ROLES["fr"][k]}
    | {w for k, w in _KINDS["en"].items() if w != _KINDS["fr"][k]}
)
