"""Export of annotated notes, each format opened and checked for its content."""

import csv
import hashlib
import json

import lxml.html
import pytest
import yaml

from reader.core import annotations, export, pairs
from reader.core.errors import ReaderError
from reader.core.export.common import safe_filename
from reader.core.export.notes_md import KEEP_MARKER
from reader.core.export.w3c import import_file
from reader.core.facts.extract import extract_facts
from reader.core.library import Library
from reader.core.starter import manifest, starter_dir

HOSTILE = "<script>alert('x')</script> & \"quotes\" | pipes"


@pytest.fixture
def lib(starter_library):
    return starter_library


def ids_by_file(library):
    return {e["file"]: library.find_by_original(hashlib.sha256((starter_dir() / e["file"]).read_bytes()).hexdigest()) for e in manifest()}


@pytest.fixture
def annotated(lib):
    ids = ids_by_file(lib)
    ko = next(i for f, i in ids.items() if "minerals" in f and f.endswith(("ko.md", "ko.html", "ko.txt")))
    en = next(i for f, i in ids.items() if "minerals" in f and not f.endswith(("ko.md", "ko.html", "ko.txt")))
    a1 = annotations.add_quote(lib, ko, "핵심광물", note="**중요** " + HOSTILE, color="green", tags=["광물", "supply chain"])
    a2 = annotations.add_quote(lib, en, "lithium", note="=SUM(A1:A9)", color="pink", tags=["minerals"])
    a3 = annotations.add_quote(lib, en, "tungsten", color="blue")
    return lib, ko, en, [a1, a2, a3]


def test_safe_filenames():
    assert safe_filename('a/b\\c:d*e?f"g<h>i|j', 3) == "a b c d e f g h i j (3)"
    assert safe_filename("CON", None) == "article CON"
    assert safe_filename("   ...  ", 4) == "article (4)"
    long = safe_filename("가" * 300, 5)
    assert long.endswith("(5)") and len(long.encode("utf-8")) < 255
    assert safe_filename("Same", 1, {"same (1).md"}) == "Same (1) 2"


def test_markdown_notes_with_front_matter_and_update_on_reexport(annotated, tmp_path):
    lib, ko, en, _ = annotated
    out = tmp_path / "notes"
    result = export.export(lib, [ko, en], "md", out, facts=True)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 3 and "index.md" in files
    note = next(p for p in result.paths if p.name != "index.md" and lib.get(ko)["title"][:20] in p.name)
    text = note.read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["title"] == lib.get(ko)["title"] and meta["dual_reader_id"] == ko and meta["lang"] == "ko"
    assert set(meta["tags"]) == set(lib.get(ko)["tags"]) and meta["date"] == lib.get(ko)["published"][:10]
    assert "> 핵심광물" in text and "green highlight" in text and "#광물 #supply-chain" in text
    assert "<script>" not in text and "&lt;script>" in text and "**중요**" in text
    assert "## Facts" in text and "| count | 12건 |" in text
    # The reader writes in the note, the article's title changes, a highlight is added: export again.
    note.write_text(text + "My own thoughts.\n", encoding="utf-8")
    lib.update_article(ko, title="A new title")
    annotations.add_quote(lib, ko, "리튬", note="second")
    export.export(lib, [ko, en], "md", out)
    assert sorted(p.name for p in out.iterdir()) == files  # updated in place, not duplicated
    again = note.read_text(encoding="utf-8")
    assert "title: A new title" in again and "second" in again and again.endswith(KEEP_MARKER + "\nMy own thoughts.\n")
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "A new title" in index and "2 highlights" in index


