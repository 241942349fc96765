"""CSV: one row per highlight, and flashcards pairing a highlighted sentence with its aligned
counterpart in the paired article. UTF-8 with a byte-order mark, so that spreadsheet programs
open Korean text correctly."""

from __future__ import annotations

import csv
from pathlib import Path

CSV_COLUMNS = ["article_id", "article", "source", "date", "url", "quote", "note", "color", "tags", "state", "created"]
CARD_COLUMNS = ["front", "back", "highlight", "note", "article", "tags"]


def _guard(value: str) -> str:
    """A cell starting with = + - @ is a formula to a spreadsheet: keep it text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def write_csv(notes, path: Path) -> Path:
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for n in notes:
            article = n.article
            for a in n.annotations:
                writer.writerow([
                    article["id"], _guard(article["title"]), _guard(article.get("source") or ""), (article.get("published") or "")[:10],
                    article.get("url") or "", _guard(a.quote), _guard(a.note), a.color, "; ".join(a.tags), a.state, a.created,
                ])
    tmp.replace(path)
    return path


def _sentences_around(spans, start: int, end: int) -> list[int]:
    return [i for i, (s, e) in enumerate(spans) if s < end and e > start]


def write_flashcards(library, notes, path: Path) -> tuple[Path, int]:
    """Returns the file and how many highlights had no counterpart to pair with."""
    from reader.core import pairs

    skipped = 0
    rows = []
    for n in notes:
        article = n.article
        placed = [a for a in n.annotations if a.state != "orphaned"]
        if not placed:
            continue
        others = pairs.counterparts(library, article["id"])
        if not others:
            skipped += len(placed)
            continue
        other = others[0]
        aligned = pairs.aligned(library, article["id"], other)
        mine_is_ko = aligned.ko["id"] == article["id"]
        my_spans, their_spans = (aligned.ko_spans, aligned.en_spans) if mine_is_ko else (aligned.en_spans, aligned.ko_spans)
        their_text = aligned.en["text"] if mine_is_ko else aligned.ko["text"]
        for a in placed:
            mine = _sentences_around(my_spans, a.start, a.end)
            theirs = sorted({j for link in aligned.links for j in (link.en if mine_is_ko else link.ko)
                             if set(link.ko if mine_is_ko else link.en) & set(mine)})
            if not mine or not theirs:
                skipped += 1
                continue
            front = " ".join(article["text"][my_spans[i][0]:my_spans[i][1]] for i in mine)
            back = " ".join(their_text[their_spans[j][0]:their_spans[j][1]] for j in theirs)
            rows.append([_guard(front), _guard(back), _guard(a.quote), _guard(a.note), _guard(article["title"]), " ".join(a.tags)])
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CARD_COLUMNS)
        writer.writerows(rows)
    tmp.replace(path)
    return path, skipped
