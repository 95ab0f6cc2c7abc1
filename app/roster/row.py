"""One line of the roster table, as plain data.

Kept apart from ``app.roster.service`` so the window's first paint (``app.roster.first_page``)
and the roster's table model can use it without importing SQLAlchemy and the models.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the roster table."""

    id: int
    person_id: int
    first_name: str
    last_name: str
    preferred_name: str
    email: str
    phone: str
    role: str
    institution: str
    stage: str
    city: str
    province: str
    languages: tuple[str, ...]
    interests: tuple[str, ...]
    capacity: int
    status: str
    returning: bool
    matched: bool
    preferred_language: str = "en"  # the language of their letters
    language_source: str = "unknown"  # how it was decided (app.db.models.LANGUAGE_SOURCES)
    # (answer key, value) of answers a program may mark sensitive (app.programs.sensitive).
    sensitive: tuple[tuple[str, str], ...] = ()
    # "" when the role has no eligibility rules, else "eligible" or "not_eligible" with the
    # rules failed (app.eligibility, filled by ``annotate_rows``), and any orientation.
    eligibility: str = ""
    eligibility_reasons: tuple[str, ...] = ()
    has_orientation: bool = False
    # Whether the role mentors someone (any rung but the program ladder's last): only
    # then does capacity mean anything.
    mentors: bool = True

    @property
    def name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()
