"""Program settings: name, model, roles and, per relation, pairs or groups, cadence, capacity,
criteria and which answers stay hidden. A change that touches existing data says what it will
do before it is saved (``app.programs.setup.preview_settings_change``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.matching.profile import MAX_CAPACITY
from app.programs.messages import sentence
from app.programs.presets import CUSTOM, MODELS, relaid_relations
from app.programs.relations import (
    CRITERION_KEYS,
    GROUPS,
    MAX_CADENCE_DAYS,
    MAX_GROUP_SIZE,
    PAIRS,
    SENSITIVE_ANSWERS,
    RelationSettings,
)
from app.programs.setup import ProgramSetup, load_setup, preview_settings_change, save_program_setup
from ui.context import AppContext
from ui.core_text import problem_text
from ui.dialogs.new_program import model_description, model_title, split_roles
from ui.pages.base import Page, heading, hint
from ui.widgets.empty_state import EmptyState


def criterion_name(key: str) -> str:
    """A criterion's human name in the window's language."""
    return problem_text(sentence(f"programs.criterion.{key}"))


def answer_name(key: str) -> str:
    return problem_text(sentence(f"programs.answer.{key}"))


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setMaximumWidth(140)
    return spin


class RelationEditor(QWidget):
    """The settings of one relation between two rungs."""

    def __init__(self, relation: RelationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relation = relation
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Pairs (one mentor, one mentee)"), PAIRS)
        self.kind.addItem(self.tr("Groups"), GROUPS)
        self.cadence = _spin(1, MAX_CADENCE_DAYS, self.tr(" days"))
        self.capacity = _spin(1, MAX_CAPACITY)
        self.capacity.setToolTip(self.tr("Used when a sign-up does not say"))
        self.smallest = _spin(2, MAX_GROUP_SIZE)
        self.largest = _spin(2, MAX_GROUP_SIZE)
        self.mentors = _spin(1, MAX_GROUP_SIZE)
        self.criteria = {key: QCheckBox(criterion_name(key)) for key in CRITERION_KEYS}
        self.sensitive = {key: QCheckBox(answer_name(key)) for key in SENSITIVE_ANSWERS}
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._layout()
        self.show_relation(relation)

    def _layout(self) -> None:
        sizes = QHBoxLayout()
        sizes.addWidget(self.smallest)
        sizes.addWidget(QLabel(self.tr("to")))
        sizes.addWidget(self.largest)
        sizes.addWidget(QLabel(self.tr("members, with")))
        sizes.addWidget(self.mentors)
        sizes.addWidget(QLabel(self.tr("mentors per group")))
        sizes.addStretch(1)
        self.group_row = QWidget()
        self.group_row.setLayout(sizes)
        sizes.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Made of:"), self.kind)
        form.addRow(self.tr("Group size:"), self.group_row)
        form.addRow(self.tr("Contact every:"), self.cadence)
        form.addRow(self.tr("Default capacity:"), self.capacity)
        criteria = QGroupBox(self.tr("Matching criteria that apply"))
        grid = QGridLayout(criteria)
        for n, box in enumerate(self.criteria.values()):
            grid.addWidget(box, n // 2, n % 2)
        hidden = QGroupBox(self.tr("Sensitive answers, hidden in tables and never in letters"))
        row = QHBoxLayout(hidden)
        for box in self.sensitive.values():
            row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(criteria)
        layout.addWidget(hidden)
        layout.addStretch(1)

    def show_relation(self, relation: RelationSettings) -> None:
        self.relation = relation
        self.kind.setCurrentIndex(self.kind.findData(relation.kind))
        self.cadence.setValue(relation.cadence_days)
        self.capacity.setValue(relation.default_capacity)
        self.smallest.setValue(relation.group_size[0])
        self.largest.setValue(relation.group_size[1])
        self.mentors.setValue(relation.mentors_per_group)
        for key, box in self.criteria.items():
            box.setChecked(key in relation.criteria)
        for key, box in self.sensitive.items():
            box.setChecked(key in relation.sensitive)
        self._kind_changed()

    def _kind_changed(self, *_: object) -> None:
        self.group_row.setEnabled(self.kind.currentData() == GROUPS)

    def chosen(self) -> RelationSettings:
        return replace(
            self.relation,
            kind=str(self.kind.currentData()),
            cadence_days=self.cadence.value(),
            default_capacity=self.capacity.value(),
            group_size=(self.smallest.value(), self.largest.value()),
            mentors_per_group=self.mentors.value(),
            criteria=tuple(k for k, box in self.criteria.items() if box.isChecked()),
            sensitive=tuple(k for k, box in self.sensitive.items() if box.isChecked()),
            stored=True,
        )


class ProgramSettingsPage(Page):
    title = "Program"
    tip = "The program's model, roles and relations (Ctrl+6)"

    programChanged = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setup: ProgramSetup | None = None
        self.program_id: int | None = None
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.model = QComboBox()
        for key in MODELS:
            self.model.addItem(model_title(key), key)
        self.model.activated.connect(self._model_chosen)
        self.description = hint("")
        # One line: a wrapped label in a form row gets room it does not need.
        self.description.setWordWrap(False)
        self.ladder = QLineEdit()
        self.ladder.editingFinished.connect(self._ladder_edited)
        self.ladder_note = hint(self.tr("The roles cannot change once people are in the program."))
        self.tabs = QTabWidget()
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setToolTip(
            self.tr("Save the program; a change that touches existing data is described first")
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo my edits"))
        self.revert_button.setToolTip(self.tr("Go back to the program as it was last saved"))
        self.revert_button.clicked.connect(self.reload)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Program name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Program model:"), self.model)
        form.addRow("", self.description)
        form.addRow(self.tr("Roles:"), self.ladder)
        form.addRow("", self.ladder_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(QLabel(self.tr("<b>Each relation between two roles</b>")))
        inner.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.empty = EmptyState(scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Program settings")))
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            self.program_id = self.setup = None
            self.empty.show_message(*self.context.no_cycle_message())
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)
            return
        self.program_id = cycle.program_id
        with self.context.database.read() as session:
            self.setup = load_setup(session, cycle.program_id)
        self.empty.show_content()
        self.save_button.setEnabled(True)
        self.revert_button.setEnabled(True)
        self.show_setup(self.setup)

    def show_setup(self, setup: ProgramSetup) -> None:
        self.name.setText(setup.name)
        self.organisation.setText(setup.organisation)
        index = self.model.findData(setup.model or CUSTOM)
        self.model.setCurrentIndex(index)
        self.description.setText(model_description(setup.model or CUSTOM))
        self.ladder.setText(" → ".join(setup.ladder))
        self.ladder.setReadOnly(setup.ladder_locked)
        self.ladder_note.setVisible(setup.ladder_locked)
        self._show_relations(setup.relations)

    def _show_relations(self, relations: tuple[RelationSettings, ...]) -> None:
        current = self.tabs.currentIndex()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        for relation in relations:
            editor = RelationEditor(relation)
            self.tabs.addTab(editor, f"{relation.mentor_role} → {relation.mentee_role}")
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))

    def editors(self) -> list[RelationEditor]:
        found = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [w for w in found if isinstance(w, RelationEditor)]

    # -- edits ------------------------------------------------------------------------
    def chosen(self) -> ProgramSetup:
        assert self.setup is not None
        return replace(
            self.setup,
            name=self.name.text(),
            organisation=self.organisation.text(),
            model=str(self.model.currentData()),
            ladder=tuple(split_roles(self.ladder.text())),
            relations=tuple(editor.chosen() for editor in self.editors()),
        )

    def _model_chosen(self, *_: object) -> None:
        """Lay the chosen model's relations on the roles; nothing is saved yet."""
        if self.setup is None:
            return
        model = str(self.model.currentData())
        self.description.setText(model_description(model))
        chosen = self.chosen()
        preset = chosen.with_model(model)
        self.setup = replace(self.setup, flags=preset.flags)
        self._show_relations(preset.relations)

    def _ladder_edited(self) -> None:
        """Lay the relations on the edited roles, keeping what each was set to (unsaved
        choices included): renamed roles keep their relations' settings, and a relation
        between two roles still next to each other keeps its own."""
        if self.setup is None or self.setup.ladder_locked:
            return
        ladder = tuple(split_roles(self.ladder.text()))
        relations = [editor.chosen() for editor in self.editors()]
        shown = tuple(r.mentor_role for r in relations) + tuple(
            r.mentee_role for r in relations[-1:]
        )
        if len(ladder) >= 2 and ladder != shown:
            model = str(self.model.currentData())
            self._show_relations(tuple(relaid_relations(relations, model, ladder)))

    def save(self) -> None:
        if self.program_id is None:
            return
        chosen = self.chosen()
        try:
            with self.context.database.read() as session:
                effects = preview_settings_change(session, self.program_id, chosen)
        except MentorDeskError as exc:
            self.say_problem(problem_text(exc.message))
            return
        if effects and not self.confirm(effects):
            return
        try:
            with self.context.database.write() as session:
                save_program_setup(session, self.program_id, chosen)
        except MentorDeskError as exc:
            self.say_problem(problem_text(exc.message))
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved the program settings."))
        self.programChanged.emit()
        self.context.notify_changed()

    def confirm(self, effects: list[str]) -> bool:
        said = "\n".join(f"• {problem_text(effect)}" for effect in effects)
        question = self.tr("Saving these settings will change existing data:")
        answer = QMessageBox.question(
            self,
            self.tr("Save the program settings?"),
            f"{question}\n\n{said}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def say_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(text)
