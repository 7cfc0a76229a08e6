"""One row of an attendee list: its cells cleaned and checked, then read into a Person.

A value that is too long, a broken e-mail address or an unknown category is a problem
row (said in words the user can act on), never a silent cut; spreadsheet words for
categories, statuses and languages in English and French are understood.
"""

from __future__ import annotations

import re

from .. import model
from ..pdf.fonts import missing_glyphs
from ..services.text import clean, fold, quote
from .mapping import FIELDS, ColumnMapping
from .messages import field_name, known_words, number, plural, quoted, say
from .names import (
    honorific_of,
    split_full_name,
    without_honorifics,
    written_family_first,
)
from .reader import MAX_FIELD

#: The longest value accepted per field; longer is a problem row, not a silent cut.
MAX_LENGTH = {
    "given_name": 1_000,
    "family_name": 1_000,
    "full_name": 2_000,
    "honorific": 100,
    "organisation": 1_000,
    "position": 1_000,
    "email": 320,
    "phone": 100,
    "category": 100,
    "registration_status": 100,
    "language": 100,
    "country": 200,
    "dietary_needs": MAX_FIELD,
    "access_needs": MAX_FIELD,
    "notes": MAX_FIELD,
    "uid": 100,
}


_MULTILINE = {"dietary_needs", "access_needs", "notes"}


_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


#: What ``services.spreadsheet.safe_text`` protects with a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_CATEGORY_WORDS = {
    "speaker": "speaker",
    "speakers": "speaker",
    "intervenant": "speaker",
    "intervenante": "speaker",
    "intervenants": "speaker",
    "orateur": "speaker",
    "oratrice": "speaker",
    "panelist": "speaker",
    "panellist": "speaker",
    "paneliste": "speaker",
    "conferencier": "speaker",
    "conferenciere": "speaker",
    "participant": "participant",
    "participante": "participant",
    "participants": "participant",
    "attendee": "participant",
    "delegate": "participant",
    "delegue": "participant",
    "deleguee": "participant",
    "staff": "staff",
    "personnel": "staff",
    "equipe": "staff",
    "volunteer": "staff",
    "benevole": "staff",
    "press": "press",
    "presse": "press",
    "media": "press",
    "medias": "press",
    "journalist": "press",
    "journaliste": "press",
    "vip": "vip",
    "guest of honour": "vip",
    "invite d honneur": "vip",
    "officiel": "vip",
    "official": "vip",
    "organiser": "organiser",
    "organizer": "organiser",
    "organisateur": "organiser",
    "organisatrice": "organiser",
    "organisation team": "organiser",
}


_STATUS_WORDS = {
    "expected": "expected",
    "attendu": "expected",
    "attendue": "expected",
    "invited": "expected",
    "invite": "expected",
    "invitee": "expected",
    "pending": "expected",
    "en attente": "expected",
    "registered": "registered",
    "inscrit": "registered",
    "inscrite": "registered",
    "confirmed": "registered",
    "confirme": "registered",
    "confirmee": "registered",
    "complete": "registered",
    "approved": "registered",
    "attending": "registered",
    "waitlisted": "waitlisted",
    "waitlist": "waitlisted",
    "waiting list": "waitlisted",
    "wait list": "waitlisted",
    "liste d attente": "waitlisted",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "annule": "cancelled",
    "annulee": "cancelled",
    "declined": "cancelled",
    "withdrawn": "cancelled",
    "desiste": "cancelled",
}


_LANGUAGE_WORDS = {
    "english": "en",
    "anglais": "en",
    "en": "en",
    "eng": "en",
    "french": "fr",
    "francais": "fr",
    "fr": "fr",
    "fra": "fr",
    "portuguese": "pt",
    "portugais": "pt",
    "pt": "pt",
    "arabic": "ar",
    "arabe": "ar",
    "ar": "ar",
    "spanish": "es",
    "espagnol": "es",
    "es": "es",
    "german": "de",
    "allemand": "de",
    "de": "de",
}


_WORD_BREAK = re.compile(r"[\W_]+")


def word_key(text: str) -> str:
    """Folded words of any script: "Ольга Смирнова" and "Иван Петров" stay two keys."""
    return " ".join(w for w in _WORD_BREAK.split(fold(text)) if w)


def clipped(text: str, limit: int = 60) -> str:
    return quote(" ".join(text.split()), limit)


def short_row(cells: list[str], mapping: ColumnMapping) -> str:
    """Why a CSV row with fewer cells than the header cannot be read safely, or "".

    A row that stops early ("Bo,Li,bo@example.org" under five columns) may have lost a
    cell anywhere: its e-mail would land in the organisation. Such a row is a problem row,
    unless every missing column is one that is not imported (tools that drop trailing
    empty cells of unused columns); then nothing imported can have moved.
    """
    width = len(mapping.headers)
    if len(cells) >= width:
        return ""
    lost = [i for i in range(len(cells), width) if i in mapping.fields]
    if not lost:
        return ""
    names = ", ".join(quoted(quote(mapping.headers[i])) for i in lost[:3])
    more = say("and_more", n=len(lost) - 3) if len(lost) > 3 else ""
    return plural("short_row", len(cells), width=width, names=names, more=more)


