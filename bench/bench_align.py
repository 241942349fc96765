"""Sentence alignment against the hand-aligned gold pairs in tests/bilingual/gold/, and its speed.

    python bench/bench_align.py [--json]

Strict link precision/recall/F1 (a link counts only if both its Korean and its English index lists
equal a gold link's), overall and per group ("resplit": only natural re-splitting and merging;
"edited": sentences also dropped or added), and the time to align a 60-sentence pair built by
concatenating gold documents (facts extraction included). Targets: F1 >= 0.90 overall, >= 0.95 on
re-split documents, < 200 ms for 60 sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.bilingual.align import align  # noqa: E402

GOLD = ROOT / "tests" / "bilingual" / "gold"


def load_gold() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


def join(sentences: list[str], breaks: set[int] = frozenset()) -> tuple[str, list[tuple[int, int]]]:
    """One text from sentences (a space between, "\\n" before an index in `breaks`) and their spans."""
    parts, spans, pos = [], [], 0
    for k, s in enumerate(sentences):
        if k:
            sep = "\n" if k in breaks else " "
            parts.append(sep)
            pos += 1
        spans.append((pos, pos + len(s)))
        parts.append(s)
        pos += len(s)
    return "".join(parts), spans


def align_doc(doc: dict) -> list[list[list[int]]]:
    ko_text, ko_spans = join(doc["ko"], set(doc.get("ko_paragraphs", ())))
    en_text, en_spans = join(doc["en"], set(doc.get("en_paragraphs", ())))
    return [link.as_pair() for link in align(ko_text, en_text, ko_sentences=ko_spans, en_sentences=en_spans)]


def score(pairs: list[tuple[list, list]]) -> dict:
    tp = n_pred = n_gold = 0
    for pred, gold in pairs:
        g = {json.dumps(l) for l in gold}
        p = {json.dumps(l) for l in pred}
        tp += len(g & p)
        n_pred += len(p)
        n_gold += len(g)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "links": n_gold}


def evaluate(gold: dict[str, dict] | None = None) -> dict:
    gold = gold or load_gold()
    results = {name: (align_doc(doc), doc["links"]) for name, doc in gold.items()}
    out = {"overall": score(list(results.values()))}
    for group in sorted({d.get("group", "edited") for d in gold.values()}):
        out[group] = score([results[n] for n, d in gold.items() if d.get("group", "edited") == group])
    # documents added in issue 5 and never tuned on: written before the tuning ("heldout") or after
    # it and measured once ("fresh")
    for key, when in (("heldout", "before"), ("fresh", "after")):
        names = [n for n, d in gold.items() if f"written {when} " in d.get("heldout", "")]
        if names:
            out[key] = score([results[n] for n in names])
    out["errors"] = {n: {"predicted": p, "gold": g} for n, (p, g) in results.items() if sorted(map(json.dumps, p)) != sorted(map(json.dumps, g))}
    return out


def timing(gold: dict[str, dict], n: int = 60, repeat: int = 5) -> dict:
    """Align a pair of at least `n` Korean sentences (gold documents end to end, one paragraph each)."""
    ko, en, ko_breaks, en_breaks = [], [], set(), set()
    docs = list(gold.values())
    k = 0
    while len(ko) < n:
        d = docs[k % len(docs)]
        ko_breaks.add(len(ko))
        en_breaks.add(len(en))
        ko += d["ko"]
        en += d["en"]
        k += 1
    ko_text, ko_spans = join(ko, ko_breaks)
    en_text, en_spans = join(en, en_breaks)
    align(ko_text, en_text)  # warm-up: loads the facts' data once
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        align(ko_text, en_text, ko_sentences=ko_spans, en_sentences=en_spans)
        times.append(time.perf_counter() - t)
    return {"ko_sentences": len(ko), "en_sentences": len(en), "best_ms": round(min(times) * 1000, 1),
            "median_ms": round(sorted(times)[len(times) // 2] * 1000, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold = load_gold()
    result = evaluate(gold)
    result["time_60"] = timing(gold)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for key in ("overall", "resplit", "edited", "heldout", "fresh"):
        if key in result:
            r = result[key]
            print(f"{key:8} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  ({r['links']} gold links)")
    t = result["time_60"]
    print(f"time     {t['ko_sentences']}x{t['en_sentences']} sentences: best {t['best_ms']} ms, median {t['median_ms']} ms")
    for name, e in result["errors"].items():
        print(f"  {name}: predicted {e['predicted']}\n  {' ' * len(name)}  gold      {e['gold']}")


if __name__ == "__main__":
    main()
