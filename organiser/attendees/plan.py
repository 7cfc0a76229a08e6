"""The import preview: who is added, who is updated and how, and every problem row.

Nothing is written while a plan is built, so the user sees exactly what an import would
do before it does it. A row matches someone already in the event by their Organiser ID
(a re-imported export), by e-mail (case aside), or by the same name and organisation once
accents and case are set aside. A row whose name alone is that of one person already
there (the facilitator entered by hand, without e-mail) is asked about: the preview says
"same person?" (``ImportPlan.decide`` takes the answer). Until answered it is taken as
that person, unless both name organisations and they differ: then as someone new. Empty cells never erase what the event already holds:
a list that lacks a phone number does not wipe the number typed in at the desk.

Applying a plan is one transaction: everything or nothing. With problem rows it is
refused unless the user chose to skip them.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from .. import model
from ..pdf.fonts import missing_glyphs
from ..services.text import clean, fold, quote
from ..store import EventStore
from ..store import attendance as sql
from .mapping import FIELDS, ColumnMapping, validate
from .names import honorific_of, split_full_name
from .reader import MAX_FIELD, Table

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
_NAMES = {"given_name", "family_name"}
_MULTILINE = {"dietary_needs", "access_needs", "notes"}
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_UID = re.compile(r"[0-9A-Z]{6,32}")
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


_WORD_BREAK = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Folded words of any script: "Ольга Смирнова" and "Иван Петров" stay two keys."""
    return " ".join(w for w in _WORD_BREAK.split(fold(text)) if w)


def name_key(given: str, family: str, organisation: str) -> str:
    """Name and organisation with accents, case, punctuation and spacing set aside."""
    return f"{_key(given + ' ' + family)}|{_key(organisation)}"


@dataclass
class Change:
    field: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{_LABEL.get(self.field, self.field)}: {_short(self.old) or '(empty)'} → {_short(self.new)}"


def _short(text: str, limit: int = 60) -> str:
    return quote(" ".join(text.split()), limit)


#: What to do about a problem, worded for the command line; the window words its own
#: (``gui.views.attendees``), keyed by ``Problem.hint``.
CLI_HINTS = {
    "category": "skip the column with --map 'COLUMN=-' and use --category",
}


@dataclass
class Problem:
    line: int
    reason: str
    hint: str = ""  # a key of CLI_HINTS: what the user can do, worded where it is shown

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"

    def advice(self, hints: dict[str, str]) -> str:
        """The problem with the way out, as ``hints`` words it for the CLI or the window."""
        how = hints.get(self.hint, "")
        return f"{self} ({how})" if how else str(self)


@dataclass
class PlannedPerson:
    """One row of the file as it would be written."""

    line: int
    person: model.Person  # for an add: the new person; for an update: the values after it
    person_id: int | None = None  # set for updates and unchanged rows
    changes: list[Change] = field(default_factory=list)
    matched_by: str = ""  # "e-mail", "name and organisation", "ID", "name only"
    #: matched by name alone: the row as a new person, should the user say it is not them
    as_new: PlannedPerson | None = None
    #: the existing person a name-only match found (shown in the question)
    existing: model.Person | None = None

    @property
    def asks(self) -> bool:
        """Whether the preview asks "same person?" about this row."""
        return self.as_new is not None

    def question(self) -> str:
        """'line 4: Aminata Touré, AMDH — the same person as Aminata Touré (AMDH, no e-mail)?'"""
        assert self.as_new is not None and self.existing is not None
        old = self.existing
        known = old.email or "no e-mail"
        org = old.affiliations[0].organisation if old.affiliations else ""
        about = ", ".join(filter(None, (_short(org, 40), known)))
        return (
            f"line {self.line}: {_describe(self.as_new.person)} — the same person as "
            f"{_short(old.full_name, 60)} ({about})?"
        )


