"""Search in both languages over SQLite FTS5.

Korean is agglutinative: 핵심광물을 is one space-separated word holding 핵심, 광물 and a particle.
Neither FTS5's unicode61 tokenizer (whole words) nor its trigram tokenizer (no two-syllable
queries) finds 광물 in it, so every Hangul run is indexed as overlapping syllable bigrams plus its
last syllable alone: 핵심광물을 -> 핵심 심광 광물 물을 을. A query word becomes the phrase of its
bigrams (광물 -> "광물", 핵심광물 -> "핵심 심광 광물"), and a one-syllable query a prefix (광*),
which finds the syllable anywhere because every syllable starts some bigram or ends its run.
Everything else goes through unicode61 with the Porter stemmer (semiconductor = semiconductors).

User queries are parsed here and rebuilt as FTS5 syntax from quoted tokens only, so nothing a user
types (quotes, brackets, AND/OR/NOT, *, :, a lone -) can reach FTS5 as syntax and fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SEARCH_INDEX_VERSION = "1"

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_QUERY_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[\w\uac00-\ud7a3]+(?:\*)?", re.UNICODE)
_SCRIPT_PIECE = re.compile(r"[\uac00-\ud7a3]+|[^\W_\uac00-\ud7a3]+")


def hangul_grams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_strings(text: str) -> tuple[str, str]:
    """(words, grams): the text without Hangul for unicode61/porter, and the Hangul bigram stream."""
    words = _HANGUL_RUN.sub(" ", text)
    grams = " ".join(g for run in _HANGUL_RUN.findall(text) for g in hangul_grams(run))
    return words, grams


def fts_values(title: str, text: str) -> dict[str, str]:
    title_words, title_grams = index_strings(title)
    body_words, body_grams = index_strings(text)
    return {"title": title_words, "body": body_words, "ko_title": title_grams, "ko_body": body_grams}


# --- query parsing --------------------------------------------------------------------------


@dataclass
class Term:
    """One thing the user asked for: a word, or a phrase of words."""

    words: list[str]
    negated: bool = False
    prefix: bool = False  # the user ended the word with *

    def fts(self) -> str | None:
        """Consecutive words of one script become one phrase; a change of script starts the next."""
        pieces = [p for word in self.words for p in _SCRIPT_PIECE.findall(word)]
        parts: list[str] = []
        latin: list[str] = []
        grams: list[str] = []
        for i, piece in enumerate(pieces):
            if _HANGUL_RUN.fullmatch(piece):
                if latin:
                    parts.append(_phrase(["title", "body"], latin, False))
                    latin = []
                if len(pieces) == 1 and len(piece) == 1:
                    return "{ko_title ko_body} : " + _quote(piece) + "*"
                grams.extend(piece[j:j + 2] for j in range(len(piece) - 1))
                if i < len(pieces) - 1 or len(piece) == 1:
                    grams.append(piece[-1])  # a word boundary inside a phrase
            else:
                if grams:
                    parts.append(_phrase(["ko_title", "ko_body"], grams, False))
                    grams = []
                latin.append(piece.lower())
        if grams:
            parts.append(_phrase(["ko_title", "ko_body"], grams, False))
        if latin:
            parts.append(_phrase(["title", "body"], latin, self.prefix))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _phrase(columns: list[str], tokens: list[str], prefix: bool) -> str:
    return "{" + " ".join(columns) + "} : " + _quote(" ".join(tokens)) + ("*" if prefix else "")


@dataclass
class Query:
    groups: list[list[Term]] = field(default_factory=list)  # OR of ANDs
    excluded: list[Term] = field(default_factory=list)

    @property
    def positive_terms(self) -> list[Term]:
        return [t for group in self.groups for t in group]

    def fts(self) -> str | None:
        ors = []
        for group in self.groups:
            parts = [p for p in (t.fts() for t in group) if p]
            if parts:
                ors.append(parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")")
        if not ors:
            return None
        expr = ors[0] if len(ors) == 1 else "(" + " OR ".join(ors) + ")"
        for term in self.excluded:
            part = term.fts()
            if part:
                expr = f"{expr} NOT {part}"
        return expr


def parse_query(text: str) -> Query:
    """Words are ANDed; OR between words makes alternatives; -word or NOT word excludes;
    "quoted words" are a phrase; a trailing * is a prefix. Everything else is ignored."""
    query = Query(groups=[[]])
    negate_next = False
    for match in _QUERY_TOKEN.finditer(text or ""):
        phrase, bare = match.groups()
        if phrase is not None:
            words = _WORD.findall(phrase.replace("*", " "))
            if words:
                term = Term(words, negated=negate_next)
                (query.excluded if negate_next else query.groups[-1]).append(term)
            negate_next = False
            continue
        if bare in ("OR", "|", "||"):
            if query.groups[-1]:
                query.groups.append([])
            continue
        if bare in ("AND", "&", "&&", "+"):
            continue
        if bare == "NOT":
            negate_next = True
            continue
        negated = negate_next
        negate_next = False
        if bare.startswith("-") and len(bare) > 1:
            negated = True
        for raw in _WORD.findall(bare):
            prefix = raw.endswith("*")
            word = raw.rstrip("*")
            if not word:
                continue
            term = Term([word], negated=negated, prefix=prefix and not _HANGUL_RUN.search(word))
            (query.excluded if negated else query.groups[-1]).append(term)
    query.groups = [g for g in query.groups if g]
    return query


# --- snippets -------------------------------------------------------------------------------

_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "ly")


def _term_pattern(term: Term) -> str:
    pieces = []
    for word in term.words:
        if _HANGUL_RUN.fullmatch(word):
            pieces.append(re.escape(word))
            continue
        stem = word.lower()
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[: -len(suffix)]
                break
        if re.fullmatch(r"\w+", stem):
            pieces.append(r"(?<!\w)" + re.escape(stem) + r"\w*")
        else:
            pieces.append(re.escape(stem))
    return r"[\s\W]*".join(pieces) if len(pieces) > 1 else pieces[0]


def find_hits(text: str, query: Query, limit: int = 200) -> list[tuple[int, int]]:
    patterns = [_term_pattern(t) for t in query.positive_terms if t.words]
    if not patterns:
        return []
    regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    hits = []
    for m in regex.finditer(text):
        if m.end() > m.start():
            hits.append((m.start(), m.end()))
            if len(hits) >= limit:
                break
    return hits


def make_snippet(text: str, hits: list[tuple[int, int]], width: int = 160, mark=("**", "**")) -> str:
    """A window of the text around the first hit, every hit in it marked."""
    if not text:
        return ""
    if not hits:
        cut = text[:width]
        return cut.replace("\n", " ") + ("…" if len(text) > width else "")
    first = hits[0][0]
    start = max(0, first - width // 3)
    if start > 0:
        space = text.rfind(" ", start - 15, start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end, end + 15)
        end = space if space >= 0 else end
    out = []
    cursor = start
    for s, e in hits:
        if s < start or e > end:
            continue
        out.append(text[cursor:s])
        out.append(mark[0] + text[s:e] + mark[1])
        cursor = e
    out.append(text[cursor:end])
    snippet = "".join(out).replace("\n", " ")
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
