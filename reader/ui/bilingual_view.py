"""A Korean article and its English counterpart side by side (or interleaved), scrolled together by
aligned sentence groups (by paragraph for two separate reports, or not at all), with the figures of
each group checked against the other language, and the reader's corrections to the alignment: pick
a sentence on each side (a click, or a selection) and Link These, Unlink, Merge with Next, Split."""

from __future__ import annotations

import html
from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPalette, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QSizePolicy, QSplitter,
    QStackedWidget, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from reader.core import annotations as notes
from reader.core import pairs
from reader.core.bilingual.align import Link
from reader.core.bilingual.split import paragraphs
from reader.core.facts.match import same_fact
from reader.core.facts.model import KINDS
from reader.ui import icons
from reader.ui.document import Typography
from reader.ui.reader_view import ReaderView
from reader.ui.themes import LIGHT, Theme

# A rough check only: a conversion within 5% of these rates counts as the same amount.
RATES = {"USD": 1.0, "KRW": 1350.0, "EUR": 0.92, "JPY": 150.0, "CNY": 7.2}
NUMERIC = ("money", "percent", "count", "quantity", "date")
FLAG_COLOUR = "#D81B60"  # not one of the facts' Okabe–Ito colours, so a flag never reads as a kind
SIDE, INTERLEAVED = "side", "interleaved"
SYNC_SENTENCE, SYNC_PARAGRAPH, SYNC_OFF = "sentence", "paragraph", "off"  # how the panes scroll together
DEFAULT_SIZE = Typography().size


@dataclass
class Flag:
    side: str  # "ko" or "en": the pane holding the fact
    fact: object
    other: object | None  # the differing fact on the other side, if any
    link: int


def _owner(spans: list[tuple[int, int]], offset: int) -> int | None:
    """The sentence holding an offset, or the last one before it (an offset between sentences
    belongs to the sentence the reader has just read)."""
    i = bisect_right([s for s, _ in spans], offset) - 1
    return i if i >= 0 else (0 if spans else None)


def _decimals(text: str) -> int:
    number = "".join(ch for ch in text if ch.isdigit() or ch in ".,")
    return len(number.rsplit(".", 1)[1]) if "." in number else 0


def agree(a, b) -> bool:
    """same_fact, and for percentages at the same precision, the same figure: same_fact allows the
    rounding of two significant digits, which would let 11.4% pass for 11.2%."""
    if not same_fact(a, b, RATES):
        return False
    if a.kind == "percent" and isinstance(a.value, (int, float)) and isinstance(b.value, (int, float)):
        places = min(_decimals(a.text), _decimals(b.text))
        return round(a.value, places) == round(b.value, places)
    return True


def check(al: pairs.Aligned) -> tuple[set[int], set[int], list[Flag]]:
    """Match each link's facts across the languages; return the matched Korean and English fact
    indexes and the numeric facts to check (missing on the other side, or stated differently)."""
    def by_link(facts, spans, side):
        owner = {}
        for i, link in enumerate(al.links):
            for s in getattr(link, side):
                owner[s] = i
        groups: dict[int, list[int]] = {}
        for j, fact in enumerate(facts):
            sentence = _owner(spans, fact.start)
            if sentence is not None and sentence in owner:
                groups.setdefault(owner[sentence], []).append(j)
        return groups

    ko_groups, en_groups = by_link(al.ko_facts, al.ko_spans, "ko"), by_link(al.en_facts, al.en_spans, "en")
    ko_matched: set[int] = set()
    en_matched: set[int] = set()
    for i in range(len(al.links)):
        for k in ko_groups.get(i, []):
            for e in en_groups.get(i, []):
                if e not in en_matched and agree(al.ko_facts[k], al.en_facts[e]):
                    ko_matched.add(k)
                    en_matched.add(e)
                    break
    # The aligner may put a figure's sentence one group off; a figure stated in a neighbouring
    # group is not a discrepancy, so look there before flagging it. Two separate reports tell the
    # news in their own order: there a figure counts as stated if the other text has it anywhere.
    reach = 1 if al.translated else len(al.links)

    def near(facts_a, groups_b, facts_b, matched_b, i, fact):
        for n in sorted(range(i - reach, i + reach + 1), key=lambda n: abs(n - i)):
            if n == i:
                continue
            for j in groups_b.get(n, []):
                if agree(fact, facts_b[j]):
                    return j
        return None

    flags: list[Flag] = []
    for i in range(len(al.links)):
        ko_left = [k for k in ko_groups.get(i, []) if k not in ko_matched and al.ko_facts[k].kind in NUMERIC]
        en_left = [e for e in en_groups.get(i, []) if e not in en_matched and al.en_facts[e].kind in NUMERIC]
        for k in list(ko_left):
            j = near(al.ko_facts, en_groups, al.en_facts, en_matched, i, al.ko_facts[k])
            if j is not None:
                ko_matched.add(k)
                ko_left.remove(k)
        for e in list(en_left):
            j = near(al.en_facts, ko_groups, al.ko_facts, ko_matched, i, al.en_facts[e])
            if j is not None:
                en_matched.add(e)
                en_left.remove(e)
        for k in ko_left:
            fact = al.ko_facts[k]
            # in a translation, a figure of the same kind in the same group is this one stated
            # differently; two separate reports' groups are a guess, so no such pairing there
            other = next((e for e in en_left if al.en_facts[e].kind == fact.kind), None) if al.translated else None
            if other is not None:
                en_left.remove(other)
                flags.append(Flag("ko", fact, al.en_facts[other], i))
            else:
                flags.append(Flag("ko", fact, None, i))
        flags.extend(Flag("en", al.en_facts[e], None, i) for e in en_left)
    return ko_matched, en_matched, flags