def _unprotect(raw: str) -> str:
    """The cell without the apostrophe an export put before formula-like text.

    ``services.spreadsheet.safe_text`` writes "=SUM" as "'=SUM" so a spreadsheet shows it
    as text; a re-import takes it back off, so a name survives export and import intact.
    """
    if raw[:1] == "'" and raw[1:2] in _FORMULA_START:
        return raw[1:]
    return raw


def row_values(cells: list[str], mapping: ColumnMapping) -> tuple[dict[str, str], str]:
    """Mapped, cleaned, non-empty values of one row, or a problem."""
    values: dict[str, str] = {}
    for index, name in mapping.fields.items():
        raw = _unprotect(cells[index] if index < len(cells) else "")
        text = _CONTROL.sub("", clean(raw))
        if name in _MULTILINE:
            text = "\n".join(" ".join(ln.split()) for ln in text.splitlines()).strip()
        else:
            text = " ".join(text.split())
        if not text:
            continue
        if len(text) > MAX_LENGTH[name]:
            return {}, say(
                "too_long_field",
                field=field_name(name, FIELDS[name]),
                column=quote(mapping.headers[index]),
                length=number(len(text)),
                limit=number(MAX_LENGTH[name]),
            )
        values[name] = text
    return values, ""


def person_of(values: dict[str, str]) -> tuple[model.Person, str]:
    p = model.Person()
    given, family = values.get("given_name", ""), values.get("family_name", "")
    honorific = values.get("honorific", "")
    if not given and not family and values.get("full_name"):
        h, given, family = split_full_name(values["full_name"])
        honorific = honorific or h
    if not given and not family:
        return p, say("no_name_in_row")
    for key, text in (("given_name", given), ("family_name", family)):
        if len(text) > MAX_LENGTH["given_name"]:
            return p, say(
                "too_long_name",
                field=field_name(key, key.replace("_", " ")),
                length=number(len(text)),
                limit=number(MAX_LENGTH["given_name"]),
            )
    p.given_name, p.family_name = given, family
    if values.get("full_name"):
        body = without_honorifics(values["full_name"])
        p.family_first = written_family_first(body, given, family)
    if honorific:
        p.honorific = honorific_of(honorific) or honorific
    email = values.get("email", "")
    if email:
        email = email.removeprefix("mailto:")
        if not _EMAIL.match(email):
            return p, say("bad_email", email=clipped(email))
        p.email = email
    p.phone = values.get("phone", "")
    for key, words, unknown, known in (
        ("category", _CATEGORY_WORDS, "unknown_category", model.PERSON_CATEGORIES),
        ("registration_status", _STATUS_WORDS, "unknown_status", model.REGISTRATION_STATUSES),
    ):
        if key in values:
            word = words.get(word_key(values[key]))
            if word is None:
                return p, say(unknown, value=clipped(values[key]), known=known_words(known))
            setattr(p, key, word)
    if "language" in values:
        p.language = _LANGUAGE_WORDS.get(word_key(values["language"]), values["language"])
    p.dietary_needs = values.get("dietary_needs", "")
    p.access_needs = values.get("access_needs", "")
    p.notes = values.get("notes", "")
    if values.get("country"):
        p.notes = with_country(p.notes, values["country"])
    if values.get("organisation") or values.get("position"):
        p.affiliations = [
            model.Affiliation(values.get("position", ""), values.get("organisation", ""))
        ]
    return p, ""


def known_category(text: str) -> bool:
    """Whether a list's category word is one Organiser knows."""
    return word_key(text) in _CATEGORY_WORDS


def with_country(notes: str, country: str) -> str:
    """Notes with one 'Country: X' line, replacing an earlier one."""
    lines = [ln for ln in notes.splitlines() if not ln.startswith("Country: ")]
    return "\n".join([*lines, f"Country: {country}"]).strip()


def country_of(notes: str) -> str:
    for ln in notes.splitlines():
        if ln.startswith("Country: "):
            return ln.removeprefix("Country: ")
    return ""


def glyph_warnings(p: model.Person) -> list[str]:
    out = []
    org = p.affiliations[0].organisation if p.affiliations else ""
    for label, text in (("name", p.full_name), ("organisation", org)):
        missing = missing_glyphs(text)
        if missing:
            chars = " ".join(missing[:5])
            out.append(say(f"glyphs_{label}", text=clipped(text), chars=chars))
    return out
