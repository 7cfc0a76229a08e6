"""People in sessions: who leads, who is missing, who is not yet confirmed."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Finding, listing, person_name

#: Kinds that mean nothing without someone speaking (breaks, meals and "other" do not).
NEEDS_ROLE = ("opening", "keynote", "workshop", "panel", "closing")
#: Kinds that need someone leading the discussion, and the roles that count as leading.
NEEDS_LEAD = {"workshop": "facilitator", "panel": "moderator"}
LEAD_ROLES = ("facilitator", "moderator", "chair")
UNAVAILABLE = {"declined": "has declined", "cancelled": "has cancelled"}


def _role_label(ctx: Context, key: str) -> str:
    return ctx.data.role_type(key).label.lower()


def sessions_without_people(ctx: Context) -> Iterator[Finding]:
    for s in ctx.sessions:
        if s.kind in NEEDS_ROLE and not s.roles:
            yield Finding(
                "warning",
                "session_without_people",
                f"{ctx.when(s)} {ctx.on_day(s)} has nobody assigned to it yet.",
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
                f"{ctx.when(s)} {ctx.on_day(s)} has no {lead} or chair.",
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
            labels = [_role_label(ctx, k) for k in roles]
            if len(set(labels)) == 1:
                how = f"as {labels[0]} {len(labels)} times"
            else:
                how = "as " + listing(labels)
            yield Finding(
                "warning",
                "person_twice_in_session",
                f"{person_name(person)} is listed more than once in {ctx.when(s)} "
                f"{ctx.on_day(s)}: {how}.",
                "session",
                s.id,
                (("person", person_id),),
            )


def unconfirmed_roles(ctx: Context) -> Iterator[Finding]:
    """A role still to be confirmed, or held by someone who has said no."""
    for s in ctx.sessions:
        for r in s.roles:
            person = ctx.people.get(r.person_id)
            if person is None:
                continue
            role = _role_label(ctx, r.role)
            gone = UNAVAILABLE.get(person.status)
            if gone:
                yield Finding(
                    "error",
                    "role_person_unavailable",
                    f"{person_name(person)} {gone} but is still listed as {role} in "
                    f"{ctx.when(s)} {ctx.on_day(s)}.",
                    "session",
                    s.id,
                    (("person", r.person_id),),
                )
            elif not r.confirmed:
                yield Finding(
                    "warning",
                    "role_unconfirmed",
                    f"{person_name(person)} is still to be confirmed as {role} in "
                    f"{ctx.when(s)} {ctx.on_day(s)}.",
                    "session",
                    s.id,
                    (("person", r.person_id),),
                )
            elif person.status == "invited":
                yield Finding(
                    "warning",
                    "role_unconfirmed",
                    f"{person_name(person)} has not yet accepted the invitation but is listed "
                    f"as {role} in {ctx.when(s)} {ctx.on_day(s)}.",
                    "session",
                    s.id,
                    (("person", r.person_id),),
                )
