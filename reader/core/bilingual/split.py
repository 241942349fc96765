"""Sentence and paragraph spans of a canonical text, for Korean and English news.

A span is ``(start, end)`` into the text, without surrounding whitespace. Blocks (the lines of the
canonical text, separated by "\\n") are never joined: a caption, a credit line or a heading is its
own sentence even without final punctuation, and a Korean sentence ending in 다/요/까 at a line end
needs none either. Inside a block a sentence ends after . ! ? … (and their runs), possibly followed
by closing quotes or brackets, when whitespace follows and the next word can start a sentence —
except after abbreviations (Mr. Dr. Jan. No. e.g. U.S.), single initials (S. Korea, J. Smith),
Korean numeric dates (2025. 9. 23.) and a quotation that the sentence goes on after ("…," he said).
"""

from __future__ import annotations

import re

from reader.core.text import trim_span

_BLOCK = re.compile(r"[^\n]+")

# A candidate end: terminal punctuation run, closing quotes/brackets, then whitespace.
_END = re.compile(r"(?:[.!?]+|…+|\.{3,})[\"'”’」』)\]]*(?=\s)|(?<=[다요까죠네])[\"”’」』](?=\s)")

_CLOSERS = "\"'”’」』)]"
_OPENERS = "\"'“‘「『([<"

# Words after which a period is not an end (compared casefolded, without the period).
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "messrs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "no", "nos", "vol", "vols", "p", "pp", "art", "fig", "figs", "ch", "sec", "para", "ed", "eds",
    "e.g", "i.e", "cf", "vs", "v", "approx", "est", "dept", "univ", "assn", "bros", "ave", "blvd",
    "mt", "ft", "corp", "inc", "ltd", "co", "plc", "cos",
}
# Abbreviations that often end a sentence too: an end if a capitalised word follows.
_SOFT_ABBREV = {"etc", "inc", "ltd", "co", "corp", "plc", "cos", "jr", "sr", "bros"}
# After an acronym such as U.S. a new sentence is told by a typical first word.
_STARTERS = {
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these",
    "those", "but", "and", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before",
    "there", "his", "her", "their", "our", "some", "many", "most", "officials", "meanwhile",
    "however", "still", "yet", "also", "last", "next", "since", "under", "according", "to", "with",
}
# Korean particles/endings that continue a sentence straight after a closing quote: “…다” 라고
_KO_QUOTE_CONT = re.compile(r"(?:라고|이라고|고|며|라며|이라며|면서|라면서|는|란|라는|하고|하며)(?:\s|$)")

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank "\\n"-separated blocks, as spans without surrounding whitespace."""
    spans = []
    for m in _BLOCK.finditer(text):
        s, e = trim_span(text, m.start(), m.end())
        if e > s:
            spans.append((s, e))
    return spans


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of `text` in order; a sentence never crosses a block boundary."""
    out: list[tuple[int, int]] = []
    for bs, be in paragraphs(text):
        start = bs
        for m in _END.finditer(text, bs, be):
            end = m.end()
            if end >= be:
                break
            if _is_end(text, m.start(), end, be, lang):
                s, e = trim_span(text, start, end)
                if e > s:
                    out.append((s, e))
                start = end
        s, e = trim_span(text, start, be)
        if e > s:
            out.append((s, e))
    return out


def _next_word(text: str, pos: int, limit: int) -> str:
    while pos < limit and text[pos].isspace():
        pos += 1
    m = re.compile(r"\S+").match(text, pos, limit)
    return m.group() if m else ""


def _is_end(text: str, pstart: int, pend: int, limit: int, lang: str) -> bool:
    mark = text[pstart:pend].rstrip(_CLOSERS)
    closers = text[pstart + len(mark):pend]
    nxt = _next_word(text, pend, limit)
    if not nxt:
        return False
    first = nxt.lstrip(_OPENERS)[:1] or nxt[:1]
    if not mark:  # a Korean quotation closed right after 다/요/까 without a period: “…직결된다” 이어
        return not _KO_QUOTE_CONT.match(nxt)
    if first.islower():  # "…," he said. / e.g. the / “Why?” she asked.
        return False
    if closers and _HANGUL.match(first) and _KO_QUOTE_CONT.match(nxt):
        return False  # “…했다.” 라고
    if mark.startswith("…") or mark.startswith("..."):
        if lang == "ko" or _HANGUL.search(text[max(0, pstart - 1):pstart]):
            # Korean uses … inside headlines and sentences (체결…리튬): only an ending before it ends
            return bool(re.search(r"[다요까죠네][.!?]?$", text[max(0, pstart - 2):pstart])) or bool(closers)
        return not first.isdigit()
    if mark[0] != ".":
        return True  # ! ? end (lowercase continuation was ruled out above)
    if len(mark) > 1 and not closers:
        return True
    before = text[max(0, pstart - 40):pstart]
    # 2025. 9. 23. — a Korean numeric date; 3.5% never reaches here (no whitespace after the dot)
    if re.search(r"(?:^|\s)\d{1,4}$", before) and first.isdigit() and not closers:
        return False
    if re.search(r"\d{4}\. ?\d{1,2}\. ?\d{1,2}$", before):
        return False  # the last dot of 2025. 9. 23.
    if closers and closers[0] not in ")]":
        return True
    wm = _WORD_BEFORE.search(before)
    if not wm:
        return True
    word = wm.group(1)
    key = word.casefold()
    if len(word) == 1 and word.isupper():  # an initial: S. Korea, J. Smith
        return False
    if "." in word.strip("."):  # U.S. / e.g. / U.K. / i.e.
        if key in ("e.g", "i.e"):
            return False
        return nxt.lstrip(_OPENERS).casefold().strip(",;:") in _STARTERS
    if key in _ABBREV:
        if key in _SOFT_ABBREV:
            return first.isupper() and nxt.lstrip(_OPENERS).casefold() in _STARTERS
        if key in ("no", "nos", "p", "pp", "vol", "art", "fig", "sec", "ch"):
            return not first.isdigit()
        return False
    return True
