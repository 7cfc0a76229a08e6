"""The fixed words of printed documents, in English and French.

Only words the app itself prints live here (weekdays, months, role and session-kind names,
"page n of N"); the event's own text prints as the organisers entered it. Weekdays and
months come from babel so that French dates are written the French way. Qt-free, so the
CLI and the renderers share it with the window. A document's own sentences live beside
it in a :class:`Words` table (briefs, run sheet, badges), checked like these.

French is set the French way (:func:`typeset`): a narrow no-break space before : ; ! ?
and inside « », no-break spaces inside dates ("16 novembre 2021") and times ("9 h 30").
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import ClassVar

from .model import DEFAULT_ROLE_TYPES, SESSION_KIND_LABELS, Session

LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
#: no-break space (inside dates and times) and narrow no-break space (before : ; ! ?)
NBSP = "\u00a0"
NNBSP = "\u202f"

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
        "grid_rooms": "rooms {first}–{last} of {total}",
        "grid_until": "until {time}",
        "grid_from": "from {time}",
    },
    "fr": {
        "page_of": "page {n} sur {total}",
        "continued": "suite",
        "colon": "\u202f: ",  # French sets a narrow no-break space before a colon
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
        "signin_sheet": "Feuille d’émargement",
        "signin_no": "N°",
        "signin_name": "Nom",
        "signin_organisation": "Organisation",
        "signin_signature": "Signature",
        "grid_rooms": "salles {first} à {last} sur {total}",
        "grid_until": "jusqu’à {time}",
        "grid_from": "à partir de {time}",
    },
}

#: the built-in roles in French: (masculine, feminine, masculine plural, feminine plural,
#: what the role asks, for speaker briefs)
_FRENCH_ROLES: dict[str, tuple[str, str, str, str, str]] = {
    "keynote_speaker": (
        "Orateur principal",
        "Oratrice principale",
        "Orateurs principaux",
        "Oratrices principales",
        "Ouvrir la séance par un discours liminaire de la durée prévue au programme, en posant "
        "les grandes questions du débat qui suivra. Merci d’envoyer vos éventuelles diapositives "
        "aux organisateurs la veille.",
    ),
    "speaker": (
        "Intervenant",
        "Intervenante",
        "Intervenants",
        "Intervenantes",
        "Présenter votre intervention dans le temps imparti par le programme. Merci d’envoyer "
        "vos éventuelles diapositives aux organisateurs la veille.",
    ),
    "chair": (
        "Président de séance",
        "Présidente de séance",
        "Présidents de séance",
        "Présidentes de séance",
        "Ouvrir et clore la séance, présenter les intervenants, veiller au respect du temps de "
        "parole et recueillir les questions de la salle et des participants en ligne.",
    ),
    "moderator": (
        "Modérateur",
        "Modératrice",
        "Modérateurs",
        "Modératrices",
        "Présenter les panélistes, leur poser les questions, veiller au respect du temps de "
        "parole et donner la parole au public, dans la salle et en ligne.",
    ),
    "facilitator": (
        "Animateur",
        "Animatrice",
        "Animateurs",
        "Animatrices",
        "Ouvrir l’atelier en présentant sa problématique, conduire la discussion à l’aide des "
        "questions directrices, donner la parole aux premiers intervenants puis aux "
        "participants, et conclure en dégageant les points essentiels.",
    ),
    "panellist": (
        "Panéliste",
        "Panéliste",
        "Panélistes",
        "Panélistes",
        "Préparer de courtes réponses (trois à cinq minutes) aux questions du modérateur et "
        "prendre part à la discussion.",
    ),
    "first_respondent": (
        "Premier intervenant",
        "Première intervenante",
        "Premiers intervenants",
        "Premières intervenantes",
        "Après l’introduction de l’animateur ou de l’animatrice, réagir en premier, en cinq "
        "minutes environ, à la problématique et à une ou deux des questions directrices, en "
        "vous appuyant sur votre propre expérience, afin d’ouvrir la discussion.",
    ),
    "rapporteur": (
        "Rapporteur",
        "Rapporteuse",
        "Rapporteurs",
        "Rapporteuses",
        "Noter les principaux points, les accords et les questions en suspens de la séance, en "
        "rendre compte en plénière et adresser un bref compte rendu écrit aux organisateurs.",
    ),
}
_FRENCH_ROLE_COLUMNS = (
    "label_fr",
    "label_fr_feminine",
    "plural_fr",
    "plural_fr_feminine",
    "brief_fr",
)


def french_role_defaults() -> dict[str, dict[str, str]]:
    """The built-in roles' French wording by role key, as RoleType's French fields (and the
    columns of the same names): what a new event starts with and an older file gets."""
    return {key: french_role_default(key) for key in _FRENCH_ROLES}


def french_role_default(key: str) -> dict[str, str]:
    """One built-in role's French wording ({} for the event's own roles): asked for each
    role of each person on a badge, brief or run sheet, so the whole table is not built."""
    words = _FRENCH_ROLES.get(key)
    return dict(zip(_FRENCH_ROLE_COLUMNS, words)) if words else {}


#: role key -> (singular, plural) per language, for the built-in roles
_ROLES: dict[str, dict[str, tuple[str, str]]] = {
    # English is the model's own wording, so a renamed built-in role changes everywhere.
    "en": {key: (label, plural) for key, label, plural, _ in DEFAULT_ROLE_TYPES},
    "fr": {key: (words[0], words[2]) for key, words in _FRENCH_ROLES.items()},
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


#: The language this process tells its user things in (errors, warnings): English for the
#: command line, which never changes it; the window sets its own (``gui.language``).
#: Documents and the checks take their language as a parameter instead.
_MESSAGES = {"lang": "en"}


#: Every letter and mark beyond ASCII that French words and typography print: a document
#: that fixes its font's codes ahead (briefs) asks for these, not for whatever word tables
#: the process happens to have loaded. A test keeps it complete.
FRENCH_MARKS = "ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸàâæçéèêëîïôœùûüÿ«»‹›·–—’…°\u00a0\u202f"


def set_messages_language(lang: str) -> None:
    _MESSAGES["lang"] = check_lang(lang)


def messages_language() -> str:
    return _MESSAGES["lang"]


class Words:
    """A document's own sentences in English and French, looked up by key: ``W("greeting",
    lang, name=…)``. Every key must be in both languages (checked when the table is made);
    French comes out typeset (:func:`typeset`)."""

    #: every table made, so a test can check them all
    tables: ClassVar[list[Words]] = []

    def __init__(self, en: dict[str, str], fr: dict[str, str]):
        if set(en) != set(fr):
            odd = sorted(set(en) ^ set(fr))
            raise ValueError(f"words missing in one language: {', '.join(odd)}")
        self.by_lang = {"en": en, "fr": {k: typeset(v, "fr") for k, v in fr.items()}}
        Words.tables.append(self)

    def __call__(self, key: str, lang: str, **values: object) -> str:
        text = self.by_lang[check_lang(lang)][key]
        return text.format(**values) if values else text

    def say(self, key: str, **values: object) -> str:
        """A message to the user, in the language of the process's messages."""
        return self(key, messages_language(), **values)


