"""Session times in other time zones, labelled as they really were on the day.

Labels and offsets come from the IANA database for the date in question, never from a
fixed table: New York in mid-November is EST, not EDT, whatever a template says.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from ..model import session_span
from .text import fold


@cache
def all_zones() -> list[str]:
    """Every IANA zone name a user may pick, sorted."""
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")


def is_valid_zone(name: str) -> bool:
    if not name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # "Africa/" is a folder
        return False
    return True


#: Old names kept by the database for compatibility ("US/Eastern"): found, but after the
#: places people live in.
_LEGACY = ("US/", "Etc/", "SystemV/", "Canada/", "Mexico/", "Brazil/", "Chile/")


def _words(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").replace("/", " ").replace("-", " ").split())


@cache
def _searchable() -> list[tuple[str, str, str]]:
    """(zone, folded city, folded whole name) for every zone a user may pick."""
    return [(z, _words(city(z)), _words(z)) for z in all_zones()]


def search(text: str) -> list[str]:
    """Zones whose name holds every word typed, accents, case and underscores aside:
    "new york", "sao paulo", "São Paulo", "abidjan", "america york". Zones whose city is
    what was typed come first, then cities that start with it, then the rest."""
    wanted = _words(text)
    words = wanted.split()
    if not words:
        return []
    found = []
    for zone, place, whole in _searchable():
        if all(w in whole for w in words):
            rank = 0 if place == wanted else 1 if place.startswith(wanted) else 2
            legacy = zone.startswith(_LEGACY)
            found.append((rank, legacy, -zone.count("/"), zone))
    return [zone for *_, zone in sorted(found)]


@cache
def _by_folded_name() -> dict[str, str]:
    return {z.casefold(): z for z in all_zones()}


def resolve(text: str) -> str | None:
    """The one zone ``text`` names: a zone name in any case, or the single place found by
    :func:`search`; a city found under several names ("Buenos Aires" under America/ and
    America/Argentina/) is the same place. None when it names none, or several places."""
    name = text.strip()
    exact = _by_folded_name().get(name.casefold())
    if exact is not None:
        return exact  # in the database's spelling, even on a case-blind file system
    found = search(name)
    if len(found) == 1:
        return found[0]
    wanted = _words(name)
    same_city = [z for z in found if _words(city(z)) == wanted and not z.startswith(_LEGACY)]
    if same_city and len({_words(city(z)) for z in same_city}) == 1:
        return same_city[0]  # the deepest name first: the database's own for that city
    return None


@cache
def _countries() -> dict[str, list[str]]:
    """Folded country name -> the zones of that country (from the tzdata package)."""
    from importlib.resources import files

    folder = files("tzdata") / "zoneinfo"
    names = {}
    for line in (folder / "iso3166.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t", 1)
            names[code] = _words(name)
    zones: dict[str, list[str]] = {}
    for line in (folder / "zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone = line.split("\t")[:3]
            if code in names:
                zones.setdefault(names[code], []).append(zone)
    return zones


def zone_for_place(text: str) -> str | None:
    """The zone of a place as written on a venue line: "Azalai Hotel, Bamako" and
    "Bamako, Mali" are Africa/Bamako. A city counts when its name is there whole (the
    last words of a part between commas); a country when it has one zone only. None when
    nothing in the text says which zone it is."""
    for part in reversed(text.split(",")):
        words = _words(part).split()
        for start in range(len(words)):
            tail = " ".join(words[start:])
            country = _countries().get(tail, [])
            zones = _by_city().get(tail) or (country if len(country) == 1 else [])
            if zones:
                return zones[0]
    return None


@cache
def _by_city() -> dict[str, list[str]]:
    """Folded city -> its zones, the database's own name first (the deepest)."""
    found: dict[str, list[str]] = {}
    for zone, place, _whole in _searchable():
        if not zone.startswith(_LEGACY):
            found.setdefault(place, []).append(zone)
    return {place: sorted(zones, key=lambda z: -z.count("/")) for place, zones in found.items()}


