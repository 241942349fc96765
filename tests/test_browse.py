from reader.core.browse import ArticleFilter, article_ids, rows, sidebar_counts
from reader.core.importing.importer import import_bytes

from conftest import FIXTURES


def test_filters_sorting_rows_and_counts(library):
    ko = import_bytes(library, (FIXTURES / "korean_plain.txt").read_bytes(), name="ko.txt", tags=["minerals"]).id
    en = import_bytes(library, (FIXTURES / "frontmatter_plain.md").read_bytes(), name="en.md", tags=["minerals"]).id
    wire = import_bytes(library, (FIXTURES / "seed_like_wire.txt").read_bytes(), name="wire.txt").id
    library.update_article(en, is_read=1, starred=1)
    library.update_article(ko, published="2025-05-20")

    assert article_ids(library, ArticleFilter()) == [en, ko, wire]  # newest first, undated last
    assert article_ids(library, ArticleFilter(sort="title", descending=False))[0] == wire  # "S. Korea…" < "Three…" < "정부…"
    assert article_ids(library, ArticleFilter(scope="unread")) == [ko, wire]
    assert article_ids(library, ArticleFilter(scope="starred")) == [en]
    assert article_ids(library, ArticleFilter(tags=["minerals", "budget"])) == [en]
    assert article_ids(library, ArticleFilter(lang="ko")) == [ko]
    assert article_ids(library, ArticleFilter(source="Korea Economic Wire")) == [wire]
    assert article_ids(library, ArticleFilter(query="광물")) == [ko]
    assert article_ids(library, ArticleFilter(query="광물", scope="starred")) == []

    page = rows(library, [ko, en])
    assert page[ko]["tags"] == ["minerals"] and page[en]["starred"] == 1 and page[ko]["lang"] == "ko"

    counts = sidebar_counts(library)
    assert (counts.all, counts.unread, counts.starred) == (3, 2, 1)
    assert dict(counts.langs) == {"en": 2, "ko": 1}
    assert ("Korea Economic Wire", 1) in counts.sources
    assert {t["name"]: t["count"] for t in counts.tags}["minerals"] == 2
