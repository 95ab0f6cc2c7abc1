"""The status bar's one line: which file is open and how big the chosen cycle is."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import LIVE_MATCH_STATUSES, Match, Participant
from app.programs.service import CycleInfo
from ui.text import plural


def counts_text(database: Database, cycle: CycleInfo | None) -> str:
    """``program.db · 120 participants · 48 matches`` (two COUNT queries, instant)."""
    name = database.path.name
    if cycle is None:
        return name
    with database.read() as session:
        people = session.scalar(
            select(func.count()).select_from(Participant).where(Participant.cycle_id == cycle.id)
        )
        matches = session.scalar(
            select(func.count())
            .select_from(Match)
            .where(Match.cycle_id == cycle.id, Match.status.in_(LIVE_MATCH_STATUSES))
        )
    people_text = plural(people or 0, "participant")
    return f"{name}  ·  {people_text}  ·  {plural(matches or 0, 'match', 'matches')}"
