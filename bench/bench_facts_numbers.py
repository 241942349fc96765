"""Precision and recall of the number facts (money, percent, count, quantity, date) over the gold set.

    python bench/bench_facts_numbers.py [--gold tests/facts/gold_numbers.jsonl] [--errors]

A predicted fact is correct when a gold fact of the same example has the same kind, the same
surface text and an equal value (unit is reported, not scored). Each gold fact matches once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.facts.numbers import extract_numbers  # noqa: E402

KINDS = ("money", "percent", "count", "quantity", "date")
GOLD = ROOT / "tests" / "facts" / "gold_numbers.jsonl"


def _same_value(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same_value(x, y) for x, y in zip(a, b))
    return a == b


def load(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(examples: list[dict]):
    """Returns {(lang, kind): [tp, fp, fn]} and the list of errors."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    errors = []
    for ex in examples:
        predicted = extract_numbers(ex["text"], ex["lang"], ex.get("date"))
        gold = list(ex["facts"])
        used = [False] * len(gold)
        for p in predicted:
            hit = None
            for i, g in enumerate(gold):
                if not used[i] and g["kind"] == p.kind and g["text"] == p.text and _same_value(g["value"], p.value):
                    hit = i
                    break
            if hit is None:
                counts[(ex["lang"], p.kind)][1] += 1
                errors.append(("FP", ex["lang"], ex["text"], p.kind, p.text, p.value))
            else:
                used[hit] = True
                counts[(ex["lang"], p.kind)][0] += 1
        for i, g in enumerate(gold):
            if not used[i]:
                counts[(ex["lang"], g["kind"])][2] += 1
                errors.append(("FN", ex["lang"], ex["text"], g["kind"], g["text"], g["value"]))
    return counts, errors


def scores(tp: int, fp: int, fn: int) -> tuple[float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true", help="list every false positive and miss")
    args = ap.parse_args(argv)
    examples = load(args.gold)
    counts, errors = evaluate(examples)
    print(f"{len(examples)} examples ({sum(1 for e in examples if not e['facts'])} negative), "
          f"{sum(len(e['facts']) for e in examples)} gold facts\n")
    print("| lang | kind     | gold | tp  | fp | fn | precision | recall |")
    print("|------|----------|------|-----|----|----|-----------|--------|")
    for lang in ("ko", "en"):
        total = [0, 0, 0]
        for kind in KINDS:
            tp, fp, fn = counts[(lang, kind)]
            total = [total[0] + tp, total[1] + fp, total[2] + fn]
            p, r = scores(tp, fp, fn)
            print(f"| {lang}   | {kind:<8} | {tp + fn:>4} | {tp:>3} | {fp:>2} | {fn:>2} | {p:>9.3f} | {r:>6.3f} |")
        p, r = scores(*total)
        print(f"| {lang}   | **all**  | {total[0] + total[2]:>4} | {total[0]:>3} | {total[1]:>2} | {total[2]:>2} | {p:>9.3f} | {r:>6.3f} |")
    if args.errors:
        print()
        for e in errors:
            print(*e, sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
