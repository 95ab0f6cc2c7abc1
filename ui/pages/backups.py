"""Backups: make a verified copy now, see earlier copies, restore one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import default_backup_dir, ensure_private_dir
from app.progress import CancelCheck, Progress
from ui.context import AppContext
from ui.models.rows import Column, RowTableModel
from ui.pages.base import Page, heading, hint
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table, selected_rows


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


BACKUP_COLUMNS: list[Column[Any]] = [
    Column(
        "Made on",
        lambda b: b.created_at.strftime("%d %b %Y, %H:%M"),
        sort_key=lambda b: b.created_at,
    ),
    Column("Size", lambda b: human_size(b.bytes), sort_key=lambda b: b.bytes, align_right=True),
    Column(
        "Passphrase", lambda b: "Yes" if b.encrypted else "", header_tip="Protected by a passphrase"
    ),
    Column(
        "Participants",
        lambda b: _count(b.participants),
        sort_key=lambda b: b.participants or 0,
        align_right=True,
    ),
    Column(
        "Matches", lambda b: _count(b.matches), sort_key=lambda b: b.matches or 0, align_right=True
    ),
    Column("File", lambda b: Path(b.path).name, tooltip=lambda b: str(b.path)),
]


class BackupsPage(Page):
    title = "Backups"
    tip = "Back up and restore the database (Ctrl+5)"

    restoreRequested = Signal(object, object)  # backup path, passphrase or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[Any] = RowTableModel(BACKUP_COLUMNS, self)
        self.table = make_table(self.model, multi_select=False)
        fit_columns(self.table, {0: 20, 1: 10, 2: 11, 3: 12, 4: 9})
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = EmptyState(self.table)
        self.backup_button = QPushButton("Back up now")
        self.backup_button.setToolTip("Save a verified copy of all programs (Ctrl+B)")
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.protect = QCheckBox("Protect with a passphrase")
        self.protect.setToolTip("Needed to restore it; without it the copy cannot be opened")
        self.restore_button = QPushButton("Restore…")
        self.restore_button.setToolTip("Replace the current data with the selected backup")
        self.restore_button.clicked.connect(self.restore_selected)
        folder_button = QPushButton("Open folder")
        folder_button.setToolTip("Show the backups folder")
        folder_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        top.addWidget(heading("Backups"))
        top.addStretch(1)
        top.addWidget(self.protect)
        top.addWidget(self.backup_button)
        bar = QHBoxLayout()
        # The hint takes the free width, so the folder path reads on one line.
        bar.addWidget(
            hint(
                f"Backups are kept in {default_backup_dir()}. Copy them to a USB key now and then."
            ),
            1,
        )
        bar.addWidget(folder_button)
        bar.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        self._update_buttons()

    def refresh(self) -> None:
        from app.backup.service import list_backups

        backups = list_backups()
        self.model.set_rows(backups)
        if backups:
            self.empty.show_content()
        else:
            self.empty.show_message(
                "No backups yet.\nA backup is a verified copy of every program, person, match "
                "and contact. Make one now, and before any big change.",
                "Back up now",
                self.back_up,
            )
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        self.restore_button.setEnabled(bool(selected_rows(self.table)))

    def _ask_passphrase(self, title: str, confirm: bool) -> str | None:
        echo = QLineEdit.EchoMode.Password
        first, ok = QInputDialog.getText(self, title, "Passphrase:", echo)
        if not ok or not first:
            return None
        if confirm:
            again, ok = QInputDialog.getText(self, title, "Type the passphrase again:", echo)
            if not ok:
                return None
            if again != first:
                QMessageBox.warning(self, title, "The two passphrases differ; nothing was saved.")
                return None
        return first

    def back_up(self) -> None:
        from app.backup.service import backup_database

        passphrase = None
        if self.protect.isChecked():
            passphrase = self._ask_passphrase("Protect the backup", confirm=True)
            if passphrase is None:
                return
        db_path = self.context.database.path

        def work(progress: Progress, _is_cancelled: CancelCheck) -> Any:
            return backup_database(db_path, passphrase=passphrase, progress=progress)

        self.run(work, self._backed_up, label="Backing up…", cancellable=False)

    def _backed_up(self, result: Any) -> None:
        self.mark_stale()
        checked = "checked and " if result.verified else ""
        QMessageBox.information(
            self,
            "Backup saved",
            f"The backup was {checked}saved to:\n{result.path}\n\n"
            f"It holds {result.participants} participants and {result.matches} matches.",
        )

    def restore_selected(self) -> None:
        chosen = selected_rows(self.table)
        if not chosen:
            return
        backup = chosen[0]
        answer = QMessageBox.question(
            self,
            "Restore this backup?",
            f"Restore the backup made on {backup.created_at:%d %B %Y at %H:%M}?\n\n"
            "Everything changed since then will be replaced. A safety copy of the current "
            "data is made first, so this can be undone by restoring that copy.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase = None
        if backup.encrypted:
            passphrase = self._ask_passphrase("Restore the backup", confirm=False)
            if passphrase is None:
                return
        self.restoreRequested.emit(Path(backup.path), passphrase)

    def open_folder(self) -> None:
        folder = ensure_private_dir(default_backup_dir())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
