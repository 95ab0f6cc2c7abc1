"""Marking letters as sent: the moment a confirmed pair is notified.

Writing letters (or email drafts) only makes files; whether they reached the pair is known
only to the coordinator. Marking them as sent moves each chosen confirmed match that has a
letter in the log to ``notified``, in the caller's transaction; unmarking takes it back
(the undo of the same action).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import LetterRecord, Match, utcnow
from app.errors import RuleViolationError
from app.sentences import sentence

log = logging.getLogger(__name__)


def mark_letters_sent(session: Session, match_ids: Iterable[int]) -> list[int]:
    """Notify the chosen confirmed matches whose letters were written; returns their ids.

    Matches not confirmed (already notified, proposed, ended) or without a letter are left
    as they are; when none is left to mark, nothing changes and the refusal says why.
    """
    wanted = list(dict.fromkeys(match_ids))
    with_letters = set(
        session.scalars(
            select(LetterRecord.match_id).where(LetterRecord.match_id.in_(wanted)).distinct()
        )
    )
    now = utcnow()
    marked: list[int] = []
    for match_id in wanted:
        match = session.get(Match, match_id)
        if match is None or match.status != "confirmed" or match_id not in with_letters:
            continue
        match.status = "notified"
        match.notified_at = now
        audit.record(session, "set_status:notified", "match", match.id)
        marked.append(match_id)
    if not marked:
        raise RuleViolationError(sentence("letters.none_to_mark"))
    session.flush()
    log.info("marked the letters of %d matches as sent", len(marked))
    return marked


def unmark_letters_sent(session: Session, match_ids: Iterable[int]) -> int:
    """Take back a marking: the notified matches among ``match_ids`` are confirmed again."""
    taken = 0
    for match_id in dict.fromkeys(match_ids):
        match = session.get(Match, match_id)
        if match is None or match.status != "notified":
            continue
        match.status = "confirmed"
        match.notified_at = None
        audit.record(session, "set_status:confirmed", "match", match.id, why="undo")
        taken += 1
    session.flush()
    return taken