def paragraph_groups(al: pairs.Aligned) -> list[Link]:
    """The links gathered into groups closed under paragraphs: a link that shares a paragraph (on
    either side) with the group before it joins it. Two separate reports keep few sentence links
    right, but their paragraphs still follow one another: scrolling by these groups stays close."""
    def para_ids(text, spans):
        starts = [s for s, _ in paragraphs(text)]
        return [max(0, bisect_right(starts, s) - 1) for s, _ in spans]

    ko_para, en_para = para_ids(al.ko["text"], al.ko_spans), para_ids(al.en["text"], al.en_spans)
    groups: list[Link] = []
    seen_ko: set[int] = set()
    seen_en: set[int] = set()
    for link in al.links:
        kp, ep = {ko_para[i] for i in link.ko}, {en_para[j] for j in link.en}
        if groups and (kp & seen_ko or ep & seen_en):
            groups[-1].ko += link.ko
            groups[-1].en += link.en
            seen_ko |= kp
            seen_en |= ep
        else:
            groups.append(Link(list(link.ko), list(link.en)))
            seen_ko, seen_en = set(kp), set(ep)
    for g in groups:
        g.ko.sort()
        g.en.sort()
    return groups


class ElidedLabel(QLabel):
    """A one-line label that gives way to the buttons beside it, ending in "…" (the tooltip has the
    whole text): two long titles must not widen the window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(painter, rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), text, QPalette.ColorRole.WindowText)


class Pane(ReaderView):
    """A reading pane whose context menu ends with the bilingual view's commands."""

    def __init__(self, side: str, extend_menu, parent=None):
        super().__init__(parent)
        self.side = side
        self._extend_menu = extend_menu

    def contextMenuEvent(self, event):  # noqa: N802
        menu = self.pane_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def pane_menu(self, pos) -> QMenu:
        own = getattr(self, "context_menu", None)  # the reading pane's menu (highlights), if it has one
        menu = own(pos) if own is not None else self.createStandardContextMenu(pos)
        self._extend_menu(self, menu, pos)
        return menu


