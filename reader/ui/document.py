"""An article as a QTextDocument built block by block from the core's parsed blocks.

The offsets contract (DESIGN.md, reader/core/text.py): the body starts at `body_start`, and from
there every document position equals `body_start` + the canonical-text offset, because each core
Block becomes exactly one QTextBlock (one separator character between blocks, as in the core).
Nothing else renders the Markdown, so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import (
    QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextListFormat,
)

from reader.core.text import Block, parse_blocks
from reader.ui.fonts import reading_families
from reader.ui.themes import Theme

# The article's language in its metadata line, by its own name; the Korean interface says "영어".
# Translated in the "ArticleDocument" context.
LANG_NAMES = {"ko": QT_TRANSLATE_NOOP("ArticleDocument", "한국어"), "en": QT_TRANSLATE_NOOP("ArticleDocument", "English")}


@dataclass
class Typography:
    size: float = 12.5  # body point size; zoom changes it
    serif: bool = False
    line_height: int = 165  # percent; Hangul needs more leading than Latin text


@dataclass
class ArticleDocument:
    document: QTextDocument
    body_start: int
    blocks: list[Block]

    def position(self, offset: int) -> int:
        """Document position of a canonical-text offset."""
        return self.body_start + offset


def _char(typo: Typography, theme: Theme, *, scale: float = 1.0, bold: bool = False, colour: str | None = None,
          italic: bool = False, mono: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if mono:
        fmt.setFontFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
    else:
        fmt.setFontFamilies(reading_families(typo.serif))
    fmt.setFontPointSize(typo.size * scale)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(QColor(colour or theme.text))
    return fmt


def _block_format(typo: Typography, *, top: float = 0, bottom: float = 0, indent: int = 0, line_height: int | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setIndent(indent)
    fmt.setLineHeight(line_height or typo.line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _lang_name(code: str | None) -> str | None:
    return QCoreApplication.translate("ArticleDocument", LANG_NAMES[code]) if code in LANG_NAMES else code


def _meta_line(article: dict) -> str:
    date = (article.get("published") or "")[:10]
    parts = [article.get("source"), article.get("author"), date, _lang_name(article.get("lang"))]
    return "  ·  ".join(p for p in parts if p)


def build(article: dict, theme: Theme, typo: Typography) -> ArticleDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setUndoRedoEnabled(False)
    cursor = QTextCursor(doc)
    first = True

    def block(text: str, bfmt: QTextBlockFormat, cfmt: QTextCharFormat) -> None:
        nonlocal first
        if first:
            cursor.setBlockFormat(bfmt)
            cursor.setBlockCharFormat(cfmt)
            first = False
        else:
            cursor.insertBlock(bfmt, cfmt)
        cursor.insertText(text, cfmt)

    unit = typo.size
    block(article.get("title") or QCoreApplication.translate("ArticleDocument", "Untitled"),
          _block_format(typo, bottom=unit * 0.6, line_height=130), _char(typo, theme, scale=1.9, bold=True))
    if article.get("subtitle"):
        block(article["subtitle"], _block_format(typo, bottom=unit * 0.6, line_height=140),
              _char(typo, theme, scale=1.2, colour=theme.muted))
    meta_fmt = _char(typo, theme, scale=0.85, colour=theme.muted)
    block(_meta_line(article), _block_format(typo, bottom=unit * 0.2), meta_fmt)
    if article.get("url"):
        link = QTextCharFormat(meta_fmt)
        link.setAnchor(True)
        link.setAnchorHref(article["url"])
        link.setForeground(QColor(theme.accent))
        cursor.insertText("  ·  ", meta_fmt)
        cursor.insertText(QCoreApplication.translate("ArticleDocument", "Original page"), link)
    if article.get("tags"):
        block("  ".join("#" + t for t in article["tags"]), _block_format(typo, bottom=0), _char(typo, theme, scale=0.85, colour=theme.accent))
    # a thin spacer block between the header and the body; the body begins after it
    block("", _block_format(typo, top=unit * 0.4, bottom=unit * 0.8, line_height=100), _char(typo, theme, scale=0.5))
    rule = cursor.blockFormat()
    rule.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth, 1)
    cursor.setBlockFormat(rule)

    blocks = parse_blocks(article.get("markdown", ""))
    body_start = cursor.position() + 1
    lists: dict[int, object] = {}
    for b in blocks:
        _insert_block(cursor, b, theme, typo, lists)
        if b.kind != "list_item" and not (b.kind == "paragraph" and b.list_depth):
            lists.clear()
    return ArticleDocument(doc, body_start, blocks)


def _insert_block(cursor: QTextCursor, b: Block, theme: Theme, typo: Typography, lists: dict) -> None:
    unit = typo.size
    indent = b.quote_depth
    if b.kind == "heading":
        scale = {1: 1.45, 2: 1.3, 3: 1.15}.get(b.level, 1.05)
        bfmt = _block_format(typo, top=unit * 1.1, bottom=unit * 0.45, indent=indent, line_height=135)
        cfmt = _char(typo, theme, scale=scale, bold=True)
    elif b.kind == "code":
        bfmt = _block_format(typo, bottom=unit * 0.8, indent=indent + 1, line_height=125)
        bfmt.setBackground(QColor(theme.alt_base))
        cfmt = _char(typo, theme, scale=0.9, mono=True)
    elif b.kind == "table_row":
        bfmt = _block_format(typo, bottom=unit * 0.2, indent=indent + 1)
        cfmt = _char(typo, theme, scale=0.95)
    else:
        in_list = b.kind == "list_item" or b.list_depth
        bfmt = _block_format(typo, bottom=unit * (0.35 if in_list else 0.9), indent=indent + (b.list_depth if in_list and b.kind != "list_item" else 0))
        cfmt = _char(typo, theme, colour=theme.quote if b.quote_depth else None, italic=bool(b.quote_depth))
    cursor.insertBlock(bfmt, cfmt)
    if b.kind == "list_item":
        key = (b.list_depth, b.ordered)
        current = lists.get(key)
        for other in [k for k in lists if k[0] > b.list_depth]:
            del lists[other]  # a deeper list ended
        if current is None:
            lfmt = QTextListFormat()
            lfmt.setStyle(QTextListFormat.Style.ListDecimal if b.ordered else
                          (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)[(b.list_depth - 1) % 3])
            lfmt.setIndent(b.list_depth + indent)
            if b.ordered and b.number > 1:
                lfmt.setStart(b.number)
            current = cursor.createList(lfmt)
            lists[key] = current
        else:
            current.add(cursor.block())
    _insert_text(cursor, b, cfmt, theme)


def _insert_text(cursor: QTextCursor, b: Block, base: QTextCharFormat, theme: Theme) -> None:
    """Insert the block's text with its inline styles; the characters are exactly b.text."""
    text = b.text.replace("\n", "\u2028")  # a hard break stays inside its block: one character, as in the core
    if not b.spans:
        cursor.insertText(text, base)
        return
    bounds = sorted({0, len(text), *(s.start for s in b.spans), *(s.end for s in b.spans)})
    for start, end in zip(bounds, bounds[1:]):
        fmt = QTextCharFormat(base)
        for span in b.spans:
            if span.start <= start and end <= span.end:
                if span.style == "strong":
                    fmt.setFontWeight(QFont.Weight.Bold)
                elif span.style == "em":
                    fmt.setFontItalic(not base.fontItalic())
                elif span.style == "code":
                    fmt.setFontFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
                    fmt.setBackground(QColor(theme.alt_base))
                elif span.style == "link":
                    fmt.setAnchor(True)
                    fmt.setAnchorHref(span.href)
                    fmt.setForeground(QColor(theme.accent))
                    fmt.setFontUnderline(True)
        cursor.insertText(text[start:end], fmt)
