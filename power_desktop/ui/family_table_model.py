"""The families list as a Qt table model that fetches a page at a time.

Opening the list costs one page however many families there are; scrolling near the end asks
for the next page (canFetchMore / fetchMore), by keyset so that page 1,000 is as quick as page 1.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)

from power_desktop.services import Services
from power_desktop.services.registration import SortKey
from power_desktop.services.results import FamilyRow

from . import i18n

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class FamilyTableModel(QAbstractTableModel):
    COLUMNS = ("family_id", "head_name", "member_count", "locality", "district", "mobile",
               "created_at", "created_by")
    SORTABLE = {"created_at": "created", "district": "district"}

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[FamilyRow] = []
        self.sort_key: SortKey = "created"
        self.descending = True
        self._more = True
        self.headers = [self.tr("Family ID"), self.tr("Head of family"), self.tr("Members"),
                        self.tr("Locality"), self.tr("District"), self.tr("Mobile"),
                        self.tr("Registered"), self.tr("By")]

    # --- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.services.registration.page(self.sort_key, self.descending, None, PAGE)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.rows:
            return
        after = self.services.registration.sort_key(self.rows[-1], self.sort_key)
        page = self.services.registration.page(self.sort_key, self.descending, after, PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    # --- the model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, column)
            if column == "created_at":
                utc = QDateTime(value.date(), value.time(), QTimeZone.utc())
                return utc.toLocalTime().toString("dd/MM/yyyy HH:mm")
            if column == "mobile":
                return value or ""
            if column == "district":
                return i18n.district_name(value)
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.family_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "member_count":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTABLE.get(self.COLUMNS[column])
        if key is None:
            return
        self.sort_key = key  # type: ignore[assignment]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
