"""Meetings: the contact log of the cycle and how each match is keeping up."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.meetings import service as meetings
from app.meetings.service import MODE_LABELS, MeetingRow
from ui.context import AppContext
from ui.dialogs.log_contact import LogContactDialog
from ui.models.rows import Column, RowTableModel
from ui.pages.base import Page, heading
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table

ENGAGEMENT = (
    ("overdue", "Overdue", "#c0392b", "No contact for longer than the program's cadence"),
    ("never_met", "Never met", "#b9770e", "No contact logged since the match was made"),
    ("due_soon", "Due soon", "#2874a6", "A contact is due soon"),
    ("on_track", "On track", "#1e8449", "In touch within the cadence"),
)

MEETING_COLUMNS: list[Column[MeetingRow]] = [
    Column("Date", lambda r: r.held_on.strftime("%d %b %Y"), sort_key=lambda r: r.held_on),
    Column("Mentor", lambda r: r.mentor_name),
    Column("Mentee", lambda r: r.mentee_name),
    Column("How", lambda r: MODE_LABELS.get(r.mode, r.mode)),
    Column(
        "Minutes",
        lambda r: str(r.duration_minutes) if r.duration_minutes else "",
        sort_key=lambda r: r.duration_minutes or 0,
        align_right=True,
    ),
    Column("Topics", lambda r: ", ".join(r.topics)),
    Column("Concern", lambda r: "Yes" if r.concern else "", sort_key=lambda r: r.concern),
    Column("Notes", lambda r: r.notes.replace("\n", " "), tooltip=lambda r: r.notes),
]


def _chip(colour: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(
        f"QLabel {{ border: 1px solid {colour}; border-radius: 6px; padding: 6px 12px;"
        f" color: {colour}; font-weight: bold; }}"
    )
    return label


class MeetingsPage(Page):
    title = "Meetings"
    tip = "Contacts logged for each match (Ctrl+3)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.log_dialog: LogContactDialog | None = None
        self.model: RowTableModel[MeetingRow] = RowTableModel(MEETING_COLUMNS, self)
        self.table = make_table(self.model)
        fit_columns(self.table, {0: 12, 1: 20, 2: 20, 3: 12, 4: 8, 5: 30, 6: 8})
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.empty = EmptyState(self.table)
        self.chips: dict[str, QLabel] = {}
        chips = QHBoxLayout()
        for status, _label, colour, tip in ENGAGEMENT:
            chip = _chip(colour)
            chip.setToolTip(tip)
            self.chips[status] = chip
            chips.addWidget(chip)
        chips.addStretch(1)
        self.log_button = QPushButton("Log a contact…")
        self.log_button.setToolTip("Record a meeting, call or message of a match (Ctrl+L)")
        self.log_button.setShortcut(QKeySequence("Ctrl+L"))
        self.log_button.clicked.connect(self.log_contact)
        top = QHBoxLayout()
        top.addWidget(heading("Meetings"))
        top.addStretch(1)
        top.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(chips)
        layout.addWidget(self.empty, 1)

    def refresh(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            self.model.set_rows([])
            self._show_counts(Counter())
            self.empty.show_message(*self.context.no_cycle_message())
            self.log_button.setEnabled(False)
            return
        with self.context.database.read() as session:
            rows = meetings.list_meetings(session, cycle.id)
            report = meetings.engagement(session, cycle.id)
        counts = Counter(m.status for m in report.matches)
        self._show_counts(counts)
        self.model.set_rows(rows)
        self.log_button.setEnabled(bool(report.matches))
        if rows:
            self.empty.show_content()
        elif report.matches:
            self.empty.show_message(
                "No contacts logged yet.\nWhen a pair tells you they met, called or wrote, "
                "record it with “Log a contact…” so you can see who has gone quiet.",
                "Log a contact…",
                self.log_contact,
            )
        else:
            self.empty.show_message(
                "Contacts are logged for confirmed matches.\n"
                "Confirm matches on the Matching page first."
            )

    def _show_counts(self, counts: Counter[str]) -> None:
        for status, label, _colour, _tip in ENGAGEMENT:
            self.chips[status].setText(f"{label}: {counts.get(status, 0)}")

    def log_contact(self) -> None:
        from app.matching import service as matching

        if self.context.cycle is None:
            return
        with self.context.database.read() as session:
            live = matching.list_matches(
                session, self.context.cycle_id, statuses=list(meetings.ENGAGED_STATUSES)
            )
            topics = meetings.list_topics(session)
        dialog = LogContactDialog(live, topics, self)
        dialog.accepted.connect(lambda: self._save(dialog.values()))
        dialog.finished.connect(lambda _result: setattr(self, "log_dialog", None))
        self.log_dialog = dialog
        dialog.open()

    def _save(self, values: dict[str, Any]) -> None:
        def save() -> None:
            with self.context.database.write() as session:
                meetings.log_meeting(session, values.pop("match_id"), **values)

        self.act(save)
