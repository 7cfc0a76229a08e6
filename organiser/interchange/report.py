"""What an import had to guess or drop, told to the person before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EventData


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

    def count(self, n: int, one: str, many: str) -> None:
        """Add a line only when something happened, in singular or plural form."""
        if n:
            self.note((one if n == 1 else many).format(n=n))

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
        return (
            f"{self.source} ({self.format}): {c.get('sessions', 0)} sessions, "
            f"{c.get('people', 0)} people, {c.get('rooms', 0)} rooms, {c.get('days', 0)} days"
        )

    def summary(self) -> str:
        """The headline and one line per thing guessed or dropped."""
        return "\n".join([self.headline(), *(f"- {line}" for line in self.lines)])
