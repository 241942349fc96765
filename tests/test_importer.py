"""Batches, duplicates, originals, bad input, and nothing half-written."""

import os
import zlib

import pytest

from reader.core.importing import importer
from reader.core.importing.importer import MAX_FILE_BYTES, import_bytes, import_paths, import_text

from conftest import FIXTURES

WIRE = (FIXTURES / "seed_like_wire.txt").read_bytes()


def _counts(library):
    db = library.db
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "originals", "article_tags", "tags"))


def test_folder_is_imported_recursively_each_file_with_its_result(library, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "wire.txt").write_bytes(WIRE)
    (tmp_path / "a" / "b" / "ko.txt").write_bytes((FIXTURES / "korean_plain.txt").read_bytes())
    (tmp_path / "a" / ".hidden.txt").write_bytes(b"hidden files are skipped")
    results = import_paths(library, [tmp_path / "a"])
    assert [(os.path.basename(r.path), r.status, r.lang) for r in results] == [("wire.txt", "imported", "en"), ("ko.txt", "imported", "ko")]


def test_same_content_twice_is_a_duplicate_even_in_another_encoding(library, tmp_path):
    (tmp_path / "one.txt").write_bytes(WIRE)
    (tmp_path / "two.txt").write_bytes(WIRE)  # the very same bytes
    (tmp_path / "three.txt").write_bytes(WIRE.decode("utf-8").encode("utf-16"))  # same text, other bytes
    (tmp_path / "four.txt").write_bytes(WIRE.replace(b"\n", b"\r\n"))  # other line ends
    results = import_paths(library, [tmp_path])
    statuses = {os.path.basename(r.path): r.status for r in results}
    assert statuses == {"four.txt": "imported", "one.txt": "duplicate", "three.txt": "duplicate", "two.txt": "duplicate"}
    assert len({r.id for r in results}) == 1
    assert library.count() == 1


def test_original_bytes_are_kept_compressed(library, tmp_path):
    data = (FIXTURES / "page_ko_chrome.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="euc-kr"').encode("cp949")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    result = import_paths(library, [path])[0]
    path.unlink()  # re-extraction never needs the source file
    original = library.original(result.id)
    assert original["data"] == data
    assert original["encoding"] == "cp949"
    stored = library.db.execute("SELECT length(data) FROM originals WHERE article_id = ?", [result.id]).fetchone()[0]
    assert stored < len(data) and zlib.decompress(library.db.execute("SELECT data FROM originals").fetchone()[0]) == data


def test_bad_input_gets_one_line_reasons_and_the_rest_is_imported(library, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(WIRE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    (tmp_path / "photo.jpg.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200))
    (tmp_path / "random.bin").write_bytes(bytes((i * 7919) % 256 for i in range(4000)))
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    results = {os.path.basename(r.path): r for r in import_paths(library, [tmp_path, tmp_path / "missing.txt"])}
    assert results["good.txt"].status == "imported"
    reasons = {name: r.error for name, r in results.items() if r.status == "failed"}
    assert set(reasons) == {"empty.txt", "blank.txt", "photo.jpg.txt", "random.bin", "huge.txt", "missing.txt"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "JPEG" in reasons["photo.jpg.txt"]
    assert "binary" in reasons["random.bin"]
    assert "MB" in reasons["huge.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert all("\n" not in reason for reason in reasons.values())
    assert library.count() == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(library, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_bytes(WIRE)
    path.chmod(0)
    result = import_paths(library, [path])[0]
    assert result.status == "failed" and "permission" in result.error


def test_crash_mid_import_leaves_nothing_half_written(library, monkeypatch):
    import_bytes(library, (FIXTURES / "korean_plain.txt").read_bytes(), name="ko.txt")
    before = _counts(library)

    def boom(*args, **kwargs):
        raise RuntimeError("simulated crash after the article row was written")

    monkeypatch.setattr(library, "_index", boom)
    with pytest.raises(RuntimeError):
        import_bytes(library, (FIXTURES / "frontmatter_plain.md").read_bytes(), name="fm.md", tags=["x"])
    assert _counts(library) == before
    monkeypatch.undo()
    assert import_bytes(library, (FIXTURES / "frontmatter_plain.md").read_bytes(), name="fm.md").status == "imported"


def test_full_disk_is_a_plain_message_and_loses_nothing(library, monkeypatch):
    import sqlite3

    import_bytes(library, WIRE, name="wire.txt")
    before = _counts(library)

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(library, "_index", full)
    result = import_bytes(library, (FIXTURES / "korean_plain.txt").read_bytes(), name="ko.txt")
    assert result.status == "failed" and "disk is full" in result.error
    assert _counts(library) == before


def test_pasted_text_and_html(library):
    text = import_text(library, "A pasted note about the 2,700억 원 rail deal and what it means for exporters.")
    assert text.status == "imported" and library.get(text.id)["text"].startswith("A pasted note")
    html = import_text(library, (FIXTURES / "broken.html").read_text(encoding="utf-8"))
    assert html.status == "imported" and library.get(html.id)["format"] == "html"


def test_tags_from_front_matter_and_from_the_user_keep_their_origin(library):
    result = import_bytes(library, (FIXTURES / "frontmatter_plain.md").read_bytes(), name="fm.md", tags=["reading list", "Korea"])
    origins = {t["name"]: t["origin"] for t in library.article_tags(result.id, with_origin=True)}
    assert origins == {"budget": "import", "fiscal policy": "import", "Korea": "user", "reading list": "user"}


def test_cancel_stops_between_files(library, tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Note number {i}\n\nThe body of note {i} is here, long enough to be a paragraph.")
    seen = []
    results = importer.import_paths(library, [tmp_path], progress=lambda n, r: seen.append(n), cancelled=lambda: len(seen) >= 2)
    assert len(results) == 2 and library.count() == 2


def test_read_error_is_reported_not_raised(library, tmp_path, monkeypatch):
    from pathlib import Path

    path = tmp_path / "secret.txt"
    path.write_bytes(WIRE)

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = import_paths(library, [path])[0]
    assert result.status == "failed" and result.error == "permission denied: the file cannot be read"


def test_large_batch_extracts_in_worker_processes_with_the_same_results(library, tmp_path):
    texts = []
    for i in range(importer.PARALLEL_FROM + 5):
        texts.append(f"Headline number {i}\n\nParagraph {i} tells of a {i}% rise in exports to {i} countries, said the ministry.\n")
    for i, text in enumerate(texts):
        (tmp_path / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "050-empty.txt").write_bytes(b"")
    (tmp_path / "051-copy.txt").write_text(texts[3], encoding="utf-8")
    results = import_paths(library, [tmp_path], workers=2)
    names = [os.path.basename(r.path) for r in results]
    assert names == sorted(names)  # results come back in order
    statuses = {os.path.basename(r.path): r.status for r in results}
    assert statuses.pop("050-empty.txt") == "failed" and statuses.pop("051-copy.txt") == "duplicate"
    assert set(statuses.values()) == {"imported"}
    assert library.count() == len(texts)
    assert library.get(results[7].id)["title"] == "Headline number 7"
