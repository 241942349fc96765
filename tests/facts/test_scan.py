"""scan.led: a pattern led by a test of the characters it can start with matches exactly the same."""

import re

import pytest

from reader.core.facts import names, numbers
from reader.core.facts.scan import led

TEXT = ("Shares of Kia rose 3% after the carmaker said on Tuesday it would invest $2 billion. "
        "삼성전자는 15일 반도체 공장에 2,700억 원을 투자한다고 밝혔다. 김민수(42) 씨가 세 배 늘었다.")


@pytest.mark.parametrize("pattern,lead", [
    (r"(?<![A-Za-z])(?:startup|carmaker|bank)\s", "(?=[scb])"),
    (r"(?:^|(?<=[.!?]\s))([A-Z][a-z]+) said", "(?=[A-Z])"),
    (r"(?<![가-힣])(?P<h>두|세)\s?배", "(?=[두세])"),
    (r"(?:(?<![가-힣])약\s?)?\d+", r"(?=[약\d])"),
])
def test_a_pattern_is_led_by_its_first_characters(pattern, lead):
    out = led(pattern)
    assert out.startswith(lead)
    assert [m.span() for m in re.finditer(out, TEXT)] == [m.span() for m in re.finditer(pattern, TEXT)]
    assert re.compile(out).groupindex == re.compile(pattern).groupindex


@pytest.mark.parametrize("pattern", [
    r"billion|million",  # re skips ahead on its own: led would only slow it down
    r"\d%",
    r"a?",  # can match nothing
    r"[^a]b",  # starts with anything but one character
    r"(?i)abc",  # its flags must stay first
    r".x",
])
def test_what_cannot_or_need_not_be_led_is_left_alone(pattern):
    assert led(pattern) == pattern


def test_every_pattern_of_the_rules_matches_as_before():
    for module in (names, numbers):
        for name, rx in vars(module).items():
            if isinstance(rx, re.Pattern) and rx.pattern.startswith("(?=[") and "(?:" in rx.pattern:
                inner = rx.pattern[rx.pattern.index("])(?:") + 5:-1]
                original = re.compile(inner, rx.flags)
                assert [m.span() for m in rx.finditer(TEXT)] == [m.span() for m in original.finditer(TEXT)], name


def test_the_kept_leads_are_complete_and_right():
    """data/led_patterns.json holds led() of every pattern the rules compile (python -m
    reader.core.facts.scan writes it): a pattern missing from it costs start-up time."""
    import json

    from reader.core.facts import scan

    kept = json.loads(scan._CACHE_PATH.read_text(encoding="utf-8"))
    assert len(scan._seen) > 150
    for pattern, flags in scan._seen:
        expected = led(pattern, flags)
        assert kept.get(scan._key(pattern, flags)) == ("" if expected == pattern else expected), pattern[:60]


def _corpus() -> str:
    import json
    from pathlib import Path

    here = Path(__file__).parent
    texts = [json.loads(line)["text"] for path in sorted(here.glob("gold_*.jsonl")) + sorted(here.glob("train/*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "\n".join(texts)


def test_patterns_compiled_to_skip_match_as_re_compiles_them():
    """scan.skipping writes a led pattern's set into re's info block: over every gold and training
    sentence (Korean, English, Hangul, curly quotes, digits), each rules pattern finds the same
    matches with the same groups as re's own compile of the same pattern."""
    corpus = _corpus()
    assert len(corpus) > 300_000
    checked = 0
    for module in (names, numbers):
        for name, rx in vars(module).items():
            if isinstance(rx, re.Pattern) and rx.pattern.startswith("(?=["):
                plain = re.compile(rx.pattern, rx.flags)
                assert rx is not plain and rx.groupindex == plain.groupindex, name
                ours = [(m.span(), m.groups()) for m in rx.finditer(corpus)]
                assert ours == [(m.span(), m.groups()) for m in plain.finditer(corpus)], name
                checked += 1
    assert checked > 100


def test_skipping_folds_case_as_re_does():
    from reader.core.facts.scan import skipping

    text = "Sixty KELVIN \u212aelvin \u017fix İstanbul ıi six"
    for pattern, flags in [(r"(?=[sk])(?:(?<![a-z])[a-z]+)", re.I), (r"(?=[i])(?:i\w+)", re.I),
                           (r"(?=[A-Z])(?:[A-Z][a-z]+)", 0), (r"(?=[S])(?:S\w+)", 0)]:
        fast = skipping(pattern, flags)
        assert fast is not None
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)], pattern
    assert skipping(r"(?=[é])(?:é\w)", re.I) is None  # cased outside ASCII: left to re
    assert skipping(r"abc") is None


def test_patterns_matched_per_hangul_run_match_as_over_the_text():
    """names._in_runs matches a pattern once per run of Hangul: over every gold and training
    sentence, the same spans and groups as finditer over the whole text, and again after
    forget_words()."""
    corpus = _corpus() + "\n3시 K구미시에서 3구미시는 대구 수성구 범어동 2공항 ABC국제공항 부산항에서"
    for rx, alnum in [(names._KO_LOCAL_SUFFIX, True), (names._KO_LANDMARK, True), (names._KO_FACILITY, True),
                      (names._KO_SUFFIX_PLACE_RE, False)]:
        expected = [(m.span(), m.groups()) for m in rx.finditer(corpus)]
        assert expected, rx.pattern[:40]
        for _ in range(2):
            got = [((m.start(), m.end()), tuple(m.group(g) for g in range(1, rx.groups + 1)))
                   for m in names._in_runs(rx, corpus, alnum_before=alnum)]
            assert got == expected, rx.pattern[:40]
            names.forget_words()
