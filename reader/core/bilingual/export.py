"""A pair exported side by side: the aligned groups of a Korean article and its English counterpart
as Markdown (a two-column table, or the groups one after the other) or as one self-contained,
printable HTML page (two columns, a group a row).

    pair_markdown(library, 3)                       # pair id
    pair_markdown(library, (ko_id, en_id), layout="alternating")
    pair_html(library, (en_id, ko_id))              # article ids in either order

Everything taken from the articles is escaped: a `|` or a line break cannot break the table, a
`<script>` in a text stays text, a link is made only of an http(s) address.
"""

from __future__ import annotations

import html
import re

import yaml

from reader import __version__
from reader.core.errors import ReaderError

LAYOUTS = ("table", "alternating")
NO_COUNTERPART = "—"
# Korean first: a Latin-only font would leave Hangul to whatever the browser picks
FONTS = ("'Noto Sans KR', 'Nanum Gothic', 'NanumGothic', 'Apple SD Gothic Neo', 'Malgun Gothic', "
         "'Noto Sans CJK KR', 'Source Han Sans K', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif")
SAFE_SCHEMES = ("http://", "https://")


def _aligned(library, pair_or_ids):
    """pairs.Aligned from a pair id, a (ko, en) pair of article ids in either order, or itself."""
    from reader.core import pairs

    if isinstance(pair_or_ids, pairs.Aligned):
        return pair_or_ids
    if isinstance(pair_or_ids, int):
        row = library.db.execute("SELECT ko_id, en_id FROM pairs WHERE id = ?", [pair_or_ids]).fetchone()
        if row is None:
            raise ReaderError(f"no pair #{pair_or_ids}")
        return pairs.aligned(library, row[0], row[1])
    first, second = pair_or_ids
    return pairs.aligned(library, first, second)


def _pieces(text: str, spans, indexes: list[int]) -> list[list[str]]:
    """The sentences of a group, gathered by paragraph (a group can reach across a paragraph end)."""
    out: list[list[str]] = []
    last_end = None
    for i in indexes:
        start, end = spans[i]
        if last_end is None or "\n" in text[last_end:start]:
            out.append([])
        out[-1].append(text[start:end])
        last_end = end
    return out


def _groups(al) -> list[tuple[int, list[list[str]], list[list[str]]]]:
    return [(n, _pieces(al.ko["text"], al.ko_spans, link.ko), _pieces(al.en["text"], al.en_spans, link.en))
            for n, link in enumerate(al.links, 1)]


def _meta(article: dict) -> dict:
    return {
        "title": article.get("title") or "",
        "source": article.get("source") or "",
        "date": (article.get("published") or "")[:10],
        "url": article.get("url") or "",
    }


# --- Markdown -----------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+(?=[.)]))")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def md_escape(text: str) -> str:
    """Article text shown as written: no emphasis, links, HTML, entities, headings or lists, and no
    `|` that would end a table cell."""
    text = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", text))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2).isdigit()
                              else m.group(1) + m.group(2) + "\\", text, count=1)


def _md_cell(pieces: list[list[str]]) -> str:
    """One table cell: a paragraph break becomes <br>, any other line break a space."""
    if not pieces:
        return NO_COUNTERPART
    paragraphs = [md_escape(" ".join(p).replace("\r", " ").replace("\n", " ")) for p in pieces]
    return "<br>".join(paragraphs)


def _md_block(pieces: list[list[str]]) -> list[str]:
    if not pieces:
        return [NO_COUNTERPART]
    return [md_escape(" ".join(p).replace("\r", " ").replace("\n", " ")) for p in pieces]


def front_matter(al) -> str:
    data = {"ko": _meta(al.ko), "en": _meta(al.en), "generator": f"Dual Reader {__version__}"}
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000) + "---\n"


