"""The crash handler: an unexpected error is written to a private log file and shown.

Bugs (anything that is not a ``MentorDeskError``) reach ``sys.excepthook``. The handler
writes the traceback to the log folder, readable by the user only, and shows a dialog
with the details and where the file is, so the coordinator can send it to support. A fault
of the computer (a full disk, a read-only folder: ``app.environment``) is no bug: it is
shown as its one sentence instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from app.logs import attach_if_held, private_traceback
from app.paths import ensure_private_dir, log_dir

log = logging.getLogger(__name__)

ExceptHook = type(sys.excepthook)


def write_crash_report(text: str, folder: Path | None = None) -> Path:
    """Write ``text`` to a new crash file (mode 0600) and return its path."""
    folder = ensure_private_dir(folder or log_dir())
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    from app import __version__

    header = (
        f"MentorDesk {__version__} on Python {sys.version.split()[0]} ({sys.platform})\n"
        f"{dt.datetime.now().isoformat(timespec='seconds')}\n\n"
    )
    # The file may be sent to support: the message keeps no quoted values or emails.
    return header + private_traceback(exc_type, exc, tb) + "\n"


class CrashHandler:
    """Installable ``sys.excepthook``; ``show_dialog=False`` for CI and scripted runs."""

    def __init__(self, *, show_dialog: bool = True) -> None:
        self.show_dialog = show_dialog
        self.last_report: Path | None = None
        self._previous: ExceptHook | None = None
        self._handling = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or self._handling:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handling = True
        try:
            # Before the first paint, records wait in memory: the file gets them, and this.
            attach_if_held()
            if self._told_as_environment_fault(exc):
                return
            report = format_report(exc_type, exc, tb)
            try:
                self.last_report = write_crash_report(report)
            except OSError:
                self.last_report = None
            # The exception text may quote personal data: the log names only the type.
            log.error("Unexpected error %s; details saved to a crash file", exc_type.__name__)
            sys.__excepthook__(exc_type, exc, tb)
            if self.show_dialog and QApplication.instance() is not None:
                from ui.dialogs.crash import CrashDialog

                CrashDialog(report, self.last_report).exec()
        finally:
            self._handling = False

    def _told_as_environment_fault(self, exc: BaseException) -> bool:
        """A full disk or a read-only folder is not a bug: say so in one sentence."""
        from PySide6.QtWidgets import QMessageBox

        from app.environment import EnvironmentFault, user_error

        shown = user_error(exc) if isinstance(exc, Exception) else None
        if not isinstance(shown, EnvironmentFault):
            return False
        log.warning("An environment fault stopped an action: %s", type(exc).__name__)
        if self.show_dialog and QApplication.instance() is not None:
            from ui.core_text import problem_text

            text = problem_text(shown.message)
            QMessageBox.warning(None, QApplication.translate("Crash", "MentorDesk"), text)
        else:
            sys.stderr.write(f"mentordesk: {shown.message}\n")
        return True
