"""The story of one match: its contacts, its status changes and the letters it was sent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.models import AuditEvent, LetterRecord, Match, Meeting, Participant, Person
from app.errors import NotFoundError
from app.meetings.messages import sentence

STATUS_EVENTS = {
    "create": "Match made",
    "confirm": "Match confirmed",
    "set_status:notified": "Letters sent: the pair was notified",
    "end": "Match ended",
    "reject": "Proposal rejected",
}
MODE_WORDS = {
    "in_person": "Met in person",
    "video": "Video call",
    "phone": "Phone call",
    "email_text": "Email / text",
}


@dataclass(frozen=True)
class TimelineEntry:
    on: dt.date
    kind: str  # contact | status | letter
    title: str
    detail: str = ""
    concern: bool = False
    at: dt.datetime | None = None  # for ordering entries of the same day


def match_timeline(session: Session, match_id: int) -> list[TimelineEntry]:
    """Everything that happened to the match, newest first."""
    match = session.get(Match, match_id)
    if match is None:
        raise NotFoundError(sentence("meetings.match_gone"))
    entries = _contacts(session, match_id) + _status_changes(session, match)
    entries += _letters(session, match_id)
    # A pair continued into this cycle keeps its story: the earlier cycles' contacts too.
    seen, earlier = {match.id}, match.continued_from_id
    while earlier is not None and earlier not in seen:
        seen.add(earlier)
        entries += _contacts(session, earlier)
        before = session.get(Match, earlier)
        earlier = before.continued_from_id if before is not None else None
    entries.sort(key=lambda e: (e.on, e.at or dt.datetime.min), reverse=True)
    return entries


def _contacts(session: Session, match_id: int) -> list[TimelineEntry]:
    meetings = session.scalars(
        select(Meeting).where(Meeting.match_id == match_id).options(selectinload(Meeting.topics))
    )
    entries = []
    for m in meetings:
        title = MODE_WORDS.get(m.mode, m.mode)
        if m.duration_minutes:
            title += f", {m.duration_minutes} min"
        lines = []
        if m.topics:
            lines.append("Topics: " + "; ".join(t.name for t in m.topics))
        if m.notes:
            lines.append(m.notes)
        if m.concern:
            lines.append("Concern: " + (m.concern_note or "flagged"))
        entries.append(
            TimelineEntry(m.held_on, "contact", title, "\n".join(lines), m.concern, m.created_at)
        )
    return entries


def _status_changes(session: Session, match: Match) -> list[TimelineEntry]:
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity == "match", AuditEvent.entity_id == match.id)
        .order_by(AuditEvent.at)
    )
    entries: list[TimelineEntry] = []
    for event in events:
        title = STATUS_EVENTS.get(event.action)
        making = title == STATUS_EVENTS["create"]
        if title is None or (making and any(e.title == title for e in entries)):
            continue  # a match is made once, whatever number of trails its making left
        detail = match.end_reason if event.action == "end" else ""
        at = _when(match, event)
        entries.append(TimelineEntry(at.date(), "status", title, detail, at=at))
    if not any(e.title == STATUS_EVENTS["create"] for e in entries):  # made without a trail
        made = match.confirmed_at or match.created_at
        entries.append(TimelineEntry(made.date(), "status", "Match made", at=made))
    return entries


def _when(match: Match, event: AuditEvent) -> dt.datetime:
    """The match's own timestamp for the change (it may be back-dated), else the event's."""
    own = {"create": match.created_at, "confirm": match.confirmed_at, "end": match.ended_at}
    return own.get(event.action) or event.at


def _letters(session: Session, match_id: int) -> list[TimelineEntry]:
    query = (
        select(LetterRecord, Person)
        .join(Participant, Participant.id == LetterRecord.recipient_id)
        .join(Person, Person.id == Participant.person_id)
        .where(LetterRecord.match_id == match_id)
    )
    return [
        TimelineEntry(
            letter.created_at.date(),
            "letter",
            f"Letter to {person.display_name} ({letter.language.upper()})",
            letter.file_name,
            at=letter.created_at,
        )
        for letter, person in session.execute(query)
    ]
