"""Automatic backups in the GUI: once a day while MentorDesk runs, and when it closes.

The backup on closing runs with a small progress window. Whatever happens to it, closing
goes on and the live database is never touched: a failure is logged and noted, and the
next start tells the coordinator.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QLocale, QObject, QTime, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.errors import SafetyError
from ui.context import AppContext
from ui.worker import Operation

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000
FIRST_CHECK_AFTER_MS = 5_000  # leave start-up alone
MISSING_PASSPHRASE = QT_TRANSLATE_NOOP(
    "AutoBackup",
    "Automatic backups are set to be encrypted, but their passphrase is no longer in the "
    "system keyring. Open Backups → Settings… to enter it again.",
)


class AutoBackup(QObject):
    """Installed on the main window by the app; tests build windows without it."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.changed = False
        self.running: Operation[Any] | None = None
        self.closing = False
        self.exit_done = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        context.dataChanged.connect(self._on_change)
        window.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_AFTER_MS, self.run_if_due)
        QTimer.singleShot(0, self.tell_last_failure)

    def _on_change(self) -> None:
        self.changed = True

    def _usable(self) -> bool:
        from ui.dialogs.backup_settings import load_backup_settings
        from ui.dialogs.restore_wizard import restore_running

        database = self.context.database
        return (
            load_backup_settings().automatic
            and not getattr(database, "read_only", False)
            and not restore_running()
            and database.path.is_file()
            and _holds_a_program(database)
        )

    def due(self) -> bool:
        from app.backup.rotation import auto_backup_due
        from ui.dialogs.backup_settings import load_backup_settings

        return self._usable() and auto_backup_due(load_backup_settings().folder)

    def run_if_due(self) -> None:
        if self.running is None and self.due():
            self.run(show_progress=False)

    def run(self, *, show_progress: bool) -> Operation[Any]:
        from app.backup.auto import automatic_backup
        from app.backup.keystore import load_passphrase
        from ui.dialogs.backup_settings import load_backup_settings

        chosen = load_backup_settings()
        db_path = self.context.database.path
        passphrase = load_passphrase(db_path) if chosen.encrypt else None
        self.changed = False
        missing = self.tr(MISSING_PASSPHRASE)  # translated here: the work runs in a thread

        def work(progress: Any, _cancelled: Any) -> Any:
            if chosen.encrypt and passphrase is None:
                raise SafetyError(missing)
            return automatic_backup(
                db_path,
                chosen.folder,
                passphrase=passphrase,
                rotation=chosen.rotation,
                progress=progress,
            )

        op = Operation(
            self.window,
            work,
            success=self._succeeded,
            failure=self._failed,
            label=self.tr("Saving the automatic backup…"),
            cancellable=False,
            show_progress=show_progress,
        )
        self.running = op
        op.finished.connect(self._finished)
        return op.run()

    def _succeeded(self, _result: Any) -> None:
        changed = self.changed
        self.context.notify_changed()  # the Backups page lists the new file
        self.changed = changed  # listing a backup is not a change to the data
        self.window.statusBar().showMessage(self.tr("Automatic backup saved."), 5000)

    def _failed(self, exc: BaseException) -> None:
        from app.backup.auto import record_failure

        self.changed = True  # try again next time
        record_failure(exc)
        if not self.closing:
            self.window.statusBar().showMessage(self.tr("The automatic backup failed."), 10000)

    def _finished(self, _ok: bool) -> None:
        self.running = None
        if self.closing:
            self.exit_done = True
            QTimer.singleShot(0, self.window.close)

    def tell_last_failure(self) -> None:
        from app.backup.auto import take_failure

        failure = take_failure()
        if failure is None:
            return
        when, reason = failure
        locale, local = QLocale(), when.astimezone() if when.tzinfo else when
        moment = self.tr("{day} at {time}").format(
            day=locale.toString(QDate(local.date()), QLocale.FormatType.LongFormat),
            time=locale.toString(QTime(local.time()), QLocale.FormatType.ShortFormat),
        )
        text = self.tr(
            "The automatic backup of {moment} could not be saved. Your data was not affected."
            "\n\n{reason}\n\nMake a backup now from the Backups page."
        ).format(moment=moment, reason=reason)
        QMessageBox.warning(self.window, self.tr("The last automatic backup failed"), text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() != QEvent.Type.Close or self.exit_done:
            return False
        if self.running is not None:  # a daily backup is under way: close when it ends
            self.closing = True
            event.ignore()
            return True
        try:
            needed = self._usable() and (self.changed or self.due())
        except Exception:  # closing must never fail because of a backup
            log.error("Could not decide whether to back up on exit")
            needed = False
        if not needed:
            return False
        self.closing = True
        event.ignore()
        self.run(show_progress=True)
        return True


def _holds_a_program(database: Any) -> bool:
    """An empty database (the first run, before a program or the demo) is not worth a
    backup: it would be the first file the coordinator finds in the backup folder."""
    from sqlalchemy import select

    from app.db.models import Program

    with database.read() as session:
        return session.execute(select(Program.id).limit(1)).first() is not None
