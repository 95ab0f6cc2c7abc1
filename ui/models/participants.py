"""The roster table: a lazy model over ``ParticipantRow`` and its search/role filter.

The model holds every row of the cycle but hands them to the view in batches
(``canFetchMore``/``fetchMore``). Sorting happens on the Python list (one key sort, fast at
50,000 rows) rather than through per-comparison calls into ``data()``; the proxy only
filters, using a folded search key precomputed per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.roster.service import ParticipantRow
from ui.models.search import fold

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
ParticipantRowRole = Qt.ItemDataRole.UserRole + 2
SearchKeyRole = Qt.ItemDataRole.UserRole + 3

BATCH_SIZE = 500
AnyIndex = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {"active": "Active", "withdrawn": "Withdrawn"}


@dataclass(frozen=True)
class _Column:
    title: str
    text: Callable[[ParticipantRow], str]
    sort_key: Callable[[ParticipantRow], Any]
    tooltip: str = ""


def _yes(flag: bool) -> str:
    return "Yes" if flag else ""


COLUMNS: tuple[_Column, ...] = (
    _Column("Name", lambda r: r.name, lambda r: (fold(r.last_name), fold(r.first_name))),
    _Column("Email", lambda r: r.email, lambda r: r.email.casefold()),
    _Column("Role", lambda r: r.role, lambda r: r.role),
    _Column("Institution", lambda r: r.institution, lambda r: fold(r.institution)),
    _Column("City", lambda r: r.city, lambda r: fold(r.city)),
    _Column("Province", lambda r: r.province, lambda r: r.province),
    _Column("Languages", lambda r: ", ".join(r.languages), lambda r: r.languages),
    _Column("Interests", lambda r: ", ".join(r.interests), lambda r: r.interests),
    _Column(
        "Capacity",
        lambda r: str(r.capacity),
        lambda r: r.capacity,
        "How many mentees a mentor can take",
    ),
    _Column("Status", lambda r: STATUS_LABELS.get(r.status, r.status), lambda r: r.status),
    _Column(
        "Returning",
        lambda r: _yes(r.returning),
        lambda r: r.returning,
        "Took part in an earlier cycle",
    ),
    _Column(
        "Matched", lambda r: _yes(r.matched), lambda r: r.matched, "In a proposed or live match"
    ),
)
CAPACITY_COLUMN = 8
WITHDRAWN_COLOUR = QColor("#8a8a8a")


def search_key(row: ParticipantRow) -> str:
    return fold(" ".join((row.name, row.first_name, row.email, row.institution)))


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._keys: list[str] = []
        self._visible: list[bool] = []  # the filter's answer per row, kept in row order
        self._words: list[str] = []
        self._role: str | None = None
        self._loaded = 0

    # -- content ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [search_key(r) for r in self._rows]
        self._visible[:] = self._matches()
        self._loaded = min(BATCH_SIZE, len(self._rows))
        self.endResetModel()

    def visibility(self) -> list[bool]:
        """Whether each row passes the filter; the same list object for the model's life."""
        return self._visible

    def set_filter(self, words: list[str], role: str | None) -> None:
        """Recompute ``visibility()``: every word in the search key, and the role."""
        self._words, self._role = words, role
        self._visible[:] = self._matches()

    def _matches(self) -> list[bool]:
        # One pass per word over plain lists: a few milliseconds at 50,000 rows.
        visible = [True] * len(self._rows)
        if self._role:
            visible = [row.role == self._role for row in self._rows]
        for word in self._words:
            visible = [v and word in key for v, key in zip(visible, self._keys, strict=True)]
        return visible

    def total(self) -> int:
        """Every row of the cycle, fetched by the view or not."""
        return len(self._rows)

    def all_rows(self) -> list[ParticipantRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def fetch_all(self) -> None:
        if self.canFetchMore(QModelIndex()):
            self._fetch(len(self._rows) - self._loaded)

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            self._fetch(BATCH_SIZE)

    def _fetch(self, count: int) -> None:
        count = min(count, len(self._rows) - self._loaded)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[column].text(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "withdrawn":
            return WITHDRAWN_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CAPACITY_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ParticipantIdRole:
            return row.id
        if role == ParticipantRowRole:
            return row
        if role == SearchKeyRole:
            return self._keys[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].tooltip:
            return COLUMNS[section].tooltip
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._rows]
        key = COLUMNS[column].sort_key
        triples = sorted(
            zip(self._rows, self._keys, self._visible, strict=True),
            key=lambda triple: key(triple[0]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [t[0] for t in triples]
        self._keys = [t[1] for t in triples]
        self._visible[:] = [t[2] for t in triples]
        new_row = {r.id: i for i, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            moved = new_row[old_ids[index.row()]]
            # A selected row sorted beyond the fetched rows drops out of the selection.
            target = self.index(moved, index.column()) if moved < self._loaded else QModelIndex()
            self.changePersistentIndex(index, target)
        self.layoutChanged.emit()


class ParticipantFilterProxy(QSortFilterProxyModel):
    """Filters by folded search words (all must appear) and a role; the source sorts.

    The source computes the answer for every row in one list comprehension, so the
    per-row ``filterAcceptsRow`` call is a list lookup.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._role: str | None = None
        self._visible: list[bool] = []

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ParticipantTableModel)
        self._visible = model.visibility()
        super().setSourceModel(model)

    def source(self) -> ParticipantTableModel:
        model = self.sourceModel()
        assert isinstance(model, ParticipantTableModel)
        return model

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            self._needle = needle
            self._apply()

    def set_role(self, role: str | None) -> None:
        if role != self._role:
            self._role = role
            self._apply()

    def _apply(self) -> None:
        self.beginFilterChange()
        source = self.source()
        source.set_filter(self._needle.split(), self._role)
        if self._needle or self._role:
            source.fetch_all()  # filter every row, not only those shown so far
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._visible[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
