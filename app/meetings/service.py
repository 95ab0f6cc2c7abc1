"""Logging contacts and computing each match's engagement against the cadence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app import audit
from app.db.models import (
    MEETING_MODES,
    Cycle,
    Match,
    Meeting,
    Participant,
    Person,
    Program,
    Topic,
)
from app.errors import NotFoundError, UnusableInputError

MODE_LABELS = {
    "in_person": "In person",
    "video": "Video call",
    "phone": "Phone",
    "email_text": "Email / text",
}
ENGAGED_STATUSES = ("confirmed", "notified", "active")
DUE_SOON_FRACTION = 0.75


@dataclass(frozen=True)
class TopicInfo:
    id: int
    name: str
    category: str


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


@dataclass(frozen=True)
class MatchEngagement:
    match_id: int
    mentor_name: str
    mentor_email: str
    mentee_name: str
    mentee_email: str
    status: str  # on_track | due_soon | overdue | never_met
    last_contact: dt.date | None
    days_since_contact: int


@dataclass(frozen=True)
class EngagementReport:
    cycle: str
    as_of: dt.date
    cadence_days: int
    matches: list[MatchEngagement]

    def to_json(self) -> dict[str, object]:
        return {
            "cycle": self.cycle,
            "as_of": self.as_of.isoformat(),
            "cadence_days": self.cadence_days,
            "matches": [
                {
                    "mentor": m.mentor_email,
                    "mentee": m.mentee_email,
                    "status": m.status,
                    "last_contact": m.last_contact.isoformat() if m.last_contact else None,
                    "days_since_contact": m.days_since_contact,
                }
                for m in self.matches
            ],
        }


def list_topics(session: Session) -> list[TopicInfo]:
    rows = session.scalars(
        select(Topic).where(Topic.active.is_(True)).order_by(Topic.category, Topic.name)
    )
    return [TopicInfo(t.id, t.name, t.category) for t in rows]


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
) -> int:
    """Record one contact of a live match."""
    match = session.get(Match, match_id)
    if match is None:
        raise NotFoundError("That match no longer exists.")
    if match.status == "ended":
        raise UnusableInputError("This match has ended; contacts can no longer be logged.")
    if mode not in MEETING_MODES:
        raise UnusableInputError(f"Unknown contact mode “{mode}”.")
    if held_on > (today or dt.date.today()):
        raise UnusableInputError("A contact cannot be logged in the future.")
    if duration_minutes is not None and duration_minutes < 0:
        raise UnusableInputError("A duration cannot be negative.")
    topics = list(session.scalars(select(Topic).where(Topic.id.in_(list(topic_ids)))))
    meeting = Meeting(
        match_id=match_id,
        held_on=held_on,
        mode=mode,
        duration_minutes=duration_minutes,
        initiated_by=initiated_by,
        notes=notes,
        concern=concern,
        concern_note=concern_note,
        topics=topics,
    )
    session.add(meeting)
    if match.status in ("confirmed", "notified"):
        match.status = "active"
    session.flush()
    audit.record(session, "log", "meeting", meeting.id, match_id=match_id)
    return meeting.id


def _names(session: Session) -> tuple[Any, Any, Any, Any]:
    """Aliases for the two people (and participants) of a match."""
    return aliased(Person), aliased(Person), aliased(Participant), aliased(Participant)


def list_meetings(session: Session, cycle_id: int) -> list[MeetingRow]:
    mentor_p, mentee_p, mentor, mentee = _names(session)
    query = (
        select(Meeting, mentor_p, mentee_p)
        .join(Match, Match.id == Meeting.match_id)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(mentor_p, mentor_p.id == mentor.person_id)
        .join(mentee_p, mentee_p.id == mentee.person_id)
        .where(Match.cycle_id == cycle_id)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
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
        )
        for m, a, b in session.execute(query)
    ]


def contact_status(
    made_on: dt.date, last_contact: dt.date | None, as_of: dt.date, cadence_days: int
) -> tuple[str, int]:
    """Status and days since the last contact (or since the match was made)."""
    since = as_of - (last_contact or made_on)
    days = max(since.days, 0)
    if last_contact is None:
        return "never_met", days
    if days > cadence_days:
        return "overdue", days
    if days >= cadence_days * DUE_SOON_FRACTION:
        return "due_soon", days
    return "on_track", days


def engagement(session: Session, cycle_id: int, as_of: dt.date | None = None) -> EngagementReport:
    """Each live, confirmed match's contact status, most urgent first."""
    as_of = as_of or dt.date.today()
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError("That cycle no longer exists.")
    program = session.get(Program, cycle.program_id)
    assert program is not None
    cadence = program.cadence_days
    last = (
        select(Meeting.match_id, func.max(Meeting.held_on).label("last"))
        .where(Meeting.held_on <= as_of)
        .group_by(Meeting.match_id)
        .subquery()
    )
    mentor_p, mentee_p, mentor, mentee = _names(session)
    query = (
        select(Match, mentor_p, mentee_p, last.c.last)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(mentor_p, mentor_p.id == mentor.person_id)
        .join(mentee_p, mentee_p.id == mentee.person_id)
        .outerjoin(last, last.c.match_id == Match.id)
        .where(Match.cycle_id == cycle_id, Match.status.in_(ENGAGED_STATUSES))
    )
    rows = []
    for match, a, b, last_contact in session.execute(query):
        made_on = (match.confirmed_at or match.created_at).date()
        status, days = contact_status(made_on, last_contact, as_of, cadence)
        rows.append(
            MatchEngagement(
                match_id=match.id,
                mentor_name=a.display_name,
                mentor_email=a.email,
                mentee_name=b.display_name,
                mentee_email=b.email,
                status=status,
                last_contact=last_contact,
                days_since_contact=days,
            )
        )
    urgency = {"overdue": 0, "never_met": 1, "due_soon": 2, "on_track": 3}
    rows.sort(key=lambda r: (urgency[r.status], -r.days_since_contact, r.match_id))
    return EngagementReport(cycle.label, as_of, cadence, rows)