@dataclass
class ImportPlan:
    """What an import would do; apply() does it."""

    source: str
    table: Table
    mapping: ColumnMapping
    adds: list[PlannedPerson] = field(default_factory=list)
    updates: list[PlannedPerson] = field(default_factory=list)
    unchanged: list[PlannedPerson] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: rows matched by name alone, whatever was decided about them (same person or not)
    questions: list[PlannedPerson] = field(default_factory=list)

    def same_person(self, question: PlannedPerson) -> bool:
        """Whether the row is, as decided now, the existing person it was matched to."""
        return question in self.updates or question in self.unchanged

    def decide(self, question: PlannedPerson, same: bool) -> None:
        """The user's answer to "same person?" for a row matched by name alone."""
        assert question.as_new is not None
        for group in (self.updates, self.unchanged):
            if question in group:
                group.remove(question)
        if question.as_new in self.adds:
            self.adds.remove(question.as_new)
        if same:
            (self.updates if question.changes else self.unchanged).append(question)
            self.updates.sort(key=lambda p: p.line)
            self.unchanged.sort(key=lambda p: p.line)
        else:
            self.adds.append(question.as_new)
            self.adds.sort(key=lambda p: p.line)

    def refusal(self, skip_problems: bool = False) -> str | None:
        """Why the plan may not be applied, or None when it may."""
        if self.problems and not skip_problems:
            n = len(self.problems)
            return (
                f"{n} problem row{'s' if n != 1 else ''} (first: {self.problems[0]}); fix the file, "
                "or skip the problem rows"
            )
        if not self.adds and not self.updates:
            return "nothing to import: every row is already in the event as it is"
        return None

    def summary(self) -> str:
        return (
            f"{len(self.adds)} to add, {len(self.updates)} to update, "
            f"{len(self.unchanged)} unchanged, {len(self.problems)} problem rows"
        )

    def report(self, limit: int | None = None) -> list[str]:
        """The preview as lines of text (the CLI prints them; the GUI shows the same)."""
        out = [f"{self.source}: {self.table.describe()}, {len(self.table.rows)} rows"]
        out.append("Columns:")
        out += [f"  {line}" for line in self.mapping.describe()]
        if self.mapping.ignored():
            out.append(
                "  not imported: " + ", ".join(f"“{quote(h)}”" for h in self.mapping.ignored())
            )
        out.append(self.summary())

        def section(title: str, items: list[str]) -> None:
            if not items:
                return
            out.append(f"{title} ({len(items)}):")
            shown = items if limit is None else items[:limit]
            out.extend(f"  {i}" for i in shown)
            if len(shown) < len(items):
                out.append(f"  … and {len(items) - len(shown)} more")

        section("Add", [f"line {p.line}: {_describe(p.person)}" for p in self.adds])
        section(
            "Update",
            [
                f"line {p.line}: {_describe(p.person)} (matched by {p.matched_by}): "
                + "; ".join(str(c) for c in p.changes)
                for p in self.updates
            ],
        )
        section("Same person? (matched by name only)", [q.question() for q in self.questions])
        section("Problems", [p.advice(CLI_HINTS) for p in self.problems])
        section("Warnings", [str(w) for w in self.warnings])
        return out


def _describe(p: model.Person) -> str:
    org = p.affiliations[0].organisation if p.affiliations else ""
    name = _short(p.full_name, 80) or "(no name)"
    return f"{name}, {_short(org, 60)}" if org else name