@cache
def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def city(zone: str, lang: str = "en") -> str:
    """'America/New_York' -> 'New York'; in French CLDR's name ('Addis-Abeba')."""
    english = zone.rsplit("/", 1)[-1].replace("_", " ")
    return english if lang == "en" else _city_in(zone, lang) or english


@cache
def _city_in(zone: str, lang: str) -> str:
    from babel.core import UnknownLocaleError
    from babel.dates import get_timezone_location  # locale data: only for a translation

    try:
        return get_timezone_location(zone, locale=lang, return_city=True)
    except (LookupError, UnknownLocaleError, ValueError):
        return ""


def abbreviation(zone: str, when: datetime) -> str:
    """The abbreviation in force at ``when`` (aware), or 'UTC+3' where the zone has none."""
    local = when.astimezone(_zone(zone))
    abbr = local.tzname() or ""
    if not abbr or abbr[0] in "+-":
        return utc_offset_label(local.utcoffset() or timedelta())
    return abbr


def utc_offset(when: datetime) -> timedelta:
    """The UTC offset of an aware time: a naive one here is a bug, raised rather than
    passed on as None."""
    offset = when.utcoffset()
    if offset is None:
        raise ValueError(f"{when.isoformat()} has no time zone")
    return offset


def utc_offset_label(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


@dataclass(frozen=True)
class ZonedSpan:
    """A session's start and end as seen in one zone."""

    zone: str
    starts: datetime
    ends: datetime
    label: str  # abbreviation at the start, e.g. 'EST'
    day_shift: int  # start date minus the venue date: +1 means "next day" there

    def text(self, fmt: str = "%H:%M") -> str:
        return f"{self.starts.strftime(fmt)}–{self.ends.strftime(fmt)}"


def venue_datetime(day: date, at: time, venue_zone: str) -> datetime:
    return datetime.combine(day, at, tzinfo=_zone(venue_zone))


def span_in(
    day: date, starts: time, ends: time, venue_zone: str, zone: str, day_change: time = time(0)
) -> ZonedSpan:
    """A venue-time span on conference day ``day`` seen from ``zone``.

    ``day_change`` is the event's: a start before it is after the day's midnight
    (``model.session_span``), and ``day_shift`` counts from the conference day's date, so
    a 00:20 talk of Day 1 reads "+1 day" at the venue too.
    """
    start, end = session_span(day, starts, ends, day_change)
    return span_between(day, start, end, venue_zone, zone)


def span_between(
    day: date, start: datetime, end: datetime, venue_zone: str, zone: str
) -> ZonedSpan:
    """Naive venue date-times (as ``EventData.span`` gives them) seen from ``zone``."""
    venue = _zone(venue_zone)
    a = start.replace(tzinfo=venue).astimezone(_zone(zone))
    b = end.replace(tzinfo=venue).astimezone(_zone(zone))
    return ZonedSpan(zone, a, b, abbreviation(zone, a), (a.date() - day).days)


def zones_for(venue_zone: str, display: list[str]) -> list[str]:
    """The zones a programme shows: the venue's first unless the user placed it elsewhere."""
    zones = [z for z in display if z]
    if venue_zone not in zones:
        zones.insert(0, venue_zone)
    seen: list[str] = []
    for z in zones:
        if z not in seen:
            seen.append(z)
    return seen


def offset_changes(zone: str, first: date, last: date) -> list[tuple[date, timedelta, timedelta]]:
    """Days between ``first`` and ``last`` on which ``zone``'s UTC offset changes."""
    changes = []
    noon = time(12)
    prev = utc_offset(datetime.combine(first, noon, tzinfo=_zone(zone)))
    day = first + timedelta(days=1)
    while day <= last:
        off = utc_offset(datetime.combine(day, noon, tzinfo=_zone(zone)))
        if off != prev:
            changes.append((day, prev, off))
        prev = off
        day += timedelta(days=1)
    return changes
