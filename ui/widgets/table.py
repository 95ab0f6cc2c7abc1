"""Table views configured the same way on every page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.rows import RowRole, SortRole


def make_table(
    model: QAbstractItemModel,
    *,
    multi_select: bool = True,
    sortable: bool = True,
    parent: QWidget | None = None,
) -> QTableView:
    """A row-selecting table; small models get a sorting proxy on ``SortRole``."""
    view = QTableView(parent)
    if sortable and not isinstance(model, QSortFilterProxyModel):
        proxy = QSortFilterProxyModel(view)
        proxy.setSortRole(SortRole)
        proxy.setSourceModel(model)
        model = proxy
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = (
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setSelectionMode(mode)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # Start in the order the service gave (no sort column) until a header is clicked.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def selected_rows(view: QTableView, role: int = RowRole) -> list[Any]:
    """The rows (``role`` data of column 0) selected in ``view``, top to bottom."""
    selection = view.selectionModel()
    if selection is None:
        return []
    indexes = sorted(selection.selectedRows(0), key=lambda i: i.row())
    return [i.data(role) for i in indexes]


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    """Give columns sensible starting widths (in average characters), never narrower than
    their title: translated titles are longer than the English ones the widths were set for."""
    char = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    model = view.model()
    for column, chars in widths.items():
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        # Room for the sort arrow and the section's margins beside the title.
        needed = header.fontMetrics().horizontalAdvance(str(title or "")) + 32
        view.setColumnWidth(column, max(chars * char + 24, needed))
