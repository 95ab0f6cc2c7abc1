"""Create a program and its first cycle; and the welcome shown on an empty database."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.programs.presets import CUSTOM, MODELS, PRESETS, preset_ladder, preset_relations
from app.programs.relations import RelationSettings
from ui.language import current_language


@dataclass(frozen=True)
class NewProgram:
    name: str
    organisation: str
    role_ladder: list[str]
    cycle_label: str
    starts_on: dt.date
    ends_on: dt.date
    model: str = "one-to-one"


def season(today: dt.date | None = None) -> tuple[str, dt.date, dt.date]:
    """The program year starting this September: label, start and end dates."""
    today = today or dt.date.today()
    year = today.year if today.month >= 7 else today.year - 1
    return f"{year}-{year + 1}", dt.date(year, 9, 1), dt.date(year + 1, 6, 15)


def split_roles(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"→|->|>|,|;", text) if part.strip()]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def model_title(model: str) -> str:
    """A program model's name, in the window's language."""
    titles = {
        "one-to-one": QCoreApplication.translate("ProgramModels", "One-to-one national program"),
        "cascading": QCoreApplication.translate("ProgramModels", "Cascading program"),
        "small-groups": QCoreApplication.translate(
            "ProgramModels", "Small interprofessional groups"
        ),
        "assigned-groups": QCoreApplication.translate(
            "ProgramModels", "Assigned groups over several years"
        ),
        "faculty": QCoreApplication.translate("ProgramModels", "Faculty career mentoring"),
        CUSTOM: QCoreApplication.translate("ProgramModels", "Custom"),
    }
    return titles.get(model, model or QCoreApplication.translate("ProgramModels", "Custom"))


def model_description(model: str) -> str:
    """Who a program model is for, in one line."""
    texts = {
        "one-to-one": QCoreApplication.translate(
            "ProgramModels", "Each medical student has one resident mentor, for the year."
        ),
        "cascading": QCoreApplication.translate(
            "ProgramModels",
            "A program lead oversees resident mentors; residents work in groups with student "
            "mentors, and each student mentors one youth.",
        ),
        "small-groups": QCoreApplication.translate(
            "ProgramModels",
            "One mentor with about four students of different disciplines, over two terms.",
        ),
        "assigned-groups": QCoreApplication.translate(
            "ProgramModels", "Groups of students kept with the same mentor from year to year."
        ),
        "faculty": QCoreApplication.translate(
            "ProgramModels",
            "Junior faculty with a faculty mentor, with agreements, eligibility rules, "
            "orientation and surveys before and after.",
        ),
        CUSTOM: QCoreApplication.translate(
            "ProgramModels", "Your own roles, most senior first; each relation starts as pairs."
        ),
    }
    return texts.get(model, texts[CUSTOM])


def model_ladder(model: str) -> list[str]:
    """A model's roles in the window's language (the coordinator may edit them); the names
    come from the presets, so the program is created with the rungs the dialog showed."""
    if model not in PRESETS or model == CUSTOM:
        return []
    return preset_ladder(model, current_language())


def relation_summary(relation: RelationSettings) -> str:
    """ "Resident mentor → Student mentor: groups of 4–6, 2 mentors each" or "…: pairs"."""
    where = f"{relation.mentor_role} → {relation.mentee_role}"
    if relation.is_groups:
        low, high = relation.group_size
        text = QCoreApplication.translate(
            "ProgramModels",
            "{relation}: groups of {low}–{high}, %n mentor(s) each",
            "",
            relation.mentors_per_group,
        )
        return text.format(relation=where, low=low, high=high)
    return QCoreApplication.translate("ProgramModels", "{relation}: pairs").format(relation=where)


def ladder_summary(model: str, ladder: Sequence[str]) -> str:
    """What choosing ``model`` with ``ladder`` creates: each relation, one per line."""
    if len(ladder) < 2:
        return ""
    relations = preset_relations(model or CUSTOM, list(ladder))
    return "\n".join(relation_summary(r) for r in relations)


class NewProgramDialog(QDialog):
    """``create`` is called with the answers; it returns an error sentence or ``None``."""

    def __init__(
        self, create: Callable[[NewProgram], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.setWindowTitle(self.tr("New program"))
        self.setMinimumWidth(720)
        label, starts, ends = season()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Paediatrics Mentorship Program"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Canadian Paediatric Society (optional)"))
        self.model = QComboBox()
        for key in MODELS:
            self.model.addItem(model_title(key), key)
            self.model.setItemData(
                self.model.count() - 1, model_description(key), Qt.ItemDataRole.ToolTipRole
            )
        self.model.setToolTip(self.tr("How the program works; you can change it later"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.ladder = QLineEdit()
        self.ladder.setPlaceholderText(self.tr("Roles, most senior first: Mentor → Mentee"))
        self.ladder.setToolTip(self.tr("The roles of the program, most senior first"))
        self.relations = QLabel()
        self.relations.setWordWrap(True)
        self.relations.setStyleSheet("color: palette(placeholder-text);")
        self.model.currentIndexChanged.connect(self._on_model)
        self.ladder.textEdited.connect(self._show_relations)
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
        self._on_model()

    @property
    def chosen_model(self) -> str:
        return str(self.model.currentData())

    def _on_model(self, *_: object) -> None:
        self.description.setText(model_description(self.chosen_model))
        self.ladder.setText(" → ".join(model_ladder(self.chosen_model)))
        self.ladder.setCursorPosition(0)
        self._show_relations()

    def _show_relations(self, *_: object) -> None:
        self.relations.setText(ladder_summary(self.chosen_model, split_roles(self.ladder.text())))

    def _layout(self) -> None:
        # A grid, not a form layout: a form gives wrapped texts the height they would need
        # at their narrowest, leaving gaps around the model's description.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        rows = (
            (self.tr("Program name:"), self.name),
            (self.tr("Organisation:"), self.organisation),
            (self.tr("Program model:"), self.model),
            ("", self.description),
            (self.tr("Roles:"), self.ladder),
            ("", self.relations),
            (self.tr("First cycle:"), self.cycle),
            (self.tr("Starts on:"), self.starts),
            (self.tr("Ends on:"), self.ends),
        )
        for row, (label, field) in enumerate(rows):
            if label:
                form.addWidget(QLabel(label), row, 0)
            form.addWidget(field, row, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create program"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)  # room the wrapped texts do not need goes below them
        layout.addWidget(buttons)

    def answers(self) -> NewProgram:
        return NewProgram(
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            role_ladder=split_roles(self.ladder.text()),
            cycle_label=self.cycle.text().strip(),
            starts_on=self.starts.date().toPython(),
            ends_on=self.ends.date().toPython(),
            model=self.chosen_model,
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
