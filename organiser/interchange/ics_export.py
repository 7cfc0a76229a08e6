"""Export as iCalendar: the whole programme, or one person's sessions ("my sessions").

Times are written at the venue with ``TZID=<IANA zone>`` and a VTIMEZONE block for that
zone, so calendars on any platform show the right instant. We write both ourselves
rather than through icalendar's ``add_missing_timezones``: icalendar writes any zone whose
offset is zero (Africa/Bamako, Europe/London in winter) as UTC ``Z`` times with no
VTIMEZONE at all, which loses the venue's zone. Only a venue in UTC itself gets ``Z``. UIDs are the session GUIDs of the schedule exports: re-exporting, or
importing both the full programme and a personal file, updates events instead of
doubling them. The subtitle, the summary and the problem statement are the DESCRIPTION;
the room is the LOCATION.
No e-mail addresses are written.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar

from .. import __version__, model
from ..services import timezones
from ..services.files import atomic_path, publish_folder, staging_folder
from ..services.text import fold
from .export_common import ordered_sessions, room_name, session_guid, session_span

UID_DOMAIN = "organiser.app"


def calendar(
    data: model.EventData,
    person: model.Person | None = None,
    *,
    stamp: datetime | None = None,
) -> bytes:
    """The programme as an .ics file; only ``person``'s sessions when given."""
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Organiser//Organiser {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = data.event.title or "Programme"
    if person is not None:
        name = f"{name} — {person.name}"
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", data.event.venue_time_zone)
    first = last = None
    zone = data.event.venue_time_zone
    for s in ordered_sessions(data):
        roles = [r for r in s.roles if person is not None and r.person_id == person.id]
        if person is not None and not roles:
            continue
        start, end = session_span(data, s)
        first = start if first is None else min(first, start)
        last = end if last is None else max(last, end)
        ev = icalendar.Event()
        ev.add("uid", f"{session_guid(data, s)}@{UID_DOMAIN}")
        ev.add("dtstamp", stamp)
        _add_time(ev, "dtstart", start, zone)
        _add_time(ev, "dtend", end, zone)
        ev.add("summary", s.heading)
        location = room_name(data, s)
        if data.room(s.room_id) is None and data.event.venue_name:
            location = data.event.venue_name
        ev.add("location", location)
        text = "\n\n".join(t for t in (s.subtitle, s.summary, s.problem_statement) if t)
        if roles:
            mine = ", ".join(data.role_type(r.role).label for r in roles)
            text = f"Your role: {mine}" + (f"\n\n{text}" if text else "")
        if text:
            ev.add("description", text)
        if s.track:
            ev.add("categories", [s.track])
        ev.add("status", "TENTATIVE" if s.status == "tentative" else "CONFIRMED")
        cal.add_component(ev)
    if first is not None and last is not None and zone not in UTC_NAMES:
        block = icalendar.Timezone.from_tzinfo(
            timezones._zone(zone),
            tzid=zone,
            first_date=first.date() - timedelta(days=1),
            last_date=last.date() + timedelta(days=1),
        )
        cal.subcomponents.insert(0, block)
    return cal.to_ical()


#: Venue zones written as UTC ``Z`` times, which need no VTIMEZONE (RFC 5545 3.3.5).
UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"})


def _add_time(ev: icalendar.Event, name: str, when: datetime, zone: str) -> None:
    """``DTSTART;TZID=Africa/Bamako:20211116T130000`` — the wall clock at the venue."""
    if zone in UTC_NAMES:
        ev.add(name, when.astimezone(UTC))
    else:
        ev.add(name, when.replace(tzinfo=None), parameters={"TZID": zone})


def write_calendar(
    data: model.EventData, path: str | Path, person: model.Person | None = None
) -> None:
    payload = calendar(data, person)
    with atomic_path(path) as tmp:
        tmp.write_bytes(payload)


def person_file_name(person: model.Person) -> str:
    """'drissa-traore-P7K2.ics': letters and digits only, whatever the name or the id
    (an id from an imported bundle may hold slashes or dots)."""
    slug = "-".join(re.findall(r"[a-z0-9]+", fold(person.name)))[:40] or "person"
    uid = "".join(re.findall(r"[A-Za-z0-9_-]+", person.uid))[:40]
    return f"{slug}-{uid}.ics" if uid else f"{slug}.ics"


def write_split(data: model.EventData, folder: str | Path) -> list[Path]:
    """One file per person who has a role in some session; returns the files written.

    All of them or none: they are written into a hidden folder beside ``folder`` and
    moved in together once every one is made."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    with_roles = {r.person_id for s in data.sessions for r in s.roles}
    chosen: list[tuple[model.Person, str]] = []
    taken: set[str] = set()
    for person in sorted(data.people, key=lambda p: p.sort_key):
        if person.id in with_roles:
            name = person_file_name(person)
            stem, n = name[: -len(".ics")], 2
            while name.casefold() in taken:  # two ids that read alike once cleaned
                name, n = f"{stem}-{n}.ics", n + 1
            taken.add(name.casefold())
            chosen.append((person, name))
    with staging_folder(folder) as staged:
        for person, name in chosen:
            (staged / name).write_bytes(calendar(data, person))
        return publish_folder(staged, folder, [name for _person, name in chosen])
