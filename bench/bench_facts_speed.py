"""Speed of the fact extractor: start-up in a fresh process, and time per 5,000-character article.

    python bench/bench_facts_speed.py [--reps 30] [--startups 5]

Start-up is measured in a new Python process: importing reader.core.facts.extract and extracting
facts from one short Korean and one short English sentence, which loads every table (CLDR names
through Babel, the glossary, names_extra.json). The per-article time is the median (and 90th
percentile) of extract_facts on 5,000-character Korean and English articles after warm-up, two
kinds: "news", the starter library's articles (library/*) joined, a realistic density of facts; and
"dense", the gold sentences of tests/facts/ joined, every sentence full of facts (a worst case).
Each article is timed twice: "seen", the same article again and again (the extractor keeps what
it worked out per word form, and the words of news come back from one article to the next, so this
is the steady state for every word it has read before), and "new", with everything kept per word
form forgotten before each run (every word of the article as if never read: the cost of a first
article). "dense other" reads each of the held-out sets' distinct articles once, after five others:
a new article in an app that has been running. Each run gets a fresh copy of the string, so nothing kept for the text object itself
carries over. Targets of issue 4: start-up < 1 s, median < 20 ms. On a shared VM the median of the same code moves
by half from one run to the next (the minimum much less): compare versions by instruction count under
callgrind (docs/decisions/facts.md, "Session 5 ▸ Speed").
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLDS = ("gold_heldout.jsonl", "gold_heldout2.jsonl", "gold_numbers.jsonl", "gold_names.jsonl")
STARTUP = (
    "import time; t = time.perf_counter(); "
    "from reader.core.facts.extract import extract_facts; "
    "extract_facts('한국은행은 15일 기준금리를 2.25%로 동결했다고 밝혔다.', 'ko', '2025-01-15'); "
    "extract_facts('The Bank of Korea held its rate at 2.25% on Jan. 15.', 'en', '2025-01-15'); "
    "print(time.perf_counter() - t)"
)


def article(lang: str, size: int = 5000) -> str:
    sentences = []
    for name in GOLDS:
        for line in (ROOT / "tests" / "facts" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                ex = json.loads(line)
                if ex["lang"] == lang:
                    sentences.append(ex["text"])
    text = ""
    i = 0
    while len(text) < size:
        text += sentences[i % len(sentences)] + (" " if lang == "en" else " ")
        if i % 5 == 4:
            text += "\n\n"
        i += 1
    return text[:size]


def news_article(lang: str, size: int = 5000) -> str:
    import re

    starter = json.loads((ROOT / "library" / "starter.json").read_text(encoding="utf-8"))
    parts = []
    for item in starter:
        if item["lang"] != lang:
            continue
        raw = (ROOT / "library" / item["file"]).read_bytes()
        for encoding in ("utf-8", "cp949", "utf-16"):
            try:
                parts.append(re.sub(r"<[^>]+>|[#*>|]", " ", raw.decode(encoding)))
                break
            except UnicodeDecodeError:
                continue
    text = ""
    while len(text) < size:
        text += "\n\n".join(parts) + "\n\n"
    return text[:size]


def distinct_articles(lang: str, size: int = 5000) -> list[str]:
    """Articles of ``size`` characters that share no sentence: the held-out gold sentences in order,
    cut into articles (dense in facts, like ``article``)."""
    out, text = [], ""
    for path in sorted((ROOT / "tests" / "facts").glob("gold_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (ex := json.loads(line))["lang"] == lang:
                text += ex["text"] + " "
                if len(text) >= size:
                    out.append(text[:size])
                    text = ""
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--startups", type=int, default=5)
    args = ap.parse_args()

    startups = []
    for _ in range(args.startups):
        out = subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, capture_output=True, text=True, check=True)
        startups.append(float(out.stdout.strip().splitlines()[-1]))
    print(f"start-up (fresh process, import + first ko/en extraction): median {statistics.median(startups) * 1000:.0f} ms, "
          f"max {max(startups) * 1000:.0f} ms over {args.startups}")

    from reader.core.facts import names, recogniser
    from reader.core.facts.extract import extract_facts

    for lang, kind, text in [(lang, kind, make(lang)) for lang in ("ko", "en")
                             for kind, make in (("news", news_article), ("dense", article))]:
        for _ in range(3):
            extract_facts(text, lang, "2025-01-15")
        for words in ("seen", "new"):
            times = []
            for _ in range(args.reps):
                copy = text[:1] + text[1:]
                if words == "new":
                    names.forget_words()
                    recogniser.forget_words()
                t = time.perf_counter()
                facts = extract_facts(copy, lang, "2025-01-15")
                times.append(time.perf_counter() - t)
            times.sort()
            p90 = times[int(0.9 * (len(times) - 1))]
            print(f"{lang} {kind:5} {words:4}: {len(text)} chars, {len(facts):3} facts: median "
                  f"{statistics.median(times) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms, min {times[0] * 1000:.1f} ms "
                  f"over {args.reps}")
    # "other": each article read once, after the extractor has read a few others (what it keeps per
    # word form then holds the common words but not this article's own): a new article in a running app
    for lang in ("ko", "en"):
        names.forget_words()
        recogniser.forget_words()
        articles = distinct_articles(lang)
        for text in articles[:5]:
            extract_facts(text, lang, "2025-01-15")
        times = []
        for text in articles[5:]:
            t = time.perf_counter()
            extract_facts(text, lang, "2025-01-15")
            times.append(time.perf_counter() - t)
        times.sort()
        p90 = times[int(0.9 * (len(times) - 1))]
        print(f"{lang} dense other: {len(times)} articles never read, after 5 others: median "
              f"{statistics.median(times) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms, min {times[0] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