# --------------------------------------------------------------------- building
def build_plan(
    table: Table,
    mapping: ColumnMapping,
    data: model.EventData,
    *,
    source: str = "",
    category: str | None = None,
) -> ImportPlan:
    """Compare the file with the event, row by row; writes nothing.

    ``category`` is given to every added person whose row names none (``--category``).
    """
    validate(mapping)
    if category is not None and category not in model.PERSON_CATEGORIES:
        raise ValueError(
            f"“{category}” is not a category; choose one of {', '.join(model.PERSON_CATEGORIES)}"
        )
    plan = ImportPlan(source, table, mapping)
    by_uid = {p.uid.upper(): p for p in data.people}
    by_email: dict[str, list[model.Person]] = {}
    by_name: dict[str, list[model.Person]] = {}
    by_person_name: dict[str, list[model.Person]] = {}
    for p in data.people:
        if p.email.strip():
            by_email.setdefault(p.email.strip().casefold(), []).append(p)
        orgs = [a.organisation for a in p.affiliations] or [""]
        for org in orgs:
            by_name.setdefault(name_key(p.given_name, p.family_name, org), []).append(p)
        by_person_name.setdefault(_key(p.given_name + " " + p.family_name), []).append(p)
    seen: dict[str, int] = {}  # file key -> line, for duplicates within the file
    claimed: dict[int, int] = {}  # person id -> line that matched them
    named: dict[str, tuple[int, str]] = {}  # name key -> (first line, its e-mail)
    width = len(mapping.headers)

    for row in table.rows:
        extra = [v for v in row.values[width:] if v.strip()]
        if extra and table.kind == "xlsx":
            # a spreadsheet's notes right of the table: not a misaligned row
            plan.warnings.append(
                Problem(row.line, "values right of the last named column are not imported")
            )
        elif extra:
            plan.problems.append(
                Problem(
                    row.line,
                    f"{len(row.values)} values but the header has {width} columns "
                    "(a separator or quote out of place?)",
                )
            )
            continue
        short = _short_row(row.values, mapping) if table.kind != "xlsx" else ""
        if short:
            plan.problems.append(Problem(row.line, short))
            continue
        values, problem = _row_values(row.values, mapping)
        if problem:
            plan.problems.append(Problem(row.line, problem))
            continue
        person, problem = _person_of(values)
        if problem:
            hint = "category" if problem.startswith("unknown category") else ""
            plan.problems.append(Problem(row.line, problem, hint))
            continue
        org = person.affiliations[0].organisation if person.affiliations else ""
        email = person.email.casefold()
        # A row is the same person as an earlier one by its strongest key: the ID when it
        # has one, else the e-mail, else name and organisation. Two namesakes at one
        # organisation with different e-mails are two people.
        uid = values.get("uid", "").upper()
        keys = []
        if uid:
            keys.append(("ID", f"uid:{uid}"))
        if email:
            keys.append(("e-mail", f"email:{email}"))
        if not keys:
            keys.append(
                (
                    "name and organisation",
                    "name:" + name_key(person.given_name, person.family_name, org),
                )
            )
        duplicate = next(((how, seen[k]) for how, k in keys if k in seen), None)
        if duplicate:
            how, first = duplicate
            plan.problems.append(
                Problem(row.line, f"the same person as line {first} (same {how}): a duplicate row")
            )
            continue
        for _, k in keys:
            seen[k] = row.line
        key = name_key(person.given_name, person.family_name, org)
        earlier = named.get(key)
        if earlier and email and earlier[1] and earlier[1] != email:
            plan.warnings.append(
                Problem(
                    row.line,
                    f"same name and organisation as line {earlier[0]} but another e-mail: "
                    "imported as a different person",
                )
            )
        named.setdefault(key, (row.line, email))

        match, how, problem = _match(person, values.get("uid", ""), org, by_uid, by_email, by_name)
        if problem:
            plan.problems.append(Problem(row.line, problem))
            continue
        namesake = None
        if match is None:
            namesake = _name_only(person, by_person_name, claimed)
            if len(namesake) > 1:
                plan.warnings.append(
                    Problem(
                        row.line,
                        f"{len(namesake)} people in the event are called {namesake[0].name}: "
                        "added as someone new; add an e-mail column to match one of them",
                    )
                )
            match = namesake[0] if len(namesake) == 1 else None
            how = "name only"
        if match is None:
            for other in _namesakes(person, org, by_name):
                plan.warnings.append(
                    Problem(
                        row.line,
                        f"same name and organisation as {other.name} ({other.email}) but "
                        "another e-mail: added as a different person",
                    )
                )
        if match is not None and match.id in claimed:
            plan.problems.append(
                Problem(
                    row.line,
                    f"matches {match.name}, whom line {claimed[match.id]} already matches",
                )
            )
            continue
        for w in _glyph_warnings(person):
            plan.warnings.append(Problem(row.line, w))
        if match is None:
            if uid and _UID.fullmatch(uid):
                person.uid = uid  # keeps badge IDs when a list moves between event files
            if "category" not in values:
                person.category = category or "participant"
            if not person.email and not org:
                plan.warnings.append(
                    Problem(
                        row.line,
                        "no e-mail and no organisation: a later import cannot match this person",
                    )
                )
            plan.adds.append(PlannedPerson(row.line, person))
            continue
        as_new = None
        if how == "name only":
            # the row as a new person, ready should the user say it is someone else
            added = copy.deepcopy(person)
            if uid and _UID.fullmatch(uid):
                added.uid = uid
            if "category" not in values:
                added.category = category or "participant"
            as_new = PlannedPerson(row.line, added)
        claimed[match.id] = row.line  # type: ignore[index]
        merged, changes = _merge(match, person, values)
        planned = PlannedPerson(row.line, merged, match.id, changes, how, as_new, match)
        (plan.updates if changes else plan.unchanged).append(planned)
        if as_new is not None:
            plan.questions.append(planned)
            if _other_organisation(org, match):
                plan.decide(planned, same=False)  # likelier a namesake: asked, added as new
    return plan


