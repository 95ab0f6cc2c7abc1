"""Groups: propose a relation's groups off the GUI thread, then move people between cards,
lock, rename and confirm groups — each edit one transaction, all undoable."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import MentorDeskError
from app.grouping.board import Board, load_board
from app.grouping.choices import criterion_fields, group_relations, load_choices, save_choices
from app.grouping.editing import NeedsConfirmation
from app.grouping.rules import load_rules
from app.grouping.service import propose_groups, save_groups
from app.progress import CancelCheck, Progress, check_cancelled
from ui.context import AppContext
from ui.core_text import problem_text
from ui.language import current_language
from ui.models import labels
from ui.pages.base import Page, heading, hint
from ui.pages.groups.cards import (
    CARD_WIDTH,
    PID,
    GroupCard,
    PeopleList,
    person_line,
    short_line,
)
from ui.pages.groups.commands import (
    BoardCommand,
    ConfirmCommand,
    LockCommand,
    MoveCommand,
    RenameCommand,
)
from ui.pages.groups.rules_dialog import ask_rule
from ui.pages.groups.settings_dialog import GroupingDialog
from ui.widgets.empty_state import EmptyState
from ui.worker import show_failure

log = logging.getLogger(__name__)
T = TypeVar("T")
# A finished run: groups saved, what could not be satisfied, why each left-out person is.
Proposed = tuple[int, list[object], dict[int, object]]


class GroupsPage(Page):
    title = "Groups"
    tip = "Form mentoring groups and work with them on a board"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.board: Board | None = None
        self.mentor_roles: dict[str, str] = {}  # member role → the role leading its groups
        self.cards: dict[int, GroupCard] = {}
        self.summary_lines: list[str] = []
        self.reasons: dict[int, object] = {}  # why the last run left someone out
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        context.cycleChanged.connect(self.undo_stack.clear)
        context.cycleChanged.connect(self._forget_run)
        self._database = context.database
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Groups")))
        self.relation_box = QComboBox()
        self.relation_box.setToolTip(self.tr("The relation whose groups the board shows"))
        self.relation_box.currentIndexChanged.connect(lambda _i: self.show_board())
        top.addWidget(self.relation_box)
        top.addStretch(1)
        self.propose_button = QPushButton(self.tr("Propose groups…"))
        self.propose_button.setToolTip(
            self.tr("Form groups for everyone not in a locked or confirmed group")
        )
        self.propose_button.clicked.connect(lambda: self.propose())
        self.confirm_all_button = QPushButton(self.tr("Confirm all"))
        self.confirm_all_button.setToolTip(self.tr("Confirm every proposed group"))
        self.confirm_all_button.clicked.connect(self.confirm_all)
        top.addWidget(self.propose_button)
        top.addWidget(self.confirm_all_button)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(undo)
        self.addAction(redo)
        for action in (undo, redo):
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)
        layout.addLayout(top)
        self.summary = hint("")
        layout.addWidget(self.summary)
        self.empty = EmptyState(self._content())
        layout.addWidget(self.empty, 1)

    def _content(self) -> QWidget:
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.no_groups = hint(
            self.tr(
                "No groups yet. “Propose groups…” forms them from the people listed on the "
                "right; you can then move people, lock, rename and confirm groups."
            )
        )
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Not in a group")))
        self.ungrouped = PeopleList(None)
        self.ungrouped.setObjectName("ungrouped")
        self.ungrouped.dropped.connect(self.move)
        self.ungrouped.itemDoubleClicked.connect(self._chain_of)
        self.ungrouped.ruleRequested.connect(self.keep_rule)
        column.addWidget(self.ungrouped, 1)
        column.addWidget(
            hint(
                self.tr(
                    "Drag a person onto a group, or here to take them out. Double-click a "
                    "person to see their mentoring chain."
                )
            )
        )
        splitter = QSplitter()
        splitter.addWidget(self.scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 260])
        return splitter

    # -- what commands use --------------------------------------------------------------
    def write(self, action: Callable[[Session], T]) -> T:
        with self.context.database.write() as session:
            result = action(session)
        self.context.notify_changed()
        return result

    def show_error(self, exc: MentorDeskError) -> None:
        show_failure(self, exc)

    def execute(self, command: BoardCommand) -> bool:
        """Do ``command`` now; a move that bends a rule is done only if the coordinator says
        so. Done edits go on the undo stack."""
        try:
            try:
                command.apply()
            except NeedsConfirmation as bent:
                if not isinstance(command, MoveCommand) or not self._insist(bent):
                    return False
                command.insist = True
                command.apply()
        except MentorDeskError as exc:
            show_failure(self, exc)
            self.show_board()
            return False
        self.undo_stack.push(command)
        return True

    def _insist(self, bent: NeedsConfirmation) -> bool:
        lines = "\n".join("• " + problem_text(w) for w in bent.warnings)
        answer = QMessageBox.question(
            self,
            self.tr("Move anyway?"),
            self.tr("{warnings}\n\nMove anyway?").format(warnings=lines),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- loading ------------------------------------------------------------------------
    def role(self) -> str:
        return str(self.relation_box.currentData() or "")

    def refresh(self) -> None:
        if self.context.database is not self._database:  # a backup was restored
            self._database = self.context.database
            self.undo_stack.clear()
        if self.context.cycle is None:
            self._fill_relations([])
            self.empty.show_message(*self.context.no_cycle_message())
            return
        with self.context.database.read() as session:
            relations = group_relations(session, self.context.cycle_id)
        self._fill_relations(relations)
        self.show_board()

    def _fill_relations(self, relations: list[tuple[str, str]]) -> None:
        chosen = self.role()
        self.relation_box.blockSignals(True)
        self.relation_box.clear()
        self.mentor_roles = {role: mentor_role for mentor_role, role in relations}
        for mentor_role, role in relations:
            self.relation_box.addItem(
                self.tr("{role} with {mentor_role}").format(
                    role=labels.role(role), mentor_role=labels.role(mentor_role)
                ),
                role,
            )
        found = self.relation_box.findData(chosen)
        self.relation_box.setCurrentIndex(max(0, found))
        self.relation_box.blockSignals(False)
        self.relation_box.setVisible(len(relations) > 1)

    def show_board(self) -> None:
        has_relation = self.context.cycle is not None and bool(self.role())
        for button in (self.propose_button, self.confirm_all_button):
            button.setEnabled(has_relation)
        if self.context.cycle is None:
            return
        if not has_relation:
            self.summary.setText("")
            self.empty.show_message(
                self.tr(
                    "This program has no relation made of groups.\nTo form groups, set a "
                    "relation to “groups” on the Program page (Program settings)."
                ),
                self.tr("Open Program settings"),
                self._open_program,
            )
            return
        try:
            with self.context.database.read() as session:
                self.board = load_board(session, self.context.cycle_id, self.role())
        except MentorDeskError as exc:
            self.board = None
            self.empty.show_message(problem_text(exc.args[0] if exc.args else exc))
            return
        self.empty.show_content()
        self._fill_board(self.board)

    def _open_program(self) -> None:
        window: Any = self.window()
        if hasattr(window, "show_page"):
            from ui.page_registry import page_number

            window.show_page(page_number("program"))

    def _fill_board(self, board: Board) -> None:
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        for group in board.groups:
            card = GroupCard(group)
            card.people.dropped.connect(self.move)
            card.people.itemDoubleClicked.connect(self._chain_of)
            card.people.ruleRequested.connect(self.keep_rule)
            card.renameRequested.connect(self.rename)
            card.lockToggled.connect(self.set_locked)
            card.confirmRequested.connect(lambda gid: self.confirm([gid]))
            self.cards[group.id] = card
        self._lay_out_cards()
        self.ungrouped.clear()
        for person, why in board.ungrouped:
            said = why
            if why.key == "grouping.board.no_group_yet":
                said = self.reasons.get(person.participant_id, why)  # type: ignore[assignment]
            reason = problem_text(said)
            self.ungrouped.add_person(
                person, f"{short_line(person)}\n{reason}", f"{person_line(person)}\n{reason}"
            )
        self.confirm_all_button.setEnabled(any(g.status == "proposed" for g in board.groups))
        self._say_counts(board)

    def _say_counts(self, board: Board) -> None:
        members = sum(len(g.members) for g in board.groups)
        text = self.tr("%n group(s)", "", len(board.groups))
        text += " · " + self.tr("%n member(s) placed", "", members)
        left = sum(1 for p, _w in board.ungrouped if not p.is_mentor)
        text += " · " + self.tr("%n not in a group", "", left)
        self.summary.setText("\n".join([text, *self.summary_lines]))

    def _lay_out_cards(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.no_groups.setVisible(not self.cards)
        if not self.cards:
            self.grid.addWidget(self.no_groups, 0, 0)
            self.grid.setColumnStretch(0, 1)
            self.grid.setRowStretch(1, 1)
            return
        width = self.scroll.viewport().width()
        columns = max(1, width // (CARD_WIDTH + self.grid.horizontalSpacing() + 4))
        for n, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, n // columns, n % columns)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.grid.setColumnStretch(columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.cards:
            self._lay_out_cards()

    # -- actions --------------------------------------------------------------------------
    def move(self, pid: int, source: int | None, target: int | None) -> bool:
        name = self._name(pid)
        where = self.cards[target].group.name if target in self.cards else self.tr("no group")
        text = self.tr("Move {name} to {group}").format(name=name, group=where)
        return self.execute(MoveCommand(self, pid, source, target, text))

    def _name(self, pid: int) -> str:
        if self.board is not None:
            for group in self.board.groups:
                for person in (*group.mentors, *group.members):
                    if person.participant_id == pid:
                        return person.name
            for person, _why in self.board.ungrouped:
                if person.participant_id == pid:
                    return person.name
        return self.tr("someone")

    def _chain_of(self, item: QListWidgetItem) -> None:
        self.show_chain(int(item.data(PID)))

    def show_chain(self, participant_id: int) -> None:
        """The mentoring chain of someone on the board (double-click)."""
        from ui.dialogs.mentoring_chain import show_mentoring_chain

        self.chain_dialog = show_mentoring_chain(self, self.context.database, participant_id)

    def keep_rule(self, pid: int, kind: str) -> bool:
        """Keep someone on the board together with (or apart from) a person they pick; the
        rule is the relation's, honoured by the next proposal, and undoable."""
        if self.context.cycle is None or not self.role():
            return False
        database, cycle_id = self.context.database, self.context.cycle_id
        command = ask_rule(self, database, cycle_id, self.role(), pid, kind)
        return command is not None and self.execute(command)

    def _forget_run(self) -> None:
        self.reasons, self.summary_lines = {}, []

    def set_locked(self, group_id: int, locked: bool) -> bool:
        text = self.tr("Lock group") if locked else self.tr("Unlock group")
        return self.execute(LockCommand(self, group_id, locked, text))

    def rename(self, group_id: int, name: str | None = None) -> bool:
        if name is None:
            old = self.cards[group_id].group.name
            name, ok = QInputDialog.getText(
                self, self.tr("Rename group"), self.tr("New name:"), text=old
            )
            if not ok:
                return False
        return self.execute(RenameCommand(self, group_id, name, self.tr("Rename group")))

    def confirm(self, group_ids: list[int]) -> bool:
        text = self.tr("Confirm %n group(s)", "", len(group_ids))
        return self.execute(ConfirmCommand(self, group_ids, text))

    def confirm_all(self) -> bool:
        if self.board is None:
            return False
        return self.confirm([g.id for g in self.board.groups if g.status == "proposed"])

    def propose(self, choose: bool = True) -> None:
        """Ask how to form the groups (kept in the shown relation's settings), then form
        them in the background; a cancelled run saves nothing."""
        if self.context.cycle is None or not self.role():
            return
        cycle_id, role = self.context.cycle_id, self.role()
        with self.context.database.read() as session:
            choices = load_choices(session, cycle_id, role)
            fields = criterion_fields(session, cycle_id, role)
            rules = load_rules(session, cycle_id, role)
        if choose:
            mentor_role = self.mentor_roles.get(role, "")
            self.settings_dialog = GroupingDialog(role, choices, fields, self, mentor_role, rules)
            if not self.settings_dialog.exec():
                return
            choices = self.settings_dialog.choices()
        if not self.act(lambda: self.write(lambda s: save_choices(s, cycle_id, role, choices))):
            return
        database, language = self.context.database, current_language()

        def work(progress: Progress, cancelled: CancelCheck) -> Proposed:
            with database.write() as session:
                proposal = propose_groups(session, cycle_id, role, lang=language)
                check_cancelled(cancelled)
                saved, _replaced = save_groups(session, proposal)
                left = dict(proposal.solution.ungrouped)
                return saved, list(proposal.shortfalls), left

        self.run(work, self._proposed, label=self.tr("Forming groups…"))

    def _proposed(self, result: Proposed) -> None:
        saved, shortfalls, self.reasons = result
        self.undo_stack.clear()  # the groups the steps named were replaced
        said = self.tr("Proposed %n group(s).", "", saved)
        self.summary_lines = [said, *(problem_text(s) for s in shortfalls)]
        self.context.notify_changed()
        self.show_board()
