"""The reader's glossary: Korean/English name pairs kept in the library, merged over the bundled one.

A name no rule finds (a small company, a foreign official in Hangul) is found in every article once
the reader adds it here, in either language, with its counterpart in the other. The entries live in
the library's `glossary` table (user data, exported with the library); the facts of every article are
found again after a change (`revision` is part of what cached facts depend on).
"""

from __future__ import annotations

import hashlib
import json
from reader.core.library import now

from reader.core.facts.names import Glossary

NAME_KINDS = ("organization", "person", "place")
_CACHE: dict[tuple[str, str], Glossary] = {}


def entries(library) -> list[dict]:
    """The reader's entries, oldest first: {"id", "ko", "en", "kind", "aliases"}."""
    return [
        {"id": row[0], "ko": row[1], "en": row[2], "kind": row[3], "aliases": json.loads(row[4])}
        for row in library.db.execute("SELECT id, ko, en, kind, aliases FROM glossary ORDER BY id")
    ]


def revision(library) -> str:
    """A short fingerprint of the reader's entries ("" when there are none)."""
    rows = library.db.execute("SELECT ko, en, kind, aliases FROM glossary ORDER BY id").fetchall()
    if not rows:
        return ""
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()[:12]


def glossary(library) -> Glossary:
    """The bundled glossary with the reader's entries over it (a later entry wins for a shared form)."""
    rev = revision(library)
    if not rev:
        return Glossary.default()
    key = (str(library.folder), rev)
    if key not in _CACHE:
        merged = Glossary(Glossary.default().entries)
        for e in entries(library):
            merged.add(e["ko"], e["en"], e["kind"], e["aliases"])
        _CACHE.clear()  # one library open at a time: keep only its current glossary
        _CACHE[key] = merged
    return _CACHE[key]


def add(library, ko: str, en: str, kind: str, aliases=()) -> int:
    """Add a pair (or replace the one with the same Korean and English forms); returns its id."""
    ko, en = ko.strip(), en.strip()
    aliases = [a.strip() for a in aliases if a.strip()]
    if kind not in NAME_KINDS:
        raise ValueError(f"a glossary entry is one of {', '.join(NAME_KINDS)}, not {kind!r}")
    if not ko and not en:
        raise ValueError("a glossary entry needs a Korean or an English form")
    with library.db.atomic():
        library.db.execute(
            "INSERT INTO glossary(ko, en, kind, aliases, created) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(ko, en) DO UPDATE SET kind = excluded.kind, aliases = excluded.aliases",
            [ko, en, kind, json.dumps(aliases, ensure_ascii=False), now()],
        )
    return library.db.execute("SELECT id FROM glossary WHERE ko = ? AND en = ?", [ko, en]).fetchone()[0]


def remove(library, entry_id: int) -> bool:
    with library.db.atomic():
        cur = library.db.execute("DELETE FROM glossary WHERE id = ?", [entry_id])
    return cur.rowcount > 0
