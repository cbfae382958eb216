"""The accounts registry as a Qt table model: a big vault has thousands of accounts.

The model keeps the list a worker read (app.core.records.account_registry.list_accounts) and formats a
cell only when the view asks for it, i.e. for the rows on screen; sorting reorders that list in
place, so no table items are ever made for the whole registry on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.core.records.account_registry import Account
from app.gui.labels import platform_label
from app.gui.locale_format import moment

ModelIndex = QModelIndex | QPersistentModelIndex
INCIDENTS_COLUMN = 5


def day(stored: str | None) -> str:
    """A stored UTC time in the user's locale, to the minute; '' when unknown."""
    return moment(stored) if stored else ""


# What each column shows and sorts by; times sort as stored (UTC ISO text sorts as time does).
_COLUMNS: tuple[tuple[Callable[[Account], Any], Callable[[Account], Any]], ...] = (
    (lambda a: platform_label(a.platform), lambda a: platform_label(a.platform).casefold()),
    (lambda a: a.handle, lambda a: a.handle.casefold()),
    (lambda a: a.display_name, lambda a: a.display_name.casefold()),
    (lambda a: day(a.first_seen), lambda a: a.first_seen or ""),
    (lambda a: day(a.last_seen), lambda a: a.last_seen or ""),
    (lambda a: a.incident_count, lambda a: a.incident_count),  # a number: the view right-aligns it
)


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (self.tr("Platform"), self.tr("Handle"), self.tr("Display name"),
                         self.tr("First seen (UTC)"), self.tr("Last seen (UTC)"), self.tr("Incidents"))

    def set_accounts(self, accounts: list[Account]) -> None:
        """A new reading of the registry, kept in the order the user last sorted by."""
        self.beginResetModel()
        self._accounts = list(accounts)
        if self._sort is not None:
            self._order(*self._sort)
        self.endResetModel()

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, *, handle: str | None = None, account_id: int | None = None) -> int:
        """The row of the account with this handle or id; -1 when it is not listed."""
        return next((r for r, a in enumerate(self._accounts) if a.handle == handle or a.id == account_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[index.column()][0](self._accounts[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == INCIDENTS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        # The selection and the current row follow their accounts to the new rows.
        before = self.persistentIndexList()
        ids = [self._accounts[index.row()].id for index in before]
        self._order(column, order)
        rows = {a.id: row for row, a in enumerate(self._accounts)}
        self.changePersistentIndexList(before, [self.index(rows[i], index.column()) for i, index in zip(ids, before)])
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> None:
        key = _COLUMNS[column][1]
        # The handle breaks ties, so equal counts or dates come in a stable, readable order.
        self._accounts.sort(key=lambda a: a.handle.casefold())
        self._accounts.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
