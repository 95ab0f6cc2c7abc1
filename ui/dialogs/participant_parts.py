"""Parts of the participant form: the other answers of the sign-up, and the history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.roster.detail import MatchSummary, ParticipantDetail

MATCH_STATUS_LABELS = {
    "proposed": "Proposed",
    "confirmed": "Confirmed",
    "notified": "Notified",
    "active": "Active",
    "ended": "Ended",
}


def error_label() -> QLabel:
    """A red message under a field, hidden while there is nothing to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c0392b;")
    label.setVisible(False)
    return label


class CustomFieldsEditor(QScrollArea):
    """The answers of sign-up questions MentorDesk has no field for, editable as text."""

    changed = Signal()

    def __init__(self, answers: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.editors: dict[str, QLineEdit] = {}
        holder = QWidget()
        layout = QVBoxLayout(holder)
        if not answers:
            empty = QLabel(
                "No other answers. Questions of a sign-up form that have no field of their "
                "own are kept here when the spreadsheet is imported."
            )
            empty.setWordWrap(True)
            empty.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(empty)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for question, answer in answers.items():
            editor = QLineEdit(answer)
            editor.setToolTip(question)
            editor.textChanged.connect(self.changed)
            self.editors[question] = editor
            label = QLabel(question if question.endswith(("?", ":")) else question + ":")
            label.setWordWrap(True)
            form.addRow(label, editor)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(holder)

    def values(self) -> dict[str, str]:
        return {question: editor.text() for question, editor in self.editors.items()}


class HistoryView(QTreeWidget):
    """This cycle's matches, then each earlier participation with its matches."""

    def __init__(self, detail: ParticipantDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Cycle / partner", "Role", "Status"])
        self.setRootIsDecorated(True)
        self.setColumnWidth(0, 320)
        self.setColumnWidth(1, 150)
        self.count = 0
        if detail is None:
            self._note("A new participant has no history yet.")
            return
        this_cycle = QTreeWidgetItem(["This cycle", detail.role, _status(detail.status)])
        self._add_matches(this_cycle, detail.matches)
        self.addTopLevelItem(this_cycle)
        for past in detail.history:
            # The cycle first: a long program name may be cut off, the year must not be.
            title = f"{past.cycle_label} — {past.program_name}"
            item = QTreeWidgetItem([title, past.role, _status(past.status)])
            item.setToolTip(0, past.cycle_title)
            self._add_matches(item, past.matches)
            self.addTopLevelItem(item)
        self.count = len(detail.history)
        if not detail.history:
            self._note("No earlier cycles: this is their first time in the program.")
        self.expandAll()

    def _add_matches(self, parent: QTreeWidgetItem, matches: tuple[MatchSummary, ...]) -> None:
        if not matches:
            parent.addChild(QTreeWidgetItem(["No match", "", ""]))
        for match in matches:
            side = "Mentee" if match.as_mentor else "Mentor"
            parent.addChild(
                QTreeWidgetItem(
                    [
                        f"{side}: {match.partner_name}",
                        match.partner_role,
                        MATCH_STATUS_LABELS.get(match.status, match.status),
                    ]
                )
            )

    def _note(self, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFirstColumnSpanned(True)
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)


def _status(status: str) -> str:
    return {"active": "Active", "withdrawn": "Withdrawn"}.get(status, status)
