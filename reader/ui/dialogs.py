"""Small dialogs of the main window: article details, keyboard shortcuts, about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from reader import APP_NAME, __version__
from reader.ui.actions import strip_mnemonic

FIELDS = ("title", "subtitle", "source", "author", "published", "url")


class DetailsDialog(QDialog):
    """Edit an article's title, source, author, date and language."""

    def __init__(self, article: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article Details"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        labels = {"title": self.tr("Title"), "subtitle": self.tr("Subtitle"), "source": self.tr("Source"),
                  "author": self.tr("Author"), "published": self.tr("Date"), "url": self.tr("Link")}
        self.edits = {}
        for name in FIELDS:
            edit = QLineEdit(article.get(name) or "")
            edit.setObjectName(name)
            if name == "published":
                edit.setPlaceholderText("YYYY-MM-DD")
            form.addRow(labels[name], edit)
            self.edits[name] = edit
        self.lang = QComboBox()
        # each language by its own name, glossed in the interface language where that differs
        for code, label in (("ko", self.tr("한국어 (Korean)")), ("en", self.tr("English")), ("other", self.tr("Other"))):
            self.lang.addItem(label, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(article.get("lang"))))
        form.addRow(self.tr("Language"), self.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        values = {name: " ".join(edit.text().split()) for name, edit in self.edits.items()}
        values["lang"] = self.lang.currentData()
        return values


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        layout = QVBoxLayout(self)
        rows = [(strip_mnemonic(a.text()), ", ".join(k.toString(k.SequenceFormat.NativeText) for k in a.shortcuts()))
                for a in actions if a.shortcuts()]
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        for i, (text, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(text))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 520)


def about_text() -> str:
    # literals outside f-strings, where pyside6-lupdate can see them
    tagline = QCoreApplication.translate("About", "An offline reader for Korean and English news.")
    fonts = QCoreApplication.translate("About", "Korean text is set in Nanum Gothic and Nanum Myeongjo (SIL Open Font License 1.1).")
    return f"<h3>{APP_NAME} {__version__}</h3><p>{tagline}</p><p>{fonts}</p>"
