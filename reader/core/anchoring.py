"""Finding a highlight again after its article's text has changed.

A highlight is stored as the W3C Web Annotation model describes a text selection: the exact quote
with some context before and after it (TextQuoteSelector) and its offsets (TextPositionSelector),
plus the hash of the text they refer to. When the text changes, `relocate` tries, in order:

1. the offsets, carried through a paragraph-level diff of the old and new text (exact when the
   highlight's paragraph did not change: insertions and deletions elsewhere just shift it);
2. the exact quote, choosing among its occurrences by how much of the context still surrounds it,
   then by closeness to where the diff says it should be (repeated quotes stay on the right copy);
3. a fuzzy match, between the surviving context or around the expected place, above SIMILARITY.

Anything else is `orphaned`: kept, listed for review, never silently dropped. A fuzzy match is
`changed`: placed, but shown for review with the quote as it was, never silently moved.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.core.text import trim_span

CONTEXT = 32  # characters of prefix and suffix kept with a quote
SIMILARITY = 0.75  # the least similarity of a fuzzy match to the old quote
SHORT_QUOTE = 8  # a quote shorter than this is trusted only with some context around it


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    state: str  # "anchored" | "changed" | "orphaned"
    similarity: float = 1.0

    @property
    def placed(self) -> bool:
        return self.state != "orphaned"


def describe(text: str, start: int, end: int) -> Anchor:
    """The anchor of text[start:end]."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} is outside a text of {len(text)} characters")
    return Anchor(start, end, text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the n-th (1-based) occurrence of quote, or None."""
    if not quote:
        return None
    index = -1
    for _ in range(max(1, occurrence)):
        index = text.find(quote, index + 1)
        if index < 0:
            return None
    return index, index + len(quote)


def relocate(anchor: Anchor, new_text: str, old_text: str | None = None) -> Placement:
    hint, exact = _hint(anchor, new_text, old_text)
    if exact and new_text[hint:hint + len(anchor.quote)] == anchor.quote:
        return Placement(hint, hint + len(anchor.quote), "anchored")
    placed = _by_quote(anchor, new_text, hint)
    if placed:
        return placed
    placed = _fuzzy(anchor, new_text, hint)
    if placed:
        return placed
    start = min(anchor.start, len(new_text))
    return Placement(start, start, "orphaned", 0.0)


# --- 1. offsets through a diff ----------------------------------------------------------------


def _paragraphs(text: str) -> tuple[list[str], list[int]]:
    lines = text.split("\n")
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return lines, starts


def _hint(anchor: Anchor, new_text: str, old_text: str | None) -> tuple[int, bool]:
    """Where the quote should now start, and whether that is certain (its paragraph is unchanged)."""
    if old_text is None:
        return min(anchor.start, len(new_text)), new_text[anchor.start:anchor.end] == anchor.quote
    if old_text == new_text:
        return anchor.start, True
    old_lines, old_starts = _paragraphs(old_text)
    new_lines, new_starts = _paragraphs(new_text)
    line = bisect.bisect_right(old_starts, anchor.start) - 1
    column = anchor.start - old_starts[line]
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i1 <= line < i2 or (i1 == i2 == line):
            if tag == "equal":
                return new_starts[j1 + line - i1] + column, True
            # The paragraph changed: assume the edit is proportional within the changed block.
            old_span = max(1, old_starts[i2 - 1] + len(old_lines[i2 - 1]) - old_starts[i1]) if i2 > i1 else 1
            new_begin = new_starts[j1] if j1 < len(new_starts) else len(new_text)
            new_span = (new_starts[j2 - 1] + len(new_lines[j2 - 1]) - new_begin) if j2 > j1 else 0
            offset = anchor.start - old_starts[i1] if i2 > i1 else 0
            return min(len(new_text), new_begin + round(offset * new_span / old_span)), False
    return min(anchor.start, len(new_text)), False


# --- 2. the exact quote -------------------------------------------------------------------------


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> int:
    before = text[max(0, start - len(anchor.prefix)):start]
    after = text[end:end + len(anchor.suffix)]
    return _common_prefix(anchor.prefix[::-1], before[::-1]) + _common_prefix(anchor.suffix, after)


def _by_quote(anchor: Anchor, text: str, hint: int) -> Placement | None:
    quote = anchor.quote
    found, index = [], text.find(quote)
    while index >= 0 and len(found) < 1000:
        found.append(index)
        index = text.find(quote, index + 1)
    if not found:
        return None
    scored = sorted(((_context_score(anchor, text, i, i + len(quote)), -abs(i - hint), i) for i in found), reverse=True)
    best_context, best_distance, best = scored[0]
    if len(scored) > 1 and scored[1][:2] == (best_context, best_distance):
        # Two copies, equally surrounded and equally far from where the diff expects it: any
        # choice would be a guess, and a guess silently moves a note. Ask the reader instead.
        return Placement(min(hint, len(text)), min(hint, len(text)), "orphaned", 0.0)
    if len(quote) < SHORT_QUOTE and best_context < 4:
        return None
    return Placement(best, best + len(quote), "anchored")


# --- 3. a fuzzy match ---------------------------------------------------------------------------


def _fuzzy(anchor: Anchor, text: str, hint: int) -> Placement | None:
    if len(anchor.quote) < SHORT_QUOTE:  # too short to recognise once it has changed
        return None
    best = _best_candidate(anchor, text, hint)
    if best and best[0] >= SIMILARITY:
        return Placement(best[1], best[2], "changed", round(best[0], 3))
    return None


def suggest(anchor: Anchor, text: str, floor: float = 0.5) -> Placement | None:
    """For a highlight that lost its place: the likeliest place anyway, for the reader to confirm
    (never applied without them). None if nothing resembles the quote."""
    if not anchor.quote:
        return None
    exact = text.find(anchor.quote)
    if exact >= 0:
        return Placement(exact, exact + len(anchor.quote), "changed", 1.0)
    best = _best_candidate(anchor, text, min(anchor.start, len(text)))
    if best and best[0] >= floor:
        return Placement(best[1], best[2], "changed", round(best[0], 3))
    return None


def _best_candidate(anchor: Anchor, text: str, hint: int) -> tuple[float, int, int] | None:
    """(similarity, start, end) of the span most like the quote, looked for between the surviving
    context and around the longest surviving piece of the quote."""
    quote = anchor.quote
    candidates: set[tuple[int, int]] = set()
    bracketed: set[tuple[int, int]] = set()  # between the old prefix and suffix, both still in place
    # Between surviving context: the prefix's end and the suffix's start still in place.
    tail, head = anchor.prefix[-16:], anchor.suffix[:16]
    starts = _occurrences(text, tail, end=True) if len(tail) >= 6 else []
    ends = _occurrences(text, head) if len(head) >= 6 else []
    for s in starts:
        for e in ends:
            if s < e and 0.5 * len(quote) <= e - s <= 2 * len(quote) + 20:
                candidates.add((s, e))
                bracketed.add((s, e))
    for s in starts:
        candidates.add((s, min(len(text), s + len(quote))))
    for e in ends:
        candidates.add((max(0, e - len(quote)), e))
    # Around the expected place: the longest piece of the quote that survived, extended to its length.
    window_start = max(0, hint - 4 * len(quote) - 200)
    window = text[window_start:hint + 5 * len(quote) + 200]
    match = SequenceMatcher(None, window, quote, autojunk=False).find_longest_match(0, len(window), 0, len(quote))
    if match.size >= max(4, len(quote) // 4):
        s = window_start + match.a - match.b
        candidates.add((max(0, s), min(len(text), s + len(quote))))
    best = None
    for s, e in candidates:
        framed = (s, e) in bracketed
        s, e = trim_span(text, s, e)
        if e <= s:
            continue
        ratio = SequenceMatcher(None, quote, text[s:e], autojunk=False).ratio()
        if framed:  # what the unchanged context encloses is the best guess at what became of the quote
            ratio = min(1.0, ratio + 0.05)
        if best is None or ratio > best[0] or (ratio == best[0] and abs(s - hint) < abs(best[1] - hint)):
            best = (ratio, s, e)
    return best


def _occurrences(text: str, needle: str, end: bool = False) -> list[int]:
    found, index = [], text.find(needle)
    while index >= 0 and len(found) < 50:
        found.append(index + len(needle) if end else index)
        index = text.find(needle, index + 1)
    return found
