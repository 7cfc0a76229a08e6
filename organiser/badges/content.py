"""What a badge shows: each person's text cleaned and reduced to what the fonts can draw,
the band's colour and label, the QR code's data, and the words for what did not fit.

Text is cleaned (``services.text.clean``) and characters the font lacks are dropped from
what is printed and listed in the warnings first, so the caller can show them before the
user prints. Personal data (email, phone, needs) appears only inside a vCard QR code and
only for the fields the user ticked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from segno import helpers as segno_helpers

from ..model import EventData, Person
from ..pdf import fonts
from ..services.text import clean
from . import QR_CHOICES, VCARD_FIELDS
from . import fit as fitmod
from .arrange import Plan, geometry, plan
from .layouts import MM, Layout

CATEGORY_LABELS = {
    "speaker": "Speaker",
    "participant": "Participant",
    "staff": "Staff",
    "press": "Press",
    "vip": "VIP",
    "organiser": "Organiser",
}


DEFAULT_COLOURS = {
    "speaker": "#B03A2E",
    "participant": "#1F4E79",
    "staff": "#2E7D32",
    "press": "#6A1B9A",
    "vip": "#8D6E00",
    "organiser": "#D35400",
}


FALLBACK_COLOUR = "#455A64"


_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


#: Courtesy titles, left off badges by default (academic and diplomatic titles stay).
COURTESY = frozenset(
    [
        "mr",
        "ms",
        "mrs",
        "miss",
        "mx",
        "m",
        "mme",
        "mlle",
        "herr",
        "frau",
        "sr",
        "sra",
        "srta",
        "dna",
        "sig",
        "sigra",
    ]
)


@dataclass
class BadgeOptions:
    qr: str = "id"  # id | vcard | none
    vcard_fields: frozenset[str] = frozenset()
    start: int = 1  # first label used on the first sheet (1-based)
    skip_slots: frozenset[int] = frozenset()  # slots of the first sheet already used
    outline: bool = False
    duplex: bool = False
    band: str = "category"  # category | role
    show_event: bool = True
    logo: str | None = None  # a PNG path; None means the event's setting 'badge_logo'
    calibrate: bool = True
    honorific: str = "titles"  # titles (Dr., Prof., H.E.; not Mr./Ms.) | all | none


@dataclass
class Badge:
    """What one badge shows, cleaned and reduced to what the font can draw."""

    person_id: int | None
    uid: str
    name: str  # as the person wants it printed, without honorific (table tents)
    family: str
    honorific: str
    position: str
    organisation: str
    band: str
    colour: tuple[float, float, float]
    qr_data: str | None
    display: str = ""  # the hero line: a title and the name ("H.E. Amina Haddad")
    #: what of this person's text cannot be printed ("has no font for 🙂"), for the user
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.display = self.display or self.name


Rect = tuple[float, float, float, float]


@dataclass
class RenderResult:
    pages: int = 0
    badges: int = 0
    warnings: list[str] = field(default_factory=list)
    slots: list[tuple[int, int]] = field(default_factory=list)  # (sheet, slot) per badge
    # per badge face drawn: (page index, label rect, QR rect or None), rects (x, y, w, h) pt
    boxes: list[tuple[int, Rect, Rect | None]] = field(default_factory=list)
    last_page_slots: list[int] = field(default_factory=list)  # slots used on the last sheet
    #: one line per badge whose text could not all be printed ("Name: why"); the command
    #: line exits 1 and the window lists them when there is any
    incomplete: list[str] = field(default_factory=list)


def colour_of(value: object, default: str = FALLBACK_COLOUR) -> tuple[float, float, float]:
    m = _HEX.match(str(value or "").strip())
    if not m:
        m = _HEX.match(default)
        assert m is not None, f"the default colour {default!r} is not #RRGGBB"
    h = m.group(1)
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


def badge_colours(data: EventData) -> dict[str, str]:
    colours = dict(DEFAULT_COLOURS)
    custom = data.settings.get("badge_colours")
    if isinstance(custom, dict):
        colours.update({str(k): str(v) for k, v in custom.items() if _HEX.match(str(v))})
    return colours


def printable(text: str, font: str, warn: list[str], who: str) -> str:
    text = clean(text)
    missing = fonts.missing_glyphs(text, font)
    if missing:
        chars = " ".join(missing)
        warn.append(
            f"{who}: no bundled font has {chars}; printed without {'it' if len(missing) == 1 else 'them'}"
        )
        drop = set(missing)
        text = " ".join("".join(ch for ch in text if ch not in drop).split())
    return " ".join(text.split())


def _short(text: str, limit: int = 60) -> str:
    """A name as a message quotes it: a 5,000-letter name must not flood the warnings."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def vcard(person: Person, fields: Iterable[str]) -> str:
    """A vCard 3.0 with the name always, and only the ticked fields besides it."""
    fields = set(fields)
    unknown = fields - set(VCARD_FIELDS)
    if unknown:
        raise ValueError(
            f"a vCard can carry {', '.join(VCARD_FIELDS)}; not {', '.join(sorted(unknown))}"
        )
    org = person.affiliations[0].organisation if person.affiliations else ""
    return segno_helpers.make_vcard_data(
        name=f"{clean(person.family_name)};{clean(person.given_name)}",
        displayname=clean(person.name) or clean(person.family_name) or person.uid,
        email=clean(person.email) or None if "email" in fields else None,
        phone=clean(person.phone) or None if "phone" in fields else None,
        org=clean(org) or None if "organisation" in fields else None,
    )


