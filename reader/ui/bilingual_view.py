"""A Korean article and its English counterpart side by side (or interleaved), scrolled together by
aligned sentence groups, with the figures of each group checked against the other language."""

from __future__ import annotations

import html
from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QTextBrowser,
    QToolButton, QVBoxLayout, QWidget,
)

from reader.core import pairs
from reader.core.facts.match import same_fact
from reader.core.facts.model import KINDS
from reader.ui import icons
from reader.ui.reader_view import ReaderView
from reader.ui.themes import LIGHT, Theme

# A rough check only: a conversion within 5% of these rates counts as the same amount.
RATES = {"USD": 1.0, "KRW": 1350.0, "EUR": 0.92, "JPY": 150.0, "CNY": 7.2}
NUMERIC = ("money", "percent", "count", "quantity", "date")
FLAG_COLOUR = "#D81B60"  # not one of the facts' Okabe–Ito colours, so a flag never reads as a kind
SIDE, INTERLEAVED = "side", "interleaved"


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
    # group is not a discrepancy, so look there before flagging it.
    def near(facts_a, groups_b, facts_b, matched_b, i, fact):
        for n in (i - 1, i + 1):
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
            other = next((e for e in en_left if al.en_facts[e].kind == fact.kind), None)
            if other is not None:
                en_left.remove(other)
                flags.append(Flag("ko", fact, al.en_facts[other], i))
            else:
                flags.append(Flag("ko", fact, None, i))
        flags.extend(Flag("en", al.en_facts[e], None, i) for e in en_left)
    return ko_matched, en_matched, flags


