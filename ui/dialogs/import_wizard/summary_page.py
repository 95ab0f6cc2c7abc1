"""Step 4: what the import did, with Undo while it can still be undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.roster.importer import ImportReport
from ui.text import plural


def result_text(report: ImportReport) -> str:
    lines = [
        f"<p><b>{Path(report.file).name}</b> was imported.</p><ul>",
        f"<li>{plural(report.imported, 'participant')} added to the roster</li>",
        f"<li>{report.returning} of them returning from an earlier cycle, linked to their"
        " record</li>",
        f"<li>{plural(report.updated, 'person', 'people')} had their details updated</li>",
    ]
    if report.unchanged:
        lines.append(f"<li>{report.unchanged} already in this cycle, unchanged</li>")
    if report.rejected_rows:
        lines.append(
            f"<li><b>{plural(report.rejected_rows, 'row')} not imported</b> — export them, fix "
            "them and import that file</li>"
        )
    lines.append("</ul>")
    return "".join(lines)


class SummaryPage(QWidget):
    title = "Import finished"
    undoRequested = Signal()
    exportRejectedRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.undo_note = QLabel(
            "Changed your mind? Undo removes everyone this import added (people it only "
            "updated keep their new details). Later, use File → Import history…"
        )
        self.undo_note.setWordWrap(True)
        self.undo_note.setStyleSheet("color: palette(mid);")
        self.undo_button = QPushButton("Undo this import")
        self.undo_button.clicked.connect(self.undoRequested)
        self.export_button = QPushButton("Export rejected rows as CSV…")
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
        self.undo_button.setText("Undo this import")

    def show_undone(self, removed: int) -> None:
        self.text.setText(
            f"<p><b>The import was undone.</b> {plural(removed, 'participant')} removed from "
            "the roster.</p>"
        )
        self.undo_button.setEnabled(False)
        self.undo_note.setVisible(False)
