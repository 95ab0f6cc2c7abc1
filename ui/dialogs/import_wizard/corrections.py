"""The rejected rows as an editable table: the coordinator corrects a cell and checks again.

The corrections live only in the wizard and are handed to the dry run and the import
(``import_roster(corrections=…)``); the file itself is never changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.roster.batches import open_table
from app.roster.importer import ImportReport
from ui.core_text import problem_text

Index = QModelIndex | QPersistentModelIndex
_ERROR_BRUSH = QBrush(QColor("#f8d7d3"))
_EDITED_BRUSH = QBrush(QColor("#fff3c4"))


def read_rejected(
    path: Path, sheet: str | None, wanted: set[int]
) -> tuple[list[str], dict[int, list[str]]]:
    """The file's headers and the cells of the rows numbered in ``wanted`` (read off the
    GUI thread, with the dry run that rejected them)."""
    source = open_table(path, sheet)
    found: dict[int, list[str]] = {}
    if wanted:
        for rows in source.batches():
            found.update((number, list(cells)) for number, cells in rows if number in wanted)
    return list(source.table.headers), found


class CorrectionsModel(QAbstractTableModel):
    """One line per rejected row, one column per mapped column of the file."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []  # the columns shown
        self.positions: list[int] = []  # their place in the file's rows
        self.rows: list[int] = []  # file row numbers
        self.cells: dict[int, list[str]] = {}  # as read from the file
        self.errors: dict[tuple[int, str], str] = {}
        self.edits: dict[int, dict[str, str]] = {}  # kept across checks, by header

    def show(self, report: ImportReport, headers: list[str], cells: dict[int, list[str]]) -> None:
        self.beginResetModel()
        named = {r.column for r in report.rejected}
        shown = [h for h in headers if h in report.mapping or h in named]
        self.headers = shown
        self.positions = [headers.index(h) for h in shown]
        self.rows = sorted({r.row for r in report.rejected if r.row in cells})
        self.cells = cells
        self.errors = {}
        for r in report.rejected:
            key = (r.row, r.column)
            text = problem_text(r.error)
            self.errors[key] = f"{self.errors[key]}\n{text}" if key in self.errors else text
        self.endResetModel()

    def clear_edits(self) -> None:
        self.beginResetModel()
        self.edits = {}
        self.endResetModel()

    def corrections(self) -> dict[int, dict[str, str]]:
        """The edited cells that differ from the file, by row number and header."""
        return {row: dict(cells) for row, cells in self.edits.items() if cells}

    def original(self, row: int, column: int) -> str:
        cells = self.cells.get(row, [])
        position = self.positions[column]
        return cells[position] if position < len(cells) else ""

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return self.tr("Row {number}").format(number=self.rows[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, header = self.rows[index.row()], self.headers[index.column()]
        edited = self.edits.get(row, {}).get(header)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return edited if edited is not None else self.original(row, index.column())
        error = self.errors.get((row, header))
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.BackgroundRole:
            if edited is not None:  # corrected: to be checked again
                return _EDITED_BRUSH
            return _ERROR_BRUSH if error else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, header = self.rows[index.row()], self.headers[index.column()]
        text = str(value)
        edits = self.edits.setdefault(row, {})
        if text == self.original(row, index.column()):
            edits.pop(header, None)
        else:
            edits[header] = text
        self.dataChanged.emit(index, index)
        return True


class CorrectionsPanel(QWidget):
    """The editable rejected rows and the "Check again" button."""

    recheckRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CorrectionsModel(self)
        self.model.dataChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setMinimumSectionSize(110)
        self.view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.note = QLabel(
            self.tr(
                "Correct the highlighted cells here (point at one to see what is wrong), "
                "then check again. The file itself is not changed."
            )
        )
        self.note.setWordWrap(True)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setAutoDefault(False)
        self.recheck_button.setToolTip(
            self.tr("Check the rows again with your corrections; nothing is saved yet")
        )
        self.recheck_button.clicked.connect(self.recheckRequested)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._update()

    def _update(self, *_args: Any) -> None:
        self.recheck_button.setEnabled(bool(self.model.corrections()))

    def show_rows(
        self, report: ImportReport, headers: list[str], cells: dict[int, list[str]]
    ) -> None:
        self.model.show(report, headers, cells)
        self.view.resizeColumnsToContents()
        self.setVisible(bool(self.model.rows))

    def corrections(self) -> dict[int, dict[str, str]]:
        return self.model.corrections()
