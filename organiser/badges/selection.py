"""Who gets a badge, what was printed, and the desk's one-badge print.

A badge is "changed since printed" when the fingerprint of what it shows
(``services.fingerprint.person_badge``) differs from the one recorded with its last print,
so editing someone's phone number does not make their badge stale but a new job title does.

Sheet memory: for each sheet layout the event remembers which labels of the current,
partly used sheet are gone (setting ``badge_sheet``), so the desk's reprint goes into the
next free label and a full sheet starts a fresh one. Nothing here imports Qt; the GUI
calls the same functions as the CLI.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..checks.stale import badge_items
from ..model import EventData, Person, PrintRecord
from ..services.files import atomic_path
from ..services.fingerprint import digest, person_badge
from ..store import EventStore, printlog
from . import WHO_HELP
from .content import BadgeOptions, RenderResult
from .layouts import Layout
from .render import render_badges

#: People with these statuses get no badge unless picked by hand.
NO_BADGE_STATUS = ("declined", "cancelled")


@dataclass(frozen=True)
class Who:
    """A selection: kind is all, category, role, uids, unprinted, changed or pending."""

    kind: str = "all"
    values: tuple[str, ...] = ()


def parse_who(text: str) -> Who:
    text = (text or "all").strip()
    kind, _, rest = text.partition(":")
    kind = kind.strip().casefold()
    values = tuple(v.strip() for v in rest.split(",") if v.strip())
    if kind in ("all", "unprinted", "changed", "pending"):
        if rest.strip():
            raise ValueError(f"--who {kind} takes no value")
        return Who(kind)
    if kind in ("category", "role", "uids"):
        if not values:
            raise ValueError(f"--who {kind}: needs a value, e.g. {kind}:…")
        return Who(kind, values)
    raise ValueError(f"--who must be one of: {WHO_HELP}")


def fingerprint(person: Person) -> str:
    return digest(person_badge(person))


def last_prints(data: EventData) -> dict[int | None, PrintRecord]:
    """Each person's most recent badge print, from an already loaded event (by
    ``Person.id``, typed as the model types it: None, not stored, finds nothing)."""
    out: dict[int | None, PrintRecord] = {}
    for rec in sorted(
        (r for r in data.print_log if r.kind == "badge" and r.person_id is not None),
        key=lambda r: (r.printed_at, r.id or 0),
    ):
        out[rec.person_id] = rec
    return out


def select(data: EventData, who: Who | str) -> list[Person]:
    """The people a selection names, sorted by family then given name."""
    if isinstance(who, str):
        who = parse_who(who)
    people = data.people
    if who.kind == "uids":
        by_uid = {p.uid.casefold(): p for p in people}
        unknown = [u for u in who.values if u.casefold() not in by_uid]
        if unknown:
            raise ValueError(f"no person with the ID {', '.join(unknown)}")
        return [by_uid[u.casefold()] for u in dict.fromkeys(who.values)]
    chosen = [
        p
        for p in people
        if p.status not in NO_BADGE_STATUS and p.registration_status != "cancelled"
    ]
    if who.kind == "category":
        wanted = {v.casefold() for v in who.values}
        chosen = [p for p in chosen if p.category.casefold() in wanted]
    elif who.kind == "role":
        keys = {v.casefold() for v in who.values}
        known = {rt.key.casefold() for rt in data.role_types}
        unknown = sorted(keys - known - {r.role.casefold() for s in data.sessions for r in s.roles})
        if unknown:
            raise ValueError(f"no role {', '.join(unknown)}; roles: {', '.join(sorted(known))}")
        ids = {r.person_id for s in data.sessions for r in s.roles if r.role.casefold() in keys}
        chosen = [p for p in chosen if p.id in ids]
    elif who.kind in ("unprinted", "changed", "pending"):
        last = last_prints(data)
        keep = []
        for p in chosen:
            rec = last.get(p.id)
            never = rec is None
            stale = rec is not None and rec.fingerprint != fingerprint(p)
            if (
                (who.kind == "unprinted" and never)
                or (who.kind == "changed" and stale)
                or (who.kind == "pending" and (never or stale))
            ):
                keep.append(p)
        chosen = keep
    return sorted(chosen, key=lambda p: p.sort_key)


def already_printed(data: EventData, people: Iterable[Person]) -> list[tuple[Person, PrintRecord]]:
    """Those of ``people`` who already have a badge (ask before printing a second one)."""
    last = last_prints(data)
    return [(p, last[p.id]) for p in people if p.id in last]


def previous_print(store: EventStore, person_id: int) -> PrintRecord | None:
    """The person's last badge print, read straight from the file (for the desk's
    "print a second badge?" question before ``print_single``)."""
    return printlog.last_badge_prints(store).get(person_id)


# --------------------------------------------------------------------- recording
def record(
    store: EventStore,
    people: Iterable[Person],
    layout: Layout,
    result: RenderResult | None = None,
    options: dict[str, object] | None = None,
) -> int:
    """Log the badges of a finished print, and remember a partly used last sheet."""
    people = list(people)
    sheet = None
    if layout.kind == "sheet" and result is not None:
        used = result.last_page_slots
        sheet = (layout.name, [] if len(used) >= layout.per_page else used)
    return printlog.record_badge_prints(
        store,
        [(p.id, fingerprint(p), badge_items(p)) for p in people if p.id is not None],
        layout.name,
        options=options,
        sheet=sheet,
    )


def used_slots(store: EventStore, layout: Layout) -> list[int]:
    if layout.kind != "sheet":
        return []
    used = printlog.sheet_memory(store).get(layout.name, [])
    return [s for s in used if s < layout.per_page]


def next_free_slot(store: EventStore, layout: Layout) -> int:
    """The label the next single badge goes to (0-based); a full sheet starts again at 0."""
    used = set(used_slots(store, layout))
    for s in range(layout.per_page):
        if s not in used:
            return s
    return 0


@dataclass
class SingleBadge:
    pdf: bytes
    path: Path | None
    slot: int  # 0-based label on the sheet (0 for single-badge layouts)
    warnings: list[str] = field(default_factory=list)
    reprint: PrintRecord | None = None  # the earlier print, when this is a second badge
    seconds: float = 0.0
    fingerprint: str = ""  # of what the badge shows, for the print log
    items: dict[str, str] = field(default_factory=dict)  # the same, aspect by aspect
    used_before: list[int] = field(default_factory=list)  # labels of the sheet already gone
    #: "Name (UID): why" when the badge was printed without some of its text
    incomplete: list[str] = field(default_factory=list)


def badge_texts(data: EventData) -> list[str]:
    """What the event's badges print: each name, position and organisation, the titles.
    ``pdf.shaping.warm`` loads the faces these need before the desk's first badge."""
    ev = data.event
    texts = [ev.title, ev.short_title]
    for p in data.people:
        texts.append(p.full_name)
        texts += [t for a in p.affiliations for t in (a.position, a.organisation)]
    return texts


