"""Sentence alignment of a Korean and an English article.

Length-based dynamic programming in the spirit of Gale & Church (1993): a link between `a` Korean
and `b` English sentences costs ``-log P(type) - log P(delta)``, where ``delta`` is the normalised
difference between the English length and the Korean length times the ratio ``c`` (English
characters per Korean character, estimated from the two texts), and ``P(delta) = 2 (1 - Phi(|delta|))``
is a Gaussian tail. Lengths are counted in non-space characters.

Anchors lower the cost: facts (reader.core.facts) that `same_fact` says are the same on the two
sides — amounts, percentages, dates, counterpart names (the glossary's pairs among them) — bare
numbers and Latin-script tokens (MOU, LNG, EDCF) found on both sides, and concepts of a small
bilingual word list of news vocabulary (lexicon.py: 수출/export, 태풍/typhoon) found on both sides.
Each is weighted by its kind and by how rare its matches are; a link's bonus grows with the share
of its anchors that find a partner inside the link (a Dice score), so merging two correct 1-1
links into a 2-2 gains nothing. A sentence whose anchors all point outside its link costs a
penalty (it belongs elsewhere, or nowhere: a dropped sentence beside a merge), and so does a merged
sentence without anchors whose figures or words the other text never mentions.

Paragraphs are aligned first when their counts are compatible, then sentences inside each aligned
paragraph group; otherwise sentences are aligned over the whole text. `fixed` links (the user's
corrections) are kept unchanged and the rest is aligned around them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from reader.core.bilingual.split import paragraphs, split_sentences


@dataclass
class Link:
    ko: list[int] = field(default_factory=list)  # Korean sentence indexes
    en: list[int] = field(default_factory=list)  # English sentence indexes

    def as_pair(self) -> list[list[int]]:
        return [list(self.ko), list(self.en)]


# --- parameters (tuned on tests/bilingual/gold, see bench/bench_align.py) -------------------------

# Link types (Korean sentences, English sentences) and their prior probabilities.
PRIORS = {
    (1, 1): 0.80,
    (1, 2): 0.1, (2, 1): 0.1,
    (1, 0): 0.02, (0, 1): 0.02,
    (2, 2): 0.01,
    (1, 3): 0.006, (3, 1): 0.006,
}
PARAGRAPH_PRIORS = {
    (1, 1): 0.85,
    (1, 2): 0.05, (2, 1): 0.05,
    (1, 0): 0.02, (0, 1): 0.02,
    (2, 2): 0.005,
    (1, 3): 0.005, (3, 1): 0.005,
}
VARIANCE = 9.0  # s^2 per (mean) character, in English characters (Gale-Church: 6.8 for c = 1)
DEFAULT_RATIO = 2.3  # English characters per Korean character when the texts cannot tell
RATIO_RANGE = (1.4, 3.6)
ANCHOR_WEIGHT = 8.0  # the largest bonus a link gets from anchors (in -log probability units)
KIND_WEIGHTS = {
    "money": 1.0, "percent": 1.0, "quantity": 1.0, "count": 0.7, "date": 0.7,
    "organization": 0.6, "person": 0.8, "place": 0.4, "number": 0.6, "token": 0.6, "word": 0.3,
}
MAX_CONCEPT_SHARE = 0.34  # a word-list concept in more than this share of a side's sentences is not an anchor
MAX_CONCEPT_SENTENCES = 6
LEXICAL_ORPHANS = 2  # concepts of a sentence the other side never mentions that make it an orphan
ORPHAN_PENALTY = 4.0  # per merged sentence whose only figures appear nowhere on the other side
STRAY_PENALTY = 3.0  # per sentence whose anchors all point outside its link (see _bonus)
BAND = 12  # the DP only looks this many sentences away from the diagonal (plus the length skew)


# --- lengths and costs --------------------------------------------------------------------------

def _length(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


_LOG_HALF_PI = 0.5 * math.log(math.pi / 2)


def _neg_log_tail(x: float) -> float:
    """-log P(|Z| >= x) for a standard normal Z."""
    x = abs(x)
    if x < 7.0:
        return -math.log(max(math.erfc(x / math.sqrt(2.0)), 1e-300))
    return x * x / 2.0 + math.log(x) + _LOG_HALF_PI


def _length_cost(lk: float, le: float, c: float) -> float:
    mean = max((lk * c + le) / 2.0, 1.0)
    delta = (le - lk * c) / math.sqrt(VARIANCE * mean)
    return _neg_log_tail(delta)


# --- anchors ------------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&\-]{1,}")


@dataclass
class _Anchor:
    weight: float
    partners: frozenset  # the other side's sentence indexes holding a matching anchor


def _sentence_of(starts: list[int], pos: int) -> int:
    return bisect_right(starts, pos) - 1


def _concepts(lexicon, ko_text, en_text, ko_sents, en_sents):
    """(Korean sentences, English sentences) holding each word-list concept found on both sides,
    for the concepts rare enough on each side to tell sentences apart; and per sentence of each
    side, how many of its concepts the other side never mentions."""
    ko_at: dict[int, list[int]] = {}
    for k, (s, e) in enumerate(ko_sents):
        for c in lexicon.ko(ko_text[s:e]):
            ko_at.setdefault(c, []).append(k)
    en_at: dict[int, list[int]] = {}
    for j, (s, e) in enumerate(en_sents):
        for c in lexicon.en(en_text[s:e]):
            en_at.setdefault(c, []).append(j)
    limit_ko = max(3, int(len(ko_sents) * MAX_CONCEPT_SHARE))
    limit_en = max(3, int(len(en_sents) * MAX_CONCEPT_SHARE))
    out = []
    for c, ks in ko_at.items():
        es = en_at.get(c)
        if es and len(ks) <= min(limit_ko, MAX_CONCEPT_SENTENCES) and len(es) <= min(limit_en, MAX_CONCEPT_SENTENCES):
            out.append((ks, es))
    ko_unmatched = [0] * len(ko_sents)
    for c, ks in ko_at.items():
        if c not in en_at:
            for k in ks:
                ko_unmatched[k] += 1
    en_unmatched = [0] * len(en_sents)
    for c, es in en_at.items():
        if c not in ko_at:
            for j in es:
                en_unmatched[j] += 1
    return out, ko_unmatched, en_unmatched


def _anchors(ko_text, en_text, ko_sents, en_sents, ko_facts, en_facts, lexicon=None):
    """Per sentence, on each side, the anchors that have a partner somewhere on the other side."""
    from reader.core.facts.match import same_fact

    ko_starts = [s for s, _ in ko_sents]
    en_starts = [s for s, _ in en_sents]

    def place(facts, starts, sents):
        out = []
        for f in facts:
            k = _sentence_of(starts, f.start)
            if 0 <= k < len(sents) and f.start < sents[k][1]:
                out.append((k, f))
        return out

    ko_placed = place(ko_facts, ko_starts, ko_sents)
    en_placed = place(en_facts, en_starts, en_sents)
    by_kind: dict[str, list] = {}
    for k, f in en_placed:
        by_kind.setdefault(f.kind, []).append((k, f))

    ko_orphans = [0] * len(ko_sents)  # figures with no counterpart anywhere on the other side
    en_orphans = [0] * len(en_sents)
    ko_items: list[tuple[int, str, set]] = []  # (sentence, kind, partner sentences)
    en_partners: dict[int, tuple[int, str, set]] = {}
    for k, f in ko_placed:
        partners = set()
        for j, (ke, g) in enumerate(by_kind.get(f.kind, ())):
            if same_fact(f, g):
                partners.add(ke)
                entry = en_partners.setdefault(id(g), (ke, g.kind, set()))
                entry[2].add(k)
        if partners:
            ko_items.append((k, f.kind, partners))
        elif f.kind in _FIGURES:
            ko_orphans[k] += 1
    en_items = list(en_partners.values())
    for k, g in en_placed:
        if g.kind in _FIGURES and id(g) not in en_partners:
            en_orphans[k] += 1

    # bare numbers and Latin tokens (acronyms, brand names) written the same on both sides
    def tokens(text, sents):
        found: dict[tuple[str, str], set] = {}
        for k, (s, e) in enumerate(sents):
            piece = text[s:e]
            for m in _NUMBER.finditer(piece):
                v = m.group().replace(",", "")
                if len(v.strip("0.")) >= 2 or "." in v:  # 1 or 0 alone tells nothing
                    found.setdefault(("number", v), set()).add(k)
            for m in _LATIN.finditer(piece):
                found.setdefault(("token", m.group().casefold()), set()).add(k)
        return found

    ko_tok = tokens(ko_text, ko_sents)
    if lexicon is not None:
        # concepts of the word list present on both sides (a translation's content words)
        shared, ko_unmatched, en_unmatched = _concepts(lexicon, ko_text, en_text, ko_sents, en_sents)
        if LEXICAL_ORPHANS:
            # several content words that the other side never mentions: a dropped sentence, if the
            # sentence has no anchor at all (see _bonus)
            for orphans, unmatched in ((ko_orphans, ko_unmatched), (en_orphans, en_unmatched)):
                for k, n in enumerate(unmatched):
                    if n >= LEXICAL_ORPHANS:
                        orphans[k] += 1
        for ks, es in shared:
            for k in ks:
                ko_items.append((k, "word", set(es)))
            for e in es:
                en_items.append((e, "word", set(ks)))
    if ko_tok:
        en_tok = tokens(en_text, en_sents)
        for key, ks in ko_tok.items():
            es = en_tok.get(key)
            if not es or len(ks) > 6 or len(es) > 6:
                continue
            for k in ks:
                ko_items.append((k, key[0], set(es)))
            for e in es:
                en_items.append((e, key[0], set(ks)))

    def collect(items, n, orphans):
        per = [_Anchors(orphans[k]) for k in range(n)]
        for k, kind, partners in items:
            w = KIND_WEIGHTS.get(kind, 0.5) / math.sqrt(len(partners))
            per[k].append(_Anchor(w, frozenset(partners)))
        return per

    return collect(ko_items, len(ko_sents), ko_orphans), collect(en_items, len(en_sents), en_orphans)


class _Anchors(list):
    """A sentence's anchors, and how many of its figures have no counterpart at all."""

    def __init__(self, orphans: int = 0):
        super().__init__()
        self.orphans = orphans


