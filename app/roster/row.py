"""One line of the roster table, as plain data.

Kept apart from ``app.roster.service`` so the window's first paint (``app.roster.first_page``)
and the roster's table model can use it without importing SQLAlchemy and the models.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


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


def row_from_columns(
    r: Sequence[Any], bottom: str | None, as_list: Callable[[Any], Any] = lambda v: v
) -> ParticipantRow:
    """A roster line from the roster query's columns, in the order both of its readers select
    them (the first paint's plain read and ``list_participants``); ``as_list`` turns a JSON
    column into a list (the plain read gets text, SQLAlchemy already decoded it); ``bottom`` is
    the ladder's last rung (None on a one-rung ladder), the only role that mentors no one."""
    return ParticipantRow(
        id=r[0],
        person_id=r[1],
        first_name=r[2],
        last_name=r[3],
        preferred_name=r[4],
        email=r[5],
        phone=r[6],
        role=r[7],
        institution=r[8],
        stage=r[9],
        city=r[10],
        province=r[11],
        languages=tuple(as_list(r[12]) or ()),
        interests=tuple(as_list(r[13]) or ()),
        capacity=r[14],
        status=r[15],
        returning=bool(r[16]),
        matched=bool(r[17]),
        preferred_language=r[18],
        language_source=r[19],
        mentors=r[7] != bottom,
    )
