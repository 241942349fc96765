"""Highlights and notes in a real library: writes, search, undo, and what happens when texts change."""

import pytest

from reader.core import annotations
from reader.core.errors import ReaderError
from reader.core.importing.importer import import_bytes

BODY = (
    "# Port opens a new berth\n\n"
    "The harbour authority opened a third container berth on Monday.\n\n"
    "Officials said the berth would handle 1.2 million boxes a year by 2028.\n\n"
    "울산항만공사는 월요일 세 번째 컨테이너 부두를 열었다고 밝혔다.\n"
)

PAGE = """<html><head><title>Port opens a new berth</title>
<link rel="canonical" href="https://example.org/port-berth"></head><body>
<nav>Home | World | Business</nav>
<article><h1>Port opens a new berth</h1>
<p>The harbour authority opened a third container berth on Monday, the busiest day of the quarter.</p>
<p>Officials said the berth would handle 1.2 million boxes a year by 2028, more than the old quay.</p>
<p>Dock workers said {extra}the new cranes were quieter than the ones they replaced last spring.</p>
</article></body></html>"""


@pytest.fixture
def article(library):
    return library.add_article({"title": "Port", "lang": "en", "markdown": BODY, "text": _text(BODY), "content_hash": "h1"}, None, [])


def _text(markdown):
    from reader.core.text import canonical_text

    return canonical_text(markdown)


def test_add_by_quote_and_list(library, article):
    a = annotations.add_quote(library, article, "1.2 million boxes", note="Check **this** figure", color="green", tags=["port", "figures"])
    text = library.get(article)["text"]
    assert text[a.start:a.end] == "1.2 million boxes" and a.state == "anchored"
    assert a.uid.startswith("urn:uuid:") and a.tags == ["port", "figures"]
    assert [x.id for x in annotations.for_article(library, article)] == [a.id]
    assert annotations.counts(library) == {article: 1}


def test_bad_input_is_refused_clearly(library, article):
    with pytest.raises(ReaderError, match="does not contain"):
        annotations.add_quote(library, article, "not in the text")
    with pytest.raises(ReaderError, match="1 time"):
        annotations.add_quote(library, article, "third container berth", occurrence=2)
    with pytest.raises(ReaderError, match="colour"):
        annotations.add_quote(library, article, "berth", color="mauve")
    with pytest.raises(ValueError):
        annotations.add(library, article, 10, 5)
    assert annotations.for_article(library, article) == []


def test_update_delete_and_undo(library, article):
    a = annotations.add_quote(library, article, "third container berth", note="first")
    a = annotations.update(library, a.id, note="second thoughts", color="blue", tags=["x"])
    assert (a.note, a.color, a.tags) == ("second thoughts", "blue", ["x"])
    snapshot = annotations.delete(library, a.id)
    assert annotations.for_article(library, article) == []
    assert library.search("thoughts") == []
    restored = annotations.restore(library, snapshot)
    assert restored == a
    assert [r.id for r in library.search("thoughts")] == [article]


def test_search_finds_notes_and_highlight_tags_in_both_languages(library, article):
    other = library.add_article({"title": "Other", "lang": "en", "markdown": "Nothing here.\n", "text": "Nothing here.", "content_hash": "h2"}, None, [])
    annotations.add_quote(library, other, "Nothing here", note="핵심광물을 다룬 기사와 비교할 것", tags=["follow-up"])
    found = library.search("광물")
    assert [r.id for r in found] == [other] and found[0].snippet.startswith("✎")
    assert [r.id for r in library.search("follow-up")] == [other]
    assert [r.id for r in library.search("berth")] == [article]  # text matches still come first and alone
    library.delete(other)
    assert library.search("광물") == []  # the note left the index with its article


