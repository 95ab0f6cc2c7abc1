"""The roll-over decisions stored on the old cycle, and the defaults proposed for them.

Each live pair and group gets ``next_cycle`` = continue | rematch | close (a closed one also
its ``end_category`` and ``end_reason``); each participant ``next_cycle`` = returning |
leaving ("" = not asked yet). Undecided pairs and groups get a default:

- continue: under way (confirmed, notified or active) with a contact in the last cadence;
- rematch: never met, only proposed, or no contact for longer than the cadence;
- close: never by default (it needs a reason).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from app.cycles.messages import sentence
from app.db.models import (
    END_CATEGORIES,
    LIVE_MATCH_STATUSES,
    NEXT_CYCLE_DECISIONS,
    RETURNING_ANSWERS,
    Cycle,
    Group,
    Match,
    Meeting,
    Participant,
    group_member,
)
from app.errors import NotFoundError, UnusableInputError

UNDER_WAY = ("confirmed", "notified", "active")
LIVE_GROUP_STATUSES = ("proposed", "confirmed", "active")
PAIR, GROUP = "pair", "group"


@dataclass(frozen=True)
class Relation:
    """A live pair or group of the old cycle and what happens to it next cycle."""

    kind: str  # "pair" | "group"
    id: int
    title: str  # "Mentor name → Mentee name" or the group's name
    status: str
    last_contact: dt.date | None
    stored: str  # the decision saved on the row ("" = undecided)
    default: str  # the proposed decision
    end_category: str
    end_reason: str
    participant_ids: tuple[int, ...]

    @property
    def decision(self) -> str:
        return self.stored or self.default

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class PersonAnswer:
    participant_id: int
    name: str
    email: str
    role: str
    answer: str  # "" | returning | leaving


@dataclass(frozen=True)
class Decision:
    decision: str
    end_category: str = ""
    end_reason: str = ""


@dataclass(frozen=True)
class Outcome:
    """What the roll-over will do with these decisions and answers (nothing written)."""

    continued: int
    rematched: int
    closed: int
    carried: frozenset[int]  # participant ids of the old cycle carried into the new one
    conflicts: tuple[int, ...]  # marked leaving, yet in a continued pair or group


def outcome(
    relations: list[Relation],
    answers: Mapping[int, str],
    decisions: Mapping[tuple[str, int], str] | None = None,
) -> Outcome:
    """Who is carried: both people of a continued pair or group, everyone marked returning,
    and the people of re-matched ones unless they said they are leaving."""
    chosen = {r.key: (decisions or {}).get(r.key) or r.decision for r in relations}
    in_continued = {p for r in relations if chosen[r.key] == "continue" for p in r.participant_ids}
    rematched = {p for r in relations if chosen[r.key] == "rematch" for p in r.participant_ids}
    carried = {p for p, answer in answers.items() if answer == "returning"} | in_continued
    carried |= {p for p in rematched if answers.get(p) != "leaving"}
    conflicts = tuple(sorted(p for p in in_continued if answers.get(p) == "leaving"))

    def count(decision: str) -> int:
        return sum(1 for d in chosen.values() if d == decision)

    return Outcome(
        count("continue"), count("rematch"), count("close"), frozenset(carried), conflicts
    )


def default_decision(status: str, last: dt.date | None, as_of: dt.date, cadence: int) -> str:
    """The roll-over screen's proposal for an undecided pair or group (see module doc)."""
    if status in UNDER_WAY and last is not None and (as_of - last).days <= cadence:
        return "continue"
    return "rematch"


def _last_contacts(
    session: Session, column: InstrumentedAttribute[int | None], ids: list[int]
) -> dict[int, dt.date]:
    if not ids:
        return {}
    rows = session.execute(
        select(column, func.max(Meeting.held_on)).where(column.in_(ids)).group_by(column)
    )
    return {int(owner or 0): last for owner, last in rows}


