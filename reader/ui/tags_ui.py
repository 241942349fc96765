"""Tag widgets: the chips-and-input editor under an article, and the dialog that manages all tags.

Every change goes through the Library's tag methods; these widgets only ask and display.
"""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QColorDialog, QCompleter, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView,
    QInputDialog, QLabel, QLayout, QLineEdit, QMessageBox, QPushButton, QStyledItemDelegate, QTableWidget, QTableWidgetItem,
    QToolButton, QVBoxLayout, QWidget, QWidgetItem,
)

from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.ui import icons

# Full-width and ideographic commas too: they are what a Korean input method types.
SEPARATORS = re.compile(r"[,，、]")
# The stored value behind a cell: the tag's name (to tell an in-place edit from the original) or its colour.
NAME_ROLE = Qt.ItemDataRole.UserRole
SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def text_color(background: str) -> str:
    """Black or white, whichever contrasts more with the background (WCAG relative luminance)."""
    color = QColor(background)
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (color.redF(), color.greenF(), color.blueF())]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # 0.179 is where the contrast against black and against white are equal.
    return "#000000" if luminance > 0.179 or not color.isValid() else "#ffffff"


class SwatchDelegate(QStyledItemDelegate):
    """Paints the tag's colour as a centred rounded square; an item icon would hug the left edge."""

    def paint(self, painter, option, index):
        super().paint(painter, option, index)
        rect = QRect(0, 0, 14, 14)
        rect.moveCenter(option.rect.center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 70))
        painter.setBrush(QColor(index.data(NAME_ROLE) or "#bab0ac"))
        painter.drawRoundedRect(rect, 3, 3)
        painter.restore()


