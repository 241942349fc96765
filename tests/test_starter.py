"""The starter library: our own sample articles, Korean/English counterparts, in every format."""

import os
from collections import Counter

import pytest

from reader.core import starter
from reader.core.decode import decode
from reader.core.library import Library
from reader.core.paths import platform_library_path, starter_dir


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    lib = Library.open(tmp_path_factory.mktemp("starter"))
    results = starter.import_starter(lib)
    yield lib, results
    lib.close()


def test_every_starter_article_imports_with_the_language_the_manifest_says(imported):
    lib, results = imported
    entries = starter.manifest()
    assert len(entries) >= 8
    assert [r.status for r in results] == ["imported"] * len(entries), [r.error for r in results]
    for entry, result in zip(entries, results):
        article = lib.get(result.id)
        assert article["lang"] == entry["lang"], entry["file"]
        assert article["title"] and len(article["text"]) > 300
        assert {t.casefold() for t in entry.get("tags", [])} <= {t.casefold() for t in article["tags"]}


def test_counterparts_come_in_pairs(imported):
    entries = {e["file"]: e for e in starter.manifest()}
    for name, entry in entries.items():
        other = entries[entry["counterpart"]]
        assert other["counterpart"] == name and other["story"] == entry["story"] and other["lang"] != entry["lang"]
    assert Counter(e["lang"] for e in entries.values()) == Counter({"ko": len(entries) // 2, "en": len(entries) // 2})


def test_formats_users_bring_are_all_represented(imported):
    lib, results = imported
    formats = Counter(lib.get(r.id)["format"] for r in results)
    assert formats["html"] >= 2 and formats["markdown"] >= 2 and formats["text"] >= 2
    encodings = {lib.original(r.id)["encoding"] for r in results}
    assert "cp949" in encodings  # one page saved in EUC-KR
    sniffed_by_content = [e["file"] for e, r in zip(starter.manifest(), results) if e["file"].endswith(".txt") and lib.get(r.id)["format"] == "markdown"]
    assert sniffed_by_content  # a .txt that is really Markdown


def test_no_mojibake_in_korean_articles(imported):
    lib, results = imported
    for r in results:
        article = lib.get(r.id)
        if article["lang"] == "ko":
            assert "\ufffd" not in article["text"] and "Ã" not in article["text"]


def test_importing_again_reports_duplicates(imported):
    lib, _ = imported
    assert {r.status for r in starter.import_starter(lib)} == {"duplicate"}


def test_first_run_seeds_only_the_default_library_and_only_once(tmp_path):
    with Library.open(tmp_path / "named") as named:
        assert starter.seed_if_first_run(named) is None and named.count() == 0
    with Library.open(platform_library_path()) as default:
        assert str(default.folder).startswith(os.environ["XDG_DATA_HOME"])  # conftest isolates the user's data
        seeded = starter.seed_if_first_run(default)
        assert seeded and default.count() == len(starter.manifest())
        assert starter.welcome_article_id(default, "en") and starter.welcome_article_id(default, "ko")
        for row in default.list_articles():
            default.delete(row["id"])
        assert starter.seed_if_first_run(default) is None and default.count() == 0


def test_starter_files_are_text_in_their_encodings():
    for path in starter_dir().iterdir():
        decode(path.read_bytes())  # raises on anything binary
