"""A closed cycle is read-only until it is reopened: refused once, here, for every write.

A ``before_flush`` listener on every Session looks at the rows about to be added, changed or
deleted; when one belongs to a closed cycle (a participant, a pair, a group, a contact, a
letter, an import, an orientation, an agreement or its goals) the whole flush is refused
with one sentence naming the cycle. Reopening (``status`` back to "open") and closing are
the only changes a closed cycle's own row accepts. Erasing a person for privacy uses bulk
statements that do not pass here on purpose: a person's right to be forgotten outlives the
cycle's lock.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from app.db.models import (
    Agreement,
    AgreementGoal,
    Cycle,
    Group,
    ImportRecord,
    LetterRecord,
    Match,
    Meeting,
    Orientation,
    Participant,
)
from app.errors import SafetyError

log = logging.getLogger(__name__)

CLOSED = "closed"
_WITH_CYCLE = (Participant, Match, Group, ImportRecord, Agreement)
_CYCLE_COLUMNS_FREE = {"status", "closed_at"}  # what a closed cycle's row may still change


class ClosedCycleError(SafetyError):
    """A write to a cycle that was closed by the roll-over (reopen it first)."""


def _old_and_new(obj: Any, name: str) -> list[Any]:
    """The attribute's value now and, when it changed, its persisted value too."""
    history = inspect(obj).attrs[name].history
    values = [getattr(obj, name), *history.deleted]
    return [v for v in values if v is not None]


def _cycles_of(session: Session, obj: Any) -> list[int]:
    """The cycle ids a row belongs to (before and after this flush's change)."""
    if isinstance(obj, _WITH_CYCLE):
        return [int(v) for v in _old_and_new(obj, "cycle_id")]
    if isinstance(obj, Meeting):
        found = [_owner_cycle(session, Match, v) for v in _old_and_new(obj, "match_id")]
        found += [_owner_cycle(session, Group, v) for v in _old_and_new(obj, "group_id")]
        return [c for c in found if c is not None]
    if isinstance(obj, LetterRecord):
        return _some(_owner_cycle(session, Match, v) for v in _old_and_new(obj, "match_id"))
    if isinstance(obj, Orientation):
        ids = _old_and_new(obj, "participant_id")
        return _some(_owner_cycle(session, Participant, v) for v in ids)
    if isinstance(obj, AgreementGoal):
        ids = _old_and_new(obj, "agreement_id")
        return _some(_owner_cycle(session, Agreement, v) for v in ids)
    return []


def _some(values: Iterable[int | None]) -> list[int]:
    return [v for v in values if v is not None]


def _owner_cycle(session: Session, model: Any, row_id: int) -> int | None:
    owner = session.identity_map.get(inspect(model).identity_key_from_primary_key((row_id,)))
    if owner is not None:
        return int(owner.cycle_id)
    found = session.scalar(select(model.cycle_id).where(model.id == row_id))
    return None if found is None else int(found)


def _touched_cycle_rows(session: Session) -> list[Cycle]:
    """Closed cycles whose own row is changed in other columns than status/closed_at."""
    refused = []
    for obj in session.dirty:
        if not isinstance(obj, Cycle) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        status = state.attrs["status"].history
        was = status.deleted[0] if status.deleted else obj.status
        changed = {a.key for a in state.attrs if a.history.has_changes()}
        if was == CLOSED and obj.status == CLOSED and changed - _CYCLE_COLUMNS_FREE:
            refused.append(obj)
    return refused


def _status_changing(session: Session) -> set[int]:
    """Cycles closed or reopened in this very flush: their other rows may still change."""
    return {
        obj.id
        for obj in session.dirty
        if isinstance(obj, Cycle) and inspect(obj).attrs["status"].history.has_changes()
    }


def refuse_closed_cycle_writes(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush``: refuse the flush when it would change a closed cycle."""
    touched = [*session.new, *session.dirty, *session.deleted]
    if not any(
        isinstance(o, (*_WITH_CYCLE, Meeting, LetterRecord, Orientation, AgreementGoal, Cycle))
        for o in touched
    ):
        return
    with session.no_autoflush:
        query = select(Cycle.id, Cycle.label).where(Cycle.status == CLOSED)
        closed = {int(i): str(label) for i, label in session.execute(query).all()}
        if not closed:
            return
        for cycle in _touched_cycle_rows(session):
            raise _refusal(closed.get(cycle.id, cycle.label))
        for cycle_id in _status_changing(session):
            closed.pop(cycle_id, None)
        for obj in touched:
            if session.is_modified(obj) or obj in session.new or obj in session.deleted:
                for cycle_id in _cycles_of(session, obj):
                    if cycle_id in closed:
                        raise _refusal(closed[cycle_id])


def _refusal(label: str) -> ClosedCycleError:
    from app.cycles.messages import sentence

    log.info("Refused a write to a closed cycle")
    return ClosedCycleError(sentence("cycles.closed", label=label))


def install() -> None:
    """Listen on every Session (idempotent)."""
    if not event.contains(Session, "before_flush", refuse_closed_cycle_writes):
        event.listen(Session, "before_flush", refuse_closed_cycle_writes)


install()
