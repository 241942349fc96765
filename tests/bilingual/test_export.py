"""A pair exported side by side: Markdown (a two-column table or alternating blocks) and HTML."""

from html.parser import HTMLParser

import pytest
import yaml
from lxml import html as lxml_html

from reader.core import pairs
from reader.core.bilingual.export import md_escape, pair_html, pair_markdown
from reader.core.errors import ReaderError
from reader.core.importing.importer import import_bytes
from reader.core.starter import import_starter, manifest

KO = """---
title: "정부, 반도체에 | 2,700억 원 투입"
lang: ko
source: 한빛경제
published: 2026-03-02
url: https://example.org/ko/1
---

정부는 반도체 연구에 2,700억 원을 투입한다. 산업부는 \\<script\\>alert(1)\\</script\\> 같은 문구를 쓰지 않았다.

지원 대상은 중소기업 120곳이다.
"""

EN = """---
title: Government puts 270 billion won into chips
lang: en
source: The Seoul Ledger
published: 2026-03-02
url: "javascript:alert(2)"
---

The government will invest 270 billion won in chip research. The ministry wrote a | b and \\*stars\\*.

Some 120 small firms will get support. A sentence the Korean text does not have.
"""


@pytest.fixture
def pair(library):
    ko = import_bytes(library, KO.encode(), name="ko.md").id
    en = import_bytes(library, EN.encode(), name="en.md").id
    return library, ko, en


def front(markdown: str) -> dict:
    assert markdown.startswith("---\n")
    return yaml.safe_load(markdown.split("---\n")[1])


def table_rows(markdown: str) -> list[str]:
    lines = [l for l in markdown.splitlines() if l.startswith("| ")]
    return lines[1:]  # below the header (the |---| line does not start with "| ")


def cells(row: str) -> list[str]:
    """Split a table row at the pipes that are not escaped."""
    out, cur, k = [], "", 1
    while k < len(row):
        ch = row[k]
        if ch == "\\" and k + 1 < len(row):
            cur += row[k:k + 2]
            k += 2
            continue
        if ch == "|":
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
        k += 1
    return out


def test_markdown_table_has_a_row_per_group_and_both_fronts(pair):
    library, ko, en = pair
    al = pairs.aligned(library, ko, en)
    md = pair_markdown(library, (en, ko))  # either order
    meta = front(md)
    assert meta["ko"]["title"] == "정부, 반도체에 | 2,700억 원 투입" and meta["en"]["source"] == "The Seoul Ledger"
    assert meta["ko"]["date"] == "2026-03-02" and meta["ko"]["url"] == "https://example.org/ko/1"
    assert meta["en"]["url"] == "javascript:alert(2)"  # data in the front matter, never a link
    rows = table_rows(md)
    assert len(rows) == len(al.links)
    for row, link in zip(rows, al.links):
        assert len(cells(row)) == 3  # no pipe in a text opened a fourth column
        if not link.ko:
            assert cells(row)[1] == "—"
    assert "| # | 한국어 | English |" in md
    # the pipe in the text is escaped, the markup is not markup
    assert "a \\| b and \\*stars\\*" in md
    assert "\\<script\\>alert(1)\\</script\\>" in md
    assert "<script>" not in md


def test_markdown_pair_id_and_alternating_layout(pair):
    library, ko, en = pair
    pair_id = pairs.link(library, ko, en)
    al = pairs.aligned(library, ko, en)
    md = pair_markdown(library, pair_id, layout="alternating")
    assert front(md)["en"]["title"] == "Government puts 270 billion won into chips"
    assert not table_rows(md)
    # each group: "**n** · Korean", then the English as a quotation
    for n, link in enumerate(al.links, 1):
        assert f"**{n}** · " in md
    assert md.count("\n> ") == len(al.links)
    assert "> The government will invest 270 billion won in chip research." in md
    with pytest.raises(ReaderError):
        pair_markdown(library, pair_id, layout="columns")
    with pytest.raises(ReaderError):
        pair_markdown(library, 9999)


def test_cell_escaping_of_line_breaks_and_line_starts():
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("- not a list") == "\\- not a list"
    assert md_escape("AT&T &amp; [link](x)") == "AT&T \\&amp; \\[link\\](x)"
    from reader.core.bilingual.export import _md_cell

    assert _md_cell([["first line\nsecond"], ["next paragraph"]]) == "first line second<br>next paragraph"
    assert _md_cell([]) == "—"


class _Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_html_page_is_two_columns_of_aligned_groups_and_escapes_everything(pair):
    library, ko, en = pair
    al = pairs.aligned(library, ko, en)
    page = pair_html(library, (ko, en))
    assert page.startswith("<!DOCTYPE html>")
    parser = _Structure()
    parser.feed(page)
    assert "script" not in parser.tags  # the <script> in the Korean text stayed text
    assert "link" not in parser.tags and "img" not in parser.tags  # nothing fetched from outside
    doc = lxml_html.fromstring(page)
    rows = doc.xpath("//table[@class='pair']/tbody/tr")
    assert len(rows) == len(al.links)
    for row, link in zip(rows, al.links):
        number, ko_cell, en_cell = row.xpath("./td")
        assert ko_cell.get("lang") == "ko" and en_cell.get("lang") == "en"
        for cell, indexes, spans, article in ((ko_cell, link.ko, al.ko_spans, al.ko), (en_cell, link.en, al.en_spans, al.en)):
            if indexes:
                text = " ".join(p.text_content() for p in cell.xpath("./p"))
                assert text == " ".join(article["text"][slice(*spans[i])] for i in indexes)
            else:
                assert cell.text_content() == "—"
    assert "<script>alert(1)</script>" in doc.text_content()
    # both sides' metadata; a link only for a web address
    assert [h.text_content() for h in doc.xpath("//header//h1")] == ["정부, 반도체에 | 2,700억 원 투입", "Government puts 270 billion won into chips"]
    assert [a.get("href") for a in doc.xpath("//a")] == ["https://example.org/ko/1"]
    assert "javascript:alert(2)" in doc.xpath("//header")[0].text_content()
    assert "The Seoul Ledger" in page and "2026-03-02" in page
    # Korean fonts in the fallback list, and rows kept whole in print
    style = doc.xpath("//style")[0].text
    assert "Noto Sans KR" in style and "Malgun Gothic" in style and "sans-serif" in style
    assert "break-inside: avoid" in style


def test_html_of_a_starter_pair(library):
    results = import_starter(library)
    ids = {entry["file"]: r.id for entry, r in zip(manifest(), results)}
    ko, en = ids["09-vietnam-trade-ko.md"], ids["10-vietnam-trade-en.md"]
    page = pair_html(library, (ko, en))
    doc = lxml_html.fromstring(page)
    rows = doc.xpath("//tbody/tr")
    assert len(rows) == len(pairs.aligned(library, ko, en).links) > 10
    assert rows[0].xpath("./td")[1].text_content().startswith("한국과 베트남이")
