"""Matching: ask for proposals, accept them, and manage the saved matches."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.progress import CancelCheck, Progress
from ui.context import AppContext
from ui.models.rows import Column, RowTableModel
from ui.pages.base import Page, heading, hint
from ui.widgets.empty_state import EmptyState
from ui.widgets.score_delegate import ScoreDelegate
from ui.widgets.table import fit_columns, make_table, selected_rows

STATUS_LABELS = {
    "proposed": "Proposed",
    "confirmed": "Confirmed",
    "notified": "Letter sent",
    "active": "Active",
    "ended": "Ended",
}
ORIGIN_LABELS = {"assisted": "Assisted", "manual": "By hand"}
LIVE = ("proposed", "confirmed", "notified", "active")


def score_fraction(score: float | None) -> float:
    """Scores come as 0–1 or 0–100; the bar wants 0–1."""
    if score is None:
        return 0.0
    return score / 100 if score > 1 else score


def _reasons(row: Any) -> str:
    return "; ".join(row.reasons)


def _person(name: str, email: str) -> str:
    return f"{name} <{email}>" if email else name


PROPOSAL_COLUMNS: list[Column[Any]] = [
    Column(
        "Mentor", lambda r: r.mentor_name, tooltip=lambda r: _person(r.mentor_name, r.mentor_email)
    ),
    Column(
        "Mentee", lambda r: r.mentee_name, tooltip=lambda r: _person(r.mentee_name, r.mentee_email)
    ),
    Column(
        "Score",
        lambda r: f"{score_fraction(r.score):.0%}",
        sort_key=lambda r: r.score,
        value=lambda r: score_fraction(r.score),
        header_tip="How well the pair fits the program's criteria",
    ),
    Column("Why", _reasons, header_tip="What the pair has in common"),
]
MATCH_COLUMNS: list[Column[Any]] = [
    Column(
        "Mentor", lambda r: r.mentor_name, tooltip=lambda r: _person(r.mentor_name, r.mentor_email)
    ),
    Column(
        "Mentee", lambda r: r.mentee_name, tooltip=lambda r: _person(r.mentee_name, r.mentee_email)
    ),
    Column(
        "Status",
        lambda r: STATUS_LABELS.get(r.status, r.status),
        sort_key=lambda r: LIVE.index(r.status) if r.status in LIVE else 9,
    ),
    Column(
        "Made", lambda r: ORIGIN_LABELS.get(r.origin, r.origin) + (" · pinned" if r.pinned else "")
    ),
    Column(
        "Score",
        lambda r: f"{score_fraction(r.score):.0%}" if r.score is not None else "",
        sort_key=lambda r: r.score or 0.0,
        value=lambda r: score_fraction(r.score),
    ),
    Column("Why", _reasons),
]


class MatchingPage(Page):
    title = "Matching"
    tip = "Propose, accept and manage matches (Ctrl+2)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.proposal: Any = None
        self.proposals: RowTableModel[Any] = RowTableModel(PROPOSAL_COLUMNS, self)
        self.matches: RowTableModel[Any] = RowTableModel(MATCH_COLUMNS, self)
        self.matches.muted = lambda r: r.status == "ended"
        self.proposal_table = self._table(self.proposals, score_column=2)
        self.match_table = self._table(self.matches, score_column=4)
        fit_columns(self.match_table, {0: 22, 1: 22, 2: 11, 3: 22, 4: 10})
        self.proposal_empty = EmptyState(self.proposal_table)
        self.match_empty = EmptyState(self.match_table)
        self.proposal_summary = QLabel()
        self.limits = hint("")
        self.limits.setVisible(False)
        self.show_ended = QCheckBox("Show ended matches")
        self.show_ended.toggled.connect(self.load_matches)
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
            "Propose matches",
            "Let MentorDesk suggest the best overall set of matches; nothing is saved yet",
            self.propose,
            "Ctrl+R",
        )
        self.accept_button = self._button(
            "Accept selected", "Save and confirm the selected proposals", self.accept_selected
        )
        self.accept_all_button = self._button(
            "Accept all", "Save and confirm every proposal", self.accept_all
        )
        self.confirm_button = self._button(
            "Confirm", "Confirm the selected proposed matches", self.confirm_selected
        )
        self.reject_button = self._button(
            "Reject", "Drop the selected proposed matches", self.reject_selected
        )
        self.end_button = self._button(
            "End match…", "End the selected match early, with a reason", self.end_selected
        )

    def _layout(self) -> None:
        top = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(heading("Proposals"))
        bar.addWidget(self.proposal_summary, 1, Qt.AlignmentFlag.AlignBottom)
        for button in (self.propose_button, self.accept_button, self.accept_all_button):
            bar.addWidget(button)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addLayout(bar)
        upper.addWidget(self.limits)
        upper.addWidget(self.proposal_empty, 1)
        bottom = QWidget()
        bar2 = QHBoxLayout()
        bar2.addWidget(heading("Saved matches"))
        bar2.addStretch(1)
        bar2.addWidget(self.show_ended)
        for button in (self.confirm_button, self.reject_button, self.end_button):
            bar2.addWidget(button)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(bar2)
        lower.addWidget(self.match_empty, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.context.cycle is None:
            self.set_proposal(None)
            self.proposal_empty.show_message("")
            self.matches.set_rows([])
            self.match_empty.show_message(*self.context.no_cycle_message())
            self._update_buttons()
            return
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
                "No matches saved yet.\nPropose matches above, then accept the ones you want."
            )
        if self.proposal is None:
            self.set_proposal(None)
        self._update_buttons()

    def set_proposal(self, proposal: Any) -> None:
        self.proposal = proposal
        matches = list(proposal.matches) if proposal is not None else []
        self.proposals.set_rows(matches)
        limits = list(proposal.limits) if proposal is not None else []
        self.limits.setText("\n".join(limits))
        self.limits.setVisible(bool(limits))
        if proposal is None:
            self.proposal_summary.setText("")
            self.proposal_empty.show_message(
                "Press “Propose matches” and MentorDesk suggests the best overall set of "
                "matches for the people not matched yet, with the reasons for each.\n"
                "Nothing is saved until you accept.",
                "Propose matches",
                self.propose,
            )
        else:
            self.proposal_summary.setText(
                f"{len(matches)} proposed · {len(proposal.unmatched_mentees)} mentees and "
                f"{len(proposal.unmatched_mentors)} mentors left without a match"
            )
            if matches:
                self.proposal_empty.show_content()
            else:
                self.proposal_empty.show_message("No new match can be proposed right now.")
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        has_cycle = self.context.cycle is not None
        chosen = selected_rows(self.match_table)
        self.propose_button.setEnabled(has_cycle)
        self.accept_button.setEnabled(bool(selected_rows(self.proposal_table)))
        self.accept_all_button.setEnabled(self.proposals.rowCount() > 0)
        self.confirm_button.setEnabled(any(r.status == "proposed" for r in chosen))
        self.reject_button.setEnabled(any(r.status == "proposed" for r in chosen))
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

        self.run(work, self.set_proposal, label="Looking for the best matches…")

    def accept_selected(self) -> None:
        self._accept(selected_rows(self.proposal_table))

    def accept_all(self) -> None:
        if self.proposal is not None:
            self._accept(list(self.proposal.matches))

    def _accept(self, chosen: list[Any]) -> None:
        from app.matching import service as matching

        if self.proposal is None or not chosen:
            return
        part = dataclasses.replace(self.proposal, matches=chosen)
        cycle_id = self.context.cycle_id

        def apply() -> None:
            with self.context.database.write() as session:
                matching.apply_proposal(session, cycle_id, part, confirm=True)

        if self.act(apply):
            keys = {(m.mentor_id, m.mentee_id) for m in chosen}
            rest = [m for m in self.proposal.matches if (m.mentor_id, m.mentee_id) not in keys]
            self.set_proposal(dataclasses.replace(self.proposal, matches=rest) if rest else None)

    # -- saved matches ----------------------------------------------------------------
    def confirm_selected(self) -> None:
        from app.matching import service as matching

        ids = [r.id for r in selected_rows(self.match_table) if r.status == "proposed"]

        def confirm() -> None:
            with self.context.database.write() as session:
                matching.confirm_matches(session, ids)

        self.act(confirm)

    def reject_selected(self) -> None:
        from app.matching import service as matching

        ids = [r.id for r in selected_rows(self.match_table) if r.status == "proposed"]

        def reject() -> None:
            with self.context.database.write() as session:
                for match_id in ids:
                    matching.reject_match(session, match_id)

        self.act(reject)

    def end_selected(self) -> None:
        from app.matching import service as matching

        chosen = selected_rows(self.match_table)
        if len(chosen) != 1:
            return
        row = chosen[0]
        reason, ok = QInputDialog.getText(
            self,
            "End match",
            f"Why is the match of {row.mentor_name} and {row.mentee_name} ending?\n"
            "(Kept in the match's record.)",
        )
        if not ok:
            return

        def end() -> None:
            with self.context.database.write() as session:
                matching.end_match(session, row.id, reason.strip())

        self.act(end)