_FIGURES = ("money", "percent", "quantity", "count")


def _bonus(ko_anchor_lists, en_anchor_lists, ko_idx, en_idx, penalties: bool = True) -> float:
    """ANCHOR_WEIGHT x (matched share of the link's anchors) x (confidence from their amount).

    With `penalties` (sentence links; not paragraph links, whose sentences are aligned afterwards):
    less STRAY_PENALTY for each sentence whose anchors all point outside the link, in a merge (a
    sentence that belongs elsewhere) as in a 1-1 link (two sentences that each name what other
    sentences say: the translation of one of them is elsewhere); less ORPHAN_PENALTY for each merged
    sentence without anchors whose figures or words the other side never mentions (a dropped
    sentence). A 1-1 link's orphan figures are left to the figures check, which reports them."""
    merge = len(ko_idx) + len(en_idx) > 2
    total = matched = penalty = 0.0
    for lists, idx, other in ((ko_anchor_lists, ko_idx, en_idx), (en_anchor_lists, en_idx, ko_idx)):
        single = other[0] if len(other) == 1 else None
        for i in idx:
            anchors = lists[i]
            if not anchors:
                if merge and penalties and anchors.orphans:
                    penalty += ORPHAN_PENALTY
                continue
            hit = False
            for a in anchors:
                total += a.weight
                if (single in a.partners) if single is not None else not a.partners.isdisjoint(other):
                    matched += a.weight
                    hit = True
            if not hit and penalties and other:
                penalty += STRAY_PENALTY  # even one weak anchor: measured better than scaling by weight
    bonus = ANCHOR_WEIGHT * (matched / total) * (1.0 - math.exp(-matched)) if matched else 0.0
    return bonus - penalty