def _other_organisation(org: str, existing: model.Person) -> bool:
    """Both name an organisation and none of the person's is the row's, or a shorter or
    longer way of writing it ("Legon Centre" for "Legon Centre for International Affairs")."""
    ours = _key(org)
    theirs = [_key(a.organisation) for a in existing.affiliations if a.organisation]
    return bool(ours and theirs) and not any(ours in t or t in ours for t in theirs)


def _name_only(
    person: model.Person, by_person_name: dict[str, list[model.Person]], claimed: dict[int, int]
) -> list[model.Person]:
    """People in the event with the row's name (accents, case and punctuation aside),
    whatever their organisation, not already matched and without another e-mail."""
    found = by_person_name.get(_key(person.given_name + " " + person.family_name), [])
    return [p for p in found if p.id not in claimed and not _other_email(person, p)]


def _short_row(cells: list[str], mapping: ColumnMapping) -> str:
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
    names = ", ".join(f"“{quote(mapping.headers[i])}”" for i in lost[:3])
    more = f" and {len(lost) - 3} more" if len(lost) > 3 else ""
    return (
        f"{len(cells)} value{'s' if len(cells) != 1 else ''} but the header has {width} "
        f"columns: nothing for {names}{more}, so values may sit in the wrong columns "
        "(a missing separator or cell?); give the row every column, empty ones too"
    )


def _unprotect(raw: str) -> str:
    """The cell without the apostrophe an export put before formula-like text.

    ``services.spreadsheet.safe_text`` writes "=SUM" as "'=SUM" so a spreadsheet shows it
    as text; a re-import takes it back off, so a name survives export and import intact.
    """
    if raw[:1] == "'" and raw[1:2] in _FORMULA_START:
        return raw[1:]
    return raw


def _row_values(cells: list[str], mapping: ColumnMapping) -> tuple[dict[str, str], str]:
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
            return {}, (
                f"the {FIELDS[name]} (column “{quote(mapping.headers[index])}”) is {len(text):,} "
                f"characters long; at most {MAX_LENGTH[name]:,} are accepted"
            )
        values[name] = text
    return values, ""


