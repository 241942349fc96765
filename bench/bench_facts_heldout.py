"""Held-out measurement of the full fact extractor (numbers + names) on tests/facts/gold_heldout.jsonl.

    python bench/bench_facts_heldout.py [--gold PATH] [-v] [--no-known-names]
    python bench/bench_facts_heldout.py --all [--no-known-names]   # span P/R of every held-out set

The gold set was written independently of the extractor's own gold files and rules; it is a
measurement, not a regression guard (no thresholds are asserted anywhere).

Three scores per language and kind:
  (a) span        predicted fact = gold fact when kind and surface text are equal;
  (b) span+value  additionally the value must be equal for the numeric kinds
                  (money, percent, count, quantity, date); names are scored as in (a);
  (c) overlap     diagnostic only: same kind and overlapping character spans (boundary-tolerant).
Each gold fact is matched at most once. Units are not scored; unit disagreements on matched
facts are listed with -v. --no-known-names leaves out reader/core/facts/data/names_extra.json
(well-known organisations and people) to show how much the rules find without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.facts.extract import extract_facts  # noqa: E402
from reader.core.facts.model import KINDS  # noqa: E402

GOLD = ROOT / "tests" / "facts" / "gold_heldout.jsonl"
NUMERIC = {"money", "percent", "count", "quantity", "date"}
MODES = ("span", "span+value", "overlap")
MODEL = True  # the trained name recogniser on (--rules-only: off)


def same_value(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    return a == b


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_spans(text: str, facts: list[dict]) -> list[tuple[int, int]]:
    """Character offsets of each gold fact: successive occurrences for repeated texts."""
    used: Counter = Counter()
    spans = []
    for g in facts:
        start, n = -1, used[g["text"]]
        for _ in range(n + 1):
            start = text.find(g["text"], start + 1)
        if start < 0:  # fewer occurrences than repeats: fall back to the first
            start = text.find(g["text"])
        used[g["text"]] += 1
        spans.append((start, start + len(g["text"])))
    return spans


def matches(mode: str, p, g: dict, gspan) -> bool:
    if p.kind != g["kind"]:
        return False
    if mode == "overlap":
        return p.start < gspan[1] and gspan[0] < p.end
    if p.text != g["text"]:
        return False
    if mode == "span+value" and g["kind"] in NUMERIC:
        return same_value(p.value, g["value"])
    return True


def evaluate(examples: list[dict]):
    counts = {m: defaultdict(lambda: [0, 0, 0]) for m in MODES}  # (lang, kind) -> [tp, fp, fn]
    errors = {m: [] for m in MODES}
    unit_diffs = []
    for ex in examples:
        preds = extract_facts(ex["text"], ex["lang"], ex.get("date"), model=MODEL)
        gold = ex["facts"]
        gspans = gold_spans(ex["text"], gold)
        for mode in MODES:
            free = list(range(len(gold)))
            for p in preds:
                hit = next((i for i in free if matches(mode, p, gold[i], gspans[i])), None)
                if hit is None:
                    counts[mode][(ex["lang"], p.kind)][1] += 1
                    errors[mode].append(("FP", ex, p.kind, p.text, p.value, p.unit))
                else:
                    free.remove(hit)
                    counts[mode][(ex["lang"], p.kind)][0] += 1
                    g = gold[hit]
                    if mode == "span" and g["kind"] in NUMERIC and g["unit"] is not None and p.unit != g["unit"]:
                        unit_diffs.append((ex, g, p))
            for i in free:
                g = gold[i]
                counts[mode][(ex["lang"], g["kind"])][2] += 1
                errors[mode].append(("FN", ex, g["kind"], g["text"], g["value"], g["unit"]))
    return counts, errors, unit_diffs


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(title: str, counts) -> None:
    print(f"\n== {title} ==")
    print(f"{'lang':4} {'kind':13} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for lang in ("ko", "en", "all"):
        total = [0, 0, 0]
        for kind in KINDS:
            if lang == "all":
                c = [sum(counts[(lg, kind)][j] for lg in ("ko", "en")) for j in range(3)]
            else:
                c = counts.get((lang, kind), [0, 0, 0])
            tp, fp, fn = c
            total = [a + b for a, b in zip(total, c)]
            if tp + fp + fn:
                p, r, f = prf(tp, fp, fn)
                print(f"{lang:4} {kind:13} {tp + fn:5} {tp + fp:5} {tp:5} {p:6.3f} {r:6.3f} {f:6.3f}")
        tp, fp, fn = total
        p, r, f = prf(tp, fp, fn)
        print(f"{lang:4} {'ALL':13} {tp + fn:5} {tp + fp:5} {tp:5} {p:6.3f} {r:6.3f} {f:6.3f}")
        print()
    for group, kinds in (("numbers", NUMERIC), ("names", ("organization", "person", "place"))):
        c = [sum(counts[(lg, k)][j] for lg in ("ko", "en") for k in kinds) for j in range(3)]
        p, r, f = prf(*c)
        print(f"{'all':4} {group:13} {c[0] + c[2]:5} {c[0] + c[1]:5} {c[0]:5} {p:6.3f} {r:6.3f} {f:6.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false positives and unit disagreements")
    ap.add_argument("--no-known-names", action="store_true", help="without data/names_extra.json")
    ap.add_argument("--rules-only", action="store_true", help="without the trained name recogniser (recogniser.py)")
    ap.add_argument("--all", action="store_true", help="span P/R per language and kind of every gold_heldout*.jsonl")
    args = ap.parse_args()
    global MODEL
    MODEL = not args.rules_only
    if args.no_known_names:
        from reader.core.facts import names

        names._known_names.cache_clear()
        names._known_names = lambda: names.Glossary()  # noqa: E731
    if args.all:
        sets = sorted((ROOT / "tests" / "facts").glob("gold_heldout*.jsonl"))
        results = {path.name: evaluate(load(path))[0]["span"] for path in sets}
        print("span match P/R; " + ", ".join(f"{name}: {sum(len(e['facts']) for e in load(ROOT / 'tests' / 'facts' / name))} facts"
                                            for name in results))
        print(f"{'lang':4} {'kind':13} " + " ".join(f"{name.removeprefix('gold_').removesuffix('.jsonl'):>13}" for name in results))
        for lang in ("ko", "en"):
            for kind in KINDS:
                cells = []
                for counts in results.values():
                    tp, fp, fn = counts.get((lang, kind), [0, 0, 0])
                    p, r, _ = prf(tp, fp, fn)
                    cells.append(f"{p:.2f}/{r:.2f}".rjust(13) if tp + fp + fn else " " * 13)
                print(f"{lang:4} {kind:13} " + " ".join(cells))
        return
    examples = load(args.gold)
    counts, errors, unit_diffs = evaluate(examples)
    n_facts = sum(len(e["facts"]) for e in examples)
    print(f"{len(examples)} sentences, {n_facts} gold facts ({args.gold.name})")
    table("(a) span match: kind + text", counts["span"])
    table("(b) span + value match (value scored for numeric kinds)", counts["span+value"])
    table("(c) diagnostic: kind + overlapping span", counts["overlap"])
    if args.verbose:
        for mode in ("span", "span+value"):
            errs = errors[mode]
            if mode == "span+value":  # only what (b) adds over (a)
                base = {(t, id(ex), k, s) for t, ex, k, s, _, _ in errors["span"]}
                errs = [e for e in errs if (e[0], id(e[1]), e[2], e[3]) not in base]
            print(f"\n== errors, {mode}{' (beyond span errors)' if mode == 'span+value' else ''}: {len(errs)} ==")
            for t, ex, kind, text, value, unit in sorted(errs, key=lambda e: (e[1]["lang"], e[0], e[2])):
                print(f"{t} {ex['lang']} {kind:12} {text!r:32} value={value!r} unit={unit!r}  | {ex['date']} {ex['text']}")
        print(f"\n== unit disagreements on span-matched numeric facts: {len(unit_diffs)} ==")
        for ex, g, p in unit_diffs:
            print(f"{ex['lang']} {g['kind']:9} {g['text']!r:28} gold={g['unit']!r} pred={p.unit!r}")


if __name__ == "__main__":
    main()