def prepare(
    data: EventData, people: Iterable[Person], options: BadgeOptions
) -> tuple[list[Badge], list[str]]:
    """Badges for ``people`` and the warnings to show before printing."""
    if options.qr not in QR_CHOICES:
        raise ValueError(f"--qr must be one of {', '.join(QR_CHOICES)}")
    if options.honorific not in ("titles", "all", "none"):
        raise ValueError("honorific must be titles, all or none")
    if options.band not in ("category", "role"):
        raise ValueError("the band shows the category or the role")
    colours = badge_colours(data)
    role_of: dict[int, str] = {}
    if options.band == "role":
        for s in data.sessions:
            for r in s.roles:
                role_of.setdefault(r.person_id, r.role)
    badges, warn = [], []
    for p in people:
        who = _short(clean(p.name)) or p.uid
        mine: list[str] = []
        name = printable(p.name, fonts.BOLD, mine, who)
        if not name and clean(p.name):
            mine.append(f"{who}: nothing of the name can be printed; the badge has a blank line")
        aff = p.affiliations[0] if p.affiliations else None
        position = printable(aff.position, fonts.REGULAR, mine, f"{who}, position") if aff else ""
        organisation = (
            printable(aff.organisation, fonts.REGULAR, mine, f"{who}, organisation") if aff else ""
        )
        key = p.category
        label = CATEGORY_LABELS.get(p.category, p.category.replace("_", " ").title())
        if options.band == "role" and p.id in role_of:
            key = role_of[p.id]
            label = data.role_type(key).label
            colour = colours.get(key) or colours.get(p.category, FALLBACK_COLOUR)
        else:
            colour = colours.get(key, FALLBACK_COLOUR)
        qr_data = None
        if options.qr == "id":
            qr_data = p.uid
        elif options.qr == "vcard":
            qr_data = vcard(p, options.vcard_fields)
        family = printable(p.family_name, fonts.BOLD, [], who)
        honorific = printable(p.honorific, fonts.BOLD, mine, f"{who}, honorific")
        warn.extend(mine)
        shown = honorific if _show_honorific(honorific, options.honorific) else ""
        badges.append(
            Badge(
                p.id,
                p.uid,
                name,
                family,
                honorific,
                position,
                organisation,
                printable(label, fonts.BOLD, warn, "band").upper(),
                colour_of(colour),
                qr_data,
                " ".join(x for x in (shown, name) if x),
                mine,
            )
        )
    return badges, warn


def _show_honorific(honorific: str, mode: str) -> bool:
    if not honorific or mode == "none":
        return False
    if mode == "all":
        return True
    return honorific.replace(".", "").strip().casefold() not in COURTESY


def badge_title(data: EventData) -> str:
    """The title a badge's header shows: the event's short title where it has one."""
    return data.event.short_title.strip() or data.event.title


def event_dates(data: EventData) -> str:
    """'2–4 November 2021', '30 November – 2 December 2021', or '' without days."""
    if not data.days:
        return ""
    first = min(d.date for d in data.days)
    last = max(d.date for d in data.days)
    return date_range(first, last)


def date_range(a: date, b: date) -> str:
    if a == b:
        return f"{a.day} {a:%B %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%B %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%B} – {b.day} {b:%B %Y}"
    return f"{a.day} {a:%B %Y} – {b.day} {b:%B %Y}"


def name_fits(person: Person, layout: Layout, *, qr: bool = True) -> fitmod.NameFit:
    """How the person's name fits this layout's badge: ``.fits`` is False when it would
    need to shrink below the layout's minimum size or be shortened with "…"."""
    w, h = badge_size(layout)
    g = geometry(w, h, layout.radius * MM, qr="id" if qr else "", header=True)
    honorific = clean(person.honorific)
    name = printable(
        f"{honorific} {person.name}" if _show_honorific(honorific, "titles") else person.name,
        fonts.BOLD,
        [],
        "",
    )
    aff = person.affiliations[0] if person.affiliations else None
    return plan(
        g,
        name,
        clean(person.family_name),
        clean(aff.position) if aff else "",
        clean(aff.organisation) if aff else "",
        qr,
    ).name


def fit_problems(b: Badge, p: Plan, layout: str) -> list[str]:
    """What of the badge's text did not fit whole, worded for the user."""
    who = _short(b.name) or b.uid
    out = []
    if p.name.elided:
        out.append(f"{who}: too long for {layout}; shortened to “{' '.join(p.name.lines)}”")
    elif p.name.below_min:
        out.append(f"{who}: too long for {layout}; printed very small")
    if not p.aff.whole:
        out.append(f"{who}: organisation too long for {layout}; shortened")
    return out


def badge_size(layout: Layout) -> tuple[float, float]:
    w, h = layout.label_w * MM, layout.label_h * MM
    if layout.kind in ("foldover", "tent"):
        h /= 2
    return w, h


def incomplete_line(b: Badge, p: Plan, layout: str) -> str:
    """'Name (UID): why', for a badge printed without some of its text."""
    reasons = [m.split(": ", 1)[-1] for m in (*b.problems, *fit_problems(b, p, layout))]
    return f"{_short(b.name) or '(no name)'} ({b.uid}): {'; '.join(reasons)}"
