"""Start the desktop app: Qt application, crash handler, lock, database, main window."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.errors import DatabaseLockedError
from app.paths import APP_NAME
from ui.crash import CrashHandler

if TYPE_CHECKING:
    from ui.main_window import MainWindow

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
    from app.logs import attach_if_held, hold_logging

    # The log file's modules load after the first paint; until then records wait in memory,
    # and a start that ends before (a locked or unreadable database, a bug) writes them.
    hold_logging()
    try:
        return _start(Path(db_path), crash_dialog, quit_when_shown)
    finally:
        attach_if_held()


def _start(db_path: Path, crash_dialog: bool, quit_when_shown: bool) -> int:
    from app.lock import DatabaseLock

    app = application()
    from ui.language import install_translations

    install_translations()  # before any window or message box is built
    crash = CrashHandler(show_dialog=crash_dialog)
    crash.install()
    lock = DatabaseLock(Path(db_path))
    try:
        lock.acquire()
    except DatabaseLockedError as exc:
        from PySide6.QtWidgets import QMessageBox

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
    from PySide6.QtWidgets import QMessageBox

    from app.environment import user_error
    from ui.core_text import problem_text

    shown = user_error(exc, db_path)
    if shown is None:
        raise exc
    title = QCoreApplication.translate("App", "MentorDesk cannot open the database")
    QMessageBox.critical(None, title, problem_text(shown.message))
    return shown.exit_code


def _open_and_run(app: QApplication, db_path: Path, quit_when_shown: bool) -> int:
    from app.logs import attach_if_held
    from ui.main_window import MainWindow
    from ui.safety import install_banners, open_checked

    try:
        database = open_checked(db_path)  # quick_check; a damaged file offers a restore
    except Exception as exc:
        return _tell_cannot_open(exc, db_path)
    if isinstance(database, str):
        return LOCKED_EXIT  # the coordinator chose to quit rather than use a damaged file
    log.info("GUI started (MentorDesk %s)", __version__)
    # The first roster page comes from a plain read; SQLAlchemy, the models and the rest
    # of the roster load once the window is painted.
    window = MainWindow(database, quick_start=True)
    install_banners(window, window.context)
    window.show()

    # The start-up benchmark (--quit-when-shown) leaves at the first paint, without the
    # full load and without closing the window (no backup on exit).
    def after_first_paint() -> None:
        keep_out_of_collections()
        if quit_when_shown:
            # No full load, so no log file either, unless something went wrong before.
            attach_if_held(at_least=logging.WARNING)
            app.exit(0)
        else:
            _after_first_paint(window)

    first_paint = AfterFirstPaint(window, after_first_paint)  # noqa: F841  (lives until the loop ends)
    try:
        return app.exec()
    finally:
        # Workers may still hold sessions: let them finish before the engine goes.
        QThreadPool.globalInstance().waitForDone()
        window.context.database.dispose()
        window.deleteLater()


def keep_out_of_collections() -> None:
    """Leave what exists now (the modules, classes and window the start made, which live
    until the app ends) out of the cycle collector's passes, freed by reference counting.

    Each full collection walked them all again: a third of the exit's time. Nothing that
    holds unwritten data waits for a collection: the database is disposed, the lock
    released and the settings synced explicitly before the exit, and the logs are flushed
    by logging's own exit handler.
    """
    gc.freeze()


def _after_first_paint(window: MainWindow) -> None:
    from app.logs import setup_logging

    setup_logging()  # writes the records held since the start, then each as it comes
    window.fill_menus()
    window.show_icons()
    load_the_rest(window)


def load_the_rest(window: MainWindow) -> SlicedLoad:
    """After the first paint: import SQLAlchemy, the models and the roster's services, one
    module per turn of the event loop so the window answers in between, then load the
    roster through them and start automatic backups.

    All on the GUI thread: a page or menu action the coordinator opens meanwhile imports
    what it needs on the same thread, never at the same time as another thread importing
    the same modules (two threads importing one cycle of modules can deadlock)."""
    from app.collector import collect_as_usual
    from app.roster.first_page import full_load_steps
    from ui.safety import start_auto_backup

    def finish() -> None:
        collect_as_usual()  # the start is over (see app/collector.py)
        window.finish_loading()
        start_auto_backup(window, window.context)
        keep_out_of_collections()  # SQLAlchemy, the models and the services, too

    load = SlicedLoad(window, full_load_steps(window.context.database), finish)
    load.start()
    return load


class SlicedLoad(QObject):
    """Runs ``steps`` one per event-loop turn, then ``then``; a step that fails is a bug,
    which ``then`` (loading the same things) meets again and reports."""

    def __init__(
        self, parent: QObject, steps: list[Callable[[], object]], then: Callable[[], object]
    ) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._then = then
        self.done = False

    def start(self) -> None:
        QTimer.singleShot(0, self, self._step)

    def _step(self) -> None:
        if self._steps:
            step = self._steps.pop(0)
            try:
                step()
            except Exception:
                log.exception("A module of the full load failed to import")
                self._steps.clear()
            QTimer.singleShot(0, self, self._step)
            return
        self.done = True
        self._then()


class AfterFirstPaint(QObject):
    """Runs ``then`` once, on the event loop's turn after ``window`` is first painted.

    A zero timer set at ``show()`` may fire before the window is drawn (the platform
    exposes it later), and the load it starts would then hold the first paint back.
    ``LATEST_MS`` covers a window that is never painted (started minimised).
    """

    LATEST_MS = 2000

    def __init__(self, window: QObject, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then: Callable[[], object] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()
