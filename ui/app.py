"""Start the desktop app: Qt application, crash handler, lock, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.errors import DatabaseLockedError
from app.paths import APP_NAME
from ui.crash import CrashHandler

log = logging.getLogger(__name__)

LOCKED_EXIT = 3


def application() -> QApplication:
    """The one QApplication, created with the names QSettings uses."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_gui(db_path: Path, *, crash_dialog: bool = True, quit_when_shown: bool = False) -> int:
    """Open the main window on ``db_path``; returns the process exit code.

    ``quit_when_shown`` leaves as soon as the window is on screen (start-up benchmark).
    """
    from app.lock import DatabaseLock
    from app.logs import setup_logging

    setup_logging()
    app = application()
    from ui.language import install_translations

    install_translations()  # before any window or message box is built
    crash = CrashHandler(show_dialog=crash_dialog)
    crash.install()
    lock = DatabaseLock(Path(db_path))
    try:
        lock.acquire()
    except DatabaseLockedError as exc:
        from ui.core_text import problem_text

        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "MentorDesk is already open"),
            problem_text(exc.message),
        )
        crash.uninstall()
        return LOCKED_EXIT
    except Exception as exc:  # a read-only or full disk: a sentence, not a crash
        code = _tell_cannot_open(exc, Path(db_path))
        crash.uninstall()
        return code
    try:
        return _open_and_run(app, Path(db_path), quit_when_shown)
    finally:
        QThreadPool.globalInstance().waitForDone()
        lock.release()
        crash.uninstall()


def _tell_cannot_open(exc: Exception, db_path: Path) -> int:
    """Show why the database cannot be opened (user error or environment fault) and return
    the exit code; a bug is raised again for the crash handling."""
    from app.environment import user_error
    from ui.core_text import problem_text

    shown = user_error(exc, db_path)
    if shown is None:
        raise exc
    title = QCoreApplication.translate("App", "MentorDesk cannot open the database")
    QMessageBox.critical(None, title, problem_text(shown.message))
    return shown.exit_code


def _open_and_run(app: QApplication, db_path: Path, quit_when_shown: bool) -> int:
    from ui.main_window import MainWindow
    from ui.safety import install_safety, open_checked

    try:
        database = open_checked(db_path)  # quick_check; a damaged file offers a restore
    except Exception as exc:
        return _tell_cannot_open(exc, db_path)
    if isinstance(database, str):
        return LOCKED_EXIT  # the coordinator chose to quit rather than use a damaged file
    log.info("GUI started (MentorDesk %s)", __version__)
    window = MainWindow(database)
    install_safety(window, window.context)
    window.show()
    if quit_when_shown:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        # Workers may still hold sessions: let them finish before the engine goes.
        QThreadPool.globalInstance().waitForDone()
        window.context.database.dispose()
        window.deleteLater()
