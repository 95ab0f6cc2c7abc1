"""Logging contacts (one match, or many at once) and listing them.

The engagement statuses live in :mod:`app.meetings.engagement`; their names are re-exported
here because the CLI and the pages read them as part of "the meetings service".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from app import audit
from app.db.models import MEETING_MODES, Match, Meeting, Participant, Person, Topic
from app.errors import NotFoundError, UnusableInputError
from app.meetings.contact_rules import (
    before_match_problem,
    began_on,
    duration_problem,
    future_problem,
)
from app.meetings.engagement import (
    ENGAGED_STATUSES,
    EngagementReport,
    MatchEngagement,
    contact_status,
    engagement,
)
from app.meetings.messages import as_refusal, sentence

__all__ = [
    "ENGAGED_STATUSES",
    "INITIATORS",
    "MODE_LABELS",
    "EngagementReport",
    "MatchEngagement",
    "MeetingRow",
    "TopicInfo",
    "contact_status",
    "engagement",
    "list_meetings",
    "list_topics",
    "log_contacts",
    "log_meeting",
]

MODE_LABELS = {
    "in_person": "In person",
    "video": "Video call",
    "phone": "Phone",
    "email_text": "Email / text",
}
INITIATORS = {
    "": "Not recorded",
    "mentor": "The mentor",
    "mentee": "The mentee",
    "both": "Both",
    "coordinator": "The coordinator",
}


@dataclass(frozen=True)
class TopicInfo:
    id: int
    name: str
    category: str
    name_fr: str = ""

    def label(self, language: str = "en") -> str:
        """The topic's name in ``language`` (English when no translation is recorded)."""
        return self.name_fr if language == "fr" and self.name_fr else self.name


@dataclass(frozen=True)
class MeetingRow:
    id: int
    match_id: int
    held_on: dt.date
    mode: str
    duration_minutes: int | None
    mentor_name: str
    mentee_name: str
    topics: tuple[str, ...]
    notes: str
    concern: bool
    concern_note: str = ""
    initiated_by: str = ""


def list_topics(session: Session) -> list[TopicInfo]:
    """The active topics of the catalogue, by category then name."""
    rows = session.scalars(
        select(Topic).where(Topic.active.is_(True)).order_by(Topic.category, Topic.name)
    )
    return [TopicInfo(t.id, t.name, t.category, t.name_fr) for t in rows]


def _check_contact(
    held_on: dt.date,
    mode: str,
    duration_minutes: int | None,
    initiated_by: str,
    today: dt.date | None,
) -> None:
    """The rules a check-in import applies too (``contact_rules``), as sentences."""
    if mode not in MEETING_MODES:
        raise UnusableInputError(sentence("meetings.unknown_mode", mode=mode))
    problem = future_problem(held_on, today or dt.date.today()) or duration_problem(
        duration_minutes
    )
    if problem:
        raise UnusableInputError(as_refusal(problem))
    if initiated_by not in INITIATORS:
        raise UnusableInputError(sentence("meetings.unknown_initiator", who=initiated_by))


def _live_match(session: Session, match_id: int, held_on: dt.date) -> Match:
    match = session.get(Match, match_id)
    if match is None:
        raise NotFoundError(sentence("meetings.match_gone"))
    if match.status == "ended":
        raise UnusableInputError(sentence("meetings.match_ended"))
    if match.created_at is not None:
        # Named by its pair: one contact for many matches may fail on any of them.
        pair = sentence(
            "meetings.named_match",
            mentor=match.mentor.person.display_name,
            mentee=match.mentee.person.display_name,
        )
        problem = before_match_problem(held_on, began_on(match.created_at), pair)
        if problem:
            raise UnusableInputError(as_refusal(problem))
    return match


def log_meeting(
    session: Session,
    match_id: int,
    held_on: dt.date,
    mode: str,
    *,
    duration_minutes: int | None = None,
    initiated_by: str = "",
    topic_ids: Iterable[int] = (),
    notes: str = "",
    concern: bool = False,
    concern_note: str = "",
    today: dt.date | None = None,
    import_id: int | None = None,
) -> int:
    """Record one contact of a live match; a confirmed or notified match becomes active."""
    _check_contact(held_on, mode, duration_minutes, initiated_by, today)
    match = _live_match(session, match_id, held_on)
    topics = list(session.scalars(select(Topic).where(Topic.id.in_(list(topic_ids)))))
    meeting = Meeting(
        match_id=match_id,
        held_on=held_on,
        mode=mode,
        duration_minutes=duration_minutes,
        initiated_by=initiated_by,
        notes=notes.strip(),
        concern=concern,
        concern_note=concern_note.strip() if concern else "",
        topics=topics,
        import_id=import_id,
    )
    session.add(meeting)
    if match.status in ("confirmed", "notified"):
        match.status = "active"
    session.flush()
    # Ids only: notes and concerns are personal and stay out of the audit trail.
    audit.record(session, "log", "meeting", meeting.id, match_id=match_id)
    return meeting.id


def log_contacts(
    session: Session,
    match_ids: Sequence[int],
    held_on: dt.date,
    mode: str,
    *,
    duration_minutes: int | None = None,
    topic_ids: Iterable[int] = (),
    notes: str = "",
    today: dt.date | None = None,
) -> list[int]:
    """One contact for each of many matches (a group meeting everyone attended).

    All or nothing: the caller's transaction rolls back if any match cannot take it.
    """
    if not match_ids:
        raise UnusableInputError(sentence("meetings.choose_match"))
    topics = list(topic_ids)
    ids = [
        log_meeting(
            session,
            match_id,
            held_on,
            mode,
            duration_minutes=duration_minutes,
            topic_ids=topics,
            notes=notes,
            today=today,
        )
        for match_id in dict.fromkeys(match_ids)
    ]
    audit.record(session, "log_many", "meeting", None, meetings=len(ids))
    return ids


def list_meetings(session: Session, cycle_id: int, match_id: int | None = None) -> list[MeetingRow]:
    """The cycle's contacts (or one match's), newest first."""
    mentor_p, mentee_p = aliased(Person), aliased(Person)
    mentor, mentee = aliased(Participant), aliased(Participant)
    query = (
        select(Meeting, mentor_p, mentee_p)
        .join(Match, Match.id == Meeting.match_id)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(mentor_p, mentor_p.id == mentor.person_id)
        .join(mentee_p, mentee_p.id == mentee.person_id)
        .where(Match.cycle_id == cycle_id)
        .options(selectinload(Meeting.topics))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    if match_id is not None:
        query = query.where(Meeting.match_id == match_id)
    return [
        MeetingRow(
            id=m.id,
            match_id=m.match_id or 0,
            held_on=m.held_on,
            mode=m.mode,
            duration_minutes=m.duration_minutes,
            mentor_name=a.display_name,
            mentee_name=b.display_name,
            topics=tuple(t.name for t in m.topics),
            notes=m.notes,
            concern=m.concern,
            concern_note=m.concern_note,
            initiated_by=m.initiated_by,
        )
        for m, a, b in session.execute(query)
    ]
