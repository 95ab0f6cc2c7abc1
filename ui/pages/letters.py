"""Letters: write the match letters of the confirmed matches into one PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import data_dir
from app.progress import CancelCheck, Progress
from ui.context import AppContext
from ui.pages.base import Page, heading, hint
from ui.text import plural

LANGUAGES = (
    ("Each recipient's own language", None),
    ("English", "en"),
    ("French", "fr"),
)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else data_dir()


def safe_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in " -_()" else "-" for c in text).strip()


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class LettersPage(Page):
    title = "Letters"
    tip = "Match letters as PDF (Ctrl+4)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: Any = None
        self._named_for: int | None = None
        self.output = QLineEdit()
        self.output.setToolTip("The PDF that will hold every letter, ready to print")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self.choose_output)
        self.language = QComboBox()
        for label, code in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setToolTip("Write every letter in one language, or each in its reader's")
        self.per_letter = QCheckBox("Also save one PDF per letter, to email them")
        self.folder = QLineEdit()
        self.folder.setEnabled(False)
        folder_button = QPushButton("Choose…")
        folder_button.setEnabled(False)
        folder_button.clicked.connect(self.choose_folder)
        self.per_letter.toggled.connect(self.folder.setEnabled)
        self.per_letter.toggled.connect(folder_button.setEnabled)
        self.generate_button = QPushButton("Write letters")
        self.generate_button.setToolTip("Write a letter for each person in a confirmed match")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        form = QFormLayout()
        form.addRow("Save letters to:", _path_row(self.output, browse))
        form.addRow("Language:", self.language)
        form.addRow("", self.per_letter)
        form.addRow("Folder for single letters:", _path_row(self.folder, folder_button))
        options = QGroupBox("Letters for confirmed matches")
        box = QVBoxLayout(options)
        box.addWidget(
            hint(
                "Each person in a confirmed match gets a letter naming their match, how to "
                "reach them, why they were matched and what is expected."
            )
        )
        box.addLayout(form)
        box.addWidget(self.generate_button, 0, Qt.AlignmentFlag.AlignRight)
        self._make_result_box()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Letters"))
        layout.addWidget(options)
        layout.addWidget(self.result_box)
        layout.addStretch(1)

    def _make_result_box(self) -> None:
        self.result_box = QGroupBox("Last letters written")
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton("Open PDF")
        self.open_button.clicked.connect(self.open_pdf)
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(140)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.result_box)
        box.addLayout(row)
        box.addWidget(self.warnings)
        self.result_box.setVisible(False)

    def refresh(self) -> None:
        cycle = self.context.cycle
        self.generate_button.setEnabled(cycle is not None)
        if cycle is not None and cycle.id != self._named_for:
            self._named_for = cycle.id
            name = safe_name(f"Match letters {cycle.program_name} {cycle.label}")
            self.output.setText(str(default_folder() / f"{name}.pdf"))
            self.folder.setText(str(default_folder() / safe_name(f"Letters {cycle.label}")))

    def choose_output(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Save letters as", self.output.text(), "PDF (*.pdf)"
        )
        if chosen:
            self.output.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Folder for single letters")
        if chosen:
            self.folder.setText(chosen)

    def generate(self) -> None:
        if self.context.cycle is None or not self.output.text().strip():
            return
        database, cycle_id = self.context.database, self.context.cycle_id
        out = Path(self.output.text().strip())
        per_letter = Path(self.folder.text()) if self.per_letter.isChecked() else None
        lang = self.language.currentData()

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.letters.service import generate_letters

            with database.write() as session:  # the letter log is written with the file
                return generate_letters(
                    session,
                    cycle_id,
                    out,
                    per_letter_dir=per_letter,
                    lang=lang,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )

        self.run(work, self.show_result, label="Writing letters…")

    def show_result(self, batch: Any) -> None:
        self.result = batch
        self.context.notify_changed()
        text = (
            f"{batch.letters} letters for {batch.recipients} people written to <b>{batch.path}</b>."
        )
        singles = [f for f in batch.files if f != batch.path]
        if singles:
            text += f"<br>{plural(len(singles), 'single letter')} saved in {singles[0].parent} too."
        self.result_label.setText(text)
        self.warnings.clear()
        self.warnings.addItems([str(w) for w in batch.warnings])
        self.warnings.setVisible(bool(batch.warnings))
        self.result_box.setVisible(True)

    def open_pdf(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))
