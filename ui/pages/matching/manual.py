"""Pair by hand: mentees on the left, the chosen mentee's mentors ranked on the right.

Pair with the button or by dragging a mentor onto a mentee (or a mentee onto a mentor).
A pair that breaks a hard rule asks for a reason first; every edit goes through the page's
undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.matching.manual import MenteeRow, MentorOption
from ui.commands.matching import BanCommand, PairCommand, PinCommand, RemoveMatchCommand
from ui.core_text import problem_text, reason_sentences, why_not
from ui.models.matching import MenteeFilter, MenteeModel, MentorModel
from ui.models.rows import RowRole, SortRole
from ui.pages.base import hint
from ui.pages.wording import percent
from ui.text import wrapped
from ui.widgets.empty_state import EmptyState
from ui.widgets.score_delegate import ScoreDelegate
from ui.widgets.table import fit_columns, make_table, selected_rows
from ui.worker import show_failure

if TYPE_CHECKING:
    from ui.pages.matching.page import MatchingPage

MATCHED_STATES = frozenset({"proposed", "confirmed", "notified", "active"})
DELETABLE = ("proposed", "confirmed")


def _drag_and_drop(view: QTableView) -> None:
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.CopyAction)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)


class ManualPane(QWidget):
    def __init__(self, page: MatchingPage) -> None:
        super().__init__(page)
        self.page = page
        self.mentees = MenteeModel(self)
        self.mentee_filter = MenteeFilter(self)
        self.mentee_filter.setSourceModel(self.mentees)
        self.mentee_filter.setSortRole(SortRole)
        self.mentors = MentorModel(self)
        self.mentee_table = make_table(self.mentee_filter, multi_select=False)
        self.mentor_table = make_table(self.mentors, multi_select=False)
        self.mentor_table.setItemDelegateForColumn(1, ScoreDelegate(self.mentor_table))
        fit_columns(self.mentee_table, {0: 18, 1: 14})  # "Sans jumelage" in French
        fit_columns(self.mentor_table, {0: 22, 1: 12, 2: 10})
        for view in (self.mentee_table, self.mentor_table):
            _drag_and_drop(view)
        self.mentees.pairRequested.connect(self.pair)
        self.mentors.pairRequested.connect(self.pair)
        self.mentee_table.selectionModel().selectionChanged.connect(self.load_mentors)
        self.mentor_table.selectionModel().selectionChanged.connect(self._mentor_chosen)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or email (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.mentee_filter.set_text)
        self.state_box = QComboBox()
        for text, states in (
            (self.tr("All mentees"), frozenset()),
            (self.tr("Unmatched"), frozenset({"unmatched"})),
            (self.tr("Matched"), MATCHED_STATES),
            (self.tr("Withdrawn"), frozenset({"withdrawn"})),
        ):
            self.state_box.addItem(text, states)
        self.state_box.currentIndexChanged.connect(
            lambda _i: self.mentee_filter.set_states(self.state_box.currentData())
        )
        self.mentor_title = QLabel()
        self.details = hint("")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mentor_empty = EmptyState(self.mentor_table)
        self._make_buttons()
        self._layout()
        self._update_buttons()

    def _make_buttons(self) -> None:
        def button(text: str, tip: str, slot: Any) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(slot)
            return made

        self.pair_button = button(
            self.tr("Pair"),
            self.tr("Pair the chosen mentee with the chosen mentor (or drag one onto the other)"),
            self.pair_selected,
        )
        self.unpair_button = button(
            self.tr("Unpair"),
            self.tr("Undo this pairing (an announced match is ended with a reason)"),
            self.unpair_selected,
        )
        self.pin_button = button(
            self.tr("Pin"), self.tr("Keep this pair as it is when matching runs again"),
            self.toggle_pin,
        )  # fmt: skip
        self.ban_button = button(
            self.tr("Never pair…"),
            self.tr("Put these two on the never-pair list, with a reason"),
            self.ban_selected,
        )

    def _layout(self) -> None:
        left = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.state_box)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.mentee_table, 1)
        right = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.mentor_title, 1)
        for made in (self.pair_button, self.unpair_button, self.pin_button, self.ban_button):
            buttons.addWidget(made)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.mentor_empty, 1)
        right_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([440, 660])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)

    # -- loading ----------------------------------------------------------------------
    def load(self) -> None:
        from app.matching.manual import list_mentees

        chosen = self.selected_mentee()
        if self.page.context.cycle is None:
            self.mentees.set_rows([])
        else:
            with self.page.context.database.read() as session:
                self.mentees.set_rows(list_mentees(session, self.page.context.cycle_id))
        self.select_mentee(chosen.id if chosen else None)
        self.load_mentors()

    def select_mentee(self, mentee_id: int | None) -> None:
        for row in range(self.mentee_filter.rowCount()):
            index = self.mentee_filter.index(row, 0)
            if mentee_id is None or index.data(RowRole).id == mentee_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.mentee_table.selectionModel().select(index, flags)
                self.mentee_table.setCurrentIndex(index)
                self.mentee_table.scrollTo(index)
                return

    def load_mentors(self, *_: Any) -> None:
        from app.matching.manual import rank_mentors

        mentee = self.selected_mentee()
        chosen = self.selected_mentor()
        if mentee is None:
            self.mentors.set_rows([])
            self.mentor_title.setText("")
            self.mentor_empty.show_message(
                self.tr("Choose a mentee on the left to see the mentors who suit them best.")
                if self.mentees.rowCount()
                else self.tr("Nobody to match yet: add participants on the Roster page.")
            )
        else:
            with self.page.context.database.read() as session:
                self.mentors.set_rows(rank_mentors(session, mentee.id))
            self.mentor_title.setText(
                self.tr("<b>Mentors for {name}</b>, best first").format(name=mentee.name)
            )
            self.mentor_empty.show_content()
            self._reselect_mentor(chosen.id if chosen else None)
        self._mentor_chosen()

    def _reselect_mentor(self, mentor_id: int | None) -> None:
        model = self.mentor_table.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(RowRole).id == mentor_id:
                self.mentor_table.selectRow(row)
                return

    def selected_mentee(self) -> MenteeRow | None:
        rows = selected_rows(self.mentee_table)
        return rows[0] if rows else None

    def selected_mentor(self) -> MentorOption | None:
        rows = selected_rows(self.mentor_table)
        return rows[0] if rows else None

    def _mentor_chosen(self, *_: Any) -> None:
        option = self.selected_mentor()
        if option is None:
            self.details.setText(
                self.tr("Drag a mentor onto a mentee, or choose both and press Pair.")
            )
        elif option.excluded_by:
            self.details.setText(
                self.tr("{name}: not proposed — {why}.").format(
                    name=option.name, why=why_not(option)
                )
            )
        else:
            reasons = "; ".join(reason_sentences(option)) or self.tr("nothing notable in common")
            self.details.setText(
                self.tr("{name} ({score}): {reasons}.").format(
                    name=option.name, score=percent(option.score), reasons=reasons
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        mentee, mentor = self.selected_mentee(), self.selected_mentor()
        match = self._chosen_match()
        self.pair_button.setEnabled(
            mentee is not None and mentor is not None and mentor.match_id is None
        )
        self.unpair_button.setEnabled(match is not None)
        self.pin_button.setEnabled(match is not None)
        pinned = match is not None and match[1]
        self.pin_button.setText(self.tr("Unpin") if pinned else self.tr("Pin"))
        self.ban_button.setEnabled(mentee is not None and mentor is not None)

    def _chosen_match(self) -> tuple[int, bool, str] | None:
        """(match id, pinned, status) of the chosen pair, or of the mentee's only match."""
        mentee, mentor = self.selected_mentee(), self.selected_mentor()
        if mentee is None:
            return None
        partners = mentee.partners
        if mentor is not None:
            partners = tuple(p for p in partners if p.participant_id == mentor.id)
        if len(partners) != 1:
            return None
        return partners[0].match_id, partners[0].pinned, partners[0].status

    # -- edits ------------------------------------------------------------------------
    def pair_selected(self) -> None:
        mentee, mentor = self.selected_mentee(), self.selected_mentor()
        if mentee is not None and mentor is not None:
            self.pair(mentor.id, mentee.id)

    def pair(self, mentor_id: int, mentee_id: int) -> None:
        """Pair two participants; breaking a hard rule needs a reason, kept in the audit."""
        from app.matching import service as matching

        if self.page.context.cycle is None:
            return
        with self.page.context.database.read() as session:
            try:
                broken = matching.pair_violations(session, mentor_id, mentee_id)
            except MentorDeskError as exc:
                show_failure(self, exc)
                return
            names = self.page.names(session, [mentor_id, mentee_id])
        mentor, mentee = names[mentor_id], names[mentee_id]
        override = ""
        if broken:
            rules = "\n".join(f"• {problem_text(sentence)}" for _, sentence in broken)
            question = self.tr(
                "Pairing {mentor} with {mentee} breaks a rule of the program:\n{rules}\n\n"
                "To pair them anyway, say why (kept in the audit trail):"
            ).format(mentor=mentor, mentee=mentee, rules=rules)
            override, ok = QInputDialog.getText(
                self, self.tr("Break a matching rule?"), wrapped(question)
            )
            if not ok:
                return
            if not override.strip():
                QMessageBox.warning(
                    self,
                    self.tr("A reason is needed"),
                    self.tr(
                        "{mentor} and {mentee} were not paired: breaking a rule needs a "
                        "reason, kept in the audit trail."
                    ).format(mentor=mentor, mentee=mentee),
                )
                return
        command = PairCommand(
            self.page, self.page.context.cycle_id, mentor_id, mentee_id, override.strip(),
            self.tr("pair {mentor} with {mentee}").format(mentor=mentor, mentee=mentee),
        )  # fmt: skip
        if self.page.execute(command):
            self.page.forget_paired(mentor_id, mentee_id)
            self.select_mentee(mentee_id)

    def unpair_selected(self) -> None:
        chosen, mentee = self._chosen_match(), self.selected_mentee()
        if chosen is None or mentee is None:
            return
        match_id, _pinned, status = chosen
        partner = next(p for p in mentee.partners if p.match_id == match_id)
        if status not in DELETABLE:
            pair = self.tr("{first} and {second}").format(first=partner.name, second=mentee.name)
            self.page.ask_end(match_id, status, pair, (mentee.id, mentee.name))
            return
        text = self.tr("unpair {first} and {second}").format(first=partner.name, second=mentee.name)
        self.page.execute(RemoveMatchCommand(self.page, match_id, text))

    def toggle_pin(self) -> None:
        chosen, mentee = self._chosen_match(), self.selected_mentee()
        if chosen is None or mentee is None:
            return
        match_id, pinned, _status = chosen
        if pinned:
            text = self.tr("unpin {name}").format(name=mentee.name)
        else:
            text = self.tr("pin {name}").format(name=mentee.name)
        self.page.execute(PinCommand(self.page, match_id, not pinned, text))

    def ban_selected(self) -> None:
        mentee, mentor = self.selected_mentee(), self.selected_mentor()
        cycle = self.page.context.cycle
        if mentee is None or mentor is None or cycle is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Never pair"),
            self.tr(
                "Never pair {mentor} with {mentee}.\n"
                "Why? (for example: conflict of interest — kept with the never-pair list)"
            ).format(mentor=mentor.name, mentee=mentee.name),
        )
        if not ok or not reason.strip():
            return
        command = BanCommand(
            self.page, cycle.program_id, (mentor.person_id, mentee.person_id), reason.strip(),
            self.tr("never pair {mentor} with {mentee}").format(
                mentor=mentor.name, mentee=mentee.name
            ),
        )  # fmt: skip
        self.page.execute(command)
