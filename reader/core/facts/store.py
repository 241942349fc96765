"""Facts across the library: stored per article (derived, rebuildable), queried by kind, name,
value range and date, exported as CSV."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reader.core.facts import user_glossary
from reader.core.facts.extract import extract_facts
from reader.core.library import Library

FACTS_VERSION = "19"  # bump when the extractors change: every article's facts are then recomputed
CSV_COLUMNS = ("article_id", "title", "lang", "published", "kind", "text", "value", "unit", "qualifier", "start", "end")


def _date_bounds(value) -> tuple[str | None, str | None]:
    """ISO bounds of a date value at day grain: "2023-09" -> ("2023-09-01", "2023-09-31")."""
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str) and v[:4].isdigit() for v in values):
        return None, None

    def low(v: str) -> str:
        v = v.replace("-H1", "-01").replace("-H2", "-07").replace("-Q1", "-01").replace("-Q2", "-04").replace("-Q3", "-07").replace("-Q4", "-10")
        return (v + "-01-01")[:10] if len(v) == 4 else (v + "-01")[:10]

    def high(v: str) -> str:
        ends = {"-H1": "-06", "-H2": "-12", "-Q1": "-03", "-Q2": "-06", "-Q3": "-09", "-Q4": "-12"}
        for mark, month in ends.items():
            v = v.replace(mark, month)
        return (v + "-12-31")[:10] if len(v) == 4 else (v + "-31")[:10]

    return low(values[0]), high(values[-1])


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, list) and value and isinstance(value[0], (int, float)):
        return float(value[0])
    return None


def refresh(library: Library, progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Compute the facts of every article that has none yet, or whose text changed since (or the
    extractor, or the reader's glossary)."""
    names = user_glossary.glossary(library)
    rev = user_glossary.revision(library)
    version = FACTS_VERSION + (f"+{rev}" if rev else "")
    stale = [row for row in library.db.execute(
        "SELECT a.id, a.lang, a.published, a.content_hash, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id "
        "LEFT JOIN facts_state s ON s.article_id = a.id "
        "WHERE s.version IS NULL OR s.version != ? || ':' || a.content_hash || ':' || a.lang || ':' || a.published",
        [version],
    )]
    for done, (article_id, lang, published, content_hash, text) in enumerate(stale, 1):
        if cancelled and cancelled():
            break
        facts = extract_facts(text, lang, published, names)
        with library.db.atomic():
            library.db.execute("DELETE FROM facts WHERE article_id = ?", [article_id])
            for f in facts:
                date_low, date_high = _date_bounds(f.value) if f.kind == "date" else (None, None)
                library.db.execute(
                    "INSERT OR REPLACE INTO facts(article_id, start, end, kind, text, value, number, date_low, date_high, unit, qualifier) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [article_id, f.start, f.end, f.kind, f.text, json.dumps(f.value, ensure_ascii=False), _number(f.value),
                     date_low, date_high, f.unit, f.qualifier],
                )
            library.db.execute(
                "INSERT INTO facts_state(article_id, version) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET version = excluded.version",
                [article_id, f"{version}:{content_hash}:{lang}:{published}"],  # what the facts depend on
            )
        if progress:
            progress(done, len(stale))
    return len(stale)


@dataclass
class FactQuery:
    kind: str | None = None
    name: str = ""  # a substring of the fact's text or value
    min_value: float | None = None
    max_value: float | None = None
    date_from: str | None = None  # YYYY-MM-DD: facts (of date kind) overlapping the period
    date_to: str | None = None
    lang: str | None = None
    limit: int = 5000


def query(library: Library, q: FactQuery) -> list[dict]:
    where, params = [], []
    if q.kind:
        where.append("f.kind = ?")
        params.append(q.kind)
    if q.name:
        where.append("(f.text LIKE ? OR f.value LIKE ?)")
        params += [f"%{q.name}%", f"%{q.name}%"]
    if q.min_value is not None:
        where.append("f.number >= ?")
        params.append(q.min_value)
    if q.max_value is not None:
        where.append("f.number <= ?")
        params.append(q.max_value)
    if q.date_from:
        where.append("f.date_high >= ?")
        params.append(q.date_from)
    if q.date_to:
        where.append("f.date_low <= ?")
        params.append(q.date_to)
    if q.lang:
        where.append("a.lang = ?")
        params.append(q.lang)
    sql = (
        "SELECT f.article_id, a.title, a.lang, a.published, f.kind, f.text, f.value, f.unit, f.qualifier, f.start, f.end "
        "FROM facts f JOIN articles a ON a.id = f.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.published DESC, f.article_id, f.start LIMIT ?"
    )
    rows = []
    for values in library.db.execute(sql, [*params, q.limit]):
        row = dict(zip(CSV_COLUMNS, values))
        row["value"] = json.loads(row["value"]) if row["value"] is not None else None
        rows.append(row)
    return rows


def export_csv(rows: list[dict], path: Path) -> Path:
    """UTF-8 with a BOM, so that spreadsheet programs read the Korean right."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "value": json.dumps(row["value"], ensure_ascii=False) if isinstance(row["value"], list) else row["value"]})
    return path
