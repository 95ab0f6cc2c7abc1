"""Marking letters as sent on the Letters page: the step that notifies a pair, undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPushButton, QTableView, QToolButton, QWidget

from app.errors import MentorDeskError
from ui.context import AppContext
from ui.models.rows import RowTableModel
from ui.pages.wording import counted
from ui.widgets.table import selected_rows
from ui.worker import show_failure


def can_mark(row: Any) -> bool:
    """A confirmed match whose letters were written can be marked as sent."""
    return bool(row.status == "confirmed" and row.letters)


class MarkSentCommand(QUndoCommand):
    """Notify the chosen matches (one transaction); undo confirms them again."""

    def __init__(self, page: SentMixin, match_ids: list[int], text: str) -> None:
        super().__init__(text)
        self.page, self.match_ids = page, match_ids
        self._applied = False

    def apply(self) -> None:
        from app.letters.sent import mark_letters_sent

        self.match_ids = self.page.write_sent(lambda s: mark_letters_sent(s, self.match_ids))
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # done once already by apply()
            return
        from app.letters.sent import mark_letters_sent

        self._run(lambda s: mark_letters_sent(s, self.match_ids))

    def undo(self) -> None:
        from app.letters.sent import unmark_letters_sent

        self._run(lambda s: unmark_letters_sent(s, self.match_ids))

    def _run(self, body: Callable[[Any], Any]) -> None:
        try:
            self.page.write_sent(body)
        except MentorDeskError as exc:
            show_failure(self.page, exc)
            self.setObsolete(True)


class ShortActionButton(QToolButton):
    """Shows a short word ("Undo"); what it undoes is its tooltip, so the row keeps its width."""

    def __init__(self, short: str) -> None:
        super().__init__()
        self._short = short

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        action = self.defaultAction()
        if action is not None:
            self.setToolTip(action.text())
        self.setText(self._short)


class SentMixin(QWidget):
    """Part of ``LettersPage``: the "Mark letters as sent" button and the page's undo."""

    context: AppContext
    matches: RowTableModel[Any]
    match_view: QTableView

    def _make_sent_controls(self) -> None:
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(100)
        self.context.cycleChanged.connect(self.undo_stack.clear)
        self.sent_button = QPushButton(self.tr("Mark letters as sent"))
        self.sent_button.setToolTip(
            self.tr(
                "Once the selected pairs have their letters (printed or emailed), mark them "
                "as notified; writing letters alone does not"
            )
        )
        self.sent_button.clicked.connect(self.mark_sent)
        self.undo_button = self._undo_tool(self.undo_stack.createUndoAction(self, self.tr("Undo")))
        self.redo_button = self._undo_tool(self.undo_stack.createRedoAction(self, self.tr("Redo")))

    def _undo_tool(self, action: Any) -> QToolButton:
        button = ShortActionButton(action.text())
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def markable_ids(self) -> list[int]:
        return [row.id for row in selected_rows(self.match_view) if can_mark(row)]

    def write_sent(self, body: Callable[[Any], Any]) -> Any:
        with self.context.database.write() as session:
            result = body(session)
        self.context.notify_changed()
        return result

    def mark_sent(self) -> None:
        ids = self.markable_ids()
        if not ids:
            return
        # translate() with a literal context: a mixin's numerus tr() misses its context.
        said = QCoreApplication.translate(
            "SentMixin", "mark the letters of %Ln match(es) as sent", "", len(ids)
        )
        text = counted(said, len(ids))
        command = MarkSentCommand(self, ids, text)
        try:
            command.apply()
        except MentorDeskError as exc:
            show_failure(self, exc)
            return
        self.undo_stack.push(command)
