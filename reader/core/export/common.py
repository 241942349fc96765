"""What every export format starts from: an article, its annotations and (optionally) its facts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from reader.core import annotations

# Names Windows refuses whatever the extension; characters no common file system accepts.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$", re.IGNORECASE)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MAX_NAME = 80  # characters; Hangul takes 3 bytes each in UTF-8, and most file systems allow 255 bytes


@dataclass
class ArticleNotes:
    article: dict
    annotations: list = field(default_factory=list)  # reader.core.annotations.Annotation, in text order
    facts: list = field(default_factory=list)  # reader.core.facts.model.Fact, if asked for


def collect(library, article_ids: list[int], *, facts: bool = False) -> list[ArticleNotes]:
    found = annotations.for_articles(library, list(article_ids))
    result = []
    for article_id in article_ids:
        article = library.get(article_id)
        notes = ArticleNotes(article, found.get(article_id, []))
        if facts:
            from reader.core.facts import user_glossary
            from reader.core.facts.extract import extract_facts

            notes.facts = extract_facts(article["text"], article["lang"], article["published"], user_glossary.glossary(library))
        result.append(notes)
    return result


def safe_filename(title: str, article_id: int | None = None, used: set[str] = frozenset()) -> str:
    """A name every operating system accepts, readable, unique in `used` (compared case-blind, as
    Windows and macOS do). The article id keeps two articles of the same title apart."""
    name = unicodedata.normalize("NFC", title or "")
    name = _FORBIDDEN.sub(" ", name)
    name = " ".join(name.split()).strip(" .")
    if len(name) > MAX_NAME:
        name = name[:MAX_NAME].rstrip(" .")
    if not name or _RESERVED.match(name):
        name = f"article {name}".strip()
    if article_id is not None:
        name = f"{name} ({article_id})"
    candidate, n = name, 2
    while any(u.startswith(candidate.casefold() + ".") for u in used):  # `used` holds names with extensions
        candidate, n = f"{name} {n}", n + 1
    return candidate


def byline(article: dict) -> list[str]:
    return [x for x in (article.get("source"), article.get("author"), (article.get("published") or "")[:10]) if x]


def fact_value(fact) -> str:
    """A fact's normalised value as a person would read it."""
    value, unit = fact.value, fact.unit or ""
    if isinstance(value, list):
        shown = "–".join(_number(v) for v in value)
    else:
        shown = _number(value)
    if fact.kind == "money" and unit:
        return f"{unit} {shown}"
    if fact.kind == "percent":
        return f"{shown} {'percentage points' if unit == 'pp' else '%'}"
    if unit and fact.kind in ("count", "quantity"):
        return f"{shown} {unit}"
    return shown


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:,.0f}"
    return str(value)
