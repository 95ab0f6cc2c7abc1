"""Edit a survey: name, moment, audience, anonymity, and its questions in English and French
(text, kind, answers to choose from, required, order)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.models import SURVEY_MOMENTS, SURVEY_QUESTION_KINDS
from app.errors import MentorDeskError
from app.surveys.service import CHOICE_KINDS, QuestionDraft, SurveyDraft
from ui.core_text import problem_text
from ui.pages.wording import counted
from ui.screen_fit import fit_to_screen

_WORDS = "SurveyWords"
MOMENT_NAMES = {
    "start": QT_TRANSLATE_NOOP("SurveyWords", "Start of the cycle"),
    "mid": QT_TRANSLATE_NOOP("SurveyWords", "Mid-year"),
    "end": QT_TRANSLATE_NOOP("SurveyWords", "End of the cycle"),
    "after_match": QT_TRANSLATE_NOOP("SurveyWords", "Days after a match begins"),
    "pre": QT_TRANSLATE_NOOP("SurveyWords", "Before the program (pre)"),
    "post": QT_TRANSLATE_NOOP("SurveyWords", "After the program (post)"),
}
KIND_NAMES = {
    "yes_no": QT_TRANSLATE_NOOP("SurveyWords", "Yes or no"),
    "likert": QT_TRANSLATE_NOOP("SurveyWords", "Scale with labels"),
    "scale": QT_TRANSLATE_NOOP("SurveyWords", "Rating 1 to 5"),
    "single": QT_TRANSLATE_NOOP("SurveyWords", "One choice"),
    "multiple": QT_TRANSLATE_NOOP("SurveyWords", "Several choices"),
    "number": QT_TRANSLATE_NOOP("SurveyWords", "Number"),
    "text": QT_TRANSLATE_NOOP("SurveyWords", "Free text"),
    # Columns of an answers file that are not questions.
    "email": QT_TRANSLATE_NOOP("SurveyWords", "email"),
    "submitted": QT_TRANSLATE_NOOP("SurveyWords", "time sent"),
}


def moment_name(moment: str, days: int | None = None) -> str:
    if moment == "after_match" and days is not None:
        text = QCoreApplication.translate("SurveyWords", "%n day(s) after a match begins", "", days)
        return counted(text, days)
    if moment in MOMENT_NAMES:
        return QCoreApplication.translate(_WORDS, MOMENT_NAMES[moment])
    return moment


def kind_name(kind: str) -> str:
    if kind in KIND_NAMES:
        return QCoreApplication.translate(_WORDS, KIND_NAMES[kind])
    return kind


_SLUG = re.compile(r"[^0-9a-z]+")


def choices_text(question: QuestionDraft) -> str:
    """One answer a line, "English | Français"."""
    lines = []
    for choice in question.choices:
        english = choice.get("label") or choice.get("en", "")
        french = choice.get("fr", "")
        lines.append(f"{english} | {french}" if french and french != english else english)
    return "\n".join(lines)


def read_choices(text: str, before: list[dict[str, object]]) -> list[dict[str, object]]:
    """The answers typed, keeping each line's key and flag from the answer it replaces."""
    choices: list[dict[str, object]] = []
    keys: set[str] = set()
    for number, line in enumerate(t for t in text.splitlines() if t.strip()):
        english, _, french = (part.strip() for part in line.partition("|"))
        old = dict(before[number]) if number < len(before) else {}
        key = str(old.get("key") or _SLUG.sub("_", english.casefold()).strip("_") or number)
        while key in keys:
            key += "_"
        keys.add(key)
        made: dict[str, object] = {"key": key, "en": english, "fr": french or english}
        if old.get("flag"):
            made["flag"] = True
        if old.get("label"):  # a learned answer is counted by its words as written
            made["label"] = english
        choices.append(made)
    return choices


