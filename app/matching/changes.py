"""Taking matching edits back: delete, restore, unconfirm and reopen matches (audited).

These are what undo needs on top of ``service``: a deleted match keeps a snapshot of its
row, and restoring it puts the same row (same id) back, so later undo steps that name the
match still find it. Only matches nobody has been told about yet can be deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import (
    LIVE_MATCH_STATUSES,
    LetterRecord,
    Match,
    Meeting,
    Participant,
)
from app.errors import NotFoundError, RuleViolationError
from app.matching.messages import sentence

DELETABLE_STATUSES = ("proposed", "confirmed")
_FIELDS = (
    *("id", "cycle_id", "mentor_id", "mentee_id", "status", "origin", "score", "reasons"),
    *("pinned", "end_reason"),
)
_TIMES = ("created_at", "confirmed_at", "notified_at", "ended_at")


def _match(session: Session, match_id: int) -> Match:
    match = session.get(Match, match_id)
    if match is None:
        raise NotFoundError(sentence("matching.match_gone"))
    return match


def snapshot(match: Match) -> dict[str, Any]:
    """The match's row as plain data (times as ISO text)."""
    data: dict[str, Any] = {name: getattr(match, name) for name in _FIELDS}
    data["reasons"] = list(match.reasons or [])
    for name in _TIMES:
        value = getattr(match, name)
        data[name] = value.isoformat() if value is not None else None
    return data


def delete_match(session: Session, match_id: int, why: str = "") -> dict[str, Any]:
    """Delete a proposed or confirmed match nobody was told about; returns its snapshot."""
    match = _match(session, match_id)
    if match.status not in DELETABLE_STATUSES:
        raise RuleViolationError(sentence("matching.remove_announced"))
    if match.pinned:
        raise RuleViolationError(sentence("matching.remove_pinned"))
    meetings = session.scalar(select(func.count()).where(Meeting.match_id == match_id))
    letters = session.scalar(select(func.count()).where(LetterRecord.match_id == match_id))
    if meetings or letters:
        raise RuleViolationError(sentence("matching.remove_recorded"))
    kept = snapshot(match)
    audit.record(
        session,
        "delete",
        "match",
        match.id,
        cycle_id=match.cycle_id,
        mentor_id=match.mentor_id,
        mentee_id=match.mentee_id,
        status=match.status,
        why=why,
    )
    session.delete(match)
    session.flush()
    return kept


def restore_match(session: Session, kept: dict[str, Any], why: str = "") -> int:
    """Put a deleted match back exactly as it was (same id); refuses if that clashes."""
    match_id = int(kept["id"])
    if session.get(Match, match_id) is not None:
        raise RuleViolationError(sentence("matching.restore_replaced"))
    people = {int(kept["mentor_id"]), int(kept["mentee_id"])}
    found = set(session.scalars(select(Participant.id).where(Participant.id.in_(people))))
    if found != people:
        raise NotFoundError(sentence("matching.restore_person_removed"))
    _refuse_if_rematched(session, int(kept["mentee_id"]), kept["status"], match_id)
    values: dict[str, Any] = {name: kept[name] for name in _FIELDS}
    for name in _TIMES:
        text = kept.get(name)
        values[name] = dt.datetime.fromisoformat(text) if text else None
    session.add(Match(**values))
    session.flush()
    audit.record(session, "restore", "match", match_id, why=why)
    return match_id


def _refuse_if_rematched(session: Session, mentee_id: int, status: str, match_id: int) -> None:
    if status not in LIVE_MATCH_STATUSES:
        return
    other = session.scalar(
        select(func.count()).where(
            Match.mentee_id == mentee_id,
            Match.id != match_id,
            Match.status.in_(LIVE_MATCH_STATUSES),
        )
    )
    if other:
        raise RuleViolationError(sentence("matching.mentee_rematched"))


def unconfirm_matches(session: Session, match_ids: Iterable[int]) -> int:
    """Set confirmed matches back to proposed (nobody was told yet); returns how many."""
    changed = 0
    for match_id in dict.fromkeys(match_ids):
        match = _match(session, match_id)
        if match.status != "confirmed":
            continue
        match.status = "proposed"
        match.confirmed_at = None
        audit.record(session, "unconfirm", "match", match.id)
        changed += 1
    return changed


def reopen_match(session: Session, match_id: int, status: str, why: str = "") -> None:
    """Take back the end of a match: it is live again with ``status``."""
    if status not in LIVE_MATCH_STATUSES:
        raise ValueError(f"not a live status: {status!r}")
    match = _match(session, match_id)
    if match.status != "ended":
        raise RuleViolationError(sentence("matching.not_ended"))
    _refuse_if_rematched(session, match.mentee_id, status, match.id)
    match.status = status
    match.ended_at = None
    match.end_reason = ""
    match.end_category = ""
    audit.record(session, "reopen", "match", match.id, status=status, why=why)
