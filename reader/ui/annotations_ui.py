"""The reader's own highlights and notes in the window: how they look on the page, the panel that
lists them (with those that lost their place after an edit under "Needs review"), and the dialog
that edits one. The core (reader.core.annotations) does every write; this module only asks."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import COLORS, DEFAULT_COLOR

HIGHLIGHT_TEXT = "#1f2328"  # dark text on every highlight colour, in every theme (contrast > 7:1)


def color_label(name: str) -> str:
    labels = {
        "yellow": QCoreApplication.translate("Annotations", "Yellow"),
        "green": QCoreApplication.translate("Annotations", "Green"),
        "blue": QCoreApplication.translate("Annotations", "Blue"),
        "pink": QCoreApplication.translate("Annotations", "Pink"),
        "purple": QCoreApplication.translate("Annotations", "Purple"),
        "orange": QCoreApplication.translate("Annotations", "Orange"),
    }
    return labels.get(name, name)


def highlight_format(color: str, has_note: bool = False) -> QTextCharFormat:
    """A solid fill, unlike the facts' light tint and underline, so the two layers never look alike;
    a note adds a dotted overline-like frame (a dotted underline in the text colour)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(COLORS.get(color, COLORS[DEFAULT_COLOR])))
    fmt.setForeground(QColor(HIGHLIGHT_TEXT))
    if has_note:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(HIGHLIGHT_TEXT))
    return fmt


def color_icon(color: str, size: int = 14, note: bool = False) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(QColor(COLORS.get(color, COLORS[DEFAULT_COLOR])))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    if note:
        painter.setPen(QColor(HIGHLIGHT_TEXT))
        for y in (size * 0.38, size * 0.62):
            painter.drawLine(int(size * 0.3), int(y), int(size * 0.7), int(y))
    painter.end()
    return QIcon(pixmap)


class ColorPicker(QWidget):
    """A row of round colour buttons, one checked."""

    changed = Signal(str)

    def __init__(self, current: str = DEFAULT_COLOR, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        for name in COLORS:
            button = QToolButton()
            button.setObjectName("color_" + name)
            button.setCheckable(True)
            button.setIcon(color_icon(name, 20))
            button.setIconSize(QSize(20, 20))
            button.setToolTip(color_label(name))
            button.setAccessibleName(color_label(name))
            button.setAutoRaise(True)
            self.group.addButton(button)
            self.buttons[name] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, n=name: on and self.changed.emit(n))
        layout.addStretch(1)
        self.set_color(current)

    def color(self) -> str:
        return next((n for n, b in self.buttons.items() if b.isChecked()), DEFAULT_COLOR)

    def set_color(self, name: str) -> None:
        self.buttons.get(name, self.buttons[DEFAULT_COLOR]).setChecked(True)


