"""Markdown, usually with YAML front matter, often with HTML inside (blog exports such as Tistory,
Blogger, Jekyll). The HTML parts are converted with markdownify; Markdown parts are kept as written.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml
from markdown_it import MarkdownIt
from markdownify import markdownify

from reader.core.importing.model import Extracted
from reader.core.importing.sniff import FRONT_MATTER

_MD = MarkdownIt("commonmark", {"html": True})
_FIRST_H1 = re.compile(r"\A\s*#\s+(.+?)\s*#*\s*(?:\n|\Z)")


def html_to_markdown(html: str) -> str:
    md = markdownify(html, heading_style="ATX", bullets="-", strip=["script", "style", "iframe", "form"])
    return tidy_markdown(md)


def tidy_markdown(md: str) -> str:
    lines = [line.rstrip() for line in md.replace("\r\n", "\n").replace("\u00a0", " ").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _convert_html_blocks(body: str) -> str:
    """Replace each raw HTML block in a Markdown body with its Markdown conversion."""
    lines = body.split("\n")
    out: list[str] = []
    cursor = 0
    for token in _MD.parse(body):
        if token.type != "html_block" or token.map is None:
            continue
        start, end = token.map
        out.extend(lines[cursor:start])
        out.append("")
        out.append(html_to_markdown("\n".join(lines[start:end])).strip())
        out.append("")
        cursor = end
    out.extend(lines[cursor:])
    return tidy_markdown("\n".join(out))


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[,;]", value) if v.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]


def _as_date(value) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip() if value else ""


def _first(meta: dict, *keys) -> str:
    for key in keys:
        value = meta.get(key)
        if value:
            if isinstance(value, dict):
                value = value.get("name") or ""
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            return str(value).strip()
    return ""


def extract_markdown(text: str) -> tuple[Extracted, dict]:
    """Return the article and the front matter as parsed (kept whole in the library)."""
    meta: dict = {}
    body = text.lstrip("\ufeff")
    match = FRONT_MATTER.match(body)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            loaded = None  # a broken header must not lose the article: keep the body, skip metadata
        if isinstance(loaded, dict):
            meta = {str(k).lower(): v for k, v in loaded.items()}
        body = body[match.end():]

    body = _convert_html_blocks(body.replace("\r\n", "\n"))
    title = _first(meta, "title", "headline")
    first_h1 = _FIRST_H1.match(body)
    if first_h1 and (not title or first_h1.group(1).strip() == title):
        title = title or first_h1.group(1).strip()
        body = body[first_h1.end():].lstrip("\n")

    tags: list[str] = []
    for key in ("categories", "category", "tags", "keywords"):
        for tag in _as_list(meta.get(key)):
            if tag not in tags:
                tags.append(tag)
    return (
        Extracted(
            markdown=body,
            title=title,
            subtitle=_first(meta, "subtitle", "deck"),
            source=_first(meta, "source", "publisher", "site", "site_name"),
            author=_first(meta, "author", "authors", "byline"),
            published=_as_date(meta.get("date") or meta.get("published") or meta.get("pubdate")),
            url=_first(meta, "url", "canonical_url", "link", "permalink", "source_url"),
            lang=_first(meta, "lang", "language", "locale"),
            tags=tags,
            summary=_first(meta, "excerpt", "description", "summary"),
            image=_first(meta, "image", "cover", "thumbnail"),
            format="markdown",
        ),
        meta,
    )
