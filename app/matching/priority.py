"""Serving first the mentees left unmatched in the program's previous cycle.

"Unmatched last cycle": the person took part in the program's previous cycle in a mentee
role (any rung below the top of the ladder) and had no match there that was confirmed or
went further (confirmed, notified, active or ended). The previous cycle is the one that
comes just before, by start date (its creation date when it has none), then by id.

They are served first lexicographically: a bonus larger than any possible difference in
total score is added to their rows before solving, so the number of them matched is the
largest possible before the total score counts. The bonus is a whole number (a multiple of
the score quantum), so equal scores stay equal and the solver's tie-breaks are unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

import numpy as np
import numpy.typing as npt
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Cycle, Match, Participant, Program
from app.matching.loading import CONTINUITY_STATUSES


def _order(cycle: Cycle) -> tuple[dt.date, int]:
    start = cycle.starts_on or (cycle.created_at.date() if cycle.created_at else dt.date.min)
    return (start, cycle.id)


def previous_cycle(session: Session, cycle_id: int) -> Cycle | None:
    """The program's cycle just before ``cycle_id`` (None for its first cycle)."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        return None
    others = session.scalars(select(Cycle).where(Cycle.program_id == cycle.program_id))
    earlier = [c for c in others if _order(c) < _order(cycle)]
    return max(earlier, key=_order, default=None)


def unmatched_last_cycle(session: Session, cycle_id: int) -> set[int]:
    """Person ids of the mentees the program's previous cycle left unmatched (not those
    who withdrew)."""
    before = previous_cycle(session, cycle_id)
    if before is None:
        return set()
    program = session.get(Program, before.program_id)
    mentee_roles = list(program.role_ladder[1:]) if program is not None else []
    went_ahead = select(Match.mentee_id).where(
        Match.cycle_id == before.id, Match.status.in_(CONTINUITY_STATUSES)
    )
    query = select(Participant.person_id).where(
        Participant.cycle_id == before.id,
        Participant.role.in_(mentee_roles),
        # Someone who withdrew chose to leave; they were not left waiting by the program.
        Participant.status != "withdrawn",
        Participant.id.not_in(went_ahead),
    )
    return set(session.scalars(query))


def priority_bonus(n_rows: int, capacities: Sequence[int]) -> float:
    """More than any difference in total score: scores are in [0, 1] and no assignment has
    more pairs than mentees or places, so one more priority mentee always wins."""
    places = sum(max(0, int(c)) for c in capacities)
    return float(min(n_rows, places) + 1)


def with_priority(
    scores: npt.NDArray[np.float64], rows: Collection[int], capacities: Sequence[int]
) -> npt.NDArray[np.float64]:
    """A copy of ``scores`` with the bonus on ``rows`` (the original is left as it is)."""
    boosted = np.array(scores, dtype=np.float64, copy=True)
    if rows:
        boosted[sorted(rows)] += priority_bonus(boosted.shape[0], capacities)
    return boosted
