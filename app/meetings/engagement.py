"""Each live match's contact status against the program's cadence, and contacts per month.

The statuses come from one aggregate query (the last contact, the number of contacts and
any concern per match) joined to the two people of each match, reading plain columns
rather than ORM objects, so a cycle of thousands of matches loads in a blink.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.db.models import Agreement, Cycle, Match, Meeting, Participant, Person, Program
from app.errors import NotFoundError
from app.meetings.messages import sentence

if TYPE_CHECKING:
    from app.meetings.group_engagement import GroupEngagement

ENGAGED_STATUSES = ("confirmed", "notified", "active")
"""Matches that are expected to be in touch (proposed ones have not started, ended ones are
over)."""
DUE_SOON_FRACTION = 0.75
"""A contact is "due soon" from three quarters of the cadence on (45 days of 60)."""
STATUSES = ("overdue", "never_met", "due_soon", "on_track")
NEEDS_FOLLOW_UP = ("overdue", "never_met")
_URGENCY = {"overdue": 0, "never_met": 0, "due_soon": 1, "on_track": 2}
ATTENTION = "needs_attention"
"""Overdue pairs and never-met pairs past their cadence: both are late for a contact."""


@dataclass(slots=True)  # not frozen: a page load builds thousands, and frozen is twice as slow
class MatchEngagement:
    match_id: int
    mentor_name: str
    mentor_email: str
    mentee_name: str
    mentee_email: str
    status: str  # on_track | due_soon | overdue | never_met
    last_contact: dt.date | None
    days_since_contact: int
    made_on: dt.date | None = None
    contacts: int = 0
    concern: bool = False
    due_on: dt.date | None = None  # the cadence after the last contact (or the match)
    cadence_days: int | None = None  # this pair's own: its agreement's, else the program's
    # The two rungs of the pair (a student mentor is a mentee above and a mentor below).
    mentor_role: str = ""
    mentee_role: str = ""

    @property
    def late(self) -> bool:
        """Past the cadence without a contact: overdue, or never met for longer than it."""
        return self.status == "overdue" or (
            self.status == "never_met"
            and self.cadence_days is not None
            and self.days_since_contact > self.cadence_days
        )


@dataclass(frozen=True)
class EngagementReport:
    cycle: str
    as_of: dt.date
    cadence_days: int
    matches: list[MatchEngagement]
    # Live groups and their meeting status (app.meetings.group_engagement).
    groups: list[GroupEngagement] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for match in self.matches:
            counts[match.status] += 1
        return counts

    def needs_attention(self) -> int:
        """Pairs late for a contact: the overdue ones and the never-met ones past the cadence."""
        return sum(1 for match in self.matches if match.late)

    def to_json(self) -> dict[str, object]:
        """The ``engagement --json`` document of CLI.md, plus a few extra keys."""
        return {
            "cycle": self.cycle,
            "as_of": self.as_of.isoformat(),
            "cadence_days": self.cadence_days,
            "counts": self.counts(),
            ATTENTION: self.needs_attention(),
            "matches": [
                {
                    "mentor": m.mentor_email,
                    "mentee": m.mentee_email,
                    "status": m.status,
                    "late": m.late,
                    "due_on": m.due_on.isoformat() if m.due_on else None,
                    "last_contact": m.last_contact.isoformat() if m.last_contact else None,
                    "days_since_contact": m.days_since_contact,
                    "contacts": m.contacts,
                    "concern": m.concern,
                    "cadence_days": m.cadence_days,
                    "mentor_role": m.mentor_role,
                    "mentee_role": m.mentee_role,
                }
                for m in self.matches
            ],
            "groups": [g.to_json() for g in self.groups],
        }


def contact_status(
    made_on: dt.date, last_contact: dt.date | None, as_of: dt.date, cadence_days: int
) -> tuple[str, int]:
    """Status and days since the last contact (or since the match was made).

    Exactly ``cadence_days`` without contact is still within the cadence (due soon); the
    day after, the match is overdue.
    """
    since = as_of - (last_contact or made_on)
    days = max(since.days, 0)
    if last_contact is None:
        return "never_met", days
    if days > cadence_days:
        return "overdue", days
    if days >= cadence_days * DUE_SOON_FRACTION:
        return "due_soon", days
    return "on_track", days


def _display(first: str, preferred: str, last: str) -> str:
    return f"{preferred or first} {last}".strip()


def _cycle_cadence(session: Session, cycle_id: int) -> tuple[Cycle, int]:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("meetings.cycle_gone"))
    program = session.get(Program, cycle.program_id)
    assert program is not None
    return cycle, program.cadence_days


def _relation_cadences(session: Session, cycle: Cycle) -> dict[str, int]:
    """Mentee role → its relation's cadence (the program's own for older programs)."""
    from app.programs.relations import cadence_by_role

    program = session.get(Program, cycle.program_id)
    assert program is not None
    return cadence_by_role(program.settings, program.role_ladder)


def relation_cadences(session: Session, cycle_id: int) -> list[tuple[str, str, int]]:
    """(mentor role, mentee role, cadence) of each relation of the cycle's program."""
    from app.programs.relations import program_relations

    cycle, _ = _cycle_cadence(session, cycle_id)
    program = cycle.program
    return [
        (r.mentor_role, r.mentee_role, r.cadence_days)
        for r in program_relations(program.settings, program.role_ladder)
    ]


