"""Which column of a list holds which attendee field.

Registration tools and hand-made spreadsheets name their columns freely, in English or
French, with or without accents and in any case; the guess covers the usual names and the
user corrects it with an explicit mapping (``{"Nom de l'organisme": "organisation"}``),
which is validated before anything is read into the plan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..services.text import fold, quote
from .messages import quoted, say

#: The fields a column can fill, with the label the preview shows.
FIELDS: dict[str, str] = {
    "given_name": "given name",
    "family_name": "family name",
    "full_name": "full name (split into given and family name)",
    "honorific": "honorific",
    "organisation": "organisation",
    "position": "position",
    "email": "e-mail",
    "phone": "phone",
    "category": "category",
    "registration_status": "registration status",
    "language": "language",
    "country": "country (kept in the notes)",
    "dietary_needs": "dietary needs",
    "access_needs": "access needs",
    "notes": "notes",
    "uid": "Organiser ID",
}
NAME_FIELDS = ("given_name", "family_name", "full_name")
IGNORE = "-"

# Header texts as fold() and _norm() leave them: lower case, no accents, words only.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_name": (
        "first name",
        "firstname",
        "given name",
        "given names",
        "forename",
        "forenames",
        "prenom",
        "prenoms",
        "first",
    ),
    "family_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "nom",
        "nom de famille",
        "last",
        "nom patronymique",
    ),
    "full_name": (
        "full name",
        "fullname",
        "name",
        "nom complet",
        "nom et prenom",
        "nom et prenoms",
        "prenom et nom",
        "nom prenom",
        "prenom nom",
        "participant",
        "participant name",
        "attendee",
        "attendee name",
        "display name",
    ),
    "honorific": (
        "civilite",
        "title",
        "honorific",
        "salutation",
        "prefix",
        "titre de civilite",
        "mr mrs",
        "m mme",
    ),
    "organisation": (
        "organisation",
        "organization",
        "organisme",
        "structure",
        "institution",
        "company",
        "entreprise",
        "societe",
        "employer",
        "affiliation",
        "organisation name",
        "organization name",
        "nom de l organisation",
        "nom de la structure",
        "agency",
    ),
    "position": (
        "position",
        "fonction",
        "titre",
        "job title",
        "role",
        "poste",
        "designation",
        "title position",
    ),
    "email": (
        "email",
        "e mail",
        "courriel",
        "mail",
        "email address",
        "e mail address",
        "adresse email",
        "adresse e mail",
        "adresse electronique",
        "adresse courriel",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "portable",
        "phone number",
        "numero de telephone",
        "gsm",
        "whatsapp",
    ),
    "category": (
        "category",
        "categorie",
        "type",
        "participant type",
        "attendee type",
        "ticket type",
    ),
    "registration_status": (
        "registration status",
        "status",
        "statut",
        "statut d inscription",
        "inscription",
        "registration",
    ),
    "language": ("language", "langue", "preferred language", "langue de travail"),
    "country": ("country", "pays", "nationality", "nationalite", "country of residence"),
    "dietary_needs": (
        "dietary needs",
        "dietary requirements",
        "dietary",
        "diet",
        "regime alimentaire",
        "regime",
        "restrictions alimentaires",
        "allergies",
    ),
    "access_needs": (
        "access needs",
        "accessibility",
        "accessibilite",
        "besoins d accessibilite",
        "besoins specifiques",
        "special needs",
    ),
    "notes": ("notes", "note", "remarks", "remarques", "comments", "commentaires", "observations"),
    "uid": ("id", "organiser id", "badge id", "uid"),
}
_LOOKUP = {syn: name for name, syns in _SYNONYMS.items() for syn in syns}
#: Words of a date or time column; such a column is left out of the guess.
_DATE_WORDS = {
    "date",
    "dates",
    "datetime",
    "time",
    "timestamp",
    "horodatage",
    "heure",
    "jour",
    "day",
    "le",
    "on",
    "at",
    "when",
    "quand",
    "created",
    "updated",
    "modified",
    "submitted",
}


class MappingError(ValueError):
    """A mapping that cannot import anything sensible; the message says what to change."""


@dataclass
class ColumnMapping:
    """Column index -> field; columns not in it are not imported."""

    headers: list[str]
    fields: dict[int, str] = field(default_factory=dict)

    def column_of(self, name: str) -> int | None:
        for index, f in self.fields.items():
            if f == name:
                return index
        return None

    def ignored(self) -> list[str]:
        return [h for i, h in enumerate(self.headers) if i not in self.fields and h]

    def describe(self) -> list[str]:
        """'“Prénom” → given name' lines, in column order."""
        return [f"“{self.headers[i]}” → {FIELDS[f]}" for i, f in sorted(self.fields.items())]


def _norm(header: str) -> str:
    return " ".join(w for w in re.split(r"[\W_]+", fold(header)) if w)


def guess_field(header: str) -> str | None:
    """The field a header names, or None; exact names first, then a few telling words."""
    key = _norm(header)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    if _DATE_WORDS & set(key.split()):
        # "Date d'inscription", "Registration date", "Status updated at": a date, not a
        # status; read as a status it would refuse every dated row.
        return None
    # "E-mail address (work)", "Nom de famille *", "Organisation / Structure"
    for syn, name in sorted(_LOOKUP.items(), key=lambda kv: -len(kv[0])):
        if len(syn) >= 4 and (key.startswith(syn + " ") or key.endswith(" " + syn)):
            return name
    return None


def guess_mapping(headers: list[str]) -> ColumnMapping:
    """Each field from the first column that names it; later look-alikes stay unmapped."""
    mapping = ColumnMapping(list(headers))
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = guess_field(header)
        if name and name not in taken:
            mapping.fields[index] = name
            taken.add(name)
    return mapping


def apply_overrides(mapping: ColumnMapping, overrides: Mapping[str, str]) -> ColumnMapping:
    """The guess with the user's choices: ``{header: field}``, field ``"-"`` to skip a column.

    Headers are matched like the guess (case and accents aside); a column may also be named
    by its number, "#3". A field chosen for one column is taken away from any other.
    """
    result = ColumnMapping(list(mapping.headers), dict(mapping.fields))
    for column, name in overrides.items():
        index = _column_index(mapping.headers, column)
        name = name.strip()
        if name != IGNORE and name not in FIELDS:
            raise MappingError(
                f"“{name}” is not a field; choose one of: {', '.join(FIELDS)} (or - to skip)"
            )
        if name == IGNORE:
            result.fields.pop(index, None)
            continue
        for other, f in list(result.fields.items()):
            if f == name and other != index:
                del result.fields[other]
        result.fields[index] = name
    validate(result)
    return result


def _column_index(headers: list[str], column: str) -> int:
    text = column.strip()
    if re.fullmatch(r"#\d+", text):
        number = int(text[1:])
        if not 1 <= number <= len(headers):
            raise MappingError(say("no_column_number", text=text, n=len(headers)))
        return number - 1
    matches = [i for i, h in enumerate(headers) if _norm(h) == _norm(text)]
    if not matches:
        names = ", ".join(quoted(quote(h)) for h in headers if h)
        raise MappingError(say("no_column", text=text, names=names))
    if len(matches) > 1:
        raise MappingError(say("same_columns", n=len(matches), text=text, first=matches[0] + 1))
    return matches[0]


def validate(mapping: ColumnMapping, in_window: bool = False) -> None:
    """A name is required: without one there is nobody to import. The advice is for the
    command line (--map), or for the window's list of columns."""
    if not any(f in NAME_FIELDS for f in mapping.fields.values()):
        names = ", ".join(quoted(quote(h)) for h in mapping.headers if h) or say("none")
        advice = say("no_name_window" if in_window else "no_name_cli")
        raise MappingError(f"{say('no_name', names=names)} {advice}")


def parse_map_option(text: str) -> dict[str, str]:
    """``"Nom=family_name,Pays=-"`` as the CLI's --map takes it."""
    result: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise MappingError(f"--map takes COLUMN=field pairs, not “{part.strip()}”")
        column, name = part.rsplit("=", 1)
        result[column.strip()] = name.strip()
    return result
