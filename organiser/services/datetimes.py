"""Dates and times as people type them, read in the user's locale; no Qt.

A date field takes "16/11/2021", "16.11.21", "16 Nov 2021", "16 novembre 2021",
"Nov 16, 2021", "Tuesday 16 November 2021", "2021-11-16" or "16/11" (the year it is
given); a time field takes "12:30", "1230", "12.30", "12h30", "2:30 pm", "2pm" or "14".
Numeric dates follow the locale's order (month first in the United States, day first
in most of the world, year first in East Asia) unless the numbers allow only one
reading. Whatever was read is echoed back in full by the field ("Tuesday 16 November
2021"), so a misreading is seen at once; text that cannot be read raises ``Unreadable``
with a message that says what would be, and the field keeps the text for correction.
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import cache
from typing import TYPE_CHECKING

from .. import i18n
from .text import clean, fold

if TYPE_CHECKING:
    from babel import Locale

#: The locale assumed where the system names none (the "C" locale of a bare machine).
FALLBACK_LOCALE = "en_GB"
#: Languages whose month and weekday names are always understood, whatever the locale:
#: the app's own (its programmes print in English and French).
ALWAYS = ("en", "fr")

_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?:\s*[:h.]\s*(?P<m>\d{2})?)?(?::(?P<s>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?$"
)
_TIME_RUN = re.compile(r"^(?P<h>\d{1,2})(?P<m>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?$")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|re|e)\b")


class Unreadable(ValueError):
    """Text that is not a date (or time); the message says how to type one."""


#: what the fields say, in the window's language
SAY = i18n.Words(
    en={
        "type_time": "Type a time, e.g. 12:30 or 2:30 pm",
        "not_time": "“{text}” is not a time; type it as 12:30, 1230 or 2:30 pm",
        "not_12h": "“{text}”: {hour} is not an hour on a 12-hour clock",
        "not_time_of_day": "“{text}” is not a time of day (00:00 to 23:59)",
        "type_date": "Type a date, e.g. 16/11/2021 or 16 Nov 2021",
        "not_month_word": "“{text}”: “{word}” is not a month; {how}",
        "weekday": "“{text}”: {date} is a {weekday}; correct the date or the weekday",
        "how": "type it as 16/11/2021, 16 Nov 2021 or 2021-11-16",
        "not_date": "“{text}” is not a date; {how}",
        "no_month": "“{text}”: there is no month {month}; {how}",
        "no_day": "“{text}”: that month has no day {day}",
    },
    fr={
        "type_time": "Saisissez une heure, par exemple 12:30 ou 14h30",
        "not_time": "« {text} » n’est pas une heure ; saisissez-la sous la forme 12:30, 1230 "
        "ou 14h30",
        "not_12h": "« {text} » : {hour} n’est pas une heure du cadran de 12 heures",
        "not_time_of_day": "« {text} » n’est pas une heure de la journée (de 00:00 à 23:59)",
        "type_date": "Saisissez une date, par exemple 16/11/2021 ou 16 nov. 2021",
        "not_month_word": "« {text} » : « {word} » n’est pas un mois ; {how}",
        "weekday": "« {text} » : le {date} est un {weekday} ; corrigez la date ou le jour",
        "how": "saisissez-la sous la forme 16/11/2021, 16 nov. 2021 ou 2021-11-16",
        "not_date": "« {text} » n’est pas une date ; {how}",
        "no_month": "« {text} » : il n’y a pas de mois {month} ; {how}",
        "no_day": "« {text} » : ce mois-là n’a pas de {day}",
    },
)


# ------------------------------------------------------------------------ times
def read_time(text: str, lang: str = "en") -> time:
    """The time of day in ``text``: 12:30, 1230, 12.30, 12h30, 2:30 pm, 2pm, 14; a
    refusal is worded in ``lang``."""
    raw = " ".join(clean(text).lower().split())
    if not raw:
        raise Unreadable(SAY("type_time", lang))
    m = _TIME.match(raw) or _TIME_RUN.match(raw.replace(" ", ""))
    if m is None:
        raise Unreadable(SAY("not_time", lang, text=_cut(raw)))
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            raise Unreadable(SAY("not_12h", lang, text=_cut(raw), hour=hour))
        hour = hour % 12 + (12 if m["ampm"][0] == "p" else 0)
    if hour > 23 or minute > 59 or int(m.groupdict().get("s") or 0) > 59:
        raise Unreadable(SAY("not_time_of_day", lang, text=_cut(raw)))
    return time(hour, minute)


def time_text(value: time) -> str:
    """How a time is shown back: 24-hour, as the programme prints it."""
    return f"{value:%H:%M}"


# ------------------------------------------------------------------------ dates
def full_date(day: date, lang: str = "en") -> str:
    """'Tuesday 16 November 2021' / 'mardi 16 novembre 2021': how a date typed is echoed
    back."""
    return i18n.long_date(day, lang)


def read_date(
    text: str, locale: str = FALLBACK_LOCALE, *, year: int | None = None, lang: str = "en"
) -> date:
    """The date in ``text``, read in ``locale`` (e.g. 'en_US', 'fr_FR'); ``year`` is used
    when the text gives none (the year of the date being replaced, say). A refusal is
    worded in ``lang``."""
    raw = " ".join(clean(text).split())
    if not raw:
        raise Unreadable(SAY("type_date", lang))
    names = _names(locale)
    words = re.findall(r"\d+|[^\W\d_]+\.?", fold(_ORDINAL.sub("", raw.lower())))
    numbers: list[int] = []
    month_word: int | None = None
    weekday: int | None = None
    order: list[str] = []  # "n" for a number, "m" for a month name, in the order typed
    for word in words:
        if word.isdigit():
            numbers.append(int(word))
            order.append("n" if len(word) <= 2 else "y")
            continue
        key = word.rstrip(".")
        if key in names.months and month_word is None:
            month_word = names.months[key]
            order.append("m")
        elif key in names.weekdays and weekday is None:
            weekday = names.weekdays[key]
        elif key in {"de", "of", "the", "le"}:
            continue  # "16 de noviembre", "the 16th of November"
        else:
            how = SAY("how", lang)
            raise Unreadable(SAY("not_month_word", lang, text=_cut(raw), word=word, how=how))
    day = _assemble(raw, numbers, order, month_word, names.order, year, lang)
    if weekday is not None and day.weekday() != weekday:
        weekday_name = i18n.format_date(day, "EEEE", locale=lang)
        raise Unreadable(
            SAY(
                "weekday",
                lang,
                text=_cut(raw),
                date=i18n.day_month_no_weekday(day, lang) + f" {day.year}",
                weekday=weekday_name,
            )
        )
    return day


def _assemble(
    raw: str,
    numbers: list[int],
    order: list[str],
    month_word: int | None,
    locale_order: str,
    year: int | None,
    lang: str = "en",
) -> date:
    fail = Unreadable(SAY("not_date", lang, text=_cut(raw), how=SAY("how", lang)))
    kinds = [k for k in order if k != "m"]
    if month_word is not None:
        # "16 Nov 2021", "Nov 16, 2021", "16 novembre": the long number is the year, the
        # short one the day; two short ones are the day and then the year ("16 Nov 21")
        longs = [n for n, k in zip(numbers, kinds, strict=True) if k == "y"]
        shorts = [n for n, k in zip(numbers, kinds, strict=True) if k == "n"]
        if len(longs) > 1 or not shorts or len(numbers) > 2:
            raise fail
        y = longs[0] if longs else (_century(shorts[1]) if len(shorts) == 2 else year)
        return _make(raw, y, month_word, shorts[0], lang)
    if len(numbers) == 3:
        if kinds[0] == "y":  # 2021-11-16, 2021/11/16
            return _make(raw, numbers[0], numbers[1], numbers[2], lang)
        a, b, y = numbers[0], numbers[1], _century(numbers[2])
        if locale_order == "YMD" and kinds[2] != "y":  # 21/11/16 in Japan
            return _make(raw, _century(a), b, numbers[2], lang)
        return _day_month(raw, a, b, y, locale_order, lang)
    if len(numbers) == 2:  # 16/11: the year given
        return _day_month(raw, numbers[0], numbers[1], year, locale_order, lang)
    if len(numbers) == 1 and len(str(numbers[0])) == 8 and kinds == ["y"]:  # 20211116
        n = str(numbers[0])
        return _make(raw, int(n[:4]), int(n[4:6]), int(n[6:]), lang)
    raise fail


def _day_month(
    raw: str, a: int, b: int, y: int | None, locale_order: str, lang: str = "en"
) -> date:
    """Two numbers of a numeric date in the locale's order, unless only one order fits."""
    month_first = locale_order == "MDY"
    if month_first and a > 12 >= b:
        month_first = False  # 16/11/2021 in the United States: there is no month 16
    elif not month_first and b > 12 >= a:
        month_first = True  # 11/16/2021 elsewhere
    d, m = (b, a) if month_first else (a, b)
    return _make(raw, y, m, d, lang)


