"""The data stewardship section of the Backups page: purge cycles older than N years.

A purge shows what it will touch (a dry run) before anything changes, and asks the
coordinator to type a word to confirm, because it cannot be undone (except by restoring a
backup made before it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
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
from ui.pages.wording import counted, long_day, number
from ui.text import wrapped
from ui.widgets.flow_layout import flow_row
from ui.worker import Operation, show_failure

CONFIRM_WORD = "PURGE"


def describe(report: Any) -> str:
    """The dry-run report in one or two sentences."""
    cutoff = long_day(report.cutoff)
    if not report.cycles:
        return QCoreApplication.translate(
            "Stewardship", "No cycle ended before {date}: nothing to purge."
        ).format(date=cutoff)
    count = len(report.cycles)
    ended = QCoreApplication.translate(
        "Stewardship", "%Ln cycle(s) ended before {date}: {cycles}.", "", count
    )
    held = QCoreApplication.translate(
        "Stewardship",
        "They hold {participations} participations, {matches} matches, {contacts} contacts "
        "and {letters} logged letters.",
    )
    if report.mode == "anonymise":
        gone = QCoreApplication.translate(
            "Stewardship", "People who appear only there would be anonymised: {people}."
        )
    else:
        gone = QCoreApplication.translate(
            "Stewardship", "People who appear only there would be deleted: {people}."
        )
    return (
        counted(ended, count).format(date=cutoff, cycles="; ".join(report.cycles))
        + "\n"
        + held.format(
            participations=number(report.participants),
            matches=number(report.matches),
            contacts=number(report.meetings),
            letters=number(report.letters),
        )
        + " "
        + gone.format(people=number(report.persons))
    )


class StewardshipPanel(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data stewardship"))
        self.context = context
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setValue(7)
        self.years.setSuffix(self.tr(" years"))
        self.mode = QComboBox()
        self.mode.addItem(
            self.tr("Anonymise the people (keep the counts for reports)"), "anonymise"
        )
        self.mode.addItem(self.tr("Delete the cycles and everything in them"), "delete")
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Count what the purge would touch; nothing changes"))
        self.preview_button.clicked.connect(self.preview)
        self.purge_button = QPushButton(self.tr("Purge…"))
        self.purge_button.setToolTip(self.tr("Delete the cycles shown above, after a preview"))
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)
        # The buttons wrap onto a second line in a narrow window (125 % scaling, French).
        row = flow_row(
            [
                QLabel(self.tr("Cycles that ended more than")),
                self.years,
                QLabel(self.tr("ago:")),
                self.mode,
                self.preview_button,
                self.purge_button,
            ]
        )
        self.result = QLabel(
            self.tr(
                "Keep personal data only as long as the program needs it. To export or "
                "anonymise one person, right-click them on the Roster page."
            )
        )
        self.result.setWordWrap(True)
        self.result.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(row)
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
        title = self.tr("Purge old cycles")
        warning = self.tr(
            "This cannot be undone, except by restoring a backup made before it. "
            "Type {word} to confirm:"
        ).format(word=CONFIRM_WORD)
        word, ok = QInputDialog.getText(
            self, title, wrapped(f"{describe(self.previewed)}\n\n{warning}")
        )
        if not ok:
            return
        if word.strip() != CONFIRM_WORD:
            QMessageBox.information(self, title, self.tr("Nothing was purged."))
            return

        call = self._purge_call(dry_run=False)

        def work(_progress: Progress, _cancelled: CancelCheck) -> Any:
            return call()

        Operation(
            self.window(),
            work,
            success=self._purged,
            label=self.tr("Purging old cycles…"),
            cancellable=False,
        ).run()

    def _purged(self, report: Any) -> None:
        self._forget_preview()
        cycles, people = len(report.cycles), report.persons
        if report.mode == "anonymise":
            gone = self.tr("%Ln person(s) anonymised", "", people)
        else:
            gone = self.tr("%Ln person(s) deleted", "", people)
        self.result.setText(
            self.tr("Done: {cycles}; {people}.").format(
                cycles=counted(self.tr("%Ln cycle(s) purged", "", cycles), cycles),
                people=counted(gone, people),
            )
        )
        self.context.notify_changed()
