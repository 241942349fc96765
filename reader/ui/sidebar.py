"""The sidebar: All / Unread / Starred, tags with their colour and count, languages, sources.
Selecting items sets the list's filter; several tags selected together must all apply."""

from __future__ import annotations

from reader.ui import icons
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from reader.core import browse
from reader.core.library import Library

KIND = Qt.ItemDataRole.UserRole + 1
VALUE = Qt.ItemDataRole.UserRole + 2
LANGUAGE_NAMES = {"ko": "한국어 (Korean)", "en": "English", "other": "Other"}


def colour_dot(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour or "#888888"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class Sidebar(QTreeView):
    filterChanged = Signal(object)  # browse.ArticleFilter

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIconSize(QSize(16, 16))
        self.setIndentation(10)
        self.setUniformRowHeights(True)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.selectionModel().selectionChanged.connect(self._emit_filter)
        self._muted = False
        self.reload()

    def _item(self, text: str, kind: str, value=None, icon: QIcon | None = None, count: int | None = None) -> QStandardItem:
        item = QStandardItem(text if count is None else f"{text}   {count:,}")
        item.setData(kind, KIND)
        item.setData(value, VALUE)
        if icon is not None:
            item.setIcon(icon)
        item.setToolTip(text)
        return item

    def _section(self, title: str) -> QStandardItem:
        item = QStandardItem(title.upper())
        item.setSelectable(False)
        font = item.font()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText())
        item.setData("section", KIND)
        return item

    def reload(self) -> None:
        """Re-read the counts, keeping what was selected."""
        selected = {(i.data(KIND), i.data(VALUE)) for i in self.selectionModel().selectedIndexes()}
        counts = browse.sidebar_counts(self.library)
        self._muted = True
        self.model_.clear()
        root = self.model_.invisibleRootItem()
        library = self._section(self.tr("Library"))
        library.appendRow(self._item(self.tr("All articles"), "scope", "all", icons.icon("fa5s.book-open"), counts.all))
        library.appendRow(self._item(self.tr("Unread"), "scope", "unread", icons.icon("fa5s.circle"), counts.unread))
        library.appendRow(self._item(self.tr("Starred"), "scope", "starred", icons.icon("fa5s.star"), counts.starred))
        root.appendRow(library)
        if counts.tags:
            tags = self._section(self.tr("Tags"))
            for t in counts.tags:
                tags.appendRow(self._item(t["name"], "tag", t["name"], colour_dot(t["color"]), t["count"]))
            root.appendRow(tags)
        if counts.langs:
            langs = self._section(self.tr("Languages"))
            for code, n in counts.langs:
                langs.appendRow(self._item(LANGUAGE_NAMES.get(code, code), "lang", code, icons.icon("fa5s.language"), n))
            root.appendRow(langs)
        if counts.sources:
            sources = self._section(self.tr("Sources"))
            for name, n in counts.sources:
                sources.appendRow(self._item(name, "source", name, icons.icon("fa5s.newspaper"), n))
            root.appendRow(sources)
        self.expandAll()
        self._muted = False
        self._restore(selected or {("scope", "all")})

    def _restore(self, keys: set) -> None:
        selection = self.selectionModel()
        for section in range(self.model_.rowCount()):
            parent = self.model_.item(section)
            for row in range(parent.rowCount()):
                item = parent.child(row)
                if (item.data(KIND), item.data(VALUE)) in keys:
                    selection.select(item.index(), selection.SelectionFlag.Select)
                    selection.setCurrentIndex(item.index(), selection.SelectionFlag.NoUpdate)

    def select(self, kind: str, value) -> None:
        self.selectionModel().clearSelection()
        self._restore({(kind, value)})

    def current_filter(self) -> browse.ArticleFilter:
        f = browse.ArticleFilter()
        for index in self.selectionModel().selectedIndexes():
            kind, value = index.data(KIND), index.data(VALUE)
            if kind == "scope":
                f.scope = value
            elif kind == "tag":
                f.tags.append(value)
            elif kind == "lang":
                f.lang = value
            elif kind == "source":
                f.source = value
        return f

    def _emit_filter(self, *_):
        if not self._muted:
            self.filterChanged.emit(self.current_filter())
