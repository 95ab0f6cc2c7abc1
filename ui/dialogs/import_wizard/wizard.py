"""The import wizard: file and role → columns → (answers not in the catalogue) → dry run →
import → summary (with Undo).

Reading, checking and importing run off the GUI thread (``ui.worker``) with progress and
cancel; the import itself is one transaction that re-reads the file and refuses it if it
changed since the check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.programs.service import CycleInfo
from app.progress import CancelCheck, Progress
from app.roster import importer, presets
from app.roster.importer import ImportPreview, ImportReport
from app.roster.workbook import SeveralSheetsError
from ui.context import AppContext
from ui.dialogs.import_wizard import actions, answers_step
from ui.dialogs.import_wizard.answers_page import AnswersPage
from ui.dialogs.import_wizard.check_page import CheckPage
from ui.dialogs.import_wizard.corrections import read_rejected
from ui.dialogs.import_wizard.file_page import FilePage
from ui.dialogs.import_wizard.mapping_page import MappingPage
from ui.dialogs.import_wizard.summary_page import SummaryPage
from ui.screen_fit import fit_to_screen
from ui.worker import Operation, show_failure

FILE, MAPPING, ANSWERS, CHECK, SUMMARY = range(5)


class ImportWizard(QDialog):
    """One import, step by step; ``imported`` fires once rows were written."""

    imported = Signal(object)  # the ImportReport

    def __init__(
        self, context: AppContext, cycle: CycleInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cycle = cycle
        self.preview: ImportPreview | None = None
        self.dry_run: ImportReport | None = None
        self.outcome: ImportReport | None = None
        self.checked_sheet = ""  # the sheet the dry run read, to keep choices per sheet
        self.kept: set[str] = set()
        self.catalogue: Any = None  # the program's answer catalogue, read with the dry run
        self.answer_choices: dict[tuple[str, str], str] = {}  # (field, answer) → value key
        self.operation: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Import sign-ups"))
        fit_to_screen(self, 980, 640)
        self.file_page = FilePage(cycle.title, cycle.role_ladder)
        self.mapping_page = MappingPage()
        self.answers_page = AnswersPage()
        self.check_page = CheckPage()
        self.summary_page = SummaryPage()
        self.stack = QStackedWidget()
        for page in (
            self.file_page,
            self.mapping_page,
            self.answers_page,
            self.check_page,
            self.summary_page,
        ):
            self.stack.addWidget(page)
        self._connect()
        self._layout()
        self._show(FILE)

    def _connect(self) -> None:
        self.file_page.changed.connect(self._update_buttons)
        self.mapping_page.changed.connect(self._update_buttons)
        self.mapping_page.presetChosen.connect(self.apply_preset)
        self.mapping_page.saveRequested.connect(self.save_preset)
        self.mapping_page.deleteRequested.connect(self.delete_preset)
        self.answers_page.addRequested.connect(lambda row: answers_step.add_value(self, row))
        self.check_page.exportRejectedRequested.connect(self.export_rejected)
        self.check_page.recheckRequested.connect(self.check)
        self.summary_page.exportRejectedRequested.connect(self.export_rejected)
        self.summary_page.undoRequested.connect(self.undo)

    def _layout(self) -> None:
        self.step = QLabel()
        self.step.setStyleSheet("color: palette(mid);")
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        # Enter always means the step's main action: no other button may become the default
        # on taking focus (while "Next" is busy, focus lands on Cancel, and Enter closed).
        for button in (self.back_button, self.close_button, *self.stack.findChildren(QPushButton)):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    # -- navigation -------------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        widget = self.stack.currentWidget()
        self.heading.setText(str(getattr(widget, "title", "")))
        asked = self.asks_answers()  # the answers step is left out when nothing needs it
        number = page + 1 if asked or page < ANSWERS else page
        self.step.setText(
            self.tr("Step {number} of {total}").format(number=number, total=5 if asked else 4)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page
        self.back_button.setVisible(page in (MAPPING, ANSWERS, CHECK))
        self.next_button.setVisible(page != SUMMARY)
        self.close_button.setText(self.tr("Close") if page == SUMMARY else self.tr("Cancel"))
        self.next_button.setDefault(page != SUMMARY)
        self.close_button.setDefault(page == SUMMARY)  # once imported, closing is what is left
        if page == FILE:
            self.next_button.setText(self.tr("Next >"))
            self.next_button.setEnabled(self.file_page.is_complete())
            self.next_button.setToolTip(self.file_page.problem())
        elif page == MAPPING:
            self.next_button.setText(self.tr("Check the rows >"))
            self.next_button.setEnabled(self.mapping_page.is_complete())
            self.next_button.setToolTip("")
        elif page == ANSWERS:
            self.next_button.setText(self.tr("Next >"))
            self.next_button.setEnabled(True)
            self.next_button.setToolTip("")
        elif page == CHECK:
            count = self.check_page.accepted_count()
            self.next_button.setText(self.tr("Import %Ln person(s)", "", count))
            self.next_button.setEnabled(count > 0)
            self.next_button.setToolTip(
                self.tr("Save these people in one step; Undo stays possible")
            )

    def asks_answers(self) -> bool:
        """Whether the last dry run found answers the catalogue does not know."""
        return bool(self.dry_run is not None and self.dry_run.unmapped_answers)

    def back(self) -> None:
        if self.page == CHECK:
            self.kept = self.check_page.kept()
            self._show(ANSWERS if self.asks_answers() else MAPPING)
        elif self.page == ANSWERS:
            self.answer_choices.update(answers_step.choices(self))
            self._show(MAPPING)
        elif self.page == MAPPING:
            self._show(FILE)

    def next(self) -> None:
        if self.page == FILE:
            self.read_file()
        elif self.page == MAPPING:
            self.check()
        elif self.page == ANSWERS:
            self.answer_choices.update(answers_step.choices(self))
            self._show(CHECK)
        elif self.page == CHECK:
            self.run_import()

    # -- background work --------------------------------------------------------------
    def _run(self, work: Any, success: Any, label: str) -> None:
        self.next_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SeveralSheetsError) and self.page == FILE:
                # Not an error to report: the file step now asks which sheet to import.
                self.file_page.show_sheets(exc.sheets)
                self._update_buttons()
                return
            self._update_buttons()
            show_failure(self, exc)

        self.operation = Operation(self, work, success=success, failure=failed, label=label)
        self.operation.finished.connect(lambda _ok: setattr(self, "operation", None))
        self.operation.run()

    def read_file(self) -> None:
        path, sheet = self.file_page.path, self.file_page.sheet
        assert path is not None
        database = self.context.database

        def work(_progress: Progress, _cancel: CancelCheck) -> Any:
            found = importer.preview(path, rows=30, sheet=sheet)
            with database.read() as session:
                return found, presets.list_presets(session)

        self._run(work, self._previewed, self.tr("Reading {file}…").format(file=path.name))

    def _previewed(self, result: tuple[ImportPreview, list[presets.Preset]]) -> None:
        self.preview, saved = result
        same_file = (
            self.dry_run is not None
            and self.dry_run.file == self.preview.file
            and self.checked_sheet == self.preview.sheet
        )
        if not same_file:
            self.kept = set()
            self.check_page.corrections_panel.model.clear_edits()
        self.mapping_page.show_preview(self.preview, saved, "")
        self._show(MAPPING)

    def check(self) -> None:
        path, role, sheet = self.file_page.path, self.file_page.role, self.file_page.sheet
        mapping = self.mapping_page.mapping()
        database, cycle_id = self.context.database, self.cycle.id
        program_id = self.cycle.program_id
        corrections = self.check_page.corrections()

        def work(progress: Progress, is_cancelled: CancelCheck) -> tuple[Any, ...]:
            assert path is not None
            with database.read() as session:  # a dry run: always rolled back
                report = importer.import_roster(
                    session,
                    cycle_id,
                    role,
                    path,
                    mapping=mapping,
                    dry_run=True,
                    keep=self.kept,
                    progress=progress,
                    is_cancelled=is_cancelled,
                    sheet=sheet,
                    corrections=corrections,
                )
                catalogue = answers_step.load_catalogue(session, program_id)
            wanted = {r.row for r in report.rejected}
            return report, catalogue, read_rejected(path, sheet, wanted)

        self._run(
            work, self._checked, self.tr("Checking {file}…").format(file=path.name if path else "")
        )

    def _checked(self, result: tuple[Any, ...]) -> None:
        report, self.catalogue, rejected_rows = result
        self.dry_run = report
        self.checked_sheet = self.preview.sheet if self.preview else ""
        self.check_page.show_report(report, self.kept, rejected_rows)
        if self.asks_answers():
            answers_step.show(self)
            self._show(ANSWERS)
        else:
            self._show(CHECK)

    def run_import(self) -> None:
        assert self.dry_run is not None
        path, role, sheet = self.file_page.path, self.file_page.role, self.file_page.sheet
        mapping = self.mapping_page.mapping()
        keep = self.check_page.kept()
        self.kept = keep
        sha = self.dry_run.sha256
        database, cycle_id = self.context.database, self.cycle.id
        answer_mapping = answers_step.mapping(self)
        corrections = self.check_page.corrections()

        def work(progress: Progress, is_cancelled: CancelCheck) -> ImportReport:
            assert path is not None
            with database.write() as session:
                return importer.import_roster(
                    session,
                    cycle_id,
                    role,
                    path,
                    mapping=mapping,
                    keep=keep,
                    expected_sha256=sha,
                    answer_mapping=answer_mapping,
                    corrections=corrections,
                    progress=progress,
                    is_cancelled=is_cancelled,
                    sheet=sheet,
                )

        self._run(
            work,
            self._imported,
            self.tr("Importing {file}…").format(file=path.name if path else ""),
        )

    def _imported(self, report: ImportReport) -> None:
        self.outcome = report
        self.summary_page.show_report(report)
        self._show(SUMMARY)
        self.context.notify_changed()
        self.imported.emit(report)

    # -- actions beside the steps (actions.py) ----------------------------------------
    def undo(self) -> None:
        actions.undo(self)

    def apply_preset(self, name: str) -> None:
        actions.apply_preset(self, name)

    def save_preset(self) -> None:
        actions.save_preset(self)

    def delete_preset(self, name: str) -> None:
        actions.delete_preset(self, name)

    def export_rejected(self) -> None:
        actions.export_rejected(self)

    # -- closing ----------------------------------------------------------------------
    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            return
        super().reject()


def start_import_wizard(
    parent: QWidget, context: AppContext, path: Path | None = None
) -> ImportWizard | None:
    """Open the wizard (window-modal); with ``path`` (a dropped file) it reads it at once."""
    cycle = context.cycle
    if cycle is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportWizard", "Import sign-ups"),
            QCoreApplication.translate("ImportWizard", "Create a program first."),
        )
        return None
    wizard = ImportWizard(context, cycle, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    if path is not None:
        wizard.file_page.set_path(path)
        if wizard.file_page.is_complete():
            wizard.read_file()
    return wizard
