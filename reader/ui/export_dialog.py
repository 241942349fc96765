"""File ▸ Export Notes: what to export (this article, the selected ones, a tag, a search, the
library), in which format, and where. The core writes the files; PDF pages are printed by Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core import export
from reader.core.errors import ReaderError


class ExportCancelled(ReaderError):
    pass


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """`scopes`: (key, label, article ids) for each choice that applies now, the first the default."""

    def __init__(self, scopes: list[tuple[str, str, list[int]]], settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Notes"))
        self.settings = settings
        self.scopes = scopes
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export the highlights and notes of:")))
        self.scope_group = QButtonGroup(self)
        for i, (key, label, ids) in enumerate(scopes):
            button = QRadioButton(label)
            button.setObjectName("scope_" + key)
            button.setEnabled(bool(ids))
            self.scope_group.addButton(button, i)
            layout.addWidget(button)
        first = next((i for i, s in enumerate(scopes) if s[2]), 0)
        self.scope_group.button(first).setChecked(True)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for key, label in (
            ("md", self.tr("Markdown — for Obsidian and other note apps")),
            ("html", self.tr("HTML — one printable page per article")),
            ("pdf", self.tr("PDF")),
            ("json", self.tr("JSON — W3C Web Annotation, can be imported again")),
            ("csv", self.tr("CSV — one row per highlight")),
            ("flashcards", self.tr("Flashcards CSV — highlighted sentence and its translation")),
        ):
            self.format.addItem(label, key)
        saved = settings.value("export/format", "md")
        self.format.setCurrentIndex(max(0, self.format.findData(saved)))
        form.addRow(self.tr("Format:"), self.format)
        self.facts = QCheckBox(self.tr("Include each article's facts"))
        self.facts.setChecked(settings.value("export/facts", False, type=bool))
        form.addRow("", self.facts)
        layout.addLayout(form)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _format_changed(self) -> None:
        self.facts.setEnabled(self.format.currentData() in ("md", "html", "pdf"))

    def choice(self) -> tuple[list[int], str, bool]:
        ids = self.scopes[self.scope_group.checkedId()][2]
        return ids, self.format.currentData(), self.facts.isChecked() and self.facts.isEnabled()


def ask_destination(parent: QWidget, settings: QSettings, ids: list[int], fmt: str, title: str) -> Path | None:
    """A file for one article (and always for JSON and CSV), else a folder."""
    start = settings.value("export/folder", str(Path.home()))
    if fmt in export.PER_ARTICLE and len(ids) > 1:
        folder = QFileDialog.getExistingDirectory(parent, tr("Export Notes into Folder"), start)
        return Path(folder) if folder else None
    default = {"json": "annotations", "csv": "highlights", "flashcards": "flashcards"}.get(fmt) or export.safe_filename(title)
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export Notes"), str(Path(start) / (default + export.SUFFIX[fmt])))
    return Path(path) if path else None


def run_export(parent: QWidget, library, ids: list[int], fmt: str, dest: Path, facts: bool) -> export.ExportResult:
    """Write the export with a progress dialog that can cancel between articles."""
    pdf_writer = None
    if fmt == "pdf":
        from reader.ui.pdf import write_pdf as pdf_writer
    progress = QProgressDialog(tr("Exporting notes…"), tr("Cancel"), 0, len(ids), parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def step(done: int, total: int) -> None:
        progress.setValue(done)
        QApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelled(tr("The export was cancelled; the files written so far are kept."))

    try:
        return export.export(library, ids, fmt, dest, facts=facts, pdf_writer=pdf_writer, progress=step)
    finally:
        progress.close()
        progress.deleteLater()
