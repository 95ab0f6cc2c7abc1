"""Table models of the import wizard: the file preview and the per-person update choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.roster.columns import FIELDS
from app.roster.import_plan import PlannedPerson

AnyIndex = QModelIndex | QPersistentModelIndex
MUTED = QColor("#8a8a8a")


class PreviewModel(QAbstractTableModel):
    """The first rows of the file under its headers; row 0 is left for the mapping combos.

    Rows are numbered as the spreadsheet numbers them, so the coordinator can find them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._numbers: list[int] = []
        self._kept: set[int] = set()  # columns kept as custom fields or ignored: muted

    def set_preview(self, headers: list[str], rows: list[list[str]], numbers: list[int]) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._numbers = list(headers), rows, numbers
        self._kept = set()
        self.endResetModel()

    def set_muted_columns(self, columns: set[int]) -> None:
        self._kept = set(columns)
        if self._rows:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(1, 0), last, [Qt.ItemDataRole.ForegroundRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() == 0:
            return None
        cells = self._rows[index.row() - 1]
        value = cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            # One line per cell: long answers are shortened here, whole in the tooltip.
            flat = " ".join(value.split())
            return flat if len(flat) <= 80 else flat[:79] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(value) > 40:
            return value[:2000]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in self._kept:
            return MUTED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._headers[section]
        elif orientation == Qt.Orientation.Vertical and 0 <= section <= len(self._rows):
            if role == Qt.ItemDataRole.DisplayRole:
                if section == 0:
                    return self.tr("Maps to")
                return str(self._numbers[section - 1])
            if role == Qt.ItemDataRole.FontRole and section == 0:
                font = QFont()
                font.setBold(True)
                return font
        return None


def change_line(label: str, old: str, new: str) -> str:
    """``Phone: (blank) → 555-0100``, in the window's language."""
    from ui.dialogs.import_wizard.mapping_page import field_label  # it imports this module

    field = next((key for key, text in FIELDS.items() if text == label), None)
    return QCoreApplication.translate("ChangesModel", "{field}: {old} → {new}").format(
        field=field_label(field) if field else label,
        old=old or QCoreApplication.translate("ChangesModel", "(blank)"),
        new=new,
    )


def changes_text(person: PlannedPerson) -> str:
    return "; ".join(change_line(c.label, c.old, c.new) for c in person.changes)


CHANGE_HEADERS = (
    QT_TRANSLATE_NOOP("ChangesModel", "Update"),
    QT_TRANSLATE_NOOP("ChangesModel", "Row"),
    QT_TRANSLATE_NOOP("ChangesModel", "Name"),
    QT_TRANSLATE_NOOP("ChangesModel", "Email"),
    QT_TRANSLATE_NOOP("ChangesModel", "What would change"),
)


class ChangesModel(QAbstractTableModel):
    """Returning people whose details differ; the check box says update (✓) or keep."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PlannedPerson] = []
        self._update: list[bool] = []

    def set_people(self, people: list[PlannedPerson], kept: set[str]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._update = [p.email_key not in kept for p in people]
        self.endResetModel()

    def set_all(self, update: bool) -> None:
        self._update = [update] * len(self._people)
        if self._people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._people) - 1, 0))

    def kept(self) -> set[str]:
        """The emails of the people whose stored details stay as they are."""
        return {p.email_key for p, u in zip(self._people, self._update, strict=True) if not u}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHANGE_HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, column = self._people[index.row()], index.column()
        if column == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = self._update[index.row()]
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Update") if self._update[index.row()] else self.tr("Keep")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(person.row), person.name, person.email, changes_text(person))[column - 1]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return "\n".join(change_line(c.label, c.old, c.new) for c in person.changes)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self._update[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index)
            return True
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ChangesModel", CHANGE_HEADERS[section])
        return None
