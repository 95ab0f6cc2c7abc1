"""Safety and boundary notes of a pair or a group: the coordinator's eyes only.

The note lives on the match or group row (schema 0006). It is shown in the window to the
coordinator and written out only by an export that explicitly asks for it
(``app.roster.export.export(..., include_safety_notes=True)``); letters, e-mail drafts,
reports and the audit trail never carry its words.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app import audit
from app.db.models import Group, Match
from app.errors import NotFoundError, UnusableInputError
from app.meetings.group_messages import sentence

MAX_NOTE = 4000


def _clean(text: str) -> str:
    note = text.strip()
    if len(note) > MAX_NOTE:
        raise UnusableInputError(sentence("meetings.safety_note_too_long", most=MAX_NOTE))
    return note


def safety_note(
    session: Session, *, match_id: int | None = None, group_id: int | None = None
) -> str:
    """The note of one pair or one group ("" when none)."""
    owner = _owner(session, match_id, group_id)
    return owner.safety_note or ""


def set_safety_note(
    session: Session, text: str, *, match_id: int | None = None, group_id: int | None = None
) -> None:
    """Replace the note of one pair or one group (an empty text removes it)."""
    owner = _owner(session, match_id, group_id)
    owner.safety_note = _clean(text)
    session.flush()
    kind = "match" if match_id is not None else "group"
    # Whether a note exists, never its words.
    audit.record(session, "safety_note", kind, owner.id, present=bool(owner.safety_note))


def _owner(session: Session, match_id: int | None, group_id: int | None) -> Match | Group:
    if (match_id is None) == (group_id is None):
        raise ValueError("give exactly one of match_id and group_id")
    if match_id is not None:
        match = session.get(Match, match_id)
        if match is None:
            raise NotFoundError(sentence("meetings.match_gone"))
        return match
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(sentence("meetings.group_gone"))
    return group
