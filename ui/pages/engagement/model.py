"""The engagement table: a lazy model over ``MatchEngagement`` rows and its filter proxy.

Like the roster, the model hands rows to the view in batches and answers the filter for
every row in one pass over plain lists, so 5,000 matches filter as fast as 50.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from app.meetings.engagement import ATTENTION, MatchEngagement
from ui.models.batched import AnyIndex, BatchedTableModel
from ui.models.search import fold
from ui.pages.wording import day, number

MatchRole = Qt.ItemDataRole.UserRole + 1

# status: (label, colour, meaning); the words are translated where they are shown
STATUS_STYLE = {
    "overdue": (
        QT_TRANSLATE_NOOP("EngagementStatus", "Overdue"),
        "#c0392b",
        QT_TRANSLATE_NOOP("EngagementStatus", "No contact for longer than the program's cadence"),
    ),
    "never_met": (
        QT_TRANSLATE_NOOP("EngagementStatus", "Never met"),
        "#b9770e",
        QT_TRANSLATE_NOOP("EngagementStatus", "No contact logged since the match was made"),
    ),
    "due_soon": (
        QT_TRANSLATE_NOOP("EngagementStatus", "Due soon"),
        "#2874a6",
        QT_TRANSLATE_NOOP("EngagementStatus", "A contact is due within the next weeks"),
    ),
    "on_track": (
        QT_TRANSLATE_NOOP("EngagementStatus", "On track"),
        "#1e8449",
        QT_TRANSLATE_NOOP("EngagementStatus", "In touch within the cadence"),
    ),
}
# Not a status of its own: the filter for every pair late for a contact.
ATTENTION_STYLE = (
    QT_TRANSLATE_NOOP("EngagementStatus", "Needs attention"),
    "#c0392b",
    QT_TRANSLATE_NOOP(
        "EngagementStatus", "Overdue, or never met and past the cadence: time for a nudge"
    ),
)
CONCERN_COLOUR = "#c0392b"
_URGENCY = {"overdue": 0, "never_met": 0, "due_soon": 1, "on_track": 2}


def _style(status: str) -> tuple[str, str, str]:
    return ATTENTION_STYLE if status == ATTENTION else STATUS_STYLE[status]


def status_label(status: str) -> str:
    """ "Overdue", "Never met"… in the window's language."""
    return QCoreApplication.translate("EngagementStatus", _style(status)[0])


def status_meaning(status: str) -> str:
    return QCoreApplication.translate("EngagementStatus", _style(status)[2])


def row_colour(row: MatchEngagement) -> str:
    """A pair late for a contact shows in the overdue colour, whether it ever met or not."""
    return STATUS_STYLE["overdue"][1] if row.late else STATUS_STYLE[row.status][1]


def row_meaning(row: MatchEngagement) -> str:
    if row.late and row.status == "never_met":
        return QCoreApplication.translate(
            "EngagementStatus",
            "No contact logged since the match was made, and the cadence has passed",
        )
    return status_meaning(row.status)


def next_due(row: MatchEngagement) -> str:
    """The next contact's day, or "Now" once that day has passed: never a past day as if
    it were still to come."""
    if row.late:
        return QCoreApplication.translate("EngagementColumns", "Now")
    return day(row.due_on)


def next_due_tip(row: MatchEngagement) -> str:
    if row.late and row.due_on:
        return QCoreApplication.translate(
            "EngagementColumns", "A contact has been due since {day}"
        ).format(day=day(row.due_on))
    return QCoreApplication.translate(
        "EngagementColumns", "When the next contact is due under this pair's cadence"
    )


def _date(row: MatchEngagement, attribute: str) -> str:
    return day(getattr(row, attribute))


@dataclass(frozen=True)
class _Column:
    title: str  # marked for translation; translated in headerData
    text: Callable[[MatchEngagement], str]
    sort_key: Callable[[MatchEngagement], Any]
    tip: str = ""
    right: bool = False


