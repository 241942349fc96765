"""The tag editor under an article and the tag manager dialog, with real widgets offscreen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog, QLineEdit, QMessageBox

from reader.core.importing.importer import import_bytes
from reader.ui.tags_ui import TagEditor, TagManagerDialog, text_color


@pytest.fixture
def articles(library, fixtures):
    names = ["korean_plain.txt", "seed_like_plain.txt", "frontmatter_plain.md"]
    ids = [import_bytes(library, (fixtures / n).read_bytes(), name=n).id for n in names]
    for article_id in ids:  # start from a known state, whatever tags import gave
        library.tag_article(article_id, remove=library.article_tags(article_id))
    for name in [t["name"] for t in library.tags()]:
        library.delete_tag(name)
    return ids


@pytest.fixture
def editor(qtbot, library, articles):
    widget = TagEditor(library)
    qtbot.addWidget(widget)
    widget.set_article(articles[0])
    widget.resize(420, 80)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def manager(qtbot, library, articles):
    library.tag_article(articles[0], add=["핵심광물", "경제", "inbox"], origin="import")
    library.tag_article(articles[1], add=["경제", "trade", "inbox"], origin="import")
    library.tag_article(articles[2], add=["inbox", "notes"], origin="import")
    dialog = TagManagerDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog):
    table = dialog.table
    return [(table.item(r, 1).text(), table.item(r, 2).data(Qt.ItemDataRole.DisplayRole), table.item(r, 0).toolTip())
            for r in range(table.rowCount())]


def select(dialog, *names):
    table, model = dialog.table, dialog.table.selectionModel()
    table.clearSelection()
    for row in range(table.rowCount()):
        if table.item(row, 1).text() in names:
            model.select(table.model().index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)
    assert set(dialog.selected_names()) == set(names)


# --- TagEditor ----------------------------------------------------------------------------


def test_typing_a_tag_and_enter_adds_it_as_a_user_tag(qtbot, editor, library, articles):
    with qtbot.waitSignal(editor.tagsChanged) as signal:
        qtbot.keyClicks(editor.edit, "critical minerals")  # QTest can only type ASCII keys
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert signal.args == [articles[0], ["critical minerals"]]
    assert library.article_tags(articles[0], with_origin=True) == [{"name": "critical minerals", "origin": "user"}]
    assert editor.edit.text() == ""
    assert [chip.label.text() for chip in editor.chips] == ["critical minerals"]
    editor.edit.setText("핵심광물")
    with qtbot.waitSignal(editor.tagsChanged) as signal:
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert signal.args == [articles[0], ["critical minerals", "핵심광물"]]


def test_comma_separated_input_adds_several_and_blank_input_is_ignored(qtbot, editor, library, articles):
    with qtbot.assertNotEmitted(editor.tagsChanged):
        editor.add_tag("  ,  , ")
    editor.edit.setText("economy, 경제，  trade ,")
    with qtbot.waitSignal(editor.tagsChanged):
        qtbot.keyClick(editor.edit, Qt.Key.Key_Enter)
    assert library.article_tags(articles[0]) == ["economy", "trade", "경제"]
    assert {t["origin"] for t in library.article_tags(articles[0], with_origin=True)} == {"user"}


def test_tags_are_case_insensitive_and_a_repeat_changes_nothing(qtbot, editor, library, articles):
    editor.add_tag("Economy")
    with qtbot.assertNotEmitted(editor.tagsChanged):
        editor.add_tag("ECONOMY")
    assert library.article_tags(articles[0]) == ["Economy"]


# The offscreen platform cannot raise the completion popup or grab the keyboard for it.
popup_warnings = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@popup_warnings
def test_completion_offers_existing_tags_but_not_those_already_on_the_article(qtbot, editor, library, articles):
    library.tag_article(articles[1], add=["economy", "energy", "경제", "Semiconductors"])
    editor.add_tag("energy")
    assert sorted(editor.completer.model().stringList()) == sorted(["economy", "Semiconductors", "경제"])
    completer = editor.completer
    completer.setCompletionPrefix("E")  # case-insensitive
    assert [completer.currentCompletion()] == ["economy"] and completer.completionCount() == 1
    completer.setCompletionPrefix("경")
    assert completer.currentCompletion() == "경제"
    # After a comma only the last part is completed, and choosing keeps what came before.
    qtbot.keyClicks(editor.edit, "trade,  SEMI")
    assert completer.completionPrefix() == "trade,  SEMI" and completer.completionCount() == 1
    assert completer.currentCompletion() == "trade, Semiconductors"


@popup_warnings
def test_choosing_a_suggestion_adds_it(qtbot, editor, library, articles):
    library.tag_article(articles[1], add=["semiconductors"])
    editor.refresh()
    qtbot.keyClicks(editor.edit, "sem")
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(editor.tagsChanged):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert library.article_tags(articles[0]) == ["semiconductors"]
    assert editor.edit.text() == ""


def test_clicking_the_cross_on_a_chip_removes_the_tag(qtbot, editor, library, articles):
    editor.add_tag("경제, inbox")
    chip = next(c for c in editor.chips if c.name == "inbox")
    assert chip.remove_button.toolTip() == "Remove tag “inbox”"
    assert chip.remove_button.accessibleName() == "Remove tag “inbox”"
    with qtbot.waitSignal(editor.tagsChanged) as signal:
        qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert signal.args == [articles[0], ["경제"]]
    assert library.article_tags(articles[0]) == ["경제"]
    assert [c.name for c in editor.chips] == ["경제"]


def test_chip_text_is_readable_on_its_colour(editor, library):
    assert text_color("#1f3a5f") == "#ffffff" and text_color("#edc948") == "#000000"
    assert text_color("#ffffff") == "#000000" and text_color("#000000") == "#ffffff"
    editor.add_tag("dark, light")
    library.set_tag_color("dark", "#1f2d3d")
    library.set_tag_color("light", "#f5f0a0")
    editor.refresh()
    styles = {c.name: c.styleSheet() for c in editor.chips}
    assert "color: #ffffff" in styles["dark"] and "#1f2d3d" in styles["dark"]
    assert "color: #000000" in styles["light"]


def test_chips_wrap_onto_more_lines_when_narrow(qtbot, editor):
    editor.add_tag(", ".join(f"tag number {i}" for i in range(8)))
    qtbot.waitUntil(lambda: all(c.isVisible() for c in editor.chips))
    wide, narrow = editor.heightForWidth(1600), editor.heightForWidth(300)
    assert narrow > wide
    editor.resize(300, narrow)
    qtbot.waitUntil(lambda: len({c.y() for c in editor.chips}) > 2)
    assert all(c.geometry().right() <= editor.width() for c in editor.chips)


def test_an_invalid_tag_shows_an_inline_error_and_keeps_the_input(qtbot, editor, library, articles):
    editor.edit.setText("x" * 101)
    with qtbot.assertNotEmitted(editor.tagsChanged, wait=50):
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(editor.error.isVisible)
    assert editor.error.isVisible() and "at most 100 characters" in editor.error.text()
    assert editor.edit.text() == "x" * 101 and library.article_tags(articles[0]) == []
    qtbot.keyClicks(editor.edit, "\b")
    assert not editor.error.isVisible()


def test_no_article_clears_and_disables(editor, articles):
    editor.add_tag("inbox")
    editor.set_article(None)
    assert not editor.isEnabled() and editor.chips == []
    editor.add_tag("ignored")  # nothing to tag: no error, no exception
    editor.set_article(articles[0])
    assert editor.isEnabled() and [c.name for c in editor.chips] == ["inbox"]


def test_refresh_picks_up_a_rename_made_elsewhere(editor, library):
    editor.add_tag("semis")
    library.rename_tag("semis", "반도체")
    editor.refresh()
    assert [c.name for c in editor.chips] == ["반도체"]


# --- TagManagerDialog ---------------------------------------------------------------------


def test_manager_lists_names_counts_and_colours(manager, library):
    expected = [(t["name"], t["count"], t["color"]) for t in library.tags()]
    assert rows(manager) == expected
    assert ("inbox", 3) == rows(manager)[0][:2] and ("경제", 2) in [r[:2] for r in rows(manager)]
    assert not manager.buttons["rename"].isEnabled() and not manager.buttons["delete"].isEnabled()


def test_rename_merge_delete_and_colour_operations(qtbot, manager, library, articles):
    with qtbot.waitSignal(manager.tagsEdited):
        assert manager.rename("trade", "무역")
    assert "무역" in [r[0] for r in rows(manager)] and manager.selected_names() == ["무역"]

    assert manager.merge(["무역", "notes", "inbox"], "경제")  # several into one
    assert [(r[0], r[1]) for r in rows(manager)] == [("경제", 3), ("핵심광물", 1)]
    assert library.article_tags(articles[2], with_origin=True) == [{"name": "경제", "origin": "import"}]

    assert manager.set_color("경제", "#123456")
    assert rows(manager)[0][2] == "#123456"

    assert manager.delete(["핵심광물"])
    assert [r[0] for r in rows(manager)] == ["경제"] and library.article_tags(articles[0]) == ["경제"]


def test_merge_into_one_of_the_selected_tags(manager, library):
    assert manager.merge(["inbox", "notes", "trade"], "inbox")
    assert [(r[0], r[1]) for r in rows(manager)] == [("inbox", 3), ("경제", 2), ("핵심광물", 1)]


def test_a_failing_rename_shows_the_library_message(qtbot, manager, library, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    with qtbot.assertNotEmitted(manager.tagsEdited):
        assert not manager.rename("trade", "INBOX")
    assert len(shown) == 1 and "already exists" in shown[0] and "merge" in shown[0]
    assert "trade" in [r[0] for r in rows(manager)]


def test_flows_through_the_standard_dialogs(qtbot, manager, library, monkeypatch):
    asked = {}

    def get_text(parent, title, label, mode, text):
        asked["rename"] = (label, text)
        return "trade policy", True

    def get_item(parent, title, label, items, current, editable):
        asked["merge"] = (label, list(items))
        return "경제", True

    def question(parent, title, text, *args):
        asked["delete"] = text
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda initial, parent, title: QColor("#ff8800")))

    select(manager, "trade")
    qtbot.mouseClick(manager.buttons["rename"], Qt.MouseButton.LeftButton)
    assert asked["rename"] == ("New name for “trade”:", "trade")
    assert manager.selected_names() == ["trade policy"]

    qtbot.mouseClick(manager.buttons["color"], Qt.MouseButton.LeftButton)
    assert [t["color"] for t in library.tags() if t["name"] == "trade policy"] == ["#ff8800"]

    select(manager, "notes", "trade policy")
    qtbot.mouseClick(manager.buttons["merge"], Qt.MouseButton.LeftButton)
    assert asked["merge"][0] == "Merge 2 tags into:" and "경제" in asked["merge"][1]
    assert [(r[0], r[1]) for r in rows(manager)] == [("inbox", 3), ("경제", 3), ("핵심광물", 1)]

    select(manager, "inbox")
    with qtbot.waitSignal(manager.tagsEdited):
        qtbot.mouseClick(manager.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "“inbox”" in asked["delete"] and "3 articles" in asked["delete"]
    assert [t["name"] for t in library.tags()] == ["경제", "핵심광물"]


def test_delete_asks_with_the_number_of_distinct_articles_and_cancel_keeps_all(qtbot, manager, library, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda p, t, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel))
    select(manager, "inbox", "notes")  # notes is on one of inbox's three articles
    manager.table.setFocus()
    qtbot.waitUntil(manager.table.hasFocus)
    with qtbot.assertNotEmitted(manager.tagsEdited):
        qtbot.keyClick(manager.table, Qt.Key.Key_Delete)
    assert asked == ["Delete 2 tags? They are on 3 articles. The articles themselves are kept."]
    assert len(library.tags()) == 5


def test_double_click_renames_in_place(qtbot, manager, library):
    table = manager.table
    row = [r[0] for r in rows(manager)].index("notes")
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "memo")
    with qtbot.waitSignal(manager.tagsEdited):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [t["name"] for t in library.tags()] == ["inbox", "memo", "trade", "경제", "핵심광물"]
    assert manager.selected_names() == ["memo"]
    assert not table.item(row, 2).flags() & Qt.ItemFlag.ItemIsEditable  # the count is not editable


def test_an_in_place_rename_onto_an_existing_tag_is_refused(qtbot, manager, library, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    row = [r[0] for r in rows(manager)].index("notes")
    manager.table.item(row, 1).setText("Inbox")  # what committing the in-place editor does
    qtbot.waitUntil(lambda: bool(shown))
    assert "already exists" in shown[0]
    assert [r[0] for r in rows(manager)] == ["inbox", "notes", "trade", "경제", "핵심광물"]