def pair_markdown(library, pair_or_ids, layout: str = "table") -> str:
    """The pair as Markdown with YAML front matter (title, source, date and url of both sides):
    `table` is a two-column table, a row per aligned group; `alternating` gives each group's Korean
    text, then its English text as a quotation, group after group."""
    if layout not in LAYOUTS:
        raise ReaderError(f"unknown layout {layout!r}; one of {', '.join(LAYOUTS)}")
    al = _aligned(library, pair_or_ids)
    lines = [front_matter(al), f"# {md_escape(al.ko.get('title') or '')}", "", f"*{md_escape(al.en.get('title') or '')}*", ""]
    groups = _groups(al)
    if layout == "table":
        lines += ["| # | 한국어 | English |", "|---:|---|---|"]
        lines += [f"| {n} | {_md_cell(ko)} | {_md_cell(en)} |" for n, ko, en in groups]
    else:
        for n, ko, en in groups:
            block = _md_block(ko)
            lines.append(f"**{n}** · {block[0]}")
            for more in block[1:]:
                lines += ["", more]
            lines.append("")
            lines += ["> " + p if p else ">" for p in _join_quote(_md_block(en))]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _join_quote(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for k, p in enumerate(paragraphs):
        if k:
            out.append("")
        out.append(p)
    return out


# --- HTML ---------------------------------------------------------------------------------------

STYLE = f"""
body {{ font-family: {FONTS}; color: #1f2328; background: #fff; margin: 2rem auto; max-width: 78rem;
       padding: 0 1.5rem; line-height: 1.65; }}
header {{ display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; margin-bottom: 1.2rem; }}
h1 {{ font-size: 1.45rem; line-height: 1.3; margin: 0 0 .3rem 0; }}
.meta {{ color: #5b636b; font-size: .88rem; }}
.meta a {{ color: inherit; word-break: break-all; }}
table.pair {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
table.pair th {{ text-align: left; font-size: .85rem; color: #5b636b; border-bottom: 2px solid #d0d7de; padding: .3rem .6rem; }}
table.pair td {{ vertical-align: top; padding: .55rem .6rem; border-bottom: 1px solid #e3e6ea; }}
table.pair tr {{ break-inside: avoid; page-break-inside: avoid; }}
col.n {{ width: 2.6rem; }}
td.n {{ color: #8b949e; font-size: .8rem; text-align: right; padding-top: .75rem; }}
td.none {{ color: #8b949e; }}
td p {{ margin: 0 0 .4rem 0; }}
td p:last-child {{ margin-bottom: 0; }}
:lang(ko) {{ word-break: keep-all; overflow-wrap: anywhere; }}
footer {{ color: #8b949e; font-size: .8rem; margin-top: 1.5rem; }}
@media print {{
  body {{ margin: 0; max-width: none; padding: 0; font-size: 10pt; }}
  header {{ gap: 1rem; }}
  thead {{ display: table-header-group; }}
}}
"""


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _html_meta(article: dict, lang: str) -> str:
    m = _meta(article)
    parts = [x for x in (m["source"], m["date"]) if x]
    url = m["url"]
    link = ""
    if url:
        if url.lower().startswith(SAFE_SCHEMES):
            link = f'<br><a href="{_e(url)}">{_e(url)}</a>'
        else:
            link = f"<br>{_e(url)}"  # not a web address: shown, never a link (no javascript:)
    return (f'<div lang="{lang}"><h1>{_e(m["title"])}</h1>'
            f'<div class="meta">{" · ".join(_e(p) for p in parts)}{link}</div></div>')


def _html_cell(pieces: list[list[str]], lang: str) -> str:
    if not pieces:
        return f'<td class="none" lang="{lang}">{NO_COUNTERPART}</td>'
    body = "".join(f"<p>{_e(' '.join(p))}</p>" for p in pieces)
    return f'<td lang="{lang}">{body}</td>'


def pair_html(library, pair_or_ids) -> str:
    """The pair as one self-contained HTML page (no script, no outside resource): both articles'
    title, source, date and link on top, then a table of the aligned groups, Korean left and
    English right, a group a row; it prints as it shows (rows are not split across pages)."""
    al = _aligned(library, pair_or_ids)
    title = f"{al.ko.get('title') or ''} ⇄ {al.en.get('title') or ''}"
    rows = "\n".join(
        f'<tr id="g{n}"><td class="n">{n}</td>{_html_cell(ko, "ko")}{_html_cell(en, "en")}</tr>'
        for n, ko, en in _groups(al)
    )
    body = (
        f"<header>{_html_meta(al.ko, 'ko')}{_html_meta(al.en, 'en')}</header>\n"
        '<table class="pair">\n<colgroup><col class="n"><col><col></colgroup>\n'
        '<thead><tr><th>#</th><th lang="ko">한국어</th><th lang="en">English</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>\n"
        f"<footer>Dual Reader {_e(__version__)}</footer>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Dual Reader {_e(__version__)}">\n<title>{_e(title)}</title>\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
