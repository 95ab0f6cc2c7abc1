"""Marking a group's letters as sent: the moment a confirmed group is told.

Writing group letters only makes a PDF; whether they reached the group is known only to the
coordinator. As a pair's letters notify its match (``app.letters.sent``), marking a group's
letters as sent keeps the moment on the group (``Group.letters_sent_at``), for a confirmed
or active group with letters in the log; unmarking takes it back (the undo of the same
action). Both run in the caller's transaction and leave one audit event per group.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Group, LetterRecord, utcnow
from app.errors import RuleViolationError
from app.letters.group_messages import sentence
from app.letters.group_service import LETTER_GROUP_STATUSES

log = logging.getLogger(__name__)


def groups_with_letters(session: Session, group_ids: Iterable[int]) -> set[int]:
    """The groups among ``group_ids`` with at least one letter in the log."""
    wanted = list(dict.fromkeys(group_ids))
    return set(
        session.scalars(
            select(LetterRecord.group_id).where(LetterRecord.group_id.in_(wanted)).distinct()
        )
    )


def mark_group_letters_sent(session: Session, group_ids: Iterable[int]) -> list[int]:
    """Mark as sent the letters of the chosen confirmed or active groups that have letters
    and are not marked yet; returns their ids. When none is left to mark, nothing changes
    and the refusal says why."""
    wanted = list(dict.fromkeys(group_ids))
    written = groups_with_letters(session, wanted)
    now = utcnow()
    marked: list[int] = []
    for group_id in wanted:
        group = session.get(Group, group_id)
        if (
            group is None
            or group.status not in LETTER_GROUP_STATUSES
            or group.letters_sent_at is not None
            or group_id not in written
        ):
            continue
        group.letters_sent_at = now
        audit.record(session, "letters_sent", "group", group.id)
        marked.append(group_id)
    if not marked:
        raise RuleViolationError(sentence("letters.no_group_to_mark"))
    session.flush()
    log.info("marked the letters of %d groups as sent", len(marked))
    return marked


def unmark_group_letters_sent(session: Session, group_ids: Iterable[int]) -> int:
    """Take back a marking: the chosen groups' letters are no longer marked as sent."""
    taken = 0
    for group_id in dict.fromkeys(group_ids):
        group = session.get(Group, group_id)
        if group is None or group.letters_sent_at is None:
            continue
        group.letters_sent_at = None
        audit.record(session, "letters_unsent", "group", group.id, why="undo")
        taken += 1
    session.flush()
    return taken