class BilingualView(QWidget):
    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.theme: Theme = LIGHT
        self.mode = SIDE
        self.al: pairs.Aligned | None = None
        self.flags: list[Flag] = []
        self.highlighted: int | None = None  # the link group under the pointer
        self._syncing = False

        self.ko_view, self.en_view = ReaderView(), ReaderView()
        for view in (self.ko_view, self.en_view):
            view.fact_kinds = set(KINDS)
            view.viewport().installEventFilter(self)
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

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.side_button = QToolButton()
        self.side_button.setText(self.tr("Side by Side"))
        self.side_button.setIcon(icons.icon("fa5s.columns"))
        self.inter_button = QToolButton()
        self.inter_button.setText(self.tr("Interleaved"))
        self.inter_button.setIcon(icons.icon("fa5s.align-left"))
        self.mode_group = QButtonGroup(self)
        for button, mode in ((self.side_button, SIDE), (self.inter_button, INTERLEAVED)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
        self.side_button.setChecked(True)
        self.realign_button = QToolButton()
        self.realign_button.setText(self.tr("Realign"))
        self.realign_button.setIcon(icons.icon("fa5s.sync-alt"))
        self.realign_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.realign_button.setToolTip(self.tr("Align the sentences of the two articles again"))
        self.realign_button.clicked.connect(self.realign)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.side_button)
        bar.addWidget(self.inter_button)
        bar.addSpacing(12)
        bar.addWidget(self.realign_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(body, 1)

    # --- content ------------------------------------------------------------------------

    def show_pair(self, ko_id: int, en_id: int) -> None:
        self.al = al = pairs.aligned(self.library, ko_id, en_id)
        self.highlighted = None
        self.title_label.setText(f"{al.ko.get('title') or ''}   ⇄   {al.en.get('title') or ''}")
        self.title_label.setToolTip(self.title_label.text())
        self._syncing = True  # two fresh documents: their scroll bars reset, nothing to follow yet
        try:
            self.ko_view.show_article(al.ko, facts=al.ko_facts)
            self.en_view.show_article(al.en, facts=al.en_facts)
        finally:
            self._syncing = False
        ko_matched, en_matched, self.flags = check(al)
        self._style_facts(self.ko_view, al.ko_facts, ko_matched, [f.fact for f in self.flags if f.side == "ko"])
        self._style_facts(self.en_view, al.en_facts, en_matched,
                          [f.fact for f in self.flags if f.side == "en"] + [f.other for f in self.flags if f.other is not None])
        self._fill_check(len(ko_matched))
        self._build_interleaved()

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
        tint = QColor(FLAG_COLOUR)
        tint.setAlpha(40)
        fmt = QTextCharFormat()
        fmt.setBackground(tint)
        view.set_overlay("flags", [(f.start, f.end) for f in flagged], fmt, above=True)

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

    # --- modes and theme ----------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = INTERLEAVED if mode == INTERLEAVED else SIDE
        self.stack.setCurrentIndex(1 if self.mode == INTERLEAVED else 0)
        (self.inter_button if self.mode == INTERLEAVED else self.side_button).setChecked(True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        # the icons take the theme's colours (the main window sets them before calling us)
        self.side_button.setIcon(icons.icon("fa5s.columns"))
        self.inter_button.setIcon(icons.icon("fa5s.align-left"))
        self.realign_button.setIcon(icons.icon("fa5s.sync-alt"))
        self._syncing = True  # each pane keeps its own place while it is rebuilt
        try:
            self.ko_view.set_theme(theme)
            self.en_view.set_theme(theme)
        finally:
            self._syncing = False
        if self.highlighted is not None:
            self._highlight(self.highlighted)
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
        self.interleaved.setHtml(f'<body style="background-color:{t.base}">' + "".join(parts) + "</body>")

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

    def eventFilter(self, obj, event):  # noqa: N802
        if self.al is not None and event.type() in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            view = self.ko_view if obj is self.ko_view.viewport() else self.en_view if obj is self.en_view.viewport() else None
            if view is not None and view.current is not None:
                position = view.cursorForPosition(event.position().toPoint()).position() - view.current.body_start
                link = self.link_at(view, position) if position >= 0 else None
                if link != self.highlighted:
                    self._highlight(link)
                if event.type() == QEvent.Type.MouseButtonRelease and link is not None:
                    self._bring_into_view(view, link)
        return super().eventFilter(obj, event)

    def _highlight(self, link: int | None) -> None:
        self.highlighted = link
        colour = QColor(self.theme.accent)
        colour.setAlpha(56)
        for view, side in ((self.ko_view, "ko"), (self.en_view, "en")):
            spans = self._link_spans(side, link) if link is not None else []
            view.set_overlay("link", spans, colour)

    def _link_spans(self, side: str, link: int) -> list[tuple[int, int]]:
        spans = self.al.ko_spans if side == "ko" else self.al.en_spans
        return [spans[i] for i in getattr(self.al.links[link], side)]

    def _y(self, view: ReaderView, offset: int) -> float:
        """The document y of the line holding a canonical offset."""
        cursor = QTextCursor(view.current.document)
        cursor.setPosition(min(view.current.position(offset), view.current.document.characterCount() - 1))
        block = cursor.block()
        y = view.document().documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(cursor.position() - block.position())
        return y + (line.y() if line.isValid() else 0)

    def _group_extent(self, view: ReaderView, link: int) -> tuple[float, float] | None:
        side, _ = self._side_of(view)
        spans = self._link_spans(side, link)
        if not spans:
            return None
        top = self._y(view, spans[0][0])
        bottom = self._y(view, max(spans[-1][1] - 1, spans[-1][0]))
        bottom += view.fontMetrics().lineSpacing()  # the last line's height: the group ends below it
        return top, max(bottom, top + 1)

    def _partner_link(self, link: int, side: str) -> int:
        """The nearest link with sentences on `side` (a sentence with no counterpart follows its neighbours)."""
        for distance in range(len(self.al.links)):
            for i in (link - distance, link + distance):
                if 0 <= i < len(self.al.links) and getattr(self.al.links[i], side):
                    return i
        return link

    def _sync(self, source: ReaderView) -> None:
        if self._syncing or self.al is None or self.mode != SIDE:
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
            link = self.link_at(source, source.reading_offset() or 0)
            if link is None:
                return
            self._align_groups(source, target, link, anchor=0)
        finally:
            self._syncing = False

    def _align_groups(self, source: ReaderView, target: ReaderView, link: int, anchor: float) -> None:
        """Scroll `target` so that its part of `link` stands where `source`'s part does: as far
        through the group as the source's viewport line `anchor` (in pixels from its top) is."""
        source_side, _ = self._side_of(source)
        target_side, _ = self._side_of(target)
        here = self._group_extent(source, self._partner_link(link, source_side))
        there = self._group_extent(target, self._partner_link(link, target_side))
        if here is None or there is None:
            return
        line = source.verticalScrollBar().value() + anchor
        fraction = min(1.0, max(0.0, (line - here[0]) / (here[1] - here[0])))
        target.verticalScrollBar().setValue(int(there[0] + fraction * (there[1] - there[0]) - anchor))

    def _bring_into_view(self, source: ReaderView, link: int) -> None:
        """A click lines the counterpart up level with the clicked group."""
        if self.mode != SIDE:
            return
        target = self.en_view if source is self.ko_view else self.ko_view
        side, _ = self._side_of(source)
        here = self._group_extent(source, self._partner_link(link, side))
        if here is None:
            return
        self._syncing = True
        try:
            self._align_groups(source, target, link, anchor=here[0] - source.verticalScrollBar().value())
        finally:
            self._syncing = False
