"""All the facts of a text: numbers and dates (numbers.py) and names, merged so that no two facts
overlap (an amount inside a name, say, keeps the longer span).

Names: the rules (names.py) find candidates, and the trained recogniser (recogniser.py), reading
what the rules found, says which words are names and of what kind; the rules' names fill in where
the model read none. On annotated sentences neither had seen this finds more names than the rules at
the same precision (docs/decisions/facts.md, "Session 4"). A name in the glossary is always a name,
whatever the model says: it is the reader's word."""

from __future__ import annotations

import re

from reader.core.facts.model import Fact

NAME_KINDS = ("organization", "person", "place")
# A name only the model reads (the rules found nothing there) needs this much of the model's
# confidence. On six sets neither had seen (train_names_model.py --cv --min-prob), names P/R were
# .93/.90 with 0, .94/.89 with 0.6, .95/.88 with 0.8.
MODEL_ONLY_MIN_PROB = 0.6


def _merge(candidates: list[Fact], length: int) -> list[Fact]:
    """Longest first, then earliest: a span wins over any shorter one it overlaps."""
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Fact] = []
    occupied = bytearray(length + 1)
    for fact in candidates:
        if not any(occupied[fact.start:fact.end]):
            occupied[fact.start:fact.end] = b"\x01" * (fact.end - fact.start)
            taken.append(fact)
    return taken


def extract_facts(text: str, lang: str, published: str | None = None, glossary=None, model: bool = True) -> list[Fact]:
    """``model`` False leaves out the trained name recogniser: the rules alone (what the recogniser
    reads, and what it is trained beside)."""
    from reader.core.facts.names import _default_glossary, extract_names
    from reader.core.facts.numbers import extract_numbers

    lang = lang if lang in ("ko", "en") else "en"
    published = (published or "")[:10] or None
    numbers = extract_numbers(text, lang, published)
    for fact in numbers:  # positions change in the merge: hold the original itself meanwhile
        if isinstance(fact.extra.get("conversion_of"), int):
            fact.extra["conversion_of_fact"] = numbers[fact.extra.pop("conversion_of")]
    taken = _merge(numbers + extract_names(text, lang, glossary), len(text))
    if model:
        taken = _with_model(text, lang, taken, glossary if glossary is not None else _default_glossary())
    taken.sort(key=lambda f: f.start)
    index = {id(f): i for i, f in enumerate(taken)}
    for fact in taken:  # a conversion points at its original by position in this list
        original = fact.extra.get("conversion_of_fact")
        if original is not None:
            fact.extra.pop("conversion_of_fact")
            if id(original) in index:
                fact.extra["conversion_of"] = index[id(original)]
    return taken


def _with_model(text: str, lang: str, rules: list[Fact], glossary, tagger=None) -> list[Fact]:
    """The facts with the names as the model reads them (``tagger``: another model's, for
    cross-validation)."""
    from reader.core.facts.recogniser import available, generic, recognise

    if tagger is None and not available(lang):
        return rules
    found = recognise(text, lang, rules, tagger=tagger)
    by_span = {(f.start, f.end): f for f in rules if f.kind in NAME_KINDS}
    # the glossary's names, and the rules' names with a "cue" (one no model feature sees: 서울 SK in
    # a sentence about a league), stand whatever the model reads
    kept = [f for f in rules if f.kind not in NAME_KINDS or glossary.lookup(f.text) or "cue" in f.extra]
    occupied = bytearray(len(text) + 1)
    for f in kept:
        occupied[f.start:f.end] = b"\x01" * (f.end - f.start)
    for kind, start, end, prob in found:
        if any(occupied[start:end]):
            continue
        fact = by_span.get((start, end)) or _rules_name_over_particle(text, by_span, start, end) \
            or _rules_name_after_descriptor(text, by_span, start, end)
        if fact is not None and (fact.start, fact.end) != (start, end):
            if any(occupied[fact.start:fact.end]):
                continue
            start, end = fact.start, fact.end
        if fact is None:  # a name only the model read
            surface = text[start:end]
            if prob < MODEL_ONLY_MIN_PROB or generic(surface, lang) or _alone_on_its_line(text, start, end):
                continue
            fact = Fact(kind, start, end, surface, value=surface, extra={"model": round(prob, 2)})
        else:  # the rules' fact keeps its counterpart and canonical value
            fact.kind = kind
        occupied[start:end] = b"\x01" * (end - start)
        kept.append(fact)
    # the rules' names where the model read none: a list or a cue is still evidence
    for f in by_span.values():
        if not any(occupied[f.start:f.end]):
            occupied[f.start:f.end] = b"\x01" * (f.end - f.start)
            kept.append(f)
    if lang == "ko":
        kept = _ko_person_body_title(text, kept, occupied)
    return kept


