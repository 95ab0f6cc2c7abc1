"""A table model that hands its rows to the view in batches, so 50,000 rows stay instant."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

BATCH_SIZE = 500
AnyIndex = QModelIndex | QPersistentModelIndex


class BatchedTableModel(QAbstractTableModel):
    """Rows ``0.._loaded`` are visible; the view asks for more as it scrolls.

    Subclasses say how many rows they could show (``available``) and reset ``_loaded``
    to ``first_batch()`` when they load new rows.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._loaded = 0

    def available(self) -> int:
        raise NotImplementedError

    def first_batch(self) -> int:
        return min(BATCH_SIZE, self.available())

    def fetch_all(self) -> None:
        self._fetch(self.available() - self._loaded)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._loaded < self.available()

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            self._fetch(BATCH_SIZE)

    def _fetch(self, count: int) -> None:
        count = min(count, self.available() - self._loaded)
        if count > 0:
            self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
            self._loaded += count
            self.endInsertRows()