_SPACES = "[ \u00a0\u202f]"
#: French: a narrow no-break space before ; ! ? (after a word, not inside a link) and
#: before a colon that ends a phrase (not in 14:30 or https://); inside « ».
_FR_BEFORE_MARK = re.compile(rf"(?<=[\w)\]»”’.…}}])(?:{_SPACES}*)([;!?]+)(?=\s|$|[»)\]”’.,])")
_FR_BEFORE_COLON = re.compile(rf"(?<=\S)(?:{_SPACES}*):(?=\s|$)")
_FR_OPEN_QUOTE = re.compile(rf"«{_SPACES}*")
_FR_CLOSE_QUOTE = re.compile(rf"{_SPACES}*»")


def typeset(text: str, lang: str) -> str:
    """``text`` with the spaces ``lang`` sets around punctuation: French puts a narrow
    no-break space before : ; ! ? and inside « » (replacing an ordinary space typed
    there). English, links and clock times are left as they are."""
    if lang != "fr" or not text:
        return text
    text = _FR_BEFORE_MARK.sub(lambda m: NNBSP + m.group(1), text)
    text = _FR_BEFORE_COLON.sub(NNBSP + ":", text)
    text = _FR_OPEN_QUOTE.sub("«" + NNBSP, text)
    return _FR_CLOSE_QUOTE.sub(NNBSP + "»", text)


def clock(at: time | datetime, lang: str) -> str:
    """A time of day: '09:30' in English, '9 h 30' (no-break spaces) in French."""
    hour, minute = at.hour, at.minute
    if lang == "fr":
        return f"{hour}{NBSP}h{NBSP}{minute:02d}"
    return f"{hour:02d}:{minute:02d}"


def clock_span(start: time | datetime, end: time | datetime, lang: str) -> str:
    """'09:00–10:30' / '9 h 00–10 h 30'."""
    return f"{clock(start, lang)}–{clock(end, lang)}"


def _unbroken(text: str, lang: str) -> str:
    """French dates hold together: '16 novembre 2021' never ends a line after '16'."""
    return text.replace(" ", NBSP) if lang == "fr" else text


def number(n: int, lang: str) -> str:
    """'1,234,567' / '1 234 567' (narrow no-break spaces)."""
    text = f"{n:,}"
    return text.replace(",", NNBSP) if lang == "fr" else text


