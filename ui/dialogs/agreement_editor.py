"""Write or edit a pair's or group's agreement, and review its goals mid-year or at year's end.

The editor holds the whole agreement and hands back one :class:`AgreementDraft`, which the
page saves in one transaction. The goals are a small model/view table (a
``QStandardItemModel``) with a date and a status editor; the service checks the draft and
the dialog shows its refusal as a sentence without closing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.agreements.messages import label
from app.agreements.service import (
    MAX_CADENCE_DAYS,
    SUPPORT_KEYS,
    AgreementDraft,
    AgreementView,
    GoalDraft,
    GoalView,
    check_draft,
    default_text,
)
from app.db.models import GOAL_STATUSES
from app.errors import MentorDeskError
from ui.core_text import problem_text
from ui.pages.wording import day
from ui.screen_fit import fit_to_screen

DateRole = Qt.ItemDataRole.UserRole + 1
"""The goal's target date (a ``datetime.date`` or None) or status key, behind the text."""
GoalIdRole = Qt.ItemDataRole.UserRole + 2
NO_DATE = QDate(2000, 1, 1)  # the date editor's "no date" (shown as "—")
AnyIndex = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    return problem_text(label("status", status))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date | None:
    if value == NO_DATE or not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


class GoalDelegate(QStyledItemDelegate):
    """A date editor for the target column, a list of statuses for the status column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> Any:
        if index.column() == 1:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText("—")
            editor.setDisplayFormat("d MMM yyyy")  # as every date shown in the window
            return editor
        if index.column() == 2:
            combo = QComboBox(parent)
            for status in GOAL_STATUSES:
                combo.addItem(status_text(status), status)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(DateRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(_qdate(value) if value else NO_DATE)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QDateEdit):
            value = _pydate(editor.date())
            model.setData(index, value, DateRole)
            model.setData(index, day(value) or "—", Qt.ItemDataRole.DisplayRole)
        elif isinstance(editor, QComboBox):
            status = editor.currentData()
            model.setData(index, status, DateRole)
            model.setData(index, status_text(status), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class GoalTable(QWidget):
    """The goals: a table with Add, Remove, Up and Down beside it."""

    def __init__(self, goals: Sequence[GoalView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Desired learning outcome"), self.tr("Target date"), self.tr("Status")]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(GoalDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Wide enough for the longest status and date in the window's language.
        metrics = self.view.fontMetrics()
        statuses = [metrics.horizontalAdvance(status_text(s)) for s in GOAL_STATUSES]
        widest_day = metrics.horizontalAdvance(day(dt.date(2026, 9, 30)) + "MM")
        for column, wanted in ((1, widest_day), (2, max(statuses))):
            title = metrics.horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal))
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, max(wanted, title) + 28)
        for goal in goals:
            self.append(goal.text, goal.target_on, goal.status, goal.id)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button.clicked.connect(lambda: self.move_goal(+1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def append(
        self, text: str, target: dt.date | None, status: str, goal_id: int | None = None
    ) -> None:
        goal = QStandardItem(text)
        goal.setData(goal_id, GoalIdRole)
        when = QStandardItem(day(target) or "—")
        when.setData(target, DateRole)
        state = QStandardItem(status_text(status))
        state.setData(status, DateRole)
        self.model.appendRow([goal, when, state])

    def add(self) -> None:
        self.append("", None, "in_progress")
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _current(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def remove(self) -> None:
        row = self._current()
        if row >= 0:
            self.model.removeRow(row)

    def move_goal(self, offset: int) -> None:
        row = self._current()
        target = row + offset
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.view.selectRow(target)

    def drafts(self) -> tuple[GoalDraft, ...]:
        goals = []
        for row in range(self.model.rowCount()):
            goal = self.model.item(row, 0)
            goals.append(
                GoalDraft(
                    text=goal.text(),
                    target_on=self.model.item(row, 1).data(DateRole),
                    status=self.model.item(row, 2).data(DateRole) or "in_progress",
                    id=goal.data(GoalIdRole),
                )
            )
        return tuple(goals)


class AgreementEditor(QDialog):
    """``draft()`` is what to save; the dialog closes only on a draft the service accepts."""

    def __init__(
        self,
        names: str,
        view: AgreementView | None,
        program_cadence: int,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mentoring agreement"))
        fit_to_screen(self, 860, 680)
        draft = view.draft() if view is not None else AgreementDraft()
        intro = QLabel(self.tr("Agreement of {names}").format(names=names))
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        self._build_terms(draft, program_cadence)
        self.goals = GoalTable(view.goals if view is not None else ())
        self.confidentiality = self._text(draft.confidentiality, "confidentiality", language)
        self.ending = self._text(draft.ending, "ending", language)
        self.notes = QLineEdit(draft.notes)
        self.notes.setPlaceholderText(self.tr("For the coordinator only; never printed"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self._layout(intro)

    def _build_terms(self, draft: AgreementDraft, cadence: int) -> None:
        self.support: dict[str, QCheckBox] = {}
        for key in SUPPORT_KEYS:
            box = QCheckBox(problem_text(label("support", key)))
            box.setChecked(key in draft.support)
            self.support[key] = box
        self.frequency = QSpinBox()
        self.frequency.setRange(0, MAX_CADENCE_DAYS)
        self.frequency.setSuffix(self.tr(" days"))
        self.frequency.setSpecialValueText(
            self.tr("The program's cadence ({days} days)").format(days=cadence)
        )
        self.frequency.setValue(draft.meeting_every_days or 0)
        self.frequency.setToolTip(self.tr("This becomes the pair's cadence on the Engagement page"))
        self.signed = QCheckBox(self.tr("Signed on"))
        self.signed_on = QDateEdit()
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setMaximumDate(QDate.currentDate())
        self.signed_on.setDate(_qdate(draft.signed_on) if draft.signed_on else QDate.currentDate())
        self.signed.setChecked(draft.signed_on is not None)
        self.signed_on.setEnabled(self.signed.isChecked())
        self.signed.toggled.connect(self.signed_on.setEnabled)

    def _text(self, own: str, which: str, language: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(own or default_text(which, language))
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(130)  # the goals get the room
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return edit

    def _layout(self, intro: QLabel) -> None:
        support = QGroupBox(self.tr("Types of support"))
        grid = QGridLayout(support)
        per_column = -(-len(self.support) // 3)
        for n, box in enumerate(self.support.values()):
            grid.addWidget(box, n % per_column, n // per_column)
        terms = QFormLayout()
        frequency = QHBoxLayout()
        frequency.addWidget(self.frequency)
        frequency.addStretch(1)
        self.frequency.setMinimumWidth(260)
        terms.addRow(self.tr("Meet at least every:"), frequency)
        signed = QHBoxLayout()
        signed.addWidget(self.signed)
        signed.addWidget(self.signed_on)
        signed.addStretch(1)
        terms.addRow(self.tr("Signature:"), signed)
        goals = QGroupBox(self.tr("Goals"))
        QVBoxLayout(goals).addWidget(self.goals)
        texts = QHBoxLayout()
        for title, edit in (
            (self.tr("Confidentiality"), self.confidentiality),
            (self.tr("How either side may end the relationship"), self.ending),
        ):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(edit)
            texts.addWidget(group)
        notes = QFormLayout()
        notes.addRow(self.tr("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(support)
        layout.addLayout(terms)
        layout.addWidget(goals, 1)
        layout.addLayout(texts)
        layout.addLayout(notes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def draft(self) -> AgreementDraft:
        days = self.frequency.value()
        return AgreementDraft(
            support=tuple(k for k, box in self.support.items() if box.isChecked()),
            meeting_every_days=days or None,
            confidentiality=self.confidentiality.toPlainText(),
            ending=self.ending.toPlainText(),
            notes=self.notes.text(),
            signed_on=_pydate(self.signed_on.date()) if self.signed.isChecked() else None,
            goals=self.goals.drafts(),
        )

    def _check(self) -> None:
        try:
            check_draft(self.draft())
        except MentorDeskError as exc:
            self.error.setText(problem_text(exc.message))  # stays until the next try
            self.error.setVisible(True)
            return
        self.accept()


class ReviewDialog(QDialog):
    """The mid-year or end-of-year review: met, in progress or dropped for each goal."""

    def __init__(
        self, names: str, stage: str, goals: Sequence[GoalView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        mid = stage == "mid"
        self.setWindowTitle(self.tr("Mid-year review") if mid else self.tr("End-of-year review"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Where does each goal of {names} stand?").format(names=names))
        intro.setWordWrap(True)
        self.choices: dict[int, QComboBox] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, goal in enumerate(goals):
            combo = QComboBox()
            for status in GOAL_STATUSES:
                combo.addItem(status_text(status), status)
            earlier = goal.mid_status if mid else (goal.end_status or goal.status)
            combo.setCurrentIndex(max(0, combo.findData(earlier or goal.status)))
            text = QLabel(goal.text)
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
            grid.addWidget(combo, row, 1)
            self.choices[goal.id] = combo
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        when = QHBoxLayout()
        when.addWidget(self.on)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Reviewed on:"), when)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def statuses(self) -> dict[int, str]:
        return {goal_id: combo.currentData() for goal_id, combo in self.choices.items()}

    def reviewed_on(self) -> dt.date:
        return _pydate(self.on.date()) or dt.date.today()
