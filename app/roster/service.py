"""Participants of a cycle: listing for the roster table, adding, editing, withdrawing,
bulk changes, and deleting a person for good.

Each function is one step of one user action: the caller opens the transaction
(``db.write()``), except ``delete_person``, which owns its transaction and the vacuum after.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from app import audit
from app.db.models import LIVE_MATCH_STATUSES, Cycle, Match, Participant, Person
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.roster.deletion import delete_person
from app.roster.detail import (
    ParticipantDetail,
    PastParticipation,
    get_participant_detail,
    person_history,
)
from app.roster.fields import check_fields, first_error
from app.roster.messages import sentence
from app.roster.row import ParticipantRow, row_from_columns
from app.roster.values import email_key

__all__ = [
    "ParticipantDetail",
    "ParticipantRow",
    "PastParticipation",
    "add_participant",
    "bulk_update",
    "delete_person",
    "get_participant_detail",
    "list_participants",
    "person_history",
    "set_status",
    "update_participant",
]


def list_participants(session: Session, cycle_id: int) -> list[ParticipantRow]:
    """Every participant of the cycle, with whether they are in a live match."""
    m = aliased(Match)
    matched = exists().where(
        m.status.in_(LIVE_MATCH_STATUSES),
        (m.mentor_id == Participant.id) | (m.mentee_id == Participant.id),
    )
    query = (
        select(
            Participant.id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.preferred_name,
            Person.email,
            Person.phone,
            Participant.role,
            Participant.institution,
            Participant.stage,
            Person.city,
            Person.province,
            Person.languages,
            Participant.interests,
            Participant.capacity,
            Participant.status,
            Participant.is_returning,
            matched.label("matched"),
            Person.preferred_language,
            Person.language_source,
        )
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.cycle_id == cycle_id)
        .order_by(Person.last_name, Person.first_name, Participant.id)
    )
    cycle = session.get(Cycle, cycle_id)
    ladder = list(cycle.program.role_ladder) if cycle is not None else []
    bottom = ladder[-1] if len(ladder) > 1 else None
    return [
        row_from_columns(r, bottom)
        # Core execution on the session's connection: the same rows without the ORM's
        # result machinery, about twice as fast on a large roster at start-up.
        for r in session.connection().execute(query)
    ]


PERSON_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "phone",
    "share_phone",
    "city",
    "province",
    "languages",
    "preferred_language",
    "language_source",
)
PARTICIPANT_FIELDS = (
    "institution",
    "stage",
    "interests",
    "preferences",
    "capacity",
    "custom_fields",
)


FORM_ONLY_FIELDS = ("notes", "status")
"""Accepted by ``add_participant`` besides the fields an import fills."""


def add_participant(session: Session, cycle_id: int, role: str, email: str, **fields: Any) -> int:
    """Add one participant, linking to the existing person with that email if any."""
    key = email_key(email)
    if not key or "@" not in key:
        raise UnusableInputError(sentence("roster.email_needed"))
    unknown = set(fields) - set(PERSON_FIELDS) - set(PARTICIPANT_FIELDS) - set(FORM_ONLY_FIELDS)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    person = session.scalar(select(Person).where(Person.email_key == key))
    returning = person is not None
    if person is None:
        if not str(fields.get("first_name", "")).strip():
            raise UnusableInputError(sentence("roster.first_name_needed"))
        person = Person(email=email.strip(), email_key=key)
        session.add(person)
    elif _has_role(session, person.id, cycle_id, role):
        raise UnusableInputError(
            sentence("roster.already_in_cycle", email=email.strip(), role=role)
        )
    for name in (*PERSON_FIELDS, "notes"):
        if name in fields:
            setattr(person, name, fields[name])
    if "preferred_language" in fields and "language_source" not in fields:
        person.language_source = "coordinator"  # chosen in the participant form
    session.flush()
    if returning:
        returning = (
            session.scalar(
                select(Participant.id).where(
                    Participant.person_id == person.id, Participant.cycle_id != cycle_id
                )
            )
            is not None
        )
    participant = Participant(
        person_id=person.id,
        cycle_id=cycle_id,
        role=role,
        is_returning=returning,
        **{k: v for k, v in fields.items() if k in (*PARTICIPANT_FIELDS, "status")},
    )
    session.add(participant)
    session.flush()
    audit.record(session, "add", "participant", participant.id)
    return participant.id


def _has_role(session: Session, person_id: int, cycle_id: int, role: str) -> bool:
    found = session.scalar(
        select(Participant.id).where(
            Participant.person_id == person_id,
            Participant.cycle_id == cycle_id,
            Participant.role == role,
        )
    )
    return found is not None


def set_status(session: Session, participant_id: int, status: str) -> None:
    """Withdraw (``withdrawn``) or reactivate (``active``) a participant."""
    if status not in ("active", "withdrawn"):
        raise UnusableInputError(sentence("roster.unknown_status", status=status))
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError(sentence("roster.participant_gone"))
    participant.status = status
    audit.record(session, f"set_status:{status}", "participant", participant_id)


def update_participant(session: Session, participant_id: int, **fields: Any) -> list[str]:
    """Change what the form changed; returns the names of the fields that really changed.

    Values are checked like an import's (see ``app.roster.fields``); an email already used
    by another person, or a role change while the participant is matched, is refused.
    """
    cleaned, errors = check_fields(fields)
    if errors:
        raise UnusableInputError(first_error(errors))
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError(sentence("roster.participant_gone"))
    person = participant.person
    changed: list[str] = []
    if "email" in cleaned and cleaned["email"] != person.email:
        _change_email(session, person, cleaned["email"])
        changed.append("email")
    if "role" in cleaned and cleaned["role"] != participant.role:
        _change_role(session, participant, cleaned["role"])
        changed.append("role")
    for name, value in cleaned.items():
        if name in ("email", "role"):
            continue
        owner: Any = person if name in (*PERSON_FIELDS, "notes") else participant
        if getattr(owner, name) != value:
            setattr(owner, name, value)
            changed.append(name)
    if "preferred_language" in changed:
        person.language_source = "coordinator"
    if changed:
        session.flush()
        audit.record(session, "update", "participant", participant_id, fields=sorted(changed))
    return changed


def _change_email(session: Session, person: Person, email: str) -> None:
    key = email_key(email)
    other = session.scalar(select(Person.id).where(Person.email_key == key, Person.id != person.id))
    if other is not None:
        raise UnusableInputError(sentence("roster.email_taken", email=email))
    person.email, person.email_key = email, key


def _change_role(session: Session, participant: Participant, role: str) -> None:
    ladder = participant.cycle.program.role_ladder
    if role not in ladder:
        raise UnusableInputError(sentence("roster.role_not_in_program", role=role))
    if _has_role(session, participant.person_id, participant.cycle_id, role):
        raise UnusableInputError(sentence("roster.person_already_in_cycle", role=role))
    if _live_match_ids(session, [participant.id]):
        raise RuleViolationError(sentence("roster.role_change_matched", role=participant.role))
    participant.role = role


def _live_match_ids(session: Session, participant_ids: list[int]) -> list[int]:
    return list(
        session.scalars(
            select(Match.id).where(
                Match.status.in_(LIVE_MATCH_STATUSES),
                Match.mentor_id.in_(participant_ids) | Match.mentee_id.in_(participant_ids),
            )
        )
    )


BULK_FIELDS = ("capacity", "status", "stage", "preferred_language")
_CHUNK = 900  # well under SQLite's limit on bound parameters


def bulk_update(
    session: Session,
    participant_ids: Sequence[int],
    *,
    capacity: int | None = None,
    status: str | None = None,
    stage: str | None = None,
    preferred_language: str | None = None,
) -> int:
    """Set capacity, status, stage and/or letter language of many participants; returns how
    many changed. A letter language set here is recorded as the coordinator's choice."""
    given = (
        ("capacity", capacity),
        ("status", status),
        ("stage", stage),
        ("preferred_language", preferred_language),
    )
    raw = {name: value for name, value in given if value is not None}
    if not raw:
        raise UnusableInputError(sentence("roster.nothing_to_change"))
    cleaned, errors = check_fields(raw)
    if errors:
        raise UnusableInputError(first_error(errors))
    ids = sorted(set(participant_ids))
    found: list[Participant] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.extend(session.scalars(select(Participant).where(Participant.id.in_(chunk))))
    if len(found) != len(ids):
        raise NotFoundError(sentence("roster.participants_gone"))
    changed = 0
    for participant in found:
        fields = _bulk_changes(participant, cleaned)
        if fields:
            changed += 1
            audit.record(session, "bulk_update", "participant", participant.id, fields=fields)
    return changed


def _bulk_changes(participant: Participant, cleaned: dict[str, Any]) -> list[str]:
    """Apply ``cleaned`` to one participant (the letter language to their person)."""
    fields = []
    for name, value in cleaned.items():
        owner: Any = participant.person if name == "preferred_language" else participant
        if getattr(owner, name) != value:
            setattr(owner, name, value)
            fields.append(name)
    if "preferred_language" in fields:
        participant.person.language_source = "coordinator"
    return fields
