"""Sensitive answers (own gender, gender preference, cultural background): read for the
roster, which hides them unless the coordinator shows them; letters never print them.

Which answers are sensitive is a relation setting (``relations.RelationSettings.sensitive``);
where each one is stored is ``relations.SENSITIVE_ANSWERS``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Cycle, Participant, Program
from app.programs.relations import SENSITIVE_ANSWERS, sensitive_answers


def hidden_answers(session: Session, cycle_id: int) -> frozenset[str]:
    """The answer keys the cycle's program marks sensitive in any relation."""
    found = session.execute(
        select(Program.settings, Program.role_ladder)
        .join(Cycle, Cycle.program_id == Program.id)
        .where(Cycle.id == cycle_id)
    ).first()
    if found is None:
        return frozenset()
    return sensitive_answers(found[0], found[1])


def answers_of(preferences: dict[str, Any] | None, custom: dict[str, Any] | None) -> dict[str, str]:
    """A participant's sensitive answers that are not empty, by key."""
    stores = {"preferences": preferences or {}, "custom_fields": custom or {}}
    values = {key: stores[store].get(key) for key, store in SENSITIVE_ANSWERS.items()}
    return {key: str(value).strip() for key, value in values.items() if str(value or "").strip()}


def annotate_sensitive(session: Session, cycle_id: int, rows: list[Any]) -> list[Any]:
    """The roster's rows (``ParticipantRow``) with their sensitive answers, for columns the
    window hides unless the coordinator shows them. Rows without any keep as they are."""
    # Only the rows holding one of the answers are read and decoded: start-up shows the
    # roster without decoding every participant's preferences and custom fields.
    holds_one = or_(
        *(
            func.json_type(getattr(Participant, store), f"$.{key}").is_not(None)
            for key, store in SENSITIVE_ANSWERS.items()
        )
    )
    query = select(Participant.id, Participant.preferences, Participant.custom_fields).where(
        Participant.cycle_id == cycle_id, holds_one
    )
    found = {pid: answers_of(prefs, custom) for pid, prefs, custom in session.execute(query)}
    annotated = []
    for row in rows:
        answers = found.get(row.id)
        if answers:
            row = dataclasses.replace(row, sensitive=tuple(sorted(answers.items())))
        annotated.append(row)
    return annotated
