"""From a ``RawSchedule`` to the event: one set of decisions for every import format.

Each format's parser turns its file into a ``RawSchedule`` (``common.py``); ``assemble``
then decides the venue time zone once, for every format, and builds the ``EventData``.
Keeping the decisions here means frab XML, schedule.json and the hub's flat format are
judged by the same rules and report in the same words.

Times. A session is stored on a day with venue-local wall-clock ``starts``/``ends``:

- The venue zone is ``time_zone_name`` when it agrees with the file's own offsets; when
  it contradicts both the offsets and the written start times, or is missing, it is
  guessed from the offsets (``guess_zone``); with no offsets at all the wall-clock times
  are kept and the zone is UTC. Every such decision is a report line.
- An event's instant is its ``<date>`` (with offset) converted to the venue zone, else its
  ``<start>`` on the ``<day>`` it is listed under. A ``<day>`` is dated where its start
  falls at the venue (wafer writes UTC dates, a day early for Kolkata).
- A conference day is the file's ``<day>`` (``days[]`` in JSON): frab lists a 01:30 talk
  under the day before, and so do we. The event's ``day_change`` (see ``model``) is set
  to the hour the file's days turn over (04:00, 06:00) when some session needs it, so
  the talk keeps its instant and is printed as "+1 day" under its day. A talk that no
  day change can keep on its day goes on its own calendar date, and is reported.
- A session that runs past midnight stays on its start day with ``ends < starts``, as the
  model defines; exports turn it back into a duration or an end on the next date.
- Text: subtitle is the session's subtitle, abstract its summary, description its
  description (the last two Markdown, as frab and pretalx write them); never a problem
  statement or guiding questions, which only our own exports carry (as processing
  instructions). ``type`` ("Talk", "Live-Podcast Bühne (45 Minuten)") is kept as the
  session's type, and also decides its kind (``map_kind``: a "Workshop Bühne" is a
  workshop, most talks are "other").
- An event of 24 hours or more cannot be a session and is left out, and reported.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta, tzinfo

from .. import model
from ..i18n import clock as clock_time
from ..i18n import messages_language
from ..services import timezones
from ..services.text import clean, quote
from ..store import new_event_data
from .common import (
    RawEvent,
    RawPerson,
    RawSchedule,
    guess_zone,
    map_kind,
    map_role,
    one_line,
    parse_clock,
    parse_duration,
    plain_text,
    split_heading,
    split_name,
    without_questions,
)
from .messages import plural, say
from .report import ImportReport, InterchangeError


def decide_zone(raw: RawSchedule, report: ImportReport, override: str = "") -> str:
    """The venue zone: as given, or checked against the file's own offsets, or guessed."""
    aware = [e.date for e in raw.events if e.date is not None and e.date.tzinfo is not None]
    aware += [d.start for d in raw.days if d.start is not None and d.start.tzinfo is not None]
    if override:
        if not timezones.is_valid_zone(override):
            raise InterchangeError(say("unknown_zone", zone=quote(override)))
        report.note(say("zone_as_asked", zone=override))
        return override
    declared = raw.zone_name.strip()
    if declared and not timezones.is_valid_zone(declared):
        report.note(say("zone_not_iana", zone=quote(declared)))
        declared = ""
    if declared:
        # A zone that contradicts both the offsets and the written start times is wrong
        # (pretalx's DemoCon says UTC but writes 09:00+01:00 with start 09:00).
        fits_declared = fits_own = 0
        zone = timezones._zone(declared)
        for e in raw.events:
            clock = parse_clock(e.start)
            if e.date is None or e.date.tzinfo is None or clock is None:
                continue
            if e.date.astimezone(zone).time().replace(second=0) == clock:
                fits_declared += 1
            if e.date.time().replace(second=0) == clock:
                fits_own += 1
        if fits_own > fits_declared:
            guessed, n = guess_zone(aware)
            report.note(
                say(
                    "zone_contradicts_others" if n > 1 else "zone_contradicts",
                    declared=declared,
                    n=fits_own - fits_declared,
                    guessed=guessed,
                    others=n - 1,
                )
            )
            return guessed
        return declared
    if aware:
        guessed, n = guess_zone(aware)
        offsets = sorted({timezones.utc_offset_label(timezones.utc_offset(t)) for t in aware})
        report.note(
            say(
                "zone_guessed_others" if n > 1 else "zone_guessed",
                guessed=guessed,
                offsets=", ".join(offsets),
                others=n - 1,
            )
        )
        return guessed
    report.note(say("zone_utc"))
    return "UTC"


