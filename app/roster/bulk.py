"""Bulk edit of the roster: every field coordinators change for many people at once.

Letter language, languages, role, status, capacity, stage, interests and the next-cycle
answer, all in the caller's one transaction: a refusal for one person (a role change of a
matched person, say) changes nobody. Interests are added to each person's own; languages
replace theirs.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import RETURNING_ANSWERS, Participant
from app.errors import NotFoundError, UnusableInputError
from app.roster.fields import check_fields, first_error
from app.roster.messages import sentence
from app.roster.service import _bulk_changes, _change_role

log = logging.getLogger(__name__)

_CHUNK = 900  # well under SQLite's limit on bound parameters


def bulk_edit(
    session: Session,
    participant_ids: Sequence[int],
    *,
    role: str | None = None,
    languages: Sequence[str] | None = None,
    add_interests: Sequence[str] | None = None,
    next_cycle: str | None = None,
    **basic: Any,
) -> int:
    """Apply the given changes to every participant; returns how many really changed.

    ``basic`` takes the fields of ``bulk_update`` (capacity, status, stage,
    preferred_language).
    """
    raw = {name: value for name, value in basic.items() if value is not None}
    if languages is not None:
        raw["languages"] = list(languages)
    if add_interests is not None:
        raw["interests"] = list(add_interests)
    if not raw and role is None and next_cycle is None:
        raise UnusableInputError(sentence("roster.nothing_to_change"))
    if next_cycle is not None and next_cycle not in RETURNING_ANSWERS:
        raise ValueError(f"not a next-cycle answer: {next_cycle!r}")
    cleaned, errors = check_fields(raw)
    if errors:
        raise UnusableInputError(first_error(errors))
    adding = cleaned.pop("interests", None)
    spoken = cleaned.pop("languages", None)  # the person's, like the letter language
    found = _participants(session, participant_ids)
    changed = 0
    for participant in found:
        fields = _bulk_changes(participant, cleaned)
        if spoken is not None and list(participant.person.languages) != list(spoken):
            participant.person.languages = list(spoken)
            fields.append("languages")
        if adding:
            merged = list(dict.fromkeys([*participant.interests, *adding]))
            if merged != list(participant.interests):
                participant.interests = merged
                fields.append("interests")
        if next_cycle is not None and participant.next_cycle != next_cycle:
            participant.next_cycle = next_cycle
            fields.append("next_cycle")
        if role is not None and participant.role != role:
            _change_role(session, participant, role)
            fields.append("role")
        if fields:
            changed += 1
            audit.record(session, "bulk_update", "participant", participant.id, fields=fields)
    session.flush()
    log.info("bulk edit changed %d participants", changed)
    return changed


def _participants(session: Session, participant_ids: Sequence[int]) -> list[Participant]:
    ids = sorted(set(participant_ids))
    found: list[Participant] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.extend(session.scalars(select(Participant).where(Participant.id.in_(chunk))))
    if len(found) != len(ids):
        raise NotFoundError(sentence("roster.participants_gone"))
    return found
