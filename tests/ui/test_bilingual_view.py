"""The bilingual view: two panes scrolled by aligned groups, the counterpart of a sentence under the
pointer, figures checked across the languages, the interleaved text, and the menu action."""

import pytest
from PySide6.QtCore import Qt

from reader.core import pairs
from reader.core.importing.importer import import_bytes
from reader.ui.bilingual_view import BilingualView, check


def starter_ids(library):
    ids = {library.original(a["id"])["filename"]: a["id"] for a in library.list_articles()}
    return ids["09-vietnam-trade-ko.md"], ids["10-vietnam-trade-en.md"]


@pytest.fixture
def view(qtbot, starter_library):
    from reader.ui.app import make_application

    make_application()
    v = BilingualView(starter_library)
    qtbot.addWidget(v)
    v.resize(1400, 860)
    v.show()
    qtbot.waitExposed(v)
    v.show_pair(*starter_ids(starter_library))
    return v


def point_of(pane, offset):
    """The viewport point of a canonical offset (inside its first character)."""
    cursor = pane.textCursor()
    cursor.setPosition(pane.current.position(offset) + 1)
    return pane.cursorRect(cursor).center()


def test_both_panes_show_their_article(view, starter_library):
    ko_id, en_id = starter_ids(starter_library)
    assert view.ko_view.article["id"] == ko_id and view.en_view.article["id"] == en_id
    assert len(view.al.links) > 5
    ko, en = view.al.ko, view.al.en
    for pane, article, spans in ((view.ko_view, ko, view.al.ko_spans), (view.en_view, en, view.al.en_spans)):
        assert pane.fact_kinds  # every kind of fact is shown
        start, end = spans[3]
        assert pane.span_text(start, end) == article["text"][start:end]
    assert ko["title"] in view.title_label.text() and en["title"] in view.title_label.text()


def test_scrolling_one_pane_brings_the_aligned_group_into_the_other(view, qtbot):
    al = view.al
    index_of = lambda side, sentence: view.link_of(side, sentence)  # noqa: E731
    # groups early enough that the pane can put them at its top (the last screen cannot scroll further)
    candidates = [i for i, link in enumerate(al.links) if link.ko and link.en][2:]
    for k in candidates[:3]:
        view.ko_view.scroll_to_offset(al.ko_spans[al.links[k].ko[0]][0], top=True)
        qtbot.wait(10)
        # a sentence may begin mid-line: the link at the top is k's or the one before it
        ko_top = view.link_at(view.ko_view, view.ko_view.reading_offset())
        en_top = view.link_at(view.en_view, view.en_view.reading_offset())
        assert ko_top in (k - 1, k)
        assert en_top is not None and abs(en_top - ko_top) <= 1, (ko_top, en_top)
    # and back: the English pane leads just as well, without the two chasing each other
    k = candidates[0]
    view.en_view.scroll_to_offset(al.en_spans[al.links[k].en[0]][0], top=True)
    qtbot.wait(10)
    en_top = view.link_at(view.en_view, view.en_view.reading_offset())
    assert abs(view.link_at(view.ko_view, view.ko_view.reading_offset()) - en_top) <= 1
    assert index_of("en", al.links[k].en[0]) == k


def test_hover_and_click_highlight_the_counterpart_group(view, qtbot):
    al = view.al
    k = next(i for i, link in enumerate(al.links) if link.ko and link.en and i > 2)
    link = al.links[k]
    start = al.ko_spans[link.ko[0]][0]
    view.ko_view.scroll_to_offset(start, top=True)
    qtbot.mouseMove(view.ko_view.viewport(), point_of(view.ko_view, start))
    qtbot.waitUntil(lambda: view.highlighted == k)
    assert view.en_view.overlay_spans("link") == [al.en_spans[i] for i in link.en]
    assert view.ko_view.overlay_spans("link") == [al.ko_spans[i] for i in link.ko]
    # the facts stay visible beneath: the overlay adds to the facts' selections
    assert len(view.en_view.extraSelections()) > len(view.en_view.overlay_spans("link"))

    # a click on the English side highlights the Korean group and lines it up with the click
    j = next(i for i, l in enumerate(al.links) if l.ko and l.en and i > k + 2)
    en_start = al.en_spans[al.links[j].en[0]][0]
    view.en_view.scroll_to_offset(en_start, top=True)
    view._syncing = True  # move the Korean pane away on its own, so that the click has work to do
    view.ko_view.verticalScrollBar().setValue(0)
    view._syncing = False
    qtbot.mouseClick(view.en_view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view.en_view, en_start))
    assert view.highlighted == j
    assert view.ko_view.overlay_spans("link") == [al.ko_spans[i] for i in al.links[j].ko]
    assert abs(view.link_at(view.ko_view, view.ko_view.reading_offset()) - j) <= 1


def test_the_starter_pair_matches_most_of_its_figures(view):
    ko_matched, en_matched, flags = check(view.al)
    assert len(ko_matched) > 20
    assert len(flags) < 6  # a few to verify, not a list of everything
    assert view.check_list.count() == len(flags)