def test_html_is_self_contained_coloured_and_escaped(annotated, tmp_path):
    lib, ko, _, (a1, _, _) = annotated
    path = tmp_path / "one.html"
    export.export(lib, [ko], "html", path)
    doc = lxml.html.fromstring(path.read_bytes())
    assert doc.xpath("//script") == [] and doc.xpath("//link") == [] and doc.xpath("//img") == []
    assert doc.findtext(".//title") == lib.get(ko)["title"]
    marked = doc.xpath(f"//span[@id='h{a1.id}']")
    assert [m.text_content() for m in marked] == ["핵심광물"] and "background-color:#9be39b" in marked[0].get("style")
    side = doc.xpath("//td[@class='side']//div[@class='note']")
    assert len(side) == 1 and HOSTILE.split("&")[0].strip() in side[0].text_content()
    assert side[0].xpath(".//strong")[0].text == "중요"  # the note's Markdown, rendered


def test_whole_library_html_has_an_index(annotated, tmp_path):
    lib = annotated[0]
    result = export.export(lib, export.select_articles(lib, everything=True), "html", tmp_path / "site")
    index = lxml.html.fromstring((tmp_path / "site" / "index.html").read_bytes())
    links = index.xpath("//a/@href")
    assert len(links) == lib.count() and all((tmp_path / "site" / href).exists() for href in links)
    assert result.articles == lib.count() and result.annotations == 3


def test_selections_by_tag_and_search(annotated):
    lib, ko, en, _ = annotated
    assert ko in export.select_articles(lib, tag="핵심광물")
    assert set(export.select_articles(lib, query="tungsten")) >= {en}
    assert export.select_articles(lib, query="supply chain")  # also finds highlight tags
    with pytest.raises(ReaderError):
        export.select_articles(lib, tag="no such tag")
    with pytest.raises(ReaderError):
        export.select_articles(lib, [9999])
    with pytest.raises(ReaderError, match="nothing to export"):
        export.export(lib, [], "md", "x")


def test_csv_rows_and_spreadsheet_safety(annotated, tmp_path):
    lib, _, _, (a1, a2, a3) = annotated
    path = export.export(lib, export.select_articles(lib, everything=True), "csv", tmp_path / "h.csv").paths[0]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 3
    by_quote = {r["quote"]: r for r in rows}
    assert by_quote["핵심광물"]["tags"] == "광물; supply chain" and by_quote["핵심광물"]["color"] == "green"
    assert by_quote["lithium"]["note"] == "'=SUM(A1:A9)"  # never a formula
    assert by_quote["tungsten"]["created"] == a3.created


def test_flashcards_pair_a_highlight_with_its_counterpart(annotated, tmp_path):
    lib, ko, en, _ = annotated
    assert pairs.counterparts(lib, ko) == [en]  # the starter pairs come linked
    path = export.export(lib, [ko, en], "flashcards", tmp_path / "cards.csv").paths[0]
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 3
    ko_card = next(r for r in rows if r["highlight"] == "핵심광물")
    assert "핵심광물" in ko_card["front"] and "minerals" in ko_card["back"]
    en_card = next(r for r in rows if r["highlight"] == "lithium")
    assert "lithium" in en_card["front"] and "리튬" in en_card["back"]
    pairs.unlink(lib, ko)
    result = export.export(lib, [ko, en], "flashcards", tmp_path / "none.csv")
    assert result.skipped == 3


