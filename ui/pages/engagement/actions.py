"""What a coordinator does from the Engagement page: log, import, follow up, end a match.

A mixin of :class:`EngagementPage`, kept apart so the page module stays about layout.
Each action is one transaction; file work runs through the background worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from app.errors import MentorDeskError
from app.meetings import engagement as status_service
from app.meetings import service as meetings
from app.progress import CancelCheck, Progress
from ui import settings as keys
from ui.dialogs.bulk_contact import BulkContactDialog
from ui.dialogs.import_meetings import ImportMeetingsDialog, describe_report
from ui.dialogs.log_contact import LogContactDialog
from ui.dialogs.topics import TopicsDialog
from ui.pages.wording import counted, day
from ui.worker import show_failure

LAST_MODE = "meetings/last_mode"
FOLDER = "meetings/folder"
IMPORT_PATTERNS = "(*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)"


def remembered(key: str, default: str = "") -> str:
    value = keys.settings().value(key)
    return str(value) if value else default


def remember(key: str, value: str) -> None:
    keys.settings().setValue(key, value)


class EngagementActions:
    """Needs the page's ``context``, ``act``, ``run``, ``selected_match`` and ``dialog``."""

    # -- logging ----------------------------------------------------------------------
    def log_contact(self, match_id: int | None = None) -> None:
        """The contact dialog (Ctrl+L from anywhere): find the pair by typing, or start on
        ``match_id``, the pair chosen on the page."""
        if self.context.cycle is None:
            QMessageBox.information(
                self, self.tr("Log a contact"), self.tr("Create a program first.")
            )
            return
        with self.context.database.read() as session:
            live = status_service.engagement(session, self.context.cycle_id).matches
            topics = meetings.list_topics(session)
        dialog = LogContactDialog(
            live, topics, self, selected=match_id, last_mode=remembered(LAST_MODE)
        )
        dialog.accepted.connect(lambda: self._save_one(dialog.values()))
        dialog.finished.connect(lambda _result: setattr(self, "log_dialog", None))
        self.log_dialog = dialog
        self._open(dialog)

    def bulk_add(self) -> None:
        if self.context.cycle is None:
            return
        with self.context.database.read() as session:
            live = status_service.engagement(session, self.context.cycle_id).matches
            topics = meetings.list_topics(session)
        live.sort(key=lambda m: (m.mentor_name.casefold(), m.mentee_name.casefold()))
        dialog = BulkContactDialog(live, topics, self, last_mode=remembered(LAST_MODE))
        dialog.accepted.connect(lambda: self._save_many(dialog.values()))
        self._open(dialog)

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _save_one(self, values: dict[str, Any]) -> None:
        def save() -> None:
            with self.context.database.write() as session:
                meetings.log_meeting(session, values.pop("match_id"), **values)

        if self.act(save):
            remember(LAST_MODE, values["mode"])
            self._tell(self.tr("Contact logged."))

    def _save_many(self, values: dict[str, Any]) -> None:
        ids = values.pop("match_ids")

        def save() -> None:
            with self.context.database.write() as session:
                meetings.log_contacts(session, ids, **values)

        if self.act(save):
            remember(LAST_MODE, values["mode"])
            self._tell(counted(self.tr("%Ln contact(s) logged.", "", len(ids)), len(ids)))

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 5000)

    # -- import -----------------------------------------------------------------------
    def import_contacts(self, path: Path | None = None) -> None:
        if self.context.cycle is None:
            return
        if path is None:
            patterns = self.tr("Check-in exports {patterns};;All files (*)").format(
                patterns=IMPORT_PATTERNS
            )
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import contacts"), remembered(FOLDER, QDir.homePath()), patterns
            )
            if not chosen:
                return
            path = Path(chosen)
            remember(FOLDER, str(path.parent))
        dialog = ImportMeetingsDialog(path, self)
        dialog.accepted.connect(lambda: self._import(path, dialog.sheet))
        dialog.sheetChosen.connect(
            lambda sheet: self._run_import(path, dry_run=True, dialog=dialog, sheet=sheet)
        )
        self._open(dialog)
        self._run_import(path, dry_run=True, dialog=dialog)

    def _run_import(
        self,
        path: Path,
        *,
        dry_run: bool,
        dialog: ImportMeetingsDialog | None = None,
        sheet: str | None = None,
    ) -> None:
        database, cycle_id = self.context.database, self.context.cycle_id

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.meetings.importer import import_meetings

            scope = database.read() if dry_run else database.write()  # a dry run rolls back
            with scope as session:
                return import_meetings(
                    session,
                    cycle_id,
                    path,
                    dry_run=dry_run,
                    progress=progress,
                    is_cancelled=is_cancelled,
                    sheet=sheet,
                )

        def failed(exc: BaseException) -> None:
            if dialog is not None and isinstance(exc, MentorDeskError):
                dialog.show_error(exc)
            else:
                show_failure(self, exc)

        success = dialog.show_report if dialog is not None else self._imported
        if dry_run:
            label = self.tr("Checking {file}…").format(file=path.name)
        else:
            label = self.tr("Importing {file}…").format(file=path.name)
        self.run(work, success, failure=failed, label=label)

    def _import(self, path: Path, sheet: str | None = None) -> None:
        self._run_import(path, dry_run=False, sheet=sheet)

    def _imported(self, report: Any) -> None:
        self.context.notify_changed()
        QMessageBox.information(self, self.tr("Import finished"), describe_report(report))

    def undo_last_import(self) -> None:
        from app.meetings.importer import last_import, undo_meeting_import

        if self.context.cycle is None:
            return
        with self.context.database.read() as session:
            info = last_import(session, self.context.cycle_id)
        title = self.tr("Undo import")
        if info is None:
            QMessageBox.information(self, title, self.tr("There is no contact import to undo."))
            return
        question = self.tr(
            "Remove the %Ln contact(s) imported from {file} on {day}?\n\nPairs the import "
            "marked as active go back to their earlier status, unless a contact was logged "
            "for them since.",
            "",
            info.imported,
        )
        answer = QMessageBox.question(
            self,
            title,
            counted(question, info.imported).format(file=info.file_name, day=day(info.created_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def undo() -> None:
            with self.context.database.write() as session:
                undo_meeting_import(session, info.id)

        if self.act(undo):
            self._tell(self.tr("Import of {file} undone.").format(file=info.file_name))

    # -- follow-ups -------------------------------------------------------------------
    def _save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = Path(remembered(FOLDER, QDir.homePath()))
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), file_filter)
        if not chosen:
            return None
        remember(FOLDER, str(Path(chosen).parent))
        return Path(chosen)

    def _report(self) -> status_service.EngagementReport:
        with self.context.database.read() as session:
            return status_service.engagement(session, self.context.cycle_id)

    def export_nudges(self, path: Path | None = None) -> None:
        from app.meetings.followups import nudge_rows, write_nudge_list

        if self.context.cycle is None:
            return
        rows = nudge_rows(self._report())
        title = self.tr("Nudge list")
        if not rows:
            QMessageBox.information(
                self, title, self.tr("Every pair is in touch: nobody is overdue or yet to meet.")
            )
            return
        label = self.context.cycle.label
        path = path or self._save_path(
            self.tr("Export nudge list"), f"nudge-{label}.csv", self.tr("CSV (*.csv)")
        )
        if path is None:
            return
        if self.act(lambda: write_nudge_list(rows, path), changed=False):
            written = self.tr("%Ln pair(s) to nudge written to {path}.", "", len(rows))
            QMessageBox.information(self, title, counted(written, len(rows)).format(path=path))

    def export_calendar(self, path: Path | None = None) -> None:
        from app.meetings.followups import write_calendar

        if self.context.cycle is None:
            return
        report = self._report()
        label = self.context.cycle.label
        title = self.tr("Calendar reminders")
        path = path or self._save_path(
            title, f"follow-ups-{label}.ics", self.tr("Calendar (*.ics)")
        )
        if path is None:
            return
        written: list[int] = []
        if self.act(lambda: written.append(write_calendar(report, path)), changed=False):
            text = self.tr(
                "%Ln follow-up reminder(s) written to {path}.\n"
                "Open the file with your calendar program to add them.",
                "",
                written[0],
            )
            QMessageBox.information(self, title, counted(text, written[0]).format(path=path))

    # -- end a match ------------------------------------------------------------------
    def end_selected_match(self) -> None:
        from app.matching.service import end_match

        match = self.selected_match()
        if match is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("End match"),
            self.tr(
                "Why does the match of {mentor} and {mentee} end?\n"
                "The reason is kept with the match's history."
            ).format(mentor=match.mentor_name, mentee=match.mentee_name),
        )
        if not ok:
            return

        def end() -> None:
            with self.context.database.write() as session:
                end_match(session, match.match_id, reason)

        if self.act(end):
            QMessageBox.information(
                self,
                self.tr("Match ended"),
                self.tr(
                    "The match of {mentor} and {mentee} has ended. "
                    "Both can be matched again on the Matching page."
                ).format(mentor=match.mentor_name, mentee=match.mentee_name),
            )

    # -- catalogue --------------------------------------------------------------------
    def edit_topics(self) -> None:
        dialog = TopicsDialog(self.context.database, self)
        dialog.finished.connect(lambda _r: dialog.changed and self.context.notify_changed())
        self._open(dialog)
