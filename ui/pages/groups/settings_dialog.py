"""How groups are formed for one relation: sizes, mentors, criteria and continuity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.grouping.choices import MOST_WEIGHT, CriterionChoice, GroupingChoices
from app.grouping.rules import Pair, RelationRules
from app.programs.relations import MAX_GROUP_SIZE
from ui.models import labels
from ui.pages.groups.rules_dialog import RulesDialog

KINDS = ("similar", "diverse", "ignore")
CONTINUITY = ("ignore", "keep", "mix")


class GroupingDialog(QDialog):
    """Filled from the settings of the relation whose members are ``role`` (led by
    ``mentor_role``); :meth:`choices` is what the coordinator chose for that relation."""

    def __init__(
        self,
        role: str,
        choices: GroupingChoices,
        fields: Sequence[str],
        parent: QWidget | None = None,
        mentor_role: str = "",
        rules: RelationRules | None = None,
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.together: tuple[Pair, ...] | None = None  # None: the rules as they are
        self.apart: tuple[Pair, ...] | None = None
        relation = labels.role(role)
        if mentor_role:
            relation = self.tr("{role} with {mentor_role}").format(
                role=relation, mentor_role=labels.role(mentor_role)
            )
        self.setWindowTitle(self.tr("Propose groups of {role}").format(role=relation))
        self.resize(620, 540)
        layout = QVBoxLayout(self)
        self.scope = QLabel(
            self.tr(
                "These choices belong to “{relation}” only; the program's other group "
                "relations keep their own."
            ).format(relation=relation)
        )
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        form = QFormLayout()
        self.low, self.high = QSpinBox(), QSpinBox()
        for spin, value in ((self.low, choices.size[0]), (self.high, choices.size[1])):
            spin.setRange(2, MAX_GROUP_SIZE)
            spin.setValue(value)
        sizes = QHBoxLayout()
        sizes.addWidget(self.low)
        sizes.addWidget(QLabel(self.tr("to")))
        sizes.addWidget(self.high)
        sizes.addStretch(1)
        form.addRow(self.tr("Members per group:"), sizes)
        self.mentors = QSpinBox()
        self.mentors.setRange(1, MAX_GROUP_SIZE)
        self.mentors.setValue(max(1, choices.mentors_per_group))
        form.addRow(self.tr("Mentors per group:"), self.mentors)
        self.continuity = QComboBox()
        for key, text in zip(
            CONTINUITY,
            (
                self.tr("Ignore last cycle's groups"),
                self.tr("Keep last cycle's groups together"),
                self.tr("Mix people who were together last cycle"),
            ),
            strict=True,
        ):
            self.continuity.addItem(text, key)
        self.continuity.setCurrentIndex(max(0, CONTINUITY.index(choices.continuity)))
        form.addRow(self.tr("Continuity:"), self.continuity)
        if rules is not None:
            form.addRow(self.tr("Together and apart:"), self._rules_row(rules))
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Per answer: should a group be similar or diverse in it, and how much it "
                    "counts. “Never alone”: no group holds a single person with a value."
                )
            )
        )
        layout.itemAt(layout.count() - 1).widget().setWordWrap(True)  # type: ignore[union-attr]
        self.table = self._table(choices, fields)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Propose groups"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _rules_row(self, rules: RelationRules) -> QHBoxLayout:
        row = QHBoxLayout()
        self.rules_summary = QLabel()
        self._say_rules(len(rules.together), len(rules.apart))
        self.rules_button = QPushButton(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("Keep two people together or apart"))
        self.rules_button.clicked.connect(self.open_rules)
        row.addWidget(self.rules_summary)
        row.addWidget(self.rules_button)
        row.addStretch(1)
        return row

    def _say_rules(self, together: int, apart: int) -> None:
        text = self.tr("%n kept together", "", together) + " · "
        self.rules_summary.setText(text + self.tr("%n kept apart", "", apart))

    def open_rules(self) -> bool:
        """The rules editor over the rules as edited so far; kept when it is accepted."""
        assert self.rules is not None
        rules = self.rules
        if self.together is not None and self.apart is not None:
            rules = rules.with_pairs(self.together, self.apart)
        self.rules_dialog = RulesDialog(rules, self.mentors.value(), self)
        if not self.rules_dialog.exec():
            return False
        self.together, self.apart = self.rules_dialog.together(), self.rules_dialog.apart()
        self._say_rules(len(self.together), len(self.apart))
        return True

    def _table(self, choices: GroupingChoices, fields: Sequence[str]) -> QTableWidget:
        chosen = {c.field: c for c in choices.criteria}
        names = list(dict.fromkeys([*chosen, *choices.never_alone, *fields]))
        table = QTableWidget(len(names), 4)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Answer"),
                self.tr("Groups should be"),
                self.tr("Weight"),
                self.tr("Never alone"),
            ]
        )
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        labels = (self.tr("similar"), self.tr("diverse"), self.tr("ignored"))
        shown = {
            "interests": self.tr("interests"),
            "city": self.tr("city"),
            "province": self.tr("province"),
            "languages": self.tr("languages"),
            "institution": self.tr("institution"),
            "stage": self.tr("stage"),
            "gender": self.tr("gender"),
            "background": self.tr("background"),
            "specialty": self.tr("specialty"),
        }
        for row, name in enumerate(names):
            item = QTableWidgetItem(shown.get(name, name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, item)
            kind = QComboBox()
            for key, text in zip(KINDS, labels, strict=True):
                kind.addItem(text, key)
            kind.setCurrentIndex(KINDS.index(chosen[name].kind) if name in chosen else 2)
            table.setCellWidget(row, 1, kind)
            weight = QDoubleSpinBox()
            weight.setRange(0.0, MOST_WEIGHT)
            weight.setSingleStep(0.5)
            weight.setValue(chosen[name].weight if name in chosen else 1.0)
            table.setCellWidget(row, 2, weight)
            alone = QTableWidgetItem()
            alone.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in choices.never_alone
            alone.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            table.setItem(row, 3, alone)
        return table

    def set_criterion(self, field: str, kind: str, weight: float = 1.0) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == field:  # type: ignore[union-attr]
                combo = self.table.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(KINDS.index(kind))
                spin = self.table.cellWidget(row, 2)
                assert isinstance(spin, QDoubleSpinBox)
                spin.setValue(weight)

    def choices(self) -> GroupingChoices:
        criteria, alone = [], []
        for row in range(self.table.rowCount()):
            name = str(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))  # type: ignore[union-attr]
            combo, spin = self.table.cellWidget(row, 1), self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(spin, QDoubleSpinBox)
            if combo.currentData() != "ignore":
                criteria.append(CriterionChoice(name, str(combo.currentData()), spin.value()))
            if self.table.item(row, 3).checkState() == Qt.CheckState.Checked:  # type: ignore[union-attr]
                alone.append(name)
        return GroupingChoices(
            size=(self.low.value(), self.high.value()),
            mentors_per_group=self.mentors.value(),
            criteria=tuple(criteria),
            never_alone=tuple(alone),
            continuity=str(self.continuity.currentData()),
            together=self.together,
            apart=self.apart,
        )
