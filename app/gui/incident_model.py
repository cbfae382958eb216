"""The incident list as a Qt model over core queries, smooth at 100,000 incidents.

The model holds the ordered keys of the matching incidents (integers, found by a worker) and
fetches the visible rows a page at a time: one indexed query of at most PAGE rows, cached in a
small LRU. It never holds a copy of the vault.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.core.records.search import Summary, summaries
from app.core.storage.database import Connection
from app.gui.icons import type_icon
from app.gui.labels import platform_label, type_label, type_short_label
from app.gui.locale_format import clock, left_to_right, moment

PAGE = 100
CACHED_PAGES = 24
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

# Column order; the sort key of each is a key of app.core.records.search.SORT_KEYS.
COLUMNS = ("date", "type", "title", "platform", "accounts", "evidence")

ModelIndex = QModelIndex | QPersistentModelIndex


class IncidentTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending: the owner re-queries in a worker

    def __init__(self, connection: Callable[[], Connection], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self._seqs: list[int] = []
        self._pages: OrderedDict[int, list[Summary]] = OrderedDict()
        self._headers = (self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("Platform"),
                         self.tr("Accounts"), self.tr("Evidence"))

    def set_rows(self, seqs: list[int]) -> None:
        self.beginResetModel()
        self._seqs = seqs
        self._pages.clear()
        self.endResetModel()

    def clear(self) -> None:
        """On lock: drop every cached row so nothing of the vault stays in memory via the model."""
        self.set_rows([])

    def refresh_rows(self) -> None:
        """Rows changed in place (an edit): forget cached pages, keep the order."""
        self._pages.clear()
        if self._seqs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._seqs) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._seqs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _summary(self, row: int) -> Summary | None:
        page_number = row // PAGE
        page = self._pages.get(page_number)
        if page is None:
            wanted = self._seqs[page_number * PAGE : (page_number + 1) * PAGE]
            page = summaries(self._connection(), wanted)
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row - page_number * PAGE
        return page[offset] if offset < len(page) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._seqs):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "type":
            return type_icon(summary.type)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "accounts"):
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("type", "date"):
            return type_label(summary.type) if column == "type" else summary.occurred
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "evidence":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        return None

    def _display(self, s: Summary, column: str) -> str:
        if column == "date":
            return compact_when(s.occurred or s.sort_time)
        if column == "type":
            return type_short_label(s.type)
        if column == "title":
            return s.title
        if column == "platform":
            return platform_label(s.platform) if s.platform else ""
        if column == "accounts":
            return left_to_right(s.accounts)
        return str(s.evidence_count) if s.evidence_count else ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def row_of_seq(self, seq: int) -> int:
        """The row of the incident with key `seq`, or -1 if the current rows do not include it."""
        try:
            return self._seqs.index(seq)
        except ValueError:
            return -1


def compact_when(occurred: str) -> str:
    """Compact date for the list: minutes at most, a range as 'start – end', its end without the
    date when both are times of one day (grouped messages), so the column need not be wider."""
    parts = occurred.split("/")
    if len(parts) == 2 and "T" in parts[0] and "T" in parts[1] and parts[0][:10] == parts[1][:10]:
        return f"{moment(parts[0])} – {clock(parts[1])}"
    return " – ".join(moment(part) for part in parts)
