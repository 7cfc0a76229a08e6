"""What a session needs to happen as announced: for now, the link for online guests."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import QUIET_KINDS
from .base import Context, Finding

FORMAT_WORDS = {"hybrid": "hybrid", "online": "online"}


def online_links(ctx: Context) -> Iterator[Finding]:
    """In a hybrid or online event, each session needs a link: its own or the event's."""
    event = ctx.data.event
    word = FORMAT_WORDS.get(event.format)
    if word is None or event.online_url.strip():
        return
    for s in ctx.sessions:
        if s.kind in QUIET_KINDS or s.online_url.strip():
            continue
        yield Finding(
            "warning",
            "online_link_missing",
            f"The event is {word}, but {ctx.when(s)} {ctx.on_day(s)} has no online link "
            "and the event has none either.",
            "session",
            s.id,
        )