def test_editing_the_body_reanchors(library, article):
    kept = annotations.add_quote(library, article, "1.2 million boxes")
    changed = annotations.add_quote(library, article, "세 번째 컨테이너 부두를 열었다")
    lost = annotations.add_quote(library, article, "The harbour authority opened a third container berth on Monday.")
    new_body = (
        BODY.replace("# Port opens a new berth\n\n", "# Port opens a new berth\n\nUpdated at noon.\n\n")
        .replace("부두를 열었다", "부두도 열었다")
        .replace("The harbour authority opened a third container berth on Monday.", "A ceremony took place.")
    )
    library.update_article(article, markdown=new_body)
    text = library.get(article)["text"]
    after = {a.id: a for a in annotations.for_article(library, article)}
    assert after[kept.id].state == "anchored" and text[after[kept.id].start:after[kept.id].end] == "1.2 million boxes"
    assert after[changed.id].state == "changed" and after[changed.id].original_quote == "세 번째 컨테이너 부두를 열었다"
    assert text[after[changed.id].start:after[changed.id].end] == "세 번째 컨테이너 부두도 열었다"
    assert after[lost.id].state == "orphaned" and after[lost.id].quote == lost.quote  # kept, with what it was
    assert {a.id for a in annotations.needs_review(library, article)} == {changed.id, lost.id}
    # The reader settles both: accept the change, re-attach the orphan elsewhere.
    annotations.accept(library, changed.id)
    start = text.index("A ceremony")
    annotations.reattach(library, lost.id, start, start + len("A ceremony took place."))
    assert annotations.needs_review(library, article) == []
    assert annotations.get(library, lost.id).quote == "A ceremony took place."


def test_an_orphan_comes_back_when_its_text_returns(library, article):
    a = annotations.add_quote(library, article, "The harbour authority opened a third container berth on Monday.")
    library.update_article(article, markdown=BODY.replace("The harbour authority opened a third container berth on Monday.", "Gone."))
    assert annotations.get(library, a.id).state == "orphaned"
    library.update_article(article, markdown=BODY)
    back = annotations.get(library, a.id)
    assert back.state == "anchored" and library.get(article)["text"][back.start:back.end] == a.quote


def test_a_newer_version_of_the_same_page_replaces_and_keeps_the_old(library):
    first = import_bytes(library, PAGE.format(extra="").encode(), name="berth.html", tags=["ports"])
    assert first.status == "imported"
    note = annotations.add_quote(library, first.id, "the new cranes were quieter", note="noise")
    figure = annotations.add_quote(library, first.id, "1.2 million boxes a year")
    second = import_bytes(library, PAGE.format(extra="on Tuesday that ").encode(), name="berth.html")
    assert (second.status, second.id, second.review) == ("updated", first.id, 0)
    assert library.count() == 1
    article = library.get(first.id)
    assert "on Tuesday that" in article["text"] and article["tags"] == ["ports"]
    for a in (note, figure):
        now = annotations.get(library, a.id)
        assert now.state == "anchored" and article["text"][now.start:now.end] == a.quote
    versions = library.versions(first.id)
    assert len(versions) == 1 and "on Tuesday" not in versions[0]["markdown"]
    assert b"on Tuesday" in library.original(first.id)["data"]
    # Importing the old version again is also a newer import of that page: nothing is lost either way.
    third = import_bytes(library, PAGE.format(extra="").encode(), name="berth.html")
    assert third.status in ("updated", "duplicate")


def test_deleting_an_article_and_undoing_brings_its_annotations_back(library, article):
    a = annotations.add_quote(library, article, "third container berth", note="remember")
    snapshot = library.snapshot(article)
    library.delete(article)
    assert annotations.counts(library) == {}
    library.restore(snapshot)
    assert annotations.for_article(library, article) == [a]
    assert [r.id for r in library.search("remember")] == [article]


def test_rebuilding_the_search_index_keeps_notes_searchable(library, article):
    annotations.add_quote(library, article, "third container berth", note="quayside acoustics")
    library.rebuild_search_index()
    assert [r.id for r in library.search("acoustics")] == [article]
    assert [r.id for r in library.search("berth")] == [article]
