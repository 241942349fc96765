"""Pairs: a Korean article and its English counterpart, and suggestions of likely counterparts,
ranked by the facts the two share (amounts, dates, names)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reader.core.errors import ReaderError
from reader.core.library import Library, now


@dataclass
class Suggestion:
    id: int
    title: str
    lang: str
    score: float
    shared: list[str]  # the shared facts, as written in the candidate

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "lang": self.lang, "score": self.score, "shared": self.shared}


def link(library: Library, first: int, second: int) -> int:
    """Pair two articles, one Korean and one English, in either order; return the pair's id."""
    a, b = library.get(first), library.get(second)
    by_lang = {a["lang"]: a, b["lang"]: b}
    if set(by_lang) != {"ko", "en"}:
        raise ReaderError(f"a pair is one Korean and one English article; these are {a['lang']} and {b['lang']}")
    ko, en = by_lang["ko"]["id"], by_lang["en"]["id"]
    existing = library.db.execute("SELECT id FROM pairs WHERE ko_id = ? AND en_id = ?", [ko, en]).fetchone()
    if existing:
        return existing[0]
    return library.db.execute("INSERT INTO pairs(ko_id, en_id, created) VALUES (?, ?, ?)", [ko, en, now()]).lastrowid


def unlink(library: Library, first: int, second: int | None = None) -> int:
    """Remove the pair of two articles, or every pair of one; return how many were removed."""
    if second is None:
        cursor = library.db.execute("DELETE FROM pairs WHERE ko_id = ? OR en_id = ?", [first, first])
    else:
        cursor = library.db.execute(
            "DELETE FROM pairs WHERE (ko_id = ? AND en_id = ?) OR (ko_id = ? AND en_id = ?)", [first, second, second, first]
        )
    return cursor.rowcount


def counterparts(library: Library, article_id: int) -> list[int]:
    rows = library.db.execute(
        "SELECT CASE WHEN ko_id = ? THEN en_id ELSE ko_id END FROM pairs WHERE ko_id = ? OR en_id = ? ORDER BY id",
        [article_id, article_id, article_id],
    )
    return [r[0] for r in rows]


def _fact_keys(rows) -> set[tuple]:
    """Language-neutral keys of facts: a kind with its normalised value (names by their canonical form)."""
    keys = set()
    for kind, value, unit in rows:
        if kind in ("count", "percent") and value is not None:
            keys.add((kind, value))  # a count's noun is language-specific; its number is not
        elif value is not None:
            keys.add((kind, value, unit if kind == "money" else None))
    return keys


def suggest(library: Library, article_id: int, limit: int = 10) -> list[Suggestion]:
    """Articles in the other language that share the most distinctive facts with this one."""
    from reader.core.facts import store

    article = library.get(article_id)
    if article["lang"] not in ("ko", "en"):
        raise ReaderError("only Korean and English articles have counterparts")
    other = "en" if article["lang"] == "ko" else "ko"
    store.refresh(library)
    mine = _fact_keys(library.db.execute("SELECT kind, value, unit FROM facts WHERE article_id = ?", [article_id]))
    if not mine:
        return []
    # how many articles carry each fact: a fact everyone mentions ("2025") says little
    frequency: dict[tuple, int] = defaultdict(int)
    candidates: dict[int, set[tuple]] = defaultdict(set)
    texts: dict[tuple[int, tuple], str] = {}
    for aid, lang, kind, value, unit, text in library.db.execute(
        "SELECT f.article_id, a.lang, f.kind, f.value, f.unit, f.text FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.article_id != ?",
        [article_id],
    ):
        for key in _fact_keys([(kind, value, unit)]):
            frequency[key] += 1
            if lang == other and key in mine:
                candidates[aid].add(key)
                texts.setdefault((aid, key), text)
    total = max(1, library.count())
    import math

    scored = []
    for aid, shared in candidates.items():
        score = sum(math.log(1 + total / frequency[key]) * (2.0 if key[0] in ("money", "percent") else 1.0) for key in shared)
        scored.append((score, aid, shared))
    scored.sort(reverse=True)
    result = []
    for score, aid, shared in scored[:limit]:
        row = library.db.execute("SELECT title, lang FROM articles WHERE id = ?", [aid]).fetchone()
        result.append(Suggestion(aid, row[0], row[1], round(score, 3), sorted(texts[(aid, k)] for k in shared)))
    return result


@dataclass
class Aligned:
    """Two articles, their sentences (spans into each canonical text) and the links between them."""

    ko: dict
    en: dict
    ko_spans: list[tuple[int, int]]
    en_spans: list[tuple[int, int]]
    links: list  # reader.core.bilingual.align.Link
    ko_facts: list
    en_facts: list
    corrections: list  # the user's own links, kept through every re-alignment
    # the share of the shared figures, names and words that the links keep together (None: too few
    # to tell); below align.TRANSLATION_AGREEMENT the two are separate reports, not a translation
    agreement: float | None = None

    @property
    def translated(self) -> bool:
        from reader.core.bilingual.align import looks_translated

        return looks_translated(self.agreement)


