"""Choose what to write: which matches, which language, and where the letters go."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import data_dir


def languages() -> tuple[tuple[str, str | None], ...]:
    return (
        (
            QCoreApplication.translate("GenerateLettersDialog", "Each recipient's own language"),
            None,
        ),
        (QCoreApplication.translate("GenerateLettersDialog", "English"), "en"),
        (QCoreApplication.translate("GenerateLettersDialog", "French"), "fr"),
    )


@dataclass(frozen=True)
class GenerateOptions:
    """What the coordinator chose (plain data for the background work)."""

    match_ids: tuple[int, ...] | None
    """None: every confirmed match of the cycle."""
    lang: str | None
    out: Path | None
    pad_to_even: bool
    per_letter_dir: Path | None


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else data_dir()


def safe_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in " -_()" else "-" for c in text).strip()


def path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class GenerateLettersDialog(QDialog):
    """Options for one batch of letters; :meth:`options` once accepted."""

    def __init__(
        self,
        *,
        program_name: str,
        cycle_label: str,
        all_count: int,
        selected_ids: Sequence[int],
        warnings: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write match letters"))
        self.setMinimumWidth(560)
        self._selected_ids = tuple(selected_ids)
        folder = default_folder()
        self.all_matches = QRadioButton(
            self.tr("All confirmed matches ({count})").format(count=QLocale().toString(all_count))
        )
        self.selected_matches = QRadioButton(
            self.tr("Only the selected matches ({count})").format(
                count=QLocale().toString(len(self._selected_ids))
            )
        )
        self.selected_matches.setEnabled(bool(self._selected_ids))
        group = QButtonGroup(self)
        group.addButton(self.all_matches)
        group.addButton(self.selected_matches)
        (self.selected_matches if self._selected_ids else self.all_matches).setChecked(True)
        self.language = QComboBox()
        for label, code in languages():
            self.language.addItem(label, code)
        self.language.setToolTip(
            self.tr("Write every letter in one language, or each in its reader's")
        )
        self.merged = QCheckBox(self.tr("One PDF with every letter, to print"))
        self.merged.setChecked(True)
        self.output = QLineEdit(
            str(folder / f"{safe_name(self._letters_name(program_name, cycle_label))}.pdf")
        )
        self.output_button = QPushButton(self.tr("Choose…"))
        self.output_button.clicked.connect(self.choose_output)
        self.pad = QCheckBox(self.tr("Start each letter on a new sheet (double-sided printing)"))
        self.pad.setToolTip(self.tr("Adds a blank page after letters that end on an odd page"))
        self.per_letter = QCheckBox(self.tr("One PDF per recipient, in a folder (to email them)"))
        self.folder = QLineEdit(
            str(folder / safe_name(self.tr("Letters {cycle}").format(cycle=cycle_label)))
        )
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self._layout(warnings)
        for box in (self.merged, self.per_letter):
            box.toggled.connect(self._update)
        self._update()

    def _letters_name(self, program_name: str, cycle_label: str) -> str:
        return self.tr("Match letters {program} {cycle}").format(
            program=program_name, cycle=cycle_label
        )

    def _layout(self, warnings: Sequence[str]) -> None:
        which = QGroupBox(self.tr("Which matches"))
        which_layout = QVBoxLayout(which)
        which_layout.addWidget(self.all_matches)
        which_layout.addWidget(self.selected_matches)
        files = QGroupBox(self.tr("Files"))
        form = QFormLayout(files)
        form.addRow(self.merged)
        form.addRow(self.tr("Save as:"), path_row(self.output, self.output_button))
        form.addRow("", self.pad)
        form.addRow(self.per_letter)
        form.addRow(self.tr("Folder:"), path_row(self.folder, self.folder_button))
        language = QFormLayout()
        language.addRow(self.tr("Language:"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Write letters"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(which)
        layout.addLayout(language)
        layout.addWidget(files)
        if warnings:
            note = QLabel(self.tr("Before you write:") + "\n• " + "\n• ".join(warnings))
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00;")
            layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        merged, singles = self.merged.isChecked(), self.per_letter.isChecked()
        for widget in (self.output, self.output_button, self.pad):
            widget.setEnabled(merged)
        for widget in (self.folder, self.folder_button):
            widget.setEnabled(singles)
        self.ok_button.setEnabled(merged or singles)

    def choose_output(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save letters as"), self.output.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.output.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the letters"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def options(self) -> GenerateOptions:
        merged = self.merged.isChecked() and bool(self.output.text().strip())
        singles = self.per_letter.isChecked() and bool(self.folder.text().strip())
        return GenerateOptions(
            match_ids=self._selected_ids if self.selected_matches.isChecked() else None,
            lang=self.language.currentData(),
            out=Path(self.output.text().strip()) if merged else None,
            pad_to_even=merged and self.pad.isChecked(),
            per_letter_dir=Path(self.folder.text().strip()) if singles else None,
        )

    def accept(self) -> None:
        options = self.options()
        if options.out is None and options.per_letter_dir is None:
            self.problem.setText(self.tr("Choose a file name or a folder for the letters."))
            self.problem.setVisible(True)
            return
        super().accept()
