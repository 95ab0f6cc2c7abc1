"""Program → Eligibility rules…: per role, the tests a participant must pass to be matched.

The coordinator picks a field the program has (or the orientation records), a test and
a value; before saving, each rule shows how many active participants of the cycle it
would leave out. Saving checks every rule and names the first that cannot be used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.eligibility import checking, service
from app.eligibility.rules import (
    NO_VALUE_TESTS,
    OPERATORS,
    ORIENTATION,
    ORIENTATION_TESTS,
    parse_rules,
)
from app.errors import MentorDeskError
from ui.core_text import problem_text
from ui.dialogs.participant_parts import field_labels
from ui.models.rows import Column, RowTableModel
from ui.screen_fit import fit_to_screen
from ui.widgets.table import fit_columns, make_table, selected_rows

TESTS = {
    "is_set": QT_TRANSLATE_NOOP("EligibilityRules", "is answered"),
    "is_yes": QT_TRANSLATE_NOOP("EligibilityRules", "is yes"),
    "equals": QT_TRANSLATE_NOOP("EligibilityRules", "equals"),
    "one_of": QT_TRANSLATE_NOOP("EligibilityRules", "is one of (separate with ;)"),
    "at_least": QT_TRANSLATE_NOOP("EligibilityRules", "is at least (number)"),
    "at_most": QT_TRANSLATE_NOOP("EligibilityRules", "is at most (number)"),
    "orientation_by": QT_TRANSLATE_NOOP("EligibilityRules", "orientation attended by (date)"),
    "orientation_hours": QT_TRANSLATE_NOOP("EligibilityRules", "orientation hours at least"),
}
PLACEHOLDERS = {
    "equals": QT_TRANSLATE_NOOP("EligibilityRules", "e.g. yes"),
    "one_of": QT_TRANSLATE_NOOP("EligibilityRules", "e.g. North; East"),
    "at_least": QT_TRANSLATE_NOOP("EligibilityRules", "e.g. 3"),
    "at_most": QT_TRANSLATE_NOOP("EligibilityRules", "e.g. 5"),
    "orientation_by": QT_TRANSLATE_NOOP("EligibilityRules", "e.g. 2026-09-30"),
    "orientation_hours": QT_TRANSLATE_NOOP("EligibilityRules", "e.g. 2"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EligibilityRules", text)


def field_title(name: str) -> str:
    """A field as the coordinator knows it: the form's label, or the question as asked."""
    if name == ORIENTATION:
        return QCoreApplication.translate("EligibilityRules", "Orientation records")
    if name == "returning":
        return QCoreApplication.translate("EligibilityRules", "Returning")
    return field_labels().get(name, name)


@dataclass(frozen=True)
class RuleRow:
    raw: dict[str, Any]
    excludes: int | None

    @property
    def value_text(self) -> str:
        value = self.raw.get("value")
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        return "" if value is None else str(value)


RULE_COLUMNS: list[Column[RuleRow]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Field"), lambda r: field_title(r.raw.get("field") or "")),
    Column(QT_TRANSLATE_NOOP("Column", "Test"), lambda r: _tr(TESTS[r.raw["op"]])),
    Column(QT_TRANSLATE_NOOP("Column", "Value"), lambda r: r.value_text),
    Column(QT_TRANSLATE_NOOP("Column", "Called"), lambda r: r.raw.get("label") or ""),
    Column(
        QT_TRANSLATE_NOOP("Column", "Leaves out"),
        lambda r: "" if r.excludes is None else str(r.excludes),
        sort_key=lambda r: r.excludes or 0,
        align_right=True,
    ),
]


