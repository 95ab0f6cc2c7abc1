"""Create a program and its first cycle; and the welcome shown on an empty database."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class NewProgram:
    name: str
    organisation: str
    role_ladder: list[str]
    cycle_label: str
    starts_on: dt.date
    ends_on: dt.date


def season(today: dt.date | None = None) -> tuple[str, dt.date, dt.date]:
    """The program year starting this September: label, start and end dates."""
    today = today or dt.date.today()
    year = today.year if today.month >= 7 else today.year - 1
    return f"{year}-{year + 1}", dt.date(year, 9, 1), dt.date(year + 1, 6, 15)


def split_roles(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"→|->|>|,|;", text) if part.strip()]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class NewProgramDialog(QDialog):
    """``create`` is called with the answers; it returns an error sentence or ``None``."""

    def __init__(
        self, create: Callable[[NewProgram], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.presets = self.ladder_presets()
        self.setWindowTitle(self.tr("New program"))
        self.setMinimumWidth(560)
        label, starts, ends = season()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Paediatrics Mentorship Program"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Canadian Paediatric Society (optional)"))
        self.ladder = QComboBox()
        for roles in self.presets:
            chain = " → ".join(roles)
            cascading = len(roles) > 2  # a ladder where mentees mentor in turn
            self.ladder.addItem(
                self.tr("Cascading: {roles}").format(roles=chain)
                if cascading
                else chain or self.tr("Custom…")
            )
        self.ladder.setToolTip(self.tr("The roles of the program, most senior first"))
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(self.tr("Roles, most senior first: Mentor → Mentee"))
        self.custom.setVisible(False)
        self.ladder.currentIndexChanged.connect(
            lambda i: self.custom.setVisible(not self.presets[i])
        )
        self.cycle = QLineEdit(label)
        self.cycle.setToolTip(self.tr("A name for this year or term of the program"))
        self.starts = QDateEdit(_qdate(starts))
        self.ends = QDateEdit(_qdate(ends))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self._layout()

    def ladder_presets(self) -> tuple[list[str], ...]:
        """The usual role ladders, most senior first; the empty one is typed by hand."""
        return (
            [self.tr("Resident mentor"), self.tr("Medical student")],
            [
                self.tr("Program lead"),
                self.tr("Resident mentor"),
                self.tr("Student mentor"),
                self.tr("Youth"),
            ],
            [],
        )

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Program name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Roles:"), self.ladder)
        form.addRow("", self.custom)
        form.addRow(self.tr("First cycle:"), self.cycle)
        form.addRow(self.tr("Starts on:"), self.starts)
        form.addRow(self.tr("Ends on:"), self.ends)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create program"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def answers(self) -> NewProgram:
        roles = self.presets[self.ladder.currentIndex()] or split_roles(self.custom.text())
        return NewProgram(
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            role_ladder=list(roles),
            cycle_label=self.cycle.text().strip(),
            starts_on=self.starts.date().toPython(),
            ends_on=self.ends.date().toPython(),
        )

    def accept(self) -> None:
        problem = self._create(self.answers())
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        super().accept()


class WelcomeDialog(QDialog):
    """Shown when the database has no program yet; ``choice`` is create, demo or ''."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Welcome to MentorDesk"))
        self.setMinimumWidth(480)
        text = QLabel(
            self.tr(
                "<h3>Welcome to MentorDesk</h3>"
                "<p>Start by creating your program and this year's cycle. You can then import "
                "the sign-up spreadsheets, propose matches and write the match letters.</p>"
                "<p>To look around first, load a demo program of fictional people; you can "
                "create your own program whenever you like.</p>"
            )
        )
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a program…"))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Load the demo program"))
        later = QPushButton(self.tr("Not now"))
        self.create_button.clicked.connect(lambda: self._choose("create"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        later.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        # Translated buttons are longer: the window grows rather than cut them.
        margins = layout.contentsMargins()
        self.setMinimumWidth(
            max(480, buttons.sizeHint().width() + margins.left() + margins.right())
        )

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
