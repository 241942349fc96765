"""Align a held-out gold set's spans with the extractor's documented span conventions.

    python bench/facts_align_conventions.py tests/facts/gold_heldout6.jsonl [--write]

A held-out set is written by someone who has not read the rules, so a few *span* conventions can
differ from the ones the extractor documents (reader/core/facts/numbers.py, module docstring), while
both readings find the same fact with the same value. This script rewrites only those, mechanically,
without running the extractor, so it can be applied to a set before its first (blind) measurement:

- qualifiers are part of the span: "about 600 workers", "약 26조 원", "more than $1 million",
  "300명 이상", "최대 40분" (the qualifier words of numbers.py: _EN_QUAL, _KO_QUAL_PRE/_POST);
- "지난 5일", "오는 20일", "지난 3월": the direction word is part of a date's span;
- "3개 대학", "14개 도시": a count with 개 keeps the head noun when it is one of the nouns numbers.py
  reads after 개 (_KO_COUNT_NOUNS), and that noun is the unit;
- "the first half", "the fourth quarter": an English date's span does not open with "the".

Each change is printed; the bench's "as written" figures are measured before it, the "aligned"
figures after.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.facts.numbers import _EN_QUAL, _KO_COUNT_NOUNS, _KO_QUAL_POST, _KO_QUAL_PRE  # noqa: E402

NUMERIC = {"money", "percent", "count", "quantity"}
EN_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_EN_QUAL})\s$", re.I)
KO_BEFORE = re.compile(rf"(?<![가-힣]){_KO_QUAL_PRE}\s?$")
KO_AFTER = re.compile(rf"\s?{_KO_QUAL_POST}")
KO_DIR = re.compile(r"(?<![가-힣])(?:지난|오는)\s$")
KO_GAE_NOUN = re.compile(rf"\s(?:{_KO_COUNT_NOUNS})")


def _locate(text: str, facts: list[dict]) -> list[int]:
    """Start offset of each gold fact: successive occurrences for repeated texts."""
    pos, seen = [], {}
    for f in facts:
        start = text.find(f["text"], seen.get(f["text"], -1) + 1)
        seen[f["text"]] = start
        pos.append(start)
    return pos


def align(example: dict) -> list[str]:
    text, changes = example["text"], []
    for fact, start in zip(example["facts"], _locate(text, example["facts"])):
        if start < 0:
            continue
        end = start + len(fact["text"])
        new_start, new_end = start, end
        before = text[max(0, start - 20):start]
        if fact["kind"] in NUMERIC:
            m = (KO_BEFORE if example["lang"] == "ko" else EN_BEFORE).search(before)
            if m:
                new_start = start - (len(before) - m.start())
            if example["lang"] == "ko":
                m = KO_AFTER.match(text, end)
                if m:
                    new_end = m.end()
                if fact["kind"] == "count" and fact["text"].endswith("개") and new_end == end:
                    m = KO_GAE_NOUN.match(text, end)
                    if m:
                        new_end = m.end()
                        fact["unit"] = m.group().strip()
        elif fact["kind"] == "date" and example["lang"] == "en" and fact["text"].lower().startswith("the "):
            new_start = start + 4
        elif fact["kind"] == "date" and example["lang"] == "ko" and fact["text"][:1].isdigit():
            m = KO_DIR.search(before)
            if m:
                new_start = start - (len(before) - m.start())
        if (new_start, new_end) != (start, end):
            changes.append(f"{fact['text']!r} -> {text[new_start:new_end]!r}")
            fact["text"] = text[new_start:new_end]
    return changes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--write", action="store_true", help="rewrite the file in place")
    args = ap.parse_args()
    lines = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    n = 0
    for example in lines:
        for change in align(example):
            n += 1
            print(change)
    print(f"{n} spans changed")
    if args.write:
        args.gold.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
