"""Files, folders and pasted text -> articles in the library. Each file is one transaction: it is
imported whole or not at all, and a failure is one plain line that does not stop the batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from reader.core.decode import decode
from reader.core.errors import ImportRefused, ReaderError
from reader.core.importing.markdown import extract_markdown
from reader.core.importing.model import Extracted
from reader.core.importing.plaintext import escape_markdown, extract_text
from reader.core.importing.sniff import sniff
from reader.core.lang import detect_language
from reader.core.library import DB_NAME as LIBRARY_DB, Library
from reader.core.text import canonical_text, content_hash

MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any saved article; keeps memory and time bounded
SKIPPED_NAMES = re.compile(r"^(?:\.|~\$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)


@dataclass
class ImportResult:
    path: str
    status: str  # "imported" | "updated" (a newer version of an article) | "duplicate" | "failed"
    id: int | None = None
    title: str | None = None
    lang: str | None = None
    error: str | None = None
    review: int = 0  # for "updated": highlights that need the reader's review

    def as_dict(self) -> dict:
        return asdict(self)


def extract(text: str) -> tuple[Extracted, dict]:
    kind = sniff(text)
    if kind == "markdown":
        return extract_markdown(text)
    if kind == "html":
        from reader.core.importing.html import extract_html

        try:
            return extract_html(text), {}
        except ValueError as exc:
            raise ImportRefused(str(exc)) from exc
    return extract_text(text), {}


def _record(extracted: Extracted, meta: dict, fallback_title: str) -> dict:
    markdown = extracted.markdown.strip() + "\n"
    if not markdown.strip() and extracted.title:
        # A single line (a pasted sentence, a one-line note) is the article itself, not just a title.
        markdown = escape_markdown(extracted.title) + "\n"
    text = canonical_text(markdown)
    if not text.strip():
        raise ImportRefused("no article text found")
    title = " ".join((extracted.title or "").split()) or fallback_title or text.split("\n", 1)[0][:120]
    lang = (extracted.lang or "").lower().split("-")[0].split("_")[0]
    detected = detect_language(title + "\n" + text)
    # The text decides; a declaration only settles what detection cannot tell.
    lang = detected if detected != "other" or lang not in ("ko", "en") else lang
    return {
        "title": title,
        "subtitle": extracted.subtitle,
        "lang": lang,
        "source": extracted.source,
        "author": extracted.author,
        "url": extracted.url,
        "published": extracted.published,
        "format": extracted.format,
        "summary": extracted.summary,
        "image": extracted.image,
        "meta": json.dumps(meta, ensure_ascii=False, default=str),
        "markdown": markdown,
        "text": text,
        "content_hash": content_hash(text),
    }


@dataclass
class Prepared:
    """An article ready to be written: everything but the database work, so it can be made in a worker."""

    label: str
    sha256: str
    record: dict | None = None
    original: dict | None = None
    tags: list[str] | None = None
    error: str | None = None


def _read_file(path: Path) -> bytes:
    if not path.is_file():
        raise ImportRefused("not a regular file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"the file is {size / 1048576:.0f} MB; articles over {MAX_FILE_BYTES // 1048576} MB are not imported")
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise ImportRefused("permission denied: the file cannot be read") from exc
    except OSError as exc:
        raise ImportRefused(f"the file cannot be read: {exc.strerror or exc}") from exc


def prepare_bytes(data: bytes, *, name: str = "", path: str = "", title: str = "", label: str = "") -> Prepared:
    label = label or path or name or "(pasted text)"
    sha = hashlib.sha256(data).hexdigest() if data else ""
    try:
        if not data.strip():
            raise ImportRefused("the file is empty")
        if len(data) > MAX_FILE_BYTES:
            raise ImportRefused(f"the file is {len(data) / 1048576:.0f} MB; articles over {MAX_FILE_BYTES // 1048576} MB are not imported")
        text, encoding = decode(data)
        extracted, meta = extract(text)
        record = _record(extracted, meta, title or Path(name).stem.replace("_", " ").strip())
    except ImportRefused as exc:
        return Prepared(label, sha, error=str(exc))
    original = {
        "filename": name, "path": path, "encoding": encoding, "size": len(data), "sha256": sha,
        "compression": "zlib", "data": zlib.compress(data, 6),
    }
    return Prepared(label, sha, record, original, extracted.tags)


def prepare_file(path: Path) -> Prepared:
    try:
        data = _read_file(path)
    except ImportRefused as exc:
        return Prepared(str(path), "", error=str(exc))
    return prepare_bytes(data, name=path.name, path=str(path.resolve()), label=str(path))


def store(library: Library, prepared: Prepared, tags: Iterable[str] = ()) -> ImportResult:
    """The writer's half: refuse duplicates, then write the article whole or not at all."""
    label = prepared.label
    if prepared.error:
        return ImportResult(label, "failed", error=prepared.error)
    try:
        existing = library.find_by_original(prepared.sha256)
        if existing is None:
            existing = library.find_by_hash(prepared.record["content_hash"])
        if existing is not None:
            return _duplicate(library, label, existing)
        same_page = library.find_by_url(prepared.record["url"])
        if same_page is not None and library.get(same_page)["lang"] == prepared.record["lang"]:
            # The same page saved again, changed: a newer version replaces the text, the old one is
            # kept in the article's versions, tags stay, and highlights are re-anchored.
            outcome = library.replace_article(same_page, prepared.record, prepared.original)
            if tags:
                library.tag_article(same_page, add=list(tags))
            return ImportResult(label, "updated", same_page, prepared.record["title"], prepared.record["lang"], review=outcome["changed"] + outcome["orphaned"])
        user_tags = list(dict.fromkeys(tags))
        import_tags = [t for t in dict.fromkeys(prepared.tags or []) if t.casefold() not in {u.casefold() for u in user_tags}]
        article_id = library.add_article(prepared.record, prepared.original, import_tags, tag_origin="import", user_tags=user_tags)
        return ImportResult(label, "imported", article_id, prepared.record["title"], prepared.record["lang"])
    except ReaderError as exc:
        return ImportResult(label, "failed", error=str(exc))
    except sqlite3.IntegrityError as exc:
        if "content_hash" in str(exc):  # written by another writer a moment ago
            return ImportResult(label, "duplicate")
        raise
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "full" in message:
            return ImportResult(label, "failed", error="the disk is full; nothing was written for this file")
        if "readonly" in message or "read-only" in message:
            return ImportResult(label, "failed", error="the library is read-only; nothing was written")
        raise


