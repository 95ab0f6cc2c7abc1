"""Import contacts from a check-in form: check the file first (a dry run), then import."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.roster.workbook import SeveralSheetsError
from ui.core_text import problem_text
from ui.dialogs.import_common import REJECTED_COLUMNS, SheetChoice
from ui.models.rows import RowTableModel
from ui.screen_fit import fit_to_screen
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table

WARNINGS_SHOWN = 10
FIELD_NAMES = {
    "mentor_email": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "mentor's email"),
    "mentee_email": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "mentee's email"),
    "email": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "email"),
    "date": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "date"),
    "mode": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "how they met"),
    "duration": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "length"),
    "initiated_by": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "who reached out"),
    "topics": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "topics"),
    "notes": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "notes"),
    "concern": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "concern"),
    "concern_note": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "concern details"),
    "group": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "group"),
    "absent": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "who was absent"),
    "present": QT_TRANSLATE_NOOP("ImportMeetingsDialog", "who was present"),
}


def field_name(field: str) -> str:
    if field in FIELD_NAMES:
        return QCoreApplication.translate("ImportMeetingsDialog", FIELD_NAMES[field])
    return field


def describe_report(report: Any) -> str:
    """One plain paragraph about a contact import report (dry run or real)."""
    dry = report.dry_run
    rejected = report.rejected_rows
    parts = [
        QCoreApplication.translate(
            "ImportMeetingsDialog", "%Ln row(s) read from {file}.", "", report.rows
        ).format(file=Path(report.file).name),
        QCoreApplication.translate(
            "ImportMeetingsDialog", "%Ln contact(s) would be added.", "", report.imported
        )
        if dry
        else QCoreApplication.translate(
            "ImportMeetingsDialog", "%Ln contact(s) were added.", "", report.imported
        ),
    ]
    if report.unchanged:
        parts.append(
            QCoreApplication.translate(
                "ImportMeetingsDialog",
                "%Ln row(s) would be already logged and skipped.",
                "",
                report.unchanged,
            )
            if dry
            else QCoreApplication.translate(
                "ImportMeetingsDialog",
                "%Ln row(s) were already logged and skipped.",
                "",
                report.unchanged,
            )
        )
    if rejected:
        parts.append(
            QCoreApplication.translate(
                "ImportMeetingsDialog",
                "%Ln row(s) would be rejected: fix them in the spreadsheet and import again.",
                "",
                rejected,
            )
            if dry
            else QCoreApplication.translate(
                "ImportMeetingsDialog",
                "%Ln row(s) were rejected: fix them in the spreadsheet and import again.",
                "",
                rejected,
            )
        )
    if dry:
        parts.append(
            QCoreApplication.translate("ImportMeetingsDialog", "Nothing has been saved yet.")
        )
    # Topics kept in the notes (and other words read loosely) are said, never only done.
    notes = [problem_text(warning) for warning in report.warnings[:WARNINGS_SHOWN]]
    if len(report.warnings) > WARNINGS_SHOWN:
        notes.append(
            QCoreApplication.translate(
                "ImportMeetingsDialog", "… and %Ln more.", "", len(report.warnings) - WARNINGS_SHOWN
            )
        )
    text = " ".join(parts)
    return "\n\n".join([text, "\n".join(notes)]) if notes else text


class ImportMeetingsDialog(QDialog):
    """Shows the dry-run report; Import accepts the dialog.

    A workbook with data on several sheets gets a choice of sheet first: ``sheetChosen``
    asks for the dry run of the chosen one, and ``sheet`` is what Import reads.
    Other imports of the same shape (attendance sheets) pass their own ``title``,
    ``describe`` (the report as a paragraph), ``field_name`` and ``sheet_prompt``.
    """

    sheetChosen = Signal(str)

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        title: str = "",
        describe: Callable[[Any], str] = describe_report,
        field_name: Callable[[str], str] = field_name,
        sheet_prompt: str = "",
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._describe, self._field_name, self._sheet_prompt = describe, field_name, sheet_prompt
        self.setWindowTitle(title or self.tr("Import contacts"))
        fit_to_screen(self, 880, 500)
        self.sheets = SheetChoice(self)
        self.sheets.changed.connect(self._on_sheet)
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(f"<b>{html.escape(path.name)}</b>"))
        form.addRow(self.sheets.prompt)
        form.addRow(self.sheets.label, self.sheets.box)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        form.addRow(self.tr("Columns read:"), self.columns)
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # the report quotes what people typed
        self.rejected_model: RowTableModel[Any] = RowTableModel(REJECTED_COLUMNS, self)
        table = make_table(self.rejected_model, multi_select=False)
        fit_columns(table, {0: 5, 1: 22})
        self.rejected = EmptyState(table)
        self.rejected.show_message("")
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(self.buttons)

    def show_report(self, report: Any) -> None:
        self.summary.setText(self._describe(report))
        read = "; ".join(f"{h} → {self._field_name(f)}" for h, f in report.mapping.items())
        if report.unmapped_columns:
            read += self.tr(". Not used: {columns}").format(
                columns=", ".join(report.unmapped_columns)
            )
        self.columns.setText(read)
        self.rejected_model.set_rows(report.rejected)
        if report.rejected:
            self.rejected.show_content()
        else:
            self.rejected.show_message(self.tr("Every row can be imported."))
        self.import_button.setEnabled(report.imported > 0)

    def show_problem(self, message: str) -> None:
        self.summary.setText(message)
        self.rejected.show_message("")
        self.import_button.setEnabled(False)

    def show_error(self, error: MentorDeskError) -> None:
        """The dry run's refusal; for a workbook with several sheets, the choice of sheet."""
        if isinstance(error, SeveralSheetsError):
            self.sheets.show_sheets(error.sheets)
            default = self.tr("Choose the sheet that holds the contacts to import.")
            self.show_problem(self._sheet_prompt or default)
        else:
            self.show_problem(problem_text(error.message))

    @property
    def sheet(self) -> str | None:
        return self.sheets.sheet

    def _on_sheet(self) -> None:
        sheet = self.sheets.sheet
        if sheet is None:
            return
        self.show_problem(self.tr("Checking the file…"))
        self.columns.clear()
        self.sheetChosen.emit(sheet)