def _century(y: int) -> int:
    return y + 2000 if y < 100 else y


def _make(raw: str, y: int | None, m: int, d: int, lang: str = "en") -> date:
    if y is None:
        y = date.today().year
    if not 1 <= m <= 12:
        how = SAY("how", lang)
        raise Unreadable(SAY("no_month", lang, text=_cut(raw), month=m, how=how))
    try:
        return date(y, m, d)
    except ValueError:
        raise Unreadable(SAY("no_day", lang, text=_cut(raw), day=d)) from None


class _Names:
    def __init__(self, months: dict[str, int], weekdays: dict[str, int], order: str):
        self.months, self.weekdays, self.order = months, weekdays, order


@cache
def _names(locale: str) -> _Names:
    """Folded month and weekday names (wide and abbreviated) of ``locale`` and of the
    app's languages, and the locale's order of day, month and year."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names

    loc = _locale(locale)
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for each in (loc, *(Locale.parse(lang) for lang in ALWAYS)):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=each).items():
                months.setdefault(fold(name).rstrip("."), number)
                months.setdefault(fold(name).rstrip(".")[:3], number)
            for number, name in get_day_names(width, locale=each).items():
                weekdays.setdefault(fold(name).rstrip("."), number)
    months.setdefault("sept", 9)
    return _Names(months, weekdays, _order(loc))


def _locale(name: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    if not name or name in ("C", "POSIX"):
        name = FALLBACK_LOCALE
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(FALLBACK_LOCALE)


def _order(loc: Locale) -> str:
    """'DMY', 'MDY' or 'YMD' from the locale's short date pattern ('M/d/yy', 'dd/MM/y')."""
    pattern = loc.date_formats["short"].pattern.lower()
    positions = sorted((pattern.find(c), c) for c in "dmy" if c in pattern)
    return "".join(c for _, c in positions).upper() or "DMY"


def date_order(locale: str) -> str:
    """The locale's order of numeric dates: 'DMY', 'MDY' or 'YMD'."""
    return _names(locale).order


def example(locale: str) -> str:
    """A date typed the locale's way, for placeholders and messages."""
    return {"MDY": "11/16/2021", "YMD": "2021/11/16"}.get(date_order(locale), "16/11/2021")


def _cut(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