def print_single(
    store: EventStore,
    person_id: int,
    layout: Layout,
    out: str | Path | None = None,
    options: BadgeOptions | None = None,
    *,
    record_print: bool = True,
) -> SingleBadge:
    """One badge for one person, at the desk: next free label, then logged.

    Reads only that person's rows, renders into memory, writes ``out`` (if given)
    atomically, and records the print and the sheet's new state in one transaction.
    """
    t0 = time.perf_counter()
    options = options or BadgeOptions()
    data = printlog.badge_event_data(store, [person_id])
    person = data.people[0]
    slot = next_free_slot(store, layout)
    used = used_slots(store, layout)
    if layout.kind == "sheet":
        if len(used) >= layout.per_page:
            used = []
        options = replace(options, start=1, skip_slots=frozenset(used))
    buf = io.BytesIO()
    result = render_badges(data, [person], layout, buf, options)
    pdf = buf.getvalue()
    path = None
    if out is not None:
        path = Path(out)
        with atomic_path(path) as tmp:
            tmp.write_bytes(pdf)
    previous = printlog.last_badge_prints(store).get(person_id)
    single = SingleBadge(pdf, path, slot, result.warnings, previous, incomplete=result.incomplete)
    single.fingerprint = fingerprint(person)
    single.items = badge_items(person)
    single.used_before = used
    if record_print:
        record_single(store, person_id, layout, single)
    single.seconds = time.perf_counter() - t0
    return single


def record_single(store: EventStore, person_id: int, layout: Layout, single: SingleBadge) -> None:
    """Log a desk badge once it has really been printed, and mark its label as used.

    Separate from ``print_single`` so the desk can send the PDF to the printer first and
    log only what the printer accepted."""
    sheet = None
    if layout.kind == "sheet":
        now_used = sorted({*single.used_before, single.slot})
        sheet = (layout.name, [] if len(now_used) >= layout.per_page else now_used)
    printlog.record_badge_prints(
        store,
        [(person_id, single.fingerprint, single.items)],
        layout.name,
        options={"single": True, "slot": single.slot + 1},
        sheet=sheet,
    )


def last_sheet_slots(layout: Layout, count: int, options: BadgeOptions) -> list[int]:
    """The labels used on the last sheet once ``count`` badges are printed with
    ``options`` (what ``render_badges`` reports as ``last_page_slots``), worked out
    without rendering: a print sent from a PDF made earlier still updates sheet memory."""
    if layout.kind != "sheet" or count <= 0:
        return []
    per_page = layout.per_page
    first = [s for s in range(options.start - 1, per_page) if s not in options.skip_slots]
    if count <= len(first):
        return sorted(set(first[:count]) | set(options.skip_slots))
    rest = (count - len(first)) % per_page or per_page
    return list(range(rest))