# what may stand between a person's name and their title without being the body they work for
_KO_BETWEEN_NOT = frozenset({"당시", "현", "전", "담당", "수석", "선임", "책임", "신임", "초대", "공동", "상임", "총괄", "각자",
                             "전임", "후임", "명예", "고문", "단독", "직무대행", "부", "최고", "대표", "현직", "전직", "본부",
                             "사무", "소속", "출신", "겸", "및", "등"})


def _ko_person_body_title(text: str, facts: list[Fact], occupied: bytearray) -> list[Fact]:
    """A person, the body they work for and their title in a row (이명훈 동행복권 대표는): the body is an
    organisation, and the person does not run on into it (the model had read "이명훈 동행복권" as one
    person)."""
    from reader.core.facts.names import _is_title_word, _ko_name_like, _ko_org_like, _ko_title_after

    out = []
    for f in facts:
        if f.kind != "person" or not ("가" <= f.text[:1] <= "힣"):
            out.append(f)
            continue
        words = f.text.split(" ")
        if len(words) == 2 and len(words[0]) == 3 and _ko_name_like(words[0]) and words[1] not in _KO_BETWEEN_NOT \
                and not _is_title_word(words[1]) \
                and (len(words[1]) >= 4 or _ko_org_like(words[1])) and _ko_title_after(text, f.end):
            # (a body of four syllables or more, or one that looks like one: 우에다 에이지 is a name)
            body_start = f.start + 4
            f = Fact("person", f.start, f.start + 3, words[0], value=words[0], extra=dict(f.extra))
            out += [f, Fact("organization", body_start, body_start + len(words[1]), words[1], value=words[1],
                            extra={"between": "name and title"})]
            continue
        out.append(f)
        body = _KO_BODY_AFTER.match(text, f.end)
        if body and len(f.text) == 3 and _ko_name_like(f.text) and body.group(1) not in _KO_BETWEEN_NOT \
                and not _is_title_word(body.group(1)) \
                and not any(occupied[body.start(1):body.end(1)]) and _ko_title_after(text, body.end(1)):
            out.append(Fact("organization", body.start(1), body.end(1), body.group(1), value=body.group(1),
                            extra={"between": "name and title"}))
    return out


_KO_BODY_AFTER = re.compile(r" ([가-힣A-Za-z0-9]{2,12})(?= )")


def _rules_name_over_particle(text: str, by_span: dict, start: int, end: int):
    """The rules' name that the model's ends short of inside one Korean word: the model reads a word
    without what looks like its particle (솔라시|도), the rules read the whole name (솔라시도)."""
    for more in range(1, 3):
        fact = by_span.get((start, end + more))
        if fact is not None and "가" <= text[end] <= "힣" and " " not in text[end:end + more]:
            return fact
    return None


def _rules_name_after_descriptor(text: str, by_span: dict, start: int, end: int):
    """The rules' company that the model's span reads together with the word for what it does
    before it, at the start of a sentence: "Glassmaker Corning" is Corning."""
    from reader.core.facts.names import _EN_FIRM_BEFORE_OPENING

    m = _EN_FIRM_BEFORE_OPENING.match(text, start)
    if m is None or m.end(1) != end:
        return None
    return by_span.get((m.start(1), end))


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A heading such as "Financing": a word with nothing around it the model could read."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip(" #*_\t") == text[start:end]
