"""How a person is named and addressed in each printed language.

English prints an honorific as it was typed ("Dr.", "Prof.", "Ms."); French prints its own
forms (M., Mme, Dr, Pr, S.E.) and agrees role names and greetings with the person:
Dr. Linda Darkwa is an *animatrice* and her brief opens "Docteure,". Whether a person is
addressed as a woman or a man comes from their explicit form of address where one is set
(``Person.form_of_address``), else from an honorific that says (Ms., M., Mme); a Dr. or
Prof. without one is not guessed, and prints with the masculine form French uses when it
does not know (the checks point such people out when the event prints in French).

An honorific this module does not know ("Amb.", "Hon.", "Gen.") prints as typed in both
languages: it is the person's own form. Qt-free, for the renderers, the checks and the CLI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .i18n import check_lang, french_role_default, typeset
from .model import Person, RoleType

FEMININE, MASCULINE = "feminine", "masculine"


@dataclass(frozen=True)
class Title:
    """One honorific in both languages, and what it says of the person."""

    en: str
    fr: str
    gender: str = ""  # FEMININE, MASCULINE or "" when the title does not say
    #: how a French letter addresses the holder: (masculine, feminine); "" for the
    #: plain Madame / Monsieur
    salutation: tuple[str, str] = ("", "")


_MR = Title("Mr.", "M.", MASCULINE)
_MS = Title("Ms.", "Mme", FEMININE)
_DR = Title("Dr.", "Dr", "", ("Docteur", "Docteure"))
_PROF = Title("Prof.", "Pr", "", ("Professeur", "Professeure"))
_HE = Title("H.E.", "S.E.", "", ("Excellence", "Excellence"))

#: honorifics as people type them (lower case, without dots) -> what they are
TITLES: dict[str, Title] = {
    "mr": _MR,
    "m": _MR,
    "monsieur": _MR,
    "mister": _MR,
    "ms": _MS,
    "mrs": Title("Mrs.", "Mme", FEMININE),
    "miss": Title("Miss", "Mme", FEMININE),
    "mme": _MS,
    "madame": _MS,
    "mlle": Title("Miss", "Mlle", FEMININE),
    "mademoiselle": Title("Miss", "Mlle", FEMININE),
    "dr": _DR,
    "doctor": _DR,
    "docteur": Title("Dr.", "Dr", MASCULINE, _DR.salutation),
    "dre": Title("Dr.", "Dre", FEMININE, _DR.salutation),
    "docteure": Title("Dr.", "Dre", FEMININE, _DR.salutation),
    "prof": _PROF,
    "professor": _PROF,
    "pr": _PROF,
    "professeur": Title("Prof.", "Pr", MASCULINE, _PROF.salutation),
    "professeure": Title("Prof.", "Pr", FEMININE, _PROF.salutation),
    "he": _HE,
    "se": _HE,
    "his excellency": Title("H.E.", "S.E.", MASCULINE, _HE.salutation),
    "her excellency": Title("H.E.", "S.E.", FEMININE, _HE.salutation),
}


def _key(honorific: str) -> str:
    return " ".join(honorific.replace(".", "").split()).casefold()  # "H.E." -> "he"


def title_of(honorific: str) -> Title | None:
    """The known honorific ``honorific`` is ("Dr." -> Dr), None for one we do not know."""
    return TITLES.get(_key(honorific))


def honorific(text: str, lang: str) -> str:
    """An honorific as ``lang`` prints it: 'Dr.' -> 'Dr' in French, 'Mme' -> 'Ms.' in
    English; an honorific typed in the language already, or unknown, as typed."""
    check_lang(lang)
    text = text.strip()
    title = title_of(text)
    if title is None:
        return text
    if lang == "fr":
        return title.fr
    # English keeps what was typed in English ("Mrs.", "Doctor"); a French form is turned
    return title.en if _key(text) in _FRENCH_FORMS else text


#: the keys typed in French, which English prints in its own form
_FRENCH_FORMS = frozenset(
    {"m", "monsieur", "mme", "madame", "mlle", "mademoiselle", "docteur", "dre", "docteure"}
    | {"pr", "professeur", "professeure", "se"}
)


def gender(person: Person) -> str:
    """FEMININE, MASCULINE or "" (not known): the form of address first, then the title."""
    if person.form_of_address in (FEMININE, MASCULINE):
        return person.form_of_address
    title = title_of(person.honorific)
    return title.gender if title else ""


def gender_unknown(person: Person) -> bool:
    """A person French would address without knowing how: no form of address and an
    honorific that does not say (Dr., Prof., or none)."""
    return not gender(person)


def full_name(person: Person, lang: str) -> str:
    """'Dr Linda Darkwa', 'Mme Ornella Moderan' in French; 'Dr. Linda Darkwa' in English."""
    return " ".join(p for p in (honorific(person.honorific, lang), person.name) if p)


def salutation(person: Person, lang: str) -> str:
    """The greeting of a letter or brief: 'Dear Dr. Darkwa,' / 'Docteure,'.

    French letters address by title alone (the name would be too familiar): Madame,
    Monsieur, Docteur / Docteure, Professeur / Professeure, Excellence; "Madame,
    Monsieur," when nothing says which.
    """
    check_lang(lang)
    if lang == "en":
        if person.honorific and person.family_name:
            return f"Dear {person.honorific.strip()} {person.family_name},"
        return f"Dear {person.given_name or person.name},"
    title = title_of(person.honorific)
    who = gender(person)
    if title is not None and title.salutation[0]:
        return (title.salutation[1] if who == FEMININE else title.salutation[0]) + ","
    if who == FEMININE:
        return "Madame,"
    if who == MASCULINE:
        return "Monsieur,"
    return "Madame, Monsieur,"


def role_name(role: RoleType, lang: str, genders: Sequence[str]) -> str:
    """A role's name for the people holding it: 'Facilitator' / 'Animatrice' for one woman,
    'Intervenants' for several (masculine unless all are women), 'Intervenantes'.

    French comes from the event's own wording (Logistics › Roles), else the built-in one
    for a built-in role, else the English label.
    """
    check_lang(lang)
    many = len(genders) != 1
    if lang == "en":
        return role.plural if many else role.label
    built_in = french_role_default(role.key)

    def word(column: str) -> str:
        return getattr(role, column) or built_in.get(column, "")

    women = bool(genders) and all(g == FEMININE for g in genders)
    if many:
        text = (women and word("plural_fr_feminine")) or word("plural_fr")
        text = text or role.plural or role.label
    else:
        text = (women and word("label_fr_feminine")) or word("label_fr") or role.label
    return typeset(text, "fr")


def role_brief(role: RoleType, lang: str) -> str:
    """What the role asks of a person, for their brief, in ``lang`` (English when the event
    has no French text for a role of its own)."""
    check_lang(lang)
    if lang == "en":
        return role.brief
    text = role.brief_fr or french_role_default(role.key).get("brief_fr", "")
    return typeset(text, "fr") if text else role.brief


def person_role(role: RoleType, person: Person, lang: str) -> str:
    """The role's name for this one person."""
    return role_name(role, lang, [gender(person)])


__all__ = [
    "FEMININE",
    "MASCULINE",
    "TITLES",
    "Title",
    "full_name",
    "gender",
    "gender_unknown",
    "honorific",
    "person_role",
    "role_brief",
    "role_name",
    "salutation",
    "title_of",
]
