"""The article list as a lazy model: it holds the ids of the current filter and fetches the rows
of a page only when the view paints them (Anki's browser does the same), so 100,000 articles cost
a list of ints, not 100,000 row objects."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from reader.core import browse
from reader.core.library import Library

PAGE = 200
LANG_LABELS = {"ko": "KO", "en": "EN", "other": "—"}


class ArticleModel(QAbstractTableModel):
    COLUMNS = ("title", "source", "published", "lang", "tags", "match")
    SORT_KEYS = ("title", "source", "published", "lang", None, None)
    MATCH_COLUMN = 5

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.filter = browse.ArticleFilter()
        self.ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self.snippets: dict[int, str] = {}  # during a search: where each article matches
        self._headers = [self.tr("Title"), self.tr("Source"), self.tr("Date"), self.tr("Lang"), self.tr("Tags"), self.tr("Match")]
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    # --- data ---------------------------------------------------------------------------

    def set_filter(self, f: browse.ArticleFilter) -> None:
        self.beginResetModel()
        self.filter = f
        self.snippets = {}
        self.ids = browse.article_ids(self.library, f, snippets=self.snippets)
        self._rows.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def refresh_rows(self, ids: list[int]) -> None:
        """Re-read some rows (read state, star, tags) without resetting the view."""
        for article_id in ids:
            self._rows.pop(article_id, None)
        for article_id in ids:
            if article_id in self.ids:
                row = self.ids.index(article_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_data(self, row: int) -> dict:
        article_id = self.ids[row]
        data = self._rows.get(article_id)
        if data is None:
            start = max(0, row - PAGE // 4)
            page = [i for i in self.ids[start:start + PAGE] if i not in self._rows]
            self._rows.update(browse.rows(self.library, page))
            data = self._rows.get(article_id) or {"id": article_id, "title": "", "tags": []}
        return data

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, article_id: int) -> int:
        try:
            return self.ids.index(article_id)
        except ValueError:
            return -1

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole})

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Qt asks for a dozen roles per cell on every paint; answer the ones we never set at once.
        if role not in self._ROLES or not index.isValid():
            return None
        row = self.row_data(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return ("★ " if row.get("starred") else "") + (row.get("title") or "")
            if column == "published":
                return (row.get("published") or "")[:10]
            if column == "lang":
                return LANG_LABELS.get(row.get("lang"), row.get("lang"))
            if column == "tags":
                return ", ".join(row.get("tags", []))
            if column == "match":
                return _lead_to_hit(self.snippets.get(row.get("id"), ""))
            return row.get(column, "")
        if role == Qt.ItemDataRole.FontRole and not row.get("is_read"):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "match"):
            return row.get("title") if column == "title" else self.snippets.get(row.get("id"), "").replace("**", "")
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS[column]
        if key is None or self.filter.query:
            return  # search results stay in rank order
        self.filter.sort = key
        self.filter.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


def _lead_to_hit(snippet: str, lead: int = 12) -> str:
    """A list cell is narrow: start the snippet a few characters before its first hit."""
    first = snippet.find("**")
    if first <= lead + 1:
        return snippet
    return "…" + snippet[first - lead:].lstrip()
