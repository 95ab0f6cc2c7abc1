"""Import contacts from a check-in form: check the file first (a dry run), then import."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
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
from ui.dialogs.import_common import REJECTED_COLUMNS, SheetChoice
from ui.models.rows import RowTableModel
from ui.text import plural
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table

WARNINGS_SHOWN = 10
FIELD_NAMES = {
    "mentor_email": "mentor's email",
    "mentee_email": "mentee's email",
    "email": "email",
    "date": "date",
    "mode": "how they met",
    "duration": "length",
    "initiated_by": "who reached out",
    "topics": "topics",
    "notes": "notes",
    "concern": "concern",
    "concern_note": "concern details",
}


def describe_report(report: Any) -> str:
    """One plain paragraph about a contact import report (dry run or real)."""
    verb = "would be" if report.dry_run else "were"
    rejected = report.rejected_rows
    parts = [
        f"{plural(report.rows, 'row')} read from {Path(report.file).name}.",
        f"{plural(report.imported, 'contact')} {verb} added.",
    ]
    if report.unchanged:
        parts.append(f"{plural(report.unchanged, 'row')} {verb} already logged and skipped.")
    if rejected:
        parts.append(
            f"{plural(rejected, 'row')} {verb} rejected: fix "
            f"{'them' if rejected != 1 else 'it'} in the spreadsheet and import again."
        )
    if report.dry_run:
        parts.append("Nothing has been saved yet.")
    # Topics kept in the notes (and other words read loosely) are said, never only done.
    notes = list(report.warnings[:WARNINGS_SHOWN])
    if len(report.warnings) > WARNINGS_SHOWN:
        notes.append(f"… and {len(report.warnings) - WARNINGS_SHOWN} more.")
    text = " ".join(parts)
    return "\n\n".join([text, "\n".join(notes)]) if notes else text


class ImportMeetingsDialog(QDialog):
    """Shows the dry-run report; Import accepts the dialog.

    A workbook with data on several sheets gets a choice of sheet first: ``sheetChosen``
    asks for the dry run of the chosen one, and ``sheet`` is what Import reads.
    """

    sheetChosen = Signal(str)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle("Import contacts")
        self.resize(880, 500)
        self.sheets = SheetChoice(self)
        self.sheets.changed.connect(self._on_sheet)
        form = QFormLayout()
        form.addRow("File:", QLabel(f"<b>{html.escape(path.name)}</b>"))
        form.addRow(self.sheets.prompt)
        form.addRow(self.sheets.label, self.sheets.box)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        form.addRow("Columns read:", self.columns)
        self.summary = QLabel("Checking the file…")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # the report quotes what people typed
        self.rejected_model: RowTableModel[Any] = RowTableModel(REJECTED_COLUMNS, self)
        table = make_table(self.rejected_model, multi_select=False)
        fit_columns(table, {0: 5, 1: 22})
        self.rejected = EmptyState(table)
        self.rejected.show_message("")
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
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
        self.summary.setText(describe_report(report))
        self.columns.setText(
            "; ".join(f"{h} → {FIELD_NAMES.get(f, f)}" for h, f in report.mapping.items())
            + (
                f". Not used: {', '.join(report.unmapped_columns)}"
                if report.unmapped_columns
                else ""
            )
        )
        self.rejected_model.set_rows(report.rejected)
        if report.rejected:
            self.rejected.show_content()
        else:
            self.rejected.show_message("Every row can be imported.")
        self.import_button.setEnabled(report.imported > 0)

    def show_problem(self, message: str) -> None:
        self.summary.setText(message)
        self.rejected.show_message("")
        self.import_button.setEnabled(False)

    def show_error(self, error: MentorDeskError) -> None:
        """The dry run's refusal; for a workbook with several sheets, the choice of sheet."""
        if isinstance(error, SeveralSheetsError):
            self.sheets.show_sheets(error.sheets)
            self.show_problem("Choose the sheet that holds the contacts to import.")
        else:
            self.show_problem(error.message)

    @property
    def sheet(self) -> str | None:
        return self.sheets.sheet

    def _on_sheet(self) -> None:
        sheet = self.sheets.sheet
        if sheet is None:
            return
        self.show_problem("Checking the file…")
        self.columns.clear()
        self.sheetChosen.emit(sheet)
