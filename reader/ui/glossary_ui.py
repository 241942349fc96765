"""The reader's glossary in the window: a name added from the selection ("Add to Glossary…") and a
dialog listing the reader's own entries (Edit ▸ Glossary…). The entries live in the library
(reader/core/facts/user_glossary.py); after a change the window finds the article's facts again."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from reader.core.facts import user_glossary

_HANGUL = re.compile(r"[가-힣]")


def kind_label(kind: str) -> str:
    labels = {
        "organization": QCoreApplication.translate("Glossary", "Organisation"),
        "person": QCoreApplication.translate("Glossary", "Person"),
        "place": QCoreApplication.translate("Glossary", "Place"),
    }
    return labels[kind]


class GlossaryEntryDialog(QDialog):
    """One name in both languages: its Korean and English forms, what it is, and other forms."""

    def __init__(self, parent=None, text: str = "", kind: str = "organization"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to Glossary"))
        self.setMinimumWidth(440)
        self.ko = QLineEdit(self)
        self.ko.setObjectName("glossaryKo")
        self.en = QLineEdit(self)
        self.en.setObjectName("glossaryEn")
        (self.ko if _HANGUL.search(text) else self.en).setText(text.strip())
        self.kind = QComboBox(self)
        self.kind.setObjectName("glossaryKind")
        for name in user_glossary.NAME_KINDS:
            self.kind.addItem(kind_label(name), name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.aliases = QLineEdit(self)
        self.aliases.setObjectName("glossaryAliases")
        self.aliases.setPlaceholderText(self.tr("산업부, MOTIE"))
        form = QFormLayout()
        form.addRow(self.tr("&Korean:"), self.ko)
        form.addRow(self.tr("&English:"), self.en)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Other forms:"), self.aliases)
        hint = QLabel(self.tr("The name is highlighted in every article, in either language, and its two forms "
                              "are matched across a Korean and an English article."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.ko, self.en):
            field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._update()
        (self.en if self.ko.text() else self.ko).setFocus()

    def _update(self) -> None:
        ok = bool(self.ko.text().strip() or self.en.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str, str, list[str]]:
        aliases = [a.strip() for a in re.split(r"[,;]", self.aliases.text()) if a.strip()]
        return self.ko.text().strip(), self.en.text().strip(), self.kind.currentData(), aliases


def add_entry(parent, library, text: str = "", kind: str = "organization") -> bool:
    """Ask for an entry and store it; True if one was added."""
    dialog = GlossaryEntryDialog(parent, text, kind)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        user_glossary.add(library, *dialog.values())
    except ValueError as exc:
        QMessageBox.warning(parent, dialog.windowTitle(), str(exc))
        return False
    return True


class GlossaryDialog(QDialog):
    """The reader's own entries, with Add… and Remove."""

    changed = Signal()

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(640, 420)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("glossaryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Korean"), self.tr("English"), self.tr("Kind"), self.tr("Other forms")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Names you add here are highlighted in every article. Select a name in an "
                                    "article and choose Add to Glossary… from its menu, or use Add… below."), self)
        self.empty.setWordWrap(True)
        add = QPushButton(self.tr("&Add…"), self)
        add.setObjectName("glossaryAdd")
        add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.setObjectName("glossaryRemove")
        self.remove.clicked.connect(self._remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(lambda: self.remove.setEnabled(bool(self.table.selectedItems())))
        self.reload()

    def reload(self) -> None:
        found = user_glossary.entries(self.library)
        self.table.setRowCount(len(found))
        for row, e in enumerate(found):
            for column, value in enumerate((e["ko"], e["en"], kind_label(e["kind"]), ", ".join(e["aliases"]))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, e["id"])
                self.table.setItem(row, column, item)
        self.remove.setEnabled(False)

    def _add(self) -> None:
        if add_entry(self, self.library):
            self.reload()
            self.changed.emit()

    def _remove(self) -> None:
        ids = sorted({item.data(Qt.ItemDataRole.UserRole) for item in self.table.selectedItems()})
        for entry_id in ids:
            user_glossary.remove(self.library, entry_id)
        if ids:
            self.reload()
            self.changed.emit()