class SurveyEditorDialog(QDialog):
    """Edits a copy of ``draft``; OK hands it to ``save``, and stays open on a refusal."""

    def __init__(
        self,
        draft: SurveyDraft,
        roles: list[str],
        groups: list[tuple[int, str]],
        save: Callable[[SurveyDraft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = copy.deepcopy(draft)
        self._save = save
        self._current = -1
        self.setWindowTitle(self.tr("Edit survey"))
        fit_to_screen(self, 1000, 640)
        self.name = QLineEdit(self.draft.name)
        self.moment = QComboBox()
        for moment in SURVEY_MOMENTS:
            self.moment.addItem(moment_name(moment), moment)
        self.moment.setCurrentIndex(SURVEY_MOMENTS.index(self.draft.moment))
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(self.draft.days_after_match or 30)
        self.moment.currentIndexChanged.connect(self._moment_changed)
        self.anonymous = QCheckBox(self.tr("Anonymous: keep no link to the person who answered"))
        self.anonymous.setChecked(self.draft.anonymous)
        self.roles = self._checklist(roles, set(self.draft.audience.get("roles") or []))
        chosen_groups = {int(g) for g in self.draft.audience.get("groups") or []}
        self.groups = QListWidget()
        for group_id, name in groups:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group_id in chosen_groups
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups.setVisible(bool(groups))
        settings = QFormLayout()
        settings.addRow(self.tr("Name:"), self.name)
        when = QHBoxLayout()
        when.addWidget(self.moment, 1)
        when.addWidget(self.days)
        settings.addRow(self.tr("Sent:"), when)
        settings.addRow("", self.anonymous)
        audience = QHBoxLayout()
        audience.addWidget(self.roles)
        audience.addWidget(self.groups)
        settings.addRow(self.tr("Asked (none ticked: everyone):"), audience)
        self.roles.setMaximumHeight(90)
        self.groups.setMaximumHeight(90)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_question)
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        up, down = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        add.clicked.connect(self.add_question)
        remove.clicked.connect(self.remove_question)
        up.clicked.connect(lambda: self.move_question(-1))
        down.clicked.connect(lambda: self.move_question(1))
        moves = QHBoxLayout()
        for button in (add, remove, up, down):
            moves.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(moves)
        self.text = QLineEdit()
        self.text_fr = QLineEdit()
        self.kind = QComboBox()
        for kind in SURVEY_QUESTION_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.required = QCheckBox(self.tr("An answer is required"))
        self.choices = QPlainTextEdit()
        self.choices.setPlaceholderText(self.tr("One answer a line: English | Français"))
        self.choices_hint = QLabel(self.tr("Answers, one a line (English | Français):"))
        details = QFormLayout()
        details.addRow(self.tr("In English:"), self.text)
        details.addRow(self.tr("In French:"), self.text_fr)
        details.addRow(self.tr("Answer:"), self.kind)
        details.addRow("", self.required)
        details.addRow(self.choices_hint)
        details.addRow(self.choices)
        for widget in (self.text, self.text_fr):
            widget.textEdited.connect(self._store)
        self.kind.currentIndexChanged.connect(self._store)
        self.required.toggled.connect(self._store)
        self.choices.textChanged.connect(self._store)
        questions = QGroupBox(self.tr("Questions"))
        body = QHBoxLayout(questions)
        body.addLayout(left, 2)
        body.addLayout(details, 3)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(questions, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._moment_changed()
        self._fill_list()
        self.list.setCurrentRow(0 if self.draft.questions else -1)

    def _checklist(self, names: list[str], checked: set[str]) -> QListWidget:
        widget = QListWidget()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = name in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    def _moment_changed(self) -> None:
        self.days.setEnabled(self.moment.currentData() == "after_match")

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, question in enumerate(self.draft.questions, 1):
            self.list.addItem(f"{number}. {self._shown(question)}")
        self.list.blockSignals(False)

    @staticmethod
    def _shown(question: QuestionDraft) -> str:
        """The question as the list names it, in the window's language."""
        french = QLocale().language() == QLocale.Language.French
        return (question.text_fr or question.text) if french else question.text

    def _show_question(self, row: int) -> None:
        self._current = row
        has = 0 <= row < len(self.draft.questions)
        for widget in (self.text, self.text_fr, self.kind, self.required, self.choices):
            widget.setEnabled(has)
        if not has:
            return
        question = self.draft.questions[row]
        for widget in (self.text, self.text_fr, self.kind, self.required, self.choices):
            widget.blockSignals(True)
        self.text.setText(question.text)
        self.text_fr.setText(question.text_fr)
        self.kind.setCurrentIndex(max(0, self.kind.findData(question.kind)))
        self.required.setChecked(question.required)
        self.choices.setPlainText(choices_text(question))
        for widget in (self.text, self.text_fr, self.kind, self.required, self.choices):
            widget.blockSignals(False)
        self._kind_shown()

    def _kind_shown(self) -> None:
        shows = self.kind.currentData() in (*CHOICE_KINDS, "scale")
        self.choices.setVisible(shows)
        self.choices_hint.setVisible(shows)

    def _store(self) -> None:
        row = self._current
        if not 0 <= row < len(self.draft.questions):
            return
        question = self.draft.questions[row]
        question.text = self.text.text()
        question.text_fr = self.text_fr.text()
        question.kind = str(self.kind.currentData())
        question.required = self.required.isChecked()
        question.choices = read_choices(self.choices.toPlainText(), question.choices)
        item = self.list.item(row)
        if item is not None:
            item.setText(f"{row + 1}. {self._shown(question)}")
        self._kind_shown()

    def add_question(self) -> None:
        self.draft.questions.append(QuestionDraft(self.tr("New question"), kind="text"))
        self._fill_list()
        self.list.setCurrentRow(len(self.draft.questions) - 1)
        self.text.setFocus()
        self.text.selectAll()

    def remove_question(self) -> None:
        row = self._current
        if 0 <= row < len(self.draft.questions):
            del self.draft.questions[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self.draft.questions) - 1))

    def move_question(self, step: int) -> None:
        row, questions = self._current, self.draft.questions
        target = row + step
        if 0 <= row < len(questions) and 0 <= target < len(questions):
            questions[row], questions[target] = questions[target], questions[row]
            self._fill_list()
            self.list.setCurrentRow(target)

    def edited_draft(self) -> SurveyDraft:
        draft = self.draft
        draft.name = self.name.text()
        draft.moment = str(self.moment.currentData())
        draft.days_after_match = self.days.value() if draft.moment == "after_match" else None
        draft.anonymous = self.anonymous.isChecked()
        roles = [
            item.text()
            for item in (self.roles.item(n) for n in range(self.roles.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]
        groups = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.groups.item(n) for n in range(self.groups.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]
        draft.audience = {"roles": roles, "groups": groups}
        return draft

    def accept(self) -> None:
        try:
            self._save(copy.deepcopy(self.edited_draft()))
        except MentorDeskError as exc:
            self.problem.setText(problem_text(exc.message))
            return
        super().accept()
