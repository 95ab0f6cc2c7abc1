"""Everything MentorDesk holds about one person, as plain JSON-ready data.

This answers a person's request to see their data: their own fields, every participation
(with custom fields), their matches with the partner's name, the contacts logged for those
matches and their groups, the letters logged for them, and the audit events about them.

Choice answers are stored as catalogue keys (``global_health``, ``r3``); the export writes
them as the catalogue's labels in the person's own letter language, as they would read
them ("Santé mondiale", "R3 (résidence 3e année)"), and the reasons of their matches in
that language too. An answer outside the catalogue is written as it was given.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.catalogue import Catalogue, load_catalogue, seed_catalogue
from app.db.engine import Database
from app.db.models import (
    AuditEvent,
    LetterRecord,
    Match,
    Meeting,
    Participant,
    Person,
    group_member,
)
from app.errors import NotFoundError
from app.matching.reasons import render_reasons
from app.safe_files import check_destination, replacing
from app.stewardship.messages import sentence

EXPORT_FORMAT = "mentordesk-person-export"
EXPORT_VERSION = 1
WHAT = "this person's data"

_PERSON_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "email",
    "phone",
    "share_phone",
    "city",
    "province",
    "languages",
    "preferred_language",
    "notes",
    "created_at",
    "updated_at",
)
_PARTICIPATION_FIELDS = (
    "role",
    "institution",
    "stage",
    "interests",
    "preferences",
    "capacity",
    "status",
    "is_returning",
    "custom_fields",
    "created_at",
)


def _plain(value: Any) -> Any:
    """Dates as ISO text; everything else is already JSON-ready."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _fields(row: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: _plain(getattr(row, name)) for name in names}


_PREFERENCE_FIELDS = {"style": "mentoring_style", "location": "location_preference"}
"""``Participant.preferences`` names → the catalogue field of their answers."""


class _Labels:
    """Stored answers as their labels in one language, each program by its own catalogue."""

    def __init__(self, session: Session, lang: str) -> None:
        self._session = session
        self.lang = lang
        self._catalogues: dict[int, Catalogue] = {}

    def catalogue(self, program_id: int | None) -> Catalogue:
        if program_id is None:
            return seed_catalogue()
        if program_id not in self._catalogues:
            self._catalogues[program_id] = load_catalogue(self._session, program_id)
        return self._catalogues[program_id]

    def one(self, catalogue: Catalogue, field: str, answer: Any) -> Any:
        if not isinstance(answer, str) or not answer:
            return answer
        return catalogue.label(field, answer, self.lang)

    def many(self, catalogue: Catalogue, field: str, answers: Any) -> Any:
        if not isinstance(answers, list):
            return answers
        return [self.one(catalogue, field, answer) for answer in answers]


def _reading_language(person: Person) -> str:
    return person.preferred_language if person.preferred_language in ("en", "fr") else "en"


def _person_row(person: Person, labels: _Labels) -> dict[str, Any]:
    # A person's province and languages belong to no program: the newest one's catalogue.
    newest = max(person.participations, key=lambda p: p.id, default=None)
    catalogue = labels.catalogue(newest.cycle.program_id if newest else None)
    row = {"person_id": person.id, **_fields(person, _PERSON_FIELDS)}
    row["province"] = labels.one(catalogue, "province", row["province"])
    row["languages"] = labels.many(catalogue, "languages", row["languages"])
    return row


def _participation_answers(participant: Participant, labels: _Labels) -> dict[str, Any]:
    catalogue = labels.catalogue(participant.cycle.program_id)
    answers = _fields(participant, _PARTICIPATION_FIELDS)
    answers["stage"] = labels.one(catalogue, "stage", answers["stage"])
    answers["interests"] = labels.many(catalogue, "interests", answers["interests"])
    preferences = dict(answers["preferences"] or {})
    for name, field in _PREFERENCE_FIELDS.items():
        if name in preferences:
            preferences[name] = labels.one(catalogue, field, preferences[name])
    answers["preferences"] = preferences
    return answers


def _participations(person: Person, labels: _Labels) -> list[dict[str, Any]]:
    rows = []
    for participant in sorted(person.participations, key=lambda p: p.id):
        cycle = participant.cycle
        rows.append(
            {
                "participant_id": participant.id,
                "program": cycle.program.name,
                "cycle": cycle.label,
                **_participation_answers(participant, labels),
            }
        )
    return rows


def _matches(session: Session, participant_ids: list[int]) -> list[Match]:
    query = (
        select(Match)
        .where(or_(Match.mentor_id.in_(participant_ids), Match.mentee_id.in_(participant_ids)))
        .order_by(Match.id)
    )
    return list(session.scalars(query))


