"""Group meetings and the program-wide meeting, with who came and who did not.

A meeting belongs to exactly one of a pair, a group or a whole cycle (schema 0006). A group
or program-wide meeting records one attendance row per person expected: everyone of the
group (mentors included), or every active participant of the cycle for the program-wide
meeting. People are present unless marked absent, so a coordinator ticks off only who
missed it. One call = one user action; the caller's session is the transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import (
    MEETING_MODES,
    Cycle,
    Group,
    Meeting,
    MeetingAttendance,
    Participant,
    Person,
    group_member,
)
from app.errors import NotFoundError, UnusableInputError
from app.meetings.contact_rules import duration_problem, future_problem
from app.meetings.group_messages import sentence
from app.meetings.messages import as_refusal

LIVE_GROUP_STATUSES = ("confirmed", "active")
"""Groups expected to meet (proposed ones have not started, ended ones are over)."""


@dataclass(frozen=True)
class Attendee:
    """One person expected at a group or program-wide meeting."""

    participant_id: int
    name: str
    email: str
    role: str
    is_mentor: bool = False
    present: bool = True
    note: str = ""


@dataclass(frozen=True)
class GroupMeetingRow:
    id: int
    group_id: int | None  # None: the program-wide meeting
    group_name: str
    held_on: dt.date
    mode: str
    duration_minutes: int | None
    notes: str
    present: int
    absent: int


def _check(held_on: dt.date, mode: str, duration: int | None, today: dt.date | None) -> None:
    if mode not in MEETING_MODES:
        raise UnusableInputError(sentence("meetings.unknown_mode", mode=mode))
    problem = future_problem(held_on, today or dt.date.today()) or duration_problem(duration)
    if problem:
        raise UnusableInputError(as_refusal(problem))


def _refuse_closed(session: Session, cycle_id: int) -> None:
    """A closed cycle is read-only; attendance rows are written in bulk, past the flush guard."""
    from app.cycles.guard import CLOSED, ClosedCycleError
    from app.cycles.messages import sentence as cycle_sentence

    cycle = session.get(Cycle, cycle_id)
    if cycle is not None and cycle.status == CLOSED:
        raise ClosedCycleError(cycle_sentence("cycles.closed", label=cycle.label))


def _meeting_cycle(session: Session, meeting: Meeting) -> int:
    if meeting.cycle_id is not None:
        return meeting.cycle_id
    group = session.get(Group, meeting.group_id)
    assert group is not None
    return group.cycle_id


def _live_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(sentence("meetings.group_gone"))
    _refuse_closed(session, group.cycle_id)
    if group.status not in LIVE_GROUP_STATUSES:
        raise UnusableInputError(sentence("meetings.group_not_live", name=group.name))
    return group


def group_attendees(session: Session, group_id: int) -> list[Attendee]:
    """Everyone of the group, mentors first, each marked present."""
    rows = session.execute(
        select(Participant.id, Person, Participant.role, group_member.c.is_mentor)
        .join(group_member, group_member.c.participant_id == Participant.id)
        .join(Person, Person.id == Participant.person_id)
        .where(group_member.c.group_id == group_id)
        .order_by(group_member.c.is_mentor.desc(), Person.last_name, Person.first_name)
    )
    return [
        Attendee(pid, person.display_name, person.email, role, bool(is_mentor))
        for pid, person, role, is_mentor in rows
    ]


def cycle_attendees(session: Session, cycle_id: int) -> list[Attendee]:
    """Every active participant of the cycle (the program-wide meeting's list), by rung."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("meetings.cycle_gone"))
    ladder = list(cycle.program.role_ladder)
    rows = session.execute(
        select(Participant.id, Person, Participant.role)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.cycle_id == cycle_id, Participant.status == "active")
        .order_by(Person.last_name, Person.first_name, Participant.id)
    )
    found = [Attendee(pid, p.display_name, p.email, role) for pid, p, role in rows]
    rung = {role: index for index, role in enumerate(ladder)}
    return sorted(found, key=lambda a: rung.get(a.role, len(ladder)))


def _attendance(
    session: Session, meeting: Meeting, expected: list[Attendee], absent: Iterable[int],
    notes: Mapping[int, str],
) -> tuple[int, int]:  # fmt: skip
    ids = {a.participant_id for a in expected}
    missing = set(absent)
    if not missing <= ids:
        raise UnusableInputError(sentence("meetings.not_expected"))
    session.execute(delete(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting.id))
    session.add_all(
        MeetingAttendance(
            meeting_id=meeting.id,
            participant_id=a.participant_id,
            present=a.participant_id not in missing,
            note=str(notes.get(a.participant_id, "")).strip()[:200],
        )
        for a in expected
    )
    return len(ids) - len(missing), len(missing)


