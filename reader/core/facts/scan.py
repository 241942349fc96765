"""Running a regular expression only where it can match.

Python's re tries a pattern at every position of the text it is given; most fact patterns need a
word that is rare in news ("billion", "밝혔다", "province"). Finding those words first with a fast
literal scan and running the pattern only in the stretches around them keeps the extractor's cost
in proportion to what a text holds, not to its length.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from pathlib import Path


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


def led(pattern: str, flags: int = 0) -> str:
    """`pattern` behind a look-ahead for the characters a match can start with, worked out from the
    pattern itself. Python's re skips ahead fast only for a pattern that starts with a literal or a
    set; one that starts with a look-behind ("(?<![A-Za-z])") or a long alternation of words is tried
    in full at every position. A one-character test in front rejects most positions at once. The
    result matches exactly what `pattern` matches; where the first characters cannot be worked out
    (a pattern that can match empty, starts with "." or a back-reference) `pattern` is returned."""
    from re import _constants as c, _parser as p

    def first(items) -> tuple[list[str], bool]:
        out: list[str] = []
        for op, av in items:
            chars, nullable = item(op, av)
            out += chars
            if not nullable:
                return out, False
        return out, True

    def char(code: int) -> str:
        ch = chr(code)
        return "\\" + ch if ch in "\\]^-[" else ch

    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}

    def item(op, av) -> tuple[list[str], bool]:
        if op is c.LITERAL:
            return [char(av)], False
        if op is c.IN:
            out = []
            for kind, value in av:
                if kind is c.LITERAL:
                    out.append(char(value))
                elif kind is c.RANGE:
                    out.append(char(value[0]) + "-" + char(value[1]))
                elif kind is c.CATEGORY and value in categories:
                    out.append(categories[value])
                else:
                    raise ValueError(kind)
            return out, False
        if op is c.BRANCH:
            out, nullable = [], False
            for alternative in av[1]:
                chars, empty = first(alternative)
                out += chars
                nullable = nullable or empty
            return out, nullable
        if op is c.SUBPATTERN:
            if av[1] & c.SRE_FLAG_IGNORECASE:
                raise ValueError(op)
            return first(av[3])
        if op is c.ATOMIC_GROUP:
            return first(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            chars, nullable = first(av[2])
            return chars, nullable or av[0] == 0
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return [], True  # takes no character
        raise ValueError(op)

    def fast(items) -> bool:
        """Whether re skips ahead on its own: a pattern led by a character, a set, or words that
        each start with a character."""
        while items and items[0][0] is c.SUBPATTERN and not items[0][1][1]:
            items = items[0][1][3]
        if not items:
            return False
        op, av = items[0]
        return op in (c.LITERAL, c.IN) or (op is c.BRANCH and all(a and a[0][0] is c.LITERAL for a in av[1]))

    if pattern.startswith("(?=["):  # led already
        return pattern
    try:
        parsed = p.parse(pattern, flags)
        if fast(list(parsed)):
            return pattern
        chars, nullable = first(parsed)
    except (ValueError, re.error):
        return pattern
    if nullable or not chars:
        return pattern
    out = "(?=[" + "".join(dict.fromkeys(chars)) + "])(?:" + pattern + ")"
    try:
        re.compile(out, flags)  # a pattern with its flags written at its start, "(?i)…", cannot be wrapped
    except re.error:
        return pattern
    return out


_CACHE_PATH = Path(__file__).parent / "data" / "led_patterns.json"
_cache: dict[str, str] | None = None
_seen: list[tuple[str, int]] = []  # every pattern compile_led() was given, for write_cache()


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha1(f"{flags}:{pattern}".encode("utf-8")).hexdigest()[:16]


def compile_led(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile of `led(pattern)`. Working out the first characters parses the pattern, which for
    the rules' long word lists costs a third of a second at start-up: the results are kept in
    data/led_patterns.json (``python -m reader.core.facts.scan`` writes it; a test checks it is
    complete). A pattern missing from it (changed since) is worked out here, as fast to match."""
    global _cache
    if _cache is None:
        try:
            _cache = json.loads(_CACHE_PATH.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _cache = {}
    _seen.append((pattern, flags))
    hit = _cache.get(_key(pattern, flags))
    out = led(pattern, flags) if hit is None else hit or pattern
    return (out.startswith("(?=[") and skipping(out, flags)) or re.compile(out, flags)


def skipping(pattern: str, flags: int = 0) -> re.Pattern | None:
    """`pattern`, which starts with a look-ahead for one character of a set ("(?=[…])"), compiled so
    that re's search skips to the next character of that set in its own tight loop, or None.

    re does that for a pattern that starts with a character or a set it consumes, not for one that
    starts with a look-ahead: there it calls its matcher at every position of the text, and the
    look-ahead fails there at once, but the call costs about three times the skip (0.065 against
    0.025 ms per pattern over 5,000 characters; the rules run about 100 such patterns). The
    compiled code is re's own for the pattern, with the set written into its info block, where re
    keeps what a match must start with; the set is exactly the look-ahead's, so the matches are the
    same (a test compares every pattern of the rules with its original over all gold sentences).
    This uses re's internal compiler (re._compiler, as CPython 3.11 has it): where anything in it
    differs, None is returned and the pattern is compiled as it is."""
    try:
        import _sre
        from re import _compiler as comp, _constants as const, _parser as parser

        parsed = parser.parse(pattern, flags)
        op, av = parsed.data[0]
        if op is not const.ASSERT or av[0] != 1 or len(av[1].data) != 1:
            return None
        lead_op, lead = av[1].data[0]  # "(?=[M])" is parsed as the one character
        items = lead if lead_op is const.IN else [(lead_op, lead)] if lead_op is const.LITERAL else None
        if items is None:
            return None
        all_flags = flags | parsed.state.flags
        charset = comp._get_charset_prefix(av[1], all_flags) or _both_cases(items, all_flags, const)
        lo, hi = parsed.getwidth()
        if not charset or lo == 0:
            return None
        standard = comp._code(parsed, flags)
        if standard[0] != const.INFO or standard[2] & (const.SRE_INFO_PREFIX | const.SRE_INFO_CHARSET):
            return None
        code = [const.INFO, 0, const.SRE_INFO_CHARSET, min(lo, comp.MAXCODE), min(hi, comp.MAXCODE)]
        charset, hascased = comp._optimize_charset(charset)
        if hascased:
            return None
        comp._compile_charset(charset, all_flags, code)
        code[1] = len(code) - 1
        code += standard[1 + standard[1]:]  # the pattern itself (its jumps are relative)
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(pattern, all_flags, code, parsed.state.groups - 1, parsed.state.groupdict,
                            tuple(indexgroup))
    except Exception:  # another Python's re: the plain compile is as right, only slower
        return None


# Letters outside ASCII that re.IGNORECASE matches to an ASCII letter (all of them, checked over Unicode)
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _both_cases(items, flags: int, const) -> list | None:
    """The set of a case-insensitive look-ahead as re's search must test it (case-sensitively): every
    ASCII letter in both cases and the letters that fold to it. None for anything else cased."""
    import _sre

    if not flags & const.SRE_FLAG_IGNORECASE:
        return None
    out = []
    for op, av in items:
        if op is const.LITERAL:
            ch = chr(av)
            if ch.isascii() and ch.isalpha():
                out += [(const.LITERAL, ord(x)) for x in ch.lower() + ch.upper() + _FOLDS.get(ch.lower(), "")]
            elif _sre.unicode_iscased(av):
                return None
            else:
                out.append((op, av))
        elif op is const.RANGE and not any(_sre.unicode_iscased(c) for c in range(av[0], av[1] + 1)):
            out.append((op, av))
        elif op is const.CATEGORY and av in (const.CATEGORY_DIGIT, const.CATEGORY_SPACE):
            out.append((op, av))
        else:
            return None
    return out


def write_cache() -> int:
    """Write data/led_patterns.json for every pattern the rules compile (an empty string: no lead)."""
    for module in ("names", "numbers"):  # importing them compiles their patterns
        importlib.import_module(f".{module}", __package__)

    out = {}
    for pattern, flags in _seen:
        led_pattern = led(pattern, flags)
        out[_key(pattern, flags)] = "" if led_pattern == pattern else led_pattern
    _CACHE_PATH.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return len(out)


if __name__ == "__main__":  # run as a script this is another module object: write through the package's
    from reader.core.facts import scan

    print(f"{scan.write_cache()} patterns -> {scan._CACHE_PATH}")
