"""Run long work off the GUI thread, in the spirit of Anki's ``QueryOp``.

The work is a plain callable ``op(progress, is_cancelled)`` that opens its own Session
(``database.write()``/``read()``) and returns plain data, never ORM objects. It runs in the
global ``QThreadPool``; ``success`` or the failure handling run back on the GUI thread.
A window-modal progress dialog shows progress and turns Cancel into ``is_cancelled()``.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.errors import MentorDeskError, OperationCancelled
from app.progress import CancelCheck, Progress

if TYPE_CHECKING:  # dialogs are made by PySide on first use, not before the first paint
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[Progress, CancelCheck], T]

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress updates a second reach the GUI
SHOW_PROGRESS_AFTER_MS = 300

_running: set[Operation[Any]] = set()


def running_operations() -> int:
    """How many operations have not finished yet (tests wait for zero)."""
    return len(_running)


class _Runnable(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body

    def run(self) -> None:
        self._body()


class Operation(QObject, Generic[T]):
    """One background operation; create it, then call :meth:`run`."""

    finished = Signal(bool)  # True on success, once the GUI-side handlers have run
    _progressed = Signal(int, int)
    _succeeded = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        op: Work[T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        label: str = "",
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._op = op
        self._success = success
        self._failure = failure
        self._label = label or self.tr("Working…")
        self._cancellable = cancellable
        self._show_progress = show_progress
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._dialog: QProgressDialog | None = None
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)

    # -- GUI thread -------------------------------------------------------------------
    def run(self) -> Operation[T]:
        _running.add(self)
        if self._show_progress:
            self._dialog = self._make_dialog()
        QThreadPool.globalInstance().start(_Runnable(self._run_in_thread))
        return self

    def cancel(self) -> None:
        self._cancel.set()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _make_dialog(self) -> QProgressDialog:
        from PySide6.QtWidgets import QProgressDialog

        cancel_text = self.tr("Cancel") if self._cancellable else ""
        dialog = QProgressDialog(self._label, cancel_text, 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("MentorDesk"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is None:
            return
        if self._dialog.maximum() != max(total, 0):
            self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot(object)
    def _on_success(self, result: T) -> None:
        self._close_dialog()
        try:
            if self._success is not None:
                self._success(result)
        finally:
            self._finish(True)

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self._close_dialog()
        try:
            if self._failure is not None:
                self._failure(exc)
            else:
                show_failure(self._parent, exc)
        finally:
            self._finish(False)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            # QProgressDialog shows itself from its own timer once the minimum duration
            # has passed; hide() leaves that timer running and deleteLater() waits for
            # the outer event loop, so a result message opened next (a nested loop)
            # would have the progress window pop up over it. reset() stops the timer.
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _finish(self, ok: bool) -> None:
        self.finished.emit(ok)
        _running.discard(self)
        # A deferred delete is queued behind the signals already posted, and Qt drops it
        # safely if a parent destroys this object first (a timer callback would not).
        self.deleteLater()

    # -- worker thread ----------------------------------------------------------------
    def _run_in_thread(self) -> None:
        try:
            result = self._op(self._report, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self._progressed.emit(done, total)


def show_failure(parent: QWidget, exc: BaseException) -> None:
    """User errors and faults of the computer (a full disk, a read-only folder) get their
    sentence; anything else is a bug for the crash handler."""
    from PySide6.QtWidgets import QMessageBox

    from app.environment import user_error
    from ui.core_text import problem_text

    shown = user_error(exc) if isinstance(exc, Exception) else None
    if isinstance(shown, OperationCancelled):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Operation", "Cancelled"),
            problem_text(shown.message),
        )
    elif isinstance(shown, MentorDeskError):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Operation", "MentorDesk"),
            problem_text(shown.message),
        )
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def run_in_background(
    parent: QWidget,
    op: Work[T],
    success: Callable[[T], None] | None = None,
    **options: Any,
) -> Operation[T]:
    """Shorthand: ``Operation(parent, op, success=success, **options).run()``."""
    return Operation(parent, op, success=success, **options).run()
