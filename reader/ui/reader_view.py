"""The reading pane: an article rendered from the core's blocks, with a comfortable measure,
zoom, sans/serif, themes, search hits marked, links opened only when clicked, nothing fetched."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QToolTip

from reader.core.annotations import COLORS
from reader.core.text import trim_span
from reader.ui.annotations_ui import HIGHLIGHT_TEXT, color_icon, color_label, highlight_format

from reader.ui.document import ArticleDocument, Typography, build
from reader.ui.facts_layer import COLOURS, describe
from reader.ui.themes import LIGHT, Theme

REVIEW_COLOUR = "#d9480f"  # a highlight whose text changed under it
MEASURE_EM = 38  # the text column's width in ems: about 70 Latin characters or 38 Hangul syllables
MIN_SIZE, MAX_SIZE = 8.0, 32.0
SAFE_SCHEMES = {"http", "https", "mailto"}


class ReaderView(QTextBrowser):
    linkActivated = Signal(str)
    highlightRequested = Signal(int, int, str, bool)  # start, end, colour, with a note
    annotationEditRequested = Signal(int)
    annotationDeleteRequested = Signal(int)
    annotationColorRequested = Signal(int, str)
    annotationMirrorRequested = Signal(int)
    glossaryAddRequested = Signal(int, int)  # a span of the canonical text to name in the glossary

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setOpenLinks(False)  # we decide what a click does
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.theme: Theme = LIGHT
        self.typography = Typography()
        self.article: dict | None = None
        self.current: ArticleDocument | None = None
        self.hits: list[tuple[int, int]] = []
        self.facts: list = []  # reader.core.facts.model.Fact, offsets into the canonical text
        self.fact_kinds: set[str] = set()  # the kinds shown; empty = the layer is off
        # (start, end) -> (underline style, colour or None): lets a caller tell facts apart (the
        # bilingual view marks figures matched / unmatched / contradicted); empty = one style for all
        self.fact_styles: dict[tuple[int, int], tuple] = {}
        # named layers of extra marks: name -> (spans, format, above the facts?)
        self.overlays: dict[str, tuple[list[tuple[int, int]], QTextCharFormat, bool]] = {}
        self.annotations: list = []  # reader.core.annotations.Annotation: the reader's own highlights
        self.last_color = "yellow"
        self.has_counterpart = False  # the article is paired: highlights can be mirrored onto it
        self._placeholder = ""
        self.viewport().setMouseTracking(True)

    # --- content ------------------------------------------------------------------------

    def show_article(self, article: dict | None, hits: list[tuple[int, int]] = (), facts: list = (), annotations: list = ()) -> None:
        self.article = article
        self.hits = list(hits)
        self.facts = list(facts)
        self.fact_styles = {}
        self.overlays = {}  # marks made for another article's offsets would land on the wrong words
        self.annotations = []
        self._set_annotation_overlays(annotations)
        self._rebuild()

    # --- the reader's highlights ------------------------------------------------------------

    def set_annotations(self, annotations: list) -> None:
        self._set_annotation_overlays(annotations)
        if self.current is not None:
            self._apply_marks(scroll=False)

    def _set_annotation_overlays(self, annotations: list) -> None:
        """One overlay per colour (and note or not), below the facts: a fact inside a highlight
        keeps its underline, the highlight its fill."""
        self.annotations = [a for a in annotations if a.state != "orphaned" and a.end > a.start]
        for name in [n for n in self.overlays if n.startswith("annotation:")]:
            del self.overlays[name]
        groups: dict[tuple[str, bool, bool], list] = {}
        for a in self.annotations:
            groups.setdefault((a.color, bool(a.note), a.state == "changed"), []).append((a.start, a.end))
        for (color, note, changed), spans in groups.items():
            fmt = highlight_format(color, note)
            if changed:  # re-anchored over changed text: shown, and marked until the reader keeps it
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor(REVIEW_COLOUR))
            self.overlays[f"annotation:{color}:{int(note)}:{int(changed)}"] = (spans, fmt, False)


    def annotation_at(self, offset: int):
        found = [a for a in self.annotations if a.start <= offset < a.end]
        return min(found, key=lambda a: a.end - a.start) if found else None

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as a canonical-text span, trimmed of surrounding spaces; None if empty."""
        if self.current is None or self.article is None:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.article["text"]
        start, end = trim_span(text, max(0, cursor.selectionStart() - self.current.body_start),
                               min(len(text), cursor.selectionEnd() - self.current.body_start))
        return (start, end) if end > start else None

    def contextMenuEvent(self, event):  # noqa: N802
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos) -> QMenu:
        """Qt's own menu (copy, select all), with the highlight commands first."""
        menu = self.createStandardContextMenu(pos)
        span = self.selected_span()
        offset = self.cursorForPosition(pos).position() - (self.current.body_start if self.current else 0)
        existing = self.annotation_at(offset) if self.current is not None else None
        first = menu.actions()[0] if menu.actions() else None
        added = []
        if span is not None:
            sub = QMenu(self.tr("Highlight"), menu)
            sub.setObjectName("highlightMenu")
            for name in COLORS:
                action = sub.addAction(color_icon(name), color_label(name))
                action.setObjectName("highlight_" + name)
                action.triggered.connect(lambda _=False, n=name, sp=span: self._request_highlight(sp, n, False))
            added.append(sub.menuAction())
            note = menu.addAction(self.tr("Highlight with Note…"))
            note.setObjectName("highlight_note")
            note.triggered.connect(lambda _=False, sp=span: self._request_highlight(sp, self.last_color, True))
            added.append(note)
            glossary = menu.addAction(self.tr("Add to Glossary…"))
            glossary.setObjectName("add_to_glossary")
            glossary.triggered.connect(lambda _=False, sp=span: self.glossaryAddRequested.emit(sp[0], sp[1]))
            added.append(glossary)
        if existing is not None:
            edit = menu.addAction(self.tr("Edit Note…") if existing.note else self.tr("Add Note…"))
            edit.triggered.connect(lambda _=False, i=existing.id: self.annotationEditRequested.emit(i))
            recolour = QMenu(self.tr("Change Colour"), menu)
            for name in COLORS:
                action = recolour.addAction(color_icon(name), color_label(name))
                action.setCheckable(True)
                action.setChecked(name == existing.color)
                action.triggered.connect(lambda _=False, i=existing.id, n=name: self.annotationColorRequested.emit(i, n))
            remove = menu.addAction(self.tr("Delete Highlight"))
            remove.triggered.connect(lambda _=False, i=existing.id: self.annotationDeleteRequested.emit(i))
            added += [edit, recolour.menuAction(), remove]
            if self.has_counterpart:
                mirror = menu.addAction(self.tr("Mirror onto the Translation"))
                mirror.setObjectName("mirror_highlight")
                mirror.triggered.connect(lambda _=False, i=existing.id: self.annotationMirrorRequested.emit(i))
                added.append(mirror)
        if added and first is not None:
            for action in added:
                menu.removeAction(action)
            menu.insertActions(first, added)
            menu.insertSeparator(first)
        elif added:
            menu.addActions(added)
        return menu

    def _request_highlight(self, span: tuple[int, int], color: str, note: bool) -> None:
        self.last_color = color
        self.highlightRequested.emit(span[0], span[1], color, note)

    def set_fact_kinds(self, kinds: set[str]) -> None:
        self.fact_kinds = set(kinds)
        if self.current is not None:
            self._apply_marks(scroll=False)

    def set_fact_styles(self, styles: dict[tuple[int, int], tuple]) -> None:
        self.fact_styles = dict(styles)
        if self.current is not None:
            self._apply_marks(scroll=False)

    def set_overlay(self, name: str, spans, fmt, above: bool = False) -> None:
        """A layer of marks merged with the facts and hits; `fmt` is a QTextCharFormat or a background
        colour. Below the facts (the default) a background leaves each fact's tint and underline visible."""
        spans = [tuple(s) for s in spans]
        if not spans:
            self.overlays.pop(name, None)
        else:
            if not isinstance(fmt, QTextCharFormat):
                colour, fmt = QColor(fmt), QTextCharFormat()
                fmt.setBackground(colour)
            self.overlays[name] = (spans, QTextCharFormat(fmt), above)
        if self.current is not None:
            self._apply_marks(scroll=False)

    def overlay_spans(self, name: str) -> list[tuple[int, int]]:
        return list(self.overlays[name][0]) if name in self.overlays else []

    def fact_at(self, offset: int):
        for fact in self.facts:
            if fact.start <= offset < fact.end and fact.kind in self.fact_kinds:
                return fact
        return None

    def viewportEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.current is not None:
            position = self.cursorForPosition(event.pos()).position() - self.current.body_start
            fact = self.fact_at(position)
            note = self.annotation_at(position)
            parts = [describe(fact)] if fact is not None else []
            if note is not None and note.note:
                parts.append("✎ " + (note.note if len(note.note) <= 400 else note.note[:400] + "…"))
            if parts:
                QToolTip.showText(event.globalPos(), "\n\n".join(parts), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def show_placeholder(self, text: str) -> None:
        self.article = None
        self.current = None
        self._placeholder = text
        self._rebuild()

    def _rebuild(self) -> None:
        if self.article is None:
            self.current = None
            self.setHtml(f'<p style="color:{self.theme.muted}; font-size:14pt; margin-top:40px" align="center">{self._placeholder}</p>')
            return
        self.current = build(self.article, self.theme, self.typography)
        self.setDocument(self.current.document)
        self._apply_measure()
        self._apply_marks()

    def loadResource(self, kind, url):  # noqa: N802 (Qt's name)
        return None  # never fetch anything: no images, no stylesheets, no network

    # --- reading comfort ----------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._rebuild_keeping_position()

    def set_serif(self, serif: bool) -> None:
        self.typography.serif = serif
        self._rebuild_keeping_position()

    def zoom(self, steps: int) -> None:
        size = self.typography.size + steps
        self.set_font_size(size)

    def set_font_size(self, size: float) -> None:
        self.typography.size = max(MIN_SIZE, min(MAX_SIZE, size))
        self._rebuild_keeping_position()

    def _rebuild_keeping_position(self) -> None:
        at_top = self.verticalScrollBar().value() <= self.verticalScrollBar().minimum()
        offset = self.reading_offset()
        self._rebuild()
        if offset is not None and not at_top:  # at the top the title stays in view
            self.scroll_to_offset(offset, top=True)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._apply_measure()

    def _apply_measure(self) -> None:
        """Centre a column of MEASURE_EM ems; margins grow with the window, the text does not."""
        if self.current is None:
            return
        em = self.typography.size * self.logicalDpiY() / 72
        spare = self.viewport().width() - MEASURE_EM * em
        side = max(24, int(spare / 2))
        frame = self.current.document.rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(28)
            fmt.setBottomMargin(48)
            frame.setFrameFormat(fmt)

    # --- positions ----------------------------------------------------------------------

    def reading_offset(self) -> int | None:
        """The canonical-text offset at the top of the viewport (the reading position)."""
        if self.current is None:
            return None
        position = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        return max(0, position - self.current.body_start)

    def scroll_to_offset(self, offset: int, top: bool = False) -> None:
        if self.current is None:
            return
        cursor = QTextCursor(self.current.document)
        cursor.setPosition(min(self.current.position(offset), self.current.document.characterCount() - 1))
        if top:  # put the line holding the offset at the top of the view
            block = cursor.block()
            top_y = self.document().documentLayout().blockBoundingRect(block).top()
            line = block.layout().lineForTextPosition(cursor.position() - block.position())
            if line.isValid():
                top_y += line.y()
            self.verticalScrollBar().setValue(int(top_y))
        else:
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def select_span(self, start: int, end: int) -> None:
        """Scroll to a canonical-text span and select it, so the reader sees where it is."""
        if self.current is None:
            return
        self.scroll_to_offset(start)
        self.setTextCursor(self._span_cursor(start, end))

    def _span_cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting a canonical-text span on screen."""
        cursor = QTextCursor(self.current.document)
        cursor.setPosition(self.current.position(start))
        cursor.setPosition(self.current.position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._span_cursor(start, end)
        sel.format = fmt
        return sel

    def span_text(self, start: int, end: int) -> str:
        """The characters on screen for a canonical-text span (tests hold it to the core's text)."""
        return self._span_cursor(start, end).selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _apply_marks(self, scroll: bool = True) -> None:
        """Overlays below, facts (a tint and an underline in their kind's colour), overlays above,
        search hits on top."""
        selections = self._overlay_selections(above=False)
        for fact in self.facts:
            if fact.kind not in self.fact_kinds:
                continue
            colour = QColor(COLOURS[fact.kind])
            fmt = QTextCharFormat()
            tint = QColor(colour)
            tint.setAlpha(48)
            fmt.setBackground(tint)
            style, line_colour = self.fact_styles.get((fact.start, fact.end), (QTextCharFormat.UnderlineStyle.SingleUnderline, None))
            fmt.setUnderlineStyle(style)
            fmt.setUnderlineColor(QColor(line_colour) if line_colour else colour)
            for start, end, highlighted in self._pieces(fact.start, fact.end):
                piece = QTextCharFormat(fmt)
                if highlighted:  # the theme's light text would be unreadable on a highlight's pale fill
                    piece.setForeground(QColor(HIGHLIGHT_TEXT))
                selections.append(self._selection(start, end, piece))
        selections.extend(self._overlay_selections(above=True))
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.theme.search_hit))
        selections.extend(self._selection(start, end, fmt) for start, end in self.hits)
        self.setExtraSelections(selections)
        if self.hits and scroll:
            self.scroll_to_offset(self.hits[0][0])

    def _pieces(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        """A span cut where the reader's highlights begin and end: (start, end, inside a highlight)."""
        cuts = sorted({start, end, *(p for a in self.annotations for p in (a.start, a.end) if start < p < end)})
        return [(lo, hi, any(a.start <= lo and hi <= a.end for a in self.annotations)) for lo, hi in zip(cuts, cuts[1:])]

    def _overlay_selections(self, above: bool) -> list:
        return [self._selection(start, end, fmt)
                for spans, fmt, is_above in self.overlays.values() if is_above == above for start, end in spans]

    def _open_link(self, url: QUrl) -> None:
        """A link opens in the system browser only when clicked, and only a web or mail link."""
        if url.scheme().lower() in SAFE_SCHEMES:
            self.linkActivated.emit(url.toString())
            QDesktopServices.openUrl(url)
