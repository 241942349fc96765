"""The sidebar: All / Unread / Starred, tags with their colour and count, languages, sources.
Selecting items sets the list's filter; several tags selected together must all apply."""

from __future__ import annotations

from reader.ui import icons
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from reader.core import browse
from reader.core.library import Library

KIND = Qt.ItemDataRole.UserRole + 1
VALUE = Qt.ItemDataRole.UserRole + 2
ICON = Qt.ItemDataRole.UserRole + 3  # the qtawesome name, to redraw the icon in a new theme
LABEL = Qt.ItemDataRole.UserRole + 4
# Each language by its own name, glossed in the interface language where that differs: the English
# interface shows "한국어 (Korean)", the Korean one "English (영어)". Translated in the "Sidebar" context.
LANGUAGE_NAMES = {
    "ko": QT_TRANSLATE_NOOP("Sidebar", "한국어 (Korean)"),
    "en": QT_TRANSLATE_NOOP("Sidebar", "English"),
    "other": QT_TRANSLATE_NOOP("Sidebar", "Other"),
}


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

    def _item(self, text: str, kind: str, value=None, icon: QIcon | str | None = None, count: int | None = None) -> QStandardItem:
        item = QStandardItem(text if count is None else f"{text}   {count:,}")
        item.setData(kind, KIND)
        item.setData(value, VALUE)
        item.setData(text, LABEL)
        if isinstance(icon, str):
            item.setData(icon, ICON)
            icon = icons.icon(icon)
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
        library.appendRow(self._item(self.tr("All articles"), "scope", "all", "fa5s.book-open", counts.all))
        library.appendRow(self._item(self.tr("Unread"), "scope", "unread", "fa5s.circle", counts.unread))
        library.appendRow(self._item(self.tr("Starred"), "scope", "starred", "fa5s.star", counts.starred))
        root.appendRow(library)
        if counts.tags:
            tags = self._section(self.tr("Tags"))
            for t in counts.tags:
                tags.appendRow(self._item(t["name"], "tag", t["name"], colour_dot(t["color"]), t["count"]))
            root.appendRow(tags)
        if counts.langs:
            langs = self._section(self.tr("Languages"))
            for code, n in counts.langs:
                name = QCoreApplication.translate("Sidebar", LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code
                langs.appendRow(self._item(name, "lang", code, "fa5s.language", n))
            root.appendRow(langs)
        if counts.sources:
            sources = self._section(self.tr("Sources"))
            for name, n in counts.sources:
                sources.appendRow(self._item(name, "source", name, "fa5s.newspaper", n))
            root.appendRow(sources)
        self.expandAll()
        self._muted = False
        self._restore(selected or {("scope", "all")})

    def _counts_by_key(self, counts) -> dict:
        found = {("scope", "all"): counts.all, ("scope", "unread"): counts.unread, ("scope", "starred"): counts.starred}
        found.update({("tag", t["name"]): t["count"] for t in counts.tags})
        found.update({("lang", code): n for code, n in counts.langs})
        found.update({("source", name): n for name, n in counts.sources})
        return found

    def _items(self):
        for section in range(self.model_.rowCount()):
            parent = self.model_.item(section)
            for row in range(parent.rowCount()):
                yield parent.child(row)

    def refresh_counts(self) -> None:
        """New numbers in the same items (after reading or starring); rebuild only if items changed."""
        counts = self._counts_by_key(browse.sidebar_counts(self.library))
        items = {(i.data(KIND), i.data(VALUE)): i for i in self._items()}
        if set(items) != set(counts):
            self.reload()
            return
        for key, item in items.items():
            item.setText(f"{item.data(LABEL)}   {counts[key]:,}")

    def retint(self) -> None:
        """Redraw the icons in the current theme's colours."""
        for item in self._items():
            if item.data(ICON):
                item.setIcon(icons.icon(item.data(ICON)))
        for section in range(self.model_.rowCount()):
            self.model_.item(section).setForeground(self.palette().placeholderText())

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
