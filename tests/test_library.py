"""The library folder: WAL, foreign keys, numbered migrations, backups, refusal of newer libraries."""

import sqlite3

import pytest

from reader.core import schema
from reader.core.errors import LibraryError
from reader.core.importing.importer import import_bytes
from reader.core.library import Library

from conftest import FIXTURES


def test_new_library_is_wal_with_foreign_keys_and_current_schema(tmp_path):
    with Library.open(tmp_path / "new") as lib:
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert [m.name for m in schema.migrations.applied(lib.db)] == schema.MIGRATION_NAMES
    assert not (tmp_path / "new" / "backups").exists()  # nothing to back up in a new library


def test_deleting_an_article_removes_its_original_tags_and_index_entry(library):
    result = import_bytes(library, (FIXTURES / "frontmatter_plain.md").read_bytes(), name="fm.md")
    assert library.search("budget")
    library.delete(result.id)
    assert library.count() == 0
    assert library.db.execute("SELECT count(*) FROM originals").fetchone()[0] == 0
    assert library.db.execute("SELECT count(*) FROM article_texts").fetchone()[0] == 0
    assert library.db.execute("SELECT count(*) FROM article_tags").fetchone()[0] == 0
    assert library.search("budget") == []
    assert {t["name"] for t in library.tags()} == {"budget", "fiscal policy", "Korea"}  # tags stay, with 0


def test_newer_schema_number_is_refused_and_left_untouched(tmp_path):
    Library.open(tmp_path / "lib").close()
    db = tmp_path / "lib" / "library.db"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    before = db.read_bytes()
    with pytest.raises(LibraryError, match="newer version of Dual Reader"):
        Library.open(tmp_path / "lib")
    assert db.read_bytes() == before


def test_unknown_migration_is_refused(tmp_path):
    Library.open(tmp_path / "lib").close()
    with sqlite3.connect(tmp_path / "lib" / "library.db") as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('dual-reader', '9999_future', 'x')"
        )
    with pytest.raises(LibraryError, match="newer version"):
        Library.open(tmp_path / "lib")


def test_pending_migration_takes_a_consistent_backup_first(tmp_path, monkeypatch):
    with Library.open(tmp_path / "lib") as lib:
        import_bytes(lib, (FIXTURES / "korean_plain.txt").read_bytes(), name="ko.txt")

    calls = []

    @schema.migrations(name="9000_test_step")
    def step(db):
        calls.append(1)
        db.execute("ALTER TABLE articles ADD COLUMN test_column TEXT")

    monkeypatch.setattr(schema, "MIGRATION_NAMES", [*schema.MIGRATION_NAMES, "9000_test_step"])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    try:
        with Library.open(tmp_path / "lib") as lib:
            assert calls == [1]
            assert "test_column" in lib.db["articles"].columns_dict
        backups = list((tmp_path / "lib" / "backups").glob("*.db"))
        assert len(backups) == 1 and "before-9000_test_step" in backups[0].name
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
            assert "test_column" not in [r[1] for r in old.execute("PRAGMA table_info(articles)")]
    finally:
        schema.migrations._migrations.pop()  # the test step must not leak into other tests


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "library.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="cannot open|damaged|not a library"):
        Library.open(tmp_path / "lib")


def test_a_file_given_as_library_folder_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(LibraryError, match="not a library folder"):
        Library.open(tmp_path / "notes.txt")


def test_search_index_is_rebuilt_when_its_version_changes(library):
    import_bytes(library, (FIXTURES / "korean_plain.txt").read_bytes(), name="ko.txt")
    library.set_setting("search_index_version", "old")
    library.db.execute("INSERT INTO articles_fts(articles_fts) VALUES('delete-all')")
    assert library.search("광물") == []
    library._check_search_index()
    assert [r.title for r in library.search("광물")] == [library.get(1)["title"]]


def test_editing_the_body_rederives_text_and_index(library):
    result = import_bytes(library, (FIXTURES / "frontmatter_plain.md").read_bytes(), name="fm.md")
    library.update_article(result.id, markdown="A new body about *tungsten* exports.\n", title="Edited")
    article = library.get(result.id)
    assert article["text"] == "A new body about tungsten exports."
    assert [r.id for r in library.search("tungsten")] == [result.id]
    assert library.search("deficit") == []


def test_delete_then_restore_gives_back_the_same_article(library):
    result = import_bytes(library, (FIXTURES / "frontmatter_plain.md").read_bytes(), name="fm.md", tags=["mine"])
    library.update_article(result.id, starred=1)
    before = library.get(result.id)
    snapshot = library.snapshot(result.id)
    library.delete(result.id)
    library.delete_tag("mine")  # even a tag gone meanwhile comes back
    assert library.restore(snapshot) == result.id
    assert library.get(result.id) == before
    assert library.original(result.id)["data"] == (FIXTURES / "frontmatter_plain.md").read_bytes()
    assert [r.id for r in library.search("deficit")] == [result.id]


def test_a_library_of_every_earlier_schema_migrates_with_a_backup(tmp_path):
    """Each older schema, built step by step, opens in this version with its articles intact."""
    from sqlite_utils import Database

    for stop in schema.MIGRATION_NAMES[1:]:
        folder = tmp_path / stop
        folder.mkdir()
        db = Database(folder / "library.db")
        schema.migrations.apply(db, stop_before=stop)
        applied = [m.name for m in schema.migrations.applied(db)]
        db.execute(f"PRAGMA user_version = {len(applied)}")
        db.execute("INSERT INTO articles(id, title, imported, updated, content_hash) VALUES (1, 'Old', 'x', 'x', 'h')")
        db.execute("INSERT INTO article_texts(article_id, markdown, text) VALUES (1, 'Old text about 광물.', 'Old text about 광물.')")
        db.conn.commit()
        db.close()
        with Library.open(folder) as lib:
            assert [m.name for m in schema.migrations.applied(lib.db)] == schema.MIGRATION_NAMES
            assert lib.get(1)["text"] == "Old text about 광물."
            assert [r.id for r in lib.search("광물")] == [1]  # the index was rebuilt for the old rows
        backups = list((folder / "backups").glob(f"*before-{stop}.db"))
        assert len(backups) == 1