def _match_row(match: Match, participant_ids: set[int], lang: str) -> dict[str, Any]:
    as_mentor = match.mentor_id in participant_ids
    partner = match.mentee if as_mentor else match.mentor
    cycle = match.mentor.cycle
    return {
        "match_id": match.id,
        "program": cycle.program.name,
        "cycle": cycle.label,
        "as": "mentor" if as_mentor else "mentee",
        "partner_name": partner.person.display_name,
        "partner_role": partner.role,
        "status": match.status,
        "origin": match.origin,
        "score": match.score,
        "reasons": render_reasons(match.reasons, lang),
        "created_at": _plain(match.created_at),
        "confirmed_at": _plain(match.confirmed_at),
        "notified_at": _plain(match.notified_at),
        "ended_at": _plain(match.ended_at),
        "end_reason": match.end_reason,
    }


def _meetings(session: Session, match_ids: list[int], group_ids: list[int]) -> list[Meeting]:
    query = (
        select(Meeting)
        .where(or_(Meeting.match_id.in_(match_ids), Meeting.group_id.in_(group_ids)))
        .order_by(Meeting.held_on, Meeting.id)
    )
    return list(session.scalars(query))


def _meeting_row(meeting: Meeting) -> dict[str, Any]:
    return {
        "meeting_id": meeting.id,
        "match_id": meeting.match_id,
        "group_id": meeting.group_id,
        "held_on": _plain(meeting.held_on),
        "mode": meeting.mode,
        "duration_minutes": meeting.duration_minutes,
        "initiated_by": meeting.initiated_by,
        "topics": sorted(topic.name for topic in meeting.topics),
        "notes": meeting.notes,
        "concern": meeting.concern,
        "concern_note": meeting.concern_note,
    }


def _letters(session: Session, participant_ids: list[int]) -> list[dict[str, Any]]:
    query = (
        select(LetterRecord)
        .where(LetterRecord.recipient_id.in_(participant_ids))
        .order_by(LetterRecord.id)
    )
    return [
        {
            "letter_id": letter.id,
            "match_id": letter.match_id,
            "group_id": letter.group_id,
            "language": letter.language,
            "template_version": letter.template_version,
            "file_name": letter.file_name,
            "file_sha256": letter.file_sha256,
            "created_at": _plain(letter.created_at),
        }
        for letter in session.scalars(query)
    ]


def audit_filter(
    person_id: int, participant_ids: list[int], match_ids: list[int], meeting_ids: list[int]
) -> Any:
    """The audit events that concern one person, directly or through their records."""
    return or_(
        (AuditEvent.entity == "person") & (AuditEvent.entity_id == person_id),
        (AuditEvent.entity == "participant") & AuditEvent.entity_id.in_(participant_ids),
        (AuditEvent.entity == "match") & AuditEvent.entity_id.in_(match_ids),
        (AuditEvent.entity == "meeting") & AuditEvent.entity_id.in_(meeting_ids),
    )


def _audit(session: Session, condition: Any) -> list[dict[str, Any]]:
    query = select(AuditEvent).where(condition).order_by(AuditEvent.at, AuditEvent.id)
    return [
        {
            "at": _plain(event.at),
            "actor": event.actor,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "details": event.details,
        }
        for event in session.scalars(query)
    ]


def _group_ids(session: Session, participant_ids: list[int]) -> list[int]:
    query = select(group_member.c.group_id).where(
        group_member.c.participant_id.in_(participant_ids)
    )
    return sorted(set(session.scalars(query)))


def export_person(session: Session, person_id: int) -> dict[str, Any]:
    """Everything held about the person ``person_id``, ready for ``json.dumps``."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(sentence("stewardship.person_gone"))
    participant_ids = [p.id for p in person.participations]
    matches = _matches(session, participant_ids)
    match_ids = [m.id for m in matches]
    meetings = _meetings(session, match_ids, _group_ids(session, participant_ids))
    condition = audit_filter(person_id, participant_ids, match_ids, [m.id for m in meetings])
    labels = _Labels(session, _reading_language(person))
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "person": _person_row(person, labels),
        "participations": _participations(person, labels),
        "matches": [_match_row(m, set(participant_ids), labels.lang) for m in matches],
        "meetings": [_meeting_row(m) for m in meetings],
        "letters": _letters(session, participant_ids),
        "audit_events": _audit(session, condition),
    }


def write_person_export(db: Database, person_id: int, path: Path) -> Path:
    """Write ``export_person`` as JSON to ``path``, readable by the user only.

    The file goes through :mod:`app.safe_files`: never over the database or a backup,
    missing folders created private, and renamed into place so a failed export never
    leaves half a file behind.
    """
    path = Path(path)
    check_destination(path, WHAT, folder_may_be_missing=True)
    with db.read() as session:
        data = export_person(session, person_id)
    with (
        replacing(path, WHAT, make_folders=True) as temp,
        temp.open("w", encoding="utf-8") as handle,
    ):
        json.dump(data, handle, ensure_ascii=False, indent=2)
    return path
