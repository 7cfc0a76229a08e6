"""What every check shares: the finding, the options and one set of lookups per run.

The checks run on every edit, so the lookups (sessions by day, by room and by person,
times as minutes) are built once per run in :class:`Context` and every rule reads them
instead of walking the whole event again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from .. import addressing, i18n
from ..model import SESSION_KIND_LABELS, Day, EventData, Person, Session
from ..services.text import clean
from .messages import SAY

SEVERITIES = ("error", "warning", "info")
ITEM_KINDS = ("session", "person", "day", "room", "event", "task")


@dataclass(frozen=True)
class Finding:
    """One problem, told the way the user would say it, pointing at the item to fix."""

    severity: str  # error | warning | info
    code: str  # stable name of the rule's finding, for tests, JSON and filters
    message: str  # a plain sentence; never shows ids or codes
    kind: str  # the item to select: session, person, day, room, event or task
    item_id: int | None  # its id (None for the event itself)
    related: tuple[tuple[str, int | None], ...] = ()  # other items involved, as (kind, id)

    @property
    def key(self) -> tuple[str, str, int | None, tuple[tuple[str, int | None], ...]]:
        """Stays the same from one run to the next while the problem remains: lets a
        list keep its selection when the checks run again after an edit."""
        return (self.code, self.kind, self.item_id, self.related)

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "item": {"kind": self.kind, "id": self.item_id},
            "related": [{"kind": k, "id": i} for k, i in self.related],
        }


@dataclass
class CheckOptions:
    """Knobs of the checks; the defaults are what the app and ``organiser check`` use."""

    #: A pause shorter than this between sessions is not worth mentioning.
    min_gap_minutes: int = 1
    #: Two sentences this similar (difflib ratio, after normalising) count as the same.
    duplicate_ratio: float = 0.9
    #: Sentences shorter than this many words are too generic to call repeats ("Why?").
    min_question_words: int = 4
    #: Handed to ``organiser.badges.fit.name_min_size_ok``; None means its default layout.
    badge_layout: Any = None
    #: Finding codes to leave out (the user silenced them).
    disabled: frozenset[str] = field(default_factory=frozenset)
    #: the language of the messages: English on the command line, the window's in the window
    lang: str = "en"


def minutes(t: time) -> int:
    return t.hour * 60 + t.minute


#: A session whose end is earlier on the clock than its start runs past midnight when it
#: would last at most this long (a 23:00–01:00 night session, as real schedules store
#: them); longer than that (13:20–10:00) it is a typing slip.
OVERNIGHT_LIMIT = 12 * 60
DAY_MINUTES = 24 * 60


def overnight(s: Session) -> bool:
    """Ends on the next calendar day: stored with an end before its start, and short."""
    return (
        s.ends < s.starts and minutes(s.ends) + DAY_MINUTES - minutes(s.starts) <= OVERNIGHT_LIMIT
    )


def hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def day_text(d: date, lang: str = "en") -> str:
    """'Tuesday 16 November' / 'mardi 16 novembre', as a person reads a date in a sentence."""
    return i18n.day_month(d, lang)


def date_time_text(at: datetime, lang: str = "en") -> str:
    return SAY("at_time", lang, day=day_text(at.date(), lang), time=i18n.clock(at, lang))


def span_text(s: Session, lang: str = "en") -> str:
    return i18n.clock_span(s.starts, s.ends, lang)


def session_name(s: Session, lang: str = "en") -> str:
    """'Workshop 2', 'Keynote', 'Panel: Climate and Security': short enough for a sentence."""
    if lang == "en":
        label = SESSION_KIND_LABELS.get(s.kind, s.kind.replace("_", " ").capitalize())
    else:
        label = i18n.kind_label(s.kind, lang)
    if s.number:
        return f"{label} {s.number}"
    title = i18n.session_text(s, "title", lang)
    if title:
        title = title if len(title) <= 60 else title[:57].rstrip() + "…"
        return title if s.kind == "other" else f"{label}{i18n.t('colon', lang)}{title}"
    return label if s.kind != "other" else SAY("untitled", lang)


#: How much of a name a message quotes: enough to recognise anyone, never a flood.
NAME_IN_MESSAGE = 80


def person_name(p: Person, lang: str = "en") -> str:
    """The name as a message quotes it: cleaned of direction controls (which would turn
    the rest of the sentence round) and cut short with "…" when it is very long."""
    name = clean(addressing.full_name(p, lang))
    if len(name) > NAME_IN_MESSAGE:
        name = name[: NAME_IN_MESSAGE - 1].rstrip() + "…"
    return name or SAY("nameless", lang)


def listing(items: list[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + SAY("and", lang) + items[-1]


class Context:
    """Lookups for one run of the checks, built in one pass over the event."""

    def __init__(self, data: EventData, options: CheckOptions):
        self.data = data
        self.options = options
        self.lang = i18n.check_lang(options.lang)
        self.days: dict[int, Day] = {d.id: d for d in data.days if d.id is not None}
        self.people: dict[int, Person] = {p.id: p for p in data.people if p.id is not None}
        self.rooms = {r.id: r for r in data.rooms if r.id is not None}
        far = (datetime.max, datetime.max)
        # in the order they happen: a day's after-midnight talks after its evening ones
        self.sessions: list[Session] = sorted(
            data.sessions,
            key=lambda s: (data.span(s) if s.day_id in self.days else far, s.id or 0),
        )
        self.position: dict[int | None, int] = {s.id: i for i, s in enumerate(self.sessions)}
        self.by_day: dict[int, list[Session]] = {}
        #: person id -> their sessions in programme order, each once
        self.by_person: dict[int, list[Session]] = {}
        for s in self.sessions:
            self.by_day.setdefault(s.day_id, []).append(s)
            seen: set[int] = set()
            for r in s.roles:
                if r.person_id not in seen:
                    seen.add(r.person_id)
                    self.by_person.setdefault(r.person_id, []).append(s)

    # ------------------------------------------------------------------ helpers
    def valid(self, s: Session) -> bool:
        """A session with a real span on a known day (overnight ones included): the only
        kind that can clash."""
        return s.day_id in self.days and (s.ends > s.starts or overnight(s))

    def say(self, key: str, **values: object) -> str:
        """The message ``key`` in the checks' language, filled in."""
        return SAY(key, self.lang, **values)

    def when(self, s: Session) -> str:
        """'Workshop 2 (15:00–16:20)'; French quotes the name after "la séance" (« Atelier
        2 » (15 h 00–16 h 20))."""
        name = session_name(s, self.lang)
        if self.lang == "fr":
            name = f"«{i18n.NNBSP}{name}{i18n.NNBSP}»"
        return f"{name} ({span_text(s, self.lang)})"

    def on_day(self, s: Session) -> str:
        day = self.days.get(s.day_id)
        if day is None:
            return self.say("on_no_day")
        return self.say("on_day", day=day_text(day.date, self.lang))

    def day(self, d: date) -> str:
        return day_text(d, self.lang)

    def name(self, p: Person) -> str:
        return person_name(p, self.lang)

    def listing(self, items: list[str]) -> str:
        return listing(items, self.lang)

    def sessions_of(self, p: Person) -> list[Session]:
        """The person's sessions in programme order; none for one not stored yet (no id)."""
        return self.by_person.get(p.id, []) if p.id is not None else []

    def starts_at(self, s: Session) -> datetime:
        """The real start (``EventData.span``): after midnight for a late talk of its day."""
        return self.data.starts_at(s)

    def ends_at(self, s: Session) -> datetime:
        """The real end: the next morning's for a session that runs past midnight."""
        return self.data.ends_at(s)

    def sort_key(self, f: Finding) -> tuple[int, int]:
        """Severity first, then where the item comes in the programme; ties keep rule order."""
        rank = SEVERITIES.index(f.severity) if f.severity in SEVERITIES else len(SEVERITIES)
        end = len(self.sessions) + 1
        if f.kind == "event":
            where = -1
        elif f.kind == "session":
            where = self.position.get(f.item_id, end)
        elif f.kind == "person":
            own = self.by_person.get(f.item_id or -1)
            where = self.position.get(own[0].id, end) if own else end
        elif f.kind == "day":
            own = self.by_day.get(f.item_id or -1)
            where = self.position.get(own[0].id, end) if own else end
        else:
            where = end
        return (rank, where)
