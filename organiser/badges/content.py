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

from .. import addressing, i18n
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
#: the band in French, agreeing with the person: (masculine or unknown, feminine)
FRENCH_CATEGORY_LABELS = {
    "speaker": ("Intervenant", "Intervenante"),
    "participant": ("Participant", "Participante"),
    "staff": ("Équipe", "Équipe"),
    "press": ("Presse", "Presse"),
    "vip": ("VIP", "VIP"),
    "organiser": ("Organisateur", "Organisatrice"),
}


def category_label(person: Person, lang: str) -> str:
    """The band's word for the person's category: 'Speaker', 'Intervenante'."""
    key = person.category
    if lang == "fr" and key in FRENCH_CATEGORY_LABELS:
        masculine, feminine = FRENCH_CATEGORY_LABELS[key]
        return feminine if addressing.gender(person) == addressing.FEMININE else masculine
    return CATEGORY_LABELS.get(key, key.replace("_", " ").title())


DEFAULT_COLOURS = {
    "speaker": "#B03A2E",
    "participant": "#1F4E79",
    "staff": "#2E7D32",
    "press": "#6A1B9A",
    "vip": "#8D6E00",
    "organiser": "#D35400",
}


FALLBACK_COLOUR = "#455A64"

#: what the badges tell the user before and after printing (in the messages' language)
SAY = i18n.Words(
    en={
        "no_font": "{who}: no bundled font has {chars}; printed without it",
        "no_font_many": "{who}: no bundled font has {chars}; printed without them",
        "position": "{who}, position",
        "organisation": "{who}, organisation",
        "honorific": "{who}, honorific",
        "band": "band",
        "blank": "{who}: nothing of the name can be printed; the badge has a blank line",
        "shortened": "{who}: too long for {layout}; shortened to “{shown}”",
        "very_small": "{who}: too long for {layout}; printed very small",
        "organisation_cut": "{who}: organisation too long for {layout}; shortened",
        "no_name": "(no name)",
    },
    fr={
        "no_font": "{who} : aucune police fournie n’a {chars} ; imprimé sans ce caractère",
        "no_font_many": "{who} : aucune police fournie n’a {chars} ; imprimé sans ces caractères",
        "position": "{who}, fonction",
        "organisation": "{who}, organisation",
        "honorific": "{who}, titre",
        "band": "bandeau",
        "blank": "{who} : rien du nom ne peut être imprimé ; le badge a une ligne vide",
        "shortened": "{who} : trop long pour {layout} ; raccourci en « {shown} »",
        "very_small": "{who} : trop long pour {layout} ; imprimé en très petit",
        "organisation_cut": "{who} : organisation trop longue pour {layout} ; raccourcie",
        "no_name": "(sans nom)",
    },
)


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
    lang: str = "en"  # the band's words, honorifics and the event's dates


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
            SAY.say("no_font" if len(missing) == 1 else "no_font_many", who=who, chars=chars)
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
    from segno import helpers as segno_helpers  # segno's writers load urllib: badges only

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
            mine.append(SAY.say("blank", who=who))
        aff = p.affiliations[0] if p.affiliations else None
        position = (
            printable(aff.position, fonts.REGULAR, mine, SAY.say("position", who=who))
            if aff
            else ""
        )
        organisation = (
            printable(aff.organisation, fonts.REGULAR, mine, SAY.say("organisation", who=who))
            if aff
            else ""
        )
        key = p.category
        label = category_label(p, options.lang)
        if options.band == "role" and p.id in role_of:
            key = role_of[p.id]
            label = addressing.person_role(data.role_type(key), p, options.lang)
            colour = colours.get(key) or colours.get(p.category, FALLBACK_COLOUR)
        else:
            colour = colours.get(key, FALLBACK_COLOUR)
        qr_data = None
        if options.qr == "id":
            qr_data = p.uid
        elif options.qr == "vcard":
            qr_data = vcard(p, options.vcard_fields)
        family = printable(p.family_name, fonts.BOLD, [], who)
        typed = printable(p.honorific, fonts.BOLD, mine, SAY.say("honorific", who=who))
        warn.extend(mine)
        honorific = addressing.honorific(typed, options.lang)
        shown = honorific if _show_honorific(typed, options.honorific) else ""
        badges.append(
            Badge(
                p.id,
                p.uid,
                name,
                family,
                honorific,
                position,
                organisation,
                printable(label, fonts.BOLD, warn, SAY.say("band")).upper(),
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


def event_dates(data: EventData, lang: str = "en") -> str:
    """'2–4 November 2021', '30 November – 2 December 2021', or '' without days."""
    if not data.days:
        return ""
    first = min(d.date for d in data.days)
    last = max(d.date for d in data.days)
    return i18n.date_range(first, last, lang)


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
        shown = " ".join(p.name.lines)
        out.append(SAY.say("shortened", who=who, layout=layout, shown=shown))
    elif p.name.below_min:
        out.append(SAY.say("very_small", who=who, layout=layout))
    if not p.aff.whole:
        out.append(SAY.say("organisation_cut", who=who, layout=layout))
    return out


def badge_size(layout: Layout) -> tuple[float, float]:
    w, h = layout.label_w * MM, layout.label_h * MM
    if layout.kind in ("foldover", "tent"):
        h /= 2
    return w, h


def incomplete_line(b: Badge, p: Plan, layout: str) -> str:
    """'Name (UID): why', for a badge printed without some of its text."""
    reasons = [m.split(": ", 1)[-1] for m in (*b.problems, *fit_problems(b, p, layout))]
    who = f"{_short(b.name) or SAY.say('no_name')} ({b.uid})"
    return i18n.typeset(f"{who}: {'; '.join(reasons)}", i18n.messages_language())
