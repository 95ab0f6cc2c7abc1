"""A person's groups across cycles, for the history of the participant form (the pairs
come from ``app.roster.detail``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Group, group_member


@dataclass(frozen=True)
class GroupSummary:
    """One group seen from one member: its name, their place in it and how it went."""

    group_id: int
    name: str
    status: str
    as_mentor: bool
    end_category: str = ""
    end_reason: str = ""
    continued: bool = False  # carried on from the same group of an earlier cycle


def groups_of(session: Session, participant_ids: Iterable[int]) -> dict[int, list[GroupSummary]]:
    """Participant id → the groups they belong to, oldest first."""
    ids = list(participant_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(group_member.c.participant_id, group_member.c.is_mentor, Group)
        .join(Group, Group.id == group_member.c.group_id)
        .where(group_member.c.participant_id.in_(ids))
        .order_by(Group.id)
    ).all()
    found: dict[int, list[GroupSummary]] = {}
    for participant_id, is_mentor, group in rows:
        found.setdefault(int(participant_id), []).append(
            GroupSummary(
                group.id,
                group.name,
                group.status,
                bool(is_mentor),
                group.end_category,
                group.end_reason,
                group.continued_from_id is not None,
            )
        )
    return found
