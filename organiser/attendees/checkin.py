"""The check-in desk without a window: find a person fast, check them in, undo, count.

The search index is built once per data load and answers each keystroke from memory:
accent- and case-insensitive ("traore" finds Traoré, "dzon" finds Dżon), prefixes of
any name word first, then anything containing the letters. A keyboard-wedge scanner types
a badge's ID and Enter; an exact ID wins over every name.

Writes go through ``store.attendance``, which takes the write lock up front and retries a
busy file, so two desks on one file never lose a check-in.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .. import model
from ..services.text import clean, fold
from ..store import EventStore
from ..store import attendance as sql
from ..store.attendance import AlreadyCheckedIn as AlreadyCheckedIn

#: Word breaks in any script: Cyrillic, Arabic, Hebrew and Greek names are words too.
_WORD = re.compile(r"[\W_]+")
_UID_TOKEN = re.compile(r"[0-9A-Z]{10}")
#: Crockford base32 reads O as 0 and I, L as 1: a hand-typed ID still matches.
_CROCKFORD = str.maketrans({"O": "0", "I": "1", "L": "1"})

RANK_UID, RANK_NAME, RANK_ORG, RANK_CONTAINS = 0, 1, 2, 3


@dataclass(frozen=True)
class Hit:
    person_id: int
    name: str  # as printed, with honorific
    organisation: str
    category: str
    rank: int  # RANK_UID < RANK_NAME < RANK_ORG < RANK_CONTAINS
    checked_in_at: datetime | None = None
    plain_name: str = ""  # without honorific: for file names


@dataclass
class _Entry:
    person_id: int
    uid: str
    name: str
    organisation: str
    category: str
    plain_name: str
    names: str  # " word word": folded name words, each preceded by a space
    orgs: str  # the same for organisations
    everything: str  # names and organisations, for substring search
    order: tuple[str, str]


class DeskIndex:
    """Every attendee, folded for searching. Rebuild it when the event is reloaded."""

    def __init__(self, data: model.EventData):
        self._entries: list[_Entry] = []
        self._by_uid: dict[str, _Entry] = {}
        self._by_id: dict[int, _Entry] = {}
        self.arrived: dict[int, tuple[int, datetime]] = {}  # person id -> first (check-in id, at)
        # person id -> every arrival: (check-in id, at, day key), in time order
        self._visits: dict[int, list[tuple[int, datetime, int | date]]] = {}
        self._day_of_date = {d.date: int(d.id) for d in data.days if d.id is not None}
        for person in data.people:
            self.add(person)
        for c in sorted(data.check_ins, key=lambda c: c.at):
            self.mark_arrived(c.person_id, c.id or 0, c.at, c.day_id)

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, person: model.Person) -> None:
        """Index one more person (a walk-in) without rebuilding."""
        name_words = " ".join(
            _words(" ".join((person.given_name, person.family_name, person.printed_name)))
        )
        org_words = " ".join(_words(" ".join(a.organisation for a in person.affiliations)))
        entry = _Entry(
            person_id=int(person.id or 0),
            uid=person.uid.upper(),
            name=person.full_name,
            plain_name=person.name,
            organisation=person.affiliations[0].organisation if person.affiliations else "",
            category=person.category,
            names=" " + name_words,
            orgs=" " + org_words,
            everything=f"{name_words} | {org_words}",
            order=person.sort_key,
        )
        self._entries.append(entry)
        self._by_uid[entry.uid] = entry
        self._by_id[entry.person_id] = entry

    def remove(self, person_id: int) -> None:
        """Forget one person (an undone walk-in) without rebuilding."""
        entry = self._by_id.pop(person_id, None)
        if entry is None:
            return
        self._entries = [e for e in self._entries if e.person_id != person_id]
        if self._by_uid.get(entry.uid) is entry:
            del self._by_uid[entry.uid]
        self.arrived.pop(person_id, None)
        self._visits.pop(person_id, None)

    def hit(self, person_id: int) -> Hit | None:
        """The person as a search result would show them (None if not indexed)."""
        e = self._by_id.get(person_id)
        if e is None:
            return None
        return Hit(
            e.person_id,
            e.name,
            e.organisation,
            e.category,
            RANK_UID,
            self.arrival(e.person_id),
            e.plain_name,
        )

    def uid(self, person_id: int) -> str:
        e = self._by_id.get(person_id)
        return e.uid if e else ""

    def arrival(self, person_id: int, on: date | None = None) -> datetime | None:
        """When the person first checked in (``on`` a date: on that date's event day),
        as far as this index knows."""
        if on is None:
            return self.arrived.get(person_id, (0, None))[1]
        key = self.day_key(on)
        return next((at for _, at, k in self._visits.get(person_id, ()) if k == key), None)

    def last_arrival(self, person_id: int) -> datetime | None:
        """The person's latest arrival, on whatever day."""
        visits = self._visits.get(person_id)
        return max(at for _, at, _ in visits) if visits else None

    def day_key(self, when: date) -> int | date:
        """What one "day" of arrivals is: the event day of the date, else the date itself
        (the same rule as ``attendance.check_in_on_day``)."""
        return self._day_of_date.get(when, when)

    def person_for_scan(self, text: str) -> int | None:
        """The person whose ID a scanner typed: the whole text, or an ID inside a URL."""
        raw = text.strip().upper()
        if not raw:
            return None
        for candidate in (raw, raw.translate(_CROCKFORD)):
            if candidate in self._by_uid:
                return self._by_uid[candidate].person_id
        for token in _UID_TOKEN.findall(raw):
            entry = self._by_uid.get(token) or self._by_uid.get(token.translate(_CROCKFORD))
            if entry is not None:
                return entry.person_id
        return None

    def search(self, text: str, limit: int = 20) -> list[Hit]:
        """The best ``limit`` people for what was typed, best first.

        A one-letter word only matches the start of a word: "b" lists the B's, not
        everyone with a b somewhere, which keeps the first keystroke fast and useful.
        """
        words = _words(text)
        hits: list[tuple[int, tuple[str, str], _Entry]] = []
        scanned = self.person_for_scan(text) if len(text.strip()) >= 10 else None
        if scanned is not None:
            entry = self._by_id[scanned]
            hits.append((RANK_UID, entry.order, entry))
        if words:
            prefixes = [" " + w for w in words]
            short = [" " + w for w in words if len(w) == 1]
            long = [w for w in words if len(w) > 1]
            for e in self._entries:
                everything = e.everything
                names = e.names
                orgs = e.orgs
                for w in long:
                    if w not in everything:
                        break
                else:
                    for p in short:
                        if p not in names and p not in orgs:
                            break
                    else:
                        if e.person_id == scanned:
                            continue
                        if all(p in names for p in prefixes):
                            rank = RANK_NAME
                        elif all(p in names or p in orgs for p in prefixes):
                            rank = RANK_ORG
                        else:
                            rank = RANK_CONTAINS
                        hits.append((rank, e.order, e))
        best = heapq.nsmallest(limit, hits, key=lambda h: (h[0], h[1]))
        return [
            Hit(
                e.person_id,
                e.name,
                e.organisation,
                e.category,
                rank,
                self.arrived.get(e.person_id, (0, None))[1],
                e.plain_name,
            )
            for rank, _, e in best
        ]

    def mark_arrived(
        self, person_id: int, checkin_id: int, at: datetime, day_id: int | None = None
    ) -> None:
        key = day_id if day_id is not None else self.day_key(at.date())
        visits = self._visits.setdefault(person_id, [])
        if any(cid == checkin_id for cid, _, _ in visits):
            return
        visits.append((checkin_id, at, key))
        visits.sort(key=lambda v: v[1])
        cid, first, _ = visits[0]
        self.arrived[person_id] = (cid, first)

    def forget_arrival(self, checkin_id: int) -> None:
        for pid, visits in list(self._visits.items()):
            kept = [v for v in visits if v[0] != checkin_id]
            if len(kept) == len(visits):
                continue
            if kept:
                self._visits[pid] = kept
                self.arrived[pid] = (kept[0][0], kept[0][1])
            else:
                del self._visits[pid]
                self.arrived.pop(pid, None)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.split(fold(text)) if w]


