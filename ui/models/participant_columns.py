"""The columns of the roster table: title, text, sort key, and whether shown at first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.roster.service import ParticipantRow
from ui.models.search import fold

STATUS_LABELS = {"active": "Active", "withdrawn": "Withdrawn"}


@dataclass(frozen=True)
class RosterColumn:
    title: str
    text: Callable[[ParticipantRow], str]
    sort_key: Callable[[ParticipantRow], Any]
    tooltip: str = ""
    shown_by_default: bool = True
    width: int = 14  # starting width in average characters


def _yes(flag: bool) -> str:
    return "Yes" if flag else ""


COLUMNS: tuple[RosterColumn, ...] = (
    RosterColumn(
        "Name", lambda r: r.name, lambda r: (fold(r.last_name), fold(r.first_name)), width=22
    ),
    RosterColumn("Email", lambda r: r.email, lambda r: r.email.casefold(), width=26),
    RosterColumn("Phone", lambda r: r.phone, lambda r: r.phone, shown_by_default=False),
    RosterColumn("Role", lambda r: r.role, lambda r: r.role, width=16),
    RosterColumn("Institution", lambda r: r.institution, lambda r: fold(r.institution), width=24),
    RosterColumn(
        "Stage",
        lambda r: r.stage,
        lambda r: fold(r.stage),
        "Year of study or PGY",
        shown_by_default=False,
    ),
    RosterColumn("City", lambda r: r.city, lambda r: fold(r.city), width=12),
    RosterColumn("Province", lambda r: r.province, lambda r: r.province, width=13),
    RosterColumn("Languages", lambda r: ", ".join(r.languages), lambda r: r.languages, width=15),
    RosterColumn("Interests", lambda r: ", ".join(r.interests), lambda r: r.interests, width=30),
    RosterColumn(
        "Capacity",
        lambda r: str(r.capacity),
        lambda r: r.capacity,
        "How many mentees a mentor can take",
        width=8,
    ),
    RosterColumn(
        "Status",
        lambda r: STATUS_LABELS.get(r.status, r.status),
        lambda r: r.status,
        width=10,
    ),
    RosterColumn(
        "Returning",
        lambda r: _yes(r.returning),
        lambda r: r.returning,
        "Took part in an earlier cycle",
        width=9,
    ),
    RosterColumn(
        "Matched",
        lambda r: _yes(r.matched),
        lambda r: r.matched,
        "In a proposed or live match",
        width=8,
    ),
)
CAPACITY_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.title == "Capacity")


def search_key(row: ParticipantRow) -> str:
    """What the search box looks in: names, email and institution, folded."""
    return fold(" ".join((row.name, row.first_name, row.email, row.institution)))
