"""Import sign-ups: check the file first (a dry run), show what would happen, then import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.models.rows import Column, RowTableModel
from ui.models.search import fold
from ui.text import plural
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table

REJECTED_COLUMNS: list[Column[Any]] = [
    Column("Row", lambda r: str(r.row), sort_key=lambda r: r.row, align_right=True),
    Column("Column", lambda r: str(r.column or "")),
    Column("What to fix", lambda r: str(r.error)),
]


def describe_report(report: Any) -> str:
    """One plain paragraph about an ``ImportReport`` (dry run or real)."""
    rejected = len(report.rejected)
    verb = "would be" if report.dry_run else "were"
    parts = [
        f"{plural(report.rows, 'row')} read from {Path(report.file).name}.",
        f"{plural(report.imported, 'new participant')} {verb} added and"
        f" {report.updated} updated ({report.returning} returning from an earlier cycle).",
    ]
    if rejected:
        parts.append(
            f"{plural(rejected, 'row')} {verb} skipped: fix "
            f"{'them' if rejected != 1 else 'it'} in the spreadsheet and import again."
        )
    if report.dry_run:
        parts.append("Nothing has been saved yet.")
    return " ".join(parts)


def guess_role(path: Path, ladder: tuple[str, ...]) -> str:
    """The rung named in the file name (``mentors.csv``), else the most junior rung."""
    name = fold(path.stem)
    for rung in ladder:
        if fold(rung) in name:
            return rung
    if len(ladder) == 2 and "mentor" in name and "mentee" not in name:
        return ladder[0]
    return ladder[-1]


class ImportDialog(QDialog):
    """Shows the dry-run report for the chosen role; Import accepts the dialog."""

    roleChanged = Signal(str)

    def __init__(self, path: Path, ladder: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle("Import sign-ups")
        self.resize(720, 480)
        self.role_box = QComboBox()
        self.role_box.addItems(list(ladder))
        self.role_box.setCurrentText(guess_role(path, ladder))
        self.role_box.setToolTip("Everyone in this file signs up for this role")
        self.role_box.currentTextChanged.connect(self.roleChanged)
        form = QFormLayout()
        form.addRow("File:", QLabel(f"<b>{path.name}</b>"))
        form.addRow("People in this file are:", self.role_box)
        self.summary = QLabel("Checking the file…")
        self.summary.setWordWrap(True)
        self.unmapped = QLabel()
        self.unmapped.setWordWrap(True)
        self.unmapped.setVisible(False)
        self.rejected_model: RowTableModel[Any] = RowTableModel(REJECTED_COLUMNS, self)
        table = make_table(self.rejected_model, multi_select=False)
        fit_columns(table, {0: 5, 1: 18})
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
        layout.addWidget(self.unmapped)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(self.buttons)

    @property
    def role(self) -> str:
        return self.role_box.currentText()

    def checking(self) -> None:
        self.summary.setText("Checking the file…")
        self.import_button.setEnabled(False)

    def show_report(self, report: Any) -> None:
        self.summary.setText(describe_report(report))
        self.rejected_model.set_rows(report.rejected)
        if report.rejected:
            self.rejected.show_content()
        else:
            self.rejected.show_message("Every row can be imported.")
        columns = list(report.unmapped_columns)
        self.unmapped.setVisible(bool(columns))
        self.unmapped.setText("Columns not recognised (kept aside): " + ", ".join(columns))
        self.import_button.setEnabled(report.imported + report.updated > 0)

    def show_problem(self, message: str) -> None:
        self.summary.setText(message)
        self.rejected.show_message("")
        self.import_button.setEnabled(False)