class AnnotationDialog(QDialog):
    """Colour, note (Markdown) and tags of one highlight."""

    def __init__(self, quote: str, color: str = DEFAULT_COLOR, note: str = "", tags=(), parent=None):
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.setWindowTitle(self.tr("Highlight and Note"))
        layout = QVBoxLayout(self)
        shown = quote if len(quote) <= 400 else quote[:400] + "…"
        self.quote = QLabel(f"“{shown}”")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setObjectName("annotationQuote")
        layout.addWidget(self.quote)
        form = QFormLayout()
        self.picker = ColorPicker(color)
        form.addRow(self.tr("Colour:"), self.picker)
        self.note = QPlainTextEdit(note)
        self.note.setObjectName("annotationNote")
        self.note.setPlaceholderText(self.tr("Your note (Markdown: **bold**, *italic*, lists, links)"))
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("Note:"), self.note)
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setObjectName("annotationTags")
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        form.addRow(self.tr("Tags:"), self.tags)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 340)
        self.note.setFocus()

    def values(self) -> dict:
        tags = [t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        return {"color": self.picker.color(), "note": self.note.toPlainText().strip(), "tags": tags}


class AnnotationsPanel(QWidget):
    """An article's highlights in text order, then those that need review. Clicking one scrolls the
    article to it; the buttons act on the one selected."""

    activated = Signal(int)  # annotation id
    editRequested = Signal(int)
    deleteRequested = Signal(int)
    reattachRequested = Signal(int)
    acceptRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.hint = QLabel()
        self.hint.setObjectName("annotationsHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.tree = QTreeWidget()
        self.tree.setObjectName("annotationsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._emit(self.editRequested, item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("annotationEdit")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("annotationDelete")
        self.reattach_button = QPushButton(self.tr("Re-attach to Selection"))
        self.reattach_button.setObjectName("annotationReattach")
        self.reattach_button.setToolTip(self.tr("Select the text where this highlight belongs now, then click here"))
        self.accept_button = QPushButton(self.tr("Keep"))
        self.accept_button.setObjectName("annotationAccept")
        self.accept_button.setToolTip(self.tr("The text changed under this highlight; keep it where it is now"))
        for button, signal in ((self.edit_button, self.editRequested), (self.delete_button, self.deleteRequested),
                               (self.reattach_button, self.reattachRequested), (self.accept_button, self.acceptRequested)):
            button.clicked.connect(lambda _=False, s=signal: self._emit(s, self.tree.currentItem()))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.annotations: list = []
        self.has_selection = False
        self.show_annotations([])

    def show_annotations(self, annotations: list) -> None:
        current = self.current_id()
        self.annotations = list(annotations)
        self.tree.clear()
        placed = [a for a in annotations if a.state != "orphaned" and a.state != "changed"]
        review = [a for a in annotations if a.state in ("changed", "orphaned")]
        if not annotations:
            self.hint.setText(self.tr("No highlights yet. Select text in the article, then press H to highlight it, "
                                      "or N to add a note (also in the right-click menu)."))
        else:
            self.hint.setText(self.tr("%n highlight(s)", "", len(annotations)))
        groups = [(self.tr("Highlights"), placed)]
        if review:
            groups.append((self.tr("Needs review"), review))
        for title, members in groups:
            if not members:
                continue
            head = QTreeWidgetItem([f"{title} ({len(members)})"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for a in members:
                item = QTreeWidgetItem([self._label(a)])
                item.setData(0, Qt.ItemDataRole.UserRole, a.id)
                item.setIcon(0, color_icon(a.color, note=bool(a.note)))
                item.setToolTip(0, self._tooltip(a))
                self.tree.addTopLevelItem(item)
                if a.id == current:
                    self.tree.setCurrentItem(item)
        self._update_buttons()

    def _label(self, a) -> str:
        quote = " ".join(a.quote.split())
        quote = quote if len(quote) <= 90 else quote[:90] + "…"
        lines = [f"“{quote}”"]
        if a.state == "changed":
            lines.append(self.tr("The text changed here; it read: “%1”").replace("%1", " ".join(a.original_quote.split())[:80]))
        elif a.state == "orphaned":
            lines.append(self.tr("Lost its place when the text changed"))
        if a.note:
            note = re.sub(r"(\*\*|__|`|^#+ |(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))", "", " ".join(a.note.split()))  # Markdown marks, not text
            lines.append("✎ " + (note if len(note) <= 120 else note[:120] + "…"))
        if a.tags:
            lines.append(" ".join("#" + t for t in a.tags))
        return "\n".join(lines)

    def _tooltip(self, a) -> str:
        return "\n\n".join(x for x in (a.quote, a.note) if x)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def current(self):
        current = self.current_id()
        return next((a for a in self.annotations if a.id == current), None)

    def select(self, annotation_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == annotation_id:
                self.tree.setCurrentItem(item)
                return

    def set_has_selection(self, has: bool) -> None:
        self.has_selection = has
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.current()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(a is not None)
        self.reattach_button.setEnabled(a is not None and a.state != "anchored" and self.has_selection)
        self.reattach_button.setVisible(any(x.state != "anchored" for x in self.annotations))
        self.accept_button.setEnabled(a is not None and a.state == "changed")
        self.accept_button.setVisible(any(x.state == "changed" for x in self.annotations))

    def _emit(self, signal, item) -> None:
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) is not None:
            signal.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _clicked(self, item, _column=0) -> None:
        self._emit(self.activated, item)
