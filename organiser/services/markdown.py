"""Session and event texts as Markdown, the way frab and pretalx write them.

One parser (markdown-it-py, CommonMark with tables and strikethrough) serves every
renderer: the PDFs (``pdf.markdown``: reportlab paragraph markup) and the window
(:func:`to_html`, Qt rich text). Raw HTML in the text is not HTML here: it is shown as
the characters typed, so hostile text cannot reach either renderer's markup. A single
line break is kept as a line break (pretalx prints it so, and plain text typed into the
app keeps its lines); a blank line starts a new paragraph.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: schemes a link may keep as a link; anything else (javascript:, data:) is only text
SAFE_SCHEMES = ("http://", "https://", "mailto:")


@cache
def parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # loaded only when some text has Markdown in it

    md = MarkdownIt("commonmark", {"breaks": True, "html": False, "linkify": False})
    return md.enable(["table", "strikethrough"])


#: runs of two or more asterisks left over after parsing: "**Workshop lead: **" (the
#: closing run after a space is not a delimiter) or "*** Special guest ***"
_STRAY = re.compile(r"\*{2,}")


def parse(text: str) -> list[Token]:
    """The block tokens of ``text`` (inline tokens carry their ``children``).

    Emphasis that CommonMark cannot match is written literally; real schedules have it
    ("**Dieser Workshop wird geleitet von: **"), and no reader wants the asterisks, so
    runs of two or more left in the text are dropped (a single one stays: "Hacker*innen").
    """
    tokens = parser().parse(text or "")
    for token in tokens:
        for child in token.children or ():
            if child.type == "text" and "**" in child.content:
                child.content = _STRAY.sub("", child.content)
    return tokens


#: characters that may be Markdown wherever they stand (an entity is `&name;`)
_INLINE = re.compile(r"[\\`*_\[\]<|~]|&[#0-9A-Za-z]+;")
#: the start of a line that may open a block: a heading, quote, list, rule, underline or
#: code indented by four spaces
_BLOCK = re.compile(r"^(?: {0,3}(?:[#>=+-]|\d{1,9}[.)](?: |$))| {4})", re.MULTILINE)


def plain_paragraphs(text: str) -> list[list[str]] | None:
    """The paragraphs of ``text``, each as its lines, when nothing in it is Markdown: then
    CommonMark reads it as just that (paragraphs parted by blank lines, each line's outer
    spaces dropped), and a document of plain texts never loads the parser. None when
    ``text`` may hold Markdown, or a character other than a space or a newline that
    CommonMark treats as white space (a tab, a no-break space): :func:`parse` reads it."""
    if _INLINE.search(text) or _BLOCK.search(text):
        return None
    if not all(c.isprintable() or c == "\n" for c in text):
        return None
    paragraphs: list[list[str]] = [[]]
    for line in text.split("\n"):
        line = line.strip(" ")
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def short_url(url: str) -> str:
    """'https://events.ccc.de/congress/' -> 'events.ccc.de/congress': what a reader types."""
    for prefix in ("https://", "http://", "mailto:"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
            break
    return url.rstrip("/")


def safe_href(url: str) -> str:
    """The link target when it is a web or mail address, else '' (printed as text only)."""
    url = url.strip()
    return url if url.lower().startswith(SAFE_SCHEMES) else ""


def to_html(text: str) -> str:
    """Qt rich text for the window: the same structure the PDF prints.

    markdown-it escapes every character of the source that is not Markdown, and raw HTML
    is off, so the result holds only the tags it writes itself. Links that are not web
    or mail addresses lose their target.
    """
    md = parser()
    tokens = parse(text)
    for token in tokens:
        for child in token.children or ():
            if child.type == "link_open" and not safe_href(str(child.attrGet("href") or "")):
                child.attrSet("href", "")
    return md.renderer.render(tokens, md.options, {})


def to_plain(text: str) -> str:
    """The words without the Markdown: for one-line places (a check message, a grid box)."""
    out: list[str] = []
    for token in parse(text):
        if token.type == "inline":
            out.append("".join(_plain_inline(token.children or [])))
        elif token.type in ("code_block", "fence"):
            out.append(token.content.strip())
    return "\n".join(x for x in out if x)


def _plain_inline(children: list[Token]) -> list[str]:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return parts


__all__ = ["parse", "parser", "plain_paragraphs", "safe_href", "short_url", "to_html", "to_plain"]
