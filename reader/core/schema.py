"""Numbered schema migrations, applied by sqlite-utils' Migrations, each in one transaction.

Append new steps at the end; never edit a step that has shipped. `SCHEMA_VERSION` (the number of
steps) is also written to PRAGMA user_version so that an older program can refuse a newer library
before reading anything else.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("dual-reader")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            subtitle TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT 'other',
            source TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            imported TEXT NOT NULL,
            updated TEXT NOT NULL,
            format TEXT NOT NULL DEFAULT '',
            is_read INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0,
            read_position INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL UNIQUE,
            image TEXT NOT NULL DEFAULT ''
        )
        """
    )
    # The long texts live in their own table, so that the list's columns of 100,000 articles sit
    # in a few thousand dense pages instead of one page (or more) per article.
    db.execute(
        """
        CREATE TABLE article_texts (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            summary TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{}',
            markdown TEXT NOT NULL,
            text TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX articles_lang ON articles(lang)")
    db.execute("CREATE INDEX articles_published ON articles(published)")
    db.execute("CREATE INDEX articles_source ON articles(source)")
    db.execute("CREATE INDEX articles_unread ON articles(is_read)")
    db.execute("CREATE INDEX articles_starred ON articles(starred)")
    db.execute(
        """
        CREATE TABLE originals (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            filename TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            encoding TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            compression TEXT NOT NULL DEFAULT 'zlib',
            data BLOB NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX originals_sha256 ON originals(sha256)")
    db.execute(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('user', 'import', 'rule')),
            added TEXT NOT NULL,
            PRIMARY KEY (article_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # Contentless: the indexed strings are derived from articles (reader.core.search), so the
    # index stores no second copy of every text. It is rebuilt when SEARCH_INDEX_VERSION changes.
    db.execute(
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, ko_title, ko_body,
            content='', tokenize='porter unicode61 remove_diacritics 2'
        )
        """
    )


@migrations(name="0002_facts")
def _facts(db: Database) -> None:
    """Derived data: the facts of every article, rebuilt whenever an article or the extractor changes."""
    db.execute(
        """
        CREATE TABLE facts (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            value TEXT,  -- JSON, as the extractor gave it
            number REAL,  -- a numeric value (the low end of a range), for value filters
            date_low TEXT,  -- a date fact's first and last day-grain bound, for date filters
            date_high TEXT,
            unit TEXT,
            qualifier TEXT,
            PRIMARY KEY (article_id, start)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX facts_kind_number ON facts(kind, number)")
    db.execute("CREATE INDEX facts_kind_date ON facts(kind, date_low)")
    db.execute("CREATE TABLE facts_state (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, version TEXT NOT NULL)")


@migrations(name="0003_pairs")
def _pairs(db: Database) -> None:
    """A Korean article and an English one, read side by side. The alignment is derived; the user's
    corrections to it are user data and survive every re-alignment."""
    db.execute(
        """
        CREATE TABLE pairs (
            id INTEGER PRIMARY KEY,
            ko_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            en_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            created TEXT NOT NULL,
            alignment TEXT,  -- JSON [[ko indexes], [en indexes]] links, rebuilt on demand
            aligned_on TEXT,  -- the two texts' hashes the alignment was made for
            corrections TEXT NOT NULL DEFAULT '[]',  -- JSON links fixed by the user
            UNIQUE (ko_id, en_id)
        )
        """
    )
    db.execute("CREATE INDEX pairs_en ON pairs(en_id)")


@migrations(name="0004_annotations")
def _annotations(db: Database) -> None:
    """The reader's own highlights and notes (user data), and the earlier versions of articles whose
    text was replaced by a newer import, so that replacing never loses the original."""
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,  -- stable across libraries: the W3C annotation's id
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,  -- offsets into the canonical text
            end INTEGER NOT NULL,
            quote TEXT NOT NULL,  -- the exact text highlighted, with context to find it again
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            text_hash TEXT NOT NULL,  -- the hash of the text the offsets refer to
            state TEXT NOT NULL DEFAULT 'anchored' CHECK (state IN ('anchored', 'changed', 'orphaned')),
            original_quote TEXT NOT NULL DEFAULT '',  -- what was highlighted before a fuzzy re-anchoring
            color TEXT NOT NULL DEFAULT 'yellow',
            note TEXT NOT NULL DEFAULT '',  -- Markdown
            tags TEXT NOT NULL DEFAULT '[]',  -- JSON list of names
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX annotations_article ON annotations(article_id, start)")
    # Notes and highlight tags are searched with the articles' own query syntax: the same column
    # names let one FTS5 expression run against both tables.
    db.execute(
        """
        CREATE VIRTUAL TABLE annotations_fts USING fts5(
            title, body, ko_title, ko_body,
            content='', tokenize='porter unicode61 remove_diacritics 2'
        )
        """
    )
    db.execute(
        """
        CREATE TABLE article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            replaced TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            record TEXT NOT NULL,  -- JSON: the metadata and Markdown body as they were
            original BLOB,  -- the original file's row as it was (JSON, data base64), if any
            content_hash TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX article_versions_article ON article_versions(article_id)")


@migrations(name="0005_glossary")
def _glossary(db: Database) -> None:
    """The reader's own Korean/English name pairs (user data): they win over the bundled glossary and
    every rule when facts are found, and a change to them makes the library's facts be found again."""
    db.execute(
        """
        CREATE TABLE glossary (
            id INTEGER PRIMARY KEY,
            ko TEXT NOT NULL DEFAULT '',
            en TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('organization', 'person', 'place')),
            aliases TEXT NOT NULL DEFAULT '[]',  -- JSON list of other forms (산업부, MOTIE)
            created TEXT NOT NULL,
            CHECK (ko != '' OR en != ''),
            UNIQUE (ko, en)
        )
        """
    )


MIGRATION_NAMES = [m.name for m in migrations.pending(Database(memory=True))]
SCHEMA_VERSION = len(MIGRATION_NAMES)
