"""Facts across the library: filter by kind, name, value range and date; each row opens its
article at the fact; the rows export as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressDialog, QPushButton, QTableView, QVBoxLayout,
)

from reader.core.facts import store
from reader.core.facts.model import KINDS
from reader.core.library import Library
from reader.ui import icons
from reader.ui.facts_layer import kind_label


class FactsView(QDialog):
    openFact = Signal(int, int, int)  # article id, start, end

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Facts in the Library"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name or text contains…"))
        self.min_value = QLineEdit()
        self.min_value.setPlaceholderText(self.tr("min"))
        self.max_value = QLineEdit()
        self.max_value.setPlaceholderText(self.tr("max"))
        self.date_from = QDateEdit(QDate(1900, 1, 1))
        self.date_to = QDateEdit(QDate(2100, 12, 31))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        for widget in (self.min_value, self.max_value):
            widget.setMaximumWidth(90)
        filters.addWidget(self.kind)
        filters.addWidget(self.name, 1)
        filters.addWidget(QLabel(self.tr("Value")))
        filters.addWidget(self.min_value)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.max_value)
        filters.addWidget(QLabel(self.tr("Dates")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        layout.addLayout(filters)

        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Fact"), self.tr("Value"), self.tr("Article"), self.tr("Date")])
        self.table = QTableView()
        self.table.setObjectName("factsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        export = QPushButton(icons.icon("fa5s.file-csv"), self.tr("Export CSV…"))
        export.clicked.connect(self.choose_csv)
        bottom.addWidget(export)
        layout.addLayout(bottom)

        for signal in (self.kind.currentIndexChanged, self.name.textChanged, self.min_value.textChanged, self.max_value.textChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self.reload)
        self._bring_up_to_date(library)
        self.reload()

    def _bring_up_to_date(self, library: Library) -> None:
        """The facts are derived data, found again for the articles that changed (all of them after a
        glossary edit): a progress dialog, which can be cancelled, when that takes a while."""
        progress: list[QProgressDialog] = []

        def step(done: int, total: int) -> None:
            if not progress and total >= 50:
                dialog = QProgressDialog(self.tr("Finding facts in the library…"), self.tr("Cancel"), 0, total, self)
                dialog.setWindowModality(Qt.WindowModality.WindowModal)
                dialog.setMinimumDuration(300)
                progress.append(dialog)
            if progress:
                progress[0].setValue(done)
                QApplication.processEvents()

        store.refresh(library, progress=step, cancelled=lambda: bool(progress) and progress[0].wasCanceled())
        if progress:
            progress[0].close()

    def current_query(self) -> store.FactQuery:
        def number(edit: QLineEdit):
            try:
                return float(edit.text().replace(",", "")) if edit.text().strip() else None
            except ValueError:
                return None

        date_from = self.date_from.date().toString("yyyy-MM-dd")
        date_to = self.date_to.date().toString("yyyy-MM-dd")
        return store.FactQuery(
            kind=self.kind.currentData(), name=self.name.text().strip(), min_value=number(self.min_value), max_value=number(self.max_value),
            date_from=None if date_from == "1900-01-01" else date_from, date_to=None if date_to == "2100-12-31" else date_to,
        )

    def reload(self, *_):
        self.rows = store.query(self.library, self.current_query())
        self.model.setRowCount(0)
        for row in self.rows:
            value = row["value"]
            shown = f"{value:,}" if isinstance(value, (int, float)) else (" – ".join(map(str, value)) if isinstance(value, list) else str(value))
            items = [QStandardItem(kind_label(row["kind"])), QStandardItem(row["text"]),
                     QStandardItem(f"{shown} {row['unit'] or ''}".strip()), QStandardItem(row["title"]), QStandardItem((row["published"] or "")[:10])]
            items[0].setData(row, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%n fact(s)", "", len(self.rows)))

    def _open(self, index) -> None:
        row = self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.openFact.emit(row["article_id"], row["start"], row["end"])

    def export(self, path: Path) -> Path:
        return store.export_csv(self.rows, path)

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Facts"), "facts.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export(Path(path))
