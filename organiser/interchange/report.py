"""What an import had to guess or drop, told to the person before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EventData
from .messages import plural, say

#: Largest file an import reads. The biggest real schedule (36C3, 1,351 events) is 2.3 MB;
#: 50 MB leaves room for any real conference and bounds the memory a hostile file can take.
#: (Here, not in ``common``, so the command line's help can say it without loading that.)
MAX_BYTES = 50 * 1024 * 1024
#: The limit as people read it, in help texts and refusals.
LIMIT_TEXT = f"{MAX_BYTES // 2**20} MB"


class InterchangeError(Exception):
    """A file that cannot be imported as it is; the message says why, in one line."""


@dataclass
class ImportReport:
    source: str = ""  # file name
    format: str = ""  # "frab schedule.xml", "schedule.json", "iCalendar", ...
    lines: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def note(self, line: str) -> None:
        if line not in self.lines:
            self.lines.append(line)

    def count(self, n: int, key: str) -> None:
        """Add a line only when something happened: ``key``'s singular or plural sentence
        (``interchange.messages``)."""
        if n:
            self.note(plural(key, n))

    def tally(self, data: EventData) -> None:
        self.counts = {
            "sessions": len(data.sessions),
            "people": len(data.people),
            "rooms": len(data.rooms),
            "days": len(data.days),
            "roles": sum(len(s.roles) for s in data.sessions),
        }

    def headline(self) -> str:
        c = self.counts
        return say(
            "headline",
            source=self.source,
            format=self.format,
            **{k: c.get(k, 0) for k in ("sessions", "people", "rooms", "days")},
        )

    def summary(self) -> str:
        """The headline and one line per thing guessed or dropped."""
        return "\n".join([self.headline(), *(f"- {line}" for line in self.lines)])
