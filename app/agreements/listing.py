"""The cycle's pairs and groups with their agreement's state, and the goal counts.

A pair or group is listed while it runs (confirmed, notified or active), and afterwards
when it has an agreement, so an ended pair's goals can still be reviewed at the year's end.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from app.agreements.messages import sentence
from app.db.models import (
    GOAL_STATUSES,
    Agreement,
    AgreementGoal,
    Cycle,
    Group,
    Match,
    Participant,
    Person,
    group_member,
)
from app.errors import NotFoundError

RUNNING = ("confirmed", "notified", "active")
"""Statuses of pairs and groups that are expected to have an agreement."""


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    language: str  # "en" or "fr": the language the person reads


@dataclass(frozen=True)
class AgreementRow:
    """One pair or group of the cycle and where its agreement stands."""

    match_id: int | None
    group_id: int | None
    group_name: str
    status: str  # the pair's or group's own status
    mentors: tuple[Member, ...]
    mentees: tuple[Member, ...]
    agreement_id: int | None = None
    signed_on: dt.date | None = None
    meeting_every_days: int | None = None
    goals: tuple[tuple[str, int], ...] = ()  # (status, count)

    @property
    def kind(self) -> str:
        return "pair" if self.match_id is not None else "group"

    @property
    def state(self) -> str:
        if self.agreement_id is None:
            return "none"
        return "signed" if self.signed_on else "drafted"

    @property
    def people(self) -> tuple[Member, ...]:
        return self.mentors + self.mentees

    def goal_count(self, status: str | None = None) -> int:
        return sum(n for s, n in self.goals if status is None or s == status)


def reading_language(language: str) -> str:
    return language if language in ("en", "fr") else "en"


def _display(first: str, preferred: str, last: str) -> str:
    return f"{preferred or first} {last}".strip()


_Facts = tuple[int, dt.date | None, int | None, tuple[tuple[str, int], ...]]


def _agreement_facts(session: Session, cycle_id: int) -> dict[tuple[str, int | None], _Facts]:
    """(``"pair"``|``"group"``, owner id) → (agreement id, signed on, days, goal counts)."""
    goals: dict[int, Counter[str]] = defaultdict(Counter)
    query = (
        select(AgreementGoal.agreement_id, AgreementGoal.status, func.count())
        .join(Agreement, Agreement.id == AgreementGoal.agreement_id)
        .where(Agreement.cycle_id == cycle_id)
        .group_by(AgreementGoal.agreement_id, AgreementGoal.status)
    )
    for agreement_id, status, count in session.execute(query):
        goals[agreement_id][status] += count
    facts: dict[tuple[str, int | None], _Facts] = {}
    for a in session.scalars(select(Agreement).where(Agreement.cycle_id == cycle_id)):
        owner = ("pair", a.match_id) if a.match_id is not None else ("group", a.group_id)
        counted = tuple((s, goals[a.id][s]) for s in GOAL_STATUSES if goals[a.id][s])
        facts[owner] = (a.id, a.signed_on, a.meeting_every_days, counted)
    return facts


def _pairs(session: Session, cycle_id: int, with_agreement: set[int]) -> list[AgreementRow]:
    mentor, mentee = aliased(Participant), aliased(Participant)
    a, b = aliased(Person), aliased(Person)
    query = (
        select(
            Match.id,
            Match.status,
            *(a.first_name, a.preferred_name, a.last_name, a.email, a.preferred_language),
            *(b.first_name, b.preferred_name, b.last_name, b.email, b.preferred_language),
        )
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(a, a.id == mentor.person_id)
        .join(b, b.id == mentee.person_id)
        .where(
            Match.cycle_id == cycle_id,
            or_(Match.status.in_(RUNNING), Match.id.in_(with_agreement)),
        )
    )
    rows = []
    for match_id, status, *people in session.execute(query):
        one = Member(_display(*people[0:3]), people[3], reading_language(people[4]))
        other = Member(_display(*people[5:8]), people[8], reading_language(people[9]))
        rows.append(AgreementRow(match_id, None, "", status, (one,), (other,)))
    return rows


def _groups(session: Session, cycle_id: int, with_agreement: set[int]) -> list[AgreementRow]:
    groups = session.execute(
        select(Group.id, Group.name, Group.status).where(
            Group.cycle_id == cycle_id,
            or_(Group.status.in_(RUNNING), Group.id.in_(with_agreement)),
        )
    ).all()
    members: dict[int, dict[bool, list[Member]]] = defaultdict(lambda: {True: [], False: []})
    query = (
        select(
            group_member.c.group_id,
            group_member.c.is_mentor,
            Person.first_name,
            Person.preferred_name,
            Person.last_name,
            Person.email,
            Person.preferred_language,
        )
        .join(Participant, Participant.id == group_member.c.participant_id)
        .join(Person, Person.id == Participant.person_id)
        .where(group_member.c.group_id.in_([g.id for g in groups]))
        .order_by(Person.last_name, Person.first_name)
    )
    for group_id, is_mentor, first, preferred, last, email, language in session.execute(query):
        member = Member(_display(first, preferred, last), email, reading_language(language))
        members[group_id][bool(is_mentor)].append(member)
    return [
        AgreementRow(
            None, g.id, g.name, g.status, tuple(members[g.id][True]), tuple(members[g.id][False])
        )
        for g in groups
    ]


def agreement_rows(session: Session, cycle_id: int, ordered: bool = True) -> list[AgreementRow]:
    """Every running pair and group of the cycle (and those with an agreement), by name
    unless ``ordered`` is False (counting needs no order, and ordering is its slowest part)."""
    if session.get(Cycle, cycle_id) is None:
        raise NotFoundError(sentence("agreements.cycle_gone"))
    facts = _agreement_facts(session, cycle_id)
    matched = {owner for kind, owner in facts if kind == "pair" and owner is not None}
    grouped = {owner for kind, owner in facts if kind == "group" and owner is not None}
    rows = []
    for row in _pairs(session, cycle_id, matched) + _groups(session, cycle_id, grouped):
        owner = (row.kind, row.match_id if row.kind == "pair" else row.group_id)
        if owner in facts:
            agreement_id, signed_on, days, goals = facts[owner]
            row = AgreementRow(
                row.match_id,
                row.group_id,
                row.group_name,
                row.status,
                row.mentors,
                row.mentees,
                agreement_id,
                signed_on,
                days,
                goals,
            )
        rows.append(row)
    if ordered:
        rows.sort(
            key=lambda r: (r.kind != "pair", [m.name.casefold() for m in r.people], r.group_name)
        )
    return rows


def goal_counts(session: Session, cycle_id: int) -> dict[str, int]:
    """For the cycle's report: goals met, in progress and dropped, agreements, and the
    running pairs and groups that have none."""
    rows = agreement_rows(session, cycle_id, ordered=False)
    counts = {status: 0 for status in GOAL_STATUSES}
    for row in rows:
        for status, n in row.goals:
            counts[status] += n
    return {
        "met": counts["met"],
        "in_progress": counts["in_progress"],
        "dropped": counts["dropped"],
        "agreements": sum(r.agreement_id is not None for r in rows),
        "pairs_without": sum(r.agreement_id is None and r.status in RUNNING for r in rows),
    }
