"""The side panel: who the selected pair is, where they stand, and their story so far."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.meetings.engagement import MatchEngagement
from app.meetings.timeline import TimelineEntry
from ui.pages.engagement.model import CONCERN_COLOUR, row_colour, status_label
from ui.pages.wording import counted, day

KIND_ICONS = {
    "contact": QStyle.StandardPixmap.SP_DialogYesButton,
    "status": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "letter": QStyle.StandardPixmap.SP_FileIcon,
}


# The core's fixed titles (app.meetings.timeline), shown in the window's language.
CORE_TITLES = {
    "Match made": QT_TRANSLATE_NOOP("TimelineTitles", "Match made"),
    "Match confirmed": QT_TRANSLATE_NOOP("TimelineTitles", "Match confirmed"),
    "Letters sent: the pair was notified": QT_TRANSLATE_NOOP(
        "TimelineTitles", "Letters sent: the pair was notified"
    ),
    "Match ended": QT_TRANSLATE_NOOP("TimelineTitles", "Match ended"),
    "Proposal rejected": QT_TRANSLATE_NOOP("TimelineTitles", "Proposal rejected"),
    "Met in person": QT_TRANSLATE_NOOP("TimelineTitles", "Met in person"),
    "Video call": QT_TRANSLATE_NOOP("TimelineTitles", "Video call"),
    "Phone call": QT_TRANSLATE_NOOP("TimelineTitles", "Phone call"),
    "Email / text": QT_TRANSLATE_NOOP("TimelineTitles", "Email / text"),
}

LETTER_TO = "Letter to "


def _day(value: dt.date) -> str:
    return day(value)


def shown_title(title: str) -> str:
    """A timeline title from the core in the window's language; the duration of a contact
    ("Video call, 30 min") and any title the core adds later are kept as they are."""
    if title.startswith(LETTER_TO):  # "Letter to Ana Roy (FR)"
        letter = QCoreApplication.translate("TimelineTitles", "Letter to {recipient}")
        return letter.format(recipient=title.removeprefix(LETTER_TO))
    head, comma, rest = title.partition(", ")
    known = CORE_TITLES.get(head)
    if known is None:
        return title
    return QCoreApplication.translate("TimelineTitles", known) + comma + rest


class TimelinePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.standing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_button = QPushButton(self.tr("Log a contact…"))
        self.log_button.setToolTip(self.tr("Record a meeting, call or message of this pair"))
        self.end_button = QPushButton(self.tr("End match…"))
        self.end_button.setToolTip(
            self.tr("End this match (the reason is kept); both people can then be matched again")
        )
        self.note_button = QPushButton(self.tr("Safety note…"))
        self.note_button.setToolTip(
            self.tr("This pair's safety and boundary note (only you see it)")
        )
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.entries.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.entries.setSpacing(3)
        self.entries.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        # Beside the pair's name, so the two action buttons keep the table its width.
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.standing)
        layout.addLayout(buttons)
        layout.addWidget(self.entries, 1)
        self.show_match(None, [])

    def show_match(self, match: MatchEngagement | None, entries: Sequence[TimelineEntry]) -> None:
        self.entries.clear()
        self.log_button.setEnabled(match is not None)
        self.end_button.setEnabled(match is not None)
        self.note_button.setEnabled(match is not None)
        if match is None:
            self.title.setText("<b>{}</b>".format(self.tr("Timeline")))
            self.standing.setText(
                self.tr("Select a match to see its contacts, changes and letters.")
            )
            return
        label, colour = status_label(match.status), row_colour(match)
        self.title.setText(
            f"<b style='font-size:12pt'>{_escape(match.mentor_name)} ↔ "
            f"{_escape(match.mentee_name)}</b>"
        )
        if match.last_contact:
            last = self.tr("last contact {day}").format(day=_day(match.last_contact))
        else:
            last = self.tr("no contact yet")
        due = ""
        if match.due_on and match.late:  # a past day is never shown as still to come
            due = " · " + self.tr("due since {day}").format(day=_day(match.due_on))
        elif match.due_on:
            due = " · " + self.tr("next due {day}").format(day=_day(match.due_on))
        days = counted(
            self.tr("%Ln day(s)", "", match.days_since_contact), match.days_since_contact
        )
        self.standing.setText(
            f"<span style='color:{colour}'><b>{label}</b></span> · "
            f"{days} · {last}{due}<br>"
            + self.tr("Mentor: {email}").format(email=_escape(match.mentor_email))
            + "<br>"
            + self.tr("Mentee: {email}").format(email=_escape(match.mentee_email))
        )
        for entry in entries:
            self.entries.addItem(self._item(entry))
        if not entries:
            self.entries.addItem(QListWidgetItem(self.tr("Nothing recorded yet.")))

    def _item(self, entry: TimelineEntry) -> QListWidgetItem:
        text = f"{_day(entry.on)} · {shown_title(entry.title)}"
        if entry.detail:
            text += "\n" + entry.detail
        item = QListWidgetItem(text)
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning if entry.concern else KIND_ICONS[entry.kind]
        )
        item.setIcon(self.style().standardIcon(pixmap))
        if entry.concern:
            item.setForeground(QBrush(QColor(CONCERN_COLOUR)))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("A concern was flagged on this contact"))
        elif entry.kind != "contact":
            item.setForeground(self.palette().placeholderText())
        return item

    def entry_texts(self) -> list[str]:
        return [self.entries.item(i).text() for i in range(self.entries.count())]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
