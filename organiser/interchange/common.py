"""What every import shares: reading within limits, plain text from HTML, time zones, roles.

Each format's parser turns its file into a ``RawSchedule`` (strings and datetimes as the
file has them); ``assemble.py`` then decides the venue time zone once, for every format,
and builds the ``EventData``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from html.parser import HTMLParser
from pathlib import Path

from .. import model
from ..i18n import messages_language
from ..services import timezones
from ..services.text import clean
from .messages import say
from .report import MAX_BYTES, InterchangeError

#: Role names other tools use, mapped to the built-in role keys.
ROLE_ALIASES = {
    "speaker": "speaker",
    "presenter": "speaker",
    "lecturer": "speaker",
    "author": "speaker",
    "keynote": "keynote_speaker",
    "keynote_speaker": "keynote_speaker",
    "chair": "chair",
    "host": "chair",
    "moderator": "moderator",
    "facilitator": "facilitator",
    "panelist": "panellist",
    "panellist": "panellist",
    "first_respondent": "first_respondent",
    "respondent": "first_respondent",
    "rapporteur": "rapporteur",
}

#: Zones preferred when the offsets in a file fit many (UTC+01:00 fits Berlin and Lagos).
PREFERRED_ZONES = (
    "Europe/Berlin",
    "Europe/Brussels",
    "Europe/Amsterdam",
    "Europe/Paris",
    "Europe/Vienna",
    "Europe/Zurich",
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Helsinki",
    "Europe/Moscow",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Africa/Nairobi",
    "Africa/Lagos",
    "UTC",
)


def check_size(path: str | Path, limit: int | None = None) -> int:
    """The file's size; refused (before any byte is read) when over the limit or empty.

    Called before the format is detected, so a huge file hears about its size, not that
    its first bytes look like no schedule.
    """
    path = Path(path)
    limit = MAX_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InterchangeError(
            say("os_error", name=path.name, reason=exc.strerror or exc)
        ) from None
    if size > limit:
        raise InterchangeError(
            say("too_big", name=path.name, size=_mb(size, 1), limit=_mb(limit, 0))
        )
    if size == 0:
        raise InterchangeError(say("empty", name=path.name))
    return size


def _mb(size: int, places: int) -> str:
    """A size in MB as the messages' language writes it (1.5 / 1,5)."""
    text = f"{size / 2**20:.{places}f}"
    return text.replace(".", ",") if messages_language() == "fr" else text


def read_limited(path: str | Path, limit: int | None = None) -> bytes:
    """The file's bytes, refused before reading when it is larger than ``limit``."""
    path = Path(path)
    limit = MAX_BYTES if limit is None else limit
    size = check_size(path, limit)
    with open(path, "rb") as f:
        data = f.read(size + 1)  # not limit + 1: read() allocates what it is asked for
        if len(data) > size:  # grew while we looked
            data += f.read(limit + 1 - len(data))
    if len(data) > limit:
        raise InterchangeError(say("grew_too_big", name=path.name, limit=_mb(limit, 0)))
    return data


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(say("not_utf8", name=name, at=exc.start)) from None


# --------------------------------------------------------------------------- text
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre"}
_BLOCKS |= {"blockquote", "table", "section", "article", "hr", "dd", "dt"}


_LAST_ITEM = re.compile(r"(?:^|\n)• [^\n]*$")