class FlowLayout(QLayout):
    """Lays items out left to right and wraps them onto further lines, like words in a paragraph."""

    def __init__(self, parent=None, spacing: int = 4):
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)

    # The QLayout protocol: the item list, and geometry computed by _arrange.
    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, index):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self):
        return self.minimumSize()

    def minimumSize(self):  # the widest single item: anything narrower would have to clip it
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """QLayout has no insertWidget; chips go before the line edit, which stays last."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines, line, x = [], [], area.x()
        for item in (i for i in self._items if not i.isEmpty()):
            width = item.sizeHint().width()
            if line and x + width > area.right() + 1:
                lines.append(line)
                line, x = [], area.x()
            line.append(item)
            x += width + self.spacing()
        if line:
            lines.append(line)
        y = area.y()
        for line in lines:
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item in line:
                hint = item.sizeHint()
                if move:  # centred vertically, so chips and the taller line edit share a midline
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        used = y - area.y() - (self.spacing() if lines else 0)
        return used + margins.top() + margins.bottom()


class TagChip(QFrame):
    removeRequested = Signal(str)

    def __init__(self, name: str, color: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.setObjectName("tagChip")
        foreground = text_color(color)
        self.setStyleSheet(
            f"QFrame#tagChip {{ background: {color}; border-radius: 9px; }}"
            f"QLabel {{ color: {foreground}; background: transparent; }}"
            "QToolButton { border: none; background: transparent; padding: 0px; }"
            f"QToolButton:hover {{ background: rgba(128, 128, 128, 90); border-radius: 7px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 2, 5, 2)
        layout.setSpacing(2)
        self.label = QLabel(name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a tag name is never markup
        layout.addWidget(self.label)
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icons.icon("fa5s.times", color=foreground))
        self.remove_button.setIconSize(QSize(9, 9))
        self.remove_button.setFixedSize(15, 15)
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        label = self.tr("Remove tag “{name}”").format(name=name)
        self.remove_button.setToolTip(label)
        self.remove_button.setAccessibleName(label)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self.name))
        layout.addWidget(self.remove_button)


class TagCompleter(QCompleter):
    """Completes only the part after the last comma, so "a, b, ec" offers "economy"."""

    def splitPath(self, path):
        return [SEPARATORS.split(path)[-1].lstrip()]

    def pathFromIndex(self, index):
        text = self.widget().text() if self.widget() else ""
        done = [part.strip() for part in SEPARATORS.split(text)[:-1] if part.strip()]
        return ", ".join(done + [super().pathFromIndex(index)])


class TagEditor(QWidget):
    """The tags of one article: chips (tag name on its colour, with a small × to remove) and a line edit with completion to add."""

    tagsChanged = Signal(int, list)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.article_id: int | None = None
        self.chips: list[TagChip] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(2)
        self.flow = FlowLayout(spacing=5)
        outer.addLayout(self.flow)
        self.edit = QLineEdit()
        self.edit.setObjectName("tagInput")
        self.edit.setPlaceholderText(self.tr("Add a tag…"))
        self.edit.setAccessibleName(self.tr("Add tags, separated by commas"))
        self.edit.setToolTip(self.tr("Type a tag and press Enter; separate several with commas"))
        self.edit.addAction(icons.icon("fa5s.tag", color="gray"), QLineEdit.ActionPosition.LeadingPosition)
        self.edit.setMinimumWidth(180)
        self.flow.addWidget(self.edit)
        self.completion_model = QStringListModel(self)
        self.completer = TagCompleter(self.completion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.edit.setCompleter(self.completer)
        self.error = QLabel()
        self.error.setObjectName("tagError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.edit.returnPressed.connect(self._return_pressed)
        self.edit.textEdited.connect(lambda _text: self._show_error(""))
        self.set_article(None)

    def _return_pressed(self) -> None:
        # Enter on a highlighted suggestion reaches the edit before the completer finishes; changing
        # its model now would make it write the stale prefix back. So take the text, act afterwards.
        text = self.edit.text()
        QTimer.singleShot(0, lambda: self.add_tag(text))

    def set_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.edit.clear()
        self._show_error("")
        self.setEnabled(article_id is not None)
        self.refresh()

    def add_tag(self, name: str) -> None:
        names = [part.strip() for part in SEPARATORS.split(name or "") if part.strip()]
        if self.article_id is None or not names:
            return
        self._change(add=names)

    def remove_tag(self, name: str) -> None:
        if self.article_id is not None:
            self._change(remove=[name])

    def _change(self, add: list[str] = (), remove: list[str] = ()) -> None:
        before = self.library.article_tags(self.article_id)
        try:
            after = self.library.tag_article(self.article_id, add=add, remove=remove, origin="user")
        except ReaderError as exc:
            self._show_error(str(exc))  # the input stays, so the user can correct it
            return
        if add:
            self.edit.clear()
        self._show_error("")
        self.refresh()
        if after != before:
            self.tagsChanged.emit(self.article_id, after)

    def refresh(self) -> None:
        all_tags = self.library.tags()
        colors = {t["name"].casefold(): t["color"] for t in all_tags}
        current = self.library.article_tags(self.article_id) if self.article_id is not None else []
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.hide()  # gone from view now, even before the event loop runs the deletion
            chip.deleteLater()  # not delete: a chip may be removing itself from inside its button's click
        self.chips = []
        for name in current:
            chip = TagChip(name, colors.get(name.casefold(), ""), self)
            chip.removeRequested.connect(self.remove_tag)
            self.flow.insert_widget(len(self.chips), chip)
            self.chips.append(chip)
        # Offer only the tags this article does not carry yet.
        taken = {name.casefold() for name in current}
        self.completion_model.setStringList([t["name"] for t in all_tags if t["name"].casefold() not in taken])
        self.updateGeometry()

    def _show_error(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:])
        self.error.setVisible(bool(message))


class TagManagerDialog(QDialog):
    """Rename, merge, delete and colour tags; shows each tag's colour swatch and article count."""

    tagsEdited = Signal()

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Manage Tags"))
        self.setWindowIcon(icons.icon("fa5s.tags"))
        self.resize(500, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("tagTable")
        self.table.setAccessibleName(self.tr("Tags"))
        self.table.setHorizontalHeaderLabels([self.tr("Colour"), self.tr("Name"), self.tr("Articles")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 64)
        self.table.setItemDelegateForColumn(0, SwatchDelegate(self.table))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No tags yet. Add tags to an article below its text."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.buttons = {}
        for key, icon, text, slot in (
            ("rename", "fa5s.pen", self.tr("&Rename…"), self.on_rename),
            ("merge", "fa5s.object-group", self.tr("&Merge into…"), self.on_merge),
            ("color", "fa5s.palette", self.tr("&Colour…"), self.on_color),
            ("delete", "fa5s.trash", self.tr("&Delete"), self.on_delete),
        ):
            button = QPushButton(icons.icon(icon), text)
            button.setObjectName(f"{key}Button")
            button.setAutoDefault(False)  # Enter in the table edits or confirms, it never deletes
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        # Only while the table itself has focus, so Delete inside the in-place editor still edits text.
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.on_delete, context=Qt.ShortcutContext.WidgetShortcut)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemDoubleClicked.connect(lambda item: item.column() == 0 and self.on_color())
        self.reload()

    # --- operations: each takes its inputs, so tests and handlers share them ------------------

    def rename(self, old: str, new: str) -> bool:
        return self._apply(lambda: self.library.rename_tag(old, new), select=[new])

    def merge(self, sources: list[str], into: str) -> bool:
        steps = [partial(self.library.merge_tags, s, into) for s in sources if s.casefold() != into.casefold()]
        return self._apply(*steps, select=[into])

    def delete(self, names: list[str]) -> bool:
        return self._apply(*[partial(self.library.delete_tag, name) for name in names], select=[])

    def set_color(self, name: str | list[str], color: str) -> bool:
        names = [name] if isinstance(name, str) else list(name)
        return self._apply(*[partial(self.library.set_tag_color, n, color) for n in names], select=names)

    def _apply(self, *steps, select: list[str]) -> bool:
        try:
            for step in steps:
                step()
        except ReaderError as exc:
            self.reload(select=self.selected_names())  # part of a batch may have happened
            message = str(exc)
            QMessageBox.warning(self, self.tr("Tags"), message[:1].upper() + message[1:])
            return False
        self.reload(select=select)
        self.tagsEdited.emit()
        return True

    # --- the table --------------------------------------------------------------------------

    def reload(self, select: list[str] | None = None) -> None:
        self.tag_list = self.library.tags()
        wanted = {name.casefold() for name in (select or [])}
        self.table.blockSignals(True)  # filling the table is not an edit
        self.table.clearSelection()
        self.table.setRowCount(len(self.tag_list))
        read_only = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, tag in enumerate(self.tag_list):
            cells = [QTableWidgetItem(), QTableWidgetItem(tag["name"]), QTableWidgetItem()]
            cells[0].setData(NAME_ROLE, tag["color"])
            cells[0].setToolTip(tag["color"])
            cells[1].setData(NAME_ROLE, tag["name"])
            cells[1].setToolTip(self.tr("Double-click to rename"))
            cells[2].setData(Qt.ItemDataRole.DisplayRole, tag["count"])  # a number, so it sorts as one
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(cells):
                if column != 1:
                    item.setFlags(read_only)
                self.table.setItem(row, column, item)
            if tag["name"].casefold() in wanted:
                self.table.selectionModel().select(self.table.model().index(row, 0), SELECT_ROW)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self.tag_list))
        self.empty.setVisible(not self.tag_list)
        self._update_buttons()

    def selected_names(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 1).data(NAME_ROLE) for row in rows]

    def _update_buttons(self) -> None:
        selected = len(self.selected_names())
        self.buttons["rename"].setEnabled(selected == 1)
        self.buttons["merge"].setEnabled(selected >= 1 and len(self.tag_list) > 1)
        self.buttons["color"].setEnabled(selected >= 1)
        self.buttons["delete"].setEnabled(selected >= 1)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        old, new = item.data(NAME_ROLE), item.text()
        if item.column() == 1 and old is not None and new != old:
            # Deferred: reloading the table from inside its own itemChanged would delete the item mid-signal.
            QTimer.singleShot(0, lambda: self.rename(old, new))

    # --- handlers: ask the user, then call an operation ------------------------------------

    def on_rename(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename Tag"), self.tr("New name for “{name}”:").format(name=names[0]),
                                       QLineEdit.EchoMode.Normal, names[0])
        if ok and new.strip() and new != names[0]:
            self.rename(names[0], new)

    def on_merge(self) -> None:
        sources = self.selected_names()
        if not sources:
            return
        # One tag merges into another; several may also merge into one of themselves.
        candidates = [t["name"] for t in self.tag_list if len(sources) > 1 or t["name"] != sources[0]]
        if not candidates:
            return
        label = (self.tr("Merge “{name}” into:").format(name=sources[0]) if len(sources) == 1
                 else self.tr("Merge %n tags into:", "", len(sources)))
        into, ok = QInputDialog.getItem(self, self.tr("Merge Tags"), label, candidates, 0, False)
        if ok and into:
            self.merge(sources, into)

    def on_color(self) -> None:
        names = self.selected_names()
        if not names:
            return
        current = QColor(next((t["color"] for t in self.tag_list if t["name"] == names[0]), "#4e79a7"))
        color = QColorDialog.getColor(current, self, self.tr("Tag Colour"))
        if color.isValid():
            self.set_color(names, color.name())

    def on_delete(self) -> None:
        names = self.selected_names()
        if not names:
            return
        # Distinct articles: one article carrying two of the tags is still one article.
        total = len({a["id"] for name in names for a in self.library.list_articles(tag=name)})
        articles = self.tr("1 article") if total == 1 else self.tr("%n articles", "", total)
        text = (self.tr("Delete the tag “{name}”? It is on {articles}.") if len(names) == 1
                else self.tr("Delete %n tags? They are on {articles}.", "", len(names)))
        text = text.format(name=names[0], articles=articles) + " " + self.tr("The articles themselves are kept.")
        answer = QMessageBox.question(self, self.tr("Delete Tags"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(names)
