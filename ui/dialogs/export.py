"""Choose what to export (participants, matches, meetings) and in which format."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

KIND_KEYS = ("participants", "matches", "meetings")


def kinds() -> tuple[tuple[str, str, str], ...]:
    """(key, title, what it holds) of each export, in the coordinator's language."""
    return (
        (
            "participants",
            QCoreApplication.translate("ExportDialog", "Participants"),
            QCoreApplication.translate(
                "ExportDialog", "Everyone in the cycle with every answer of their sign-up."
            ),
        ),
        (
            "matches",
            QCoreApplication.translate("ExportDialog", "Matches (mail merge)"),
            QCoreApplication.translate(
                "ExportDialog",
                "One line per match with both people's names, emails, phones (when they agreed "
                "to share them) and institutions: ready for a mail merge.",
            ),
        ),
        (
            "meetings",
            QCoreApplication.translate("ExportDialog", "Meetings"),
            QCoreApplication.translate(
                "ExportDialog",
                "Every contact logged this cycle. Concern notes stay in MentorDesk.",
            ),
        ),
    )


def formats() -> tuple[tuple[str, str, str], ...]:
    """(suffix, label, save dialog filter) of each format."""
    return (
        (
            ".xlsx",
            QCoreApplication.translate("ExportDialog", "Excel workbook (.xlsx)"),
            QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"),
        ),
        (
            ".csv",
            QCoreApplication.translate("ExportDialog", "CSV, UTF-8 (.csv)"),
            QCoreApplication.translate("ExportDialog", "CSV, UTF-8 (*.csv)"),
        ),
    )


class ExportDialog(QDialog):
    def __init__(
        self, counts: dict[str, int], kind: str = "participants", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What to export:")))
        self.buttons_by_kind: dict[str, QRadioButton] = {}
        for number, (key, title, text) in enumerate(kinds()):
            count = counts.get(key)
            shown = title if count is None else f"{title} — {QLocale().toString(count)}"
            button = QRadioButton(shown)
            button.setChecked(key == kind)
            self.group.addButton(button, number)
            self.buttons_by_kind[key] = button
            help_text = QLabel(text)
            help_text.setWordWrap(True)
            help_text.setIndent(24)
            help_text.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(button)
            layout.addWidget(help_text)
        self.format = QComboBox()
        for suffix, label, _filter in formats():
            self.format.addItem(label, suffix)
        self.format.setToolTip(
            self.tr("Cells that Excel would run as formulas are written as text")
        )
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        layout.addLayout(form)
        # Opt-in only, matches only: safety notes are the coordinator's eyes only.
        self.safety_notes = QCheckBox(self.tr("Include safety notes (matches only)"))
        self.safety_notes.setToolTip(
            self.tr("Adds each pair's safety and boundary note; leave unticked to share the file")
        )
        self.safety_notes.setChecked(False)
        self.safety_notes.setEnabled(kind == "matches")
        self.group.idToggled.connect(self._on_kind)
        layout.addWidget(self.safety_notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def kind(self) -> str:
        return KIND_KEYS[max(self.group.checkedId(), 0)]

    def _on_kind(self, *_: object) -> None:
        matches = self.kind == "matches"
        self.safety_notes.setEnabled(matches)
        if not matches:
            self.safety_notes.setChecked(False)  # never carried over to another export

    @property
    def include_safety_notes(self) -> bool:
        return self.kind == "matches" and self.safety_notes.isChecked()

    @property
    def suffix(self) -> str:
        return str(self.format.currentData())

    def file_filter(self) -> str:
        """The save dialog's filters, the chosen format first."""
        ordered = sorted(formats(), key=lambda f: f[0] != self.suffix)
        return ";;".join(f[2] for f in ordered)


def suggested_name(cycle_title: str, kind: str, suffix: str) -> str:
    """e.g. ``Paediatrics Mentorship 2025-2026 matches.xlsx``, safe on every system."""
    words = {
        "participants": QCoreApplication.translate("ExportDialog", "participants", "file name"),
        "matches": QCoreApplication.translate("ExportDialog", "matches", "file name"),
        "meetings": QCoreApplication.translate("ExportDialog", "meetings", "file name"),
    }
    name = f"{cycle_title.replace(' — ', ' ')} {words.get(kind, kind)}"
    stem = re.sub(r'[\\/:*?"<>|]+', " ", name)
    return " ".join(stem.split()) + suffix


def with_suffix(chosen: str, suffix: str) -> Path:
    """The chosen path, given the format's extension when it has neither known one."""
    path = Path(chosen)
    return path if path.suffix.lower() in (".csv", ".xlsx") else Path(f"{chosen}{suffix}")
