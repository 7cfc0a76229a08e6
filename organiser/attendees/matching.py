"""Who a row is in the event already, and what importing it would change about them.

A row matches by its Organiser ID, by e-mail (case aside), or by the same name and
organisation once accents, case and punctuation are set aside. A match keeps what the
event holds where the row's cell is empty or only a poorer spelling of it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from .. import i18n, model
from ..services.text import fold
from .mapping import FIELDS
from .messages import field_name, say
from .rows import clipped, country_of, with_country, word_key

_NAMES = {"given_name", "family_name"}


#: Person fields an import may set, in the order the preview lists changes.
PERSON_FIELDS = (
    "honorific",
    "given_name",
    "family_name",
    "email",
    "phone",
    "category",
    "registration_status",
    "language",
    "dietary_needs",
    "access_needs",
    "notes",
)


_LABEL = {**FIELDS, "given_name": "given name", "family_name": "family name"}


def name_key(given: str, family: str, organisation: str) -> str:
    """Name and organisation with accents, case, punctuation and spacing set aside."""
    return f"{word_key(given + ' ' + family)}|{word_key(organisation)}"


@dataclass
class Change:
    field: str
    old: str
    new: str

    def __str__(self) -> str:
        lang = i18n.messages_language()
        label = field_name(self.field, _LABEL.get(self.field, self.field))
        empty = "(vide)" if lang == "fr" else "(empty)"
        text = f"{label}: {clipped(self.old) or empty} → {clipped(self.new)}"
        return i18n.typeset(text, lang)


def other_organisation(org: str, existing: model.Person) -> bool:
    """Both name an organisation and none of the person's is the row's, or a shorter or
    longer way of writing it ("Legon Centre" for "Legon Centre for International Affairs")."""
    ours = word_key(org)
    theirs = [word_key(a.organisation) for a in existing.affiliations if a.organisation]
    return bool(ours and theirs) and not any(ours in t or t in ours for t in theirs)


def name_only(
    person: model.Person,
    by_person_name: dict[str, list[model.Person]],
    claimed: dict[int | None, int],
) -> list[model.Person]:
    """People in the event with the row's name (accents, case and punctuation aside),
    whatever their organisation, not already matched and without another e-mail."""
    found = by_person_name.get(word_key(person.given_name + " " + person.family_name), [])
    return [p for p in found if p.id not in claimed and not _other_email(person, p)]


def match_existing(
    person: model.Person,
    uid: str,
    org: str,
    by_uid: dict[str, model.Person],
    by_email: dict[str, list[model.Person]],
    by_name: dict[str, list[model.Person]],
) -> tuple[model.Person | None, str, str]:
    """(existing person, how, problem)."""
    if uid:
        found = by_uid.get(uid.upper())
        if found is not None:
            return found, "ID", ""
    if person.email:
        found_list = by_email.get(person.email.casefold(), [])
        if len(found_list) == 1:
            return found_list[0], "e-mail", ""
        if len(found_list) > 1:
            names = ", ".join(p.name for p in found_list[:3])
            return (
                None,
                "",
                say("shared_email", email=person.email, n=len(found_list), names=names),
            )
    # A namesake at the same organisation with another e-mail is someone else: matching
    # them would overwrite their address (the same rule as two such rows in one file).
    found_list = [
        p
        for p in by_name.get(name_key(person.given_name, person.family_name, org), [])
        if not _other_email(person, p)
    ]
    unique = {p.id: p for p in found_list}
    if len(unique) == 1:
        return next(iter(unique.values())), "name and organisation", ""
    if len(unique) > 1:
        return (
            None,
            "",
            say("same_name_many", n=len(unique)),
        )
    return None, "", ""


def _other_email(row: model.Person, existing: model.Person) -> bool:
    """Both have an e-mail and they differ (case aside)."""
    a, b = row.email.strip().casefold(), existing.email.strip().casefold()
    return bool(a and b and a != b)


def namesakes(
    person: model.Person, org: str, by_name: dict[str, list[model.Person]]
) -> list[model.Person]:
    """People in the event with the row's name and organisation but another e-mail."""
    found = by_name.get(name_key(person.given_name, person.family_name, org), [])
    return list({p.id: p for p in found if _other_email(person, p)}.values())


def merge(
    old: model.Person, new: model.Person, values: dict[str, str]
) -> tuple[model.Person, list[Change]]:
    """The existing person with the row's non-empty values, and what that changes."""
    merged = copy.deepcopy(old)
    changes: list[Change] = []
    given_by_row = {
        "honorific": bool(new.honorific),
        "given_name": bool(new.given_name),
        "family_name": bool(new.family_name),
        "email": bool(new.email),
        "phone": bool(new.phone),
        "category": "category" in values,
        "registration_status": "registration_status" in values,
        "language": bool(new.language),
        "dietary_needs": bool(new.dietary_needs),
        "access_needs": bool(new.access_needs),
        "notes": bool(values.get("notes")),
    }
    for name in PERSON_FIELDS:
        if not given_by_row[name]:
            continue
        before, after = getattr(old, name), getattr(new, name)
        if name == "notes":
            after = values["notes"]
        if name == "email" and before.casefold() == after.casefold():
            continue
        if name in _NAMES and not _richer(after, before):
            continue
        if before != after:
            setattr(merged, name, after)
            changes.append(Change(name, before, after))
    if values.get("country"):
        notes = with_country(merged.notes, values["country"])
        if notes != merged.notes:
            changes.append(Change("country", country_of(merged.notes), values["country"]))
            merged.notes = notes
    if new.affiliations:
        row_aff = new.affiliations[0]
        first = merged.affiliations[0] if merged.affiliations else model.Affiliation()
        # Empty cells keep what is there, the position included.
        organisation = row_aff.organisation or first.organisation
        shorter = bool(first.organisation) and word_key(organisation) in word_key(
            first.organisation
        )
        if shorter or not _richer(organisation, first.organisation):
            # "Legon Centre" for "Legon Centre for International Affairs": kept as it is
            organisation = first.organisation
        position = row_aff.position or first.position
        if organisation != first.organisation:
            changes.append(Change("organisation", first.organisation, organisation))
        if position != first.position:
            changes.append(Change("position", first.position, position))
        if organisation != first.organisation or position != first.position:
            merged.affiliations = [
                model.Affiliation(position, organisation),
                *merged.affiliations[1:],
            ]
    return merged, changes


def _richer(new: str, old: str) -> bool:
    """Whether ``new`` should replace ``old``.

    A list that differs only in case or by lost accents ("TRAORE" for "Traoré", "amdh"
    for "AMDH": an ASCII export, a capitalised family-name column) does not overwrite
    the event's spelling; one that adds accents ("Traoré" for "Traore") does.
    """
    if new == old:
        return False
    if fold(new) != fold(old):
        return True
    return sum(not c.isascii() for c in new) > sum(not c.isascii() for c in old)