def aligned(library: Library, ko_id: int, en_id: int) -> Aligned:
    """The alignment of a pair (pairing the two articles if they are not yet), computed once per
    version of the two texts and stored with the pair; the user's corrections are respected."""
    import json

    from reader.core.bilingual.align import Link, agreement, align
    from reader.core.bilingual.split import split_sentences
    from reader.core.facts import user_glossary
    from reader.core.facts.extract import extract_facts

    pair_id = link(library, ko_id, en_id)
    ko, en = library.get(ko_id), library.get(en_id)
    if ko["lang"] != "ko":
        ko, en = en, ko
    stored, aligned_on, corrections = library.db.execute(
        "SELECT alignment, aligned_on, corrections FROM pairs WHERE id = ?", [pair_id]
    ).fetchone()
    fixed = [Link(list(a), list(b)) for a, b in json.loads(corrections)]
    version = f"{ko['content_hash']}:{en['content_hash']}:{corrections}"
    ko_spans, en_spans = split_sentences(ko["text"], "ko"), split_sentences(en["text"], "en")
    names = user_glossary.glossary(library)
    ko_facts = extract_facts(ko["text"], "ko", ko["published"], names)
    en_facts = extract_facts(en["text"], "en", en["published"] or ko["published"], names)
    if stored and aligned_on == version:
        links = [Link(list(a), list(b)) for a, b in json.loads(stored)]
    else:
        links = align(ko["text"], en["text"], ko_sentences=ko_spans, en_sentences=en_spans, fixed=fixed,
                      published=ko["published"], ko_facts=ko_facts, en_facts=en_facts)
        library.db.execute(
            "UPDATE pairs SET alignment = ?, aligned_on = ? WHERE id = ?",
            [json.dumps([[l.ko, l.en] for l in links]), version, pair_id],
        )
    score = agreement(links, ko["text"], en["text"], ko_spans, en_spans, ko_facts, en_facts)
    return Aligned(ko, en, ko_spans, en_spans, links, ko_facts, en_facts, fixed, score)


def correct(library: Library, ko_id: int, en_id: int, ko_sentences: list[int], en_sentences: list[int]) -> None:
    """The user links these sentences (either side may be empty: a sentence with no counterpart).
    Earlier corrections that share a sentence with this one give way to it."""
    import json

    pair_id = link(library, ko_id, en_id)
    current = json.loads(library.db.execute("SELECT corrections FROM pairs WHERE id = ?", [pair_id]).fetchone()[0])
    kept = [c for c in current if not (set(c[0]) & set(ko_sentences) or set(c[1]) & set(en_sentences))]
    kept.append([sorted(ko_sentences), sorted(en_sentences)])
    library.db.execute("UPDATE pairs SET corrections = ? WHERE id = ?", [json.dumps(kept), pair_id])


# --- corrections in the reader's terms (the bilingual view's commands) ------------------------------

def unlink_group(library: Library, al: Aligned, index: int) -> None:
    """Every sentence of the link at `index` is left without a counterpart."""
    link_ = al.links[index]
    for i in link_.ko:
        correct(library, al.ko["id"], al.en["id"], [i], [])
    for j in link_.en:
        correct(library, al.ko["id"], al.en["id"], [], [j])


def merge_with_next(library: Library, al: Aligned, index: int) -> None:
    """The link at `index` and the one after it become one."""
    if not 0 <= index < len(al.links) - 1:
        raise ReaderError("the last group has no next one to merge with")
    a, b = al.links[index], al.links[index + 1]
    correct(library, al.ko["id"], al.en["id"], a.ko + b.ko, a.en + b.en)


def split_parts(ko: list[int], en: list[int], side: str, sentence: int) -> tuple[tuple[list, list], tuple[list, list]]:
    """Where a link is cut: before `sentence` on its side (after it, if it is that side's first);
    the other side is cut in the same proportion, rounded up (a 2-1 link cut at its second Korean
    sentence keeps the English one with the first). A side with a single sentence cannot be cut: the
    other side is cut after its first sentence then."""
    mine, theirs = (list(ko), list(en)) if side == "ko" else (list(en), list(ko))
    if len(mine) < 2:
        mine, theirs, cut = theirs, mine, 1
        side = "en" if side == "ko" else "ko"
    else:
        cut = max(1, mine.index(sentence)) if sentence in mine else 1
    if len(mine) < 2:
        raise ReaderError("a link of one sentence on each side cannot be split; unlink it instead")
    other_cut = -(-len(theirs) * cut // len(mine))  # ceil
    first, second = (mine[:cut], theirs[:other_cut]), (mine[cut:], theirs[other_cut:])
    if side == "ko":
        return first, second
    return (first[1], first[0]), (second[1], second[0])


def split_group(library: Library, al: Aligned, index: int, side: str, sentence: int) -> None:
    """The link at `index` becomes two, cut at `sentence` of `side` (see split_parts)."""
    link_ = al.links[index]
    for ko, en in split_parts(link_.ko, link_.en, side, sentence):
        if ko or en:
            correct(library, al.ko["id"], al.en["id"], ko, en)
