"""Log one contact (meeting, call, message) of a match, with topics and an optional concern.

``TopicPicker`` (the catalogue as a checkable list under category headers) is shared with
the dialog that logs one contact for many matches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.meetings.engagement import MatchEngagement
from app.meetings.service import INITIATORS, MODE_LABELS, TopicInfo
from ui.dialogs.match_picker import MatchPicker
from ui.screen_fit import fit_to_screen

TopicIdRole = Qt.ItemDataRole.UserRole


def ui_language() -> str:
    """The language topic names are shown in: French on a French system, else English."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


SEEDED_CATEGORIES = {
    "Career path": QT_TRANSLATE_NOOP("TopicPicker", "Career path"),
    "Professional growth": QT_TRANSLATE_NOOP("TopicPicker", "Professional growth"),
    "Research and advocacy": QT_TRANSLATE_NOOP("TopicPicker", "Research and advocacy"),
    "Residency application": QT_TRANSLATE_NOOP("TopicPicker", "Residency application"),
    "Training": QT_TRANSLATE_NOOP("TopicPicker", "Training"),
    "Well-being": QT_TRANSLATE_NOOP("TopicPicker", "Well-being"),
}
"""The categories MentorDesk ships; one a coordinator typed is shown as typed."""


def category_label(category: str) -> str:
    if category in SEEDED_CATEGORIES:
        return QCoreApplication.translate("TopicPicker", SEEDED_CATEGORIES[category])
    return category or QCoreApplication.translate("TopicPicker", "Other")


class TopicPicker(QListWidget):
    """Checkable topics under non-selectable category headers."""

    def __init__(self, topics: Sequence[TopicInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(self.tr("Tick what they talked about"))
        self.setUniformItemSizes(False)
        language = ui_language()
        for category, group in groupby(topics, key=lambda t: t.category):
            header = QListWidgetItem(category_label(category))
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setForeground(QBrush(self.palette().windowText()))
            self.addItem(header)
            for topic in group:
                item = QListWidgetItem(topic.label(language))
                item.setData(TopicIdRole, topic.id)
                item.setToolTip(topic.name if language == "fr" else topic.name_fr)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.addItem(item)

    def topic_items(self) -> list[QListWidgetItem]:
        items = (self.item(i) for i in range(self.count()))
        return [item for item in items if item.data(TopicIdRole) is not None]

    def check(self, topic_ids: Sequence[int]) -> None:
        for item in self.topic_items():
            if item.data(TopicIdRole) in topic_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> list[int]:
        return [
            int(item.data(TopicIdRole))
            for item in self.topic_items()
            if item.checkState() == Qt.CheckState.Checked
        ]


def date_edit(today: dt.date) -> QDateEdit:
    """A date no later than today, picked from a calendar."""
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    edit.setDisplayFormat("d MMMM yyyy")
    return edit


def mode_labels() -> dict[str, str]:
    """How a contact happened, in the coordinator's language (keys as stored)."""
    words = {
        "in_person": QCoreApplication.translate("LogContactDialog", "In person"),
        "video": QCoreApplication.translate("LogContactDialog", "Video call"),
        "phone": QCoreApplication.translate("LogContactDialog", "Phone"),
        "email_text": QCoreApplication.translate("LogContactDialog", "Email / text"),
    }
    return {mode: words.get(mode, label) for mode, label in MODE_LABELS.items()}


def initiator_labels() -> dict[str, str]:
    """Who reached out, in the coordinator's language (keys as stored)."""
    words = {
        "": QCoreApplication.translate("LogContactDialog", "Not recorded"),
        "mentor": QCoreApplication.translate("LogContactDialog", "The mentor"),
        "mentee": QCoreApplication.translate("LogContactDialog", "The mentee"),
        "both": QCoreApplication.translate("LogContactDialog", "Both"),
        "coordinator": QCoreApplication.translate("LogContactDialog", "The coordinator"),
    }
    return {key: words.get(key, label) for key, label in INITIATORS.items()}


def mode_box(last_mode: str | None = None) -> QComboBox:
    box = QComboBox()
    for mode, label in mode_labels().items():
        box.addItem(label, mode)
    index = box.findData(last_mode) if last_mode else -1
    box.setCurrentIndex(max(index, 0))
    return box


def duration_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 600)
    box.setSingleStep(15)
    box.setSuffix(QCoreApplication.translate("LogContactDialog", " minutes"))
    box.setSpecialValueText(QCoreApplication.translate("LogContactDialog", "Not recorded"))
    return box


class LogContactDialog(QDialog):
    """The one contact dialog: find the pair by typing, then how it went and what was said.

    Opened by Ctrl+L from anywhere (the page's selected pair chosen) and by the Engagement
    page; the way of meeting chosen last time is preselected, as coordinators log runs of
    similar contacts."""

    def __init__(
        self,
        matches: Sequence[MatchEngagement],
        topics: Sequence[TopicInfo],
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        selected: int | None = None,
        last_mode: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a contact"))
        today = today or dt.date.today()
        self.picker = MatchPicker(matches)
        self.picker.setToolTip(self.tr("The pair who were in touch"))
        self.picker.setMinimumWidth(330)  # two full names and the status word
        if selected is not None:
            self.picker.select(selected)
        self.date = date_edit(today)
        self.mode_box = mode_box(last_mode)
        self.duration = duration_box()
        self.initiator = QComboBox()
        for key, label in initiator_labels().items():
            self.initiator.addItem(label, key)
        self.topics = TopicPicker(topics)
        self.topics.setMinimumHeight(170)  # the dialog fits 1366×768 at 125 %
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything worth remembering (optional)"))
        self.notes.setMaximumHeight(80)
        self.concern = QCheckBox(
            self.tr("Flag a concern to follow up (boundaries, safety, wellbeing…)")
        )
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
        fit_to_screen(self, 1040, 560)
        self._update_ok()
        self.picker.search.setFocus()

    def _layout(self, any_match: bool) -> None:
        who = QVBoxLayout()
        title = QLabel(self.tr("<b>Who was in touch?</b>"))
        if not any_match:
            title.setText(
                self.tr("There are no confirmed matches in this cycle to log a contact for.")
            )
            title.setWordWrap(True)
        who.addWidget(title)
        who.addWidget(self.picker, 1)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("How:"), self.mode_box)
        form.addRow(self.tr("Length:"), self.duration)
        form.addRow(self.tr("Who reached out:"), self.initiator)
        form.addRow(self.tr("Topics:"), self.topics)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow("", self.concern)
        form.addRow("", self.concern_note)
        columns = QHBoxLayout()
        columns.addLayout(who, 2)
        columns.addLayout(form, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
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
            "initiated_by": self.initiator.currentData(),
            "topic_ids": self.topics.checked_ids(),
            "notes": self.notes.toPlainText().strip(),
            "concern": concern,
            "concern_note": self.concern_note.text().strip() if concern else "",
        }
