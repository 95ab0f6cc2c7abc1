"""The tables of the next-cycle screen: live pairs and groups with their decision, and the
people with their answer about returning. Both hold plain rows and the choices made."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.cycles.decisions import PersonAnswer, Relation
from ui.models import labels

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(code, label)] an editable cell offers
CODE_ROLE = Qt.ItemDataRole.UserRole + 2  # the code a cell holds
Index = QModelIndex | QPersistentModelIndex


def decision_choices() -> list[tuple[str, str]]:
    return [
        ("continue", QCoreApplication.translate("NextCycle", "Continue")),
        ("rematch", QCoreApplication.translate("NextCycle", "Re-match")),
        ("close", QCoreApplication.translate("NextCycle", "Close")),
    ]


def category_choices() -> list[tuple[str, str]]:
    return [
        ("cycle_ended", QCoreApplication.translate("NextCycle", "Cycle ended")),
        ("goals_met", QCoreApplication.translate("NextCycle", "Goals met")),
        ("moved", QCoreApplication.translate("NextCycle", "Moved away")),
        ("no_contact", QCoreApplication.translate("NextCycle", "No contact")),
        ("conflict", QCoreApplication.translate("NextCycle", "Conflict")),
        ("other", QCoreApplication.translate("NextCycle", "Other")),
    ]


def answer_choices() -> list[tuple[str, str]]:
    return [
        ("", QCoreApplication.translate("NextCycle", "Not known")),
        ("returning", QCoreApplication.translate("NextCycle", "Returning")),
        ("leaving", QCoreApplication.translate("NextCycle", "Leaving")),
    ]


def _label(choices: list[tuple[str, str]], code: str) -> str:
    return dict(choices).get(code, code)


class RelationsModel(QAbstractTableModel):
    """Live pairs and groups; the decision, closing reason and note are editable."""

    choicesChanged = Signal()
    DECISION, CATEGORY, NOTE = 4, 5, 6

    def __init__(self, relations: list[Relation], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = relations
        self.decisions = {r.key: r.decision for r in relations}
        self.categories = {r.key: r.end_category or "cycle_ended" for r in relations}
        self.notes = {r.key: r.end_reason for r in relations}

    def headers(self) -> list[str]:
        return [
            self.tr("Pair or group"),
            self.tr("Status"),
            self.tr("Last contact"),
            self.tr("Suggested"),
            self.tr("Decision"),
            self.tr("Closing reason"),
            self.tr("Note"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        closing = self.decisions[self.rows[index.row()].key] == "close"
        if index.column() == self.DECISION or (index.column() > self.DECISION and closing):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        closing = self.decisions[row.key] == "close"
        if role == CHOICES_ROLE:
            return {self.DECISION: decision_choices(), self.CATEGORY: category_choices()}.get(
                column
            )
        if role == CODE_ROLE:
            return {
                self.DECISION: self.decisions[row.key],
                self.CATEGORY: self.categories[row.key],
            }.get(column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            kind = self.tr("Group") if row.kind == "group" else ""
            return f"{row.title} ({kind})" if kind else row.title
        if column == 1:
            return labels.match_status(row.status)
        if column == 2:
            if row.last_contact is None:
                return self.tr("Never")
            from ui.pages.wording import day

            return day(row.last_contact)  # the app's one date format
        if column == 3:
            return _label(decision_choices(), row.default)
        if column == self.DECISION:
            return _label(decision_choices(), self.decisions[row.key])
        if column == self.CATEGORY:
            return _label(category_choices(), self.categories[row.key]) if closing else ""
        return self.notes[row.key] if closing else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.rows[index.row()].key
        store = {self.DECISION: self.decisions, self.CATEGORY: self.categories}.get(
            index.column(), self.notes
        )
        store[key] = str(value)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        self.choicesChanged.emit()
        return True

    def set_all(self, decision: str, only_on_track: bool = False) -> None:
        for row in self.rows:
            if not only_on_track or row.default == "continue":
                self.decisions[row.key] = decision
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 6))
        self.choicesChanged.emit()

    def chosen(self) -> dict[tuple[str, int], str]:
        return dict(self.decisions)


class PeopleModel(QAbstractTableModel):
    """The old cycle's people; "Coming back" is editable."""

    choicesChanged = Signal()
    ANSWER = 3

    def __init__(self, people: list[PersonAnswer], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = people
        self.answers = {p.participant_id: p.answer for p in people}
        self.carried: frozenset[int] = frozenset()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Name"),
                self.tr("Email"),
                self.tr("Role"),
                self.tr("Coming back"),
                self.tr("Next cycle"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.ANSWER:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, column = self.rows[index.row()], index.column()
        if role == CHOICES_ROLE and column == self.ANSWER:
            return answer_choices()
        if role == CODE_ROLE and column == self.ANSWER:
            return self.answers[person.participant_id]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == self.ANSWER:
            return _label(answer_choices(), self.answers[person.participant_id])
        if column == 4:
            carried = person.participant_id in self.carried
            return self.tr("Carried") if carried else self.tr("Not carried")
        return (person.name, person.email, labels.role(person.role))[column]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.answers[self.rows[index.row()].participant_id] = str(value)
        self.choicesChanged.emit()
        return True

    def set_answer(self, rows: list[int], answer: str) -> None:
        for row in rows or range(len(self.rows)):
            self.answers[self.rows[row].participant_id] = answer
        self.choicesChanged.emit()

    def show_carried(self, carried: frozenset[int]) -> None:
        self.carried = carried
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell offering ``CHOICES_ROLE`` with a combo box; others as text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code, text in choices:
            combo.addItem(text, code)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(CHOICES_ROLE):  # room for the combo box's arrow while editing
            hint.setWidth(hint.width() + 32)
        return hint

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(CODE_ROLE))
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