def test_json_round_trip_into_a_fresh_library(annotated, tmp_path):
    lib, ko, en, _ = annotated
    annotations.add_quote(lib, ko, "카자흐스탄", occurrence=2, color="orange")
    before = {a.uid: a.as_dict() for group in annotations.for_articles(lib, [ko, en]).values() for a in group}
    path = export.export(lib, export.select_articles(lib, everything=True), "json", tmp_path / "a.json").paths[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 4
    item = data["first"]["items"][0]
    kinds = {s["type"] for s in item["target"]["selector"]}
    assert kinds == {"TextQuoteSelector", "TextPositionSelector"} and item["@context"] == "http://www.w3.org/ns/anno.jsonld"
    # A fresh library holding the same articles, imported in another order (other ids).
    with Library.open(tmp_path / "fresh") as fresh:
        from reader.core.importing.importer import import_file as import_article

        for entry in reversed(manifest()):
            import_article(fresh, starter_dir() / entry["file"])
        report = import_file(fresh, path)
        assert (report.imported, report.already, report.missing, report.needs_review) == (4, 0, [], 0)
        after = {a.uid: a.as_dict() for a in annotations.needs_review(fresh) + [
            a for group in annotations.for_articles(fresh, [r["id"] for r in fresh.list_articles()]).values() for a in group]}
        assert set(after) == set(before)
        for uid, a in before.items():
            b = after[uid]
            assert {k: v for k, v in a.items() if k not in ("id", "article_id")} == {k: v for k, v in b.items() if k not in ("id", "article_id")}
            assert fresh.get(b["article_id"])["content_hash"] == lib.get(a["article_id"])["content_hash"]
        again = import_file(fresh, path)
        assert (again.imported, again.already) == (0, 4)  # importing twice duplicates nothing


def test_import_of_bad_json_changes_nothing(lib, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReaderError, match="not JSON"):
        import_file(lib, bad)
    bad.write_text(json.dumps({"type": "Something"}), encoding="utf-8")
    with pytest.raises(ReaderError, match="W3C"):
        import_file(lib, bad)
    article = lib.list_articles()[0]
    good = {"type": "Annotation", "id": "urn:x:1", "target": {"source": "urn:none", "selector": [{"type": "TextQuoteSelector", "exact": lib.get(article["id"])["text"][:20]}]},
            "dualReader": {"article": {"contentHash": lib.get(article["id"])["content_hash"]}}}
    broken = {"type": "Annotation", "id": "urn:x:2"}
    bad.write_text(json.dumps([good, broken]), encoding="utf-8")
    with pytest.raises(ReaderError, match="annotation 2 has no target"):
        import_file(lib, bad)
    assert annotations.counts(lib) == {}  # all or nothing


def test_mirror_a_highlight_onto_the_aligned_counterpart(annotated):
    lib, ko, en, (a1, a2, _) = annotated
    mirrored = annotations.mirror(lib, a2.id)  # "lithium" in the English story
    ko_text = lib.get(ko)["text"]
    assert mirrored.article_id == ko and "리튬" in ko_text[mirrored.start:mirrored.end]
    assert (mirrored.color, mirrored.note, mirrored.tags) == (a2.color, a2.note, a2.tags)
    assert annotations.mirror(lib, a2.id).id == mirrored.id  # twice is once
    # A figure goes to the same figure on the other side, not to the whole sentence.
    figure = next(f for f in extract_facts(ko_text, "ko", lib.get(ko)["published"]) if f.kind == "money")
    fa = annotations.add(lib, ko, figure.start, figure.end, color="orange")
    article_id, start, end = annotations.mirror_target(lib, fa.id)
    en_text = lib.get(en)["text"]
    assert article_id == en and end - start < 40 and any(ch.isdigit() for ch in en_text[start:end])
    pairs.unlink(lib, ko)
    with pytest.raises(ReaderError, match="no aligned counterpart"):
        annotations.mirror(lib, a1.id)


def test_export_errors_are_clear_and_leave_files_intact(annotated, tmp_path, monkeypatch):
    import errno
    from pathlib import Path

    lib, ko, en, _ = annotated
    blocker = tmp_path / "notes.md"
    blocker.write_text("the reader's own file", encoding="utf-8")
    with pytest.raises(ReaderError, match="cannot write the export"):
        export.export(lib, [ko, en], "md", blocker)  # two articles need a folder; a file is there
    assert blocker.read_text(encoding="utf-8") == "the reader's own file"
    target = tmp_path / "one.json"
    target.write_text("previous export", encoding="utf-8")
    real_write = Path.write_text

    def full_disk(self, *args, **kwargs):
        if self.name.endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(ReaderError, match="No space left"):
        export.export(lib, [ko], "json", target)
    assert target.read_text(encoding="utf-8") == "previous export"  # never half a file over the old one