class BilingualView(QWidget):
    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.theme: Theme = LIGHT
        self.mode = SIDE
        self.sync = SYNC_SENTENCE
        self.al: pairs.Aligned | None = None
        self.flags: list[Flag] = []
        self.groups: list[Link] = []  # what the panes scroll by: the links, or paragraph groups
        self.highlighted: int | None = None  # the link group under the pointer
        self.picked: dict[str, int | None] = {"ko": None, "en": None}  # the sentence last clicked in each pane
        self._last_side = "ko"  # the pane last clicked or selected in: the group commands act there
        self._sync_chosen: tuple[int, int] | None = None  # the pair whose scrolling the reader chose
        self._syncing = False

        self.ko_view, self.en_view = Pane("ko", self._extend_menu), Pane("en", self._extend_menu)
        for view in (self.ko_view, self.en_view):
            view.fact_kinds = set(KINDS)
            view.viewport().installEventFilter(self)
            view.selectionChanged.connect(self._update_actions)
        self.ko_view.verticalScrollBar().valueChanged.connect(lambda _v: self._sync(self.ko_view))
        self.en_view.verticalScrollBar().valueChanged.connect(lambda _v: self._sync(self.en_view))

        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.addWidget(self.ko_view)
        self.panes.addWidget(self.en_view)
        self.panes.setChildrenCollapsible(False)
        self.interleaved = QTextBrowser()
        self.interleaved.setObjectName("readingView")
        self.interleaved.setOpenLinks(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.panes)
        self.stack.addWidget(self.interleaved)

        self.check_title = QLabel(self.tr("Check"))
        self.check_title.setStyleSheet("font-weight: bold; padding: 6px 4px 2px 4px;")
        self.check_title.setWordWrap(True)
        self.check_list = QListWidget()
        self.check_list.setObjectName("checkList")
        self.check_list.setWordWrap(True)
        self.check_list.itemClicked.connect(self._check_clicked)
        self.check_list.itemActivated.connect(self._check_clicked)
        side_panel = QWidget()
        side_layout = QVBoxLayout(side_panel)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(2)
        side_layout.addWidget(self.check_title)
        side_layout.addWidget(self.check_list, 1)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.stack)
        body.addWidget(side_panel)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setSizes([1100, 280])

        self.title_label = ElidedLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.side_button = QToolButton()
        self.side_button.setText(self.tr("Side by Side"))
        self.inter_button = QToolButton()
        self.inter_button.setText(self.tr("Interleaved"))
        self.mode_group = QButtonGroup(self)
        for button, mode in ((self.side_button, SIDE), (self.inter_button, INTERLEAVED)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
        self.side_button.setChecked(True)

        # how the two panes scroll together: a translation by sentence, separate reports by paragraph
        self.sync_label = QLabel(self.tr("Scroll:"))
        self.sync_box = QComboBox()
        self.sync_box.setObjectName("syncBox")
        for text, value in ((self.tr("By Sentence"), SYNC_SENTENCE), (self.tr("By Paragraph"), SYNC_PARAGRAPH),
                            (self.tr("Independently"), SYNC_OFF)):
            self.sync_box.addItem(text, value)
        self.sync_box.setToolTip(self.tr("How the two panes follow each other when one scrolls"))
        self.sync_box.activated.connect(lambda index: self.set_sync(self.sync_box.itemData(index), chosen=True))
        self.sync_label.setBuddy(self.sync_box)

        # the reader's corrections to the alignment: a sentence clicked (or text selected) on each side
        self.link_action = QAction(self.tr("Link These"), self)
        self.link_action.setToolTip(self.tr("Make the sentences picked on the two sides counterparts of each other"))
        self.link_action.triggered.connect(self.link_picked)
        self.unlink_action = QAction(self.tr("Unlink"), self)
        self.unlink_action.setToolTip(self.tr("Leave the picked group's sentences without a counterpart"))
        self.unlink_action.triggered.connect(self.unlink_picked)
        self.merge_action = QAction(self.tr("Merge with Next"), self)
        self.merge_action.setToolTip(self.tr("Join the picked group and the one after it"))
        self.merge_action.triggered.connect(self.merge_picked)
        self.split_action = QAction(self.tr("Split"), self)
        self.split_action.setToolTip(self.tr("Cut the picked group in two at the picked sentence"))
        self.split_action.triggered.connect(self.split_picked)
        self.correction_actions = (self.link_action, self.unlink_action, self.merge_action, self.split_action)
        self.correction_buttons = []
        for action in self.correction_actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.correction_buttons.append(button)

        self.realign_button = QToolButton()
        self.realign_button.setText(self.tr("Realign"))
        self.realign_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.realign_button.setToolTip(self.tr("Align the sentences of the two articles again"))
        self.realign_button.clicked.connect(self.realign)
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportPair")
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setToolTip(self.tr("Save the pair side by side as Markdown or HTML"))
        self.export_button.clicked.connect(self.choose_export)
        self._set_icons()

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.side_button)
        bar.addWidget(self.inter_button)
        bar.addSpacing(12)
        bar.addWidget(self.sync_label)
        bar.addWidget(self.sync_box)
        bar.addSpacing(12)
        for button in self.correction_buttons:
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.realign_button)
        bar.addWidget(self.export_button)

        # said when the two texts look like separate reports rather than a translation
        self.notice = QLabel()
        self.notice.setObjectName("pairNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(10, 2, 10, 4)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(body, 1)

        # zoom, as in the main window (which also sets the size when it zooms: set_font_size)
        for keys, steps in ((QKeySequence.StandardKey.ZoomIn, 1), (QKeySequence.StandardKey.ZoomOut, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=steps: self.zoom(s))
        QShortcut(QKeySequence("Ctrl+="), self).activated.connect(lambda: self.zoom(1))
        QShortcut(QKeySequence("Ctrl+0"), self).activated.connect(lambda: self.set_font_size(DEFAULT_SIZE))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.clear_picks)
        self._update_actions()

    def _set_icons(self) -> None:
        self.side_button.setIcon(icons.icon("fa5s.columns"))
        self.inter_button.setIcon(icons.icon("fa5s.align-left"))
        self.realign_button.setIcon(icons.icon("fa5s.sync-alt"))
        self.export_button.setIcon(icons.icon("fa5s.file-export"))
        for action, name in zip(self.correction_actions, ("fa5s.link", "fa5s.unlink", "fa5s.object-group", "fa5s.cut")):
            action.setIcon(icons.icon(name))
        # the palette leaves a disabled button's text as dark as an enabled one's: say it here
        for button in self.correction_buttons:
            button.setStyleSheet(f"QToolButton:disabled {{ color: {self.theme.muted}; }}")

    # --- content ------------------------------------------------------------------------

    def show_pair(self, ko_id: int, en_id: int) -> None:
        self.al = al = pairs.aligned(self.library, ko_id, en_id)
        self.highlighted = None
        self.picked = {"ko": None, "en": None}
        self.title_label.setText(f"{al.ko.get('title') or ''}   ⇄   {al.en.get('title') or ''}")
        self.title_label.setToolTip(self.title_label.text())
        self._syncing = True  # two fresh documents: their scroll bars reset, nothing to follow yet
        try:
            self.ko_view.show_article(al.ko, facts=al.ko_facts, annotations=notes.for_article(self.library, al.ko["id"]))
            self.en_view.show_article(al.en, facts=al.en_facts, annotations=notes.for_article(self.library, al.en["id"]))
            self.ko_view.has_counterpart = self.en_view.has_counterpart = True
        finally:
            self._syncing = False
        if self._sync_chosen != (al.ko["id"], al.en["id"]):
            self._sync_chosen = None
            self.set_sync(SYNC_SENTENCE if al.translated else SYNC_PARAGRAPH)
        self._apply_alignment()

    def reload_annotations(self, article_id: int | None = None) -> None:
        """The reader's highlights changed (here, in the main window, or by undo)."""
        for view in (self.ko_view, self.en_view):
            if view.article is not None and article_id in (None, view.article["id"]):
                view.set_annotations(notes.for_article(self.library, view.article["id"]))

    def _apply_alignment(self) -> None:
        """Everything that follows from the links: the figures check, the groups the panes scroll
        by, the interleaved text, the marks; the two documents themselves stay as they are."""
        al = self.al
        ko_matched, en_matched, self.flags = check(al)
        self._style_facts(self.ko_view, al.ko_facts, ko_matched, [f.fact for f in self.flags if f.side == "ko"])
        self._style_facts(self.en_view, al.en_facts, en_matched,
                          [f.fact for f in self.flags if f.side == "en"] + [f.other for f in self.flags if f.other is not None])
        self._fill_check(len(ko_matched))
        self.groups = paragraph_groups(al) if self.sync == SYNC_PARAGRAPH else list(al.links)
        if self.highlighted is not None and self.highlighted >= len(al.links):
            self.highlighted = None
        self._show_notice()
        self._build_interleaved()
        self._refresh_marks()
        self._update_actions()

    def _show_notice(self) -> None:
        if self.al is None or self.al.translated:
            self.notice.hide()
            return
        share = round(100 * (self.al.agreement or 0))
        self.notice.setText(self.tr(
            "These look like two separate reports of the same news rather than a translation: only %1% of "
            "the figures, names and words they share fall in matching sentences. Sentence links are a guess here."
        ).replace("%1", str(share)))
        self.notice.setStyleSheet(f"color: {self.theme.muted};")
        self.notice.show()

    def choose_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from reader.core.export import safe_filename

        if self.al is None:
            return
        name = safe_filename(self.al.en.get("title") or "pair") + ".html"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Pair"), name, self.tr("HTML page (*.html);;Markdown table (*.md)"))
        if path:
            self.export_to(path)

    def export_to(self, path) -> None:
        """HTML or Markdown by the file's extension: the two versions side by side, group by group."""
        from pathlib import Path

        from reader.core.bilingual.export import pair_html, pair_markdown

        path = Path(path)
        ids = [self.al.ko["id"], self.al.en["id"]]
        text = pair_markdown(self.library, ids) if path.suffix.lower() in (".md", ".markdown") else pair_html(self.library, ids)
        path.write_text(text, encoding="utf-8")

    def realign(self) -> None:
        if self.al is None:
            return
        ko_id, en_id = self.al.ko["id"], self.al.en["id"]
        # forgetting the stored version makes pairs.aligned compute it afresh (corrections are kept)
        self.library.db.execute("UPDATE pairs SET aligned_on = NULL WHERE ko_id = ? AND en_id = ?", [ko_id, en_id])
        self.show_pair(ko_id, en_id)

    def _style_facts(self, view: ReaderView, facts, matched: set[int], flagged: list) -> None:
        solid, dotted = QTextCharFormat.UnderlineStyle.SingleUnderline, QTextCharFormat.UnderlineStyle.DotLine
        styles = {(f.start, f.end): (solid if i in matched else dotted, None) for i, f in enumerate(facts)}
        for fact in flagged:
            styles[(fact.start, fact.end)] = (QTextCharFormat.UnderlineStyle.WaveUnderline, FLAG_COLOUR)
        view.set_fact_styles(styles)

    def _fill_check(self, matched: int) -> None:
        self.check_list.clear()
        for flag in self.flags:
            if flag.other is not None:
                text = self.tr("%1 ≠ %2 in the English text").replace("%1", flag.fact.text).replace("%2", flag.other.text)
            elif flag.side == "ko":
                text = self.tr("%1 — not in the English text").replace("%1", flag.fact.text)
            else:
                text = self.tr("%1 — not in the Korean text").replace("%1", flag.fact.text)
            item = QListWidgetItem(icons.icon("fa5s.exclamation-triangle", color=FLAG_COLOUR), text)
            item.setData(Qt.ItemDataRole.UserRole, (flag.side, flag.fact.start, flag.fact.end))
            item.setToolTip(self.tr("Click to show it in the article"))
            self.check_list.addItem(item)
        if self.flags:
            headline = self.tr("Check the figures: %1 to verify").replace("%1", str(len(self.flags)))
        else:
            headline = self.tr("Check the figures: all agree")
        self.check_title.setText(headline + "\n" + self.tr("Facts matched across the languages: %1").replace("%1", str(matched)))

    def _check_clicked(self, item: QListWidgetItem) -> None:
        side, start, end = item.data(Qt.ItemDataRole.UserRole)
        if self.mode != SIDE:
            self.set_mode(SIDE)
        (self.ko_view if side == "ko" else self.en_view).select_span(start, end)

    # --- the marks on the panes ---------------------------------------------------------

    def _pane_marks(self, side: str) -> dict[str, tuple[list[tuple[int, int]], QTextCharFormat, bool]]:
        """Every layer of marks the view puts on one pane, by name: (spans, format, above the facts).
        The one place they are decided; _refresh_marks hands them to the panes."""
        marks: dict[str, tuple[list[tuple[int, int]], QTextCharFormat, bool]] = {}
        if self.al is None:
            return marks
        spans = self.al.ko_spans if side == "ko" else self.al.en_spans
        # figures to check: tinted above the facts' own tint
        flagged = [f.fact for f in self.flags if f.side == side]
        if side == "en":
            flagged += [f.other for f in self.flags if f.other is not None]
        tint = QColor(FLAG_COLOUR)
        tint.setAlpha(40)
        marks["flags"] = ([(f.start, f.end) for f in flagged], _background(tint), True)
        # the group under the pointer and its counterpart
        if self.highlighted is not None:
            colour = QColor(self.theme.accent)
            colour.setAlpha(56)
            marks["link"] = (self._link_spans(side, self.highlighted), _background(colour), False)
        # the sentence picked for a correction
        if self.picked[side] is not None and self.picked[side] < len(spans):
            fmt = _background(QColor(self.theme.accent), alpha=110)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor(self.theme.accent))
            marks["picked"] = ([spans[self.picked[side]]], fmt, False)
        return marks

    def _refresh_marks(self) -> None:
        for view, side in ((self.ko_view, "ko"), (self.en_view, "en")):
            marks = self._pane_marks(side)
            for name in ("flags", "link", "picked"):
                spans, fmt, above = marks.get(name, ([], None, False))
                view.set_overlay(name, spans, fmt, above=above)

    # --- modes, scrolling together, zoom and theme --------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = INTERLEAVED if mode == INTERLEAVED else SIDE
        self.stack.setCurrentIndex(1 if self.mode == INTERLEAVED else 0)
        (self.inter_button if self.mode == INTERLEAVED else self.side_button).setChecked(True)
        self._update_actions()

    def set_sync(self, sync: str, chosen: bool = False) -> None:
        """Scroll the panes together by sentence group, by paragraph group, or not at all."""
        self.sync = sync if sync in (SYNC_SENTENCE, SYNC_PARAGRAPH, SYNC_OFF) else SYNC_SENTENCE
        self.sync_box.setCurrentIndex(self.sync_box.findData(self.sync))
        if chosen and self.al is not None:
            self._sync_chosen = (self.al.ko["id"], self.al.en["id"])
        if self.al is not None:
            self.groups = paragraph_groups(self.al) if self.sync == SYNC_PARAGRAPH else list(self.al.links)
            self._sync(self.ko_view)

    def zoom(self, steps: int) -> None:
        self.set_font_size(self.ko_view.typography.size + steps)

    def set_font_size(self, size: float) -> None:
        """Both panes and the interleaved text at this body size (the main window's zoom)."""
        self._syncing = True  # each pane keeps its own place while it is rebuilt
        try:
            self.ko_view.set_font_size(size)
            self.en_view.set_font_size(size)
        finally:
            self._syncing = False
        self._build_interleaved()
        self._sync(self.ko_view)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        # the icons take the theme's colours (the main window sets them before calling us)
        self._set_icons()
        self._syncing = True  # each pane keeps its own place while it is rebuilt
        try:
            self.ko_view.set_theme(theme)
            self.en_view.set_theme(theme)
        finally:
            self._syncing = False
        self._show_notice()
        self._refresh_marks()
        self._build_interleaved()

    def _build_interleaved(self) -> None:
        if self.al is None:
            return
        al, t = self.al, self.theme
        size = self.ko_view.typography.size
        flagged = {("ko", f.fact.start) for f in self.flags if f.side == "ko"} | {("en", f.fact.start) for f in self.flags if f.side == "en"}
        flagged |= {("en", f.other.start) for f in self.flags if f.other is not None}
        # Qt's rich text reads #RRGGBBAA as #AARRGGBB, so the flag's tint is blended here instead
        red, base = QColor(FLAG_COLOUR), QColor(t.base)
        tint = QColor(*(int(a * 0.25 + b * 0.75) for a, b in zip(red.getRgb()[:3], base.getRgb()[:3]))).name()

        def sentence(side: str, index: int) -> str:
            article, spans, facts = (al.ko, al.ko_spans, al.ko_facts) if side == "ko" else (al.en, al.en_spans, al.en_facts)
            start, end = spans[index]
            text = article["text"]
            out, pos = [], start
            for fact in sorted((f for f in facts if start <= f.start < end and (side, f.start) in flagged), key=lambda f: f.start):
                if fact.start < pos:
                    continue
                out.append(html.escape(text[pos:fact.start]))
                out.append(f'<span style="background-color:{tint}; text-decoration: underline; '
                           f'color:{t.text}">{html.escape(text[fact.start:fact.end])}</span>')
                pos = fact.end
            out.append(html.escape(text[pos:end]))
            return "".join(out).replace("\n", "<br>")

        # a readable measure, as in the reading pane: the groups hold one column, centred
        width = int(46 * size * self.interleaved.logicalDpiY() / 72)
        parts = [f'<table width="{width}" align="center" cellspacing="0" cellpadding="0" style="margin-top:20px"><tr><td>'
                 f'<h2 style="color:{t.text}">{html.escape(al.ko.get("title") or "")}</h2>'
                 f'<p style="color:{t.muted}; margin-left:18px; font-size:{size * 1.15:.1f}pt">'
                 f'{html.escape(al.en.get("title") or "")}</p><hr></td></tr></table>']
        none = html.escape(self.tr("(no counterpart)"))
        for number, link in enumerate(al.links, 1):
            ko = " ".join(sentence("ko", i) for i in link.ko) or f"<i>{none}</i>"
            en = " ".join(sentence("en", i) for i in link.en) or f"<i>{none}</i>"
            # the group number in the margin lets a reader find the same group in side-by-side mode
            parts.append(
                f'<table width="{width}" align="center" cellspacing="0" cellpadding="0" style="margin-top:{size * 0.9:.0f}px"><tr>'
                f'<td width="28" valign="top" style="color:{t.muted}; font-size:{size * 0.75:.1f}pt; padding-top:3px">{number}</td>'
                f'<td><p style="color:{t.text}; font-size:{size:.1f}pt; line-height:160%; margin:0">{ko}</p>'
                f'<p style="color:{t.muted}; font-size:{size * 0.95:.1f}pt; line-height:150%; margin-top:4px; margin-left:18px">{en}</p>'
                f'</td></tr></table>'
            )
        bar = self.interleaved.verticalScrollBar().value()
        self.interleaved.setHtml(f'<body style="background-color:{t.base}">' + "".join(parts) + "</body>")
        self.interleaved.verticalScrollBar().setValue(bar)

    # --- correcting the alignment -------------------------------------------------------

    def _view(self, side: str) -> Pane:
        return self.ko_view if side == "ko" else self.en_view

    def selected_sentences(self, side: str) -> list[int]:
        """The sentences the pane's text selection touches."""
        view = self._view(side)
        if self.al is None or view.current is None:
            return []
        cursor = view.textCursor()
        if not cursor.hasSelection():
            return []
        start = cursor.selectionStart() - view.current.body_start
        end = cursor.selectionEnd() - view.current.body_start
        spans = self.al.ko_spans if side == "ko" else self.al.en_spans
        return [i for i, (s, e) in enumerate(spans) if s < end and e > start]

    def chosen(self, side: str) -> list[int]:
        """What a correction acts on, on one side: the selected sentences, else the one picked."""
        selected = self.selected_sentences(side)
        if selected:
            return selected
        return [self.picked[side]] if self.picked[side] is not None else []

    def pick(self, side: str, sentence: int | None) -> None:
        """Mark a sentence for a correction (a click does it; Escape clears)."""
        self.picked[side] = sentence
        self._refresh_marks()
        self._update_actions()

    def clear_picks(self) -> None:
        self.picked = {"ko": None, "en": None}
        for view in (self.ko_view, self.en_view):
            cursor = view.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                view.setTextCursor(cursor)
        self._refresh_marks()
        self._update_actions()

    def _target_group(self) -> tuple[int, str, int] | None:
        """(link index, side, sentence) the group commands act on: the last side picked or selected."""
        if self.al is None:
            return None
        for side in self._sides_by_recency():
            chosen = self.chosen(side)
            if chosen:
                link = self.link_of(side, chosen[0])
                if link is not None:
                    return link, side, chosen[0]
        return None

    def _sides_by_recency(self) -> list[str]:
        return [self._last_side, "en" if self._last_side == "ko" else "ko"]

    def _update_actions(self) -> None:
        usable = self.al is not None and self.mode == SIDE
        target = self._target_group() if usable else None
        link = self.al.links[target[0]] if target is not None else None
        self.link_action.setEnabled(usable and bool(self.chosen("ko")) and bool(self.chosen("en")))
        self.unlink_action.setEnabled(link is not None and bool(link.ko) and bool(link.en))
        self.merge_action.setEnabled(link is not None and target[0] < len(self.al.links) - 1)
        self.split_action.setEnabled(link is not None and len(link.ko) + len(link.en) > 2)

    def link_picked(self) -> None:
        ko, en = self.chosen("ko"), self.chosen("en")
        if self.al is None or not ko or not en:
            return
        pairs.correct(self.library, self.al.ko["id"], self.al.en["id"], ko, en)
        self._after_correction()

    def unlink_picked(self) -> None:
        target = self._target_group()
        if target is not None:
            pairs.unlink_group(self.library, self.al, target[0])
            self._after_correction()

    def merge_picked(self) -> None:
        target = self._target_group()
        if target is not None and target[0] < len(self.al.links) - 1:
            pairs.merge_with_next(self.library, self.al, target[0])
            self._after_correction()

    def split_picked(self) -> None:
        target = self._target_group()
        if target is None:
            return
        link = self.al.links[target[0]]
        if len(link.ko) + len(link.en) > 2:
            pairs.split_group(self.library, self.al, target[0], target[1], target[2])
            self._after_correction()

    def _after_correction(self) -> None:
        """The corrected alignment (kept with the pair, respected by every later alignment), shown
        without moving either pane."""
        self.al = pairs.aligned(self.library, self.al.ko["id"], self.al.en["id"])
        self.highlighted = None
        self.clear_picks()
        self._apply_alignment()

    def _extend_menu(self, view: Pane, menu: QMenu, pos) -> None:
        """The pane's context menu: the sentence under the pointer is picked, then the commands."""
        if self.al is None or view.current is None:
            return
        if not view.textCursor().hasSelection():
            offset = view.cursorForPosition(pos).position() - view.current.body_start
            spans = self.al.ko_spans if view.side == "ko" else self.al.en_spans
            if offset >= 0 and spans:
                self._last_side = view.side
                self.pick(view.side, _owner(spans, offset))
        menu.addSeparator()
        menu.addActions(list(self.correction_actions))

    # --- the pointer and scrolling ------------------------------------------------------

    def _side_of(self, view: ReaderView) -> tuple[str, list[tuple[int, int]]]:
        return ("ko", self.al.ko_spans) if view is self.ko_view else ("en", self.al.en_spans)

    def link_of(self, side: str, sentence: int) -> int | None:
        for i, link in enumerate(self.al.links):
            if sentence in getattr(link, side):
                return i
        return None

    def link_at(self, view: ReaderView, offset: int) -> int | None:
        side, spans = self._side_of(view)
        sentence = _owner(spans, offset)
        return None if sentence is None else self.link_of(side, sentence)

    def group_at(self, view: ReaderView, offset: int) -> int | None:
        """The scrolling group (see self.groups) holding a canonical offset of a pane."""
        side, spans = self._side_of(view)
        sentence = _owner(spans, offset)
        if sentence is None:
            return None
        return next((i for i, g in enumerate(self.groups) if sentence in getattr(g, side)), None)

    def eventFilter(self, obj, event):  # noqa: N802
        if self.al is not None and event.type() in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            view = self.ko_view if obj is self.ko_view.viewport() else self.en_view if obj is self.en_view.viewport() else None
            if view is not None and view.current is not None:
                position = view.cursorForPosition(event.position().toPoint()).position() - view.current.body_start
                link = self.link_at(view, position) if position >= 0 else None
                if link != self.highlighted:
                    self._highlight(link)
                if (event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton
                        and link is not None and not view.textCursor().hasSelection()):
                    # a plain click picks the sentence for a correction and lines the other pane up
                    self._last_side = view.side
                    self.pick(view.side, _owner(self._side_of(view)[1], position))
                    self._bring_into_view(view, position)
                elif event.type() == QEvent.Type.MouseButtonRelease and view.textCursor().hasSelection():
                    self._last_side = view.side
                    self._update_actions()
        return super().eventFilter(obj, event)

    def _highlight(self, link: int | None) -> None:
        self.highlighted = link
        self._refresh_marks()

    def _link_spans(self, side: str, link: int) -> list[tuple[int, int]]:
        spans = self.al.ko_spans if side == "ko" else self.al.en_spans
        return [spans[i] for i in getattr(self.al.links[link], side)]

    def _group_spans(self, side: str, group: int) -> list[tuple[int, int]]:
        spans = self.al.ko_spans if side == "ko" else self.al.en_spans
        return [spans[i] for i in getattr(self.groups[group], side)]

    def _y(self, view: ReaderView, offset: int) -> float:
        """The document y of the line holding a canonical offset."""
        cursor = QTextCursor(view.current.document)
        cursor.setPosition(min(view.current.position(offset), view.current.document.characterCount() - 1))
        block = cursor.block()
        y = view.document().documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(cursor.position() - block.position())
        return y + (line.y() if line.isValid() else 0)

    def _group_extent(self, view: ReaderView, group: int) -> tuple[float, float] | None:
        side, _ = self._side_of(view)
        spans = self._group_spans(side, group)
        if not spans:
            return None
        top = self._y(view, spans[0][0])
        bottom = self._y(view, max(spans[-1][1] - 1, spans[-1][0]))
        bottom += view.fontMetrics().lineSpacing()  # the last line's height: the group ends below it
        return top, max(bottom, top + 1)

    def _partner_group(self, group: int, side: str) -> int:
        """The nearest group with sentences on `side` (a sentence with no counterpart follows its neighbours)."""
        for distance in range(len(self.groups)):
            for i in (group - distance, group + distance):
                if 0 <= i < len(self.groups) and getattr(self.groups[i], side):
                    return i
        return group

    def _sync(self, source: ReaderView) -> None:
        if self._syncing or self.al is None or self.mode != SIDE or self.sync == SYNC_OFF:
            return
        target = self.en_view if source is self.ko_view else self.ko_view
        if source.current is None or target.current is None:
            return
        self._syncing = True
        try:
            bar, other = source.verticalScrollBar(), target.verticalScrollBar()
            # the two headers meet at the top; further down, groups decide (not the two ends: a
            # shorter text would reach its end while the longer one is a screen behind)
            if bar.value() <= bar.minimum():
                other.setValue(other.minimum())
                return
            group = self.group_at(source, source.reading_offset() or 0)
            if group is None:
                return
            self._align_groups(source, target, group, anchor=0)
        finally:
            self._syncing = False

    def _align_groups(self, source: ReaderView, target: ReaderView, group: int, anchor: float) -> None:
        """Scroll `target` so that its part of `group` stands where `source`'s part does: as far
        through the group as the source's viewport line `anchor` (in pixels from its top) is."""
        source_side, _ = self._side_of(source)
        target_side, _ = self._side_of(target)
        here = self._group_extent(source, self._partner_group(group, source_side))
        there = self._group_extent(target, self._partner_group(group, target_side))
        if here is None or there is None:
            return
        line = source.verticalScrollBar().value() + anchor
        fraction = min(1.0, max(0.0, (line - here[0]) / (here[1] - here[0])))
        target.verticalScrollBar().setValue(int(there[0] + fraction * (there[1] - there[0]) - anchor))

    def _bring_into_view(self, source: ReaderView, offset: int) -> None:
        """A click lines the counterpart up level with the clicked group."""
        if self.mode != SIDE or self.sync == SYNC_OFF:
            return
        group = self.group_at(source, offset)
        if group is None:
            return
        target = self.en_view if source is self.ko_view else self.ko_view
        side, _ = self._side_of(source)
        here = self._group_extent(source, self._partner_group(group, side))
        if here is None:
            return
        self._syncing = True
        try:
            self._align_groups(source, target, group, anchor=here[0] - source.verticalScrollBar().value())
        finally:
            self._syncing = False


def _background(colour: QColor, alpha: int | None = None) -> QTextCharFormat:
    colour = QColor(colour)
    if alpha is not None:
        colour.setAlpha(alpha)
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    return fmt
