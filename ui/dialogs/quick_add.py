"""Quick add: log a contact in a few keystrokes from anywhere (Ctrl+L).

Type part of a name, pick the pair, and press Enter; the way of meeting chosen last time
is preselected because a coordinator usually logs a run of similar contacts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

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
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.meetings.engagement import MatchEngagement
from ui.dialogs.log_contact import date_edit, duration_box, mode_box, pair_label
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


class QuickAddDialog(QDialog):
    def __init__(
        self,
        matches: Sequence[MatchEngagement],
        parent: QWidget | None = None,
        *,
        last_mode: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a contact"))
        self.resize(560, 520)
        today = today or dt.date.today()
        self.picker = MatchPicker(matches)
        self.picker.list.doubleClicked.connect(lambda _index: self.accept())
        self.date = date_edit(today)
        self.mode_box = mode_box(last_mode)
        self.duration = duration_box()
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("A short note (optional)"))
        self.concern = QCheckBox(self.tr("Flag a concern"))
        self.concern.setStyleSheet("QCheckBox:checked { color: #c0392b; font-weight: bold; }")
        self.concern_note = QLineEdit()
        self.concern_note.setPlaceholderText(self.tr("What is the concern?"))
        self.concern_note.setEnabled(False)
        self.concern.toggled.connect(self.concern_note.setEnabled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Log contact"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.search.textChanged.connect(self._update_ok)
        self.picker.list.selectionModel().currentChanged.connect(self._update_ok)
        self._layout(bool(matches))
        self._update_ok()
        self.picker.search.setFocus()

    def _layout(self, any_match: bool) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("How:"), self.mode_box)
        form.addRow(self.tr("Length:"), self.duration)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.concern, self.concern_note)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Who was in touch?</b>"))
        layout.addWidget(title)
        if not any_match:
            title.setText(
                self.tr("There are no confirmed matches in this cycle to log a contact for.")
            )
        layout.addWidget(self.picker, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _update_ok(self, *_: object) -> None:
        self.ok.setEnabled(self.picker.current_match() is not None)

    def accept(self) -> None:
        if self.picker.current_match() is None:
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``log_meeting`` (match id first)."""
        minutes = self.duration.value()
        concern = self.concern.isChecked()
        return {
            "match_id": self.picker.current_match(),
            "held_on": self.date.date().toPython(),
            "mode": self.mode_box.currentData(),
            "duration_minutes": minutes or None,
            "notes": self.notes.text().strip(),
            "concern": concern,
            "concern_note": self.concern_note.text().strip() if concern else "",
        }
