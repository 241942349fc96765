"""Files, folders and pasted text -> articles in the library. Each file is one transaction: it is
imported whole or not at all, and a failure is one plain line that does not stop the batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import unicodedata
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
from reader.core.library import Library
from reader.core.text import canonical_text

MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any saved article; keeps memory and time bounded
SKIPPED_NAMES = re.compile(r"^(?:\.|~\$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)


@dataclass
class ImportResult:
    path: str
    status: str  # "imported" | "duplicate" | "failed"
    id: int | None = None
    title: str | None = None
    lang: str | None = None
    error: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def content_hash(text: str) -> str:
    """Same article, same hash: whitespace and Unicode normal form do not count."""
    normal = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


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


def import_bytes(
    library: Library, data: bytes, *, name: str = "", path: str = "", tags: Iterable[str] = (), title: str = ""
) -> ImportResult:
    label = path or name or "(pasted text)"
    try:
        if not data.strip():
            raise ImportRefused("the file is empty")
        if len(data) > MAX_FILE_BYTES:
            raise ImportRefused(f"the file is {len(data) / 1048576:.0f} MB; articles over {MAX_FILE_BYTES // 1048576} MB are not imported")
        sha = hashlib.sha256(data).hexdigest()
        existing = library.find_by_original(sha)
        if existing is not None:
            return _duplicate(library, label, existing)
        text, encoding = decode(data)
        extracted, meta = extract(text)
        record = _record(extracted, meta, title or Path(name).stem.replace("_", " ").strip())
        existing = library.find_by_hash(record["content_hash"])
        if existing is not None:
            return _duplicate(library, label, existing)
        original = {
            "filename": name,
            "path": path,
            "encoding": encoding,
            "size": len(data),
            "sha256": sha,
            "compression": "zlib",
            "data": zlib.compress(data, 6),
        }
        all_tags = list(dict.fromkeys([*extracted.tags, *tags]))
        user_tags = set(tags)
        article_id = library.add_article(record, original, [t for t in all_tags if t not in user_tags], tag_origin="import")
        if user_tags:
            library.tag_article(article_id, add=list(dict.fromkeys(tags)), origin="user")
        return ImportResult(label, "imported", article_id, record["title"], record["lang"])
    except ImportRefused as exc:
        return ImportResult(label, "failed", error=str(exc))
    except ReaderError as exc:
        return ImportResult(label, "failed", error=str(exc))
    except sqlite3.IntegrityError as exc:
        if "content_hash" in str(exc):  # imported by another writer a moment ago
            return ImportResult(label, "duplicate", error=None)
        raise
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "full" in message:
            return ImportResult(label, "failed", error="the disk is full; nothing was written for this file")
        if "readonly" in message or "read-only" in message:
            return ImportResult(label, "failed", error="the library is read-only; nothing was written")
        raise


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
    label = str(path)
    try:
        if not path.is_file():
            return ImportResult(label, "failed", error="not a regular file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return ImportResult(
                label, "failed", error=f"the file is {size / 1048576:.0f} MB; articles over {MAX_FILE_BYTES // 1048576} MB are not imported"
            )
        data = path.read_bytes()
    except PermissionError:
        return ImportResult(label, "failed", error="permission denied: the file cannot be read")
    except OSError as exc:
        return ImportResult(label, "failed", error=f"the file cannot be read: {exc.strerror or exc}")
    return import_bytes(library, data, name=path.name, path=str(path.resolve()), tags=tags)


def import_paths(
    library: Library,
    paths: Iterable[str | os.PathLike],
    *,
    tags: Iterable[str] = (),
    progress: Callable[[int, ImportResult], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    tags = list(tags)
    results: list[ImportResult] = []
    for label, file, error in expand_paths(paths):
        if cancelled and cancelled():
            break
        result = ImportResult(label, "failed", error=error) if error else import_file(library, file, tags=tags)
        results.append(result)
        if progress:
            progress(len(results), result)
    return results
