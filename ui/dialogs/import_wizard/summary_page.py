"""Step 4: what the import did, with Undo while it can still be undone."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.roster.importer import ImportReport


def result_text(report: ImportReport) -> str:
    name = html.escape(Path(report.file).name)
    lines = [
        QCoreApplication.translate("SummaryPage", "<p><b>{file}</b> was imported.</p><ul>").format(
            file=name
        ),
        "<li>"
        + QCoreApplication.translate(
            "SummaryPage", "%Ln participant(s) added to the roster", "", report.imported
        )
        + "</li>",
        "<li>"
        + QCoreApplication.translate(
            "SummaryPage",
            "%Ln of them returning from an earlier cycle, linked to their record",
            "",
            report.returning,
        )
        + "</li>",
        "<li>"
        + QCoreApplication.translate(
            "SummaryPage", "%Ln person(s) had their details updated", "", report.updated
        )
        + "</li>",
    ]
    if report.unchanged:
        lines.append(
            "<li>"
            + QCoreApplication.translate(
                "SummaryPage", "%Ln already in this cycle, unchanged", "", report.unchanged
            )
            + "</li>"
        )
    if report.rejected_rows:
        lines.append(
            "<li>"
            + QCoreApplication.translate(
                "SummaryPage",
                "<b>%Ln row(s) not imported</b> — export them, fix them and import that file",
                "",
                report.rejected_rows,
            )
            + "</li>"
        )
    lines.append("</ul>")
    return "".join(lines)


class SummaryPage(QWidget):
    @property
    def title(self) -> str:
        return self.tr("Import finished")

    undoRequested = Signal()
    exportRejectedRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.undo_note = QLabel(
            self.tr(
                "Changed your mind? Undo removes everyone this import added (people it only "
                "updated keep their new details). Later, use File → Import history…"
            )
        )
        self.undo_note.setWordWrap(True)
        self.undo_note.setStyleSheet("color: palette(mid);")
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self.undoRequested)
        self.export_button = QPushButton(self.tr("Export rejected rows as CSV…"))
        self.export_button.clicked.connect(self.exportRejectedRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.undo_note)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_report(self, report: ImportReport) -> None:
        self.text.setText(result_text(report))
        self.export_button.setVisible(bool(report.rejected))
        self.undo_button.setEnabled(report.imported > 0)
        self.undo_button.setText(self.tr("Undo this import"))

    def show_undone(self, removed: int) -> None:
        self.text.setText(
            self.tr(
                "<p><b>The import was undone.</b> %Ln participant(s) removed from the roster.</p>",
                "",
                removed,
            )
        )
        self.undo_button.setEnabled(False)
        self.undo_note.setVisible(False)
