"""Data safety around the main window: the start-up check of the database, the warning
banner for synced or network folders, and automatic backups.

``open_checked`` runs before the window exists; ``install_safety`` after. Both are called
by ``ui.app`` only, so windows built in tests carry none of this.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from app.db.engine import Database
from ui.context import AppContext
from ui.core_text import problem_text

log = logging.getLogger(__name__)

QUIT = "quit"


def _ask_what_to_do(problem: str, has_backup: bool) -> str:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartupCheck", "The database is damaged"),
        problem,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupCheck",
            "Restoring the latest good backup is the safe choice. You can also look at the "
            "data read-only, at your own risk: some of it may be missing or wrong.",
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("StartupCheck", "Restore a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    read_only = box.addButton(
        QCoreApplication.translate("StartupCheck", "Continue read-only"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("StartupCheck", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    restore.setEnabled(has_backup)
    box.setDefaultButton(restore if has_backup else read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return "restore"
    if clicked is read_only:
        return "read_only"
    return QUIT


def _ask_restore_or_quit(problem: str, has_backup: bool) -> str:
    """A database changed outside MentorDesk: restore a backup, or quit. No read-only look:
    what was added to it would run as soon as it is used. The wizard can also pick a backup
    saved elsewhere, so restoring is offered even when the backup folder is empty."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartupCheck", "The database was changed outside MentorDesk"),
        problem,
    )
    why = QCoreApplication.translate(
        "StartupCheck",
        "A database changed by another program can carry instructions that quietly alter or "
        "erase its data the next time it is used, so MentorDesk does not open it. Restoring "
        "a backup is the safe choice; the changed file is kept as a safety copy.",
    )
    if not has_backup:
        why += " " + QCoreApplication.translate(
            "StartupCheck",
            "The backup folder holds no backup: choose a backup file saved elsewhere, or quit "
            "and keep the file for someone who can look at it.",
        )
    box.setInformativeText(why)
    restore = box.addButton(
        QCoreApplication.translate("StartupCheck", "Restore a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("StartupCheck", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return "restore" if box.clickedButton() is restore else QUIT


def _restore_at_start(db_path: Path) -> bool:
    """Run the restore wizard on the latest good backup; True once the restore is done."""
    from app.backup.health import latest_good_backup
    from app.backup.restore import restore_database
    from app.backup.service import list_backups
    from app.errors import MentorDeskError
    from ui.dialogs.backup_settings import load_backup_settings
    from ui.dialogs.restore_wizard import RestoreWizard
    from ui.worker import show_failure

    folder = load_backup_settings().folder
    latest = latest_good_backup(folder)
    wizard = RestoreWizard(
        list_backups(folder), folder, chosen=latest.path if latest else None, parent=None
    )
    while wizard.exec() and wizard.path is not None:
        try:
            restore_database(db_path, wizard.path, passphrase=wizard.passphrase, safety_dir=folder)
        except MentorDeskError as exc:
            show_failure(wizard, exc)  # the damaged database is still there: try another
            wizard.restart()
            continue
        return True
    return False


def open_checked(db_path: Path) -> Database | str:
    """Open the database after ``quick_check``; a failed check offers a restore, a
    read-only look or quitting, and a schema changed outside MentorDesk a restore or
    quitting. Returns the database, or ``QUIT``."""
    from app.backup.health import latest_good_backup, open_read_only, quick_check
    from app.db.file_check import ChangedDatabaseError
    from app.db.migrate import open_database

    def has_backup() -> bool:
        from ui.dialogs.backup_settings import load_backup_settings

        return latest_good_backup(load_backup_settings().folder) is not None

    while True:
        problem = quick_check(db_path)
        if problem is not None:
            choice = _ask_what_to_do(problem_text(problem), has_backup())
            if choice == QUIT:
                return QUIT
            if choice == "read_only":
                log.warning("The coordinator opened a damaged database read-only")
                return open_read_only(db_path)
            _restore_at_start(db_path)  # then check again, whatever came of it
            continue
        try:
            return open_database(db_path)
        except ChangedDatabaseError as exc:
            log.warning("The database's schema was changed outside MentorDesk")
            if _ask_restore_or_quit(problem_text(exc.message), has_backup()) == QUIT:
                return QUIT
            _restore_at_start(db_path)


class Banner(QWidget):
    """A yellow strip with a warning and a button to hide it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#safetyBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
            "#safetyBanner QLabel { color: #4a3b00; }"
        )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        hide = QPushButton(self.tr("Dismiss"))
        hide.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(QLabel("⚠"))
        layout.addWidget(self.label, 1)
        layout.addWidget(hide)

    def dismiss(self) -> None:
        self.hide()


def add_banner(window: QMainWindow, text: str) -> Banner:
    """Show ``text`` in a banner above the pages, without blocking anything."""
    banner = Banner(text)
    pages = window.takeCentralWidget()  # keeps the pages alive while they move
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(6, 6, 6, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(pages, 1)
    window.setCentralWidget(holder)
    return banner


def banner_texts(database: Database) -> list[str]:
    from app.backup.health import READ_ONLY_MESSAGE
    from app.backup.placement import database_placement

    texts = []
    if getattr(database, "read_only", False):
        texts.append(problem_text(READ_ONLY_MESSAGE))
    placement = database_placement(database.path)
    if placement is not None:
        texts.append(problem_text(placement.advice))
    return texts


def install_safety(window: QMainWindow, context: AppContext) -> None:
    """Warning banners and automatic backups on the app's main window."""
    install_banners(window, context)
    start_auto_backup(window, context)


def install_banners(window: QMainWindow, context: AppContext) -> None:
    """The warning banners, before the window is first shown (nothing moves after)."""
    for text in banner_texts(context.database):
        add_banner(window, text)


def start_auto_backup(window: QMainWindow, context: AppContext) -> None:
    """Automatic backups; the app starts them once the window is painted."""
    from ui.auto_backup import AutoBackup

    window.auto_backup = AutoBackup(window, context)  # type: ignore[attr-defined]
    window.auto_backup.start()  # type: ignore[attr-defined]
