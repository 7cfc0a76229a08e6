"""Names as badges print them: every character drawable, every name big enough to read.

Whether a name fits is the badge renderer's business (``organiser.badges.fit``); this
module only asks it, so the check and the printed badge can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..badges import layouts
from ..model import Person
from ..pdf import fonts
from .base import Context, Finding

#: People with these statuses get no badge, so their names are not checked.
NO_BADGE = ("declined", "cancelled")


@lru_cache(maxsize=16384)
def _missing(text: str) -> tuple[str, ...]:
    # Names are printed bold on badges and regular in lists: both must draw them.
    found = fonts.missing_glyphs(text, fonts.REGULAR)
    found += [c for c in fonts.missing_glyphs(text, fonts.BOLD) if c not in found]
    return tuple(found)


def _quoted(ctx: Context, chars: tuple[str, ...]) -> str:
    if ctx.lang == "fr":
        return ctx.listing([f"«\u202f{c}\u202f» (U+{ord(c):04X})" for c in chars])
    return ctx.listing([f"“{c}” (U+{ord(c):04X})" for c in chars])


def missing_characters(ctx: Context) -> Iterator[Finding]:
    for person in ctx.data.people:
        if person.status in NO_BADGE:
            continue
        chars = _missing(person.full_name)
        if chars:
            yield Finding(
                "error",
                "name_glyph_missing",
                ctx.say(
                    "name_glyphs",
                    name=ctx.name(person),
                    what=ctx.say("a_character" if len(chars) == 1 else "characters"),
                    chars=_quoted(ctx, chars),
                ),
                "person",
                person.id,
            )
        bad: list[str] = []
        for a in person.affiliations:
            for c in _missing(a.position + " " + a.organisation):
                if c not in bad:
                    bad.append(c)
        if bad:
            yield Finding(
                "warning",
                "affiliation_glyph_missing",
                ctx.say(
                    "affiliation_glyphs",
                    name=ctx.name(person),
                    what=ctx.say("a_character" if len(bad) == 1 else "characters"),
                    chars=_quoted(ctx, tuple(bad)),
                ),
                "person",
                person.id,
            )


#: Whether a name fits, by what the badge prints of it and the layout: the checks run on
#: every edit, and measuring 2,000 names each time would take most of their 100 ms.
_FITS: dict[tuple[str, ...], bool] = {}


def _fits(person: Person, layout: layouts.Layout) -> bool:
    aff = person.affiliations[0] if person.affiliations else None
    key = (
        layout.name,
        person.honorific,
        person.name,
        person.family_name,
        aff.position if aff else "",
        aff.organisation if aff else "",
    )
    hit = _FITS.get(key)
    if hit is None:
        from ..badges.content import name_fits  # the badge renderer: not for an export's log

        if len(_FITS) > 50_000:
            _FITS.clear()
        hit = _FITS[key] = bool(name_fits(person, layout))
    return hit


def names_fit_badge(ctx: Context) -> Iterator[Finding]:
    name = ctx.options.badge_layout or ctx.data.settings.get("badge_layout") or layouts.DEFAULT
    try:
        layout = layouts.find(str(name))
    except (KeyError, ValueError):
        layout = layouts.find(layouts.DEFAULT)
    for person in ctx.data.people:
        if person.status in NO_BADGE or not person.name:
            continue
        if not _fits(person, layout):
            yield Finding(
                "warning",
                "name_too_long_for_badge",
                ctx.say("name_too_long", name=ctx.name(person), layout=layout.name),
                "person",
                person.id,
            )
