"""Every fixture, through the whole import path (bytes -> decode -> sniff -> extract -> library),
against what a correct import must give (NAME.expected.json). The fixtures reproduce the quirks of
the real articles in ../shared/seeds with text of our own."""

import json

import pytest

from reader.core.importing.importer import import_file
from reader.core.text import parse_blocks

from conftest import FIXTURES

CASES = sorted(p.name for p in FIXTURES.iterdir() if not p.name.endswith(".json"))


def _check(article: dict, want: dict) -> None:
    text = article["text"]
    for key in ("title", "subtitle", "source", "author", "lang", "summary", "image", "url"):
        if key in want:
            assert article[key] == (want[key] or ""), key
    if want.get("published"):
        assert article["published"][:10] == want["published"][:10]
    if "tags" in want:
        assert sorted(article["tags"]) == sorted(want["tags"])
    if "headings" in want:
        headings = [b.text for b in parse_blocks(article["markdown"]) if b.kind == "heading"]
        assert headings == want["headings"]
    for phrase in want.get("must_contain", []):
        assert phrase in text, phrase
    for phrase in want.get("must_not_contain", []):
        assert phrase not in text, phrase
    for caption in want.get("captions", []):
        assert caption in text  # captions stay in the body (as emphasis), never lost


@pytest.mark.parametrize("name", CASES)
def test_fixture_imports_as_expected(library, name):
    want = json.loads((FIXTURES / name).with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = import_file(library, FIXTURES / name)
    assert result.status == "imported", result.error
    _check(library.get(result.id), want)


@pytest.mark.parametrize("codec", ["cp949", "utf-16", "utf-8-sig"])
def test_korean_page_in_other_encodings(library, tmp_path, codec):
    html = (FIXTURES / "page_ko_chrome.html").read_text(encoding="utf-8")
    if codec == "cp949":
        html = html.replace('charset="utf-8"', 'charset="euc-kr"').replace("charset=utf-8", "charset=euc-kr")
    path = tmp_path / "page.htm"
    path.write_bytes(html.encode(codec))
    want = json.loads((FIXTURES / "page_ko_chrome.expected.json").read_text(encoding="utf-8"))
    result = import_file(library, path)
    assert result.status == "imported", result.error
    _check(library.get(result.id), want)


def test_kind_is_told_by_content_not_extension(library, tmp_path):
    """A Markdown file named .txt, an HTML page named .md, plain text named .html."""
    (tmp_path / "a.txt").write_bytes((FIXTURES / "frontmatter_plain.md").read_bytes())
    (tmp_path / "b.md").write_bytes((FIXTURES / "page_with_chrome.html").read_bytes())
    (tmp_path / "c.html").write_bytes((FIXTURES / "seed_like_wire.txt").read_bytes())
    formats = {}
    for name in ("a.txt", "b.md", "c.html"):
        result = import_file(library, tmp_path / name)
        assert result.status == "imported", result.error
        formats[name] = library.get(result.id)["format"]
    assert formats == {"a.txt": "markdown", "b.md": "html", "c.html": "text"}