# --- the dynamic programme ----------------------------------------------------------------------

def _dp(ko_len, en_len, c, priors, bonus) -> list[tuple[int, int, int, int]]:
    """Best path over (i, j); returns links as (i0, i1, j0, j1) half-open ranges into the inputs."""
    n, m = len(ko_len), len(en_len)
    if n == 0 or m == 0:
        return [(i, i + 1, 0, 0) for i in range(n)] + [(0, 0, j, j + 1) for j in range(m)]
    moves = [(a, b, -math.log(p)) for (a, b), p in priors.items()]
    ck = [0.0]
    for v in ko_len:
        ck.append(ck[-1] + v)
    ce = [0.0]
    for v in en_len:
        ce.append(ce[-1] + v)
    INF = float("inf")
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    band = max(BAND, abs(n - m) + 4)
    for i in range(n + 1):
        centre = i * m / n
        lo = max(0, int(centre - band))
        hi = min(m, int(centre + band) + 1)
        row = cost[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = INF, None
            for a, b, prior in moves:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                prev = cost[pi][pj]
                if prev == INF:
                    continue
                if a and b:
                    lk, le = ck[i] - ck[pi], ce[j] - ce[pj]
                    v = prev + prior + _length_cost(lk, le, c) - bonus(pi, i, pj, j)
                else:
                    # a dropped or added sentence: its length says nothing, only the prior counts
                    v = prev + prior
                if v < best:
                    best, arg = v, (a, b)
            row[j] = best
            back[i][j] = arg
    path = []
    i, j = n, m
    while i or j:
        a, b = back[i][j]
        path.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    path.reverse()
    return path


# --- the public entry ---------------------------------------------------------------------------

def estimate_ratio(ko_text: str, en_text: str) -> float:
    """English characters per Korean character (non-space), clamped to a plausible range."""
    lk, le = _length(ko_text), _length(en_text)
    if not lk or not le:
        return DEFAULT_RATIO
    return min(max(le / lk, RATIO_RANGE[0]), RATIO_RANGE[1])


TRANSLATION_AGREEMENT = 0.75  # below: two reports of the same news rather than a translation
MIN_EVIDENCE = 2.0  # anchor weight needed to judge at all


def agreement(
    links: list[Link],
    ko_text: str,
    en_text: str,
    ko_sentences,
    en_sentences,
    ko_facts,
    en_facts,
    *,
    lexicon=None,
) -> float | None:
    """How much of the two texts' shared evidence the alignment keeps together: the share of the
    anchors' weight (figures, names, tokens and words that both texts have) whose partner lies in
    the anchor's own link. A translation scores 0.8-1.0 (the gold set: 0.81-1.00; the starter's
    translations 0.84-0.92); two reports of the same event written independently tell it in another
    order and score less (the starter's two: 0.55 and 0.68). None when there is too little
    evidence to judge (fewer than MIN_EVIDENCE of anchor weight)."""
    if lexicon is None:
        from reader.core.bilingual.lexicon import default

        lexicon = default()
    ko_sents, en_sents = list(ko_sentences), list(en_sentences)
    ko_anc, en_anc = _anchors(ko_text, en_text, ko_sents, en_sents, ko_facts, en_facts, lexicon or None)
    ko_owner = {i: n for n, link in enumerate(links) for i in link.ko}
    en_owner = {j: n for n, link in enumerate(links) for j in link.en}
    total = kept = 0.0
    for lists, own, other in ((ko_anc, ko_owner, en_owner), (en_anc, en_owner, ko_owner)):
        for i, anchors in enumerate(lists):
            for a in anchors:
                total += a.weight
                if i in own and any(other.get(p) == own[i] for p in a.partners):
                    kept += a.weight
    return kept / total if total >= MIN_EVIDENCE else None


def looks_translated(value: float | None) -> bool:
    """An agreement (see `agreement`) high enough for one text to be the other's translation; with
    too little evidence the pair is given the benefit of the doubt."""
    return value is None or value >= TRANSLATION_AGREEMENT


def align(
    ko_text: str,
    en_text: str,
    *,
    ko_sentences=None,
    en_sentences=None,
    glossary=None,
    fixed=(),
    published=None,
    ko_facts=None,
    en_facts=None,
    lexicon=None,
) -> list[Link]:
    """Links between the sentences of `ko_text` and `en_text`, in reading order.

    `ko_sentences`/`en_sentences` are sentence spans (default: `split_sentences`); `ko_facts` /
    `en_facts` precomputed facts of the two texts (default: extracted here, with `glossary` and
    `published`); `fixed` links are kept as they are and everything else is aligned around them.
    `lexicon` is the word list for lexical anchors (default: lexicon.default(); False: none).
    """
    ko_sents = list(ko_sentences) if ko_sentences is not None else split_sentences(ko_text, "ko")
    en_sents = list(en_sentences) if en_sentences is not None else split_sentences(en_text, "en")
    if ko_facts is None or en_facts is None:
        from reader.core.facts.extract import extract_facts

        if ko_facts is None:
            ko_facts = extract_facts(ko_text, "ko", published, glossary)
        if en_facts is None:
            en_facts = extract_facts(en_text, "en", published, glossary)
    if lexicon is None:
        from reader.core.bilingual.lexicon import default

        lexicon = default()
    ko_anc, en_anc = _anchors(ko_text, en_text, ko_sents, en_sents, ko_facts, en_facts, lexicon or None)
    ko_len = [_length(ko_text[s:e]) for s, e in ko_sents]
    en_len = [_length(en_text[s:e]) for s, e in en_sents]
    c = estimate_ratio(ko_text, en_text)
    ko_para = _paragraph_ids(ko_text, ko_sents)
    en_para = _paragraph_ids(en_text, en_sents)

    ctx = _Context(ko_len, en_len, ko_anc, en_anc, ko_para, en_para, c)

    fixed = [Link(sorted(set(f.ko)), sorted(set(f.en))) for f in fixed]
    taken_ko = {i for f in fixed for i in f.ko}
    taken_en = {j for f in fixed for j in f.en}
    # the fixed links that can split the problem: both sides present, in a monotone chain
    splits: list[Link] = []
    for f in sorted((f for f in fixed if f.ko and f.en), key=lambda f: (f.ko[0], f.en[0])):
        if not splits or (f.ko[0] > splits[-1].ko[-1] and f.en[0] > splits[-1].en[-1]):
            splits.append(f)
    out: list[Link] = []
    prev_ko, prev_en = -1, -1
    for f in splits + [None]:
        next_ko = f.ko[0] if f else len(ko_sents)
        next_en = f.en[0] if f else len(en_sents)
        ko_idx = [i for i in range(prev_ko + 1, next_ko) if i not in taken_ko]
        en_idx = [j for j in range(prev_en + 1, next_en) if j not in taken_en]
        out += ctx.region(ko_idx, en_idx)
        if f:
            out.append(f)
            prev_ko, prev_en = f.ko[-1], f.en[-1]
    # fixed links that did not split (crossing or one-sided) go back at their place
    others = [f for f in fixed if not any(f is s for s in splits)]
    if others:
        out += others
        out.sort(key=_order_key(list(out)))  # a list being sorted looks empty to its key
    return out


def _order_key(links):
    """Reading order for a mixed list: by Korean index, a 0-1 link by its English neighbours."""
    def key(link: Link):
        if link.ko:
            return (link.ko[0], 0, link.en[0] if link.en else -1)
        # place an English-only link after the last link whose English index precedes it
        before = [l.ko[-1] for l in links if l.ko and l.en and l.en[-1] < link.en[0]]
        return (max(before) if before else -1, 1, link.en[0])
    return key


def _paragraph_ids(text: str, sents) -> list[int]:
    starts = [s for s, _ in paragraphs(text)]
    return [max(0, bisect_right(starts, s) - 1) for s, _ in sents]


class _Context:
    def __init__(self, ko_len, en_len, ko_anc, en_anc, ko_para, en_para, c):
        self.ko_len, self.en_len = ko_len, en_len
        self.ko_anc, self.en_anc = ko_anc, en_anc
        self.ko_para, self.en_para = ko_para, en_para
        self.c = c

    def _sentences(self, ko_idx, en_idx) -> list[Link]:
        def bonus(i0, i1, j0, j1):
            return _bonus(self.ko_anc, self.en_anc, ko_idx[i0:i1], en_idx[j0:j1])

        path = _dp([self.ko_len[i] for i in ko_idx], [self.en_len[j] for j in en_idx], self.c, PRIORS, bonus)
        return [Link(ko_idx[i0:i1], en_idx[j0:j1]) for i0, i1, j0, j1 in path]

    def region(self, ko_idx: list[int], en_idx: list[int]) -> list[Link]:
        if not ko_idx or not en_idx:
            return [Link([i], []) for i in ko_idx] + [Link([], [j]) for j in en_idx]
        ko_groups = _group(ko_idx, self.ko_para)
        en_groups = _group(en_idx, self.en_para)
        nk, ne = len(ko_groups), len(en_groups)
        if nk < 2 or ne < 2 or min(nk, ne) / max(nk, ne) < 0.75:
            return self._sentences(ko_idx, en_idx)

        def bonus(i0, i1, j0, j1):
            ks = [i for g in ko_groups[i0:i1] for i in g]
            es = [j for g in en_groups[j0:j1] for j in g]
            return _bonus(self.ko_anc, self.en_anc, ks, es, penalties=False)

        path = _dp(
            [sum(self.ko_len[i] for i in g) for g in ko_groups],
            [sum(self.en_len[j] for j in g) for g in en_groups],
            self.c, PARAGRAPH_PRIORS, bonus,
        )
        out: list[Link] = []
        for i0, i1, j0, j1 in path:
            ks = [i for g in ko_groups[i0:i1] for i in g]
            es = [j for g in en_groups[j0:j1] for j in g]
            if ks and es:
                out += self._sentences(ks, es)
            else:
                out += [Link([i], []) for i in ks] + [Link([], [j]) for j in es]
        return out


def _group(idx: list[int], para: list[int]) -> list[list[int]]:
    groups: list[list[int]] = []
    last = None
    for i in idx:
        if para[i] != last:
            groups.append([])
            last = para[i]
        groups[-1].append(i)
    return groups
