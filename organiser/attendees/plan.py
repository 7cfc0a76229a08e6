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

from .. import i18n, model
from ..services.text import quote
from ..store import EventStore
from ..store import attendance as sql
from .mapping import ColumnMapping, validate
from .matching import (
    Change,
    match_existing,
    merge,
    name_key,
    name_only,
    namesakes,
    other_organisation,
)
from .messages import say
from .names import split_full_name, without_honorifics
from .reader import Table
from .rows import (
    clipped,
    glyph_warnings,
    known_category,
    person_of,
    row_values,
    short_row,
    word_key,
)

_UID = re.compile(r"[0-9A-Z]{6,32}")


#: How the preview words rows and totals, in the language of the messages
SAY = i18n.Words(
    en={
        "line": "line {n}: {what}",
        "no_email": "no e-mail",
        "same_person": "line {n}: {row} — the same person as {name} ({about})?",
        "problem_rows": "{n} problem rows (first: {first}); fix the file, or skip the problem rows",
        "problem_row": "1 problem row ({first}); fix the file, or skip the problem row",
        "nothing": "nothing to import: every row is already in the event as it is",
        "summary": "{adds} to add, {updates} to update, {unchanged} {unchanged_word}, "
        "{problems} {problem_rows}",
        "problem_rows_one": "problem row",
        "problem_rows_many": "problem rows",
        "unchanged_one": "unchanged",
        "unchanged_many": "unchanged",
    },
    fr={
        "line": "ligne {n} : {what}",
        "no_email": "pas d’e-mail",
        "same_person": "ligne {n} : {row} — la même personne que {name} ({about}) ?",
        "problem_rows": "{n} lignes en erreur (la première : {first}) ; corrigez le fichier, ou "
        "ignorez les lignes en erreur",
        "problem_row": "1 ligne en erreur ({first}) ; corrigez le fichier, ou ignorez-la",
        "nothing": "rien à importer : chaque ligne est déjà dans l’événement telle quelle",
        "summary": "{adds} à ajouter, {updates} à mettre à jour, {unchanged} {unchanged_word}, "
        "{problems} {problem_rows}",
        "problem_rows_one": "ligne en erreur",
        "problem_rows_many": "lignes en erreur",
        "unchanged_one": "inchangée",
        "unchanged_many": "inchangées",
    },
)

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
        return SAY.say("line", n=self.line, what=self.reason)

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
        known = old.email or SAY.say("no_email")
        org = old.affiliations[0].organisation if old.affiliations else ""
        about = ", ".join(filter(None, (clipped(org, 40), known)))
        return SAY.say(
            "same_person",
            n=self.line,
            row=_describe(self.as_new.person),
            name=clipped(old.full_name, 60),
            about=about,
        )


