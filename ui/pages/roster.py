"""The roster: everyone in the cycle, searchable; import sign-ups; withdraw and reactivate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.progress import CancelCheck, Progress
from app.roster import service as roster
from ui.context import AppContext
from ui.dialogs.import_roster import ImportDialog, describe_report
from ui.models.participants import (
    ParticipantFilterProxy,
    ParticipantIdRole,
    ParticipantRowRole,
    ParticipantTableModel,
)
from ui.pages.base import Page, heading
from ui.text import plural
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table, selected_rows
from ui.worker import show_failure

SPREADSHEET_SUFFIXES = (".csv", ".xlsx", ".xls", ".ods", ".tsv", ".txt")
FILE_FILTER = "Spreadsheets (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;All files (*)"
COLUMN_WIDTHS = {0: 22, 1: 32, 2: 16, 3: 26, 4: 12, 5: 14, 6: 18, 7: 30, 8: 8, 9: 10, 10: 9}


class RosterPage(Page):
    title = "Roster"
    tip = "Everyone taking part in this cycle (Ctrl+1)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.import_dialog: ImportDialog | None = None
        self.model = ParticipantTableModel(self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        fit_columns(self.table, COLUMN_WIDTHS)
        self.empty = EmptyState(self.table)
        self.summary = QLabel()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search names, emails or institutions  (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_filter)
        self.role_box = QComboBox()
        self.role_box.setToolTip("Show one role only")
        self.role_box.currentIndexChanged.connect(self._on_filter)
        self.import_button = QPushButton("Import sign-ups…")
        self.import_button.setToolTip(
            "Add people from a sign-up spreadsheet (CSV, Excel or OpenDocument)"
        )
        self.import_button.clicked.connect(lambda: self.start_import())
        self.withdraw_button = QPushButton("Withdraw")
        self.withdraw_button.setToolTip("Mark the selected people as no longer taking part")
        self.withdraw_button.clicked.connect(lambda: self.set_selected_status("withdrawn"))
        self.reactivate_button = QPushButton("Reactivate")
        self.reactivate_button.setToolTip("Bring the selected withdrawn people back")
        self.reactivate_button.clicked.connect(lambda: self.set_selected_status("active"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading("Roster"))
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.import_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 3)
        bar.addWidget(self.role_box, 1)
        bar.addStretch(1)
        bar.addWidget(self.withdraw_button)
        bar.addWidget(self.reactivate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            self._fill_roles(())
            self.model.set_rows([])
            self.summary.setText("")
            self.empty.show_message(*self.context.no_cycle_message())
            return
        with self.context.database.read() as session:
            rows = roster.list_participants(session, cycle.id)
        self._fill_roles(cycle.role_ladder)
        self.model.set_rows(rows)
        self._show_summary(rows)
        if rows:
            self.empty.show_content()
        else:
            self.empty.show_message(
                f"Nobody has signed up for {cycle.title} yet.\n\nImport the sign-up "
                "spreadsheet exported from your form (CSV, Excel or OpenDocument), "
                "or drag the file onto this window.",
                "Import sign-ups…",
                self.start_import,
            )
        self._update_buttons()

    def _fill_roles(self, ladder: tuple[str, ...]) -> None:
        current = self.role_box.currentData()
        self.role_box.blockSignals(True)
        self.role_box.clear()
        self.role_box.addItem("All roles", None)
        for rung in ladder:
            self.role_box.addItem(rung, rung)
        index = self.role_box.findData(current)
        self.role_box.setCurrentIndex(max(index, 0))
        self.role_box.blockSignals(False)
        self.proxy.set_role(self.role_box.currentData())

    def _show_summary(self, rows: list[roster.ParticipantRow]) -> None:
        withdrawn = sum(r.status == "withdrawn" for r in rows)
        unmatched = sum(r.status == "active" and not r.matched for r in rows)
        text = f"{plural(len(rows), 'participant')} · {unmatched} not matched yet"
        if withdrawn:
            text += f" · {withdrawn} withdrawn"
        self.summary.setText(text)

    def _on_filter(self) -> None:
        self.proxy.set_search(self.search_box.text())
        self.proxy.set_role(self.role_box.currentData())

    # -- withdraw / reactivate --------------------------------------------------------
    def _selected(self) -> list[roster.ParticipantRow]:
        return [r for r in selected_rows(self.table, ParticipantRowRole) if r is not None]

    def _update_buttons(self, *_: QItemSelection) -> None:
        rows = self._selected()
        self.withdraw_button.setEnabled(any(r.status == "active" for r in rows))
        self.reactivate_button.setEnabled(any(r.status == "withdrawn" for r in rows))
        self.import_button.setEnabled(self.context.cycle is not None)

    def set_selected_status(self, status: str) -> None:
        ids = [i for i in selected_rows(self.table, ParticipantIdRole) if i is not None]
        if not ids:
            return

        def change() -> None:
            with self.context.database.write() as session:
                for participant_id in ids:
                    roster.set_status(session, participant_id, status)

        self.act(change)

    # -- import -----------------------------------------------------------------------
    def start_import(self, path: Path | None = None) -> None:
        cycle = self.context.cycle
        if cycle is None:
            QMessageBox.information(self, "Import sign-ups", "Create a program first.")
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, "Import sign-ups", QDir.homePath(), FILE_FILTER
            )
            if not chosen:
                return
            path = Path(chosen)
        dialog = ImportDialog(path, cycle.role_ladder, self)
        dialog.roleChanged.connect(lambda _role: self._check_file(dialog))
        dialog.accepted.connect(lambda: self._import(dialog.path, dialog.role))
        dialog.finished.connect(lambda _result: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        self._check_file(dialog)

    def _check_file(self, dialog: ImportDialog) -> None:
        dialog.checking()
        database, cycle_id = self.context.database, self.context.cycle_id
        path, role = dialog.path, dialog.role

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.roster.importer import import_roster

            with database.read() as session:  # a dry run: always rolled back
                return import_roster(
                    session,
                    cycle_id,
                    role,
                    path,
                    dry_run=True,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MentorDeskError):
                dialog.show_problem(exc.message)
            else:
                show_failure(self, exc)

        self.run(work, dialog.show_report, failure=failed, label=f"Checking {path.name}…")

    def _import(self, path: Path, role: str) -> None:
        database, cycle_id = self.context.database, self.context.cycle_id

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.roster.importer import import_roster

            with database.write() as session:
                return import_roster(
                    session, cycle_id, role, path, progress=progress, is_cancelled=is_cancelled
                )

        def done(report: Any) -> None:
            self.context.notify_changed()
            QMessageBox.information(self, "Import finished", describe_report(report))

        self.run(work, done, label=f"Importing {path.name}…")
