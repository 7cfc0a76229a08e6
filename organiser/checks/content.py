"""What the programme says about a session: its title and its guiding questions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache

from ..services.text import fold
from .base import Context, Finding

#: Kinds whose heading is meaningless without a title ("Workshop 3" alone says nothing).
NEEDS_TITLE = ("workshop", "panel", "plenary", "other")

_SENTENCE_END = re.compile(r"(?<=[.?!…])\s+")
_NOT_WORD = re.compile(r"[\W_]+")


def sessions_without_title(ctx: Context) -> Iterator[Finding]:
    for s in ctx.sessions:
        if s.kind in NEEDS_TITLE and not s.title.strip():
            yield Finding(
                "warning",
                "session_without_title",
                ctx.say("no_title", when=ctx.when(s), on_day=ctx.on_day(s)),
                "session",
                s.id,
            )


@lru_cache(maxsize=8192)
def sentences(question: str) -> tuple[tuple[str, str], ...]:
    """(normalised, as written) for each sentence: case, accents, punctuation and spacing
    do not make two sentences different. Cached: questions rarely change between runs."""
    found = []
    for part in _SENTENCE_END.split(question.strip()):
        norm = " ".join(_NOT_WORD.sub(" ", fold(part)).split())
        if norm:
            found.append((norm, part.strip()))
    return tuple(found)


@lru_cache(maxsize=65536)
def _same(a: str, b: str, ratio: float) -> bool:
    if a == b:
        return True
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < ratio:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False)
    return m.quick_ratio() >= ratio and m.ratio() >= ratio


def repeated_questions(ctx: Context) -> Iterator[Finding]:
    """The same guiding question asked twice, even reworded slightly or inside a longer one."""
    ratio = ctx.options.duplicate_ratio
    least = ctx.options.min_question_words
    for s in ctx.sessions:
        if len(s.guiding_questions) < 2:
            continue
        split = [
            [(n, raw) for n, raw in sentences(q) if n.count(" ") + 1 >= least]
            for q in s.guiding_questions
        ]
        for j in range(1, len(split)):
            for i in range(j):
                repeats = [
                    raw_j
                    for n_j, raw_j in split[j]
                    if any(_same(n_i, n_j, ratio) for n_i, _ in split[i])
                ]
                if not repeats:
                    continue
                more = len(repeats) - 1
                extra = ""
                if more == 1:
                    extra = ctx.say("one_more")
                elif more > 1:
                    extra = ctx.say("more", n=more)
                yield Finding(
                    "warning",
                    "guiding_question_repeated",
                    ctx.say(
                        "question_repeated",
                        when=ctx.when(s),
                        on_day=ctx.on_day(s),
                        j=j + 1,
                        i=i + 1,
                        text=repeats[0],
                        extra=extra,
                    ),
                    "session",
                    s.id,
                )
                break  # one finding per repeating question is enough


def sessions_without_french(ctx: Context) -> Iterator[Finding]:
    """An event that prints in both languages (``Event.print_bilingual``) and a session
    whose text has no French version: the French programme would print the English."""
    if not ctx.data.event.print_bilingual:
        return
    for s in ctx.sessions:
        missing = [
            ctx.say(word)
            for word, english, french in (
                ("title", s.title, s.title_fr),
                ("summary", s.summary, s.summary_fr),
                ("problem", s.problem_statement, s.problem_statement_fr),
            )
            if english.strip() and not french.strip()
        ]
        french = s.guiding_questions_fr
        if any(
            q.strip() and not (i < len(french) and french[i].strip())
            for i, q in enumerate(s.guiding_questions)
        ):
            missing.append(ctx.say("questions"))
        if missing:
            yield Finding(
                "info",
                "session_without_french",
                ctx.say(
                    "no_french", when=ctx.when(s), on_day=ctx.on_day(s), parts=", ".join(missing)
                ),
                "session",
                s.id,
            )