def decide_day_change(
    raw: RawSchedule, starts: list[tuple[datetime, date | None]], zone: tzinfo
) -> time:
    """The hour the file's days turn over, where a session needs one (else 00:00).

    Needed when a session listed under a day starts after that day's midnight. The hour
    the file itself names is taken when it keeps every such session on its day and moves
    no other: Pentabarf's ``<day_change>``, else the time of day the days end at (06:00 at
    39C3, 04:00 at 36C3). Otherwise the first whole hour after the latest of them, if it
    moves no other session; else the earliest start of the others.
    """
    late = [s.time() for s, listed in starts if listed is not None and s.date() > listed]
    if not late:
        return time(0)
    own = [s.time() for s, listed in starts if listed is None or s.date() == listed]
    latest, earliest = max(late), min(own, default=time.max)
    candidates: list[time] = []
    declared = parse_clock(raw.day_change)
    if declared is not None:
        candidates.append(declared)
    for d in raw.days:
        if d.end is None or d.start is None:
            continue
        end = d.end.astimezone(zone) if d.end.tzinfo else d.end
        first = d.start.astimezone(zone) if d.start.tzinfo else d.start
        if end.date() > first.date():
            # 02:59:59 is "until 03:00"
            up = (end + timedelta(seconds=59)).replace(second=0, microsecond=0)
            candidates.append(up.time())
    if latest.hour < 23:
        candidates.append(time(latest.hour + 1))
    for c in candidates:
        if latest < c <= earliest:
            return c
    return earliest if earliest > min(late) and earliest != time.max else time(0)


class _Builder:
    def __init__(self, report: ImportReport):
        self.report = report
        self.data = new_event_data()
        self.days: dict[date, model.Day] = {}
        self.rooms: dict[str, model.Room] = {}
        self.people: dict[str, model.Person] = {}
        self.person_guids: dict[str, str] = {}  # person uid -> guid in the file
        self.person_numbers: dict[str, int] = {}  # person uid -> integer id in the file

    def day(self, d: date, label: str = "") -> model.Day:
        day = self.days.get(d)
        if day is None:
            day = self.days[d] = model.Day(d, label, id=len(self.days) + 1)
        elif label and not day.label:
            day.label = label
        return day

    def room(self, name: str) -> model.Room | None:
        name = one_line(name)
        if not name:
            return None
        room = self.rooms.get(name)
        if room is None:
            room = self.rooms[name] = model.Room(name, id=len(self.rooms) + 1)
        return room

    def person(self, raw: RawPerson) -> model.Person:
        person = self.people.get(raw.key)
        if person is None:
            name = one_line(raw.name)
            given, family = split_name(name)
            printed = name
            kept_given, kept_family = one_line(raw.given), one_line(raw.family)
            if kept_family and " ".join(p for p in (kept_given, kept_family) if p) == name:
                # our own export said how the name splits: no printed-name override needed
                given, family, printed = kept_given, kept_family, ""
            person = model.Person(
                given_name=given,
                family_name=family,
                honorific=one_line(raw.honorific),
                printed_name=printed,
                affiliations=[
                    model.Affiliation(one_line(pos), one_line(org))
                    for pos, org in raw.affiliations
                    if one_line(pos) or one_line(org)
                ],
                bio=plain_text(raw.bio),
                category="speaker",
                id=len(self.people) + 1,
            )
            self.people[raw.key] = person
            if raw.key.startswith("guid:"):
                self.person_guids[person.uid] = raw.key[5:]
            if re.fullmatch(r"-?\d{1,18}", raw.number.strip()):
                self.person_numbers[person.uid] = int(raw.number)
        elif raw.bio and not person.bio:
            person.bio = plain_text(raw.bio)
        return person


