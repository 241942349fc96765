"""One self-contained, printable HTML page per article: the text with the reader's highlights in
their colours, each note beside its paragraph. The same page, `for_print`, is what the Qt layer
prints to PDF, so it keeps to the HTML subset QTextDocument renders (tables, inline styles)."""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt

from reader import __version__
from reader.core.annotations import COLORS
from reader.core.export.common import ArticleNotes, byline, fact_value
from reader.core.text import parse_blocks

FONTS = "'Nanum Gothic', 'NanumGothic', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif"

STYLE = f"""
body {{ font-family: {FONTS}; color: #1f2328; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.7; }}
h1 {{ font-size: 1.7rem; line-height: 1.3; margin-bottom: .3rem; }}
.meta {{ color: #5b636b; font-size: .9rem; }}
.tag {{ display: inline-block; background: #eef1f4; border-radius: 3px; padding: 0 .4rem; margin-right: .3rem; font-size: .85rem; }}
table.notes {{ border-collapse: collapse; width: 100%; margin-top: 1.2rem; }}
table.notes td {{ vertical-align: top; padding: .35rem .6rem; }}
td.text {{ width: 64%; }}
td.side {{ width: 36%; border-left: 2px solid #e3e6ea; font-size: .88rem; color: #30363d; }}
.note {{ margin-bottom: .7rem; }}
.note p {{ margin: .2rem 0; }}
.swatch {{ display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: middle; margin-right: .3rem; }}
.hl {{ border-radius: 2px; padding: 0 1px; }}
.review {{ background: #fff8e6; border: 1px solid #f0d48a; padding: .6rem 1rem; margin-top: 1.5rem; }}
table.facts {{ border-collapse: collapse; margin-top: .6rem; font-size: .9rem; }}
table.facts td, table.facts th {{ border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: left; }}
footer {{ color: #8b949e; font-size: .8rem; margin-top: 2rem; }}
@media print {{ body {{ margin: 0; max-width: none; }} * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }} }}
"""


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Raw HTML off: a note that contains <script> is shown as text, never run.
    return MarkdownIt("commonmark", {"html": False, "linkify": False})


def note_html(note: str) -> str:
    return _markdown().render(note)


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _page(title: str, lang: str, body: str, for_print: bool = False) -> str:
    style = STYLE
    if for_print:  # Qt lays the page out itself: no screen margins, and points rather than rem
        style = style.replace("max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; ", "")
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang or "en")}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="generator" content="Dual Reader {_e(__version__)}">\n<title>{_e(title)}</title>\n'
        f"<style>{style}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _swatch(color: str) -> str:
    return f'<span class="swatch" style="background-color:{COLORS.get(color, "#ffe066")}">&nbsp;&nbsp;</span>'


def _marked(block_text: str, block_start: int, highlights: list) -> str:
    """The block's text with each highlight's characters wrapped in its colour."""
    cuts = {0, len(block_text)}
    for a in highlights:
        cuts.add(max(0, a.start - block_start))
        cuts.add(min(len(block_text), a.end - block_start))
    cuts = sorted(c for c in cuts if 0 <= c <= len(block_text))
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        piece = _e(block_text[lo:hi])
        covering = [a for a in highlights if a.start - block_start <= lo and a.end - block_start >= hi]
        if covering:
            a = covering[-1]
            out.append(f'<span class="hl hl-{a.color}" id="h{a.id}" style="background-color:{COLORS.get(a.color, "#ffe066")}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _note_item(a, number: int) -> str:
    parts = [f'<div class="note">{_swatch(a.color)}<b>{number}</b> ']
    if a.state == "changed":
        parts.append(f'<i>The text changed; it read “{_e(a.original_quote)}”.</i> ')
    if a.tags:
        parts.append(" ".join(f'<span class="tag">{_e(t)}</span>' for t in a.tags) + " ")
    if a.note.strip():
        parts.append(note_html(a.note))
    elif not a.tags:
        parts.append(f'<span class="meta">“{_e(a.quote[:80])}{"…" if len(a.quote) > 80 else ""}”</span>')
    parts.append("</div>")
    return "".join(parts)


def render(notes: ArticleNotes, for_print: bool = False) -> str:
    article = notes.article
    head = [f"<h1>{_e(article['title'])}</h1>"]
    meta = [_e(x) for x in byline(article)]
    if article.get("url"):
        meta.append(f'<a href="{_e(article["url"])}">{_e(article["url"])}</a>')
    if meta:
        head.append(f'<p class="meta">{" · ".join(meta)}</p>')
    if article.get("tags"):
        head.append("<p>" + " &nbsp;".join(f'<span class="tag">{_e(t)}</span>' for t in article["tags"]) + "</p>")
    placed = [a for a in notes.annotations if a.state != "orphaned"]
    numbers = {a.id: i + 1 for i, a in enumerate(placed)}
    rows = []
    for block in parse_blocks(article["markdown"]):
        inside = [a for a in placed if a.start < block.end and a.end > block.start]
        text = _marked(block.text, block.start, inside)
        if block.kind == "heading":
            level = min(6, block.level + 1)
            text = f"<h{level}>{text}</h{level}>"
        elif block.kind == "list_item":
            text = f"<p>• {text}</p>"
        elif block.kind == "code":
            text = f"<pre>{text}</pre>"
        elif block.quote_depth:
            text = f"<blockquote>{text}</blockquote>"
        else:
            text = f"<p>{text}</p>"
        starting = [a for a in placed if block.start <= a.start < block.end + 1]
        side = "".join(_note_item(a, numbers[a.id]) for a in starting)
        rows.append(f'<tr><td class="text" width="64%">{text}</td><td class="side" width="36%">{side}</td></tr>')
    body = "\n".join(head) + '\n<table class="notes" width="100%" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"
    orphans = [a for a in notes.annotations if a.state == "orphaned"]
    if orphans:
        items = "".join(f"<li>{_swatch(a.color)}“{_e(a.quote)}”{note_html(a.note) if a.note.strip() else ''}</li>" for a in orphans)
        body += f'\n<div class="review"><b>Needs review</b> — these highlights lost their place when the text changed:<ul>{items}</ul></div>'
    if notes.facts:
        facts = "".join(f"<tr><td>{_e(f.kind)}</td><td>{_e(f.text)}</td><td>{_e(fact_value(f))}</td></tr>" for f in notes.facts)
        body += f'\n<h2>Facts</h2>\n<table class="facts"><tr><th>Kind</th><th>As written</th><th>Value</th></tr>{facts}</table>'
    body += f"\n<footer>Exported from Dual Reader {_e(__version__)} · {len(notes.annotations)} highlights</footer>"
    return _page(article["title"], article.get("lang"), body, for_print)


def index(notes: list[ArticleNotes], targets: dict[int, Path], for_print: bool = False) -> str:
    items = []
    for n in notes:
        path = targets[n.article["id"]]
        meta = " · ".join(_e(x) for x in byline(n.article))
        items.append(
            f'<li><a href="{_e(path.name)}">{_e(n.article["title"])}</a> <span class="meta">{meta} · '
            f'{len(n.annotations)} highlights</span></li>'
        )
    body = f"<h1>Dual Reader notes</h1>\n<p class=\"meta\">{len(notes)} articles</p>\n<ul>\n" + "\n".join(items) + "\n</ul>"
    return _page("Dual Reader notes", "en", body, for_print)
