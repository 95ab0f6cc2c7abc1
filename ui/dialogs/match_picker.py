"""Pick a pair by typing part of a name or email (accents need not be typed).

The contact dialog (Ctrl+L from anywhere) and the many-pairs dialog show pairs this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.meetings.engagement import MatchEngagement
from ui.models.search import fold

MatchIdRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
NAVIGATION_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
STATUS_WORDS = {
    "overdue": ("overdue", "#c0392b"),
    "never_met": ("never met", "#b9770e"),
    "due_soon": ("due soon", "#2874a6"),
    "on_track": ("on track", "#1e8449"),
}
"""English words and colours; ``status_word`` gives the word in the interface's language."""


def pair_label(mentor: str, mentee: str) -> str:
    return f"{mentor}  ↔  {mentee}"


def status_word(status: str) -> tuple[str, str]:
    """How a pair's contact status reads in a list, and its colour."""
    words = {
        "overdue": QCoreApplication.translate("QuickAdd", "overdue"),
        "never_met": QCoreApplication.translate("QuickAdd", "never met"),
        "due_soon": QCoreApplication.translate("QuickAdd", "due soon"),
        "on_track": QCoreApplication.translate("QuickAdd", "on track"),
    }
    word, colour = STATUS_WORDS[status]
    return words.get(status, word), colour


class _WordFilter(QSortFilterProxyModel):
    """Rows whose folded names and emails contain every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        key = self.sourceModel().index(source_row, 0, source_parent).data(KeyRole) or ""
        return all(word in key for word in self._words)


def match_item(row: MatchEngagement) -> QStandardItem:
    word, colour = status_word(row.status)
    item = QStandardItem(f"{pair_label(row.mentor_name, row.mentee_name)}    · {word}")
    item.setData(row.match_id, MatchIdRole)
    item.setData(
        fold(f"{row.mentor_name} {row.mentee_name} {row.mentor_email} {row.mentee_email}"),
        KeyRole,
    )
    item.setToolTip(f"{row.mentor_email} · {row.mentee_email}")
    if row.status in ("overdue", "never_met"):
        item.setForeground(QColor(colour))
    item.setEditable(False)
    return item


class MatchPicker(QWidget):
    """A search box over a list of pairs; arrow keys move in the list while typing."""

    def __init__(self, matches: Sequence[MatchEngagement], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name or email…"))
        self.search.setClearButtonEnabled(True)
        self.source = QStandardItemModel(self)
        for row in matches:
            self.source.appendRow(match_item(row))
        self.proxy = _WordFilter(self)
        self.proxy.setSourceModel(self.source)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._select_first()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys typed in the search box move the choice in the list below it.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in NAVIGATION_KEYS
        ):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def visible_count(self) -> int:
        return self.proxy.rowCount()

    def current_match(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(MatchIdRole)) if index.isValid() else None

    def select(self, match_id: int) -> None:
        """Make ``match_id`` the chosen pair (the page's selection, when there is one)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(MatchIdRole) == match_id:
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)
                return
