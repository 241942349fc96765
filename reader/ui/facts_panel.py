"""The facts panel: a legend that doubles as the switches of the facts layer (one per kind, and the
whole layer), then the article's facts grouped by kind; clicking one scrolls the article to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reader.core.facts.model import KINDS
from reader.ui.facts_layer import COLOURS, describe, kind_label


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    tint = QColor(colour)
    tint.setAlpha(90)
    painter.fillRect(0, 0, size, size - 3, tint)
    painter.fillRect(0, size - 3, size, 3, QColor(colour))
    painter.end()
    return QIcon(pixmap)


class FactsPanel(QWidget):
    kindsChanged = Signal(set)
    factActivated = Signal(object)  # a Fact

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("factsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.master = QCheckBox(self.tr("Highlight facts"))
        self.master.setObjectName("factsMaster")
        self.master.setChecked(True)
        self.master.toggled.connect(self._changed)
        layout.addWidget(self.master)
        grid = QGridLayout()
        grid.setContentsMargins(14, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, kind in enumerate(KINDS):
            box = QCheckBox(kind_label(kind))
            box.setObjectName("facts_" + kind)
            box.setIcon(swatch(COLOURS[kind]))
            box.setChecked(True)
            box.toggled.connect(self._changed)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[kind] = box
        layout.addLayout(grid)
        self.tree = QTreeWidget()
        self.tree.setObjectName("factsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout.addWidget(self.tree, 1)

    def kinds(self) -> set[str]:
        if not self.master.isChecked():
            return set()
        return {kind for kind, box in self.boxes.items() if box.isChecked()}

    def set_kinds(self, kinds: set[str], master: bool = True) -> None:
        for kind, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(kind in kinds)
            box.blockSignals(False)
        self.master.setChecked(master)
        self._changed()

    def _changed(self, *_):
        for box in self.boxes.values():
            box.setEnabled(self.master.isChecked())
        self.kindsChanged.emit(self.kinds())

    def show_facts(self, facts: list) -> None:
        self.tree.clear()
        for kind in KINDS:
            group = [f for f in facts if f.kind == kind]
            if not group:
                continue
            parent = QTreeWidgetItem([f"{kind_label(kind)}  ({len(group)})"])
            parent.setIcon(0, swatch(COLOURS[kind]))
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for fact in group:
                child = QTreeWidgetItem([fact.text, describe(fact).split(": ", 1)[-1]])
                child.setData(0, Qt.ItemDataRole.UserRole, fact)
                child.setToolTip(0, describe(fact))
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        fact = item.data(0, Qt.ItemDataRole.UserRole)
        if fact is not None:
            self.factActivated.emit(fact)
