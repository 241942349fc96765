"""The reader's glossary in the window: a name added from the selection is a fact in the open article
at once (and in the other language), listed in Edit ▸ Glossary…, and gone again when removed."""

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reader.core.facts import user_glossary
from reader.ui.glossary_ui import GlossaryDialog, GlossaryEntryDialog

NAME = "Seohae Engineering"  # a company in the starter library's Chile rail story that no rule reads


def show_chile_rail(window, library):
    article_id = next(r["id"] for r in library.list_articles(lang="en") if "Chile" in r["title"])
    window.select_article(article_id)
    return library.get(article_id)["text"]


def answer_entry_dialog(ko="", kind=None, accept=True):
    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GlossaryEntryDialog)
        assert dialog.en.text() == NAME  # the selection, in the field of its script
        dialog.ko.setText(ko)
        if kind:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, answer)


def test_add_a_name_from_the_selection(window, starter_library):
    text = show_chile_rail(window, starter_library)
    assert NAME in text
    # the name recogniser may read it as a name, but only the glossary knows its Korean form
    assert not any(f.text == NAME and f.extra.get("counterpart") for f in window.reader.facts)
    start = text.index(NAME)
    window.reader.select_span(start, start + len(NAME))
    rect = window.reader.cursorRect(window.reader.textCursor())
    menu = window.reader.context_menu(rect.center() - QPoint(4, 0))
    action = next(a for a in menu.actions() if a.objectName() == "add_to_glossary")
    answer_entry_dialog(ko="서해엔지니어링", kind="organization")
    action.trigger()
    menu.deleteLater()
    assert user_glossary.entries(starter_library)[0]["en"] == NAME
    found = [f for f in window.reader.facts if f.text == NAME]
    assert found and found[0].kind == "organization", "the open article shows the new name at once"
    assert found[0].extra.get("counterpart") == "서해엔지니어링"
    panel_texts = []
    tree = window.facts_panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        panel_texts += [group.child(j).text(0) for j in range(group.childCount())]
    assert NAME in panel_texts


def test_cancelling_adds_nothing(window, starter_library):
    text = show_chile_rail(window, starter_library)
    start = text.index(NAME)
    window.reader.select_span(start, start + len(NAME))
    answer_entry_dialog(accept=False)
    window.reader.glossaryAddRequested.emit(start, start + len(NAME))
    assert user_glossary.entries(starter_library) == []


def test_the_glossary_dialog_lists_and_removes(window, qtbot, starter_library):
    show_chile_rail(window, starter_library)
    user_glossary.add(starter_library, "서해엔지니어링", NAME, "organization", ["Seohae"])
    dialog = GlossaryDialog(starter_library, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "Seohae"
    dialog.changed.connect(window._glossary_changed)
    dialog.table.selectRow(0)
    assert dialog.remove.isEnabled()
    dialog.remove.click()
    assert dialog.table.rowCount() == 0 and user_glossary.entries(starter_library) == []
    assert not any(f.text == NAME and f.extra.get("counterpart") for f in window.reader.facts)


def test_an_entry_needs_a_form(qtbot):
    dialog = GlossaryEntryDialog(None, "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.ko.setText("서해엔지니어링")
    assert ok.isEnabled()
    assert dialog.values() == ("서해엔지니어링", "", "organization", [])
