"""Deleting a person for good: every cycle, match, contact and letter record of theirs.

Used from the roster ("Delete person…") and by data stewardship. The deletion runs with
``secure_delete`` on and is followed by a VACUUM and a WAL checkpoint, so the deleted
values do not linger in free pages of the file or in the write-ahead log.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy import delete, select

from app import audit
from app.db.engine import Database
from app.db.models import LetterRecord, Match, Meeting, Participant, Person, group_member
from app.errors import NotFoundError, UnusableInputError
from app.roster.messages import sentence

log = logging.getLogger(__name__)


def delete_person(db: Database, person_id: int, *, reason: str) -> None:
    """Delete a person and everything about them, in every cycle, for good.

    Their participations, matches (and so their partners' matches with them), the
    contacts logged for those matches and the letter records go in one transaction with
    ``secure_delete`` on, audited with ``reason`` and ids only. The database is then
    vacuumed so nothing of theirs survives in free pages or the write-ahead log.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise UnusableInputError(sentence("roster.deletion_reason"))
    with db.write() as session:
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        if session.get(Person, person_id) is None:
            raise NotFoundError(sentence("roster.person_gone"))
        participant_ids = list(
            session.scalars(select(Participant.id).where(Participant.person_id == person_id))
        )
        pair = Match.mentor_id.in_(participant_ids) | Match.mentee_id.in_(participant_ids)
        match_ids = list(session.scalars(select(Match.id).where(pair)))
        meetings = session.execute(delete(Meeting).where(Meeting.match_id.in_(match_ids)))
        session.execute(
            delete(LetterRecord).where(
                LetterRecord.match_id.in_(match_ids)
                | LetterRecord.recipient_id.in_(participant_ids)
            )
        )
        session.execute(
            delete(group_member).where(group_member.c.participant_id.in_(participant_ids))
        )
        session.execute(delete(Match).where(Match.id.in_(match_ids)))
        session.execute(delete(Participant).where(Participant.id.in_(participant_ids)))
        session.execute(delete(Person).where(Person.id == person_id))
        audit.record(
            session,
            "delete_person",
            "person",
            person_id,
            reason=reason,
            participants=participant_ids,
            matches=match_ids,
            meetings=_rowcount(meetings),
        )
    _vacuum(db)


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _vacuum(db: Database) -> None:
    """Rewrite the file and empty the WAL; the deletion itself is already committed."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    except sqlite3.OperationalError:
        # Another window reading the file blocks VACUUM; the rows are gone regardless and
        # the next vacuum (or backup rotation) reclaims the pages.
        log.warning("Could not vacuum the database after deleting a person")
    finally:
        raw.close()
