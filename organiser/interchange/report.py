"""What an import had to guess or drop, told to the person before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EventData
from .messages import plural, say


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
