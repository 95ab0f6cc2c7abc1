"""Importing survey answers from the Surveys page: the check-in import's dialog (dry run
first, row errors, then Import), and undoing the last survey import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import MentorDeskError
from app.progress import CancelCheck, Progress
from ui.core_text import problem_text
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.dialogs.survey_editor import kind_name
from ui.pages.wording import counted
from ui.worker import show_failure

FOLDER = "surveys/import_folder"
IMPORT_PATTERNS = "(*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)"


def describe_survey_import(report: Any) -> str:
    """One plain paragraph about a survey import report (dry run or real)."""
    dry, imported = report.dry_run, report.imported
    read = QCoreApplication.translate(
        "SurveyImport", "%Ln row(s) read from {file}.", "", report.rows
    )
    if dry:
        added = QCoreApplication.translate(
            "SurveyImport", "%Ln response(s) would be added to “{survey}”.", "", imported
        )
    else:
        added = QCoreApplication.translate(
            "SurveyImport", "%Ln response(s) were added to “{survey}”.", "", imported
        )
    parts = [
        counted(read, report.rows).format(file=Path(report.file).name),
        counted(added, imported).format(survey=report.survey),
    ]
    if report.survey_created:
        count = len(report.questions)
        learned = QCoreApplication.translate(
            "SurveyImport", "A new survey: %Ln question(s) learned from the columns.", "", count
        )
        parts.append(counted(learned, count))
    if report.unchanged:
        skipped = QCoreApplication.translate(
            "SurveyImport", "%Ln row(s) already imported and skipped.", "", report.unchanged
        )
        parts.append(counted(skipped, report.unchanged))
    if report.rejected_rows:
        rejected = QCoreApplication.translate(
            "SurveyImport",
            "%Ln row(s) rejected: fix them in the spreadsheet and import again.",
            "",
            report.rejected_rows,
        )
        parts.append(counted(rejected, report.rejected_rows))
    if dry:
        parts.append(QCoreApplication.translate("SurveyImport", "Nothing has been saved yet."))
    notes = [problem_text(w) for w in report.warnings[:10]]
    text = " ".join(parts)
    return "\n\n".join([text, "\n".join(notes)]) if notes else text


class SurveyImport(QObject):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: ImportMeetingsDialog | None = None

    def start(self, path: Path | None = None, survey: str | None = None) -> None:
        from ui.pages.engagement.actions import remember, remembered

        if self.page.context.cycle is None:
            return
        if path is None:
            patterns = self.tr("Forms exports {patterns};;All files (*)").format(
                patterns=IMPORT_PATTERNS
            )
            chosen, _ = QFileDialog.getOpenFileName(
                self.page, self.tr("Import answers"), remembered(FOLDER, QDir.homePath()), patterns
            )
            if not chosen:
                return
            path = Path(chosen)
            remember(FOLDER, str(path.parent))
        survey = survey or self.page.ask_survey_name()
        if not survey:
            return
        dialog = ImportMeetingsDialog(
            path,
            self.page,
            title=self.tr("Import answers into “{survey}”").format(survey=survey),
            describe=describe_survey_import,
            field_name=kind_name,
            sheet_prompt=self.tr("Choose the sheet that holds the answers to import."),
        )
        dialog.accepted.connect(lambda: self._run(path, survey, dry_run=False, sheet=dialog.sheet))
        dialog.sheetChosen.connect(lambda sheet: self._run(path, survey, dry_run=True, sheet=sheet))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        self._run(path, survey, dry_run=True)

    def _run(self, path: Path, survey: str, *, dry_run: bool, sheet: str | None = None) -> None:
        database, cycle_id = self.page.context.database, self.page.context.cycle_id
        dialog = self.dialog if dry_run else None

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.surveys.importer import import_survey_answers

            scope = database.read() if dry_run else database.write()  # a dry run rolls back
            with scope as session:
                return import_survey_answers(
                    session, cycle_id, survey, path, dry_run=dry_run, progress=progress,
                    is_cancelled=is_cancelled, sheet=sheet,
                )  # fmt: skip

        def failed(exc: BaseException) -> None:
            if dialog is not None and isinstance(exc, MentorDeskError):
                dialog.show_error(exc)
            else:
                show_failure(self.page, exc)

        success = dialog.show_report if dialog is not None else self._imported
        if dry_run:
            label = self.tr("Checking {file}…").format(file=path.name)
        else:
            label = self.tr("Importing {file}…").format(file=path.name)
        self.page.run(work, success, failure=failed, label=label)

    def _imported(self, report: Any) -> None:
        self.page.context.notify_changed()
        QMessageBox.information(
            self.page, self.tr("Import finished"), describe_survey_import(report)
        )

    def undo_last(self) -> None:
        from app.surveys.importer import last_survey_import, undo_survey_import

        if self.page.context.cycle is None:
            return
        with self.page.context.database.read() as session:
            record = last_survey_import(session, self.page.context.cycle_id)
            info = None if record is None else (record.id, record.file_name, record.role)
        title = self.tr("Undo import")
        if info is None:
            QMessageBox.information(self.page, title, self.tr("There is no survey import to undo."))
            return
        import_id, file_name, survey = info
        question = self.tr("Remove the answers imported from {file} into “{survey}”?").format(
            file=Path(file_name).name, survey=survey
        )
        if QMessageBox.question(self.page, title, question) != QMessageBox.StandardButton.Yes:
            return

        def undo() -> None:
            with self.page.context.database.write() as session:
                undo_survey_import(session, import_id)

        self.page.act(undo)
