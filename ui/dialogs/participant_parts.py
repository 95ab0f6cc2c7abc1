"""Parts of the participant form: the other answers of the sign-up, and the history."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cycles.history import GroupSummary
from app.roster.detail import MatchSummary, ParticipantDetail
from ui.core_text import problem_text


def field_labels() -> dict[str, str]:
    """The participant fields of ``app.roster.fields`` by the names the form shows."""
    return {
        "first_name": QCoreApplication.translate("ParticipantFields", "First name"),
        "last_name": QCoreApplication.translate("ParticipantFields", "Last name"),
        "preferred_name": QCoreApplication.translate("ParticipantFields", "Preferred name"),
        "pronouns": QCoreApplication.translate("ParticipantFields", "Pronouns"),
        "email": QCoreApplication.translate("ParticipantFields", "Email"),
        "phone": QCoreApplication.translate("ParticipantFields", "Phone"),
        "share_phone": QCoreApplication.translate("ParticipantFields", "Share phone"),
        "city": QCoreApplication.translate("ParticipantFields", "City"),
        "province": QCoreApplication.translate("ParticipantFields", "Province"),
        "languages": QCoreApplication.translate("ParticipantFields", "Languages"),
        "preferred_language": QCoreApplication.translate("ParticipantFields", "Letter language"),
        "role": QCoreApplication.translate("ParticipantFields", "Role"),
        "institution": QCoreApplication.translate("ParticipantFields", "Institution"),
        "stage": QCoreApplication.translate("ParticipantFields", "Stage"),
        "interests": QCoreApplication.translate("ParticipantFields", "Interests"),
        "capacity": QCoreApplication.translate("ParticipantFields", "Capacity"),
        "status": QCoreApplication.translate("ParticipantFields", "Status"),
        "notes": QCoreApplication.translate("ParticipantFields", "Notes"),
        "custom_fields": QCoreApplication.translate("ParticipantFields", "Other answers"),
    }


def field_message(message: str) -> str:
    """A field check's message from ``app.roster.fields`` in the interface's language.

    The checks are shared with the command line, which stays English. The messages below
    keep the form's own wording; any other is a problem sentence of ``app.roster.problems``
    and is said in the window's language by ``problem_text``.
    """
    known = {
        "a first name is required": QCoreApplication.translate(
            "ParticipantFields", "a first name is required"
        ),
        "a role is required": QCoreApplication.translate("ParticipantFields", "a role is required"),
        "an email address is required": QCoreApplication.translate(
            "ParticipantFields", "an email address is required"
        ),
        "not a phone number (expected e.g. 416-555-0123)": QCoreApplication.translate(
            "ParticipantFields", "not a phone number (expected e.g. 416-555-0123)"
        ),
        "not a complete phone number (expected e.g. 416-555-0123)": QCoreApplication.translate(
            "ParticipantFields", "not a complete phone number (expected e.g. 416-555-0123)"
        ),
        "capacity must be a whole number of mentees (0 or more)": QCoreApplication.translate(
            "ParticipantFields", "capacity must be a whole number of mentees (0 or more)"
        ),
    }
    if message in known:
        return known[message]
    longer = re.fullmatch(r"longer than (\d+) characters", message)
    if longer:
        return QCoreApplication.translate(
            "ParticipantFields", "longer than {count} characters"
        ).format(count=longer[1])
    if message.startswith("not a valid email address"):
        return QCoreApplication.translate("ParticipantFields", "not a valid email address")
    return problem_text(message)


def match_status_label(status: str) -> str:
    """The one name of a match status (``ui.models.labels``), as every page shows it."""
    from ui.models import labels

    if status == "withdrawn":
        return labels.participant_status(status)
    return labels.match_status(status)


class AnswerCompleter(QCompleter):
    """Offers catalogue labels for the answer being typed: after the last ";" when the
    field holds ``several`` answers ("Recherche; Sa" offers "Santé mondiale")."""

    def __init__(self, labels: list[str], *, several: bool, parent: QObject | None = None) -> None:
        super().__init__(labels, parent)
        self.several = several
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(";", 1)[-1].strip() if self.several else path.strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if self.several and isinstance(widget, QLineEdit) else ""
        return f"{typed.rsplit(';', 1)[0]}; {chosen}" if ";" in typed else chosen


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
                self.tr(
                    "No other answers. Questions of a sign-up form that have no field of "
                    "their own are kept here when the spreadsheet is imported."
                )
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
        self.setHeaderLabels(
            [
                self.tr("Cycle / partner"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("How it ended"),
            ]
        )
        self.setRootIsDecorated(True)
        self.setColumnWidth(0, 320)
        self.setColumnWidth(1, 150)
        self.count = 0
        if detail is None:
            self._note(self.tr("A new participant has no history yet."))
            return
        this_cycle = QTreeWidgetItem(
            [self.tr("This cycle"), detail.role, match_status_label(detail.status)]
        )
        self._add_matches(this_cycle, detail.matches, detail.groups)
        self.addTopLevelItem(this_cycle)
        for past in detail.history:
            # The cycle first: a long program name may be cut off, the year must not be.
            title = f"{past.cycle_label} — {past.program_name}"
            item = QTreeWidgetItem([title, past.role, match_status_label(past.status)])
            item.setToolTip(0, past.cycle_title)
            self._add_matches(item, past.matches, past.groups)
            self.addTopLevelItem(item)
        self.count = len(detail.history)
        if not detail.history:
            self._note(self.tr("No earlier cycles: this is their first time in the program."))
        self.expandAll()

    def _add_matches(
        self,
        parent: QTreeWidgetItem,
        matches: tuple[MatchSummary, ...],
        groups: tuple[GroupSummary, ...] = (),
    ) -> None:
        if not matches and not groups:
            parent.addChild(QTreeWidgetItem([self.tr("No match"), "", ""]))
        for match in matches:
            side = (
                self.tr("Mentee: {name}") if match.as_mentor else self.tr("Mentor: {name}")
            ).format(name=match.partner_name)
            parent.addChild(QTreeWidgetItem([side, match.partner_role, *self._how(match)]))
        for group in groups:
            name = self.tr("Group: {name}").format(name=group.name)
            place = self.tr("Group mentor") if group.as_mentor else self.tr("Group member")
            parent.addChild(QTreeWidgetItem([name, place, *self._how(group)]))

    def _how(self, row: MatchSummary | GroupSummary) -> list[str]:
        """The status (and whether it carried on from last cycle), and how it ended."""
        from ui.dialogs.next_cycle_models import category_choices

        status = match_status_label(row.status)
        if row.continued:
            status = self.tr("{status}, continued").format(status=status)
        ended = dict(category_choices()).get(row.end_category, row.end_category)
        if row.end_reason:
            both = self.tr("{category}: {reason}").format(category=ended, reason=row.end_reason)
            ended = both if ended else row.end_reason
        return [status, ended]

    def _note(self, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFirstColumnSpanned(True)
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