def own_cadence(agreed: int | None, mentee_role: str, by_role: dict[str, int], wide: int) -> int:
    """A pair's cadence: its agreement's, else its relation's, else the program's."""
    return agreed or by_role.get(mentee_role, wide)


def pair_cadences(session: Session, cycle_id: int, match_ids: list[int]) -> dict[int, int]:
    """Match id → the cadence engagement measures that pair against (see ``own_cadence``)."""
    cycle, wide = _cycle_cadence(session, cycle_id)
    by_role = _relation_cadences(session, cycle)
    rows = session.execute(
        select(Match.id, Participant.role, Agreement.meeting_every_days)
        .join(Participant, Participant.id == Match.mentee_id)
        .outerjoin(Agreement, Agreement.match_id == Match.id)
        .where(Match.id.in_(match_ids))
    )
    return {mid: own_cadence(agreed, role, by_role, wide) for mid, role, agreed in rows}


def _engagement_query(cycle_id: int, as_of: dt.date) -> Select[Any]:
    """Each live match's day made, its two people and its contact aggregate, in one query."""
    last = (
        select(
            Meeting.match_id.label("match_id"),
            func.max(Meeting.held_on).label("last"),
            func.count(Meeting.id).label("contacts"),
            func.max(Meeting.concern).label("concern"),
        )
        .where(Meeting.held_on <= as_of, Meeting.match_id.is_not(None))
        .group_by(Meeting.match_id)
        # A CTE: read twice below (this cycle's pairs and the pairs they continue), it is
        # aggregated once.
        .cte("contact_totals")
    )
    mentor, mentee = aliased(Participant), aliased(Participant)
    a, b = aliased(Person), aliased(Person)
    # A pair continued from last cycle counts its contacts there too (SQLite's two-argument
    # max() is NULL when either side is, hence the coalesces).
    before = last.alias("before")
    latest = func.max(
        func.coalesce(last.c.last, before.c.last), func.coalesce(before.c.last, last.c.last)
    )
    contacts = func.coalesce(last.c.contacts, 0) + func.coalesce(before.c.contacts, 0)
    return (
        select(
            Match.id,
            # The day as text: parsing it with fromisoformat beats two datetime columns.
            func.date(func.coalesce(Match.confirmed_at, Match.created_at)),
            mentor.role,
            mentee.role,
            *(a.first_name, a.preferred_name, a.last_name, a.email),
            *(b.first_name, b.preferred_name, b.last_name, b.email),
            *(latest, contacts, last.c.concern),
            Agreement.meeting_every_days,  # an agreed frequency overrides the program's
        )
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(a, a.id == mentor.person_id)
        .join(b, b.id == mentee.person_id)
        .outerjoin(last, last.c.match_id == Match.id)
        .outerjoin(before, before.c.match_id == Match.continued_from_id)
        .outerjoin(Agreement, Agreement.match_id == Match.id)
        .where(Match.cycle_id == cycle_id, Match.status.in_(ENGAGED_STATUSES))
    )


