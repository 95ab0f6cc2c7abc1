"""Small helpers to put realistic people into a test database."""

from __future__ import annotations

from typing import Any

from app.db.engine import Database
from app.programs.service import CycleInfo
from app.roster.service import add_participant


def add_people(
    db: Database, cycle: CycleInfo, role_index: int, people: list[dict[str, Any]]
) -> list[int]:
    """Add participants in the ladder's role ``role_index`` (0 = most senior); returns ids."""
    role = cycle.role_ladder[role_index]
    with db.write() as session:
        return [add_participant(session, cycle.id, role, **person) for person in people]


def mentor(email: str, first: str, last: str = "Mentor", **fields: Any) -> dict[str, Any]:
    return {"email": email, "first_name": first, "last_name": last, **fields}


mentee = mentor
