"""Highlights at scale: re-anchoring after an edit, search with notes, and exports.

    python bench/bench_annotations.py [--articles 1000] [--per-article 20] [--out bench/out]

Builds (once) a synthetic library, puts highlights with notes on its articles, then measures:
- re-anchoring every highlight of a long article after an edit near its top (the worst case: every
  paragraph after the edit moves) and after edits inside highlights;
- search latency with the notes index beside the articles';
- exporting all articles' notes as Markdown, HTML and JSON, and importing the JSON back.
Not part of CI.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build  # noqa: E402

from reader.core import annotations, export  # noqa: E402
from reader.core.export.w3c import import_file  # noqa: E402
from reader.core.library import Library  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - start) * 1000


def annotate(library, ids, per_article, rng):
    have = library.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    if have:
        return have
    for article_id in ids:
        text = library.get(article_id)["text"]
        for _ in range(per_article):
            start = rng.randrange(0, max(1, len(text) - 60))
            end = start + rng.randrange(8, 60)
            if text[start:end].strip():
                annotations.add(library, article_id, start, end, color=rng.choice(list(annotations.COLORS)),
                                note=rng.choice(["", "check this figure", "follow up with the ministry", "비교할 것"]))
    return library.db.execute("SELECT count(*) FROM annotations").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--per-article", type=int, default=20)
    parser.add_argument("--out", default=str(Path(__file__).parent / "out"))
    args = parser.parse_args()
    rng = random.Random(11)
    library = build(Path(args.out) / "annotations", args.articles)
    ids = [r["id"] for r in library.list_articles()][: args.articles]
    count, ms = timed(lambda: annotate(library, ids, args.per_article, rng))
    print(f"{len(ids)} articles, {count} highlights (made in {ms:.0f} ms)")

    # Re-anchoring: the longest article, 200 highlights, an edit at the top and edits inside.
    longest = max(ids, key=lambda i: len(library.get(i)["text"]))
    article = library.get(longest)
    text = article["text"]
    for _ in range(200 - len(annotations.for_article(library, longest))):
        start = rng.randrange(0, len(text) - 40)
        annotations.add(library, longest, start, start + 30)
    times = []
    for round_ in range(5):
        body = library.get(longest)["markdown"]
        edited = f"Update {round_}: a new opening paragraph.\n\n" + body
        _, ms = timed(lambda: library.update_article(longest, markdown=edited))
        times.append(ms)
    states = {s: n for s, n in library.db.execute("SELECT state, count(*) FROM annotations WHERE article_id = ? GROUP BY state", [longest])}
    print(f"re-anchor {len(annotations.for_article(library, longest))} highlights in a {len(text):,}-character article "
          f"after an edit at the top: median {statistics.median(times):.1f} ms (whole update, index included); states {states}")
    body = library.get(longest)["markdown"]
    words = body.split(" ")
    for i in range(0, len(words), 25):  # a word changed every 25 words: many highlights change inside
        words[i] = words[i].upper()
    _, ms = timed(lambda: library.update_article(longest, markdown=" ".join(words)))
    states = {s: n for s, n in library.db.execute("SELECT state, count(*) FROM annotations WHERE article_id = ? GROUP BY state", [longest])}
    print(f"re-anchor after a word changed every 25 words: {ms:.1f} ms; states {states}")

    # Search with the notes index.
    lat = []
    for q in ["follow up", "비교", "minerals", "광물", "ministry", "rates OR 금리"] * 10:
        _, ms = timed(lambda: library.search(q))
        lat.append(ms)
    lat.sort()
    print(f"search with notes: p50 {statistics.median(lat):.1f} ms, p95 {lat[int(len(lat) * 0.95)]:.1f} ms")

    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        for fmt in ("md", "html", "json", "csv"):
            result, ms = timed(lambda: export.export(library, ids, fmt, tmp / fmt if fmt in ("md", "html") else tmp / f"all.{fmt}"))
            size = sum(p.stat().st_size for p in result.paths)
            print(f"export {fmt:<4} {result.articles} articles, {result.annotations} highlights: {ms:,.0f} ms, {size / 1e6:.1f} MB")
        with Library.open(tmp / "fresh") as fresh:  # the same articles, none of their annotations
            fresh.db.execute("ATTACH DATABASE ? AS src", [str(library.folder / "library.db")])
            fresh.db.execute("INSERT INTO articles SELECT * FROM src.articles")
            fresh.db.execute("INSERT INTO article_texts SELECT * FROM src.article_texts")
            fresh.db.execute("DETACH DATABASE src")
            report, ms = timed(lambda: import_file(fresh, tmp / "all.json"))
            print(f"import-annotations of {report.imported} highlights into a library with the same articles: {ms:,.0f} ms")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    library.close()


if __name__ == "__main__":
    main()
