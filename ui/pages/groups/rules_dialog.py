"""Keep two people of a group relation together or apart: the rules editor opened from the
groups settings dialog, the picker the board's "Keep together with…" action uses, and the
undoable board step that adds a rule."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.errors import RuleViolationError
from app.grouping.choices import change_rule
from app.grouping.rules import (
    APART,
    TOGETHER,
    Pair,
    RelationRules,
    Rule,
    RulePerson,
    load_rules,
    rule_refusal,
)
from ui.commands.edits import WriteEditor
from ui.core_text import problem_text
from ui.dialogs.match_picker import KeyRole, _WordFilter
from ui.models import labels
from ui.models.search import fold
from ui.pages.groups.commands import BoardCommand
from ui.worker import show_failure

EmailRole = Qt.ItemDataRole.UserRole + 3
GONE_COLOUR = "#8a8a8a"


def person_text(person: RulePerson) -> str:
    """A person as “Name (role)”, or with a note when they are no longer in the cycle."""
    if not person.present:
        note = QCoreApplication.translate("RulesDialog", "no longer in this cycle")
        return f"{person.name} ({note})"
    return f"{person.name} ({labels.role(person.role)})"


def rule_text(first: RulePerson, second: RulePerson) -> str:
    return f"{person_text(first)} — {person_text(second)}"


class PersonPicker(QWidget):
    """A search box over the relation's people (name or email, accents need not be typed)."""

    def __init__(self, people: Sequence[RulePerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name or email…"))
        self.search.setClearButtonEnabled(True)
        self.source = QStandardItemModel(self)
        for person in people:
            item = QStandardItem(person_text(person))
            item.setData(person.email, EmailRole)
            item.setData(fold(f"{person.name} {person.email}"), KeyRole)
            item.setToolTip(person.email)
            item.setEditable(False)
            self.source.appendRow(item)
        self.proxy = _WordFilter(self)
        self.proxy.setSourceModel(self.source)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def current_email(self) -> str:
        index = self.list.currentIndex()
        return str(index.data(EmailRole)) if index.isValid() else ""

    def select(self, email: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if str(index.data(EmailRole)).casefold() == email.casefold():
                self.list.setCurrentIndex(index)
                return


class RulesDialog(QDialog):
    """The relation's "keep together" and "keep apart" lists, edited in place; nothing is
    saved here: :meth:`together` and :meth:`apart` go into the settings dialog's choices."""

    def __init__(
        self, rules: RelationRules, mentors_per_group: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.mentors_per_group = mentors_per_group
        self.setWindowTitle(self.tr("Keep people together or apart"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pick two people, then keep them together (in the same group) or apart (in "
                "different groups). Proposals always respect these rules; two mentors kept "
                "together lead the same group."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._pickers(), 3)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.problem)
        lists = QHBoxLayout()
        self.removers: dict[str, QPushButton] = {}
        self.lists = {
            TOGETHER: self._rule_list(lists, TOGETHER, self.tr("Keep together"), rules.together),
            APART: self._rule_list(lists, APART, self.tr("Keep apart"), rules.apart),
        }
        layout.addLayout(lists, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _pickers(self) -> QGridLayout:
        grid = QGridLayout()
        self.first = PersonPicker(self.rules.people)
        self.second = PersonPicker(self.rules.people)
        grid.addWidget(QLabel(self.tr("First person")), 0, 0)
        grid.addWidget(QLabel(self.tr("Second person")), 0, 1)
        grid.addWidget(self.first, 1, 0)
        grid.addWidget(self.second, 1, 1)
        row = QHBoxLayout()
        self.together_button = QPushButton(self.tr("Keep together"))
        self.apart_button = QPushButton(self.tr("Keep apart"))
        self.together_button.clicked.connect(lambda: self.add(TOGETHER))
        self.apart_button.clicked.connect(lambda: self.add(APART))
        row.addStretch(1)
        row.addWidget(self.together_button)
        row.addWidget(self.apart_button)
        grid.addLayout(row, 2, 0, 1, 2)
        return grid

    def _rule_list(
        self, row: QHBoxLayout, kind: str, title: str, rules: Sequence[Rule]
    ) -> QListWidget:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        shown = QListWidget()
        shown.setObjectName(title)
        shown.setWordWrap(True)  # long names in French stay whole, on two lines
        shown.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for rule in rules:
            self._show(shown, rule.first, rule.second)
        column.addWidget(shown, 1)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(shown))
        self.removers[kind] = remove
        column.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(box, 1)
        return shown

    def _show(self, shown: QListWidget, first: RulePerson, second: RulePerson) -> None:
        item = QListWidgetItem(rule_text(first, second))
        item.setData(EmailRole, (first.email, second.email))
        item.setToolTip(f"{first.email} — {second.email}")
        if not (first.present and second.present):
            item.setForeground(QBrush(QColor(GONE_COLOUR)))
            item.setToolTip(
                self.tr(
                    "Someone in this rule is no longer in the cycle; the rule is kept in case "
                    "they come back. Remove it if it is no longer needed."
                )
            )
        shown.addItem(item)

    def pairs(self, kind: str) -> tuple[Pair, ...]:
        shown = self.lists[kind]
        return tuple(tuple(shown.item(i).data(EmailRole)) for i in range(shown.count()))  # type: ignore[misc]

    def together(self) -> tuple[Pair, ...]:
        return self.pairs(TOGETHER)

    def apart(self) -> tuple[Pair, ...]:
        return self.pairs(APART)

    def choose(self, first: str, second: str) -> None:
        self.first.select(first)
        self.second.select(second)

    def add(self, kind: str) -> bool:
        """Add the picked pair as a ``kind`` rule; a refusal is said under the pickers."""
        first, second = self.first.current_email(), self.second.current_email()
        if not first or not second:
            self.problem.setText(self.tr("Pick a person in each list."))
            return False
        a, b = self.rules.who(first), self.rules.who(second)
        mentors = [p.email for p in self.rules.people if p.is_mentor]
        refused = rule_refusal(
            kind, a, b, self.together(), self.apart(), self.mentors_per_group, mentors
        )
        if refused is not None:
            self.problem.setText(problem_text(refused))
            return False
        self.problem.setText("")
        self._show(self.lists[kind], a, b)
        return True

    def _remove(self, shown: QListWidget) -> None:
        row = shown.currentRow()
        if row >= 0:
            shown.takeItem(row)


class PickPersonDialog(QDialog):
    """The board's "Keep together with…" / "Keep apart from…": pick the other person."""

    def __init__(
        self, person: RulePerson, kind: str, rules: RelationRules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if kind == TOGETHER:
            title = self.tr("Keep {name} together with…").format(name=person.name)
        else:
            title = self.tr("Keep {name} apart from…").format(name=person.name)
        self.setWindowTitle(title)
        self.resize(520, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(title)  # the window title is not always shown (docked, small)
        layout.addWidget(self.heading)
        others = [p for p in rules.people if p.email.casefold() != person.email.casefold()]
        self.picker = PersonPicker(others)
        layout.addWidget(self.picker, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Keep together") if kind == TOGETHER else self.tr("Keep apart")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RuleCommand(BoardCommand):
    """Add one together or apart rule from the board (undo removes it again)."""

    def __init__(
        self, editor: WriteEditor, cycle_id: int, role: str, kind: str, pair: Pair, text: str
    ) -> None:
        super().__init__(editor, text)
        self.cycle_id, self.role, self.kind, self.pair = cycle_id, role, kind, pair

    def do(self, session: Session) -> None:
        change_rule(session, self.cycle_id, self.role, self.kind, *self.pair)

    def undo_change(self, session: Session) -> None:
        change_rule(session, self.cycle_id, self.role, self.kind, *self.pair, add=False)


def ask_rule(
    page: Any, database: Database, cycle_id: int, role: str, pid: int, kind: str
) -> RuleCommand | None:
    """Ask whom to keep ``pid`` together with (or apart from); the step that adds the rule,
    or None when cancelled or refused (the refusal is said)."""
    with database.read() as session:
        rules = load_rules(session, cycle_id, role)
    person = next((p for p in rules.people if p.participant_id == pid), None)
    if person is None:
        return None
    page.rule_dialog = PickPersonDialog(person, kind, rules, page)
    if not page.rule_dialog.exec() or not page.rule_dialog.picker.current_email():
        return None
    other = rules.who(page.rule_dialog.picker.current_email())
    mentors = [p.email for p in rules.people if p.is_mentor]
    together, apart = [r.pair for r in rules.together], [r.pair for r in rules.apart]
    refused = rule_refusal(kind, person, other, together, apart, rules.mentors_per_group, mentors)
    if refused is not None:
        show_failure(page, RuleViolationError(refused))
        return None
    names = {"name": person.name, "other": other.name}
    if kind == TOGETHER:
        text = QCoreApplication.translate("PickPersonDialog", "Keep {name} together with {other}")
    else:
        text = QCoreApplication.translate("PickPersonDialog", "Keep {name} apart from {other}")
    text = text.format(**names)
    return RuleCommand(page, cycle_id, role, kind, (person.email, other.email), text)
