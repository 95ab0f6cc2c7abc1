"""What every page knows of the chosen cycle, as plain data.

Kept apart from ``app.programs.service`` so the window's first paint (``app.roster.first_page``)
can describe the cycles without importing SQLAlchemy and the models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

CLOSED = "closed"
"""The status of a cycle carried into its next one (``app.cycles.guard`` keeps it read-only)."""


@dataclass(frozen=True)
class CycleInfo:
    """A cycle with its program's name and role ladder, as the pages and commands show it."""

    id: int
    program_id: int
    program_name: str
    label: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    status: str
    role_ladder: tuple[str, ...]

    @property
    def title(self) -> str:
        return f"{self.program_name} — {self.label}"