class _Plain(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            if tag == "li":
                self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def plain_text(value: str | None) -> str:
    """Paragraphs separated by blank lines; HTML tags and entities reduced to text."""
    if not value:
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if _TAG.search(text):
        parser = _Plain()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
        blocks = re.split(r"\n\s*\n", text)
        paras = ["\n".join(" ".join(x.split()) for x in b.split("\n")).strip() for b in blocks]
        text = ""
        for para in (p for p in paras if p):
            # list items stay together as lines of one paragraph
            joint = "\n" if para.startswith("• ") and _LAST_ITEM.search(text) else "\n\n"
            text = text + joint + para if text else para
    elif "&" in text:
        text = html.unescape(text)
    lines = _dedent([line.rstrip() for line in text.split("\n")])
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return clean(text)


def _dedent(lines: list[str]) -> list[str]:
    """Lines after the first without the indentation they share.

    A pretty-printed schedule.xml indents every line of an abstract after the first by
    the depth of its element (20 spaces in 39C3), which Markdown would read as code; what
    a line is indented beyond that (a nested list) is kept.
    """
    rest = [line for line in lines[1:] if line.strip()]
    if not rest:
        return lines
    common = min(len(line) - len(line.lstrip(" \t")) for line in rest)
    if not common:
        return lines
    return lines[:1] + [line[common:] for line in lines[1:]]


def one_line(value: object) -> str:
    if value is None:
        return ""
    return clean(" ".join(str(value).split()))


# ------------------------------------------------------------------- raw schedule
@dataclass
class RawPerson:
    key: str  # identity within the file (see the module docstring of each parser)
    name: str
    role: str = ""
    bio: str = ""
    ref: str = ""  # the file's own id for the person, for reports
    number: str = ""  # the file's integer id as written, kept for re-export
    # What frab has no place for, from our own processing instructions / JSON keys:
    honorific: str = ""
    given: str = ""
    family: str = ""
    affiliations: list[tuple[str, str]] = field(default_factory=list)  # (position, organisation)


@dataclass
class RawEvent:
    id: str = ""
    guid: str = ""
    title: str = ""
    subtitle: str = ""
    type: str = ""
    track: str = ""
    language: str = ""
    abstract: str = ""
    description: str = ""
    room: str = ""
    date: datetime | None = None  # aware or naive, as written
    start: str = ""  # "HH:MM" as written
    duration: str = ""  # "HH:MM[:SS]" as written
    end: datetime | None = None
    day_date: dt.date | None = None  # the <day> it was listed under (``date`` is a field)
    day_start: datetime | None = None
    persons: list[RawPerson] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # guiding questions (ours only)
    problem: str | None = None  # the problem statement (ours only); None: not given
    kind: str | None = None  # our session kind (ours only); None: decided from ``type``
    own_type: str = ""  # the session's own type (ours only: ``type`` then names the kind)


@dataclass
class RawDay:
    index: int
    date: date | None
    start: datetime | None = None
    end: datetime | None = None


@dataclass
class RawSchedule:
    format: str
    title: str = ""
    subtitle: str = ""
    description: str = ""
    acronym: str = ""
    zone_name: str = ""
    venue: str = ""
    days: list[RawDay] = field(default_factory=list)
    rooms: list[str] = field(default_factory=list)
    tracks: list[str] = field(default_factory=list)
    events: list[RawEvent] = field(default_factory=list)
    person_notes: list[str] = field(default_factory=list)  # how people were told apart
    room_guids: dict[str, str] = field(default_factory=dict)  # room name -> guid as written
    display_zones: list[str] = field(default_factory=list)  # ours only
    no_room: str = ""  # the room name our export gives sessions that have no room
    day_change: str = ""  # Pentabarf's <day_change>, "HH:MM[:SS]", where written


#: Heading of the guiding questions appended to an exported session's description.
QUESTIONS_HEADING = "Guiding questions:"


def questions_block(questions: list[str]) -> str:
    """The guiding questions as conference apps show them: a heading, one per line."""
    if not questions:
        return ""
    return QUESTIONS_HEADING + "\n" + "\n".join(f"• {one_line(q)}" for q in questions)


def with_questions(description: str, questions: list[str]) -> str:
    """The session's own description, then its guiding questions (for apps to show)."""
    block = questions_block(questions)
    return "\n\n".join(p for p in (description, block) if p)


def without_questions(description: str, questions: list[str]) -> str:
    """Undo ``with_questions`` where the description ends with exactly that block."""
    block = questions_block(questions)
    if not block:
        return description
    if description == block:
        return ""
    if description.endswith("\n\n" + block):
        return description[: -len(block) - 2].rstrip()
    return description


def parse_datetime(value: object) -> datetime | None:
    """ISO 8601 date-time as written (with or without offset); None when absent or bad."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


_DURATION = re.compile(r"^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$")


def parse_duration(value: str) -> timedelta | None:
    """'00:30' or '01:30:00' (hours, minutes and seconds, as the XSD has it)."""
    m = _DURATION.match(value.strip()) if value else None
    if not m:
        return None
    hours, minutes, seconds = m.groups()
    return timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))


def parse_clock(value: str) -> time | None:
    m = re.match(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$", value.strip()) if value else None
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return time(int(m.group(1)), int(m.group(2)))


# ---------------------------------------------------------------------- time zones
def zones_fitting(instants: list[datetime]) -> list[str]:
    """IANA zones whose offset at each aware instant is the one written there."""
    # One sample per date and offset is enough (offsets change at most once a day) and
    # keeps this quick however many events a file holds.
    by_day = {
        (when.date(), timezones.utc_offset(when)): when.replace(tzinfo=None) for when in instants
    }
    samples = {(naive, offset) for (_, offset), naive in by_day.items()}
    if not samples:
        return []
    fitting = []
    utc = timezones._zone("UTC")
    instants_utc = [((naive - offset).replace(tzinfo=utc), offset) for naive, offset in samples]
    for zone in timezones.all_zones():
        z = timezones._zone(zone)
        if all(when.astimezone(z).utcoffset() == offset for when, offset in instants_utc):
            fitting.append(zone)
    return fitting


def guess_zone(instants: list[datetime]) -> tuple[str, int]:
    """The most plausible zone for these offsets, and how many zones fit them."""
    fitting = zones_fitting(instants)
    for zone in PREFERRED_ZONES:
        if zone in fitting:
            return zone, len(fitting)
    canonical = [z for z in fitting if not z.startswith("Etc/")]
    if canonical:
        return canonical[0], len(fitting)
    if fitting:
        return fitting[0], len(fitting)
    return "UTC", 0


def map_role(name: str) -> str | None:
    key = re.sub(r"[\s-]+", "_", name.strip().casefold())
    return ROLE_ALIASES.get(key)


def map_kind(type_name: str) -> str:
    """Our session kind for a frab event type; most talks are simply 'other'."""
    t = type_name.strip().casefold()
    if t in model.SESSION_KINDS:
        return t
    for kind in ("keynote", "workshop", "panel", "plenary", "opening", "closing"):
        if kind in t:
            return kind
    if t in ("pause", "coffee break", "lunch break"):
        return "break"
    if t in ("lunch", "dinner", "breakfast"):
        return "meal"
    return "other"


def split_heading(kind: str, title: str) -> tuple[int | None, str]:
    """Undo ``Session.heading``: 'Workshop 3: Justice' of kind workshop -> (3, 'Justice')."""
    if kind == "other":
        return None, title
    label = re.escape(model.SESSION_KIND_LABELS[kind])
    m = re.fullmatch(label + r"(?: (\d{1,4}))?(?:: (.+))?", title, flags=re.S)
    if not m:
        return None, title
    return (int(m.group(1)) if m.group(1) else None), (m.group(2) or "")


def split_name(name: str) -> tuple[str, str]:
    """Given and family name for sorting and badges; ``printed_name`` keeps the original.

    A one-word name (a handle such as 'bleeptrack') is all family name, so that lists
    sort it among the others and nothing that prints the family name comes out blank.
    """
    parts = name.split()
    if len(parts) < 2:
        return "", name
    return " ".join(parts[:-1]), parts[-1]
