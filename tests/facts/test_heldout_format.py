"""Format checks for the held-out gold sets. They are measurement sets (bench/bench_facts_heldout.py),
so no accuracy thresholds are asserted here."""

import json
from pathlib import Path

import pytest

from reader.core.facts.model import KINDS

GOLDS = {
    name: Path(__file__).with_name(name)
    for name in ("gold_heldout.jsonl", "gold_heldout2.jsonl", "gold_heldout3.jsonl", "gold_heldout4.jsonl",
                 "gold_heldout5.jsonl", "gold_heldout6.jsonl", "gold_heldout7.jsonl",
                 "gold_heldout8.jsonl", "gold_heldout9.jsonl", "gold_heldout10.jsonl", "gold_heldout11.jsonl",
                 "gold_heldout12.jsonl", "gold_heldout13.jsonl", "gold_heldout14.jsonl",
                 "gold_heldout15.jsonl", "gold_heldout16.jsonl", "gold_heldout17.jsonl",
                 "gold_heldout18.jsonl", "gold_heldout19.jsonl",
                 "gold_heldout20.jsonl")
}
SIZES = {  # sentences, facts at least
    "gold_heldout.jsonl": (120, 220),
    "gold_heldout2.jsonl": (150, 300),
    "gold_heldout3.jsonl": (200, 300),
    "gold_heldout4.jsonl": (150, 300),
    "gold_heldout5.jsonl": (120, 250),
    "gold_heldout6.jsonl": (140, 450),
    "gold_heldout7.jsonl": (140, 450),
    "gold_heldout8.jsonl": (130, 450),
    "gold_heldout9.jsonl": (130, 450),
    "gold_heldout10.jsonl": (130, 480),
    "gold_heldout11.jsonl": (130, 480),
    "gold_heldout12.jsonl": (200, 900),
    "gold_heldout13.jsonl": (250, 1000),
    "gold_heldout14.jsonl": (270, 1050),
    "gold_heldout15.jsonl": (260, 1200),
    "gold_heldout16.jsonl": (250, 1050),
    "gold_heldout17.jsonl": (250, 1250),
    "gold_heldout18.jsonl": (250, 1350),
    "gold_heldout19.jsonl": (250, 1200),
    "gold_heldout20.jsonl": (230, 900),
}


def _lines(name="gold_heldout.jsonl"):
    return [line for line in GOLDS[name].read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name,n,line", [(name, n, line) for name in GOLDS for n, line in enumerate(_lines(name), 1)])
def test_line(name, n, line):
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


@pytest.mark.parametrize("name", list(GOLDS))
def test_size(name):
    examples = [json.loads(line) for line in _lines(name)]
    assert len(examples) >= SIZES[name][0]
    assert sum(len(e["facts"]) for e in examples) >= SIZES[name][1]
    kinds = {(e["lang"], f["kind"]) for e in examples for f in e["facts"]}
    assert {k for _, k in kinds} == set(KINDS)
    assert any(not e["facts"] for e in examples)  # negative examples


def test_sets_do_not_share_sentences():
    texts = [{json.loads(line)["text"] for line in _lines(name)} for name in GOLDS]
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            assert not a & b


def test_heldout3_balance():
    """Held-out 3: both languages, every kind in each language, at least 15 sentences without facts."""
    examples = [json.loads(line) for line in _lines("gold_heldout3.jsonl")]
    for lang in ("ko", "en"):
        kinds = {f["kind"] for e in examples if e["lang"] == lang for f in e["facts"]}
        assert kinds == set(KINDS), lang
    assert sum(1 for e in examples if not e["facts"]) >= 15
