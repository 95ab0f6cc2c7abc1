"""The goals of an agreement one at a time, and the mid-year and end-of-year reviews.

Like :mod:`app.agreements.service`, each function is one coordinator action in the caller's
write transaction, audited there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy.orm import Session

from app import audit
from app.agreements.messages import sentence
from app.agreements.service import (
    MAX_GOALS,
    REVIEW_STAGES,
    GoalDraft,
    check_goal,
    check_status,
    load_agreement,
    set_goals,
)
from app.db.models import GOAL_STATUSES, AgreementGoal
from app.errors import NotFoundError, RuleViolationError, UnusableInputError

# -- goals one at a time ---------------------------------------------------------------


def add_goal(session: Session, agreement_id: int, goal: GoalDraft) -> int:
    """A goal added at the end of the agreement's list; its id."""
    agreement = load_agreement(session, agreement_id)
    if len(agreement.goals) >= MAX_GOALS:
        raise UnusableInputError(sentence("agreements.too_many_goals", most=MAX_GOALS))
    check_goal(len(agreement.goals) + 1, goal)
    drafts = [_as_draft(g) for g in agreement.goals] + [goal]
    set_goals(agreement, drafts)
    session.flush()
    added = agreement.goals[-1].id
    audit.record(session, "add_goal", "agreement", agreement_id, goal_id=added)
    return added


def _as_draft(goal: AgreementGoal) -> GoalDraft:
    return GoalDraft(goal.text, goal.target_on, goal.status, goal.note, goal.id)


def _goal(session: Session, goal_id: int) -> AgreementGoal:
    goal = session.get(AgreementGoal, goal_id)
    if goal is None:
        raise NotFoundError(sentence("agreements.goal_gone"))
    return goal


def remove_goal(session: Session, goal_id: int) -> None:
    goal = _goal(session, goal_id)
    agreement = goal.agreement
    set_goals(agreement, [_as_draft(g) for g in agreement.goals if g.id != goal_id])
    session.flush()
    audit.record(session, "remove_goal", "agreement", agreement.id, goal_id=goal_id)


def move_goal(session: Session, goal_id: int, offset: int) -> None:
    """Move a goal up (``-1``) or down (``+1``) the list; past either end it stays."""
    goal = _goal(session, goal_id)
    agreement = goal.agreement
    goals = sorted(agreement.goals, key=lambda g: (g.position, g.id))
    index = goals.index(goal)
    target = max(0, min(len(goals) - 1, index + offset))
    goals.insert(target, goals.pop(index))
    for position, item in enumerate(goals):
        item.position = position
    session.flush()
    audit.record(session, "move_goal", "agreement", agreement.id, goal_id=goal_id, to=target)


# -- reviews ---------------------------------------------------------------------------


def review_goals(
    session: Session,
    agreement_id: int,
    stage: str,
    statuses: Mapping[int, str],
    on: dt.date | None = None,
) -> None:
    """The mid-year (``"mid"``) or end-of-year (``"end"``) review: each goal's status.

    Goals left out of ``statuses`` keep their current status, reviewed as it is. A goal's
    status follows its latest review: the end-of-year one once it was made.
    """
    if stage not in REVIEW_STAGES:
        raise UnusableInputError(sentence("agreements.bad_stage", stage=stage))
    agreement = load_agreement(session, agreement_id)
    if not agreement.goals:
        raise RuleViolationError(sentence("agreements.no_goals"))
    known = {g.id for g in agreement.goals}
    if any(goal_id not in known for goal_id in statuses):
        raise NotFoundError(sentence("agreements.goal_gone"))
    for status in statuses.values():
        check_status(status)
    day = on or dt.date.today()
    for goal in agreement.goals:
        status = statuses.get(goal.id, goal.status)
        if stage == "mid":
            goal.mid_status, goal.mid_reviewed_on = status, day
        else:
            goal.end_status, goal.end_reviewed_on = status, day
        goal.status = goal.end_status or goal.mid_status or goal.status
    session.flush()
    counts = {s: sum(g.status == s for g in agreement.goals) for s in GOAL_STATUSES}
    audit.record(session, f"review_goals_{stage}", "agreement", agreement_id, **counts)
