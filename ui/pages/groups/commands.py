"""Every board edit as a QUndoCommand over ``app.grouping.board``.

As on the Matching page, the page runs an edit once before pushing it (a refused edit
never enters the stack) and the stack's first ``redo()`` is skipped. A later step the
data no longer allows says why and leaves the stack.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.grouping import editing
from ui.commands.edits import EditCommand, WriteEditor

Editor = WriteEditor


class BoardCommand(EditCommand):
    """A board edit (see ``ui.commands.edits``)."""


class MoveCommand(BoardCommand):
    """Move one person; ``insist`` once the coordinator accepted the warnings."""

    def __init__(
        self, editor: Editor, pid: int, source: int | None, target: int | None, text: str
    ) -> None:
        super().__init__(editor, text)
        self.pid, self.source, self.target = pid, source, target
        self.insist = False

    def do(self, session: Session) -> None:
        editing.move_member(session, self.pid, self.source, self.target, insist=self.insist)

    def undo_change(self, session: Session) -> None:
        # Back where they were, even if that bends a bound: it is how the board stood.
        editing.move_member(session, self.pid, self.target, self.source, insist=True)


class LockCommand(BoardCommand):
    def __init__(self, editor: Editor, group_id: int, locked: bool, text: str) -> None:
        super().__init__(editor, text)
        self.group_id, self.locked = group_id, locked

    def do(self, session: Session) -> None:
        editing.set_locked(session, self.group_id, self.locked)

    def undo_change(self, session: Session) -> None:
        editing.set_locked(session, self.group_id, not self.locked)


class RenameCommand(BoardCommand):
    def __init__(self, editor: Editor, group_id: int, name: str, text: str) -> None:
        super().__init__(editor, text)
        self.group_id, self.name, self.old = group_id, name, ""

    def do(self, session: Session) -> None:
        self.old = editing.rename_group(session, self.group_id, self.name)

    def undo_change(self, session: Session) -> None:
        editing.rename_group(session, self.group_id, self.old)


class ConfirmCommand(BoardCommand):
    def __init__(self, editor: Editor, group_ids: Sequence[int], text: str) -> None:
        super().__init__(editor, text)
        self.group_ids = list(group_ids)

    def do(self, session: Session) -> None:
        self.group_ids = editing.confirm_groups(session, self.group_ids)

    def undo_change(self, session: Session) -> None:
        editing.unconfirm_groups(session, self.group_ids)