# ---------------------------------------------------------------------- writes
def venue_now(store: EventStore) -> datetime:
    """The wall-clock time at the venue (how session times are kept), without tzinfo."""
    row = store.get("event", 1) or {}
    try:
        zone = ZoneInfo(row.get("venue_time_zone") or "UTC")
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return datetime.now(zone).replace(tzinfo=None, microsecond=0)


def check_in(
    store: EventStore,
    person_id: int,
    at: datetime | None = None,
    day_id: int | None = None,
) -> int:
    """Record that the person arrived; returns the check-in's id (what undo takes).

    ``at`` defaults to now at the venue, ``day_id`` to the event day of that date. One
    arrival per person and event day (outside the event's days: per date) is recorded,
    since the sign-in record and the counter by day follow arrivals per day: a second
    check-in on the same day raises ``AlreadyCheckedIn`` (its ``check_in`` is the first
    one) and records nothing; the next day's arrival is recorded.
    Raises ``KeyError`` for an unknown person, ``attendance.StoreBusy`` if the file stays
    locked by another program (then nothing was recorded).
    """
    if not sql.person_exists(store, person_id):
        raise KeyError(f"there is no person {person_id} in this event")
    at = (at or venue_now(store)).replace(microsecond=0)
    if day_id is None:
        day_id = event_day_of(store, at.date())
    return sql.insert_check_in(store, person_id, at, day_id, once_per_day=True)


