"""One contact for many matches at once: the monthly group meeting everyone attended."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.meetings.engagement import MatchEngagement
from app.meetings.service import TopicInfo
from ui.dialogs.log_contact import TopicPicker, date_edit, duration_box, mode_box
from ui.dialogs.match_picker import pair_label, status_word
from ui.models.search import fold
from ui.screen_fit import fit_to_screen

MatchIdRole = Qt.ItemDataRole.UserRole
KeyRole = Qt.ItemDataRole.UserRole + 1


class BulkContactDialog(QDialog):
    def __init__(
        self,
        matches: Sequence[MatchEngagement],
        topics: Sequence[TopicInfo],
        parent: QWidget | None = None,
        *,
        last_mode: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a contact for many matches"))
        fit_to_screen(self, 980, 620)
        today = today or dt.date.today()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or email…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.pairs = QListWidget()
        for row in matches:
            self.pairs.addItem(self._item(row))
        self.pairs.itemChanged.connect(self._update_count)
        self.select_shown = QPushButton(self.tr("Tick all shown"))
        self.select_shown.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        self.clear_shown = QPushButton(self.tr("Untick all shown"))
        self.clear_shown.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Unchecked))
        self.count = QLabel()
        self.date = date_edit(today)
        self.mode_box = mode_box(last_mode)
        self.duration = duration_box()
        self.topics = TopicPicker(topics)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("e.g. Monthly group meeting: journal club"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._update_count()

    @staticmethod
    def _item(row: MatchEngagement) -> QListWidgetItem:
        word, colour = status_word(row.status)
        item = QListWidgetItem(f"{pair_label(row.mentor_name, row.mentee_name)}    · {word}")
        item.setData(MatchIdRole, row.match_id)
        item.setData(
            KeyRole,
            fold(f"{row.mentor_name} {row.mentee_name} {row.mentor_email} {row.mentee_email}"),
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if row.status in ("overdue", "never_met"):
            item.setForeground(QColor(colour))
        return item

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Who attended?</b>")))
        left.addWidget(self.filter)
        left.addWidget(self.pairs, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.select_shown)
        ticks.addWidget(self.clear_shown)
        ticks.addStretch(1)
        ticks.addWidget(self.count)
        left.addLayout(ticks)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("How:"), self.mode_box)
        form.addRow(self.tr("Length:"), self.duration)
        form.addRow(self.tr("Notes:"), self.notes)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("Topics:")))
        right.addWidget(self.topics, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def _items(self) -> list[QListWidgetItem]:
        return [self.pairs.item(i) for i in range(self.pairs.count())]

    def _apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for item in self._items():
            key = item.data(KeyRole)
            item.setHidden(not all(word in key for word in words))

    def _tick_shown(self, state: Qt.CheckState) -> None:
        self.pairs.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)
        self.pairs.blockSignals(False)
        self._update_count()

    def checked_ids(self) -> list[int]:
        return [
            int(item.data(MatchIdRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_count(self, *_: object) -> None:
        count = len(self.checked_ids())
        self.count.setText(self.tr("%Ln match(es) ticked", "", count))
        self.ok.setText(self.tr("Log %Ln contact(s)", "", count))
        self.ok.setEnabled(count > 0)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``log_contacts`` (match ids first)."""
        minutes = self.duration.value()
        return {
            "match_ids": self.checked_ids(),
            "held_on": self.date.date().toPython(),
            "mode": self.mode_box.currentData(),
            "duration_minutes": minutes or None,
            "topic_ids": self.topics.checked_ids(),
            "notes": self.notes.text().strip(),
        }
