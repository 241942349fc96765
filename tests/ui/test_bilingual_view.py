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


# --- correcting the alignment from the view ---------------------------------------------------------

def click_sentence(view, qtbot, pane, side, sentence):
    spans = view.al.ko_spans if side == "ko" else view.al.en_spans
    start = spans[sentence][0]
    view._syncing = True  # put it on screen without the other pane following
    pane.scroll_to_offset(start, top=True)
    view._syncing = False
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point_of(pane, start))


def test_link_these_from_a_click_on_each_side_is_kept(view, qtbot, starter_library):
    al = view.al
    k = next(i for i, l in enumerate(al.links) if l.ko and l.en and i > 3)
    i, j = al.links[k].ko[0], al.links[k + 1].en[0]  # a Korean sentence with the next group's English
    assert not view.link_action.isEnabled()
    click_sentence(view, qtbot, view.ko_view, "ko", i)
    assert view.picked["ko"] == i and view.ko_view.overlay_spans("picked") == [al.ko_spans[i]]
    click_sentence(view, qtbot, view.en_view, "en", j)
    assert view.picked["en"] == j
    assert view.link_action.isEnabled()
    view.link_action.trigger()
    assert [[i], [j]] in [l.as_pair() for l in view.al.links]
    assert view.picked == {"ko": None, "en": None} and view.ko_view.overlay_spans("picked") == []
    # stored with the pair and respected by a fresh alignment
    ko_id, en_id = starter_ids(starter_library)
    assert [[i], [j]] in [c.as_pair() for c in pairs.aligned(starter_library, ko_id, en_id).corrections]
    view.realign_button.click()
    assert [[i], [j]] in [l.as_pair() for l in view.al.links]


def test_the_pane_menu_picks_the_sentence_and_offers_the_commands(view, qtbot):
    al = view.al
    k = next(i for i, l in enumerate(al.links) if len(l.ko) + len(l.en) > 2 and l.ko and l.en)
    sentence = al.links[k].ko[-1]
    start = al.ko_spans[sentence][0]
    view.ko_view.scroll_to_offset(start, top=True)
    menu = view.ko_view.pane_menu(point_of(view.ko_view, start))
    texts = [a.text() for a in menu.actions()]
    assert texts[-4:] == ["Link These", "Unlink", "Merge with Next", "Split"]
    assert view.picked["ko"] == sentence
    assert view.split_action.isEnabled() and view.merge_action.isEnabled() and view.unlink_action.isEnabled()
    assert not view.link_action.isEnabled()  # nothing picked on the English side yet
    menu.deleteLater()
    before = al.links[k]
    view.split_action.trigger()  # cut the group before its last Korean sentence
    pairs_now = [l.as_pair() for l in view.al.links]
    assert before.as_pair() not in pairs_now
    assert any(l.ko == [sentence] for l in view.al.links)
    # and join the two parts again
    first = next(n for n, l in enumerate(view.al.links) if before.ko[0] in l.ko)
    view.pick("ko", view.al.links[first].ko[0])
    view.merge_action.trigger()
    assert before.as_pair() in [l.as_pair() for l in view.al.links]


def test_unlink_and_a_selection_across_sentences(view, qtbot):
    al = view.al
    k = next(i for i, l in enumerate(al.links) if l.ko and l.en and i > 2)
    group = al.links[k]
    view.pick("en", group.en[0])
    view._last_side = "en"
    view._update_actions()
    view.unlink_action.trigger()
    pairs_now = [l.as_pair() for l in view.al.links]
    assert all([[i], []] in pairs_now for i in group.ko) and all([[], [j]] in pairs_now for j in group.en)
    # a selection reaching into two sentences chooses both
    a, b = view.al.ko_spans[1], view.al.ko_spans[2]
    cursor = view.ko_view._span_cursor(a[1] - 3, b[0] + 2)
    view.ko_view.setTextCursor(cursor)
    assert view.chosen("ko") == [1, 2]
    view.clear_picks()
    assert view.chosen("ko") == [] and not view.ko_view.textCursor().hasSelection()


