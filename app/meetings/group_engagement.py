"""Each live group's meeting status against its cadence, and members who keep missing meetings.

A group's cadence follows the precedence pairs use: its agreement's meeting frequency, else
its relation's cadence, else the program's; its status is the pairs' own
:func:`app.meetings.engagement.contact_status` over the group's own meetings (the
program-wide meeting does not count as a group meeting).

Who keeps missing meetings: a person is listed when they were absent from at least
:data:`MISSED` of the last :data:`RECENT` meetings they were expected at (their group's and
the program-wide ones) up to the report's day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import (
    Agreement,
    Cycle,
    Group,
    LetterRecord,
    Meeting,
    MeetingAttendance,
    Participant,
    Person,
    group_member,
)
from app.meetings.engagement import contact_status
from app.meetings.group_meetings import LIVE_GROUP_STATUSES

MISSED = 2
RECENT = 3
MISSING_RULE = f"absent from at least {MISSED} of their last {RECENT} meetings"
_URGENCY = {"overdue": 0, "never_met": 0, "due_soon": 1, "on_track": 2}


@dataclass(frozen=True)
class MemberAbsence:
    participant_id: int
    name: str
    email: str
    missed: int  # of the last ``recorded`` meetings (at most RECENT)
    recorded: int


@dataclass
class GroupEngagement:
    group_id: int
    name: str
    relation: str
    status: str  # on_track | due_soon | overdue | never_met
    last_contact: dt.date | None
    days_since_contact: int
    cadence_days: int
    meetings: int
    due_on: dt.date
    members: list[str] = field(default_factory=list)  # emails, mentors first
    member_names: list[str] = field(default_factory=list)
    missing: list[MemberAbsence] = field(default_factory=list)
    safety_note: bool = False
    letters_written: bool = False  # the group has letters in the letter log
    letters_sent_at: dt.datetime | None = None  # when they were marked as sent

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "members": self.members,
            "status": self.status,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "days_since_contact": self.days_since_contact,
            "missing_members": [m.email for m in self.missing],
            "cadence_days": self.cadence_days,
            "meetings": self.meetings,
            "relation": self.relation,
            "letters": "sent"
            if self.letters_sent_at
            else ("written" if self.letters_written else "none"),
        }


def absences(session: Session, cycle_id: int, as_of: dt.date) -> dict[int, tuple[int, int]]:
    """Participant id → (meetings missed, meetings counted) over their last RECENT meetings."""
    rows = session.execute(
        select(MeetingAttendance.participant_id, MeetingAttendance.present)
        .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
        .join(Participant, Participant.id == MeetingAttendance.participant_id)
        .where(Participant.cycle_id == cycle_id, Meeting.held_on <= as_of)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    seen: dict[int, list[bool]] = defaultdict(list)
    for pid, present in rows:
        if len(seen[pid]) < RECENT:
            seen[pid].append(bool(present))
    return {pid: (marks.count(False), len(marks)) for pid, marks in seen.items()}


def _cadences(session: Session, cycle: Cycle) -> tuple[dict[str, int], int]:
    from app.programs.relations import cadence_by_role

    program = cycle.program
    return cadence_by_role(program.settings, program.role_ladder), program.cadence_days


def group_cadences(session: Session, cycle: Cycle, group_ids: list[int]) -> dict[int, int]:
    """Group id → its cadence: its agreement's, else its relation's, else the program's."""
    by_role, program_cadence = _cadences(session, cycle)
    rows = session.execute(
        select(Group.id, Group.relation, Agreement.meeting_every_days)
        .outerjoin(Agreement, Agreement.group_id == Group.id)
        .where(Group.id.in_(group_ids))
    )
    return {gid: agreed or by_role.get(relation, program_cadence) for gid, relation, agreed in rows}


def group_engagement(
    session: Session, cycle_id: int, as_of: dt.date | None = None
) -> list[GroupEngagement]:
    """Each confirmed or active group of the cycle, most urgent first."""
    as_of = as_of or dt.date.today()
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        return []
    by_role, program_cadence = _cadences(session, cycle)
    last = (
        select(
            Meeting.group_id.label("group_id"),
            func.max(Meeting.held_on).label("last"),
            func.count(Meeting.id).label("n"),
        )
        .where(Meeting.group_id.is_not(None), Meeting.held_on <= as_of)
        .group_by(Meeting.group_id)
        .subquery()
    )
    rows = session.execute(
        select(Group, last.c.last, last.c.n, Agreement.meeting_every_days)
        .outerjoin(last, last.c.group_id == Group.id)
        .outerjoin(Agreement, Agreement.group_id == Group.id)
        .where(Group.cycle_id == cycle_id, Group.status.in_(LIVE_GROUP_STATUSES))
    ).all()
    people = _members(session, [g.id for g, *_ in rows])
    written = set(
        session.scalars(
            select(LetterRecord.group_id)
            .where(LetterRecord.group_id.in_([g.id for g, *_ in rows]))
            .distinct()
        )
    )
    missed = absences(session, cycle_id, as_of)
    found = []
    for group, last_day, count, agreed in rows:
        made_on = group.created_at.date()
        if made_on > as_of:
            continue
        last_contact = _as_date(last_day)
        cadence = agreed or by_role.get(group.relation, program_cadence)
        status, days = contact_status(made_on, last_contact, as_of, cadence)
        members = people.get(group.id, [])
        found.append(
            GroupEngagement(
                group_id=group.id,
                name=group.name,
                relation=group.relation,
                status=status,
                last_contact=last_contact,
                days_since_contact=days,
                cadence_days=cadence,
                meetings=int(count or 0),
                due_on=(last_contact or made_on) + dt.timedelta(days=cadence),
                members=[email for _, _, email in members],
                member_names=[name for _, name, _ in members],
                missing=[
                    MemberAbsence(pid, name, email, *missed[pid])
                    for pid, name, email in members
                    if missed.get(pid, (0, 0))[0] >= MISSED
                ],
                safety_note=bool(group.safety_note.strip()),
                letters_written=group.id in written,
                letters_sent_at=group.letters_sent_at,
            )
        )
    found.sort(key=lambda g: (_URGENCY[g.status], -g.days_since_contact, g.name))
    return found


def _members(session: Session, group_ids: list[int]) -> dict[int, list[tuple[int, str, str]]]:
    """Group id → (participant id, name, email) of everyone in it, mentors first."""
    rows = session.execute(
        select(group_member.c.group_id, Participant.id, Person)
        .join(Participant, Participant.id == group_member.c.participant_id)
        .join(Person, Person.id == Participant.person_id)
        .where(group_member.c.group_id.in_(group_ids))
        .order_by(group_member.c.is_mentor.desc(), Person.last_name, Person.first_name)
    )
    out: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for group_id, pid, person in rows:
        out[group_id].append((pid, person.display_name, person.email))
    return out


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