def log_group_meeting(
    session: Session,
    group_id: int,
    held_on: dt.date,
    mode: str,
    *,
    absent: Iterable[int] = (),
    attendance_notes: Mapping[int, str] | None = None,
    duration_minutes: int | None = None,
    notes: str = "",
    today: dt.date | None = None,
) -> int:
    """Record one meeting of a live group with everyone's attendance; returns its id.

    A confirmed group becomes active at its first meeting, as a pair does.
    """
    _check(held_on, mode, duration_minutes, today)
    group = _live_group(session, group_id)
    expected = group_attendees(session, group_id)
    if not expected:
        raise UnusableInputError(sentence("meetings.group_empty", name=group.name))
    meeting = Meeting(
        group_id=group_id, held_on=held_on, mode=mode, duration_minutes=duration_minutes,
        notes=notes.strip(),
    )  # fmt: skip
    session.add(meeting)
    session.flush()
    present, missing = _attendance(session, meeting, expected, absent, attendance_notes or {})
    if group.status == "confirmed":
        group.status = "active"
    # Ids and counts only: who missed a meeting is personal and stays out of the audit trail.
    audit.record(
        session, "log", "meeting", meeting.id, group_id=group_id, present=present, absent=missing
    )
    return meeting.id


def log_program_meeting(
    session: Session,
    cycle_id: int,
    held_on: dt.date,
    mode: str,
    *,
    absent: Iterable[int] = (),
    attendance_notes: Mapping[int, str] | None = None,
    duration_minutes: int | None = None,
    notes: str = "",
    today: dt.date | None = None,
) -> int:
    """Record the program-wide meeting (the monthly one) with everyone's attendance."""
    _check(held_on, mode, duration_minutes, today)
    expected = cycle_attendees(session, cycle_id)
    _refuse_closed(session, cycle_id)
    if not expected:
        raise UnusableInputError(sentence("meetings.cycle_empty"))
    meeting = Meeting(
        cycle_id=cycle_id, held_on=held_on, mode=mode, duration_minutes=duration_minutes,
        notes=notes.strip(),
    )  # fmt: skip
    session.add(meeting)
    session.flush()
    present, missing = _attendance(session, meeting, expected, absent, attendance_notes or {})
    audit.record(
        session, "log", "meeting", meeting.id, cycle_id=cycle_id, present=present, absent=missing
    )
    return meeting.id


def _attendance_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(sentence("meetings.meeting_gone"))
    if meeting.match_id is not None:
        raise UnusableInputError(sentence("meetings.not_group_meeting"))
    return meeting


def meeting_attendees(session: Session, meeting_id: int) -> list[Attendee]:
    """Who was expected at a group or program-wide meeting, as recorded (for editing)."""
    meeting = _attendance_meeting(session, meeting_id)
    recorded = {
        a.participant_id: a
        for a in session.scalars(
            select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting.id)
        )
    }
    if meeting.group_id is not None:
        expected = group_attendees(session, meeting.group_id)
    else:
        assert meeting.cycle_id is not None
        expected = cycle_attendees(session, meeting.cycle_id)
    out = []
    for person in expected:
        row = recorded.get(person.participant_id)
        present = row.present if row is not None else True
        note = row.note if row is not None else ""
        out.append(_replace(person, present, note))
    return out


def _replace(person: Attendee, present: bool, note: str) -> Attendee:
    return Attendee(
        person.participant_id, person.name, person.email, person.role, person.is_mentor,
        present, note,
    )  # fmt: skip


def edit_group_meeting(
    session: Session,
    meeting_id: int,
    held_on: dt.date,
    mode: str,
    *,
    absent: Iterable[int] = (),
    attendance_notes: Mapping[int, str] | None = None,
    duration_minutes: int | None = None,
    notes: str = "",
    today: dt.date | None = None,
) -> None:
    """Change a group or program-wide meeting and take its attendance again.

    The list is today's group (or cycle): someone who left since is dropped from it.
    """
    meeting = _attendance_meeting(session, meeting_id)
    _refuse_closed(session, _meeting_cycle(session, meeting))
    _check(held_on, mode, duration_minutes, today)
    expected = meeting_attendees(session, meeting_id)
    meeting.held_on, meeting.mode = held_on, mode
    meeting.duration_minutes, meeting.notes = duration_minutes, notes.strip()
    present, missing = _attendance(session, meeting, expected, absent, attendance_notes or {})
    session.flush()
    audit.record(session, "edit", "meeting", meeting.id, present=present, absent=missing)


def delete_group_meeting(session: Session, meeting_id: int) -> None:
    """Remove a group or program-wide meeting and its attendance."""
    meeting = _attendance_meeting(session, meeting_id)
    _refuse_closed(session, _meeting_cycle(session, meeting))
    session.delete(meeting)
    session.flush()
    audit.record(session, "delete", "meeting", meeting_id)


def list_group_meetings(session: Session, cycle_id: int) -> list[GroupMeetingRow]:
    """The cycle's group and program-wide meetings, newest first, with attendance counts."""
    meetings = session.execute(
        select(Meeting, Group.name)
        .outerjoin(Group, Group.id == Meeting.group_id)
        .where((Group.cycle_id == cycle_id) | (Meeting.cycle_id == cycle_id))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    ).all()
    counts: dict[int, list[int]] = {}
    ids = [m.id for m, _ in meetings]
    for meeting_id, present in session.execute(
        select(MeetingAttendance.meeting_id, MeetingAttendance.present).where(
            MeetingAttendance.meeting_id.in_(ids)
        )
    ):
        counts.setdefault(meeting_id, [0, 0])[0 if present else 1] += 1
    return [
        GroupMeetingRow(
            m.id,
            m.group_id,
            name or "",
            m.held_on,
            m.mode,
            m.duration_minutes,
            m.notes,
            *counts.get(m.id, [0, 0]),
        )
        for m, name in meetings
    ]