def _pair(library, ko_body, en_body):
    ko = import_bytes(library, f"---\ntitle: 정부 투자\nlang: ko\n---\n\n{ko_body}\n".encode(), name="ko.md").id
    en = import_bytes(library, f"---\ntitle: Government investment\nlang: en\n---\n\n{en_body}\n".encode(), name="en.md").id
    return ko, en


def test_a_different_amount_is_flagged_and_clicking_it_selects_it(view, starter_library, qtbot):
    ko, en = _pair(starter_library, "정부는 2,700억 원을 투입한다.", "The government will invest 250 billion won.")
    view.show_pair(ko, en)
    assert view.check_list.count() == 1
    text = view.check_list.item(0).text()
    assert "2,700억 원" in text and "250 billion won" in text
    view.set_mode("interleaved")
    item = view.check_list.item(0)
    qtbot.mouseClick(view.check_list.viewport(), Qt.MouseButton.LeftButton, pos=view.check_list.visualItemRect(item).center())
    assert view.mode == "side"  # the fact is shown where it sits
    assert view.ko_view.textCursor().selectedText() == "2,700억 원"


def test_a_matching_amount_and_a_missing_one(view, starter_library):
    ko, en = _pair(starter_library, "정부는 2,700억 원을 투입한다.", "The government will invest 270 billion won.")
    view.show_pair(ko, en)
    assert view.check_list.count() == 0
    ko2 = import_bytes(starter_library, "---\ntitle: 물가\nlang: ko\n---\n\n소비자물가는 11.4% 올랐다.\n".encode(), name="p-ko.md").id
    en2 = import_bytes(starter_library, "---\ntitle: Prices\nlang: en\n---\n\nConsumer prices rose 11.2%.\n".encode(), name="p-en.md").id
    view.show_pair(ko2, en2)
    assert [view.check_list.item(i).text() for i in range(view.check_list.count())] == ["11.4% ≠ 11.2% in the English text"]
    ko3 = import_bytes(starter_library, "---\ntitle: 예산\nlang: ko\n---\n\n정부는 2,700억 원을 투입한다.\n".encode(), name="m-ko.md").id
    en3 = import_bytes(starter_library, "---\ntitle: Budget\nlang: en\n---\n\nThe government will invest in the plan.\n".encode(), name="m-en.md").id
    view.show_pair(ko3, en3)
    assert [view.check_list.item(i).text() for i in range(view.check_list.count())] == ["2,700억 원 — not in the English text"]


def test_interleaved_mode_shows_each_group_korean_then_english(view):
    view.set_mode("interleaved")
    assert view.stack.currentWidget() is view.interleaved
    text = view.interleaved.toPlainText()
    al = view.al
    position = 0
    for link in al.links[:6]:
        for side, spans, article in (("ko", al.ko_spans, al.ko), ("en", al.en_spans, al.en)):
            for i in getattr(link, side):
                sentence = article["text"][slice(*spans[i])].split("\n")[0]
                found = text.find(sentence, position)
                assert found >= 0, sentence
                position = found
    view.set_mode("side")
    assert view.stack.currentWidget() is view.panes


def test_realign_recomputes_the_alignment(view, starter_library):
    ko_id, en_id = starter_ids(starter_library)
    starter_library.db.execute("UPDATE pairs SET alignment = '[]' WHERE ko_id = ? AND en_id = ?", [ko_id, en_id])
    view.show_pair(ko_id, en_id)
    assert view.al.links == []  # the stored alignment is trusted while the texts are unchanged
    view.realign_button.click()
    assert len(view.al.links) > 5


def test_the_menu_action_opens_the_view_for_the_current_article(window, qtbot, starter_library):
    ko_id, en_id = starter_ids(starter_library)
    pairs.unlink(starter_library, ko_id)
    window.select_article(ko_id)
    assert window.current_id == ko_id
    action = window.actions_["side_by_side"]
    assert action.shortcut().toString() == "Ctrl+Shift+B"
    action.trigger()
    view = window.bilingual_window
    qtbot.addWidget(view)
    assert view.al.ko["id"] == ko_id and view.al.en["id"] == en_id  # found by suggestion
    assert view.al.ko["title"] in view.windowTitle() and view.al.en["title"] in view.windowTitle()
    assert (view.width(), view.height()) == (1400, 860)


def test_no_counterpart_is_said_in_the_status_bar(window, starter_library):
    lone = import_bytes(starter_library, "---\ntitle: A note\nlang: en\n---\n\nNothing in common with anything here.\n".encode(), name="n.md").id
    window.model.refresh() if hasattr(window.model, "refresh") else None
    window.current_id = lone  # the action acts on the current article, however it became current
    window.on_side_by_side()
    assert window.statusBar().currentMessage() == "No counterpart found in the library"
    assert getattr(window, "bilingual_window", None) is None


def test_the_pair_window_follows_a_theme_change(window):
    window.on_side_by_side()
    assert window.bilingual_window is not None
    window.set_theme("sepia")
    assert window.bilingual_window.ko_view.theme.name == "sepia"
    window.bilingual_window.close()