def _person_of(values: dict[str, str]) -> tuple[model.Person, str]:
    p = model.Person()
    given, family = values.get("given_name", ""), values.get("family_name", "")
    honorific = values.get("honorific", "")
    if not given and not family and values.get("full_name"):
        h, given, family = split_full_name(values["full_name"])
        honorific = honorific or h
    if not given and not family:
        return p, "no name"
    for label, text in (("given name", given), ("family name", family)):
        if len(text) > MAX_LENGTH["given_name"]:
            return p, (
                f"the {label} is {len(text):,} characters long; at most "
                f"{MAX_LENGTH['given_name']:,} are accepted"
            )
    p.given_name, p.family_name = given, family
    if honorific:
        p.honorific = honorific_of(honorific) or honorific
    email = values.get("email", "")
    if email:
        email = email.removeprefix("mailto:")
        if not _EMAIL.match(email):
            return p, f"“{_short(email)}” is not a valid e-mail address"
        p.email = email
    p.phone = values.get("phone", "")
    for key, words, what, known in (
        ("category", _CATEGORY_WORDS, "category", model.PERSON_CATEGORIES),
        ("registration_status", _STATUS_WORDS, "registration status", model.REGISTRATION_STATUSES),
    ):
        if key in values:
            word = words.get(_key(values[key]))
            if word is None:
                return p, (
                    f"unknown {what} “{_short(values[key])}” (Organiser knows {', '.join(known)})"
                )
            setattr(p, key, word)
    if "language" in values:
        p.language = _LANGUAGE_WORDS.get(_key(values["language"]), values["language"])
    p.dietary_needs = values.get("dietary_needs", "")
    p.access_needs = values.get("access_needs", "")
    p.notes = values.get("notes", "")
    if values.get("country"):
        p.notes = _with_country(p.notes, values["country"])
    if values.get("organisation") or values.get("position"):
        p.affiliations = [
            model.Affiliation(values.get("position", ""), values.get("organisation", ""))
        ]
    return p, ""


def _with_country(notes: str, country: str) -> str:
    """Notes with one 'Country: X' line, replacing an earlier one."""
    lines = [ln for ln in notes.splitlines() if not ln.startswith("Country: ")]
    return "\n".join([*lines, f"Country: {country}"]).strip()


def _match(
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
                f"the e-mail {person.email} belongs to {len(found_list)} people in the event ({names})",
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
            (
                f"{len(unique)} people in the event have this name and organisation; "
                "add an e-mail column to tell them apart"
            ),
        )
    return None, "", ""


def _other_email(row: model.Person, existing: model.Person) -> bool:
    """Both have an e-mail and they differ (case aside)."""
    a, b = row.email.strip().casefold(), existing.email.strip().casefold()
    return bool(a and b and a != b)


def _namesakes(
    person: model.Person, org: str, by_name: dict[str, list[model.Person]]
) -> list[model.Person]:
    """People in the event with the row's name and organisation but another e-mail."""
    found = by_name.get(name_key(person.given_name, person.family_name, org), [])
    return list({p.id: p for p in found if _other_email(person, p)}.values())


def _merge(
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
        notes = _with_country(merged.notes, values["country"])
        if notes != merged.notes:
            changes.append(Change("country", _country_of(merged.notes), values["country"]))
            merged.notes = notes
    if new.affiliations:
        row_aff = new.affiliations[0]
        first = merged.affiliations[0] if merged.affiliations else model.Affiliation()
        # Empty cells keep what is there, the position included.
        organisation = row_aff.organisation or first.organisation
        shorter = bool(first.organisation) and _key(organisation) in _key(first.organisation)
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


def _country_of(notes: str) -> str:
    for ln in notes.splitlines():
        if ln.startswith("Country: "):
            return ln.removeprefix("Country: ")
    return ""


def _glyph_warnings(p: model.Person) -> list[str]:
    out = []
    org = p.affiliations[0].organisation if p.affiliations else ""
    for label, text in (("name", p.full_name), ("organisation", org)):
        missing = missing_glyphs(text)
        if missing:
            chars = " ".join(missing[:5])
            out.append(f"the {label} “{_short(text)}” has characters the badge font lacks: {chars}")
    return out


# --------------------------------------------------------------------- applying
class ImportRefused(Exception):
    """The plan may not be applied as it stands; nothing was written."""


@dataclass
class ImportResult:
    added: list[int]
    updated: list[int]
    skipped: int


def apply_plan(store: EventStore, plan: ImportPlan, *, skip_problems: bool = False) -> ImportResult:
    """Write the plan in one transaction: all of it, or (on any error) none of it."""
    reason = plan.refusal(skip_problems)
    if reason:
        raise ImportRefused(reason)
    added, updated = sql.write_import(
        store,
        [p.person for p in plan.adds],
        [(p.person_id, p.person, [c.field for c in p.changes]) for p in plan.updates],  # type: ignore[misc]
    )
    return ImportResult(added, updated, len(plan.problems))