@dataclass
class NameSplit:
    """How one row's single full-name cell was split, shown so that it can be corrected."""

    line: int
    written: str  # the cell as the file has it
    honorific: str
    given: str
    family: str
    corrected: bool = False  # the user's own split, not the rules'

    @property
    def body(self) -> str:
        """The name without its honorifics, which the split divides."""
        return without_honorifics(self.written)

    def __str__(self) -> str:
        how = " (corrected)" if self.corrected else ""
        given = f"given “{clipped(self.given, 60)}”, " if self.given else "no given name, "
        return (
            f"line {self.line}: {clipped(self.written, 80)} → {given}"
            f"FAMILY “{clipped(self.family, 60)}”{how}"
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
    #: rows whose name was split from a single full-name column, by line
    splits: dict[int, NameSplit] = field(default_factory=dict)

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
            key = "problem_row" if n == 1 else "problem_rows"
            return SAY.say(key, n=n, first=self.problems[0])
        if not self.adds and not self.updates:
            return SAY.say("nothing")
        return None

    def summary(self) -> str:
        return SAY.say(
            "summary",
            adds=len(self.adds),
            updates=len(self.updates),
            unchanged=len(self.unchanged),
            unchanged_word=SAY.say(
                "unchanged_one" if len(self.unchanged) <= 1 else "unchanged_many"
            ),
            problems=len(self.problems),
            problem_rows=SAY.say(
                "problem_rows_one" if len(self.problems) <= 1 else "problem_rows_many"
            ),
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

        section(
            "Names split from the full-name column (check the FAMILY name)",
            [str(n) for n in self.splits.values()],
        )
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
    name = clipped(p.full_name, 80) or "(no name)"
    return f"{name}, {clipped(org, 60)}" if org else name


# --------------------------------------------------------------------- building
def build_plan(
    table: Table,
    mapping: ColumnMapping,
    data: model.EventData,
    *,
    source: str = "",
    category: str | None = None,
    names: dict[int, tuple[str, str]] | None = None,
) -> ImportPlan:
    """Compare the file with the event, row by row; writes nothing.

    ``category`` is given to every added person whose row names none (``--category``).
    ``names`` are the user's corrections of full-name splits, (given, family) by line.
    """
    names = names or {}
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
        by_person_name.setdefault(word_key(p.given_name + " " + p.family_name), []).append(p)
    seen: dict[str, int] = {}  # file key -> line, for duplicates within the file
    claimed: dict[int | None, int] = {}  # Person.id -> line that matched them
    named: dict[str, tuple[int, str]] = {}  # name key -> (first line, its e-mail)
    width = len(mapping.headers)

    for row in table.rows:
        extra = [v for v in row.values[width:] if v.strip()]
        if extra and table.kind == "xlsx":
            # a spreadsheet's notes right of the table: not a misaligned row
            plan.warnings.append(Problem(row.line, say("right_of_table")))
        elif extra:
            plan.problems.append(
                Problem(row.line, say("misaligned", n=len(row.values), width=width))
            )
            continue
        short = short_row(row.values, mapping) if table.kind != "xlsx" else ""
        if short:
            plan.problems.append(Problem(row.line, short))
            continue
        values, problem = row_values(row.values, mapping)
        if problem:
            plan.problems.append(Problem(row.line, problem))
            continue
        split = _split(row.line, values, names.get(row.line))
        person, problem = person_of(values)
        if problem:
            bad_category = "category" in values and not known_category(values["category"])
            hint = "category" if bad_category else ""
            plan.problems.append(Problem(row.line, problem, hint))
            continue
        if split is not None:
            plan.splits[row.line] = split
        org = person.affiliations[0].organisation if person.affiliations else ""
        email = person.email.casefold()
        # A row is the same person as an earlier one by its strongest key: the ID when it
        # has one, else the e-mail, else name and organisation. Two namesakes at one
        # organisation with different e-mails are two people.
        uid = values.get("uid", "").upper()
        keys = []
        if uid:
            keys.append(("how_uid", f"uid:{uid}"))
        if email:
            keys.append(("how_email", f"email:{email}"))
        if not keys:
            keys.append(
                ("how_name", "name:" + name_key(person.given_name, person.family_name, org))
            )
        duplicate = next(((how, seen[k]) for how, k in keys if k in seen), None)
        if duplicate:
            how, first = duplicate
            plan.problems.append(Problem(row.line, say("duplicate", first=first, how=say(how))))
            continue
        for _, k in keys:
            seen[k] = row.line
        key = name_key(person.given_name, person.family_name, org)
        earlier = named.get(key)
        if earlier and email and earlier[1] and earlier[1] != email:
            plan.warnings.append(Problem(row.line, say("same_name_line", first=earlier[0])))
        named.setdefault(key, (row.line, email))

        match, how, problem = match_existing(
            person, values.get("uid", ""), org, by_uid, by_email, by_name
        )
        if problem:
            plan.problems.append(Problem(row.line, problem))
            continue
        namesake = None
        if match is None:
            namesake = name_only(person, by_person_name, claimed)
            if len(namesake) > 1:
                plan.warnings.append(
                    Problem(row.line, say("namesakes", n=len(namesake), name=namesake[0].name))
                )
            match = namesake[0] if len(namesake) == 1 else None
            how = "name only"
        if match is None:
            for other in namesakes(person, org, by_name):
                plan.warnings.append(
                    Problem(row.line, say("same_name_person", name=other.name, email=other.email))
                )
        if match is not None and match.id in claimed:
            plan.problems.append(
                Problem(row.line, say("matched_already", name=match.name, first=claimed[match.id]))
            )
            continue
        for w in glyph_warnings(person):
            plan.warnings.append(Problem(row.line, w))
        if match is None:
            if uid and _UID.fullmatch(uid):
                person.uid = uid  # keeps badge IDs when a list moves between event files
            if "category" not in values:
                person.category = category or "participant"
            if not person.email and not org:
                plan.warnings.append(Problem(row.line, say("unmatchable")))
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
        claimed[match.id] = row.line
        merged, changes = merge(match, person, values)
        planned = PlannedPerson(row.line, merged, match.id, changes, how, as_new, match)
        (plan.updates if changes else plan.unchanged).append(planned)
        if as_new is not None:
            plan.questions.append(planned)
            if other_organisation(org, match):
                plan.decide(planned, same=False)  # likelier a namesake: asked, added as new
    return plan


def _split(
    line: int, values: dict[str, str], corrected: tuple[str, str] | None
) -> NameSplit | None:
    """The split of a row named only by its full-name cell; a correction is put into
    ``values`` as the given and family name, so the row is matched and written by it."""
    written = values.get("full_name", "")
    if not written or values.get("given_name") or values.get("family_name"):
        return None
    honorific, given, family = split_full_name(written)
    if corrected is not None and any(corrected):
        given, family = corrected
        values.update({"given_name": given, "family_name": family})
        if honorific and not values.get("honorific"):
            values["honorific"] = honorific
    return NameSplit(line, written, honorific, given, family, corrected is not None)


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
    updates = []
    for p in plan.updates:
        assert p.person_id is not None  # an update names the person it changes
        updates.append((p.person_id, p.person, [c.field for c in p.changes]))
    added, updated = sql.write_import(store, [p.person for p in plan.adds], updates)
    return ImportResult(added, updated, len(plan.problems))
