"""Step 3: the dry run — exactly who would be added, linked, changed or rejected."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.matching.named import AnswerNote
from app.roster.import_plan import IN_CYCLE, LINKED, NEW, RETURNING, PlannedPerson
from app.roster.importer import ImportReport, RejectedRow
from ui.core_text import problem_text
from ui.dialogs.import_wizard.corrections import CorrectionsPanel
from ui.dialogs.import_wizard.models import ChangesModel
from ui.models.rows import Column, RowTableModel
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table


def status_text(status: str) -> str:
    """What the import does with a person, in the window's language."""
    words = {
        NEW: QCoreApplication.translate("CheckPage", "New"),
        RETURNING: QCoreApplication.translate(
            "CheckPage", "Returning — linked to their earlier record"
        ),
        LINKED: QCoreApplication.translate("CheckPage", "Already known — linked to their record"),
        IN_CYCLE: QCoreApplication.translate("CheckPage", "Already in this cycle"),
    }
    return words.get(status, status)


PEOPLE_COLUMNS: list[Column[PlannedPerson]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Row"),
        lambda p: str(p.row),
        sort_key=lambda p: p.row,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("Column", "Email"), lambda p: p.email),
    Column(QT_TRANSLATE_NOOP("Column", "What happens"), lambda p: status_text(p.status)),
]
REJECTED_COLUMNS: list[Column[RejectedRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Row"),
        lambda r: str(r.row),
        sort_key=lambda r: r.row,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Column"), lambda r: r.column or "—"),
    Column(QT_TRANSLATE_NOOP("Column", "What to fix"), lambda r: problem_text(r.error)),
]
NAMED_COLUMNS: list[Column[AnswerNote]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Row"),
        lambda n: str(n.row),
        sort_key=lambda n: n.row,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Preferred mentor named"), lambda n: n.answer),
    Column(QT_TRANSLATE_NOOP("Column", "What matching finds"), lambda n: problem_text(n.sentence)),
]
NAMED_TAB = 4


def summary_text(report: ImportReport) -> str:
    """The counts of a dry run in one sentence."""
    people = report.people
    count = {s: sum(1 for p in people if p.status == s) for s in (NEW, RETURNING, LINKED, IN_CYCLE)}

    def bold(number: int) -> str:
        return f"<b>{QLocale().toString(number)}</b>"

    parts = [
        QCoreApplication.translate(
            "CheckPage", "<b>%Ln row(s)</b> in {file}:", "", report.rows
        ).format(file=html.escape(Path(report.file).name)),
        QCoreApplication.translate("CheckPage", "{count} new,").format(count=bold(count[NEW])),
    ]
    if count[RETURNING]:
        parts.append(
            QCoreApplication.translate(
                "CheckPage", "{count} returning from an earlier cycle (linked),"
            ).format(count=bold(count[RETURNING]))
        )
    if count[LINKED]:
        parts.append(
            QCoreApplication.translate(
                "CheckPage", "{count} already known in another role (linked),"
            ).format(count=bold(count[LINKED]))
        )
    if count[IN_CYCLE]:
        parts.append(
            QCoreApplication.translate("CheckPage", "{count} already in this cycle,").format(
                count=bold(count[IN_CYCLE])
            )
        )
    parts.append(
        QCoreApplication.translate(
            "CheckPage", "<b>%Ln row(s)</b> rejected.", "", report.rejected_rows
        )
    )
    parts.append(QCoreApplication.translate("CheckPage", "Nothing has been saved yet."))
    return " ".join(parts)


class CheckPage(QWidget):
    @property
    def title(self) -> str:
        return self.tr("Check what will happen")

    exportRejectedRequested = Signal()
    recheckRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ImportReport | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.new_model: RowTableModel[PlannedPerson] = RowTableModel(PEOPLE_COLUMNS[:3], self)
        self.known_model: RowTableModel[PlannedPerson] = RowTableModel(PEOPLE_COLUMNS, self)
        self.changes_model = ChangesModel(self)
        self.rejected_model: RowTableModel[RejectedRow] = RowTableModel(REJECTED_COLUMNS, self)
        self.new_view = self._table(self.new_model, {0: 6, 1: 26})
        self.known_view = self._table(self.known_model, {0: 6, 1: 24, 2: 30})
        self.rejected_view = self._table(self.rejected_model, {0: 6, 1: 22})
        self.changes_view = QTableView()
        self.changes_view.setModel(self.changes_model)
        self.changes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_view.verticalHeader().setVisible(False)
        self.changes_view.horizontalHeader().setStretchLastSection(True)
        self.changes_view.setAlternatingRowColors(True)
        fit_columns(self.changes_view, {0: 13, 1: 5, 2: 20, 3: 26})
        self.empty_new = EmptyState(self.new_view)
        self.empty_known = EmptyState(self.known_view)
        self.empty_rejected = EmptyState(self.rejected_view)
        self.empty_changes = EmptyState(self._changes_panel())
        self.tabs.addTab(self.empty_new, self.tr("New", "tab"))
        self.tabs.addTab(self.empty_known, self.tr("Already known"))
        self.tabs.addTab(self.empty_changes, self.tr("Changed details"))
        self.tabs.addTab(self._rejected_panel(), self.tr("Rejected rows"))
        self.named_model: RowTableModel[AnswerNote] = RowTableModel(NAMED_COLUMNS, self)
        self.named_view = self._table(self.named_model, {0: 6, 1: 22})
        self.tabs.addTab(self._named_panel(), self.tr("Preferred mentors to check"))
        self.tabs.setTabVisible(NAMED_TAB, False)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)

    def _table(self, model: Any, widths: dict[int, int]) -> QTableView:
        view = make_table(model, multi_select=True)
        fit_columns(view, widths)
        return view

    def _changes_panel(self) -> QWidget:
        panel = QWidget()
        update_all = QPushButton(self.tr("Update all"))
        update_all.setToolTip(self.tr("Apply the file's details to every returning person listed"))
        update_all.clicked.connect(lambda: self.changes_model.set_all(True))
        keep_all = QPushButton(self.tr("Keep all"))
        keep_all.setToolTip(self.tr("Keep every stored detail as it is; they are still linked"))
        keep_all.clicked.connect(lambda: self.changes_model.set_all(False))
        note = QLabel(
            self.tr(
                "Ticked: the file's details replace the stored ones. Unticked: the stored "
                "details are kept (the person is still linked)."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(update_all)
        buttons.addWidget(keep_all)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.changes_view, 1)
        return panel

    def _rejected_panel(self) -> QWidget:
        self.export_button = QPushButton(self.tr("Export rejected rows as CSV…"))
        self.export_button.setToolTip(
            self.tr("Save the rejected rows with what to fix, correct them and import that file")
        )
        self.export_button.clicked.connect(self.exportRejectedRequested)
        buttons = QHBoxLayout()
        self.rejected_note = QLabel()
        self.rejected_note.setWordWrap(True)
        buttons.addWidget(self.rejected_note, 1)
        buttons.addWidget(self.export_button)
        self.corrections_panel = CorrectionsPanel()
        self.corrections_panel.recheckRequested.connect(self.recheckRequested)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.empty_rejected)
        split.addWidget(self.corrections_panel)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 2)  # the rows to correct get the room
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        return panel

    def _named_panel(self) -> QWidget:
        note = QLabel(
            self.tr(
                "These names, given as preferred mentors, fit several mentors of this cycle "
                "or none. The import changes nothing about them; matching counts a name only "
                "once it fits exactly one mentor."
            )
        )
        note.setWordWrap(True)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.named_view, 1)
        return panel

    # -- content ----------------------------------------------------------------------
    def show_report(
        self,
        report: ImportReport,
        kept: set[str],
        rows: tuple[list[str], dict[int, list[str]]] = ([], {}),
    ) -> None:
        """``rows``: the file's headers and the cells of its rejected rows, to correct."""
        self.report = report
        self.corrections_panel.show_rows(report, *rows)
        self.summary.setText(summary_text(report))
        self.warnings.setText("\n".join(map(problem_text, report.warnings)))
        self.warnings.setVisible(bool(report.warnings))
        new = [p for p in report.people if p.status == NEW]
        known = [p for p in report.people if p.status != NEW]
        changed = [p for p in known if p.changes]
        self._fill(self.new_model, self.empty_new, new, self.tr("Nobody new in this file."))
        self._fill(
            self.known_model, self.empty_known, known, self.tr("Nobody in this file is known yet.")
        )
        self.changes_model.set_people(changed, kept)
        if changed:
            self.empty_changes.show_content()
        else:
            self.empty_changes.show_message(self.tr("No stored details would change."))
        rejected = report.rejected
        self._fill(
            self.rejected_model,
            self.empty_rejected,
            rejected,
            self.tr("Every row can be imported."),
        )
        self.export_button.setEnabled(bool(rejected))
        self.rejected_note.setText(
            self.tr(
                "%Ln row(s) will not be imported. Export them, fix them in the spreadsheet "
                "program and import that file afterwards.",
                "",
                report.rejected_rows,
            )
            if rejected
            else ""
        )
        counts = (len(new), len(known), len(changed), report.rejected_rows)
        titles = (
            self.tr("New", "tab"),
            self.tr("Already known"),
            self.tr("Changed details"),
            self.tr("Rejected rows"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, f"{title} ({QLocale().toString(count)})")
        self._show_named(report.preferred_mentor_notes)
        if rejected:
            self.tabs.setCurrentIndex(3)
        elif changed:
            self.tabs.setCurrentIndex(2)
        elif report.preferred_mentor_notes:
            self.tabs.setCurrentIndex(NAMED_TAB)
        else:
            self.tabs.setCurrentIndex(0)

    def _show_named(self, notes: list[AnswerNote]) -> None:
        """The preferred-mentor names to settle, on their own tab shown only when there are any."""
        self.named_model.set_rows(notes)
        title = self.tr("Preferred mentors to check")
        self.tabs.setTabText(NAMED_TAB, f"{title} ({QLocale().toString(len(notes))})")
        self.tabs.setTabVisible(NAMED_TAB, bool(notes))

    def _fill(self, model: Any, holder: EmptyState, rows: list[Any], empty: str) -> None:
        model.set_rows(rows)
        if rows:
            holder.show_content()
        else:
            holder.show_message(empty)

    def corrections(self) -> dict[int, dict[str, str]]:
        return self.corrections_panel.corrections()

    def kept(self) -> set[str]:
        return self.changes_model.kept()

    def accepted_count(self) -> int:
        return len(self.report.people) if self.report else 0
