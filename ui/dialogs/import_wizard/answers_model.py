"""The answers the catalogue does not know, each with the coordinator's choice for it.

A choice is a catalogue value's key, or ``KEEP`` (the answer stays as the person wrote it,
the default: nothing is guessed). The combo of each row lists the likely matches first,
then every value of the question in the window's language, then "Keep as given" and "Add
as a new value…" (``ADD``, which asks the page to create the value).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.dialogs.answer_catalogue import field_name, value_label

AnyIndex = QModelIndex | QPersistentModelIndex
KEEP = ""
ADD = "\x00add"
SEPARATOR = None
ChoicesRole = Qt.ItemDataRole.UserRole + 10
"""(label, key) of every choice of a row, ``(None, None)`` for a separator."""
MAPS_TO = 3

HEADERS = (
    QT_TRANSLATE_NOOP("AnswersModel", "Answer"),
    QT_TRANSLATE_NOOP("AnswersModel", "Question"),
    QT_TRANSLATE_NOOP("AnswersModel", "Rows"),
    QT_TRANSLATE_NOOP("AnswersModel", "Maps to"),
)


def suggested_keys(answer: Any) -> list[str]:
    """The keys of an unmapped answer's likely matches, best first."""
    return [getattr(s, "key", s) for s in answer.suggestions]


def rows_text(rows: Any) -> str:
    """The spreadsheet rows holding an answer: a few numbers, then how many more."""
    numbers = list(rows) if not isinstance(rows, int) else []
    if not numbers:
        return str(rows)
    shown = ", ".join(str(n) for n in numbers[:4])
    if len(numbers) > 4:
        shown += " " + QCoreApplication.translate(
            "AnswersModel", "(+%n more)", "", len(numbers) - 4
        )
    return shown


class UnmappedAnswersModel(QAbstractTableModel):
    """One line per unmapped answer; column 3 holds the choice (EditRole: the key)."""

    addRequested = Signal(int)  # the line whose answer should become a new value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answers: list[Any] = []
        self._choices: list[str] = []
        self._catalogue: Any = None
        self._language = "en"

    # -- content ----------------------------------------------------------------------
    def set_answers(
        self,
        answers: Sequence[Any],
        catalogue: Any,
        language: str,
        chosen: dict[tuple[str, str], str],
    ) -> None:
        """Show ``answers``; ``chosen`` holds earlier choices, by (field, answer)."""
        self.beginResetModel()
        self._answers = list(answers)
        self._catalogue = catalogue
        self._language = language
        self._choices = [self._known(a, chosen.get((a.field, a.answer), KEEP)) for a in answers]
        self.endResetModel()

    def set_catalogue(self, catalogue: Any) -> None:
        """A catalogue with a value added: every combo of that question offers it."""
        self.beginResetModel()
        self._catalogue = catalogue
        self.endResetModel()

    def _known(self, answer: Any, key: str) -> str:
        return key if key and key in self._keys(answer.field) else KEEP

    def _keys(self, field: str) -> set[str]:
        return {v.key for v in self._catalogue.values(field)} if self._catalogue else set()

    def answer(self, row: int) -> Any:
        return self._answers[row]

    def choice(self, row: int) -> str:
        return self._choices[row]

    def choose(self, row: int, key: str) -> None:
        if key == ADD:
            self.addRequested.emit(row)
            return
        self._choices[row] = self._known(self._answers[row], key)
        index = self.index(row, MAPS_TO)
        self.dataChanged.emit(index, index)

    def use_suggestions(self) -> int:
        """Take each answer's first likely match; returns how many answers got one."""
        taken = 0
        for row, answer in enumerate(self._answers):
            keys = [k for k in suggested_keys(answer) if k in self._keys(answer.field)]
            if keys:
                self._choices[row] = keys[0]
                taken += 1
        self._changed_all()
        return taken

    def keep_all(self) -> None:
        self._choices = [KEEP] * len(self._answers)
        self._changed_all()

    def _changed_all(self) -> None:
        if self._answers:
            last = self.index(len(self._answers) - 1, MAPS_TO)
            self.dataChanged.emit(self.index(0, MAPS_TO), last)

    def mapping(self) -> dict[tuple[str, str], str]:
        """``{(field, answer): key}`` of the answers mapped to a value (not kept as given)."""
        return {
            (a.field, a.answer): key
            for a, key in zip(self._answers, self._choices, strict=True)
            if key != KEEP
        }

    def choices(self, row: int) -> list[tuple[str | None, str | None]]:
        """The combo of line ``row``: likely matches, every value, keep, add."""
        answer = self._answers[row]
        values = list(self._catalogue.values(answer.field)) if self._catalogue else []
        by_key = {v.key: v for v in values}
        likely = [by_key[k] for k in suggested_keys(answer) if k in by_key]
        rest = sorted(
            (v for v in values if v not in likely),
            key=lambda v: value_label(v, self._language).casefold(),
        )
        translate = QCoreApplication.translate
        found: list[tuple[str | None, str | None]] = [
            (
                translate("AnswersModel", "{value} (likely)").format(
                    value=value_label(v, self._language)
                ),
                v.key,
            )
            for v in likely
        ]
        if likely:
            found.append((SEPARATOR, SEPARATOR))
        found += [(value_label(v, self._language), v.key) for v in rest]
        if rest:
            found.append((SEPARATOR, SEPARATOR))
        found.append((translate("AnswersModel", "Keep as given"), KEEP))
        found.append((translate("AnswersModel", "Add as a new value…"), ADD))
        return found

    def _choice_label(self, row: int) -> str:
        key = self._choices[row]
        if key == KEEP:
            return QCoreApplication.translate("AnswersModel", "Keep as given")
        value = next(v for v in self._catalogue.values(self._answers[row].field) if v.key == key)
        return value_label(value, self._language)

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._answers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == MAPS_TO else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._answers):
            return None
        answer, column = self._answers[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return answer.answer
            if column == 1:
                return field_name(answer.field)
            if column == 2:
                return rows_text(answer.rows)
            return self._choice_label(index.row())
        if role == Qt.ItemDataRole.EditRole and column == MAPS_TO:
            return self._choices[index.row()]
        if role == ChoicesRole and column == MAPS_TO:
            return self.choices(index.row())
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == MAPS_TO and role == Qt.ItemDataRole.EditRole:
            self.choose(index.row(), str(value))
            return True
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AnswersModel", HEADERS[section])
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """The "Maps to" combo, kept open on every line (``openPersistentEditor``)."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for label, key in index.data(ChoicesRole) or []:
            if label is None:
                combo.insertSeparator(combo.count())
            else:
                combo.addItem(label, key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        # "Add as a new value…" is not a choice: show the current one until it exists.
        self.setEditorData(editor, index)
