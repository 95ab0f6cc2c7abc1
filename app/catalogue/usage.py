"""How many participants of a program gave each catalogue value (the catalogue editor's count).

An answer stored before the catalogue knew it (raw text) counts for the value it means now,
as a merge would rewrite it; an answer that means no value is not counted.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue.edits import load_catalogue
from app.catalogue.messages import sentence
from app.catalogue.model import FIELDS
from app.db.models import Cycle, Participant
from app.errors import UnusableInputError

_PREFERENCES = {"mentoring_style": "style", "location_preference": "location"}
"""Fields kept in ``Participant.preferences``, under these names."""


def _answers(participant: Participant, field: str) -> list[str]:
    """What ``participant`` answered for ``field``, as stored."""
    if field == "interests":
        return list(participant.interests or [])
    if field == "languages":
        return list(participant.person.languages or [])
    if field == "stage":
        return [participant.stage] if participant.stage else []
    if field == "province":
        return [participant.person.province] if participant.person.province else []
    stored = (participant.preferences or {}).get(_PREFERENCES.get(field, field))
    return [stored] if isinstance(stored, str) and stored else []


def value_usage(session: Session, program_id: int, field: str) -> dict[str, int]:
    """``{key: participants}`` for the values of ``field`` given in the program's cycles."""
    if field not in FIELDS:
        raise UnusableInputError(sentence("catalogue.not_a_field", field=field))
    catalogue = load_catalogue(session, program_id)
    query = (
        select(Participant)
        .join(Cycle)
        .where(Cycle.program_id == program_id)
        .options(selectinload(Participant.person))
    )
    counts: Counter[str] = Counter()
    for participant in session.scalars(query):
        keys = set()
        for answer in _answers(participant, field):
            value = catalogue.lookup(field, answer) or catalogue.value(field, answer)
            if value is not None:
                keys.add(value.key)
        counts.update(keys)
    return dict(counts)