#: CLDR's month and weekday names in the app's languages, as babel has them: a programme
#: dated from these needs none of babel's locale data, whose loading took some 20 ms of
#: every export (tests check them against babel's, date by date)
_DATE_NAMES = {
    "en": {
        "MMMM": ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"),
        "MMM": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec"),
        "EEEE": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "EEE": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    },
    "fr": {
        "MMMM": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"),
        "MMM": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc."),
        "EEEE": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "EEE": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    },
}  # fmt: skip
#: a pattern's fields: runs of one letter
_FIELDS = re.compile(r"(.)\1*")


def format_date(day: date, pattern: str, locale: str) -> str:
    """babel's ``format_date``. The app's own patterns in its own languages (weekday, day,
    month, year and spaces) are written from :data:`_DATE_NAMES`; anything else goes to
    babel, imported when first needed: the command line starts without it."""
    names = _DATE_NAMES.get(locale)
    fields = [m.group() for m in _FIELDS.finditer(pattern)]
    if names is not None and all(f in names or f in ("d", "y", " ") for f in fields):
        numbers = {"d": str(day.day), "y": str(day.year), " ": " "}
        index = {"M": day.month - 1, "E": day.weekday()}
        return "".join(numbers.get(f) or names[f][index[f[0]]] for f in fields)
    from babel.dates import format_date as babel_format

    return babel_format(day, pattern, locale=locale)


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


def t(key: str, lang: str = "en", **values: object) -> str:
    """The fixed word ``key`` in ``lang``, with ``{placeholders}`` filled."""
    text = typeset(_WORDS[check_lang(lang)][key], lang)
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


def session_text(session: Session, name: str, lang: str) -> str:
    """A session's title, summary or problem statement as a document in ``lang`` prints
    it: the French text where the session has one (set the French way), else the English."""
    if lang == "fr":
        french = getattr(session, f"{name}_fr").strip()
        if french:
            return typeset(french, "fr")
    return getattr(session, name).strip()


def session_questions(session: Session, lang: str) -> list[str]:
    """The guiding questions in ``lang``: each in French where it has a French text."""
    english, french = session.guiding_questions, session.guiding_questions_fr
    out = []
    for i in range(max(len(english), len(french))):
        fr = french[i].strip() if lang == "fr" and i < len(french) else ""
        text = typeset(fr, "fr") if fr else (english[i].strip() if i < len(english) else "")
        if text:
            out.append(text)
    return out


def heading_of(session: Session, lang: str) -> str:
    """'Atelier 1 : Protection des civils': the session's heading in ``lang``."""
    title = session_text(session, "title", lang)
    return session_heading(session.kind, session.number, title, lang)


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
    text = format_date(day, "EEEE d MMMM y", locale=check_lang(lang))
    return _unbroken(_capitalise(text, lang), lang)


def short_date(day: date, lang: str) -> str:
    """'Tue 16 Nov' / 'mar. 16 nov.'."""
    return _unbroken(
        _capitalise(format_date(day, "EEE d MMM", locale=check_lang(lang)), lang), lang
    )


def day_short(day: date, lang: str) -> str:
    """'16 Nov' / '16 nov.', for narrow columns."""
    return _unbroken(format_date(day, "d MMM", locale=check_lang(lang)), lang)


def medium_date(day: date, lang: str) -> str:
    """'Tue 16 Nov 2021' / 'mar. 16 nov. 2021'."""
    text = format_date(day, "EEE d MMM y", locale=check_lang(lang))
    return _unbroken(_capitalise(text, lang), lang)


def day_month_no_weekday(day: date, lang: str) -> str:
    """'16 November' / '16 novembre'."""
    return _unbroken(format_date(day, "d MMMM", locale=check_lang(lang)), lang)


def day_month(day: date, lang: str) -> str:
    """'Tuesday 16 November' / 'mardi 16 novembre', as a sentence names a day."""
    text = format_date(day, "EEEE d MMMM", locale=check_lang(lang))
    return _unbroken(_capitalise(text, lang), lang)


def date_range(first: date, last: date, lang: str) -> str:
    """'16–17 November 2021', '30 March – 2 April 2026', '30 Dec 2026 – 2 Jan 2027'."""
    check_lang(lang)

    def written(day: date, pattern: str) -> str:
        return _unbroken(format_date(day, pattern, locale=lang), lang)

    if first == last:
        return written(first, "d MMMM y")
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{written(last, 'd MMMM y')}"
    if first.year == last.year:
        return f"{written(first, 'd MMMM')} – {written(last, 'd MMMM y')}"
    return f"{written(first, 'd MMMM y')} – {written(last, 'd MMMM y')}"


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