class EligibilityRulesDialog(QDialog):
    def __init__(
        self,
        database: Any,
        program_id: int,
        cycle_id: int,
        ladder: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.program_id, self.cycle_id = database, program_id, cycle_id
        self.ladder = ladder
        self.setWindowTitle(self.tr("Eligibility rules"))
        fit_to_screen(self, 900, 560)
        with database.read() as session:
            stored = service.load_rules(session, program_id)
            self.fields = service.program_fields(session, program_id)
        self.rules: dict[str, list[dict[str, Any]]] = {
            role: [r.to_json() for r in stored.get(role, [])] for role in ladder
        }
        self.counts: dict[str, list[int]] = {}
        self._build()
        self.refresh()

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.role_box = QComboBox()
        for role in self.ladder:
            self.role_box.addItem(role, role)
        self.role_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: RowTableModel[RuleRow] = RowTableModel(RULE_COLUMNS, self)
        self.table = make_table(self.model, multi_select=False, sortable=False)
        fit_columns(self.table, {0: 22, 1: 32, 2: 12, 3: 22})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.field_box = QComboBox()
        for name in [*self.fields, ORIENTATION]:
            self.field_box.addItem(field_title(name), name)
        self.test_box = QComboBox()
        for op in OPERATORS:
            self.test_box.addItem(_tr(TESTS[op]), op)
        self.test_box.currentIndexChanged.connect(lambda _i: self._on_test())
        self.value = QLineEdit()
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. years in the specialty"))
        self.add_button = QPushButton(self.tr("Add rule"))
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton(self.tr("Remove rule"))
        self.remove_button.clicked.connect(self.remove_rule)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._on_test()

    def _layout(self) -> None:
        top = QFormLayout()
        top.addRow(self.tr("Rules for:"), self.role_box)
        editor = QFormLayout()
        editor.addRow(self.tr("Field:"), self.field_box)
        editor.addRow(self.tr("Test:"), self.test_box)
        editor.addRow(self.tr("Value:"), self.value)
        editor.addRow(self.tr("Called in reasons:"), self.label)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(editor)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # -- editing ----------------------------------------------------------------------
    @property
    def role(self) -> str:
        return str(self.role_box.currentData())

    def _on_test(self) -> None:
        op = str(self.test_box.currentData())
        orientation = op in ORIENTATION_TESTS
        if orientation:
            self.field_box.setCurrentIndex(self.field_box.findData(ORIENTATION))
        elif self.field_box.currentData() == ORIENTATION:
            self.field_box.setCurrentIndex(0)
        self.field_box.setEnabled(not orientation)
        self.value.setEnabled(op not in NO_VALUE_TESTS)
        self.value.setPlaceholderText(_tr(PLACEHOLDERS[op]) if op in PLACEHOLDERS else "")

    def add_rule(self) -> None:
        op = str(self.test_box.currentData())
        raw: dict[str, Any] = {"field": self.field_box.currentData(), "op": op}
        if op not in NO_VALUE_TESTS:
            raw["value"] = self.value.text().strip()
        if self.label.text().strip():
            raw["label"] = self.label.text().strip()
        self.rules[self.role].append(raw)
        try:  # a rule that cannot be used is said, and not kept
            parse_rules(self.rules, self.ladder, self.fields)
        except MentorDeskError as exc:
            self.rules[self.role].pop()
            self.problem.setText(problem_text(exc.message))
            return
        self.refresh()
        self.value.clear()
        self.label.clear()

    def remove_rule(self) -> None:
        rows = selected_rows(self.table)
        if rows:
            self.rules[self.role].remove(rows[0].raw)
            self.refresh()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(selected_rows(self.table)))

    # -- checking and saving ----------------------------------------------------------
    def refresh(self) -> bool:
        """Check the rules and count whom each leaves out; False when one is refused."""
        try:
            with self.database.read() as session:
                parsed = parse_rules(self.rules, self.ladder, self.fields)
                self.counts = checking.excluded_counts(session, self.cycle_id, parsed)
                verdicts = checking.check_cycle(session, self.cycle_id, parsed)
        except MentorDeskError as exc:
            self.problem.setText(problem_text(exc.message))
            self._show(None)
            return False
        self.problem.clear()
        self._show(verdicts)
        return True

    def _show(self, verdicts: dict[int, Any] | None) -> None:
        counts = self.counts.get(self.role, [])
        rules = self.rules[self.role]
        self.model.set_rows(
            [
                RuleRow(raw, counts[n] if verdicts is not None and n < len(counts) else None)
                for n, raw in enumerate(rules)
            ]
        )
        self._update_buttons()
        if verdicts is None:
            self.summary.clear()
            return
        active = [v for v in verdicts.values() if v.role == self.role and v.status == "active"]
        left_out = sum(not v.eligible for v in active)
        if not rules:
            self.summary.setText(self.tr("No rules: everyone in this role can be matched."))
        else:
            self.summary.setText(
                self.tr("These rules leave out {count} of {total} active participants.").format(
                    count=left_out, total=len(active)
                )
            )

    def save(self) -> None:
        try:
            with self.database.write() as session:
                service.save_rules(session, self.program_id, self.rules)
        except MentorDeskError as exc:
            self.problem.setText(problem_text(exc.message))
            return
        self.accept()