COLUMNS: tuple[_Column, ...] = (
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Status"),
        lambda r: status_label(r.status),
        lambda r: (_URGENCY[r.status], -r.days_since_contact),
    ),
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Mentor"),
        lambda r: r.mentor_name,
        lambda r: fold(r.mentor_name),
    ),
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Mentee"),
        lambda r: r.mentee_name,
        lambda r: fold(r.mentee_name),
    ),
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Roles"),
        lambda r: f"{r.mentor_role} → {r.mentee_role}" if r.mentee_role else "",
        lambda r: (r.mentor_role, r.mentee_role),
        QT_TRANSLATE_NOOP("EngagementColumns", "The mentor's role and the mentee's role"),
    ),
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Last contact"),
        lambda r: _date(r, "last_contact") or "—",
        lambda r: r.last_contact.toordinal() if r.last_contact else 0,
    ),
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Days"),
        lambda r: number(r.days_since_contact),
        lambda r: r.days_since_contact,
        QT_TRANSLATE_NOOP(
            "EngagementColumns", "Days since the last contact (or since the match was made)"
        ),
        right=True,
    ),
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Contacts"),
        lambda r: number(r.contacts),
        lambda r: r.contacts,
        right=True,
    ),
    _Column(
        QT_TRANSLATE_NOOP("EngagementColumns", "Next due"),
        next_due,
        lambda r: r.due_on.toordinal() if r.due_on else 0,
        QT_TRANSLATE_NOOP(
            "EngagementColumns", "When the next contact is due under the program's cadence"
        ),
    ),
)
NEXT_DUE = len(COLUMNS) - 1
ROLES = 3
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def search_key(row: MatchEngagement) -> str:
    return fold(" ".join((row.mentor_name, row.mentee_name, row.mentor_email, row.mentee_email)))


class EngagementModel(BatchedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MatchEngagement] = []
        self._keys: list[str] = []
        self._visible: list[bool] = []
        self._words: list[str] = []
        self._statuses: frozenset[str] = frozenset()
        self.concern_icon = QIcon()
        self.bold = QFont()
        self.bold.setBold(True)

    def set_rows(self, rows: list[MatchEngagement]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = []  # folded search text, computed the first time someone searches
        self._visible[:] = self._matches()
        self._loaded = self.first_batch()
        self.endResetModel()

    def available(self) -> int:
        return len(self._rows)

    def all_rows(self) -> list[MatchEngagement]:
        return list(self._rows)

    def row_at(self, row: int) -> MatchEngagement:
        return self._rows[row]

    def visibility(self) -> list[bool]:
        return self._visible

    def set_filter(self, words: list[str], statuses: frozenset[str]) -> None:
        self._words, self._statuses = words, statuses
        self._visible[:] = self._matches()

    def _matches(self) -> list[bool]:
        visible = [True] * len(self._rows)
        if self._statuses:
            late = ATTENTION in self._statuses
            visible = [r.status in self._statuses or (late and r.late) for r in self._rows]
        if self._words and len(self._keys) != len(self._rows):
            self._keys = [search_key(r) for r in self._rows]
        for word in self._words:
            visible = [v and word in key for v, key in zip(visible, self._keys, strict=True)]
        return visible

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(row)
        if role == MatchRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(row_colour(row))
        if role == Qt.ItemDataRole.ForegroundRole and column == NEXT_DUE and row.late:
            return QColor(row_colour(row))
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and row.concern:
            return self.concern_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[column].right:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column in (0, NEXT_DUE) and row.late:
            return self.bold
        return None

    @staticmethod
    def _tooltip(row: MatchEngagement, column: int) -> str:
        if column == 0:
            return row_meaning(row)
        if column == NEXT_DUE:
            return next_due_tip(row)
        if row.concern and column == 1:
            return QCoreApplication.translate(
                "EngagementModel", "A concern was flagged on one of this pair's contacts"
            )
        if column in (1, 2):
            return row.mentor_email if column == 1 else row.mentee_email
        tip = COLUMNS[column].tip
        return (
            QCoreApplication.translate("EngagementColumns", tip)
            if tip
            else COLUMNS[column].text(row)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EngagementColumns", COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].tip:
            return QCoreApplication.translate("EngagementColumns", COLUMNS[section].tip)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.match_id for r in self._rows]
        key = COLUMNS[column].sort_key
        pairs = sorted(
            zip(self._rows, self._visible, strict=True),
            key=lambda pair: key(pair[0]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [p[0] for p in pairs]
        self._visible[:] = [p[1] for p in pairs]
        self._keys = []
        new_row = {r.match_id: i for i, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            moved = new_row[old_ids[index.row()]]
            target = self.index(moved, index.column()) if moved < self._loaded else QModelIndex()
            self.changePersistentIndex(index, target)
        self.layoutChanged.emit()


class EngagementFilter(QSortFilterProxyModel):
    """Filters by status (any of the chosen) and folded search words; the source sorts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._statuses: frozenset[str] = frozenset()
        self._visible: list[bool] = []

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, EngagementModel)
        self._visible = model.visibility()
        super().setSourceModel(model)

    def source(self) -> EngagementModel:
        model = self.sourceModel()
        assert isinstance(model, EngagementModel)
        return model

    def set_filter(self, text: str, statuses: frozenset[str]) -> None:
        needle = fold(text.strip())
        if (needle, statuses) == (self._needle, self._statuses):
            return
        self._needle, self._statuses = needle, statuses
        self.beginFilterChange()
        self.source().set_filter(needle.split(), statuses)
        if needle or statuses:
            self.source().fetch_all()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._visible[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