def event_day_of(store: EventStore, when: date) -> int | None:
    """The id of the event day on ``when``, or None outside the event's days."""
    return next((d for d, iso, _ in sql.day_rows(store) if iso == when.isoformat()), None)


def add_walk_in(
    store: EventStore,
    given_name: str,
    family_name: str,
    organisation: str = "",
    category: str = "participant",
    email: str = "",
) -> model.Person:
    """Add someone who turned up unregistered; returns them with their new id.

    Text is cleaned as an import would clean it; a name is required.
    """
    given, family = clean(given_name), clean(family_name)
    if not given and not family:
        raise ValueError("a walk-in needs a name")
    if category not in model.PERSON_CATEGORIES:
        raise ValueError(f"“{category}” is not a category")
    person = model.Person(
        given_name=" ".join(given.split()),
        family_name=" ".join(family.split()),
        email=clean(email),
        category=category,
        registration_status="registered",
        affiliations=[model.Affiliation("", clean(organisation))] if clean(organisation) else [],
    )
    (person.id,), _ = sql.write_import(store, [person], [])
    return person


def undo_check_in(store: EventStore, checkin_id: int) -> model.CheckIn | None:
    """Take a check-in back; returns it (None when it was already gone)."""
    row = sql.delete_check_in(store, checkin_id)
    if row is None:
        return None
    return model.CheckIn(
        row["person_id"], datetime.fromisoformat(row["at"]), row["day_id"], row["id"]
    )


# -------------------------------------------------------------------- counters
@dataclass
class Count:
    arrived: int = 0
    expected: int = 0

    def __str__(self) -> str:
        return f"{self.arrived} / {self.expected}"


@dataclass
class Counters:
    """Arrived against expected: overall, by category, and by day.

    ``arrived`` counts people (a person checked in twice counts once), including people who
    came although their registration was cancelled; ``expected`` counts people neither
    cancelled nor declined.
    """

    total: Count
    by_category: dict[str, Count]
    by_day: dict[int, Count]  # day id -> people arrived that day / expected
    by_day_category: dict[tuple[int, str], Count] = field(default_factory=dict)
    day_labels: dict[int, str] = field(default_factory=dict)


def counters(store: EventStore) -> Counters:
    """Read fresh from the file, so a second desk's check-ins count too."""
    expected = dict(sql.expected_rows(store))
    total_expected = sum(expected.values())
    days = sql.day_rows(store)
    anyday: dict[str, set[int]] = {}
    perday: dict[tuple[int, str], set[int]] = {}
    for person_id, category, _status, day_id, _date in sql.arrival_rows(store):
        anyday.setdefault(category, set()).add(person_id)
        if day_id is not None:
            perday.setdefault((day_id, category), set()).add(person_id)
    categories = sorted(set(expected) | set(anyday), key=_category_order)
    by_category = {c: Count(len(anyday.get(c, ())), expected.get(c, 0)) for c in categories}
    by_day_category = {
        (d, c): Count(len(perday.get((d, c), ())), expected.get(c, 0))
        for d, _, _ in days
        for c in categories
    }
    by_day = {
        d: Count(sum(len(perday.get((d, c), ())) for c in categories), total_expected)
        for d, _, _ in days
    }
    # "Day 2 (Wed 17 Nov)": numbered by date order, never by a typed label
    ordered = sorted(days, key=lambda row: row[1])
    labels = {
        d: f"Day {n} ({date.fromisoformat(iso):%a} {date.fromisoformat(iso).day} "
        f"{date.fromisoformat(iso):%b})"
        for n, (d, iso, _label) in enumerate(ordered, start=1)
    }
    total = Count(sum(len(s) for s in anyday.values()), total_expected)
    return Counters(total, by_category, by_day, by_day_category, labels)


def _category_order(category: str) -> tuple[int, str]:
    known = model.PERSON_CATEGORIES
    return (known.index(category) if category in known else len(known), category)
