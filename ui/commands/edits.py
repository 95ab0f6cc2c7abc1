"""The undo/redo step shared by every page that edits through write transactions.

A page runs an edit once before pushing it (``apply``: a refused edit never enters the
stack), so the stack's first ``redo()`` is skipped. Later undo/redo steps run in their own
transaction; a step the data no longer allows says why and leaves the stack, so the
coordinator is never stuck on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from app.errors import MentorDeskError

T = TypeVar("T")


class WriteEditor(Protocol):
    """What an edit needs from its page: a write transaction and a way to say errors."""

    def write(self, action: Callable[[Session], T]) -> T: ...

    def show_error(self, exc: MentorDeskError) -> None: ...


class EditCommand(QUndoCommand):
    """Runs ``do``/``undo_change`` bodies in a write transaction; ``apply`` is the first run."""

    def __init__(self, editor: WriteEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self._applied = False

    def apply(self) -> None:
        """Do the edit now (raises the user error if refused)."""
        self.editor.write(self.do)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the page already did it once
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_change)

    def _run(self, body: Callable[[Session], None]) -> None:
        try:
            self.editor.write(body)
        except MentorDeskError as exc:
            self.editor.show_error(exc)
            self.setObsolete(True)

    def do(self, session: Session) -> None:
        raise NotImplementedError

    def undo_change(self, session: Session) -> None:
        raise NotImplementedError
