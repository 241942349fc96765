"""Format checks for the held-out gold set. It is a measurement set (bench/bench_facts_heldout.py),
so no accuracy thresholds are asserted here."""

import json
from pathlib import Path

import pytest

from reader.core.facts.model import KINDS

GOLD = Path(__file__).with_name("gold_heldout.jsonl")


def _lines():
    return [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("n,line", list(enumerate(_lines(), 1)))
def test_line(n, line):
    ex = json.loads(line)
    assert ex["lang"] in ("ko", "en"), n
    assert isinstance(ex["date"], str) and len(ex["date"]) == 10, n
    assert isinstance(ex["text"], str) and ex["text"], n
    assert isinstance(ex["facts"], list), n
    for fact in ex["facts"]:
        assert set(fact) == {"kind", "text", "value", "unit"}, (n, fact)
        assert fact["kind"] in KINDS, (n, fact)
        assert fact["text"] and fact["text"] in ex["text"], (n, fact)
        if fact["kind"] in ("money", "percent", "count", "quantity", "date"):
            assert fact["value"] is not None, (n, fact)


def test_size():
    examples = [json.loads(line) for line in _lines()]
    assert len(examples) >= 120
    assert sum(len(e["facts"]) for e in examples) >= 220
    kinds = {(e["lang"], f["kind"]) for e in examples for f in e["facts"]}
    assert {k for _, k in kinds} == set(KINDS)
