"""Precision and recall of reader.core.facts.names on tests/facts/gold_names.jsonl.

A found fact is correct when its kind and its span text match a gold fact of the same sentence
(each gold fact matches at most once). Run: python bench/bench_facts_names.py [--errors]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.facts.names import extract_names  # noqa: E402

GOLD = ROOT / "tests" / "facts" / "gold_names.jsonl"
KINDS = ("place", "organization", "person")


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(gold: list[dict] | None = None) -> tuple[dict, list[str]]:
    """{(lang, kind): [tp, fp, fn]} with kind "all" for the totals, and the list of errors."""
    gold = gold if gold is not None else load_gold()
    counts: dict = {}
    errors = []
    for item in gold:
        lang, text = item["lang"], item["text"]
        want = Counter((f["kind"], f["text"]) for f in item["facts"])
        found = Counter((f.kind, f.text) for f in extract_names(text, lang))
        for kind in KINDS + ("all",):
            w = want if kind == "all" else Counter({k: v for k, v in want.items() if k[0] == kind})
            g = found if kind == "all" else Counter({k: v for k, v in found.items() if k[0] == kind})
            tp = sum((w & g).values())
            c = counts.setdefault((lang, kind), [0, 0, 0])
            c[0] += tp
            c[1] += sum(g.values()) - tp
            c[2] += sum(w.values()) - tp
        for k in (found - want):
            errors.append(f"FP {lang} {k[0]:12} {k[1]!r:40} in {text[:70]!r}")
        for k in (want - found):
            errors.append(f"FN {lang} {k[0]:12} {k[1]!r:40} in {text[:70]!r}")
    return counts, errors


def prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def main() -> None:
    counts, errors = evaluate()
    print(f"{'lang':4} {'kind':12} {'gold':>5} {'found':>5} {'P':>6} {'R':>6}")
    for (lang, kind), (tp, fp, fn) in sorted(counts.items()):
        p, r = prf(tp, fp, fn)
        print(f"{lang:4} {kind:12} {tp + fn:5} {tp + fp:5} {p:6.3f} {r:6.3f}")
    if "--errors" in sys.argv:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
