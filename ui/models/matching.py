"""The two lists of manual matching: mentees and, for one mentee, the ranked mentors.

Both accept the other's rows by drag and drop: dropping a mentor on a mentee (or a mentee
on a mentor) emits ``pairRequested(mentor_id, mentee_id)``; the page decides what happens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.matching.manual import MenteeRow, MentorOption
from ui.core_text import reason_sentences, why_not
from ui.models import labels
from ui.models.rows import Column, RowRole, RowTableModel
from ui.models.search import fold
from ui.text import number, percent

MENTOR_MIME = "application/x-mentordesk-mentor"
MENTEE_MIME = "application/x-mentordesk-mentee"
AnyIndex = QModelIndex | QPersistentModelIndex
MUTED = QColor("#8a8a8a")
WAITING = QColor("#b45309")


def _pinned(name: str, pinned: bool) -> str:
    return (
        QCoreApplication.translate("MatchingLists", "{name} (pinned)").format(name=name)
        if pinned
        else name
    )


def _mentors_of(row: MenteeRow) -> str:
    return ", ".join(_pinned(p.name, p.pinned) for p in row.partners)


MENTEE_COLUMNS: list[Column[MenteeRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Mentee"),
        lambda r: r.name,
        tooltip=lambda r: f"{r.name} <{r.email}> · {r.role}",
    ),
    # On a longer ladder a person can be a mentee here and a mentor on the next relation.
    Column(QT_TRANSLATE_NOOP("Column", "Role"), lambda r: r.role),
    Column(
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda r: labels.mentee_state(r.state),
        header_tip=QT_TRANSLATE_NOOP("Column", "Unmatched mentees come first"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Mentor"), _mentors_of),
]


def _places(option: MentorOption) -> str:
    if option.over_by:
        return QCoreApplication.translate("MatchingLists", "Over capacity by {count}").format(
            count=number(option.over_by)
        )
    return QCoreApplication.translate("MatchingLists", "{left} of {capacity}").format(
        left=number(option.remaining), capacity=number(option.capacity)
    )


def _why(option: MentorOption) -> str:
    if option.excluded_by:
        rule = why_not(option)
        return QCoreApplication.translate("MatchingLists", "Not allowed: {rule}").format(
            rule=rule[:1].lower() + rule[1:]
        )
    return "; ".join(reason_sentences(option)) or QCoreApplication.translate(
        "MatchingLists", "Nothing notable in common"
    )


def _mentor_name(option: MentorOption) -> str:
    if option.match_id is None:
        return option.name
    return "✓ " + _pinned(option.name, option.pinned)


MENTOR_COLUMNS: list[Column[MentorOption]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Mentor"),
        _mentor_name,
        tooltip=lambda o: f"{o.name} <{o.email}> · {o.institution}",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Score"),
        lambda o: percent(o.score),
        sort_key=lambda o: o.score,
        value=lambda o: o.score,
        header_tip=QT_TRANSLATE_NOOP(
            "Column", "How well this mentor fits the mentee under the program's criteria"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Places left"),
        _places,
        sort_key=lambda o: o.remaining,
        header_tip=QT_TRANSLATE_NOOP(
            "Column", "Mentees this mentor can still take, of their capacity"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Why"),
        _why,
        tooltip=_why,
        header_tip=QT_TRANSLATE_NOOP(
            "Column", "Why this mentor suits the mentee, or the rule against"
        ),
    ),
]


class _DragDropRows(RowTableModel[Any]):
    """Rows that can be dragged out (as ids) and receive the other list's rows."""

    pairRequested = Signal(int, int)  # mentor id, mentee id
    own_mime = ""
    other_mime = ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [self.other_mime]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(self.own_mime, QByteArray(str(self.id_at(rows[0])).encode()))
        return data

    def id_at(self, row: int) -> int:
        return int(self.row_at(row).id)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(self.other_mime) and self._target(row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._target(row, parent)
        if target is None or not data.hasFormat(self.other_mime):
            return False
        try:
            dropped = int(bytes(data.data(self.other_mime).data()).decode())
        except ValueError:
            return False
        self.emit_pair(dropped, self.id_at(target))
        # The page saves the pair and reloads; nothing is inserted here.
        return False

    def _target(self, row: int, parent: AnyIndex) -> int | None:
        target = parent.row() if parent.isValid() else row
        return target if 0 <= target < self.rowCount() else None

    def emit_pair(self, dropped: int, target: int) -> None:
        raise NotImplementedError


class MenteeModel(_DragDropRows):
    own_mime, other_mime = MENTEE_MIME, MENTOR_MIME

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MENTEE_COLUMNS, parent)

    def emit_pair(self, dropped: int, target: int) -> None:
        self.pairRequested.emit(dropped, target)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row: MenteeRow = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole:
                if row.state == "withdrawn":
                    return MUTED
                if row.state == "unmatched" and index.column() == 1:
                    return WAITING
            if (
                role == Qt.ItemDataRole.FontRole
                and row.state == "unmatched"
                and index.column() == 1
            ):
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class MentorModel(_DragDropRows):
    own_mime, other_mime = MENTOR_MIME, MENTEE_MIME

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MENTOR_COLUMNS, parent)
        self.muted = lambda o: o.excluded_by is not None and o.match_id is None

    def emit_pair(self, dropped: int, target: int) -> None:
        self.pairRequested.emit(target, dropped)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and self.row_at(index.row()).match_id is not None
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class MenteeFilter(QSortFilterProxyModel):
    """Filters mentees by name or email (accents ignored) and by state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._states: frozenset[str] = frozenset()

    def set_text(self, text: str) -> None:
        self._text = fold(text.strip())
        self.invalidateRowsFilter()

    def set_states(self, states: frozenset[str]) -> None:
        self._states = states
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(RowRole)
        if row is None:
            return False
        if self._states and row.state not in self._states:
            return False
        return not self._text or self._text in fold(f"{row.name} {row.email}")