def import_bytes(
    library: Library, data: bytes, *, name: str = "", path: str = "", tags: Iterable[str] = (), title: str = ""
) -> ImportResult:
    label = path or name or "(pasted text)"
    if data.strip():
        existing = library.find_by_original(hashlib.sha256(data).hexdigest())
        if existing is not None:  # the very same bytes: no need to extract them again
            return _duplicate(library, label, existing)
    return store(library, prepare_bytes(data, name=name, path=path, title=title, label=label), tags)


def _duplicate(library: Library, label: str, article_id: int) -> ImportResult:
    article = library.get(article_id)
    return ImportResult(label, "duplicate", article_id, article["title"], article["lang"])


def import_text(library: Library, text: str, *, tags: Iterable[str] = (), title: str = "") -> ImportResult:
    """Pasted text or HTML: the same path as a file, with no name."""
    return import_bytes(library, text.encode("utf-8"), name="", tags=tags, title=title)


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, Path | None, str | None]]:
    """(label, file, error) for every file under the given paths, folders recursively, in name order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path, onerror=None):
                if LIBRARY_DB in files:
                    dirs[:] = []  # a library folder (perhaps this one) is not articles
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if SKIPPED_NAMES.match(name):
                        continue
                    found = True
                    full = Path(root) / name
                    yield str(full), full, None
            if not found:
                yield str(path), None, "the folder holds no files"
        elif path.exists():
            yield str(path), path, None
        else:
            yield str(path), None, "no such file or folder"


def import_file(library: Library, path: Path, *, tags: Iterable[str] = ()) -> ImportResult:
    return store(library, prepare_file(path), tags)


PARALLEL_FROM = 40  # below this many files, starting worker processes costs more than it saves


def import_paths(
    library: Library,
    paths: Iterable[str | os.PathLike],
    *,
    tags: Iterable[str] = (),
    progress: Callable[[int, ImportResult], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import files and folders. Extraction runs in worker processes for large batches (it is
    pure CPU work); every write stays here, in this one writer, one transaction per file."""
    tags = list(tags)
    items = list(expand_paths(paths))
    workers = workers if workers is not None else (os.cpu_count() or 1)
    files = [file for _, file, error in items if not error]
    results: list[ImportResult] = []

    def emit(result: ImportResult) -> None:
        results.append(result)
        if progress:
            progress(len(results), result)

    pool = None
    if workers > 1 and len(files) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor
        import multiprocessing

        # fork starts a worker in milliseconds, but forking a process that runs Qt's threads is
        # unsafe; spawn (a fresh interpreter, ~0.3 s) then.
        method = "spawn" if "PySide6.QtCore" in sys.modules else "fork"
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
        prepared_iter = pool.map(prepare_file, files, chunksize=8)
    else:
        prepared_iter = (prepare_file(f) for f in files)
    try:
        for label, file, error in items:
            if cancelled and cancelled():
                break
            emit(ImportResult(label, "failed", error=error) if error else store(library, next(prepared_iter), tags))
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    return results
