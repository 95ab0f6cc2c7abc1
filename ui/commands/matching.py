"""Every matching edit as a QUndoCommand over the matching services.

The page runs an edit once before pushing it (so a refused edit never enters the stack);
the stack's first ``redo()`` is then skipped. Later undo/redo steps run in their own
transaction; a step the data no longer allows (someone was matched again meanwhile) says
why and leaves the stack, so the coordinator is never stuck on it.

Deleted matches come back with their old id (``restore_match``), so commands further down
the stack that name a match keep working.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from app.errors import MentorDeskError
from app.matching import changes, service, settings_service
from ui.commands.edits import EditCommand

T = TypeVar("T")
UNDO = "undo"


class Editor(Protocol):
    """What commands need from the page: a write transaction, proposals, error display."""

    def write(self, action: Callable[[Session], T]) -> T: ...

    def show_error(self, exc: MentorDeskError) -> None: ...

    def take_proposals(self, keys: set[tuple[int, int]]) -> list[Any]: ...

    def give_back_proposals(self, matches: list[Any]) -> None: ...


class MatchingCommand(EditCommand):
    """A matching edit; its editor also hands proposals over and back."""

    editor: Editor

    def __init__(self, editor: Editor, text: str) -> None:
        super().__init__(editor, text)


class PairCommand(MatchingCommand):
    def __init__(
        self,
        editor: Editor,
        cycle_id: int,
        mentor_id: int,
        mentee_id: int,
        override: str,
        text: str,
    ) -> None:
        super().__init__(editor, text)
        self.cycle_id, self.mentor_id, self.mentee_id = cycle_id, mentor_id, mentee_id
        self.override = override
        self.kept: dict[str, Any] | None = None
        self.match_id: int | None = None

    def do(self, session: Session) -> None:
        if self.kept is not None:
            self.match_id = changes.restore_match(session, self.kept, UNDO)
            return
        self.match_id = service.create_manual_match(
            session, self.cycle_id, self.mentor_id, self.mentee_id, override_reason=self.override
        )

    def undo_change(self, session: Session) -> None:
        assert self.match_id is not None
        self.kept = changes.delete_match(session, self.match_id, UNDO)


class RemoveMatchCommand(MatchingCommand):
    """Unpair (delete a proposed or confirmed match) or reject a saved proposal."""

    def __init__(self, editor: Editor, match_id: int, text: str, reject: bool = False) -> None:
        super().__init__(editor, text)
        self.match_id, self.reject = match_id, reject
        self.kept: dict[str, Any] | None = None

    def do(self, session: Session) -> None:
        if self.reject:
            from app.db.models import Match

            match = session.get(Match, self.match_id)
            self.kept = changes.snapshot(match) if match is not None else None
            service.reject_match(session, self.match_id)
        else:
            self.kept = changes.delete_match(session, self.match_id, "unpaired")

    def undo_change(self, session: Session) -> None:
        assert self.kept is not None
        changes.restore_match(session, self.kept, UNDO)


class PinCommand(MatchingCommand):
    def __init__(self, editor: Editor, match_id: int, pinned: bool, text: str) -> None:
        super().__init__(editor, text)
        self.match_id, self.pinned = match_id, pinned

    def do(self, session: Session) -> None:
        service.set_pinned(session, self.match_id, self.pinned)

    def undo_change(self, session: Session) -> None:
        service.set_pinned(session, self.match_id, not self.pinned)


class BanCommand(MatchingCommand):
    def __init__(
        self, editor: Editor, program_id: int, people: tuple[int, int], reason: str, text: str
    ) -> None:
        super().__init__(editor, text)
        self.program_id, self.people, self.reason = program_id, people, reason

    def do(self, session: Session) -> None:
        settings_service.add_never_pair(session, self.program_id, *self.people, self.reason)

    def undo_change(self, session: Session) -> None:
        settings_service.remove_never_pair(session, self.program_id, *self.people)


class AcceptCommand(MatchingCommand):
    """Save proposals as confirmed matches; undo deletes them and offers them again."""

    def __init__(self, editor: Editor, cycle_id: int, proposal: Any, text: str) -> None:
        super().__init__(editor, text)
        self.cycle_id, self.proposal = cycle_id, proposal
        self.kept: list[dict[str, Any]] = []
        self.ids: list[int] = []

    def do(self, session: Session) -> None:
        if self.kept:
            self.ids = [changes.restore_match(session, k, UNDO) for k in self.kept]
        else:
            self.ids = service.apply_proposal(session, self.cycle_id, self.proposal, confirm=True)
        self.editor.take_proposals({(m.mentor_id, m.mentee_id) for m in self.proposal.matches})

    def undo_change(self, session: Session) -> None:
        self.kept = [changes.delete_match(session, i, UNDO) for i in self.ids]
        self.editor.give_back_proposals(list(self.proposal.matches))


class DropProposalsCommand(MatchingCommand):
    """Reject proposals not saved yet: they only leave the list."""

    def __init__(self, editor: Editor, matches: list[Any], text: str) -> None:
        super().__init__(editor, text)
        self.matches = matches

    def do(self, session: Session) -> None:
        self.editor.take_proposals({(m.mentor_id, m.mentee_id) for m in self.matches})

    def undo_change(self, session: Session) -> None:
        self.editor.give_back_proposals(self.matches)


class ConfirmCommand(MatchingCommand):
    def __init__(self, editor: Editor, match_ids: list[int], text: str) -> None:
        super().__init__(editor, text)
        self.match_ids = match_ids

    def do(self, session: Session) -> None:
        service.confirm_matches(session, self.match_ids)

    def undo_change(self, session: Session) -> None:
        changes.unconfirm_matches(session, self.match_ids)


class EndCommand(MatchingCommand):
    def __init__(
        self, editor: Editor, match_id: int, status: str, reason: str, text: str, category: str = ""
    ) -> None:
        super().__init__(editor, text)
        self.match_id, self.status, self.reason = match_id, status, reason
        self.category = category

    def do(self, session: Session) -> None:
        service.end_match(session, self.match_id, self.reason, self.category)

    def undo_change(self, session: Session) -> None:
        changes.reopen_match(session, self.match_id, self.status, UNDO)


def proposal_part(proposal: Any, matches: list[Any]) -> Any:
    """The proposal limited to ``matches`` (what accepting some of it saves)."""
    return dataclasses.replace(proposal, matches=list(matches))
