"""The imports of the chosen cycle, each with its counts, and Undo for a whole import."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.progress import CancelCheck, Progress
from app.roster.import_history import ImportSummary, list_imports, undo_import
from ui.context import AppContext
from ui.models.rows import Column, RowTableModel
from ui.screen_fit import fit_to_screen
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table, selected_rows
from ui.worker import Operation


def local_time(moment: dt.datetime) -> str:
    """A stored (UTC) time as the coordinator's clock shows it, in the window's language."""
    from ui.pages.wording import local
    from ui.pages.wording import moment as shown_moment  # the app's one date format

    return shown_moment(local(moment))


def _status(s: ImportSummary) -> str:
    if s.undone_at is not None:
        return QCoreApplication.translate("ImportHistoryDialog", "Undone {when}").format(
            when=local_time(s.undone_at)
        )
    if s.in_matches:
        return QCoreApplication.translate(
            "ImportHistoryDialog", "%Ln person(s) matched — cannot undo", "", s.in_matches
        )
    return QCoreApplication.translate("ImportHistoryDialog", "Can be undone")


def _count(value: int) -> str:
    return QLocale().toString(value)


COLUMNS: list[Column[ImportSummary]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "When"),
        lambda s: local_time(s.created_at),
        sort_key=lambda s: s.created_at,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "File"), lambda s: s.file_name),
    Column(QT_TRANSLATE_NOOP("Column", "Role"), lambda s: s.role),
    Column(
        QT_TRANSLATE_NOOP("Column", "Rows"),
        lambda s: _count(s.rows),
        sort_key=lambda s: s.rows,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Added"),
        lambda s: _count(s.imported),
        sort_key=lambda s: s.imported,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Updated"),
        lambda s: _count(s.updated),
        sort_key=lambda s: s.updated,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Rejected"),
        lambda s: _count(s.rejected),
        sort_key=lambda s: s.rejected,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), _status),
]


class ImportHistoryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import history"))
        fit_to_screen(self, 1000, 440)
        self.model: RowTableModel[ImportSummary] = RowTableModel(COLUMNS, self)
        self.model.muted = lambda s: s.undone_at is not None
        self.table = make_table(self.model, multi_select=False)
        # The status says why an import cannot be undone: it gets the room left.
        fit_columns(self.table, {0: 16, 1: 20, 2: 14, 3: 5, 4: 6, 5: 7, 6: 7, 7: 32})
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = EmptyState(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.undo_button = QPushButton(self.tr("Undo import…"))
        self.undo_button.setToolTip(
            self.tr("Remove everyone the chosen import added (details it updated are not restored)")
        )
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        title = self.context.cycle.title if self.context.cycle else ""
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Sign-up imports into <b>{cycle}</b>, newest first.").format(
                    cycle=html.escape(title)
                )
            )
        )
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            rows: list[ImportSummary] = []
        else:
            with self.context.database.read() as session:
                rows = list_imports(session, cycle.id)
        self.model.set_rows(rows)
        if rows:
            self.empty.show_content()
            self.table.selectRow(0)
        else:
            self.empty.show_message(self.tr("No sign-ups were imported into this cycle yet."))
        self._update_buttons()

    def selected(self) -> ImportSummary | None:
        chosen = selected_rows(self.table)
        return chosen[0] if chosen else None

    def _update_buttons(self, *_: Any) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(chosen is not None and chosen.can_undo)

    def undo_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.can_undo:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr("Undo the import of {file} ({when})?").format(
                file=chosen.file_name, when=local_time(chosen.created_at)
            )
            + "\n\n"
            + self.tr(
                "The %Ln participant(s) it added will be removed. Details it updated on people "
                "already known are not restored.",
                "",
                chosen.still_present,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, import_id = self.context.database, chosen.id

        def work(_progress: Progress, _cancel: CancelCheck) -> int:
            with database.write() as session:
                return undo_import(session, import_id)

        def done(_removed: int) -> None:
            self.context.notify_changed()
            self.reload()

        Operation(self, work, success=done, label=self.tr("Undoing the import…")).run()
