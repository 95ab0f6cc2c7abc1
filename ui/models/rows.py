"""A small read-only table model over a list of plain rows, described by its columns.

Used for the short lists (matches, proposals, meetings, backups); the roster, which can be
large, has its own lazy model.

Column titles and header tips are English source text, translated when the header is shown
(context ``"Column"``): a module-level table marks them with
``QT_TRANSLATE_NOOP("Column", "Mentor")`` so lupdate extracts them, and they follow the
language loaded at start whenever the module was imported. A title already translated
(``self.tr(...)`` when the columns are built) passes through unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

RowRole = Qt.ItemDataRole.UserRole + 1
"""The plain row object behind a line."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts naturally (numbers and dates, not their text)."""
ValueRole = Qt.ItemDataRole.UserRole + 3
"""A number a delegate draws (the score bar)."""

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMN_CONTEXT = "Column"


def column_text(text: str) -> str:
    """A column title or header tip in the window's language."""
    return QCoreApplication.translate(COLUMN_CONTEXT, text) if text else text


def _sortable(value: Any) -> Any:
    """A value Qt can compare: numbers stay numbers, dates become ISO text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    return str(value).casefold()


@dataclass(frozen=True)
class Column(Generic[R]):
    """A table column: its title, its text for a row, how it sorts and its number."""

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    value: Callable[[R], float] | None = None
    tooltip: Callable[[R], str] | None = None
    header_tip: str = ""
    align_right: bool = False
    colour: Callable[[R], str] | None = None
    """The row's text colour in this column (a status), when it has one."""


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self.muted: Callable[[R], bool] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == SortRole:
            return _sortable(column.sort_key(row) if column.sort_key else column.text(row))
        if role == ValueRole:
            return column.value(row) if column.value else None
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.colour(row) if column.colour else None
            if self.muted and self.muted(row):
                colour = "#8a8a8a"
            if colour:
                from PySide6.QtGui import QColor

                return QColor(colour)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_text(self._columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].header_tip:
            return column_text(self._columns[section].header_tip)
        return None
