"""The library window with real widgets and events, offscreen."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import QApplication

from reader.core.importing.importer import import_bytes
from reader.ui.sidebar import KIND, VALUE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def titles(window):
    return [window.model.row_data(r)["title"] for r in range(window.model.rowCount())]


def sidebar_item(window, kind, value):
    model = window.sidebar.model_
    for section in range(model.rowCount()):
        parent = model.item(section)
        for row in range(parent.rowCount()):
            item = parent.child(row)
            if item.data(KIND) == kind and item.data(VALUE) == value:
                return item
    raise AssertionError(f"no {kind} {value} in the sidebar")


def test_window_lists_the_library_and_shows_the_first_article(window, starter_library):
    assert window.model.rowCount() == starter_library.count()
    assert window.statusBar().currentMessage() == f"{starter_library.count()} articles"  # English plural forms
    assert window.reader.article is not None and window.reader.article["id"] == window.model.id_at(0)
    assert window.windowTitle().startswith(window.reader.article["title"])


def test_korean_renders_with_the_bundled_font(window):
    font = QApplication.font()
    assert "NanumGothic" in font.families()
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "핵심광물을한국어")


def test_clicking_a_sidebar_tag_filters_the_list(window, qtbot, starter_library):
    tag = starter_library.tags()[0]
    index = sidebar_item(window, "tag", tag["name"]).index()
    rect = window.sidebar.visualRect(index)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.model.rowCount() == tag["count"]
    for r in range(window.model.rowCount()):
        assert tag["name"].casefold() in [t.casefold() for t in window.model.row_data(r)["tags"]]


def test_language_filter(window, starter_library):
    window.sidebar.select("lang", "ko")
    assert window.model.rowCount() == len(starter_library.list_articles(lang="ko"))
    assert {window.model.row_data(r)["lang"] for r in range(window.model.rowCount())} == {"ko"}


def test_search_as_you_type_marks_hits_in_list_and_article(window, qtbot):
    window.on_find()
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "exports")  # real key events (QTest cannot type Hangul keys)
    qtbot.waitUntil(lambda: window.model.filter.query == "exports", timeout=2000)
    assert 0 < window.model.rowCount() < window.library.count()
    window.search.clear()
    window.search.insert("광물")  # what an input method commits
    qtbot.waitUntil(lambda: window.model.filter.query == "광물", timeout=2000)
    assert 0 < window.model.rowCount() < window.library.count()
    assert window.reader.hits and window.reader.extraSelections()
    start, end = window.reader.hits[0]
    assert window.reader.span_text(start, end) == "광물"
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == window.library.count(), timeout=2000)


def test_j_and_k_move_between_articles_and_opening_marks_read(window, qtbot):
    window.list.setFocus()
    first = window.current_id
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    second = window.current_id
    assert second != first and window.library.get(second)["is_read"] == 1
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    assert window.current_id == first


def test_star_and_unread(window, starter_library):
    article_id = window.current_id
    window.actions_["toggle_star"].trigger()
    assert starter_library.get(article_id)["starred"] == 1
    window.sidebar.select("scope", "starred")
    assert window.model.ids == [article_id]
    window.actions_["toggle_read"].trigger()
    assert starter_library.get(article_id)["is_read"] == 0


def test_delete_and_undo(window, starter_library):
    article_id = window.current_id
    before = starter_library.count()
    window.actions_["delete"].trigger()
    assert starter_library.count() == before - 1 and window.model.row_of(article_id) == -1
    window.actions_["undo"].trigger()
    assert starter_library.count() == before and window.model.row_of(article_id) >= 0


def test_edit_details(window, starter_library, qtbot):
    window.actions_["edit_metadata"].trigger()
    dialog = window.details_dialog
    dialog.edits["title"].setText("A corrected headline")
    dialog.edits["source"].setText("Our Desk")
    dialog.accept()
    article = starter_library.get(window.current_id)
    assert (article["title"], article["source"]) == ("A corrected headline", "Our Desk")
    assert "A corrected headline" in titles(window)


def test_theme_switch_changes_colours_and_persists(window, settings):
    window.set_theme("dark")
    dark_bg = window.reader.palette().base().color().name()
    window.set_theme("sepia")
    assert window.reader.palette().base().color().name() != dark_bg
    assert window.reader.theme.name == "sepia"
    assert settings.value("view/theme") == "sepia"


def test_settings_are_restored(qtbot, starter_library, settings):
    from reader.ui.main_window import MainWindow

    first = MainWindow(starter_library, settings)
    qtbot.addWidget(first)
    first.resize(760, 560)  # inside the offscreen platform's 800x600 screen, or Qt clamps it
    first.show()
    first.set_theme("dark")
    first.on_zoom_in()
    first.on_zoom_in()
    first.actions_["serif"].setChecked(True)
    first.on_serif()
    first.splitter.setSizes([150, 300, 550])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(starter_library, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.theme_name == "dark"
    assert second.reader.typography.size == first.reader.typography.size
    assert second.reader.typography.serif is True
    assert (second.size().width(), second.size().height()) == (760, 560)
    assert second.splitter.sizes() == sizes


def test_reading_position_is_remembered_per_article(window, starter_library):
    first = window.current_id
    window.reader.resize(600, 200)
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    offset = window.reader.reading_offset()
    assert offset > 0
    window.on_next_article()
    assert starter_library.get(first)["read_position"] == offset
    window.on_previous_article()
    assert abs(window.reader.reading_offset() - offset) < 80  # within a line


def test_dropping_files_onto_the_window_imports_them(window, qtbot, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_bytes((FIXTURES / "seed_like_wire.txt").read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    before = window.library.count()
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.finished, timeout=10000):
        QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=3000)
    assert window.library.count() == before + 1


def test_shortcuts_sheet_lists_the_keys(window):
    window.actions_["shortcuts"].trigger()
    from PySide6.QtWidgets import QTableWidget

    table = window.shortcuts_dialog.findChild(QTableWidget, "shortcutsTable")
    keys = {table.item(r, 1).text() for r in range(table.rowCount())}
    window.shortcuts_dialog.close()
    assert table.rowCount() >= 10 and {"J", "K"} <= keys


def test_empty_library_says_what_to_do(qtbot, tmp_path, settings):
    from reader.core.library import Library
    from reader.ui.main_window import MainWindow

    with Library.open(tmp_path / "empty") as lib:
        w = MainWindow(lib, settings)
        qtbot.addWidget(w)
        assert w.reader.article is None and "Import" in w.reader.toPlainText()


def test_a_new_import_refreshes_counts(window, starter_library):
    import_bytes(starter_library, (FIXTURES / "korean_plain.txt").read_bytes(), name="k.txt")
    window.refresh()
    assert window.model.rowCount() == starter_library.count()


def test_first_run_opens_the_welcome_article(qtbot, monkeypatch):
    """The default library, empty on first start, gets the starter articles and opens the welcome."""
    from reader.core.paths import platform_library_path
    from reader.ui import app as app_module

    monkeypatch.setattr("reader.ui.i18n.system_language", lambda: "en")
    window = app_module.open_window(platform_library_path())
    qtbot.addWidget(window)
    try:
        assert window.library.count() >= 8
        assert window.reader.article["title"] == "Welcome to Dual Reader"
    finally:
        window.close()
        window.library.close()


def test_search_shows_where_each_article_matches(window, qtbot):
    from reader.ui.article_model import ArticleModel

    window.search.insert("광물")
    qtbot.waitUntil(lambda: window.model.filter.query == "광물", timeout=2000)
    assert not window.list.isColumnHidden(ArticleModel.MATCH_COLUMN)
    snippet = window.model.index(0, ArticleModel.MATCH_COLUMN).data()
    assert "**광물**" in snippet
    window.list.viewport().repaint()  # the delegate paints the marked hits
    window.search.clear()
    qtbot.waitUntil(lambda: window.list.isColumnHidden(ArticleModel.MATCH_COLUMN), timeout=2000)


def test_preferences_apply_and_persist(window, settings):
    window.actions_["preferences"].trigger()
    dialog = window.preferences_dialog
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    assert window.reader.theme.name == "sepia" and settings.value("view/theme") == "sepia"
    dialog.face.setCurrentIndex(1)
    assert window.reader.typography.serif and window.actions_["serif"].isChecked()
    dialog.size.setValue(16)
    assert window.reader.typography.size == 16
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    assert settings.value("view/ui_language") == "ko"
    assert [a.data() for a in window.language_group.actions() if a.isChecked()] == ["ko"]
    dialog.close()
