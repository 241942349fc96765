"""Markdown body -> blocks -> canonical plain text: the one offsets contract (DESIGN.md).

Every span in the system (a fact, a search hit, an aligned sentence, a highlight) is a pair of
character offsets into `canonical_text(markdown)`. The reading view builds its QTextDocument from
the same `parse_blocks()` result, one QTextBlock per Block, so its positions equal these offsets:
blocks are joined by a single "\n" exactly as QTextDocument separates blocks by one character.

One parser (markdown-it-py, CommonMark plus tables) decides what the text is; nothing else parses
the Markdown a second time.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape

from markdown_it import MarkdownIt

BLOCK_SEPARATOR = "\n"


@dataclass
class Span:
    """An inline style over [start, end) relative to the block's text."""

    start: int
    end: int
    style: str  # "em" | "strong" | "code" | "link"
    href: str = ""


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "list_item" | "code" | "table_row"
    text: str
    level: int = 0  # heading level 1-6
    list_depth: int = 0  # 1 for a top-level list item
    ordered: bool = False
    number: int = 0  # position of an item in an ordered list, starting at its start number
    quote_depth: int = 0  # > 0 inside a blockquote
    spans: list[Span] = field(default_factory=list)
    start: int = 0  # offset of the block's first character in the canonical text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table")


_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


def _strip_html(fragment: str) -> str:
    return unescape(_TAG.sub("", fragment))


def _inline(children, spans: list[Span]) -> str:
    """Flatten inline tokens into text, recording emphasis/link/code spans."""
    out: list[str] = []
    length = 0
    open_spans: list[Span] = []

    def emit(s: str) -> None:
        nonlocal length
        out.append(s)
        length += len(s)

    for tok in children or ():
        t = tok.type
        if t == "text":
            emit(tok.content)
        elif t == "softbreak":
            emit(" ")
        elif t == "hardbreak":
            emit("\n")
        elif t == "code_inline":
            spans.append(Span(length, length + len(tok.content), "code"))
            emit(tok.content)
        elif t in ("em_open", "strong_open", "link_open"):
            style = {"em_open": "em", "strong_open": "strong", "link_open": "link"}[t]
            open_spans.append(Span(length, length, style, tok.attrs.get("href", "") if style == "link" else ""))
        elif t in ("em_close", "strong_close", "link_close"):
            style = {"em_close": "em", "strong_close": "strong", "link_close": "link"}[t]
            for i in range(len(open_spans) - 1, -1, -1):
                if open_spans[i].style == style:
                    span = open_spans.pop(i)
                    span.end = length
                    if span.end > span.start:
                        spans.append(span)
                    break
        elif t == "html_inline":
            if tok.content.lower().startswith("<br"):
                emit("\n")
        elif t == "image":
            pass  # images are never fetched; their alt text is not article text
    return "".join(out)


# Only the runs that change: any run holding a newline, a run that starts with a tab or an
# exotic space, two or more spaces, or one space at either end. Single spaces between words
# (nearly all of them) are not even visited.
_WS_RUN = re.compile(r"[ \t\r\u00a0\u3000]*\n[ \t\r\u00a0\u3000]*|[\t\r\u00a0\u3000][ \t\r\u00a0\u3000]*| [ \t\r\u00a0\u3000]+|^ | $")


def _normalise(text: str, spans: list[Span]) -> str:
    """Collapse whitespace runs to one space (or one newline), trim the ends, shift spans to match."""
    runs = []  # (old start, old end, replacement)
    for m in _WS_RUN.finditer(text):
        start, end = m.span()
        replacement = "\n" if "\n" in m.group() else " "
        if start == 0 or end == len(text):
            replacement = ""  # trim both ends
        if m.group() != replacement:
            runs.append((start, end, replacement))
    if not runs:
        return text
    pieces, cursor = [], 0
    for start, end, replacement in runs:
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        cursor = end
    pieces.append(text[cursor:])
    result = "".join(pieces)
    if spans:
        starts = [r[0] for r in runs]
        removed = [0]
        for start, end, replacement in runs:
            removed.append(removed[-1] + (end - start) - len(replacement))

        def new_position(i: int) -> int:
            k = bisect_right(starts, i) - 1
            if k < 0:
                return i
            start, end, replacement = runs[k]
            if i >= end:
                return i - removed[k + 1]
            return start - removed[k] + min(i - start, len(replacement))

        for span in spans:
            span.start, span.end = new_position(span.start), new_position(span.end)
            while span.end > span.start and result[span.end - 1] in " \n":
                span.end -= 1
            while span.start < span.end and result[span.start] in " \n":
                span.start += 1
        spans[:] = [sp for sp in spans if sp.end > sp.start]
    return result


def parse_blocks(markdown: str) -> list[Block]:
    tokens = _parser().parse(markdown or "")
    blocks: list[Block] = []
    quote_depth = 0
    lists: list[dict] = []  # stack of {"ordered", "next"}
    heading_level = 0
    in_table_row: list[str] | None = None

    for tok in tokens:
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrs.get("start", 1)) if t == "ordered_list_open" else 0
            lists.append({"ordered": t == "ordered_list_open", "next": start})
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            lists[-1]["item_open"] = True
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t == "heading_close":
            heading_level = 0
        elif t == "tr_open":
            in_table_row = []
        elif t == "tr_close":
            text = " | ".join(cell for cell in in_table_row or [])
            if text.strip():
                blocks.append(Block("table_row", text, quote_depth=quote_depth))
            in_table_row = None
        elif t == "inline":
            spans: list[Span] = []
            text = _normalise(_inline(tok.children, spans), spans)
            if in_table_row is not None:
                in_table_row.append(text)
                continue
            if not text:
                continue
            if heading_level:
                blocks.append(Block("heading", text, level=heading_level, quote_depth=quote_depth, spans=spans))
            elif lists:
                current = lists[-1]
                first_para = current.pop("item_open", False)
                number = 0
                if current["ordered"] and first_para:
                    number = current["next"]
                    current["next"] += 1
                blocks.append(
                    Block(
                        "list_item" if first_para else "paragraph",
                        text,
                        list_depth=len(lists),
                        ordered=current["ordered"],
                        number=number,
                        quote_depth=quote_depth,
                        spans=spans,
                    )
                )
            else:
                blocks.append(Block("paragraph", text, quote_depth=quote_depth, spans=spans))
        elif t in ("fence", "code_block"):
            text = tok.content.rstrip("\n")
            if text.strip():
                blocks.append(Block("code", text, quote_depth=quote_depth))
        elif t == "html_block":
            text = _SPACES.sub(" ", _strip_html(tok.content)).strip()
            if text:
                blocks.append(Block("paragraph", text, quote_depth=quote_depth))

    offset = 0
    for block in blocks:
        block.start = offset
        offset += len(block.text) + len(BLOCK_SEPARATOR)
    return blocks


def canonical_text(markdown: str) -> str:
    return BLOCK_SEPARATOR.join(b.text for b in parse_blocks(markdown))


def content_hash(text: str) -> str:
    """Same article, same hash: whitespace and Unicode normal form do not count."""
    normal = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at either end (empty if it is all space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
