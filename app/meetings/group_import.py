"""Writing and undoing the group meetings of a contact import.

A group meeting from a file is what the window's meeting form records: the meeting, one
attendance row per member of the group (mentors included), and a confirmed group made
active. The groups the import made active are remembered in its audit event so that undoing
it puts back the ones that have no meeting left.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Group, Meeting, MeetingAttendance, Topic
from app.meetings.contact_rows import Contact
from app.meetings.group_meetings import group_attendees


def write_group_meetings(
    session: Session, import_id: int, contacts: list[Contact]
) -> dict[str, str]:
    """Add the meetings of ``contacts`` (rows naming a group); returns group id → the status
    of each group the import made active, as it was before."""
    if not contacts:
        return {}
    topics = {t.id: t for t in session.scalars(select(Topic))}
    members: dict[int, list[int]] = {}
    activated: dict[str, str] = {}
    for c in contacts:
        meeting = Meeting(
            group_id=c.group_id, held_on=c.held_on, mode=c.mode, duration_minutes=c.duration,
            initiated_by=c.initiated_by, notes=c.notes, concern=c.concern,
            concern_note=c.concern_note, topics=[topics[i] for i in c.topic_ids],
            import_id=import_id,
        )  # fmt: skip
        session.add(meeting)
        session.flush()
        if c.group_id not in members:
            members[c.group_id] = [a.participant_id for a in group_attendees(session, c.group_id)]
        absent = set(c.absent_ids)
        session.add_all(
            MeetingAttendance(meeting_id=meeting.id, participant_id=p, present=p not in absent)
            for p in members[c.group_id]
        )
        group = session.get(Group, c.group_id)
        if group is not None and group.status == "confirmed":
            activated.setdefault(str(group.id), group.status)
            group.status = "active"
    return activated


def restore_group_statuses(session: Session, details: dict[str, Any]) -> list[int]:
    """Put back "confirmed" on each group the import made active that has no meeting left."""
    activated = {int(g): str(s) for g, s in (details.get("groups_activated") or {}).items()}
    if not activated:
        return []
    still_met = set(
        session.scalars(select(Meeting.group_id).where(Meeting.group_id.in_(list(activated))))
    )
    restored = []
    for group in session.scalars(select(Group).where(Group.id.in_(list(activated)))):
        if group.status == "active" and group.id not in still_met:
            group.status = activated[group.id]
            restored.append(group.id)
    return sorted(restored)
