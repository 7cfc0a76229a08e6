"""People in sessions: who leads, who is missing, who is not yet confirmed."""

from __future__ import annotations

from collections.abc import Iterator

from .. import addressing
from ..model import Person, Role, Session
from .base import Context, Finding

#: Kinds that mean nothing without someone speaking (breaks, meals and "other" do not).
NEEDS_ROLE = ("opening", "keynote", "workshop", "panel", "closing")
#: Kinds that need someone leading the discussion, and the roles that count as leading.
NEEDS_LEAD = {"workshop": "no_facilitator", "panel": "no_moderator"}
LEAD_ROLES = ("facilitator", "moderator", "chair")
UNAVAILABLE = ("declined", "cancelled")


def _role_label(ctx: Context, key: str, person_id: int) -> str:
    """'facilitator', 'animatrice': the role as a sentence names this person in it."""
    person = ctx.people.get(person_id)
    genders = [addressing.gender(person)] if person is not None else [""]
    return addressing.role_name(ctx.data.role_type(key), ctx.lang, genders).lower()


def sessions_without_people(ctx: Context) -> Iterator[Finding]:
    for s in ctx.sessions:
        if s.kind in NEEDS_ROLE and not s.roles:
            yield Finding(
                "warning",
                "session_without_people",
                ctx.say("nobody", when=ctx.when(s), on_day=ctx.on_day(s)),
                "session",
                s.id,
            )


def sessions_without_lead(ctx: Context) -> Iterator[Finding]:
    for s in ctx.sessions:
        lead = NEEDS_LEAD.get(s.kind)
        if lead and s.roles and not any(r.role in LEAD_ROLES for r in s.roles):
            yield Finding(
                "warning",
                "session_without_lead",
                ctx.say(lead, when=ctx.when(s), on_day=ctx.on_day(s)),
                "session",
                s.id,
            )


def person_twice_in_session(ctx: Context) -> Iterator[Finding]:
    for s in ctx.sessions:
        if len(s.roles) < 2:
            continue
        held: dict[int, list[str]] = {}
        for r in s.roles:
            held.setdefault(r.person_id, []).append(r.role)
        for person_id, roles in held.items():
            if len(roles) < 2:
                continue
            person = ctx.people.get(person_id)
            if person is None:
                continue
            labels = [_role_label(ctx, k, person_id) for k in roles]
            if len(set(labels)) == 1:
                how = ctx.say("times", role=labels[0], n=len(labels))
            else:
                how = ctx.say("as_roles", roles=ctx.listing(labels))
            yield Finding(
                "warning",
                "person_twice_in_session",
                ctx.say(
                    "twice", name=ctx.name(person), when=ctx.when(s), on_day=ctx.on_day(s), how=how
                ),
                "session",
                s.id,
                (("person", person_id),),
            )


def _say(ctx: Context, key: str, s: Session, r: Role, person: Person, **more: str) -> str:
    """A sentence about ``person`` in their role ``r`` of session ``s``."""
    role = _role_label(ctx, r.role, r.person_id)
    return ctx.say(
        key, name=ctx.name(person), role=role, when=ctx.when(s), on_day=ctx.on_day(s), **more
    )


def unconfirmed_roles(ctx: Context) -> Iterator[Finding]:
    """A role still to be confirmed, or held by someone who has said no."""
    for s in ctx.sessions:
        for r in s.roles:
            person = ctx.people.get(r.person_id)
            if person is None:
                continue
            if person.status in UNAVAILABLE:
                yield Finding(
                    "error",
                    "role_person_unavailable",
                    _say(ctx, "unavailable", s, r, person, gone=ctx.say(person.status)),
                    "session",
                    s.id,
                    (("person", r.person_id),),
                )
            elif not r.confirmed:
                yield Finding(
                    "warning",
                    "role_unconfirmed",
                    _say(ctx, "unconfirmed", s, r, person),
                    "session",
                    s.id,
                    (("person", r.person_id),),
                )
            elif person.status == "invited":
                yield Finding(
                    "warning",
                    "role_unconfirmed",
                    _say(ctx, "not_accepted", s, r, person),
                    "session",
                    s.id,
                    (("person", r.person_id),),
                )


def address_unknown(ctx: Context) -> Iterator[Finding]:
    """Someone French documents cannot address properly: the event prints in French, the
    person holds a role whose French name agrees with them, and neither their form of
    address nor their honorific (Dr., Prof.) says Madame or Monsieur."""
    event = ctx.data.event
    if event.print_language != "fr" and not event.print_bilingual:
        return
    for person_id, sessions in ctx.by_person.items():
        person = ctx.people.get(person_id)
        if person is None or not addressing.gender_unknown(person):
            continue
        keys = [r.role for s in sessions for r in s.roles if r.person_id == person_id]
        for key in dict.fromkeys(keys):
            role = ctx.data.role_type(key)
            masculine = addressing.role_name(role, "fr", [addressing.MASCULINE])
            if masculine != addressing.role_name(role, "fr", [addressing.FEMININE]):
                yield Finding(
                    "info",
                    "form_of_address_unknown",
                    ctx.say(
                        "address_unknown",
                        name=ctx.name(person),
                        honorific=person.honorific.strip() or "—",
                        label=masculine,
                    ),
                    "person",
                    person_id,
                )
                break
