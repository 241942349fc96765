"""The facts layer in the reading view: highlighted by kind, switchable, listed, described."""

from reader.core.facts.extract import extract_facts
from reader.core.facts.model import Fact
from reader.ui.facts_layer import describe


def test_every_fact_of_the_starter_library_lands_on_its_text(qtbot, starter_library):
    from reader.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    count = 0
    for row in starter_library.list_articles():
        article = starter_library.get(row["id"])
        facts = extract_facts(article["text"], article["lang"], article["published"])
        view.show_article(article, facts=facts)
        for fact in facts:
            assert view.span_text(fact.start, fact.end) == fact.text == article["text"][fact.start:fact.end]
            count += 1
    assert count > 100


def test_facts_are_highlighted_switchable_and_listed(window, qtbot):
    facts = window.reader.facts
    assert facts, "the first starter article has facts"
    assert len(window.reader.extraSelections()) == len(facts)
    kinds = {f.kind for f in facts}
    kind = sorted(kinds)[0]
    window.facts_panel.boxes[kind].setChecked(False)
    assert len(window.reader.extraSelections()) == len([f for f in facts if f.kind != kind])
    window.facts_panel.master.setChecked(False)
    assert window.reader.extraSelections() == []
    assert window.settings.value("facts/kinds") == "-"
    window.facts_panel.master.setChecked(True)
    window.facts_panel.boxes[kind].setChecked(True)
    assert len(window.reader.extraSelections()) == len(facts)

    tree = window.facts_panel.tree
    assert tree.topLevelItemCount() == len(kinds)
    item = tree.topLevelItem(tree.topLevelItemCount() - 1).child(0)
    fact = item.data(0, 256)
    tree.itemClicked.emit(item, 0)
    cursor = window.reader.textCursor()
    assert cursor.selectedText() == fact.text


def test_tooltip_text_shows_the_normalised_value():
    money = Fact("money", 0, 10, "2,700억 원", 270_000_000_000, "KRW")
    assert describe(money) == "Money: ₩270,000,000,000 · KRW"
    pp = Fact("percent", 0, 5, "0.25%p", 0.25, "pp")
    assert describe(pp) == "Percentages: 0.25 %p"
    place = Fact("place", 0, 6, "우즈베키스탄", "Uzbekistan", extra={"counterpart": "우즈베키스탄"})
    assert describe(place) == "Places: Uzbekistan · 우즈베키스탄"


def test_library_facts_view_filters_opens_and_exports(window, qtbot, tmp_path):
    window.actions_["facts_view"].trigger()
    view = window.facts_view
    total = view.model.rowCount()
    assert total > 50
    view.kind.setCurrentIndex(view.kind.findData("money"))
    money = view.model.rowCount()
    assert 0 < money < total
    view.min_value.setText("1000000000000")
    assert 0 < view.model.rowCount() < money
    index = view.model.index(0, 1)
    row = view.model.item(0, 0).data(256)
    view.table.doubleClicked.emit(index)
    assert window.current_id == row["article_id"]
    assert window.reader.textCursor().selectedText() == row["text"]
    out = view.export(tmp_path / "facts.csv")
    assert out.read_text(encoding="utf-8-sig").count("\n") == view.model.rowCount() + 1
    view.close()


def test_a_long_refresh_shows_progress_and_can_be_cancelled(qtbot, library, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from reader.core.facts import store
    from reader.core.importing.importer import import_bytes
    from reader.ui.app import make_application
    from reader.ui.facts_view import FactsView

    make_application()
    for i in range(60):
        import_bytes(library, f"Exports rose {i}.5% to ${i + 1} billion in March 2025.\n".encode(), name=f"a{i}.txt")
    shown = []
    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, v: shown.append(v))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: len(shown) >= 10)
    view = FactsView(library)
    qtbot.addWidget(view)
    assert shown[:3] == [1, 2, 3]
    assert store.refresh(library) == 50  # cancelled after ten: the rest are found the next time
