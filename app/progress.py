"""Plain callbacks through which long services report progress and learn of a cancel.

Services never know about Qt: the GUI's worker adapts these to signals.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import OperationCancelled

Progress = Callable[[int, int], None]
"""Called with (done, total) as work advances."""

CancelCheck = Callable[[], bool]
"""Returns True once the user asked to cancel."""


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def check_cancelled(is_cancelled: CancelCheck | None) -> None:
    """Raise OperationCancelled once the user asked to stop; the caller rolls back."""
    if is_cancelled is not None and is_cancelled():
        raise OperationCancelled("Cancelled; nothing was changed.")
