"""All the facts of a text: numbers and dates (numbers.py) and names (names.py), merged so that no
two facts overlap (an amount inside a name, say, keeps the longer span)."""

from __future__ import annotations

from reader.core.facts.model import Fact


def extract_facts(text: str, lang: str, published: str | None = None, glossary=None) -> list[Fact]:
    from reader.core.facts.names import extract_names
    from reader.core.facts.numbers import extract_numbers

    lang = lang if lang in ("ko", "en") else "en"
    published = (published or "")[:10] or None
    numbers = extract_numbers(text, lang, published)
    for fact in numbers:  # positions change in the merge: hold the original itself meanwhile
        if isinstance(fact.extra.get("conversion_of"), int):
            fact.extra["conversion_of_fact"] = numbers[fact.extra.pop("conversion_of")]
    candidates = numbers + extract_names(text, lang, glossary)
    # longest first, then earliest: a span wins over any shorter one it overlaps
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Fact] = []
    occupied = bytearray(len(text) + 1)
    for fact in candidates:
        if not any(occupied[fact.start:fact.end]):
            occupied[fact.start:fact.end] = b"\x01" * (fact.end - fact.start)
            taken.append(fact)
    taken.sort(key=lambda f: f.start)
    index = {id(f): i for i, f in enumerate(taken)}
    for fact in taken:  # a conversion points at its original by position in this list
        original = fact.extra.get("conversion_of_fact")
        if original is not None:
            fact.extra.pop("conversion_of_fact")
            if id(original) in index:
                fact.extra["conversion_of"] = index[id(original)]
    return taken
