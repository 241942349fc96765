"""Search latency p50/p95 at 10,000 and 100,000 articles, beside a naive LIKE scan; size on disk.

    python bench/bench_search.py [--sizes 10000 100000] [--out bench/out]

Not part of CI (building 100,000 articles takes minutes). Targets (issue 2): p95 < 50 ms at 100,000.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build  # noqa: E402

QUERIES = [
    "광물", "수출", "반도체", "핵심광물", "억", "비", "철도 수주", '"협력 강화"', "금리 인하",
    "semiconductor", "exports", "minerals", '"billion won"', "rail contract", "interest rates", "Chile",
    "tariff OR 관세", "bank -rail", "nonexistentword", "2025",
]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def like_scan(library, query: str) -> list[int]:
    words = [w for w in query.replace('"', " ").split() if w not in ("OR", "-")]
    sql = ("SELECT a.id FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE "
           + " AND ".join("(a.title LIKE ? OR t.text LIKE ?)" for _ in words) + " LIMIT 50")
    params = [p for w in words for p in (f"%{w}%", f"%{w}%")]
    return [r[0] for r in library.db.execute(sql, params)]


def measure(fn, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            fn(q)
            times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", default=str(Path(__file__).parent / "out"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for size in args.sizes:
        library = build(Path(args.out), size)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_file = library.folder / "library.db"
        size_mb = db_file.stat().st_size / 1e6
        measure(lambda q: library.search(q), 1)  # warm the page cache
        fts = measure(lambda q: library.search(q), args.rounds)
        like = measure(lambda q: like_scan(library, q), 1)
        print(f"{size:>7} articles: search p50 {percentile(fts, .5):6.1f} ms  p95 {percentile(fts, .95):6.1f} ms  "
              f"max {max(fts):6.1f} ms | LIKE scan p50 {percentile(like, .5):7.1f} ms  p95 {percentile(like, .95):7.1f} ms | "
              f"{size_mb:7.1f} MB on disk = {size_mb / size * 1000:.2f} MB per 1,000 articles")
        slow = sorted(((statistics.mean(fts[i::len(QUERIES)]), q) for i, q in enumerate(QUERIES)), reverse=True)[:3]
        print("           slowest queries: " + ", ".join(f"{q!r} {t:.1f} ms" for t, q in slow))
        library.close()


if __name__ == "__main__":
    main()
