"""A library is a folder holding `library.db` (SQLite through sqlite-utils, WAL, foreign keys on)
and `backups/`. This module opens it safely and owns every read and write of its tables.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from reader.core import annotations, schema, search
from reader.core.errors import LibraryError, ReaderError
from reader.core.text import canonical_text, content_hash

DB_NAME = "library.db"
BACKUP_DIR = "backups"

TAG_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

SEARCH_WINDOW = 5000

TEXT_FIELDS = ("summary", "meta", "markdown", "text")  # stored in article_texts
ARTICLE_FIELDS = ("id", "title", "lang", "source", "author", "published", "url")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class SearchResult:
    id: int
    title: str
    snippet: str
    score: float
    lang: str
    hits: list[tuple[int, int]]


class Library:
    """Open with `Library.open(path)`; use as a context manager or call close()."""

    def __init__(self, folder: Path, db: Database):
        self.folder = folder
        self.db = db

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> "Library":
        folder = Path(path).expanduser()
        if folder.is_file():
            if folder.name == DB_NAME:
                folder = folder.parent
            else:
                raise LibraryError(f"{folder} is a file, not a library folder")
        db_path = folder / DB_NAME
        if not db_path.exists():
            if not create:
                raise LibraryError(f"no library at {folder}")
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create the library folder {folder}: {exc.strerror or exc}") from exc
        try:
            conn = sqlite3.connect(str(db_path), timeout=10, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > schema.SCHEMA_VERSION:
                conn.close()
                raise LibraryError(
                    f"the library at {folder} was written by a newer version of Dual Reader "
                    f"(schema {version}, this program knows {schema.SCHEMA_VERSION}); update Dual Reader to open it"
                )
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"cannot open the library at {folder}: {exc}") from exc
        library = cls(folder, Database(conn))
        library._migrate()
        library._check_search_index()
        return library

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        try:
            applied = [m.name for m in schema.migrations.applied(self.db)]
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"the library database {self.folder / DB_NAME} is damaged or not a library: {exc}") from exc
        unknown = [name for name in applied if name not in schema.MIGRATION_NAMES]
        if unknown:
            raise LibraryError(
                f"the library at {self.folder} was written by a newer version of Dual Reader "
                f"(it has schema step {unknown[-1]}); update Dual Reader to open it"
            )
        pending = schema.migrations.pending(self.db)
        if not pending:
            return
        if applied:
            self.backup(reason=f"before-{pending[0].name}")
        try:
            schema.migrations.apply(self.db)
            self.db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"cannot update the library at {self.folder}: {exc}") from exc

    def backup(self, reason: str = "manual") -> Path:
        """A consistent copy of the database (VACUUM INTO reads one snapshot, WAL included)."""
        folder = self.folder / BACKUP_DIR
        folder.mkdir(exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"library-{stamp}-{reason}.db"
        self.db.execute("VACUUM INTO ?", [str(target)])
        return target

    # --- settings -------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    # --- search index ---------------------------------------------------------------------

    def _check_search_index(self) -> None:
        if self.get_setting("search_index_version") != search.SEARCH_INDEX_VERSION:
            self.rebuild_search_index()

    def rebuild_search_index(self) -> None:
        with self.db.atomic():
            self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES('delete-all')")
            for row in self.db.execute("SELECT a.id, a.title, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id"):
                self._index(row[0], row[1], row[2])
            annotations.rebuild_index(self)  # the notes are indexed with the same tokens
            self.set_setting("search_index_version", search.SEARCH_INDEX_VERSION)

    def _index(self, article_id: int, title: str, text: str) -> None:
        values = search.fts_values(title, text)
        self.db.execute(
            "INSERT INTO articles_fts(rowid, title, body, ko_title, ko_body) VALUES (?, ?, ?, ?, ?)",
            [article_id, values["title"], values["body"], values["ko_title"], values["ko_body"]],
        )

    def _unindex(self, article_id: int, title: str, text: str) -> None:
        values = search.fts_values(title, text)
        self.db.execute(
            "INSERT INTO articles_fts(articles_fts, rowid, title, body, ko_title, ko_body) VALUES ('delete', ?, ?, ?, ?, ?)",
            [article_id, values["title"], values["body"], values["ko_title"], values["ko_body"]],
        )

    # --- articles -------------------------------------------------------------------------

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def find_by_hash(self, content_hash: str) -> int | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        return row[0] if row else None

    def find_by_original(self, sha256: str) -> int | None:
        row = self.db.execute("SELECT article_id FROM originals WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def add_article(
        self, record: dict, original: dict | None, tags: list[str], tag_origin: str = "import", user_tags: list[str] = ()
    ) -> int:
        """Insert an article with its original, tags and index entry, all or nothing."""
        with self.db.atomic():
            article_id = self._insert_article(record)
            if original is not None:
                self.db["originals"].insert({"article_id": article_id, **original})
            for name in tags:
                self._attach_tag(article_id, name, tag_origin)
            for name in user_tags:
                self._attach_tag(article_id, name, "user")
            self._index(article_id, record.get("title", ""), record["text"])
        return article_id

    def _insert_article(self, record: dict, article_id: int | None = None) -> int:
        """Write the article's two rows (metadata, texts); the caller holds the transaction."""
        stamp = now()
        row = {"imported": stamp, "updated": stamp, **{k: v for k, v in record.items() if k not in TEXT_FIELDS}}
        if article_id is not None:
            row["id"] = article_id
        cursor = self.db.execute(f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        texts = {"article_id": cursor.lastrowid, **{k: record[k] for k in TEXT_FIELDS if k in record}}
        self.db.execute(f"INSERT INTO article_texts ({', '.join(texts)}) VALUES ({', '.join('?' for _ in texts)})", list(texts.values()))
        return cursor.lastrowid

    def get(self, article_id: int) -> dict:
        cursor = self.db.execute(
            "SELECT a.*, t.summary, t.meta, t.markdown, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?",
            [article_id],
        )
        row = cursor.fetchone()
        if row is None:
            raise ReaderError(f"there is no article {article_id}")
        article = dict(zip([d[0] for d in cursor.description], row))
        article["meta"] = json.loads(article["meta"] or "{}")
        article["tags"] = self.article_tags(article_id)
        return article

    def original(self, article_id: int) -> dict | None:
        row = self.db.execute(
            "SELECT filename, path, encoding, size, sha256, compression, data FROM originals WHERE article_id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None
        keys = ("filename", "path", "encoding", "size", "sha256", "compression")
        result = dict(zip(keys, row[:6]))
        result["data"] = zlib.decompress(row[6]) if row[5] == "zlib" else row[6]
        return result

    def list_articles(self, *, tag: str | None = None, lang: str | None = None, limit: int | None = None) -> list[dict]:
        sql = f"SELECT {', '.join('a.' + f for f in ARTICLE_FIELDS)} FROM articles a"
        where, params = self._filters(tag, lang)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published DESC, a.id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = [dict(zip(ARTICLE_FIELDS, r)) for r in self.db.execute(sql, params)]
        tags = self._tags_for([r["id"] for r in rows])
        for r in rows:
            r["tags"] = tags.get(r["id"], [])
        return rows

    def _filters(self, tag: str | None, lang: str | None, id_column: str = "a.id") -> tuple[list[str], list]:
        """SQL conditions on an article id column (a.id in listings, rowid in the search index)."""
        where: list[str] = []
        params: list = []
        if tag:
            where.append(f"{id_column} IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)")
            params.append(tag)
        if lang:
            where.append("a.lang = ?" if id_column == "a.id" else f"{id_column} IN (SELECT id FROM articles WHERE lang = ?)")
            params.append(lang)
        return where, params

    def _tags_for(self, ids: list[int]) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            rows = self.db.execute(
                f"SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                f"WHERE at.article_id IN ({', '.join('?' for _ in part)}) ORDER BY t.name COLLATE NOCASE",
                part,
            )
            for article_id, name in rows:
                result.setdefault(article_id, []).append(name)
        return result

    def update_article(self, article_id: int, **fields) -> None:
        """Change metadata or flags. Changing the body re-derives the text and the index."""
        allowed = {"title", "subtitle", "lang", "source", "author", "url", "published", "summary", "is_read", "starred", "read_position", "markdown"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update {', '.join(sorted(unknown))}")
        current = self.get(article_id)
        with self.db.atomic():
            if "markdown" in fields or "title" in fields:
                self._unindex(article_id, current["title"], current["text"])
                if "markdown" in fields:
                    fields["text"] = canonical_text(fields["markdown"])
                    fields["content_hash"] = content_hash(fields["text"])
                    if fields["text"] != current["text"]:
                        annotations.reanchor_article(self, article_id, current["text"], fields["text"])
                self._index(article_id, fields.get("title", current["title"]), fields.get("text", current["text"]))
            fields["updated"] = now()
            for table, key, names in (("articles", "id", [k for k in fields if k not in TEXT_FIELDS]),
                                      ("article_texts", "article_id", [k for k in fields if k in TEXT_FIELDS])):
                if names:
                    assignments = ", ".join(f"{k} = ?" for k in names)
                    self.db.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?", [*(fields[k] for k in names), article_id])

    def snapshot(self, article_id: int) -> dict:
        """Everything about one article, enough for `restore` to undo its deletion exactly."""
        article = self.get(article_id)
        article.pop("tags")
        article["meta"] = json.dumps(article["meta"], ensure_ascii=False)
        original = self.db.execute("SELECT * FROM originals WHERE article_id = ?", [article_id])
        original_row = original.fetchone()
        tags = self.db.execute(
            "SELECT t.name, t.color, at.origin, at.added FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ?",
            [article_id],
        ).fetchall()
        return {
            "article": article,
            "original": dict(zip([d[0] for d in original.description], original_row)) if original_row else None,
            "tags": tags,
            "annotations": [a.as_dict() for a in annotations.for_article(self, article_id)],
            "versions": [dict(r) for r in self.db["article_versions"].rows_where("article_id = ?", [article_id])],
        }

    def restore(self, snapshot: dict) -> int:
        article = snapshot["article"]
        with self.db.atomic():
            self._insert_article({k: v for k, v in article.items() if k != "id"}, article_id=article["id"])
            if snapshot["original"]:
                self.db["originals"].insert(snapshot["original"])
            for name, color, origin, added in snapshot["tags"]:
                existed = self._tag_id(name, create=False) is not None
                tag_id = self._tag_id(name, create=True)
                if not existed:
                    self.db.execute("UPDATE tags SET color = ? WHERE id = ?", [color, tag_id])
                self.db.execute(
                    "INSERT OR IGNORE INTO article_tags(article_id, tag_id, origin, added) VALUES (?, ?, ?, ?)",
                    [article["id"], tag_id, origin, added],
                )
            for version in snapshot.get("versions", []):
                self.db["article_versions"].insert(version)
            for annotation in snapshot.get("annotations", []):
                annotations.restore(self, annotation)
            self._index(article["id"], article["title"], article["text"])
        return article["id"]

    def delete(self, article_id: int) -> None:
        article = self.get(article_id)
        with self.db.atomic():
            self._unindex(article_id, article["title"], article["text"])
            annotations.unindex_article(self, article_id)
            self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def replace_article(self, article_id: int, record: dict, original: dict | None, reason: str = "newer version imported") -> dict[str, int]:
        """A newer version of the same article: its text and metadata replace the current ones, which
        are kept in article_versions with their original; tags stay; annotations are re-anchored.
        Returns how many annotations ended anchored, changed and orphaned."""
        current = self.get(article_id)
        old_original = self.db.execute("SELECT * FROM originals WHERE article_id = ?", [article_id])
        old_row = old_original.fetchone()
        kept = {k: current[k] for k in ("title", "subtitle", "lang", "source", "author", "url", "published", "format", "image", "summary", "markdown")}
        kept["meta"] = current["meta"]
        saved_original = None
        if old_row:
            saved = dict(zip([d[0] for d in old_original.description], old_row))
            saved["data"] = base64.b64encode(saved["data"]).decode("ascii")
            saved_original = json.dumps(saved)
        with self.db.atomic():
            self.db["article_versions"].insert({
                "article_id": article_id, "replaced": now(), "reason": reason,
                "record": json.dumps(kept, ensure_ascii=False), "original": saved_original, "content_hash": current["content_hash"],
            })
            self._unindex(article_id, current["title"], current["text"])
            outcome = annotations.reanchor_article(self, article_id, current["text"], record["text"])
            fields = {k: v for k, v in record.items() if k in {"title", "subtitle", "lang", "source", "author", "url", "published", "format", "image", "content_hash"}}
            fields["updated"] = now()
            assignments = ", ".join(f"{k} = ?" for k in fields)
            self.db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*fields.values(), article_id])
            texts = {k: record[k] for k in TEXT_FIELDS if k in record}
            assignments = ", ".join(f"{k} = ?" for k in texts)
            self.db.execute(f"UPDATE article_texts SET {assignments} WHERE article_id = ?", [*texts.values(), article_id])
            if original is not None:
                self.db.execute("DELETE FROM originals WHERE article_id = ?", [article_id])
                self.db["originals"].insert({"article_id": article_id, **original})
            self._index(article_id, record.get("title", current["title"]), record["text"])
        return outcome

    def versions(self, article_id: int) -> list[dict]:
        rows = self.db.execute("SELECT id, replaced, reason, record, content_hash FROM article_versions WHERE article_id = ? ORDER BY id", [article_id])
        return [{"id": i, "replaced": r, "reason": why, **json.loads(rec), "content_hash": h} for i, r, why, rec, h in rows]

    def find_by_url(self, url: str) -> int | None:
        if not url:
            return None
        row = self.db.execute("SELECT id FROM articles WHERE url = ? ORDER BY id LIMIT 1", [url]).fetchone()
        return row[0] if row else None

    # --- tags -----------------------------------------------------------------------------

    def _tag_id(self, name: str, create: bool) -> int | None:
        name = normalise_tag(name)
        row = self.db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        if not create:
            return None
        used = self.db.execute("SELECT count(*) FROM tags").fetchone()[0]
        cursor = self.db.execute(
            "INSERT INTO tags(name, color, created) VALUES (?, ?, ?)", [name, TAG_COLORS[used % len(TAG_COLORS)], now()]
        )
        return cursor.lastrowid

    def _attach_tag(self, article_id: int, name: str, origin: str) -> None:
        tag_id = self._tag_id(name, create=True)
        self.db.execute(
            "INSERT OR IGNORE INTO article_tags(article_id, tag_id, origin, added) VALUES (?, ?, ?, ?)",
            [article_id, tag_id, origin, now()],
        )

    def tag_article(self, article_id: int, add: list[str] = (), remove: list[str] = (), origin: str = "user") -> list[str]:
        self.get(article_id)  # raises for an unknown id
        with self.db.atomic():
            for name in add:
                self._attach_tag(article_id, name, origin)
            for name in remove:
                tag_id = self._tag_id(name, create=False)
                if tag_id is not None:
                    self.db.execute("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [article_id, tag_id])
        return self.article_tags(article_id)

    def article_tags(self, article_id: int, with_origin: bool = False):
        rows = self.db.execute(
            "SELECT t.name, at.origin FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE",
            [article_id],
        ).fetchall()
        return [{"name": n, "origin": o} for n, o in rows] if with_origin else [n for n, _ in rows]

    def tags(self) -> list[dict]:
        rows = self.db.execute(
            "SELECT t.name, count(at.article_id), t.color FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id "
            "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        return [{"name": n, "count": c, "color": col} for n, c, col in rows]

    def _require_tag(self, name: str) -> int:
        tag_id = self._tag_id(name, create=False)
        if tag_id is None:
            raise ReaderError(f"there is no tag named {name!r}")
        return tag_id

    def rename_tag(self, old: str, new: str) -> None:
        tag_id = self._require_tag(old)
        new = normalise_tag(new)
        other = self._tag_id(new, create=False)
        if other is not None and other != tag_id:
            raise ReaderError(f"a tag named {new!r} already exists; merge the two tags instead")
        self.db.execute("UPDATE tags SET name = ? WHERE id = ?", [new, tag_id])

    def merge_tags(self, source: str, into: str) -> None:
        from_id = self._require_tag(source)
        into_id = self._tag_id(into, create=True)
        if from_id == into_id:
            return
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id, origin, added) "
                "SELECT article_id, ?, origin, added FROM article_tags WHERE tag_id = ?",
                [into_id, from_id],
            )
            self.db.execute("DELETE FROM tags WHERE id = ?", [from_id])

    def delete_tag(self, name: str) -> None:
        self.db.execute("DELETE FROM tags WHERE id = ?", [self._require_tag(name)])

    def set_tag_color(self, name: str, color: str) -> None:
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", color or ""):
            raise ReaderError(f"{color!r} is not a colour; use the form #RRGGBB")
        self.db.execute("UPDATE tags SET color = ? WHERE id = ?", [color.lower(), self._require_tag(name)])

    # --- search ---------------------------------------------------------------------------

    def search(self, text: str, *, tag: str | None = None, lang: str | None = None, limit: int = 50) -> list[SearchResult]:
        query = search.parse_query(text)
        expression = query.fts()
        if expression is None:
            return []
        filters, params = self._filters(tag, lang, id_column="rowid")
        # bm25 costs about 2 µs a match; a word found in half of 100,000 articles would take
        # 200 ms to rank. So rank at most SEARCH_WINDOW matches, the most recently imported
        # (FTS5 walks rowids backwards and stops): precise for every selective query, and for a
        # very broad one the best among the newest SEARCH_WINDOW.
        sql = (
            "SELECT a.id, a.title, t.text, a.lang, best.rank FROM ("
            " SELECT rowid, rank FROM ("
            "  SELECT rowid, bm25(articles_fts, 8.0, 1.0, 8.0, 1.0) AS rank FROM articles_fts"
            "  WHERE articles_fts MATCH ?" + "".join(" AND " + f for f in filters) + " ORDER BY rowid DESC LIMIT ?"
            " ) ORDER BY rank LIMIT ?"
            ") best JOIN articles a ON a.id = best.rowid JOIN article_texts t ON t.article_id = a.id ORDER BY best.rank"
        )
        try:
            rows = self.db.execute(sql, [expression, *params, SEARCH_WINDOW, limit]).fetchall()
        except sqlite3.OperationalError as exc:  # a bug in our query builder, never the user's fault
            raise RuntimeError(f"search expression {expression!r} failed: {exc}") from exc
        results = []
        for article_id, title, body, article_lang, rank in rows:
            hits = search.find_hits(body, query)
            results.append(SearchResult(article_id, title, search.make_snippet(body, hits), round(-rank, 4), article_lang, hits))
        # The reader's own notes and highlight tags: an article found only through them comes after
        # the articles found in their text, its snippet the note that matched.
        if len(results) < limit:
            notes = annotations.matching_articles(self, expression, limit - len(results), exclude={r.id for r in results})
            for article_id, note in notes.items():
                row = self.db.execute("SELECT title, lang FROM articles WHERE id = ?", [article_id]).fetchone()
                if row is None or (lang and row[1] != lang) or (tag and tag.casefold() not in {t.casefold() for t in self.article_tags(article_id)}):
                    continue
                label = note.note or ", ".join(note.tags)
                results.append(SearchResult(article_id, row[0], "✎ " + search.make_snippet(label, search.find_hits(label, query)), 0.0, row[1], []))
        return results


def normalise_tag(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise ReaderError("a tag needs a name")
    if len(name) > 100:
        raise ReaderError("a tag name can have at most 100 characters")
    return name
