"""What every page has: the shared context, a title, lazy refresh and a search box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.errors import MentorDeskError
from ui.context import AppContext
from ui.worker import Operation, Work, show_failure


class Page(QWidget):
    """A page reloads when shown after its cycle or the data changed, not before."""

    title = ""
    tip = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self.search_box: QLineEdit | None = None
        context.cycleChanged.connect(self.mark_stale)
        context.dataChanged.connect(self.mark_stale)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Load the page's data for the current cycle (override)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def focus_search(self) -> bool:
        if self.search_box is None:
            return False
        self.search_box.setFocus()
        self.search_box.selectAll()
        return True

    # -- helpers for actions ----------------------------------------------------------
    def act(self, action: Callable[[], Any], changed: bool = True) -> bool:
        """Run a quick action on the GUI thread; user errors become a message."""
        try:
            action()
        except MentorDeskError as exc:
            show_failure(self, exc)
            return False
        if changed:
            self.context.notify_changed()
        return True

    def run(
        self,
        work: Work[Any],
        success: Callable[[Any], None] | None = None,
        *,
        label: str,
        failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> Operation[Any]:
        """Run long work in the background with a progress dialog."""
        op = Operation(
            self.window(),
            work,
            success=success,
            failure=failure,
            label=label,
            cancellable=cancellable,
        )
        return op.run()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
