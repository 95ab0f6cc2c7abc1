"""Backups: make a verified copy now, see earlier copies (automatic or made by hand),
restore or delete one, settings, and the data stewardship tools (purging old cycles)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
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

from app.backup.files import parse_backup_name
from app.paths import ensure_private_dir
from app.progress import CancelCheck, Progress
from ui.context import AppContext
from ui.models.rows import Column, RowTableModel
from ui.pages.base import Page, heading, hint
from ui.pages.wording import TranslatedColumns, counted, long_day, moment, number
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table, selected_rows


def human_size(size: int) -> str:
    """``512 bytes``, ``1.5 MB``; in French ``512 octets``, ``1,5 Mo``."""
    units = (
        QCoreApplication.translate("Backups", "bytes"),
        QCoreApplication.translate("Backups", "KB"),
        QCoreApplication.translate("Backups", "MB"),
        QCoreApplication.translate("Backups", "GB"),
    )
    value = float(size)
    for place, unit in enumerate(units):
        if value < 1024 or place == len(units) - 1:
            shown = number(size) if place == 0 else QLocale().toString(value, "f", 1)
            return f"{shown} {unit}"
        value /= 1024
    return f"{number(size)} {units[0]}"


def _count(value: int | None) -> str:
    return "" if value is None else number(value)


AUTOMATIC, BY_HAND, BEFORE_RESTORE = "automatic", "by_hand", "before_restore"


def backup_kind_key(backup: Any) -> str:
    """Automatic, made by hand, or a safety copy, as the file's name says; any file whose
    name does not say "automatic" is kept, so it is listed as made by you."""
    parsed = parse_backup_name(backup.path)
    if parsed is not None and parsed.automatic:
        return AUTOMATIC
    if parsed is not None and parsed.before_restore:
        return BEFORE_RESTORE
    return BY_HAND


def backup_kind(backup: Any) -> str:
    """The kind of backup as the list shows it: "Automatic", "Made by you"…"""
    key = backup_kind_key(backup)
    if key == AUTOMATIC:
        return QCoreApplication.translate("Backups", "Automatic")
    if key == BEFORE_RESTORE:
        return QCoreApplication.translate("Backups", "Before a restore")
    return QCoreApplication.translate("Backups", "Made by you")


def kind_tip(backup: Any) -> str:
    key = backup_kind_key(backup)
    if key == AUTOMATIC:
        return QCoreApplication.translate(
            "Backups", "Deleted by MentorDesk once the settings no longer keep it"
        )
    if key == BEFORE_RESTORE:
        return QCoreApplication.translate(
            "Backups", "The data as it was before a restore; kept until you delete it"
        )
    return QCoreApplication.translate("Backups", "Kept until you delete it")


def backup_columns() -> list[Column[Any]]:
    return [
        Column(
            QCoreApplication.translate("Backups", "Made on"),
            lambda b: moment(b.created_at),
            sort_key=lambda b: b.created_at,
        ),
        Column(
            QCoreApplication.translate("Backups", "Kind"),
            backup_kind,
            tooltip=kind_tip,
            header_tip=QCoreApplication.translate(
                "Backups", "Only automatic backups are ever deleted by MentorDesk"
            ),
        ),
        Column(
            QCoreApplication.translate("Backups", "Size"),
            lambda b: human_size(b.bytes),
            sort_key=lambda b: b.bytes,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("Backups", "Passphrase"),
            lambda b: QCoreApplication.translate("Backups", "Yes") if b.encrypted else "",
            header_tip=QCoreApplication.translate("Backups", "Protected by a passphrase"),
        ),
        Column(
            QCoreApplication.translate("Backups", "Participants"),
            lambda b: _count(b.participants),
            sort_key=lambda b: b.participants or 0,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("Backups", "Matches"),
            lambda b: _count(b.matches),
            sort_key=lambda b: b.matches or 0,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("Backups", "File"),
            lambda b: Path(b.path).name,
            tooltip=lambda b: str(b.path),
        ),
    ]


BACKUP_COLUMNS = TranslatedColumns(backup_columns)


class BackupsPage(Page):
    title = "Backups"
    tip = "Back up and restore the database (Ctrl+5)"

    restoreRequested = Signal(object, object)  # backup path, passphrase or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from ui.pages.stewardship import StewardshipPanel

        self.wizard: Any = None
        self.model: RowTableModel[Any] = RowTableModel(BACKUP_COLUMNS, self)
        self.table = make_table(self.model, multi_select=False)
        self.table.setToolTip(
            self.tr(
                "Encrypted backups show their counts once unlocked in the restore wizard. "
                "Copies named “before-restore” hold the data as it was before a restore."
            )
        )
        fit_columns(self.table, {0: 20, 1: 16, 2: 10, 3: 11, 4: 12, 5: 9})
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = EmptyState(self.table)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Save a verified copy of all programs (Ctrl+B)"))
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.protect = QCheckBox(self.tr("Protect with a passphrase"))
        self.protect.setToolTip(
            self.tr("Needed to restore it; without it the copy cannot be opened")
        )
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(
            self.tr("Choose a backup (this list or a file) and restore it")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected backup file"))
        self.delete_button.clicked.connect(self.delete_selected)
        settings_button = QPushButton(self.tr("Settings…"))
        settings_button.setToolTip(
            self.tr("Folder, automatic backups, how many to keep, encryption")
        )
        settings_button.clicked.connect(self.edit_settings)
        folder_button = QPushButton(self.tr("Open folder"))
        folder_button.setToolTip(self.tr("Show the backups folder"))
        folder_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Backups")))
        top.addStretch(1)
        top.addWidget(self.protect)
        top.addWidget(self.backup_button)
        self.where = hint("")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.where, 1)  # takes the free width, so the path reads on one line
        bar.addWidget(settings_button)
        bar.addWidget(folder_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.restore_button)
        self.policy = hint("")  # what is kept, and for how long
        self.stewardship = StewardshipPanel(context)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.policy)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.stewardship)
        self._update_buttons()

    def _settings(self) -> Any:
        from ui.dialogs.backup_settings import load_backup_settings

        return load_backup_settings()

    def refresh(self) -> None:
        from app.backup.service import list_backups
        from ui.dialogs.backup_settings import KEPT_UNTIL_DELETED, rotation_summary

        chosen = self._settings()
        self.where.setText(self.tr("Backups are kept in {folder}.").format(folder=chosen.folder))
        if chosen.automatic:
            kept = rotation_summary(chosen.daily, chosen.weekly, chosen.monthly)
            automatic = self.tr("MentorDesk backs up when it closes and once a day.") + " " + kept
        else:
            automatic = self.tr("Automatic backups are off.")
        self.policy.setText(f"{automatic} {KEPT_UNTIL_DELETED}")
        backups = list_backups(chosen.folder)
        self.model.set_rows(backups)
        if backups:
            self.empty.show_content()
        else:
            self.empty.show_message(
                self.tr(
                    "No backups yet.\nA backup is a verified copy of every program, person, "
                    "match and contact. Make one now, and before any big change."
                ),
                self.tr("Back up now"),
                self.back_up,
            )
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        read_only = getattr(self.context.database, "read_only", False)
        self.backup_button.setEnabled(not read_only)
        # A damaged database is opened read-only: its backups are the way back, keep them.
        self.delete_button.setEnabled(not read_only and bool(selected_rows(self.table)))

    def _ask_passphrase(self, title: str, confirm: bool) -> str | None:
        echo = QLineEdit.EchoMode.Password
        first, ok = QInputDialog.getText(self, title, self.tr("Passphrase:"), echo)
        if not ok or not first:
            return None
        if confirm:
            again, ok = QInputDialog.getText(
                self, title, self.tr("Type the passphrase again:"), echo
            )
            if not ok:
                return None
            if again != first:
                QMessageBox.warning(
                    self, title, self.tr("The two passphrases differ; nothing was saved.")
                )
                return None
        return first

    def back_up(self) -> None:
        from app.backup.service import backup_database
        from ui.dialogs.backup_settings import LOST_PASSPHRASE_WARNING

        passphrase = None
        if self.protect.isChecked():
            title = self.tr("Protect the backup")
            answer = QMessageBox.question(
                self,
                title,
                f"{LOST_PASSPHRASE_WARNING}\n\n" + self.tr("Continue?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            passphrase = self._ask_passphrase(title, confirm=True)
            if passphrase is None:
                return
        db_path = self.context.database.path
        folder = self._settings().folder

        def work(progress: Progress, _is_cancelled: CancelCheck) -> Any:
            return backup_database(db_path, folder, passphrase=passphrase, progress=progress)

        self.run(work, self._backed_up, label=self.tr("Backing up…"), cancellable=False)

    def _backed_up(self, result: Any) -> None:
        self.mark_stale()
        if result.verified:
            saved = self.tr("The backup was checked and saved to:\n{path}")
        else:
            saved = self.tr("The backup was saved to:\n{path}")
        holds = self.tr("It holds {participants} and {matches}.").format(
            participants=counted(
                self.tr("%Ln participant(s)", "", result.participants), result.participants
            ),
            matches=counted(self.tr("%Ln match(es)", "", result.matches), result.matches),
        )
        QMessageBox.information(
            self.window(),
            self.tr("Backup saved"),
            saved.format(path=result.path) + "\n\n" + holds,
        )

    def restore_selected(self) -> None:
        """Open the restore wizard on the selected backup (or none: it offers a file)."""
        from ui.dialogs.restore_wizard import RestoreWizard

        chosen = selected_rows(self.table)
        wizard = RestoreWizard(
            self.model.rows(),
            self._settings().folder,
            chosen=Path(chosen[0].path) if chosen else None,
            parent=self.window(),
        )
        wizard.accepted.connect(lambda: self._restore_chosen(wizard))
        wizard.finished.connect(lambda _r: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()

    def _restore_chosen(self, wizard: Any) -> None:
        if wizard.path is not None:
            self.restoreRequested.emit(Path(wizard.path), wizard.passphrase)

    def delete_selected(self) -> None:
        """Delete the selected backup file, once the coordinator confirms."""
        from app.backup.rotation import delete_backup

        chosen = selected_rows(self.table)
        if not chosen:
            return
        backup = chosen[0]
        made = self.tr("{day} at {time}").format(
            day=long_day(backup.created_at),
            time=f"{backup.created_at:%H:%M}",
        )
        question = self.tr(
            "Delete the backup of {made} ({kind})?\n\n{file}\n\n"
            "A deleted backup cannot be restored."
        ).format(made=made, kind=backup_kind(backup).lower(), file=Path(backup.path).name)
        if self.model.rowCount() == 1:
            question += "\n\n" + self.tr("It is the only backup in this folder.")
        answer = QMessageBox.question(
            self.window(),
            self.tr("Delete a backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.act(lambda: delete_backup(Path(backup.path)), changed=False):
            self.refresh()

    def edit_settings(self) -> None:
        from ui.dialogs.backup_settings import BackupSettingsDialog

        dialog = BackupSettingsDialog(self.context.database.path, self.window())
        dialog.accepted.connect(self.mark_stale)
        self.settings_dialog = dialog
        dialog.open()

    def open_folder(self) -> None:
        folder = ensure_private_dir(self._settings().folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
