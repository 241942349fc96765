"""Running a regular expression only where it can match.

Python's re tries a pattern at every position of the text it is given; most fact patterns need a
word that is rare in news ("billion", "밝혔다", "province"). Finding those words first with a fast
literal scan and running the pattern only in the stretches around them keeps the extractor's cost
in proportion to what a text holds, not to its length.
"""

from __future__ import annotations

import re


def around(rx: re.Pattern, text: str, hint: re.Pattern, before: int, after: int):
    """rx.finditer over the stretches around each match of `hint` (merged where they touch).

    `before` and `after` must cover the longest match of rx and its look-arounds measured from the
    hint; look-behinds still see the text before a stretch (re keeps the whole string)."""
    spans: list[list[int]] = []
    for h in hint.finditer(text):
        s, e = max(0, h.start() - before), min(len(text), h.end() + after)
        if spans and s <= spans[-1][1]:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    for s, e in spans:
        yield from rx.finditer(text, s, e)
