"""Participants of a cycle: listing for the roster table, adding, withdrawing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from app import audit
from app.db.models import LIVE_MATCH_STATUSES, Match, Participant, Person
from app.errors import NotFoundError, UnusableInputError


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

    @property
    def name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()


def email_key(email: str) -> str:
    return email.strip().casefold()


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
        )
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.cycle_id == cycle_id)
        .order_by(Person.last_name, Person.first_name, Participant.id)
    )
    return [
        ParticipantRow(
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
            languages=tuple(r[12] or ()),
            interests=tuple(r[13] or ()),
            capacity=r[14],
            status=r[15],
            returning=bool(r[16]),
            matched=bool(r[17]),
        )
        for r in session.execute(query)
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
)
PARTICIPANT_FIELDS = (
    "institution",
    "stage",
    "interests",
    "preferences",
    "capacity",
    "custom_fields",
)


def add_participant(session: Session, cycle_id: int, role: str, email: str, **fields: Any) -> int:
    """Add one participant, linking to the existing person with that email if any."""
    key = email_key(email)
    if not key or "@" not in key:
        raise UnusableInputError("A participant needs a valid email address.")
    unknown = set(fields) - set(PERSON_FIELDS) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    person = session.scalar(select(Person).where(Person.email_key == key))
    returning = person is not None
    if person is None:
        if not str(fields.get("first_name", "")).strip():
            raise UnusableInputError("A participant needs a first name.")
        person = Person(email=email.strip(), email_key=key)
        session.add(person)
    for name in PERSON_FIELDS:
        if name in fields:
            setattr(person, name, fields[name])
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
        **{k: v for k, v in fields.items() if k in PARTICIPANT_FIELDS},
    )
    session.add(participant)
    session.flush()
    audit.record(session, "add", "participant", participant.id)
    return participant.id


def set_status(session: Session, participant_id: int, status: str) -> None:
    """Withdraw (``withdrawn``) or reactivate (``active``) a participant."""
    if status not in ("active", "withdrawn"):
        raise UnusableInputError(f"Unknown participant status “{status}”.")
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("That participant no longer exists.")
    participant.status = status
    audit.record(session, f"set_status:{status}", "participant", participant_id)
