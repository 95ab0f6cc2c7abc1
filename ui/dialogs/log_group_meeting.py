"""Log (or change) a group's meeting or the program-wide meeting, with an attendance checklist.

Everyone expected is listed and ticked; the coordinator unticks who was absent. The same
file holds the small dialog for a group's first meeting (what group letters announce).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.letters.group_letter import FirstMeeting
from app.meetings.group_meetings import Attendee
from ui.dialogs.log_contact import date_edit, duration_box, mode_box, mode_labels

PersonRole = Qt.ItemDataRole.UserRole
GroupLine = tuple[int, str]  # (group id, name)


class AttendanceList(QListWidget):
    """One checkable line per person expected; ticked = present."""

    def set_people(self, people: Sequence[Attendee], *, roles: bool = False) -> None:
        """``roles``: say each person's rung (the program-wide meeting mixes them)."""
        self.clear()
        for person in people:
            text = f"{person.name} · {person.role}" if roles and person.role else person.name
            if person.is_mentor:
                text = self.tr("{name} (mentor)").format(name=person.name)
            item = QListWidgetItem(text)
            item.setData(PersonRole, person.participant_id)
            item.setToolTip(person.email)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked)
            self.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def absent_ids(self) -> list[int]:
        return [
            int(item.data(PersonRole))
            for item in self._items()
            if item.checkState() != Qt.CheckState.Checked
        ]

    def set_all(self, present: bool) -> None:
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        for item in self._items():
            item.setCheckState(state)


class LogGroupMeetingDialog(QDialog):
    """``groups`` empty: the program-wide meeting; ``people_of(group_id)`` lists a group."""

    def __init__(
        self,
        groups: Sequence[GroupLine],
        people_of: Callable[[int | None], Sequence[Attendee]],
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        selected: int | None = None,
        last_mode: str | None = None,
        editing: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.program_wide = not groups
        if editing is not None:
            self.setWindowTitle(self.tr("Change meeting"))
        elif self.program_wide:
            self.setWindowTitle(self.tr("Log program meeting"))
        else:
            self.setWindowTitle(self.tr("Log group meeting"))
        self.setMinimumWidth(560)
        self.people_of = people_of
        self.group_box = QComboBox()
        for group_id, name in groups:
            self.group_box.addItem(name, group_id)
        if selected is not None:
            self.group_box.setCurrentIndex(max(self.group_box.findData(selected), 0))
        self.group_box.currentIndexChanged.connect(self._load_people)
        self.date = date_edit(today or dt.date.today())
        self.mode_box = mode_box(last_mode)
        self.duration = duration_box()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything worth remembering (optional)"))
        self.notes.setMaximumHeight(70)
        self.people = AttendanceList()
        self.people.setMinimumHeight(220)
        self.people.itemChanged.connect(self._count)
        self.count_label = QLabel()
        self.all_button = QPushButton(self.tr("Everyone present"))
        self.all_button.clicked.connect(lambda: self.people.set_all(True))
        self.none_button = QPushButton(self.tr("Nobody present"))
        self.none_button.clicked.connect(lambda: self.people.set_all(False))
        self._layout()
        if editing is not None:
            self._fill(editing)
        else:
            self._load_people()

    def _layout(self) -> None:
        form = QFormLayout()
        if not self.program_wide:
            form.addRow(self.tr("Group:"), self.group_box)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("How:"), self.mode_box)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.tr("Notes:"), self.notes)
        tick = QHBoxLayout()
        tick.addWidget(self.count_label, 1)
        tick.addWidget(self.all_button)
        tick.addWidget(self.none_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Attendance (untick who was absent):")))
        layout.addWidget(self.people, 1)
        layout.addLayout(tick)
        layout.addWidget(buttons)

    def _load_people(self, *_: Any) -> None:
        group_id = None if self.program_wide else self.group_box.currentData()
        self.people.set_people(self.people_of(group_id), roles=self.program_wide)
        self._count()

    def _fill(self, editing: dict[str, Any]) -> None:
        held: dt.date = editing["held_on"]
        self.date.setDate(QDate(held.year, held.month, held.day))
        self.mode_box.setCurrentIndex(max(self.mode_box.findData(editing["mode"]), 0))
        self.duration.setValue(editing.get("duration_minutes") or 0)
        self.notes.setPlainText(editing.get("notes", ""))
        self.group_box.setEnabled(False)
        self.people.set_people(editing["people"], roles=self.program_wide)
        self._count()

    def _count(self, *_: Any) -> None:
        total = self.people.count()
        present = total - len(self.people.absent_ids())
        self.count_label.setText(
            self.tr("{present} of {total} present").format(
                present=QLocale().toString(present), total=QLocale().toString(total)
            )
        )
        self.save_button.setEnabled(total > 0)

    def values(self) -> dict[str, Any]:
        day = self.date.date()
        values: dict[str, Any] = {
            "held_on": dt.date(day.year(), day.month(), day.day()),
            "mode": self.mode_box.currentData(),
            "duration_minutes": self.duration.value() or None,
            "notes": self.notes.toPlainText(),
            "absent": self.people.absent_ids(),
        }
        if not self.program_wide:
            values["group_id"] = self.group_box.currentData()
        return values


class FirstMeetingDialog(QDialog):
    """When and how a group first meets: what its letters announce."""

    def __init__(
        self, group_name: str, current: FirstMeeting, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First meeting of {group}").format(group=group_name))
        self.setMinimumWidth(480)
        today = dt.date.today()
        self.has_date = QCheckBox(self.tr("The day is set"))
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        if current.on:
            self.date.setDate(QDate(current.on.year, current.on.month, current.on.day))
        self.has_date.setChecked(current.on is not None)
        self.date.setEnabled(current.on is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.time = QLineEdit(current.time)
        self.time.setPlaceholderText(self.tr("e.g. 18:00"))
        self.time.setMaxLength(200)
        self.place = QLineEdit(current.place)
        self.place.setPlaceholderText(self.tr("A room, an address or a video link"))
        self.place.setMaxLength(200)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Not said"), "")
        for mode, label in mode_labels().items():
            self.mode_box.addItem(label, mode)
        self.mode_box.setCurrentIndex(max(self.mode_box.findData(current.mode), 0))
        form = QFormLayout()
        day_row = QHBoxLayout()
        day_row.addWidget(self.has_date)
        day_row.addWidget(self.date, 1)
        form.addRow(self.tr("Day:"), day_row)
        form.addRow(self.tr("Time:"), self.time)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("How:"), self.mode_box)
        note = QLabel(
            self.tr("The group's letters say this. Leave everything empty to say it will follow.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def value(self) -> FirstMeeting:
        on = None
        if self.has_date.isChecked():
            day = self.date.date()
            on = dt.date(day.year(), day.month(), day.day())
        return FirstMeeting(on, self.time.text().strip(), self.place.text().strip(),
                            self.mode_box.currentData())  # fmt: skip
