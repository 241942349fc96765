"""Highlights and notes in the window: made from a selection, drawn apart from the facts, listed in
the Notes panel, edited, undone, reviewed after the text changes, searched and exported."""

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from reader.core import annotations
from reader.core.annotations import COLORS
from reader.ui.annotations_ui import AnnotationDialog


def show_korean_minerals(window, library):
    article_id = next(r["id"] for r in library.list_articles(lang="ko") if "광물" in r["title"])
    window.select_article(article_id)
    assert window.current_id == article_id
    return article_id, library.get(article_id)["text"]


def select_quote(window, text, quote):
    start = text.index(quote)
    window.reader.select_span(start, start + len(quote))
    return start, start + len(quote)


def selections_at(reader, start, end):
    doc_start, doc_end = reader.current.position(start), reader.current.position(end)
    return [s for s in reader.extraSelections() if s.cursor.selectionStart() == doc_start and s.cursor.selectionEnd() == doc_end]


def fill_dialog_when_open(note, color=None, tags=""):
    """Answer the modal dialog the way a person would: type, pick, press OK."""

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnnotationDialog)
        dialog.note.setPlainText(note)
        if color:
            dialog.picker.buttons[color].click()
        dialog.tags.setText(tags)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_highlight_the_selection_with_h_and_undo_it(window, qtbot, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    start, end = select_quote(window, text, "핵심광물")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    made = annotations.for_article(starter_library, article_id)
    assert [(a.start, a.end, a.color) for a in made] == [(start, end, "yellow")]
    fill = [s for s in selections_at(window.reader, start, end) if s.format.background().color() == QColor(COLORS["yellow"])]
    assert fill, "the highlight is drawn in its colour"
    assert window.notes.panel.tree.topLevelItemCount() == 2  # the group and the highlight
    window.actions_["undo"].trigger()
    assert annotations.for_article(starter_library, article_id) == []
    assert not [s for s in window.reader.extraSelections() if s.format.background().color() == QColor(COLORS["yellow"])]
    window.actions_["redo"].trigger()
    again = annotations.for_article(starter_library, article_id)
    assert [a.uid for a in again] == [made[0].uid]  # the very same annotation, back


def test_highlights_look_unlike_facts(window, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    fact = next(f for f in window.reader.facts if f.kind == "place")
    annotations.add(starter_library, article_id, fact.start, fact.end, color="blue")
    window.notes.reload()
    marks = selections_at(window.reader, fact.start, fact.end)
    fills = [m.format.background().color() for m in marks]
    assert QColor(COLORS["blue"]) in fills  # the reader's own: a solid fill
    tint = next(c for c in fills if c != QColor(COLORS["blue"]))
    assert tint.alpha() < 100  # the fact's: a light tint, with an underline
    assert any(m.format.underlineStyle() != m.format.underlineStyle().NoUnderline for m in marks)


def test_highlight_with_a_note_through_the_dialog_then_edit_and_delete(window, qtbot, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    select_quote(window, text, "리튬과 텅스텐")
    fill_dialog_when_open("공급망 **다변화**", color="green", tags="광물, follow-up")
    window.actions_["highlight_note"].trigger()
    (a,) = annotations.for_article(starter_library, article_id)
    assert (a.note, a.color, a.tags) == ("공급망 **다변화**", "green", ["광물", "follow-up"])
    panel = window.notes.panel
    item = panel.tree.topLevelItem(1)
    assert "리튬과 텅스텐" in item.text(0) and "다변화" in item.text(0)
    panel.tree.setCurrentItem(item)
    fill_dialog_when_open("changed my mind", color="pink")
    panel.edit_button.click()
    a2 = annotations.get(starter_library, a.id)
    assert (a2.note, a2.color) == ("changed my mind", "pink")
    panel.delete_button.click()
    assert annotations.for_article(starter_library, article_id) == []
    window.actions_["undo"].trigger()
    assert annotations.get(starter_library, a.id).note == "changed my mind"
    window.actions_["undo"].trigger()
    assert annotations.get(starter_library, a.id).note == "공급망 **다변화**"


def test_context_menu_offers_highlight_colours_and_edits(window, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    start, end = select_quote(window, text, "핵심광물")
    rect = window.reader.cursorRect(window.reader.textCursor())
    menu = window.reader.context_menu(rect.center() - QPoint(4, 0))
    names = [a.objectName() for a in menu.actions()]
    assert "highlight_note" in names
    colours = menu.findChild(type(menu), "highlightMenu")
    colours.actions()[2].trigger()  # blue
    (a,) = annotations.for_article(starter_library, article_id)
    assert a.color == "blue" and (a.start, a.end) == (start, end)
    menu.deleteLater()
    window.reader.select_span(start, start)  # no selection; right-click on the highlight itself
    menu = window.reader.context_menu(window.reader.cursorRect(window.reader._span_cursor(start + 1, start + 1)).center())
    texts = [act.text() for act in menu.actions()]
    assert "Delete Highlight" in texts and "Add Note…" in texts
    menu.deleteLater()


def test_needs_review_after_the_text_changes_and_reattach(window, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    first_sentence = text.split("\n")[0].split(". ")[0]
    a = annotations.add_quote(starter_library, article_id, first_sentence, note="첫 문장")
    body = starter_library.get(article_id)["markdown"].replace(first_sentence, "완전히 다른 첫 문장으로 바뀌었다")
    starter_library.update_article(article_id, markdown=body)
    window.current_id = None
    window.select_article(article_id)
    window._show(article_id)
    assert annotations.get(starter_library, a.id).state == "orphaned"
    panel = window.notes.panel
    labels = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert labels[0].startswith("Needs review")
    assert "need review" in window.statusBar().currentMessage()
    panel.select(a.id)
    assert panel.reattach_button.isVisible() and not panel.reattach_button.isEnabled()  # select the place first
    new_text = starter_library.get(article_id)["text"]
    select_quote(window, new_text, "완전히 다른 첫 문장")
    assert panel.reattach_button.isEnabled()
    panel.reattach_button.click()
    b = annotations.get(starter_library, a.id)
    assert (b.state, b.quote, b.note) == ("anchored", "완전히 다른 첫 문장", "첫 문장")


def test_notes_are_found_by_search(window, qtbot, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    annotations.add_quote(starter_library, article_id, "핵심광물", note="zeppelin remark")
    window.search.setText("zeppelin")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.id_at(0) == article_id


def test_export_from_the_window(window, starter_library, tmp_path):
    article_id, text = show_korean_minerals(window, starter_library)
    annotations.add_quote(starter_library, article_id, "핵심광물", note="for the notes app")
    scopes = window.export_scopes()
    assert [s[0] for s in scopes] == ["article", "library"]
    assert scopes[0][2] == [article_id] and len(scopes[1][2]) == starter_library.count()
    result = window.export_to(scopes[0][2], "md", tmp_path / "note.md")
    assert result.paths == [tmp_path / "note.md"] and "for the notes app" in (tmp_path / "note.md").read_text(encoding="utf-8")
    assert "Exported 1 highlight" in window.statusBar().currentMessage()


def test_mirror_a_highlight_onto_the_translation_from_the_menu(window, starter_library):
    from reader.core import pairs

    article_id, text = show_korean_minerals(window, starter_library)
    start, end = select_quote(window, text, "핵심광물")
    window.actions_["highlight"].trigger()
    (a,) = annotations.for_article(starter_library, article_id)
    menu = window.reader.context_menu(window.reader.cursorRect(window.reader._span_cursor(start + 1, start + 1)).center())
    mirror = next(act for act in menu.actions() if act.objectName() == "mirror_highlight")
    mirror.trigger()
    (other,) = pairs.counterparts(starter_library, article_id)
    (m,) = annotations.for_article(starter_library, other)
    assert "minerals" in m.quote and m.color == a.color
    assert "Mirrored" in window.statusBar().currentMessage()
    window.actions_["undo"].trigger()
    assert annotations.for_article(starter_library, other) == []


def test_highlights_in_the_side_by_side_window(window, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    window.actions_["side_by_side"].trigger()
    view = window.bilingual_window
    en_view = view.en_view
    en_text = en_view.article["text"]
    start = en_text.index("lithium")
    en_view.select_span(start, start + len("lithium"))
    menu = en_view.pane_menu(en_view.cursorRect(en_view.textCursor()).center())
    colours = menu.findChild(type(menu), "highlightMenu")
    colours.actions()[1].trigger()  # green
    (a,) = annotations.for_article(starter_library, en_view.article["id"])
    assert (a.quote, a.color) == ("lithium", "green")
    assert [x.id for x in en_view.annotations] == [a.id]  # drawn in the pane at once
    # Mirror it onto the Korean pane from the highlight's own menu.
    en_view.select_span(start, start)
    menu = en_view.pane_menu(en_view.cursorRect(en_view._span_cursor(start + 2, start + 2)).center())
    next(act for act in menu.actions() if act.objectName() == "mirror_highlight").trigger()
    (m,) = annotations.for_article(starter_library, article_id)
    assert "리튬" in m.quote and [x.id for x in view.ko_view.annotations] == [m.id]
    assert [x.id for x in window.reader.annotations] == [m.id]  # and in the main window's article
    window.actions_["undo"].trigger()
    assert view.ko_view.annotations == [] and window.reader.annotations == []
    window.actions_["zoom_in"].trigger()
    assert view.ko_view.typography.size == window.reader.typography.size


def test_clicking_an_orphan_selects_its_likeliest_place(window, starter_library):
    article_id, text = show_korean_minerals(window, starter_library)
    first_sentence = text.split("\n")[0].split(". ")[0]
    a = annotations.add_quote(starter_library, article_id, first_sentence)
    changed = first_sentence.replace("함께", "공동으로").replace("개발하기로", "개발하는 방안에") + " 합의"
    starter_library.update_article(article_id, markdown=starter_library.get(article_id)["markdown"].replace(first_sentence, changed))
    window.current_id = None
    window._show(article_id)
    if annotations.get(starter_library, a.id).state != "orphaned":
        return  # close enough to re-anchor by itself: nothing to suggest
    window.notes.go_to(a.id)
    span = window.reader.selected_span()
    assert span is not None and "탐사" in starter_library.get(article_id)["text"][span[0]:span[1]]
    assert "Re-attach" in window.statusBar().currentMessage()
    window.notes.panel.select(a.id)
    window.notes.panel.reattach_button.click()
    assert annotations.get(starter_library, a.id).state == "anchored"


PAGE = """<html><head><title>Harbour opens a berth</title>
<link rel="canonical" href="https://example.org/harbour-berth"></head><body><nav>Home | World</nav>
<article><h1>Harbour opens a berth</h1>
<p>The harbour authority opened a third container berth on Monday, its busiest day of the quarter.</p>
<p>Dock workers said {extra}the new cranes were quieter than the ones they replaced last spring.</p>
</article></body></html>"""


def test_a_newer_version_imported_over_the_open_article_shows_at_once(window, starter_library, tmp_path):
    page = tmp_path / "berth.html"
    page.write_text(PAGE.format(extra=""), encoding="utf-8")
    window.importer.import_paths([str(page)])
    window.importer.wait()
    article_id = starter_library.find_by_url("https://example.org/harbour-berth")
    window.select_article(article_id)
    text = window.reader.article["text"]
    start = text.index("the new cranes")
    window.reader.select_span(start, start + len("the new cranes were quieter"))
    window.actions_["highlight"].trigger()
    page.write_text(PAGE.format(extra="on Tuesday that "), encoding="utf-8")
    window.importer.import_paths([str(page)])
    window.importer.wait()
    assert window.current_id == article_id and "on Tuesday that" in window.reader.article["text"]
    (a,) = window.reader.annotations
    assert window.reader.span_text(a.start, a.end) == "the new cranes were quieter"
    assert "updated to a newer version" in window.importer.last_message


def test_a_changed_highlight_is_marked_on_the_page_until_kept(window, starter_library):
    from reader.ui.reader_view import REVIEW_COLOUR

    article_id, text = show_korean_minerals(window, starter_library)
    a = annotations.add_quote(starter_library, article_id, "리튬과 텅스텐, 희토류 등 핵심광물을")
    starter_library.update_article(article_id, markdown=starter_library.get(article_id)["markdown"].replace("희토류 등", "희토류 같은"))
    window.current_id = None
    window._show(article_id)
    b = annotations.get(starter_library, a.id)
    assert b.state == "changed"

    def marked():
        return [s for s in selections_at(window.reader, b.start, b.end) if s.format.underlineColor() == QColor(REVIEW_COLOUR)]

    assert marked()
    window.notes.panel.select(a.id)
    window.notes.panel.accept_button.click()
    assert annotations.get(starter_library, a.id).state == "anchored" and not marked()
