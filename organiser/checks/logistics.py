"""What a session needs to happen as announced: for now, the link for online guests."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import QUIET_KINDS
from .base import Context, Finding

FORMATS = ("hybrid", "online")


def online_links(ctx: Context) -> Iterator[Finding]:
    """In a hybrid or online event, each session needs a link: its own or the event's."""
    event = ctx.data.event
    if event.format not in FORMATS or event.online_url.strip():
        return
    for s in ctx.sessions:
        if s.kind in QUIET_KINDS or s.online_url.strip():
            continue
        yield Finding(
            "warning",
            "online_link_missing",
            ctx.say(
                "no_link",
                format=ctx.say(event.format),
                when=ctx.when(s),
                on_day=ctx.on_day(s),
            ),
            "session",
            s.id,
        )