def engagement(session: Session, cycle_id: int, as_of: dt.date | None = None) -> EngagementReport:
    """Each live, confirmed match's contact status, most urgent first.

    Contacts after ``as_of`` and matches made after it are left out, so a report "as of"
    a past date reads the same as it would have read that day.
    """
    as_of = as_of or dt.date.today()
    cycle, cadence = _cycle_cadence(session, cycle_id)
    cadences = _relation_cadences(session, cycle)
    query = _engagement_query(cycle_id, as_of)
    rows = []
    for found in session.execute(query):
        match_id, made, mentor_role, mentee_role = found[:4]
        *people, last_contact, contacts, concern, agreed = found[4:]
        made_on = dt.date.fromisoformat(made)
        if made_on > as_of:
            continue
        last_day = _as_date(last_contact)
        own = own_cadence(agreed, mentee_role, cadences, cadence)
        status, days = contact_status(made_on, last_day, as_of, own)
        rows.append(
            MatchEngagement(
                match_id=match_id,
                mentor_name=_display(*people[0:3]),
                mentor_email=people[3],
                mentee_name=_display(*people[4:7]),
                mentee_email=people[7],
                status=status,
                last_contact=last_day,
                days_since_contact=days,
                made_on=made_on,
                contacts=int(contacts or 0),
                concern=bool(concern),
                due_on=(last_day or made_on) + dt.timedelta(days=own),
                cadence_days=own,
                mentor_role=mentor_role,
                mentee_role=mentee_role,
            )
        )
    rows.sort(key=lambda r: (_URGENCY[r.status], -r.days_since_contact, r.match_id))
    from app.meetings.group_engagement import group_engagement

    groups = group_engagement(session, cycle_id, as_of)
    return EngagementReport(cycle.label, as_of, cadence, rows, groups)


def _as_date(value: object) -> dt.date | None:
    """``max()`` over a Date column comes back as text from SQLite; make it a date again."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    contacts: int
    concerns: int

    @property
    def label(self) -> str:
        return dt.date(self.year, self.month, 1).strftime("%b")


def contacts_per_month(
    session: Session, cycle_id: int, today: dt.date | None = None
) -> list[MonthCount]:
    """Contacts of the cycle's matches in each month of the cycle (empty months included).

    The months run from the cycle's start (else the first contact) to its end (else today),
    so a drop-off in the middle of the year shows as short bars rather than missing ones.
    """
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("meetings.cycle_gone"))
    month = func.strftime("%Y-%m", Meeting.held_on)
    query = (
        select(month, func.count(Meeting.id), func.sum(Meeting.concern))
        .join(Match, Match.id == Meeting.match_id)
        .where(Match.cycle_id == cycle_id)
        .group_by(month)
    )
    found = {key: (int(n), int(c or 0)) for key, n, c in session.execute(query)}
    today = today or dt.date.today()
    keys = sorted(found)
    first = cycle.starts_on or (_month_start(keys[0]) if keys else None)
    last = cycle.ends_on or today
    if keys:
        last = max(last, _month_start(keys[-1]))
        first = min(first, _month_start(keys[0])) if first else _month_start(keys[0])
    if first is None or first > last:
        return []
    months = []
    year, mon = first.year, first.month
    while (year, mon) <= (last.year, last.month):
        n, concerns = found.get(f"{year:04d}-{mon:02d}", (0, 0))
        months.append(MonthCount(year, mon, n, concerns))
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return months


def _month_start(key: str) -> dt.date:
    return dt.date(int(key[:4]), int(key[5:7]), 1)
