"""The Groups tab of the Engagement page: each live group's meeting status, who keeps missing
meetings, the group and program-wide meetings logged, and the group's private notes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.meetings import group_meetings as service
from app.meetings.engagement import MatchEngagement
from app.meetings.group_engagement import MISSED, RECENT, GroupEngagement
from app.meetings.group_safety import safety_note, set_safety_note
from app.progress import CancelCheck, Progress
from ui.core_text import problem_text
from ui.dialogs.log_group_meeting import FirstMeetingDialog, LogGroupMeetingDialog
from ui.dialogs.safety_note import SafetyNoteDialog
from ui.models.rows import Column, RowRole, RowTableModel
from ui.pages.engagement.model import STATUS_STYLE, status_label, status_meaning
from ui.pages.wording import counted, day, local, number
from ui.widgets.flow_layout import flow_row
from ui.widgets.table import make_table, selected_rows

if TYPE_CHECKING:
    from ui.pages.engagement.page import EngagementPage

MeetingRole = Qt.ItemDataRole.UserRole
_STATUS_ORDER = list(STATUS_STYLE)  # overdue and never met first


class GroupsPanel(QWidget):
    def __init__(self, page: EngagementPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: Any = None
        self.model: RowTableModel[GroupEngagement] = RowTableModel(self._columns(), self)
        self.table = make_table(self.model, multi_select=False)
        # A few groups: each column as wide as its longest text ("Jamais rencontré"), the
        # missing people taking the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.rule = QLabel(
            self.tr(
                "Listed as missing: absent from at least {missed} of their last {recent} "
                "meetings (their group's and the program's)."
            ).format(missed=number(MISSED), recent=number(RECENT))
        )
        self.rule.setWordWrap(True)
        self.meetings = QListWidget()
        self.meetings.setMaximumHeight(150)
        self.meetings.itemSelectionChanged.connect(self._on_meeting)
        self._buttons()
        self._layout()

    def _columns(self) -> list[Column[GroupEngagement]]:
        def name(group: GroupEngagement) -> str:
            return group.name + ("  ⚑" if group.safety_note else "")

        def name_tip(group: GroupEngagement) -> str:
            return self.tr("This group has a safety note") if group.safety_note else group.name

        def missing(group: GroupEngagement) -> str:
            return ", ".join(
                self.tr("{name} ({missed} of {recorded})").format(
                    name=m.name, missed=number(m.missed), recorded=number(m.recorded)
                )
                for m in group.missing
            )

        return [
            Column(self.tr("Group"), name, lambda g: g.name, tooltip=name_tip),
            Column(
                self.tr("Status"),
                lambda g: status_label(g.status),
                lambda g: _STATUS_ORDER.index(g.status),
                tooltip=lambda g: status_meaning(g.status),
                colour=lambda g: STATUS_STYLE[g.status][1],
            ),
            Column(
                self.tr("Last meeting"),
                lambda g: day(g.last_contact) if g.last_contact else "—",
                lambda g: g.last_contact or "",
            ),
            Column(
                self.tr("Days"),
                lambda g: number(g.days_since_contact),
                lambda g: g.days_since_contact,
                align_right=True,
            ),
            Column(
                self.tr("People"),
                lambda g: number(len(g.members)),
                lambda g: len(g.members),
                tooltip=lambda g: "\n".join(g.member_names),
                align_right=True,
            ),
            Column(
                self.tr("Letters"),
                self._letters_text,
                lambda g: (
                    f"2 {g.letters_sent_at.isoformat()}"
                    if g.letters_sent_at
                    else ("1" if g.letters_written else "0")
                ),
            ),
            Column(self.tr("Keeps missing meetings"), missing),
        ]

    def _buttons(self) -> None:
        self.log_button = QPushButton(self.tr("Log group meeting…"))
        self.log_button.clicked.connect(self.log_group_meeting)
        self.program_button = QPushButton(self.tr("Log program meeting…"))
        self.program_button.setToolTip(self.tr("The meeting everyone of the cycle attends"))
        self.program_button.clicked.connect(self.log_program_meeting)
        self.note_button = QPushButton(self.tr("Safety note…"))
        self.note_button.setToolTip(
            self.tr("The group's safety and boundary note (only you see it)")
        )
        self.note_button.clicked.connect(self.edit_safety_note)
        self.first_button = QPushButton(self.tr("First meeting…"))
        self.first_button.setToolTip(self.tr("When and how the group first meets, for its letters"))
        self.first_button.clicked.connect(self.edit_first_meeting)
        self.letters_button = QPushButton(self.tr("Group letters…"))
        self.letters_button.setToolTip(
            self.tr("One PDF: a letter to each member and mentor of the confirmed groups")
        )
        self.letters_button.clicked.connect(lambda: self.write_letters())
        self.sent_button = QPushButton(self.tr("Mark letters as sent"))
        self.sent_button.clicked.connect(self.toggle_letters_sent)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_meeting)

    def _layout(self) -> None:
        # The actions wrap onto a second line in a narrow window (125 % scaling, French).
        top = QHBoxLayout()
        buttons = [self.log_button, self.program_button, self.note_button, self.first_button]
        top.addWidget(flow_row([*buttons, self.letters_button, self.sent_button]), 1)
        below = QHBoxLayout()
        below.addWidget(QLabel(self.tr("Group and program meetings:")), 1)
        below.addWidget(self.edit_button)
        below.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        layout.addLayout(below)
        layout.addWidget(self.meetings)

    # -- showing ----------------------------------------------------------------------
    def set_rows(self, rows: list[GroupEngagement]) -> None:
        keep = self.selected_group()
        self.model.set_rows(rows)
        self._select(keep.group_id if keep else None)
        self._load_meetings()
        self._enable()

    def _letters_text(self, group: GroupEngagement) -> str:
        if group.letters_sent_at is not None:
            # Kept in UTC: the day is the one on the coordinator's clock.
            return self.tr("Sent {day}").format(day=day(local(group.letters_sent_at).date()))
        return self.tr("Written") if group.letters_written else "—"

    def _select(self, group_id: int | None) -> None:
        """Select the group shown (the first line when ``group_id`` is None or gone)."""
        view = self.table.model()
        lines = [view.index(line, 0) for line in range(view.rowCount())]
        chosen = [i for i in lines if group_id is not None and i.data(RowRole).group_id == group_id]
        for index in chosen or lines[:1]:
            self.table.selectRow(index.row())

    def selected_group(self) -> GroupEngagement | None:
        chosen = selected_rows(self.table)
        return chosen[0] if chosen else None

    def _enable(self) -> None:
        has_cycle = self.page.context.cycle is not None
        group = self.selected_group()
        self.program_button.setEnabled(has_cycle)
        self.letters_button.setEnabled(self.model.rowCount() > 0)
        for button in (self.log_button, self.note_button, self.first_button):
            button.setEnabled(group is not None)
        sent = group is not None and group.letters_sent_at is not None
        self.sent_button.setText(
            self.tr("Mark letters as not sent") if sent else self.tr("Mark letters as sent")
        )
        self.sent_button.setToolTip(
            self.tr("Take back the mark: this group's letters were not sent after all")
            if sent
            else self.tr("Note that this group's letters reached its members and mentors")
        )
        self.sent_button.setEnabled(group is not None and (sent or group.letters_written))
        meeting = self.meetings.currentItem() is not None and self.meetings.selectedItems()
        self.edit_button.setEnabled(bool(meeting))
        self.delete_button.setEnabled(bool(meeting))

    def _on_selection(self) -> None:
        self._enable()

    def _on_meeting(self) -> None:
        self._enable()

    def _load_meetings(self) -> None:
        self.meetings.clear()
        cycle_id = self.page.context.cycle_id if self.page.context.cycle else None
        if cycle_id is None:
            return
        with self.page.context.database.read() as session:
            found = service.list_group_meetings(session, cycle_id)
        for row in found:
            where = row.group_name or self.tr("Program meeting")
            text = self.tr("{day} · {where} · {present} of {total} present").format(
                day=day(row.held_on), where=where, present=number(row.present),
                total=number(row.present + row.absent),
            )  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(MeetingRole, row)
            self.meetings.addItem(item)

    # -- actions ----------------------------------------------------------------------
    def _people_of(self, group_id: int | None) -> list[service.Attendee]:
        with self.page.context.database.read() as session:
            if group_id is None:
                return service.cycle_attendees(session, self.page.context.cycle_id)
            return service.group_attendees(session, group_id)

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def log_group_meeting(self) -> None:
        chosen = self.selected_group()
        lines = [(g.group_id, g.name) for g in self.model.rows()]
        if not lines:
            return
        dialog = LogGroupMeetingDialog(
            lines, self._people_of, self, selected=chosen.group_id if chosen else None
        )
        dialog.accepted.connect(lambda: self._save(dialog.values()))
        self._open(dialog)

    def log_program_meeting(self) -> None:
        dialog = LogGroupMeetingDialog([], self._people_of, self)
        dialog.accepted.connect(lambda: self._save(dialog.values()))
        self._open(dialog)

    def _save(self, values: dict[str, Any]) -> None:
        cycle_id = self.page.context.cycle_id
        group_id = values.pop("group_id", None)

        def save() -> None:
            with self.page.context.database.write() as session:
                if group_id is None:
                    service.log_program_meeting(session, cycle_id, **values)
                else:
                    service.log_group_meeting(session, group_id, **values)

        if self.page.act(save):
            self.page._tell(self.tr("Meeting logged."))

    def edit_meeting(self) -> None:
        item = self.meetings.currentItem()
        if item is None:
            return
        row: service.GroupMeetingRow = item.data(MeetingRole)
        with self.page.context.database.read() as session:
            people = service.meeting_attendees(session, row.id)
        editing = {
            "held_on": row.held_on, "mode": row.mode, "duration_minutes": row.duration_minutes,
            "notes": row.notes, "people": people,
        }  # fmt: skip
        groups = [(row.group_id, row.group_name)] if row.group_id is not None else []
        dialog = LogGroupMeetingDialog(groups, self._people_of, self, editing=editing)
        dialog.accepted.connect(lambda: self._change(row.id, dialog.values()))
        self._open(dialog)

    def _change(self, meeting_id: int, values: dict[str, Any]) -> None:
        values.pop("group_id", None)

        def save() -> None:
            with self.page.context.database.write() as session:
                service.edit_group_meeting(session, meeting_id, **values)

        if self.page.act(save):
            self.page._tell(self.tr("Meeting changed."))

    def delete_meeting(self) -> None:
        item = self.meetings.currentItem()
        if item is None:
            return
        row: service.GroupMeetingRow = item.data(MeetingRole)
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr("Delete the meeting of {day} and its attendance?").format(day=day(row.held_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def remove() -> None:
            with self.page.context.database.write() as session:
                service.delete_group_meeting(session, row.id)

        self.page.act(remove)

    def edit_safety_note(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        with self.page.context.database.read() as session:
            note = safety_note(session, group_id=group.group_id)
        dialog = SafetyNoteDialog(group.name, note, self)
        dialog.accepted.connect(lambda: self._save_note(group.group_id, dialog.text()))
        self._open(dialog)

    def _save_note(self, group_id: int, text: str) -> None:
        def save() -> None:
            with self.page.context.database.write() as session:
                set_safety_note(session, text, group_id=group_id)

        self.page.act(save)

    def write_letters(self, path: Path | None = None) -> None:
        """Write the group letters of the cycle to one PDF, off the window's thread."""
        cycle = self.page.context.cycle
        if cycle is None:
            return
        if path is None:
            path = self.page._save_path(
                self.tr("Group letters"), f"group-letters-{cycle.label}.pdf", self.tr("PDF (*.pdf)")
            )
        if path is None:
            return
        database, cycle_id, target = self.page.context.database, cycle.id, path

        def work(_progress: Progress, _cancelled: CancelCheck) -> Any:
            from app.letters.group_service import generate_group_letters

            with database.write() as session:
                return generate_group_letters(session, cycle_id, target)

        def done(batch: Any) -> None:
            self.page.context.notify_changed()
            wrote = self.tr("Wrote {letters} letters for %Ln group(s) to {file}.", "", batch.groups)
            text = counted(wrote, batch.groups).format(
                letters=number(batch.letters), file=target.name
            )
            warnings = "\n".join(problem_text(w) for w in batch.warnings)
            QMessageBox.information(
                self, self.tr("Group letters"), text + ("\n\n" + warnings if warnings else "")
            )

        self.page.run(work, done, label=self.tr("Writing group letters…"))

    def toggle_letters_sent(self) -> None:
        """Mark the chosen group's letters as sent, or take the mark back."""
        from app.letters.group_sent import mark_group_letters_sent, unmark_group_letters_sent

        group = self.selected_group()
        if group is None:
            return
        group_id, sent = group.group_id, group.letters_sent_at is not None

        def save() -> None:
            with self.page.context.database.write() as session:
                if sent:
                    unmark_group_letters_sent(session, [group_id])
                else:
                    mark_group_letters_sent(session, [group_id])

        if self.page.act(save):
            told = (
                self.tr("{name}: letters no longer marked as sent.")
                if sent
                else self.tr("{name}: letters marked as sent.")
            )
            self.page._tell(told.format(name=group.name))

    def edit_pair_note(self, match: MatchEngagement | None) -> None:
        """The pair's safety note (from the pair's timeline on the Pairs tab)."""
        if match is None:
            return
        with self.page.context.database.read() as session:
            note = safety_note(session, match_id=match.match_id)
        subject = f"{match.mentor_name}  ↔  {match.mentee_name}"
        dialog = SafetyNoteDialog(subject, note, self)
        dialog.accepted.connect(lambda: self._save_pair_note(match.match_id, dialog.text()))
        self._open(dialog)

    def _save_pair_note(self, match_id: int, text: str) -> None:
        def save() -> None:
            with self.page.context.database.write() as session:
                set_safety_note(session, text, match_id=match_id)

        self.page.act(save)

    def edit_first_meeting(self) -> None:
        from app.letters.group_service import group_first_meeting

        group = self.selected_group()
        if group is None:
            return
        with self.page.context.database.read() as session:
            current = group_first_meeting(session, group.group_id)
        dialog = FirstMeetingDialog(group.name, current, self)
        dialog.accepted.connect(lambda: self._save_first(group.group_id, dialog))
        self._open(dialog)

    def _save_first(self, group_id: int, dialog: FirstMeetingDialog) -> None:
        from app.letters.group_service import set_first_meeting

        value = dialog.value()

        def save() -> None:
            with self.page.context.database.write() as session:
                set_first_meeting(session, group_id, value)

        self.page.act(save)
