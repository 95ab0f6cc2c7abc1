"""A closed cycle is read-only until it is reopened: refused once, here, for every write.

A ``before_flush`` listener on every Session looks at the rows about to be added, changed or
deleted; when one belongs to a closed cycle (a participant, a pair, a group, a contact, a
letter, an import, an orientation, an agreement or its goals, a survey or its
responses) the whole flush is refused
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
    Survey,
    SurveyQuestion,
    SurveyResponse,
)
from app.errors import SafetyError

log = logging.getLogger(__name__)

CLOSED = "closed"
_WITH_CYCLE = (Participant, Match, Group, ImportRecord, Agreement, Survey)
_CYCLE_COLUMNS_FREE = {"status", "closed_at"}  # what a closed cycle's row may still change


class ClosedCycleError(SafetyError):
    """A write to a cycle that was closed by the roll-over (reopen it first)."""


def _old_and_new(obj: Any, name: str) -> list[Any]:
    """The attribute's value now and, when it changed, its persisted value too."""
    history = inspect(obj).attrs[name].history
    values = [getattr(obj, name), *history.deleted]
    return [v for v in values if v is not None]


# Rows that belong to a cycle through another row: (owner model, the column naming it).
_OWNERS: dict[type, tuple[tuple[Any, str], ...]] = {
    Meeting: ((Match, "match_id"), (Group, "group_id")),
    LetterRecord: ((Match, "match_id"), (Group, "group_id")),
    Orientation: ((Participant, "participant_id"),),
    AgreementGoal: ((Agreement, "agreement_id"),),
    SurveyQuestion: ((Survey, "survey_id"),),
    SurveyResponse: ((Survey, "survey_id"),),
}
_CHUNK = 500  # ids per IN (...) query


def _owner_refs(obj: Any) -> list[tuple[Any, int]]:
    """(owner model, owner id) of a row that belongs to a cycle through another row."""
    return [
        (model, int(value))
        for model, column in _OWNERS.get(type(obj), ())
        for value in _old_and_new(obj, column)
    ]


def _owner_cycles(session: Session, refs: Iterable[tuple[Any, int]]) -> dict[tuple[Any, int], int]:
    """The cycle of every owner row, one query per model (a contact import adds thousands)."""
    wanted: dict[Any, set[int]] = {}
    for model, row_id in refs:
        wanted.setdefault(model, set()).add(row_id)
    found: dict[tuple[Any, int], int] = {}
    for model, ids in wanted.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            query = select(model.id, model.cycle_id).where(model.id.in_(chunk))
            found.update({(model, int(i)): int(c) for i, c in session.execute(query).all()})
    return found


def _cycles_of(obj: Any, owners: dict[tuple[Any, int], int]) -> list[int]:
    """The cycle ids a row belongs to (before and after this flush's change)."""
    if isinstance(obj, _WITH_CYCLE):
        return [int(v) for v in _old_and_new(obj, "cycle_id")]
    return [owners[ref] for ref in _owner_refs(obj) if ref in owners]


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
    if not any(isinstance(o, (*_WITH_CYCLE, *_OWNERS, Cycle)) for o in touched):
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
        changed = [
            o for o in touched if o in session.new or o in session.deleted or session.is_modified(o)
        ]
        owners = _owner_cycles(session, (ref for o in changed for ref in _owner_refs(o)))
        for obj in changed:
            for cycle_id in _cycles_of(obj, owners):
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
