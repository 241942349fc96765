"""Paints a search snippet with its hits marked: the core marks them **like this**."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate


class SnippetDelegate(QStyledItemDelegate):
    def __init__(self, hit_colour: str, parent=None):
        super().__init__(parent)
        self.hit_colour = hit_colour

    def paint(self, painter, option, index):
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetricsF(option.font)
        rect = QRectF(option.rect.adjusted(4, 0, -4, 0))
        x = rect.left()
        baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2
        painter.save()
        painter.setFont(option.font)
        pen = option.palette.highlightedText().color() if selected else option.palette.text().color()
        for i, piece in enumerate(text.split("**")):
            if not piece:
                continue
            width = metrics.horizontalAdvance(piece)
            if x + width > rect.right():
                piece = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, rect.right() - x)
                width = metrics.horizontalAdvance(piece)
            if i % 2 and not selected:  # odd pieces sat between ** marks: the hits
                painter.fillRect(QRectF(x - 1, rect.top() + 3, width + 2, rect.height() - 6), QColor(self.hit_colour))
            painter.setPen(pen)
            painter.drawText(int(x), int(baseline), piece)
            x += width
            if x >= rect.right():
                break
        painter.restore()
