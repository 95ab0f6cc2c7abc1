"""Shared helpers for the matching tests."""

from __future__ import annotations

from typing import Any

from app.db.engine import Database
from app.db.models import Program
from app.matching.profile import Profile


def profile(pid: int = 1, **fields: Any) -> Profile:
    """A profile from plain data; ``pid`` doubles as the person id unless given."""
    return Profile.from_dict({"id": pid, **fields})


def set_matching(db: Database, program_id: int, **matching: Any) -> None:
    """Store matching settings on the program (replacing earlier ones)."""
    with db.write() as session:
        program = session.get(Program, program_id)
        assert program is not None
        program.settings = {**program.settings, "matching": matching}