def test_separate_reports_scroll_by_paragraph_and_the_toggle_shows_it(view, qtbot, starter_library):
    ids = {starter_library.original(a["id"])["filename"]: a["id"] for a in starter_library.list_articles()}
    view.show_pair(ids["05-rail-chile-ko.txt"], ids["06-rail-chile-en.txt"])
    assert not view.al.translated
    assert view.sync == "paragraph" and view.sync_box.currentData() == "paragraph"
    assert view.sync_box.isVisible() and view.notice.isVisible()
    assert "separate reports" in view.notice.text()
    assert len(view.groups) < len(view.al.links)  # groups closed under paragraphs
    for g in view.groups:  # each group holds whole paragraphs' worth of links, in order
        assert g.ko == sorted(g.ko) and g.en == sorted(g.en)
    # scrolling the Korean pane moves the English one by paragraph groups
    k = next(i for i, g in enumerate(view.groups) if g.ko and g.en and i >= 2)
    view.ko_view.scroll_to_offset(view.al.ko_spans[view.groups[k].ko[0]][0], top=True)
    qtbot.wait(10)
    en_group = view.group_at(view.en_view, view.en_view.reading_offset())
    assert en_group is not None and abs(en_group - k) <= 1
    # independently: the other pane stays where it is
    view.sync_box.setCurrentIndex(view.sync_box.findData("off"))
    view.sync_box.activated.emit(view.sync_box.currentIndex())
    assert view.sync == "off"
    before = view.en_view.verticalScrollBar().value()
    view.ko_view.verticalScrollBar().setValue(view.ko_view.verticalScrollBar().maximum())
    assert view.en_view.verticalScrollBar().value() == before
    # the reader's choice holds for this pair when it is shown again; a translation starts by sentence
    view.show_pair(ids["05-rail-chile-ko.txt"], ids["06-rail-chile-en.txt"])
    assert view.sync == "off"
    view.show_pair(*starter_ids(starter_library))
    assert view.sync == "sentence" and view.notice.isHidden() and view.groups == view.al.links


def test_zoom_applies_to_both_panes_and_the_interleaved_text(view, qtbot):
    size = view.ko_view.typography.size
    k = next(i for i, l in enumerate(view.al.links) if l.ko and l.en and i > 4)
    view.ko_view.scroll_to_offset(view.al.ko_spans[view.al.links[k].ko[0]][0], top=True)
    qtbot.wait(10)
    top = view.link_at(view.ko_view, view.ko_view.reading_offset())
    view.zoom(2)
    assert view.ko_view.typography.size == view.en_view.typography.size == size + 2
    assert f"font-size:{size + 2:g}pt" in view.interleaved.toHtml()
    # both panes kept their place
    assert abs(view.link_at(view.ko_view, view.ko_view.reading_offset()) - top) <= 1
    assert abs(view.link_at(view.en_view, view.en_view.reading_offset()) - top) <= 1
    view.set_font_size(size)
    assert view.en_view.typography.size == size


def test_export_the_pair_from_the_window(qtbot, starter_library, tmp_path):
    import lxml.html

    from reader.core import pairs
    from reader.ui.bilingual_view import BilingualView

    ko = next(r["id"] for r in starter_library.list_articles(lang="ko") if "광물" in r["title"])
    (en,) = pairs.counterparts(starter_library, ko)
    view = BilingualView(starter_library)
    qtbot.addWidget(view)
    view.show_pair(ko, en)
    view.export_to(tmp_path / "pair.html")
    view.export_to(tmp_path / "pair.md")
    page = lxml.html.fromstring((tmp_path / "pair.html").read_bytes())
    assert "핵심광물" in page.text_content() and "critical minerals" in page.text_content()
    table_rows = [line for line in (tmp_path / "pair.md").read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    assert len(table_rows) >= len(view.al.links)  # a header, a rule, a row per group
