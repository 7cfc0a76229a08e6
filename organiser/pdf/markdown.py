"""Markdown text as reportlab paragraphs: what frab and pretalx descriptions look like on paper.

Paragraphs stay paragraphs, *emphasis* and **strong** print as such, lists are indented
with their bullets or numbers, a heading prints as a bold run-in at the start of the
paragraph it heads (a page of "# BACKSTORY" in 15 pt would drown the text), a link prints
its text with the address in small type after it, and a single line break stays a line
break. Every character of the text itself is escaped: the markup in the paragraphs is
only what this module writes, so no text can break a page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle

from ..services.markdown import parse, plain_paragraphs, safe_href, short_url
from .base import MUTED, esc
from .paragraph import Paragraph

if TYPE_CHECKING:
    from markdown_it.token import Token

#: the address after a link's text, smaller and quieter than the text
URL_FONT = f"<font size='{{size}}' color='{MUTED.hexval()}'>"
#: indent per level of list nesting, in points
INDENT = 11


@dataclass(frozen=True)
class Block:
    """One paragraph to print: its inline markup and what kind of paragraph it is."""

    kind: str  # para, item, quote, code
    markup: str
    depth: int = 0  # list nesting, 0 outside any list
    bullet: str | None = None  # "•" or "3." on an item's first paragraph


def inline(children: Iterable[Token], size: float = 7) -> str:
    """reportlab inline markup of one inline token's children."""
    out: list[str] = []
    link_text: list[int] = []  # where each open link's text starts in ``out``
    hrefs: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(esc(child.content))
        elif kind in ("softbreak", "hardbreak"):
            out.append("<br/>")
        elif kind in ("em_open", "em_close"):
            out.append("<i>" if kind == "em_open" else "</i>")
        elif kind in ("strong_open", "strong_close"):
            out.append("<b>" if kind == "strong_open" else "</b>")
        elif kind in ("s_open", "s_close"):
            out.append("<strike>" if kind == "s_open" else "</strike>")
        elif kind == "image":
            out.append(esc(child.content))
        elif kind == "link_open":
            link_text.append(len(out))
            hrefs.append(str(child.attrGet("href") or ""))
        elif kind == "link_close" and hrefs:
            start, href = link_text.pop(), hrefs.pop()
            text = "".join(out[start:])
            shown = short_url(href)
            if shown and esc(shown) != text and short_url(text) != shown:
                target = safe_href(href)
                address = esc(shown)
                if target:
                    address = f"<link href='{esc(target)}'>{address}</link>"
                out.append(f" {URL_FONT.format(size=size)}({address})</font>")
    return "".join(out)


def blocks(text: str, url_size: float = 7) -> list[Block]:
    """The paragraphs of ``text`` in print order."""
    plain = plain_paragraphs(text)
    if plain is not None:  # what the parser would make of it, without loading the parser
        markups = ("<br/>".join(esc(line) for line in lines) for lines in plain)
        return [Block("para", markup) for markup in markups if markup.strip()]
    return parsed_blocks(text, url_size)


def parsed_blocks(text: str, url_size: float = 7) -> list[Block]:
    """:func:`blocks` read by the Markdown parser, whatever the text."""
    out: list[Block] = []
    lists: list[list[int]] = []  # per open list: [ordered (a bool), next number]
    item_first = False  # the next paragraph opens a list item (gets its bullet)
    quote = 0
    heading: str | None = None  # a heading waiting to run into the next paragraph
    row: list[str] | None = None  # the cells of a table row being read
    header = False

    def add(kind: str, markup: str) -> None:
        nonlocal item_first, heading
        if heading is not None:
            if kind in ("para", "quote") and not item_first:
                markup = f"<b>{heading}</b>  {markup}"
            else:
                out.append(Block("para", f"<b>{heading}</b>", len(lists)))
            heading = None
        bullet = None
        if item_first and lists:
            ordered, number = lists[-1]
            bullet = f"{number}." if ordered else "•"
            item_first = False
        out.append(Block("item" if lists else kind, markup, len(lists), bullet))

    for token in parse(text):
        kind = token.type
        if kind == "bullet_list_open":
            lists.append([False, 1])
        elif kind == "ordered_list_open":
            start = token.attrGet("start")
            lists.append([True, int(start) if start else 1])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_first = True
            if lists and token.info:
                lists[-1][1] = int(token.info) if token.info.isdigit() else lists[-1][1]
        elif kind == "list_item_close":
            if lists and lists[-1][0]:
                lists[-1][1] += 1
            item_first = False
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind == "heading_open":
            heading = ""
        elif kind == "inline" and heading == "":
            heading = inline(token.children or [], url_size) or None
        elif kind == "inline" and row is not None:
            cell = inline(token.children or [], url_size)
            row.append(f"<b>{cell}</b>" if header and cell else cell)
        elif kind == "inline":
            markup = inline(token.children or [], url_size)
            if markup.strip():
                add("quote" if quote else "para", markup)
        elif kind in ("code_block", "fence"):
            lines = token.content.rstrip("\n").split("\n")
            add("code", "<br/>".join(esc(line).replace("  ", "\u00a0 ") for line in lines))
        elif kind in ("thead_open", "thead_close"):
            header = kind == "thead_open"
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if any(row):
                add("para", " · ".join(c for c in row if c))  # a row is a line
            row = None
    if heading:
        out.append(Block("para", f"<b>{heading}</b>"))
    return out


@lru_cache(maxsize=256)
def _derived(style: ParagraphStyle, kind: str, depth: int) -> ParagraphStyle:
    indent = style.leftIndent + INDENT * depth
    if kind == "item":
        return ParagraphStyle(
            f"{style.name}_item{depth}",
            parent=style,
            leftIndent=indent,
            bulletIndent=indent - INDENT + 1,
            spaceAfter=max(1.5, style.spaceAfter / 2),
        )
    if kind == "quote":
        return ParagraphStyle(
            f"{style.name}_quote", parent=style, leftIndent=indent + INDENT, textColor=MUTED
        )
    if kind == "code":
        return ParagraphStyle(
            f"{style.name}_code",
            parent=style,
            leftIndent=indent + INDENT,
            fontSize=style.fontSize - 0.5,
        )
    return style


def paragraphs(
    text: str, style: ParagraphStyle, make: Callable[..., Paragraph] = Paragraph
) -> list[Paragraph]:
    """``text`` (Markdown) as paragraphs in ``style``, lists and quotes indented from it.

    ``make`` builds each paragraph (a document may share them between its copies)."""
    url_size = max(6.0, style.fontSize - 2)
    out = []
    for block in blocks(text, url_size):
        derived = _derived(style, block.kind, max(block.depth, 1) if block.kind == "item" else 0)
        markup = f"<i>{block.markup}</i>" if block.kind == "quote" else block.markup
        out.append(make(markup, derived, block.bullet))
    return out


__all__ = ["Block", "blocks", "inline", "paragraphs", "parsed_blocks"]
