"""Step 1: which file (and which sheet of a workbook), and which role its people sign up for."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QDir, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.roster.workbook import SheetInfo
from ui.dialogs.import_common import SheetChoice, guess_role, rung_label


class FilePage(QWidget):
    @property
    def title(self) -> str:
        return self.tr("Choose the sign-up file")

    changed = Signal()

    def __init__(
        self, cycle_title: str, ladder: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ladder = ladder
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            self.tr("A CSV, Excel (.xlsx) or OpenDocument (.ods) file")
        )
        self.path_edit.textChanged.connect(self._on_path_edited)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.role_box = QComboBox()
        # Each rung with its relations: on a longer ladder a rung is mentee of one and mentor
        # of the next, and the coordinator must see which is which. Nothing is chosen until a
        # file name names a rung or the coordinator picks one.
        self.role_box.addItem(self.tr("Choose the role…"), "")
        for index, rung in enumerate(ladder):
            self.role_box.addItem(rung_label(ladder, index), rung)
        self.role_box.setToolTip(self.tr("Everyone in this file signs up for this role"))
        self.role_box.currentTextChanged.connect(lambda _: self.changed.emit())
        self._role_chosen = False
        self.role_box.activated.connect(lambda _: setattr(self, "_role_chosen", True))
        # Shown only once a workbook turns out to hold data on several sheets.
        self.sheets = SheetChoice(self)
        self.sheets.changed.connect(self.changed)
        form = QFormLayout()
        form.addRow(self.tr("Import into:"), QLabel(f"<b>{html.escape(cycle_title)}</b>"))
        form.addRow(self.tr("File:"), row)
        form.addRow(self.sheets.prompt)
        form.addRow(self.sheets.label, self.sheets.box)
        form.addRow(self.tr("People in this file are:"), self.role_box)
        hint = QLabel(
            self.tr(
                "Exports from Google Forms or Microsoft Forms work as they are, in English or "
                "French. Nothing is saved until you press Import at the end; every step shows "
                "what will happen first."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(1)

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    @property
    def role(self) -> str:
        return str(self.role_box.currentData() or "")

    def set_role(self, role: str) -> None:
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(role)))

    @property
    def sheet(self) -> str | None:
        """The sheet chosen, when the workbook asked for a choice."""
        return self.sheets.sheet

    def show_sheets(self, sheets: list[SheetInfo]) -> None:
        self.sheets.show_sheets(sheets)
        self.changed.emit()

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def is_complete(self) -> bool:
        return (
            self.path is not None
            and self.path.is_file()
            and self.sheets.is_complete()
            and bool(self.role)
        )

    def problem(self) -> str:
        if self.path is None:
            return self.tr("Choose the spreadsheet to import.")
        if not self.path.is_file():
            return self.tr("{file} does not exist or is not a file.").format(file=self.path.name)
        if not self.sheets.is_complete():
            return self.tr("Choose the sheet to import.")
        if not self.role:
            return self.tr("Choose the role the people in this file sign up for.")
        return ""

    def browse(self) -> None:
        start = str(self.path.parent) if self.path else QDir.homePath()
        file_filter = self.tr("Spreadsheets (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import sign-ups"), start, file_filter
        )
        if chosen:
            self.set_path(Path(chosen))

    def _on_path_edited(self) -> None:
        # The file name often says the role ("mentors.csv"); a role the coordinator picked
        # by hand is never overridden.
        if self.path is not None and not self._role_chosen:
            self.set_role(guess_role(self.path, self.ladder))
        self.sheets.clear()  # another file: its sheets are not known yet
        self.changed.emit()