def assemble(raw: RawSchedule, report: ImportReport, zone_override: str = "") -> model.EventData:
    """Build the event from a parsed schedule, deciding times, days and people."""
    zone_name = decide_zone(raw, report, zone_override)
    zone = timezones._zone(zone_name)
    b = _Builder(report)
    ev = b.data.event
    ev.title = one_line(raw.title) or one_line(raw.acronym) or "Imported schedule"
    ev.subtitle = one_line(raw.subtitle)
    ev.description = plain_text(raw.description)
    ev.venue_time_zone = zone_name
    ev.venue_name = one_line(raw.venue)

    # Days: a <day> is dated by where its start falls at the venue (wafer writes UTC dates).
    shifted = 0
    for d in sorted(raw.days, key=lambda d: d.index):
        when = d.date
        if d.start is not None and d.start.tzinfo is not None:
            local = d.start.astimezone(zone).date()
            if when is not None and local != when:
                shifted += 1
            when = local
        if when is not None:
            b.day(when, say("day_label", n=d.index) if d.index else "")
    report.count(shifted, "utc_dated")
    for name in raw.rooms:
        if not raw.no_room or one_line(name) != one_line(raw.no_room):
            b.room(name)
    ev.display_time_zones = []
    for display in raw.display_zones:
        if timezones.is_valid_zone(display) and display not in ev.display_time_zones:
            ev.display_time_zones.append(display)

    ids = Counter(e.id for e in raw.events if e.id)
    guids = Counter(e.guid.lower() for e in raw.events if e.guid)
    dup_ids = sum(1 for n in ids.values() if n > 1)
    if dup_ids:
        events = sum(n for n in ids.values() if n > 1)
        report.note(plural("dup_ids", dup_ids, events=events))
    dup_guids = sum(1 for n in guids.values() if n > 1)
    if dup_guids:
        events = sum(n for n in guids.values() if n > 1)
        report.note(plural("dup_guids", dup_guids, events=events))
    mapping: dict[str, str] = {}
    dropped_time = dropped_long = past_midnight = 0
    mismatched = unknown_roles = doubled = 0
    unknown_role_names: Counter[str] = Counter()
    new_days: set[date] = set()
    known_days = set(b.days)
    timed: list[tuple[RawEvent, datetime, datetime, date | None]] = []
    for e in raw.events:
        start = _local_start(e, zone)
        if start is None:
            dropped_time += 1
            continue
        clock = parse_clock(e.start)
        if clock is not None and e.date is not None and start.time().replace(second=0) != clock:
            mismatched += 1
        length = parse_duration(e.duration) if e.duration else None
        if length is None and e.end is not None:
            end = e.end if e.end.tzinfo else e.end.replace(tzinfo=zone)
            length = end - start
        if length is None or length < timedelta(0):
            dropped_time += 1
            continue
        if length >= timedelta(days=1):
            dropped_long += 1
            continue
        end_local = (start + length).astimezone(zone) if start.tzinfo else start + length
        listed = e.day_date
        if e.day_start is not None and e.day_start.tzinfo is not None:
            listed = e.day_start.astimezone(zone).date()
        timed.append((e, start, end_local, listed))
    change = decide_day_change(raw, [(start, listed) for _, start, _, listed in timed], zone)
    b.data.event.day_change = change
    kept_late = moved = 0
    for e, start, end_local, listed in timed:
        # the conference day: a start before the day change belongs to the day before
        on = start.date() - timedelta(days=1) if start.time() < change else start.date()
        if listed is not None and on != listed:
            moved += 1
        elif on != start.date():
            kept_late += 1
        if on not in known_days:
            new_days.add(on)
        day = b.day(on)
        assert day.id is not None  # the builder numbers what it makes
        if end_local.date() != start.date():
            past_midnight += 1
        type_name = one_line(e.type)
        kind = map_kind(type_name)
        if e.kind is not None:  # our own export: the kind and own type exactly
            kind = e.kind if e.kind in model.SESSION_KINDS else kind
            type_name = one_line(e.own_type)
        number, title = split_heading(kind, one_line(e.title))
        no_room = bool(raw.no_room) and one_line(e.room) == one_line(raw.no_room)
        room = None if no_room else b.room(e.room)
        problem = plain_text(e.problem) if e.problem is not None else ""
        summary = plain_text(e.abstract)
        if problem and summary == problem:  # our export's abstract stands in for it
            summary = ""
        session = model.Session(
            day_id=day.id,
            starts=start.time().replace(tzinfo=None, microsecond=0),
            ends=end_local.time().replace(tzinfo=None, microsecond=0),
            kind=kind,
            number=number,
            title=title,
            subtitle=one_line(e.subtitle),
            type=type_name,
            summary=summary,
            problem_statement=problem,
            guiding_questions=[q for q in (clean(q) for q in e.questions) if q],
            description=without_questions(plain_text(e.description), e.questions),
            room_id=room.id if room else None,
            track=one_line(e.track),
            language=one_line(e.language),
            id=len(b.data.sessions) + 1,
        )
        seen: set[str] = set()
        for order, rp in enumerate(e.persons):
            if not one_line(rp.name):
                continue
            if rp.key in seen:
                doubled += 1
                continue
            seen.add(rp.key)
            confirmed = not rp.role.endswith("?")
            role = map_role(rp.role.rstrip("?")) if rp.role else "speaker"
            if role is None:
                unknown_roles += 1
                unknown_role_names[rp.role] += 1
                role = "speaker"
            person = b.person(rp)
            assert person.id is not None  # the builder numbers what it makes
            session.roles.append(model.Role(person.id, role, order, confirmed))
        b.data.sessions.append(session)
        if e.guid and guids[e.guid.lower()] == 1:
            mapping[session.uid] = e.guid.lower()

    report.count(dropped_time, "no_time")
    report.count(dropped_long, "too_long")
    report.count(mismatched, "mismatched")
    if kept_late:
        report.note(plural("kept_late", kept_late, change=clock_time(change, messages_language())))
    report.count(moved, "moved")
    if new_days and known_days:
        dates = ", ".join(str(d) for d in sorted(new_days))
        report.note(plural("new_days", len(new_days), dates=dates))
    report.count(past_midnight, "past_midnight")
    report.count(doubled, "doubled")
    if unknown_roles:
        names = ", ".join(sorted(unknown_role_names))
        report.note(plural("unknown_roles", unknown_roles, names=names))
    for line in raw.person_notes:
        report.note(line)

    b.data.days = sorted(b.days.values(), key=lambda d: d.date)
    for i, day in enumerate(b.data.days, 1):
        if not day.label:
            day.label = say("day_label", n=i)
    used = {s.day_id for s in b.data.sessions}
    empty = [d for d in b.data.days if d.id not in used]
    report.count(len(empty), "empty_days")
    b.data.rooms = list(b.rooms.values())
    b.data.people = list(b.people.values())
    # "de, en" on a session is two languages: the event's list names each once
    langs = {x.strip() for s in b.data.sessions for x in s.language.split(",") if x.strip()}
    ev.languages = ", ".join(sorted(langs))
    b.data.settings["interchange"] = {
        "source": report.source,
        "format": raw.format,
        "acronym": one_line(raw.acronym),
        "guids": mapping,
        "person_guids": b.person_guids,
        "person_ids": b.person_numbers,
        "room_guids": {
            one_line(name): guid.lower()
            for name, guid in raw.room_guids.items()
            if one_line(name) in b.rooms or (raw.no_room and name == raw.no_room)
        },
    }
    report.tally(b.data)
    return b.data


def assemble_schedule(
    raw: RawSchedule, report: ImportReport, zone_override: str, name: str
) -> model.EventData:
    """``assemble`` for a frab schedule (XML or JSON): an event with no session is refused."""
    report.format = raw.format
    event = assemble(raw, report, zone_override)
    if not event.sessions:
        raise InterchangeError(say("no_sessions", name=name))
    return event


def _local_start(e: RawEvent, zone) -> datetime | None:
    """The event's start as an aware datetime at the venue."""
    if e.date is not None:
        if e.date.tzinfo is not None:
            return e.date.astimezone(zone)
        return e.date.replace(tzinfo=zone)
    clock = parse_clock(e.start)
    if clock is None or e.day_date is None:
        return None
    day = e.day_date
    if e.day_start is not None:
        day_start = e.day_start.astimezone(zone) if e.day_start.tzinfo else e.day_start
        if clock < day_start.time():
            day += timedelta(days=1)  # listed under the day but after its midnight
    return datetime.combine(day, clock, tzinfo=zone)
