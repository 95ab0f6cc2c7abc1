"""A program's matching settings: criteria weights, rules, mode, and the never-pair list.

The dialog edits a copy; Save validates and stores everything in one transaction through
``app.matching.settings_service``. ``save`` is given by the page so the dialog stays free
of database code. Export… and Import… write and read the same JSON file as
``mentordesk match --settings FILE`` (``app.matching.settings_file``); an imported file
only fills the dialog, Save still decides.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.matching.profile import CRITERIA, MAX_CAPACITY, Ban, MatchSettings
from app.matching.settings_service import MatchChoices, NeverPairRow
from ui.core_text import problem_text
from ui.models.rows import Column, RowTableModel
from ui.widgets.table import fit_columns, make_table, selected_rows

MAX_WEIGHT = 10


@dataclasses.dataclass(frozen=True)
class PersonChoice:
    person_id: int
    name: str


# Given the settings dict (``MatchSettings.to_dict()`` and the choices); returns an error
# sentence or None.
SaveSettings = Callable[[Any], str | None]


def _combo(choices: Sequence[tuple[str, str]], current: str) -> QComboBox:
    """A combo box of ``(key, text)`` choices, ``current`` chosen."""
    box = QComboBox()
    for key, text in choices:
        box.addItem(text, key)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class MatchingSettingsDialog(QDialog):
    def __init__(
        self,
        settings: MatchSettings,
        never_pairs: Sequence[NeverPairRow],
        people: tuple[Sequence[PersonChoice], Sequence[PersonChoice]],
        save: SaveSettings,
        parent: QWidget | None = None,
        choices: MatchChoices | None = None,
        unanswered: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matching settings"))
        self._unanswered = unanswered
        self._save = save
        self._mentors, self._mentees = people
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.bans: RowTableModel[NeverPairRow] = RowTableModel(
            [
                Column(self.tr("Mentor"), lambda r: r.mentor_name),
                Column(self.tr("Mentee"), lambda r: r.mentee_name),
                Column(self.tr("Reason"), lambda r: r.reason),
            ],
            self,
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "These settings apply to the whole program; proposals made after saving "
                    "use them. Pairs you saved stay as they are."
                )
            )
        )
        columns = QHBoxLayout()
        columns.addWidget(self._weights_box(), 6)
        right = QVBoxLayout()
        right.addWidget(self._rules_box())
        right.addWidget(self._mode_box())
        columns.addLayout(right, 5)
        layout.addLayout(columns)
        layout.addWidget(self._never_box(), 1)
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        self.show_settings(settings, never_pairs)
        self.show_choices(choices or MatchChoices())
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(1060, 720 if room is None else min(720, room.height() - 60))

    # -- wording ----------------------------------------------------------------------
    def criterion_text(self) -> dict[str, tuple[str, str]]:
        """Each criterion's title and the one line explaining what it weighs."""
        return {
            "interests": (
                self.tr("Shared interests"),
                self.tr("Subspecialties, research, advocacy… in common"),
            ),
            "location": (
                self.tr("Location"),
                self.tr("Close enough to meet, as the mentee prefers"),
            ),
            "language": (
                self.tr("Language"),
                self.tr("A language in common, best the mentee's preferred one"),
            ),
            "institution": (
                self.tr("Institution"),
                self.tr("Same or different school, as the rule below says"),
            ),
            "style": (self.tr("Mentoring style"), self.tr("Hands-on or laid-back, as both said")),
            "gender": (self.tr("Gender preference"), self.tr("Only when the mentee stated one")),
            "background": (
                self.tr("Cultural background"),
                self.tr("Similar, unless the family does not mind; only where the relation asks"),
            ),
            "continuity": (
                self.tr("Continuity"),
                self.tr("Last year's pairs, as the rule below says"),
            ),
        }

    def institution_choices(self) -> tuple[tuple[str, str], ...]:
        return (
            ("different", self.tr("Prefer a different school (widens the network)")),
            ("same", self.tr("Prefer the same school")),
            ("ignore", self.tr("Do not consider the school")),
        )

    def continuity_choices(self) -> tuple[tuple[str, str], ...]:
        return (
            ("keep", self.tr("Keep last year's mentor when possible")),
            ("avoid", self.tr("Prefer a new mentor")),
            ("ignore", self.tr("Do not consider earlier years")),
        )

    def location_choices(self) -> tuple[tuple[str, str], ...]:
        return (
            ("mentee", self.tr("Follow each mentee's stated preference")),
            ("nearby", self.tr("Prefer a nearby mentor unless the mentee said “anywhere”")),
            ("ignore", self.tr("Do not consider location")),
        )

    # -- building ---------------------------------------------------------------------
    def _weights_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What counts, and how much"))
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setVerticalSpacing(4)
        texts = self.criterion_text()
        for row, name in enumerate(CRITERIA):
            title, explanation = texts[name]
            label = QLabel(f"<b>{title}</b><br><span style='color:palette(placeholder-text)'>"
                           f"{explanation}</span>")  # fmt: skip
            label.setWordWrap(True)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, MAX_WEIGHT)
            slider.setPageStep(1)
            slider.setMinimumWidth(110)
            spin = QSpinBox()
            spin.setRange(0, MAX_WEIGHT)
            spin.setToolTip(self.tr("0 = not considered"))
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            self.sliders[name], self.spins[name] = slider, spin
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
            if name in self._unanswered:
                # Nobody answered what it reads: it would score every pair the same.
                why = self.tr("No participant of this cycle answered this, so it cannot count")
                for widget in (label, slider, spin):
                    widget.setEnabled(False)
                    widget.setToolTip(why)
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rules"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.institution = _combo(self.institution_choices(), "different")
        self.continuity = _combo(self.continuity_choices(), "keep")
        self.location = _combo(self.location_choices(), "mentee")
        form.addRow(self.tr("School:"), self.institution)
        form.addRow(self.tr("Returning pairs:"), self.continuity)
        form.addRow(self.tr("Location:"), self.location)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, MAX_CAPACITY)
        self.capacity.setToolTip(self.tr("Mentees per mentor when a sign-up does not say"))
        self.capacity.setMaximumWidth(90)
        form.addRow(self.tr("Default mentees per mentor:"), self.capacity)
        return box

    def _mode_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Proposals"))
        form = QVBoxLayout(box)
        self.max_matches = QRadioButton(self.tr("Match as many mentees as possible"))
        self.good_only = QRadioButton(self.tr("Only good matches (some mentees may wait)"))
        group = QButtonGroup(box)
        group.addButton(self.max_matches)
        group.addButton(self.good_only)
        form.addWidget(self.max_matches)
        form.addWidget(self.good_only)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Never propose a pair scoring under")))
        self.min_score = QSpinBox()
        self.min_score.setRange(0, 100)
        self.min_score.setSuffix(" %")
        self.min_score.setToolTip(self.tr("0 % proposes any allowed pair"))
        row.addWidget(self.min_score)
        row.addStretch(1)
        form.addLayout(row)
        self.priority = QCheckBox(self.tr("Serve first the mentees left unmatched last cycle"))
        self.priority.setToolTip(
            self.tr("As many of them as possible are matched before the total score counts")
        )
        self.stable = QCheckBox(self.tr("Prefer a stable set"))
        self.stable.setToolTip(
            self.tr(
                "No mentee and mentor who would both rather be together, at the least cost in "
                "total score found"
            )
        )
        form.addWidget(self.priority)
        form.addWidget(self.stable)
        return box

    def _never_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Never pair (conflicts of interest)"))
        layout = QVBoxLayout(box)
        self.ban_table = make_table(self.bans, multi_select=False)
        fit_columns(self.ban_table, {0: 22, 1: 22})
        self.ban_table.setMinimumHeight(110)
        self.ban_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ban_mentor = QComboBox()
        self.ban_mentee = QComboBox()
        for box_, people in ((self.ban_mentor, self._mentors), (self.ban_mentee, self._mentees)):
            box_.setMinimumContentsLength(16)
            for person in people:
                box_.addItem(person.name, person.person_id)
        self.ban_mentor.currentIndexChanged.connect(self._keep_two_people)
        self._keep_two_people()
        self.ban_reason = QLineEdit()
        self.ban_reason.setPlaceholderText(
            self.tr("Reason (required), e.g. supervisor of the student")
        )
        self.add_ban_button = QPushButton(self.tr("Add"))
        self.add_ban_button.clicked.connect(self.add_ban)
        self.remove_ban_button = QPushButton(self.tr("Remove"))
        self.remove_ban_button.clicked.connect(self.remove_ban)
        add_row = QHBoxLayout()
        add_row.addWidget(self.ban_mentor)
        add_row.addWidget(QLabel(self.tr("and")))
        add_row.addWidget(self.ban_mentee)
        add_row.addWidget(self.ban_reason, 1)
        add_row.addWidget(self.add_ban_button)
        add_row.addWidget(self.remove_ban_button)
        layout.addWidget(self.ban_table, 1)
        layout.addLayout(add_row)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setToolTip(
            self.tr("Weights and rules back to MentorDesk's defaults (the list stays)")
        )
        defaults.clicked.connect(self.restore_defaults)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(
            self.tr("Save these settings to a file (for mentordesk match --settings)")
        )
        self.export_button.clicked.connect(self.export_file)
        self.import_button = buttons.addButton(
            self.tr("Import…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setToolTip(
            self.tr("Fill in the settings from a file; the never-pair list stays")
        )
        self.import_button.clicked.connect(self.import_file)
        self.button_box = buttons
        return buttons

    # -- values -----------------------------------------------------------------------
    def show_settings(self, settings: MatchSettings, bans: Sequence[NeverPairRow]) -> None:
        for name in CRITERIA:
            self.spins[name].setValue(round(float(settings.weights.get(name, 0.0))))
        for box, value in (
            (self.institution, settings.institution_rule),
            (self.continuity, settings.continuity),
            (self.location, settings.location_rule),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.capacity.setValue(settings.default_capacity)
        (self.good_only if settings.mode == "good_only" else self.max_matches).setChecked(True)
        self.min_score.setValue(round(settings.min_score * 100))
        self.bans.set_rows(list(bans))
        self._update_buttons()

    def show_choices(self, choices: MatchChoices) -> None:
        self.priority.setChecked(choices.priority_unmatched)
        self.stable.setChecked(choices.prefer_stable)

    def chosen_choices(self) -> MatchChoices:
        return MatchChoices(self.priority.isChecked(), self.stable.isChecked())

    def restore_defaults(self) -> None:
        self.show_settings(MatchSettings(), self.bans.rows())
        self.show_choices(MatchChoices())

    # -- settings file ----------------------------------------------------------------
    def export_file(self) -> None:
        from app.matching.settings_file import write_settings_file

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export matching settings"), "matching-settings.json", "JSON (*.json)"
        )
        if not path:
            return
        try:
            write_settings_file(Path(path), self.chosen(), self.chosen_choices())
        except MentorDeskError as exc:
            self._show_error(problem_text(exc.message))
            return
        self.error.setVisible(False)

    def import_file(self) -> None:
        from app.matching.settings_file import read_settings_file

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import matching settings"), "", "JSON (*.json)"
        )
        if not path:
            return
        try:
            settings, choices = read_settings_file(Path(path), keep=self.chosen())
        except MentorDeskError as exc:
            self._show_error(problem_text(exc.message))
            return
        self.show_settings(settings, self.bans.rows())
        self.show_choices(choices)
        self.error.setVisible(False)

    def chosen(self) -> MatchSettings:
        return MatchSettings(
            weights={name: float(self.spins[name].value()) for name in CRITERIA},
            institution_rule=str(self.institution.currentData()),
            continuity=str(self.continuity.currentData()),
            location_rule=str(self.location.currentData()),
            min_score=self.min_score.value() / 100,
            mode="good_only" if self.good_only.isChecked() else "max_matches",
            default_capacity=self.capacity.value(),
            never_pair=tuple(
                Ban(r.mentor_person, r.mentee_person, r.reason) for r in self.bans.rows()
            ),
        )

    def add_ban(self) -> None:
        mentor, mentee = self.ban_mentor.currentData(), self.ban_mentee.currentData()
        reason = self.ban_reason.text().strip()
        if mentor is None or mentee is None:
            return self._show_error(self.tr("Choose a mentor and a mentee."))
        if mentor == mentee:
            return self._show_error(self.tr("Choose two different people."))
        if not reason:
            return self._show_error(self.tr("Say why these two must never be paired."))
        if any((r.mentor_person, r.mentee_person) == (mentor, mentee) for r in self.bans.rows()):
            return self._show_error(self.tr("These two are already on the list."))
        row = NeverPairRow(
            mentor, mentee, self.ban_mentor.currentText(), self.ban_mentee.currentText(), reason
        )
        self.bans.set_rows([*self.bans.rows(), row])
        self.ban_reason.clear()
        self.error.setVisible(False)
        self._update_buttons()
        return None

    def remove_ban(self) -> None:
        chosen = selected_rows(self.ban_table)
        self.bans.set_rows([r for r in self.bans.rows() if r not in chosen])
        self._update_buttons()

    def _keep_two_people(self, *_: object) -> None:
        """The never-pair picker never offers the same person on both sides."""
        if self.ban_mentee.currentData() != self.ban_mentor.currentData():
            return
        for index in range(self.ban_mentee.count()):
            if self.ban_mentee.itemData(index) != self.ban_mentor.currentData():
                self.ban_mentee.setCurrentIndex(index)
                return

    def _update_buttons(self, *_: object) -> None:
        self.remove_ban_button.setEnabled(bool(selected_rows(self.ban_table)))
        self.add_ban_button.setEnabled(self.ban_mentor.count() > 0 and self.ban_mentee.count() > 0)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def save(self) -> None:
        if sum(spin.value() for spin in self.spins.values()) == 0:
            return self._show_error(self.tr("Give at least one criterion a weight above 0."))
        problem = self._save({**self.chosen().to_dict(), **self.chosen_choices().to_dict()})
        if problem:
            return self._show_error(problem)
        self.accept()
        return None
