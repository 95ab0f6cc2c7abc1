"""Log one contact (meeting, call, message) of a match."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.meetings.service import MODE_LABELS, TopicInfo


class LogContactDialog(QDialog):
    def __init__(
        self,
        matches: Sequence[Any],
        topics: Sequence[TopicInfo],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Log a contact")
        self.setMinimumWidth(520)
        today = today or dt.date.today()
        self.match_box = QComboBox()
        for row in matches:
            self.match_box.addItem(f"{row.mentor_name}  ↔  {row.mentee_name}", row.id)
        self.match_box.setToolTip("The pair who were in touch")
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDisplayFormat("d MMMM yyyy")
        self.mode_box = QComboBox()
        for mode, label in MODE_LABELS.items():
            self.mode_box.addItem(label, mode)
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" minutes")
        self.duration.setSpecialValueText("Not recorded")
        self.topics = QListWidget()
        self.topics.setToolTip("Tick what they talked about")
        self.topics.setMaximumHeight(150)
        for topic in topics:
            label = f"{topic.name}  ({topic.category})" if topic.category else topic.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Anything worth remembering (optional)")
        self.notes.setMaximumHeight(90)
        self.concern = QCheckBox("Flag a concern to follow up")
        self.concern_note = QLineEdit()
        self.concern_note.setPlaceholderText("What is the concern?")
        self.concern_note.setEnabled(False)
        self.concern.toggled.connect(self.concern_note.setEnabled)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("Match:", self.match_box)
        form.addRow("Date:", self.date)
        form.addRow("How:", self.mode_box)
        form.addRow("Length:", self.duration)
        form.addRow("Topics:", self.topics)
        form.addRow("Notes:", self.notes)
        form.addRow("", self.concern)
        form.addRow("", self.concern_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Log contact")
        ok.setEnabled(self.match_box.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def check_topics(self, names: Sequence[str]) -> None:
        for i in range(self.topics.count()):
            item = self.topics.item(i)
            if any(item.text().startswith(name) for name in names):
                item.setCheckState(Qt.CheckState.Checked)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``log_meeting`` (match id first)."""
        topic_ids = [
            self.topics.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.topics.count())
            if self.topics.item(i).checkState() == Qt.CheckState.Checked
        ]
        minutes = self.duration.value()
        return {
            "match_id": self.match_box.currentData(),
            "held_on": self.date.date().toPython(),
            "mode": self.mode_box.currentData(),
            "duration_minutes": minutes or None,
            "topic_ids": topic_ids,
            "notes": self.notes.toPlainText().strip(),
            "concern": self.concern.isChecked(),
            "concern_note": self.concern_note.text().strip() if self.concern.isChecked() else "",
        }
