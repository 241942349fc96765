"""The starter library: sample articles the app opens with on first run (library/starter.json)."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.importing.importer import ImportResult, import_file
from reader.core.library import Library
from reader.core.paths import platform_library_path, starter_dir

SEEDED_KEY = "starter_imported"


def manifest(folder: Path | None = None) -> list[dict]:
    folder = folder or starter_dir()
    return json.loads((folder / "starter.json").read_text(encoding="utf-8"))


def import_starter(library: Library, folder: Path | None = None) -> list[ImportResult]:
    """Import every starter article with its tags (origin "import"); duplicates are reported."""
    folder = folder or starter_dir()
    results = []
    for entry in manifest(folder):
        result = import_file(library, folder / entry["file"])
        if result.status == "imported":
            if entry.get("tags"):
                library.tag_article(result.id, add=entry["tags"], origin="import")
            if entry.get("published") and not library.get(result.id)["published"]:
                library.update_article(result.id, published=entry["published"])
        results.append(result)
    # The sample stories come as Korean/English pairs: link them, so side-by-side reading works at once.
    from reader.core import pairs

    by_file = {entry["file"]: r.id for entry, r in zip(manifest(folder), results) if r.id is not None}
    for entry in manifest(folder):
        mine, theirs = by_file.get(entry["file"]), by_file.get(entry.get("counterpart", ""))
        if mine and theirs and entry["lang"] == "ko":
            pairs.link(library, mine, theirs)
    library.set_setting(SEEDED_KEY, "1")
    return results


def seed_if_first_run(library: Library) -> list[ImportResult] | None:
    """Give the default library its starter articles the first time it is found empty.

    Only the default library (not one named with --library or READER_LIBRARY) and only once:
    a user who deletes every article does not get them back unasked.
    """
    if library.folder.resolve() != platform_library_path().resolve():
        return None
    if library.get_setting(SEEDED_KEY) or library.count():
        return None
    return import_starter(library)


def welcome_article_id(library: Library, lang: str = "en") -> int | None:
    for entry in manifest():
        if entry.get("welcome") and entry.get("lang") == lang:
            row = library.db.execute(
                "SELECT a.id FROM articles a JOIN originals o ON o.article_id = a.id WHERE o.filename = ?", [entry["file"]]
            ).fetchone()
            if row:
                return row[0]
    return None
