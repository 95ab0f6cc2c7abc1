"""Matching: propose and accept matches, manage saved ones, pair by hand; all undoable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import MentorDeskError
from app.progress import CancelCheck, Progress
from ui.commands.matching import (
    AcceptCommand,
    ConfirmCommand,
    DropProposalsCommand,
    EndCommand,
    MatchingCommand,
    PinCommand,
    RemoveMatchCommand,
    proposal_part,
)
from ui.context import AppContext
from ui.core_text import problem_text
from ui.dialogs.end_match import EndMatchDialog
from ui.models.rows import RowTableModel
from ui.pages.base import Page, heading, hint
from ui.pages.matching.columns import LIVE, MATCH_COLUMNS, PROPOSAL_COLUMNS
from ui.pages.matching.manual import ManualPane
from ui.pages.matching.proposals import ProposalsMixin
from ui.pages.wording import counted
from ui.widgets.empty_state import EmptyState
from ui.widgets.score_delegate import ScoreDelegate
from ui.widgets.table import fit_columns, make_table, selected_rows
from ui.worker import show_failure

T = TypeVar("T")


class MatchingPage(ProposalsMixin, Page):
    title = "Matching"
    tip = "Propose, accept and manage matches (Ctrl+2)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._database = context.database
        context.cycleChanged.connect(self.undo_stack.clear)
        # Proposals belong to the cycle they were made for: another cycle (or program)
        # never shows them.
        context.cycleChanged.connect(lambda *_: self.set_proposal(None))
        self.proposal: Any = None
        self.end_dialog: EndMatchDialog | None = None
        self.settings_dialog: Any = None
        self.proposals: RowTableModel[Any] = RowTableModel(PROPOSAL_COLUMNS, self)
        self.matches: RowTableModel[Any] = RowTableModel(MATCH_COLUMNS, self)
        self.matches.muted = lambda r: r.status == "ended"
        self.proposal_table = self._table(self.proposals, score_column=2)
        self.match_table = self._table(self.matches, score_column=4)
        fit_columns(self.match_table, {0: 22, 1: 22, 2: 11, 3: 16, 4: 12})
        self.proposal_empty = EmptyState(self.proposal_table)
        self.match_empty = EmptyState(self.match_table)
        self.proposal_summary = QLabel()
        self.limits = hint("")
        self.limits.setVisible(False)
        self.stability = hint("")  # blocking pairs, a stable set's cost, who was served first
        self.stability.setVisible(False)
        self.show_ended = QCheckBox(self.tr("Show ended matches"))
        self.show_ended.toggled.connect(self.load_matches)
        self.manual = ManualPane(self)
        self.search_box = self.manual.search
        self._make_buttons()
        self._layout()
        self._update_buttons()

    def _table(self, model: RowTableModel[Any], score_column: int) -> Any:
        table = make_table(model)
        table.setItemDelegateForColumn(score_column, ScoreDelegate(table))
        fit_columns(table, {0: 22, 1: 22, score_column: 12})
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _button(self, text: str, tip: str, slot: Any, shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
        button.clicked.connect(slot)
        return button

    def _make_buttons(self) -> None:
        self.propose_button = self._button(
            self.tr("Propose matches"),
            self.tr(
                "Suggest the best overall matches for everyone not matched yet; saved matches "
                "stay as they are and nothing is saved until you accept"
            ),
            self.propose,
            "Ctrl+R",
        )
        self.accept_button = self._button(
            self.tr("Accept"), self.tr("Save and confirm the selected proposals"),
            self.accept_selected,
        )  # fmt: skip
        self.accept_all_button = self._button(
            self.tr("Accept all"), self.tr("Save and confirm every proposal"), self.accept_all
        )
        self.drop_button = self._button(
            self.tr("Reject"), self.tr("Take the selected proposals off the list"),
            self.drop_selected,
        )  # fmt: skip
        self.confirm_button = self._button(
            self.tr("Confirm"), self.tr("Confirm the selected proposed matches"),
            self.confirm_selected,
        )  # fmt: skip
        self.reject_button = self._button(
            self.tr("Reject"), self.tr("Remove the selected proposed matches"),
            self.reject_selected,
        )  # fmt: skip
        self.pin_button = self._button(
            self.tr("Pin"),
            self.tr("Keep the selected matches as they are when matching runs again"),
            self.pin_selected,
        )
        self.end_button = self._button(
            self.tr("End match…"), self.tr("End the selected match, with a reason"),
            self.end_selected,
        )  # fmt: skip
        self.settings_button = self._button(
            self.tr("Settings…"), self.tr("What matching looks for in this program, and its rules"),
            self.open_settings,
        )  # fmt: skip
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.undo_button = self._tool(undo)
        self.redo_button = self._tool(redo)

    def _tool(self, action: Any) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _layout(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._proposals_tab(), self.tr("Proposals and matches"))
        self.tabs.addTab(self.manual, self.tr("Pair by hand"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        header = QHBoxLayout()
        header.addWidget(heading(self.tr("Matching")))
        header.addStretch(1)
        for widget in (self.undo_button, self.redo_button, self.settings_button):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def set_proposal(self, proposal: Any) -> None:
        super().set_proposal(proposal)
        notes = list(getattr(proposal, "notes", None) or ())
        self.stability.setText("\n".join(problem_text(note) for note in notes))
        self.stability.setVisible(bool(notes))

    def _proposals_tab(self) -> QWidget:
        top = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>{}</b>".format(self.tr("Proposals"))))
        bar.addWidget(self.proposal_summary, 1)
        for button in (self.propose_button, self.accept_button, self.accept_all_button):
            bar.addWidget(button)
        bar.addWidget(self.drop_button)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 6, 0, 0)
        upper.addLayout(bar)
        upper.addWidget(self.limits)
        upper.addWidget(self.stability)
        upper.addWidget(self.proposal_empty, 1)
        bottom = QWidget()
        bar2 = QHBoxLayout()
        bar2.addWidget(QLabel("<b>{}</b>".format(self.tr("Saved matches"))))
        bar2.addStretch(1)
        bar2.addWidget(self.show_ended)
        for button in (self.confirm_button, self.reject_button, self.pin_button, self.end_button):
            bar2.addWidget(button)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(bar2)
        lower.addWidget(self.match_empty, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        return splitter

    # -- what commands use (ui.commands.matching.Editor) ------------------------------
    def write(self, action: Callable[[Session], T]) -> T:
        with self.context.database.write() as session:
            result = action(session)
        self.context.notify_changed()
        return result

    def show_error(self, exc: MentorDeskError) -> None:
        show_failure(self, exc)

    def execute(self, command: MatchingCommand) -> bool:
        """Do ``command`` now; if the data allows it, it goes on the undo stack."""
        try:
            command.apply()
        except MentorDeskError as exc:
            show_failure(self, exc)
            return False
        self.undo_stack.push(command)
        return True

    def names(self, session: Session, participant_ids: Sequence[int]) -> dict[int, str]:
        from app.db.models import Participant

        found = {pid: self.tr("someone") for pid in participant_ids}
        for pid in participant_ids:
            participant = session.get(Participant, pid)
            if participant is not None:
                found[pid] = participant.person.display_name
        return found

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.context.database is not self._database:  # a backup was restored
            self._database = self.context.database
            self.undo_stack.clear()
            self.set_proposal(None)
        if self.context.cycle is None:
            self.set_proposal(None)
            self.proposal_empty.show_message("")
            self.matches.set_rows([])
            self.match_empty.show_message(*self.context.no_cycle_message())
            self.manual.load()
            self._update_buttons()
            return
        if self.tabs.currentIndex() == 1:
            self.manual.load()
        else:
            self.load_matches()

    def load_matches(self) -> None:
        from app.matching import service as matching

        if self.context.cycle is None:
            return
        statuses = None if self.show_ended.isChecked() else list(LIVE)
        with self.context.database.read() as session:
            rows = matching.list_matches(session, self.context.cycle_id, statuses=statuses)
        self.matches.set_rows(rows)
        if rows:
            self.match_empty.show_content()
        else:
            self.match_empty.show_message(
                self.tr(
                    "No matches saved yet.\nPropose matches above and accept the ones you "
                    "want, or pair people yourself under “Pair by hand”."
                )
            )
        self.propose_button.setText(
            self.tr("Re-match unmatched") if rows else self.tr("Propose matches")
        )
        if self.proposal is None:
            self.set_proposal(None)
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        has_cycle = self.context.cycle is not None
        chosen = selected_rows(self.match_table)
        self.propose_button.setEnabled(has_cycle)
        self.settings_button.setEnabled(has_cycle)
        self.accept_button.setEnabled(bool(selected_rows(self.proposal_table)))
        self.drop_button.setEnabled(bool(selected_rows(self.proposal_table)))
        self.accept_all_button.setEnabled(self.proposals.rowCount() > 0)
        self.confirm_button.setEnabled(any(r.status == "proposed" for r in chosen))
        self.reject_button.setEnabled(any(r.status == "proposed" for r in chosen))
        live = [r for r in chosen if r.status in LIVE]
        self.pin_button.setEnabled(bool(live))
        pinned = bool(live) and all(r.pinned for r in live)
        self.pin_button.setText(self.tr("Unpin") if pinned else self.tr("Pin"))
        self.end_button.setEnabled(
            len(chosen) == 1 and chosen[0].status in ("confirmed", "notified", "active")
        )

    # -- proposing --------------------------------------------------------------------
    def propose(self) -> None:
        if self.context.cycle is None:
            return
        database, cycle_id = self.context.database, self.context.cycle_id

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.matching import service as matching

            with database.read() as session:
                return matching.propose_matches(
                    session, cycle_id, progress=progress, is_cancelled=is_cancelled
                )

        self.run(work, self.set_proposal, label=self.tr("Looking for the best matches…"))

    def accept_selected(self) -> None:
        self._accept(selected_rows(self.proposal_table))

    def accept_all(self) -> None:
        if self.proposal is None or not self.proposal.matches:
            return
        count = len(self.proposal.matches)
        question = counted(
            self.tr("Save and confirm all %Ln proposed match(es)? You can undo it.", "", count),
            count,
        )
        answer = QMessageBox.question(self, self.tr("Accept all proposals?"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._accept(list(self.proposal.matches))

    def _accept(self, chosen: list[Any]) -> None:
        if self.proposal is None or not chosen or self.context.cycle is None:
            return
        text = counted(self.tr("accept %Ln proposal(s)", "", len(chosen)), len(chosen))
        part = proposal_part(self.proposal, chosen)
        self.execute(AcceptCommand(self, self.context.cycle_id, part, text))

    def drop_selected(self) -> None:
        chosen = selected_rows(self.proposal_table)
        if chosen:
            self.execute(DropProposalsCommand(self, chosen, self.tr("reject proposals")))

    # -- saved matches ----------------------------------------------------------------
    def confirm_selected(self) -> None:
        ids = [r.id for r in selected_rows(self.match_table) if r.status == "proposed"]
        if ids:
            text = counted(self.tr("confirm %Ln match(es)", "", len(ids)), len(ids))
            self.execute(ConfirmCommand(self, ids, text))

    def reject_selected(self) -> None:
        chosen = [r for r in selected_rows(self.match_table) if r.status == "proposed"]
        if not chosen:
            return
        self.undo_stack.beginMacro(
            counted(self.tr("reject %Ln match(es)", "", len(chosen)), len(chosen))
        )
        for row in chosen:
            text = self.tr("reject {mentor} and {mentee}").format(
                mentor=row.mentor_name, mentee=row.mentee_name
            )
            if not self.execute(RemoveMatchCommand(self, row.id, text, reject=True)):
                break
        self.undo_stack.endMacro()

    def pin_selected(self) -> None:
        live = [r for r in selected_rows(self.match_table) if r.status in LIVE]
        if not live:
            return
        pin = not all(r.pinned for r in live)
        self.undo_stack.beginMacro(self.tr("pin matches") if pin else self.tr("unpin matches"))
        for row in live:
            if pin:
                text = self.tr("pin {name}").format(name=row.mentee_name)
            else:
                text = self.tr("unpin {name}").format(name=row.mentee_name)
            if row.pinned != pin and not self.execute(PinCommand(self, row.id, pin, text)):
                break
        self.undo_stack.endMacro()

    def end_selected(self) -> None:
        chosen = selected_rows(self.match_table)
        if len(chosen) == 1:
            row = chosen[0]
            pair = self.tr("{first} and {second}").format(
                first=row.mentor_name, second=row.mentee_name
            )
            self.ask_end(row.id, row.status, pair, (row.mentee_id, row.mentee_name))

    def ask_end(
        self, match_id: int, status: str, pair: str, mentee: tuple[int, str] | None = None
    ) -> None:
        """Ask why the match ends, then end it (undoable); re-match the mentee if asked."""
        dialog = EndMatchDialog(pair, self, mentee_name=mentee[1] if mentee else "")
        dialog.rematch_box.setVisible(mentee is not None)
        self.end_dialog = dialog

        def ended() -> None:
            self.end_dialog = None
            text = self.tr("end {pair}").format(pair=pair)
            command = EndCommand(
                self, match_id, status, dialog.reason(), text, category=dialog.category()
            )
            if self.execute(command) and mentee is not None and dialog.rematch():
                self.tabs.setCurrentIndex(1)  # "Pair by hand", which loads its lists
                self.manual.select_mentee(mentee[0])

        dialog.accepted.connect(ended)
        dialog.rejected.connect(lambda: setattr(self, "end_dialog", None))
        dialog.open()
