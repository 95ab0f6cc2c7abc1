"""The data stewardship section of the Backups page: purge cycles older than N years.

A purge shows what it will touch (a dry run) before anything changes, and asks the
coordinator to type a word to confirm, because it cannot be undone (except by restoring a
backup made before it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.progress import CancelCheck, Progress
from ui.context import AppContext
from ui.text import wrapped
from ui.worker import Operation, show_failure

CONFIRM_WORD = "PURGE"
MODES = (
    ("anonymise", "Anonymise the people (keep the counts for reports)"),
    ("delete", "Delete the cycles and everything in them"),
)


def describe(report: Any) -> str:
    """The dry-run report in one or two sentences."""
    if not report.cycles:
        return f"No cycle ended before {report.cutoff:%d %B %Y}: nothing to purge."
    verb = "anonymised" if report.mode == "anonymise" else "deleted"
    cycles = "; ".join(report.cycles)
    return (
        f"{len(report.cycles)} cycle(s) ended before {report.cutoff:%d %B %Y}: {cycles}.\n"
        f"They hold {report.participants} participations, {report.matches} matches, "
        f"{report.meetings} contacts and {report.letters} logged letters. "
        f"{report.persons} people who appear only there would be {verb}."
    )


class StewardshipPanel(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Data stewardship", parent)
        self.context = context
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setValue(7)
        self.years.setSuffix(" years")
        self.mode = QComboBox()
        for key, text in MODES:
            self.mode.addItem(text, key)
        self.preview_button = QPushButton("Preview")
        self.preview_button.setToolTip("Count what the purge would touch; nothing changes")
        self.preview_button.clicked.connect(self.preview)
        self.purge_button = QPushButton("Purge…")
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)
        row = QHBoxLayout()
        row.addWidget(QLabel("Cycles that ended more than"))
        row.addWidget(self.years)
        row.addWidget(QLabel("ago:"))
        row.addWidget(self.mode, 1)
        row.addWidget(self.preview_button)
        row.addWidget(self.purge_button)
        self.result = QLabel(
            "Keep personal data only as long as the program needs it. To export or anonymise "
            "one person, right-click them on the Roster page."
        )
        self.result.setWordWrap(True)
        self.result.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.years.valueChanged.connect(self._forget_preview)
        self.mode.currentIndexChanged.connect(self._forget_preview)
        self.previewed: Any = None

    def _forget_preview(self, *_: Any) -> None:
        self.previewed = None
        self.purge_button.setEnabled(False)

    def _purge(self, dry_run: bool) -> Any:
        return self._purge_call(dry_run)()

    def _purge_call(self, dry_run: bool) -> Any:
        """The purge as a call that touches no widget (it may run off the GUI thread)."""
        from app.stewardship.service import purge_cycles

        database, years, mode = self.context.database, self.years.value(), self.mode.currentData()
        return lambda: purge_cycles(
            database, years, today=dt.date.today(), mode=str(mode), dry_run=dry_run
        )

    def preview(self) -> None:
        try:
            report = self._purge(dry_run=True)
        except MentorDeskError as exc:
            show_failure(self, exc)
            return
        self.previewed = report
        self.result.setText(describe(report))
        self.purge_button.setEnabled(bool(report.cycles))

    def purge(self) -> None:
        if self.previewed is None or not self.previewed.cycles:
            return
        word, ok = QInputDialog.getText(
            self,
            "Purge old cycles",
            wrapped(
                f"{describe(self.previewed)}\n\nThis cannot be undone, except by restoring a "
                f"backup made before it. Type {CONFIRM_WORD} to confirm:"
            ),
        )
        if not ok:
            return
        if word.strip() != CONFIRM_WORD:
            QMessageBox.information(self, "Purge old cycles", "Nothing was purged.")
            return

        call = self._purge_call(dry_run=False)

        def work(_progress: Progress, _cancelled: CancelCheck) -> Any:
            return call()

        Operation(
            self.window(),
            work,
            success=self._purged,
            label="Purging old cycles…",
            cancellable=False,
        ).run()

    def _purged(self, report: Any) -> None:
        self._forget_preview()
        verb = "anonymised" if report.mode == "anonymise" else "deleted"
        self.result.setText(
            f"Done: {len(report.cycles)} cycle(s) purged; {report.persons} people {verb}."
        )
        self.context.notify_changed()