def live_relations(session: Session, cycle: Cycle, as_of: dt.date | None = None) -> list[Relation]:
    """Every live pair, then every live group, of ``cycle`` with its decision."""
    as_of = as_of or dt.date.today()
    cadence = cycle.program.cadence_days
    matches = session.scalars(
        select(Match)
        .where(Match.cycle_id == cycle.id, Match.status.in_(LIVE_MATCH_STATUSES))
        .order_by(Match.id)
        .options(
            selectinload(Match.mentor).selectinload(Participant.person),
            selectinload(Match.mentee).selectinload(Participant.person),
        )
    ).all()
    lasts = _last_contacts(session, Meeting.match_id, [m.id for m in matches])
    found = [
        Relation(
            PAIR, m.id,
            f"{m.mentor.person.display_name} → {m.mentee.person.display_name}",
            m.status, lasts.get(m.id), m.next_cycle,
            default_decision(m.status, lasts.get(m.id), as_of, cadence),
            m.end_category, m.end_reason, (m.mentor_id, m.mentee_id),
        )
        for m in matches
    ]  # fmt: skip
    groups = session.scalars(
        select(Group)
        .where(Group.cycle_id == cycle.id, Group.status.in_(LIVE_GROUP_STATUSES))
        .order_by(Group.id)
    ).all()
    group_lasts = _last_contacts(session, Meeting.group_id, [g.id for g in groups])
    members = group_members(session, [g.id for g in groups])
    found += [
        Relation(
            GROUP, g.id, g.name, g.status, group_lasts.get(g.id), g.next_cycle,
            default_decision(g.status, group_lasts.get(g.id), as_of, cadence),
            g.end_category, g.end_reason, tuple(p for p, _ in members.get(g.id, [])),
        )
        for g in groups
    ]  # fmt: skip
    return found


def group_members(session: Session, group_ids: list[int]) -> dict[int, list[tuple[int, bool]]]:
    """Group id → [(participant id, is_mentor)], mentors first."""
    rows = session.execute(
        select(group_member.c.group_id, group_member.c.participant_id, group_member.c.is_mentor)
        .where(group_member.c.group_id.in_(group_ids))
        .order_by(group_member.c.is_mentor.desc(), group_member.c.participant_id)
    )
    found: dict[int, list[tuple[int, bool]]] = {}
    for group_id, participant_id, is_mentor in rows:
        found.setdefault(int(group_id), []).append((int(participant_id), bool(is_mentor)))
    return found


def people_answers(session: Session, cycle_id: int) -> list[PersonAnswer]:
    """Every participant of the cycle with their answer about returning."""
    rows = session.scalars(
        select(Participant)
        .where(Participant.cycle_id == cycle_id)
        .order_by(Participant.role, Participant.id)
        .options(selectinload(Participant.person))
    ).all()
    return [
        PersonAnswer(p.id, p.person.display_name, p.person.email, p.role, p.next_cycle)
        for p in rows
    ]


def save_decisions(
    session: Session, cycle: Cycle, decisions: Mapping[tuple[str, int], Decision]
) -> None:
    """Store the coordinator's decisions on the old cycle's pairs and groups."""
    for (kind, row_id), chosen in decisions.items():
        if chosen.decision not in NEXT_CYCLE_DECISIONS:
            raise UnusableInputError(sentence("cycles.bad_decision", decision=chosen.decision))
        if chosen.end_category not in END_CATEGORIES:
            raise UnusableInputError(sentence("cycles.bad_category", category=chosen.end_category))
        row: Match | Group | None = session.get(Match if kind == PAIR else Group, row_id)  # type: ignore[assignment]
        if row is None or row.cycle_id != cycle.id:
            raise NotFoundError(sentence("cycles.unknown_relation", label=cycle.label))
        row.next_cycle = chosen.decision
        if chosen.decision == "close":
            row.end_category = chosen.end_category or "cycle_ended"
            row.end_reason = chosen.end_reason.strip()


def save_answers(session: Session, cycle: Cycle, answers: Mapping[int, str]) -> None:
    """Store who is returning or leaving (participant id → answer)."""
    for participant_id, answer in answers.items():
        if answer not in RETURNING_ANSWERS:
            raise UnusableInputError(sentence("cycles.bad_answer", answer=answer))
        participant = session.get(Participant, participant_id)
        if participant is None or participant.cycle_id != cycle.id:
            raise NotFoundError(sentence("cycles.unknown_relation", label=cycle.label))
        participant.next_cycle = answer
