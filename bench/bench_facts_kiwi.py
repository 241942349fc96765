"""Would kiwipiepy (a Korean morphological analyser on PyPI) help the Korean name facts?

    pip install kiwipiepy && python bench/bench_facts_kiwi.py [--no-known-names]

kiwipiepy is a candidate here, not a dependency of the app. For every Korean sentence of the gold
sets, the proper nouns kiwi tags NNP that no fact of the rules already covers are added as names:
a person when a title follows within two words (장관, 대표 …), a place when the word ends like a
place (…주, …성, …현, …시, …군) or is a known place, an organisation otherwise. Printed: P/R of
Korean organisation/person/place facts with the rules alone and with kiwi added, per gold set;
kiwi's start-up (import + Kiwi() + first call) and its time per 5,000 Korean characters.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from reader.core.facts import names  # noqa: E402
from reader.core.facts.extract import extract_facts  # noqa: E402
from reader.core.facts.model import Fact  # noqa: E402

SETS = ("gold_heldout.jsonl", "gold_heldout2.jsonl", "gold_names.jsonl")
NAME_KINDS = ("organization", "person", "place")


def kiwi_names(kiwi, text: str, facts: list[Fact]) -> list[Fact]:
    taken = bytearray(len(text) + 1)
    for f in facts:
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    tokens = kiwi.tokenize(text)
    out = []
    for k, t in enumerate(tokens):
        if t.tag != "NNP":
            continue
        s, e = t.start, t.start + t.len
        if any(taken[s:e]) or e - s < 2:
            continue
        word = text[s:e]
        after = [x.form for x in tokens[k + 1:k + 3]]
        if any(a in names._KO_TITLES or any(a.endswith(h) for h in names._KO_TITLE_HEADS) for a in after):
            kind = "person"
        elif word[-1] in "주성현시군" or word in names._places()[0]:
            kind = "place"
        else:
            kind = "organization"
        out.append(Fact(kind, s, e, word))
        taken[s:e] = b"\x01" * (e - s)
    return out


def score(examples, predict) -> dict:
    counts = {k: [0, 0, 0] for k in NAME_KINDS}
    for ex in examples:
        preds = [f for f in predict(ex) if f.kind in NAME_KINDS]
        gold = [g for g in ex["facts"] if g["kind"] in NAME_KINDS]
        free = list(range(len(gold)))
        for p in preds:
            hit = next((i for i in free if gold[i]["kind"] == p.kind and gold[i]["text"] == p.text), None)
            if hit is None:
                counts[p.kind][1] += 1
            else:
                free.remove(hit)
                counts[p.kind][0] += 1
        for i in free:
            counts[gold[i]["kind"]][2] += 1
    return counts


def fmt(c) -> str:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f} R {r:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-known-names", action="store_true", help="rules without data/names_extra.json")
    args = ap.parse_args()
    if args.no_known_names:
        names._known_names = lambda: names.Glossary()  # noqa: E731

    t0 = time.perf_counter()
    try:
        from kiwipiepy import Kiwi
    except ImportError:
        sys.exit("kiwipiepy is not installed: pip install kiwipiepy")
    kiwi = Kiwi()
    kiwi.tokenize("시작")
    startup = time.perf_counter() - t0

    for name in SETS:
        examples = [json.loads(line) for line in (ROOT / "tests" / "facts" / name).read_text(encoding="utf-8").splitlines()
                    if line.strip() and json.loads(line)["lang"] == "ko"]
        rules = score(examples, lambda ex: extract_facts(ex["text"], "ko", ex.get("date")))

        def with_kiwi(ex):
            facts = extract_facts(ex["text"], "ko", ex.get("date"))
            return facts + kiwi_names(kiwi, ex["text"], facts)

        both = score(examples, with_kiwi)
        print(f"{name} (ko, {len(examples)} sentences)")
        for kind in NAME_KINDS:
            print(f"  {kind:13} rules {fmt(rules[kind])}   rules+kiwi {fmt(both[kind])}")

    from bench_facts_speed import article

    text = article("ko")
    for _ in range(2):
        kiwi.tokenize(text)
    times = []
    for _ in range(10):
        t = time.perf_counter()
        kiwi.tokenize(text)
        times.append(time.perf_counter() - t)
    print(f"kiwi start-up (import + Kiwi() + first call): {startup:.2f} s; tokenize 5,000 Korean characters: "
          f"median {statistics.median(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
