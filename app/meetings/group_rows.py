"""Rows of a check-in export that name a group: a group meeting rather than a pair contact.

A row whose group cell is filled is a meeting of that group (its emails are not needed and
not read). The group is found by its name within the cycle, case and spacing ignored; a name
no group has, or that several groups share, rejects the row. Attendance comes from an
"Absent" column (who missed it) or a "Present"/"Attendees" column (who came), people named
by email or by name and separated by commas, semicolons or line breaks; without either
column every member (mentors included) is counted as present, as the window's meeting form
starts. The import's report says which of the two was done.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.meetings.group_row_messages  # noqa: F401  (registers the sentences below)
from app.db.models import Group, Meeting, Participant, Person, group_member
from app.meetings.group_meetings import LIVE_GROUP_STATUSES
from app.roster.problems import problem
from app.roster.values import email_key

ATTENDANCE_FIELDS = ("absent", "present")
_SEPARATORS = re.compile(r"[;,\n]+")


def fold_name(name: str) -> str:
    """A group's or person's name as the file and the database are compared: case and
    spacing ignored, accents kept ("Groupe Été" is not "Groupe Ete")."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Member:
    participant_id: int
    email: str  # email_key
    names: tuple[str, ...]  # folded display name and full name


@dataclass
class GroupLookups:
    """The cycle's groups by folded name, their members, and meetings already logged."""

    by_name: dict[str, list[tuple[int, str, str]]]  # name → [(group id, status, name)]
    members: dict[int, list[Member]]
    logged: set[tuple[int, dt.date, str]]  # (group id, day, mode)
    named: dict[int, str] = field(default_factory=dict)  # group id → name, for the report


def load_groups(session: Session, cycle_id: int) -> GroupLookups:
    by_name: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    named: dict[int, str] = {}
    for group_id, status, name in session.execute(
        select(Group.id, Group.status, Group.name)
        .where(Group.cycle_id == cycle_id)
        .order_by(Group.id)
    ):
        by_name[fold_name(name)].append((group_id, status, name))
        named[group_id] = name
    members: dict[int, list[Member]] = defaultdict(list)
    for group_id, pid, person in session.execute(
        select(group_member.c.group_id, Participant.id, Person)
        .join(Participant, Participant.id == group_member.c.participant_id)
        .join(Person, Person.id == Participant.person_id)
        .where(group_member.c.group_id.in_(list(named)))
    ):
        full = f"{person.first_name} {person.last_name}"
        names = tuple({fold_name(person.display_name), fold_name(full)})
        members[group_id].append(Member(pid, email_key(person.email), names))
    logged = {
        (int(group_id or 0), held_on, mode)
        for group_id, held_on, mode in session.execute(
            select(Meeting.group_id, Meeting.held_on, Meeting.mode).where(
                Meeting.group_id.in_(list(named))
            )
        )
    }
    return GroupLookups(dict(by_name), dict(members), logged, named)


def find_group(typed: str, groups: GroupLookups) -> tuple[int, str]:
    """The group id a cell names, or 0 and the problem with it."""
    found = groups.by_name.get(fold_name(typed), [])
    if not found:
        return 0, problem("group_unknown", name=typed.strip())
    if len(found) > 1:
        return 0, problem("group_ambiguous", name=typed.strip(), count=len(found))
    group_id, status, name = found[0]
    if status not in LIVE_GROUP_STATUSES:
        key = "group_ended" if status == "ended" else "group_not_confirmed"
        return 0, problem(key, name=name)
    if not groups.members.get(group_id):
        return 0, problem("group_no_members", name=name)
    return group_id, ""


def read_attendance(
    group_id: int, cells: dict[str, tuple[str, str]], groups: GroupLookups
) -> tuple[list[int], list[tuple[str, str]]]:
    """The participant ids absent from the meeting, and (column, problem) for each name
    that is not one member of the group."""
    filled = [(f, *cells[f]) for f in ATTENDANCE_FIELDS if f in cells and cells[f][1].strip()]
    if not filled:
        return [], []
    if len(filled) > 1:
        both = problem("attendance_both", absent=cells["absent"][0], present=cells["present"][0])
        return [], [(cells["absent"][0], both)]
    kind, header, value = filled[0]
    members = groups.members[group_id]
    named: set[int] = set()
    errors: list[tuple[str, str]] = []
    for typed in (t.strip() for t in _SEPARATORS.split(value)):
        if not typed:
            continue
        key = email_key(typed) if "@" in typed else ""
        fits = [m for m in members if m.email == key or fold_name(typed) in m.names]
        if len(fits) == 1:
            named.add(fits[0].participant_id)
        else:
            reason = "attendee_several" if fits else "attendee_not_member"
            said = problem(reason, who=typed, name=groups.named[group_id], count=len(fits))
            errors.append((header, said))
    if kind == "absent":
        return sorted(named), errors
    return sorted(m.participant_id for m in members if m.participant_id not in named), errors


def group_rows_note(rows: list[int], attendance_column: str) -> str:
    """What the import did with the rows naming a group, for its report."""
    if not rows:
        return ""
    if attendance_column:
        return problem("group_rows_attendance", rows=rows, column=attendance_column)
    return problem("group_rows_all_present", rows=rows)
