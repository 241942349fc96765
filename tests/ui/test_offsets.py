"""DESIGN.md's contract, proved for the starter library: every span in the core lands on the same
characters on screen."""

from reader.core.search import find_hits, parse_query
from reader.ui.document import Typography, build
from reader.ui.reader_view import ReaderView
from reader.ui.themes import LIGHT


def test_every_block_and_span_of_every_starter_article_is_the_same_text_on_screen(qtbot, starter_library):
    view = ReaderView()
    qtbot.addWidget(view)
    checked = 0
    for row in starter_library.list_articles():
        article = starter_library.get(row["id"])
        text = article["text"]
        view.show_article(article)
        for block in view.current.blocks:
            assert view.span_text(block.start, block.end) == text[block.start:block.end] == block.text
            checked += 1
            for span in block.spans:
                start, end = block.start + span.start, block.start + span.end
                assert view.span_text(start, end) == text[start:end]
                checked += 1
        for word in ("광물", "수출", "억", "billion", "won", "percent"):
            for start, end in find_hits(text, parse_query(word)):
                assert view.span_text(start, end) == text[start:end]
                checked += 1
        body = view.document().toPlainText()[view.current.body_start:]
        assert body.replace("\u2028", "\n") == text
    assert checked > 250  # blocks, inline spans and search hits together


def test_zoom_font_and_theme_do_not_move_offsets(qtbot, starter_library):
    article = starter_library.get(starter_library.list_articles()[0]["id"])
    for typo in (Typography(size=20, serif=True), Typography(size=9)):
        doc = build(article, LIGHT, typo)
        assert doc.document.toPlainText()[doc.body_start:].replace("\u2028", "\n") == article["text"]
