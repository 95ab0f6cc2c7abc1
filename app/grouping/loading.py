"""Reading one relation of a cycle from the database as a group-formation problem.

Public API (the board and the choices read people the same way a run does):
:func:`load_request` builds a run's problem; :func:`relation_rows` lists the people of one
rung, :func:`eligible_ids` who the eligibility rules let be grouped,
:func:`previous_groups` who was in which group last cycle, :func:`grouping_person` turns
one participant into the solver's person, and :func:`known_fields` says which answers
anyone gave.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Cycle, Group, Participant, Person, group_member
from app.errors import NotFoundError, UnusableInputError
from app.grouping.answers import COLUMNS, answer, answered_fields
from app.grouping.messages import sentence
from app.grouping.problem import (
    DIVERSE,
    IGNORE,
    KEEP,
    MEMBERS,
    PREVIOUS_GROUP,
    SIMILAR,
    Criterion,
    NeverAlone,
    Problem,
)
from app.grouping.problem import (
    Person as Someone,
)
from app.grouping.settings import group_settings, mentor_diversity
from app.matching.profile import fold
from app.programs.service import resolve_role

# Groups that went ahead (continuity looks at them in the previous cycle).
WENT_AHEAD = ("confirmed", "active", "ended")


@dataclass(frozen=True)
class Request:
    """A cycle's relation ready to be grouped, with what is kept as it is."""

    cycle_id: int
    label: str
    role: str
    mentor_role: str
    problem: Problem
    kept: tuple[int, ...] = ()  # ids of groups left as they are (confirmed, locked...)
    kept_names: frozenset[str] = frozenset()
    continuity: str = IGNORE
    emails: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Choices:
    """What the coordinator asked for on top of the relation's settings."""

    size: tuple[int, int] | None = None
    mentors_per_group: int | None = None
    similar: Sequence[str] = ()
    diverse: Sequence[str] = ()


def load_request(session: Session, cycle_id: int, role: str, choices: Choices) -> Request:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("grouping.cycle_gone"))
    ladder = list(cycle.program.role_ladder)
    role = resolve_role(ladder, role)
    if ladder.index(role) == 0:
        raise UnusableInputError(sentence("grouping.top_rung", role=role))
    mentor_role = ladder[ladder.index(role) - 1]
    settings = group_settings(cycle.program.settings or {}, role)
    if settings.kind != "groups":
        raise UnusableInputError(sentence("grouping.pairs", role=role))
    kept = _kept_groups(session, cycle_id, role, settings.continuity)
    taken = _taken(session, [g.id for g in kept])
    rows = relation_rows(session, cycle_id, role) + relation_rows(session, cycle_id, mentor_role)
    eligible = eligible_ids(session, cycle_id, role)
    members = [
        r for r in rows if r[0].role == role and r[0].id not in taken and r[0].id in eligible
    ]
    mentors = [r for r in rows if r[0].role == mentor_role]
    criteria = _criteria(settings.criteria, choices, rows, role, mentor_role)
    mentors_per_group = settings.mentors_per_group
    if choices.mentors_per_group is not None:
        mentors_per_group = choices.mentors_per_group
    answered = set().union(*(answered_fields(p) for p, _ in mentors)) if mentors else set()
    criteria += mentor_diversity(mentors_per_group, {fold(a) for a in answered})
    fields = {c.field for c in criteria} | {f for f, _ in settings.never_alone}
    previous = previous_groups(session, cycle) if PREVIOUS_GROUP in fields else {}
    led = {pid: n for pid, n in taken.items() if n > 0}
    problem = Problem(
        members=tuple(grouping_person(p, person, fields, previous) for p, person in members),
        mentors=tuple(
            replace(
                grouping_person(p, person, fields, previous),
                capacity=max(0, p.capacity - led.get(p.id, 0)),
            )
            for p, person in mentors
            if p.capacity - led.get(p.id, 0) > 0
        ),
        size=choices.size or settings.size,
        mentors_per_group=mentors_per_group,
        criteria=tuple(criteria),
        never_alone=tuple(
            NeverAlone(f, frozenset(fold(v) for v in values)) for f, values in settings.never_alone
        ),
        together=_keys(settings.together, rows),
        apart=_keys(settings.apart, rows),
        keep_mentors=settings.continuity == KEEP,
        full_mentors={
            p.id: person.email for p, person in mentors if p.capacity - led.get(p.id, 0) <= 0
        },
    )
    return Request(
        cycle_id=cycle.id,
        label=cycle.label,
        role=role,
        mentor_role=mentor_role,
        problem=_lone_language_rule(problem),
        kept=tuple(g.id for g in kept),
        kept_names=frozenset(g.name for g in kept),
        continuity=settings.continuity,
        emails={p.id: person.email for p, person in rows},
    )


def relation_rows(session: Session, cycle_id: int, role: str) -> list[tuple[Participant, Person]]:
    """The participants of ``role`` in the cycle (withdrawn people left out), by id."""
    query = (
        select(Participant, Person)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.cycle_id == cycle_id, Participant.role == role)
        .where(Participant.status != "withdrawn")
        .order_by(Participant.id)
    )
    return [(p, person) for p, person in session.execute(query)]


def eligible_ids(session: Session, cycle_id: int, role: str) -> set[int]:
    """Who may be grouped: the eligibility rules' verdict when that package is present."""
    everyone = set(session.scalars(select(Participant.id).where(Participant.cycle_id == cycle_id)))
    try:
        checking = importlib.import_module("app.eligibility.checking")
        return set(checking.eligible_participants(session, cycle_id, role))
    except (ImportError, AttributeError):
        return everyone


def _kept_groups(session: Session, cycle_id: int, role: str, continuity: str) -> list[Group]:
    """The relation's groups a re-run leaves alone: all but unlocked proposals (and, when
    groups are kept from year to year, proposals carried from the previous cycle)."""
    groups = session.scalars(
        select(Group).where(Group.cycle_id == cycle_id, Group.status != "ended").order_by(Group.id)
    ).all()
    mine = [g for g in groups if (g.relation or "").casefold() == role.casefold()]
    return [
        g
        for g in mine
        if g.status != "proposed" or g.locked or (continuity == KEEP and g.continued_from_id)
    ]


def _taken(session: Session, group_ids: list[int]) -> dict[int, int]:
    """Participant id → groups led (0 for a member) among ``group_ids``."""
    taken: dict[int, int] = {}
    if not group_ids:
        return taken
    rows = session.execute(
        select(group_member.c.participant_id, group_member.c.is_mentor).where(
            group_member.c.group_id.in_(group_ids)
        )
    )
    for pid, is_mentor in rows:
        taken[pid] = taken.get(pid, 0) + (1 if is_mentor else 0)
    return taken


def previous_groups(session: Session, cycle: Cycle) -> dict[int, frozenset[str]]:
    """Person id → the groups they were in during the previous cycle (that went ahead)."""
    if cycle.previous_id is None:
        return {}
    rows = session.execute(
        select(Participant.person_id, group_member.c.group_id)
        .join(group_member, group_member.c.participant_id == Participant.id)
        .join(Group, Group.id == group_member.c.group_id)
        .where(Group.cycle_id == cycle.previous_id, Group.status.in_(WENT_AHEAD))
    )
    found: dict[int, set[str]] = {}
    for person_id, group_id in rows:
        found.setdefault(person_id, set()).add(str(group_id))
    return {k: frozenset(v) for k, v in found.items()}


def grouping_person(
    p: Participant, person: Person, fields: set[str], previous: dict[int, frozenset[str]]
) -> Someone:
    """``p`` as the solver sees them: their answers to ``fields`` and, from ``previous``
    (see :func:`previous_groups`), the groups they were in last cycle."""
    values = {f: answer(p, person, f) for f in fields if f != PREVIOUS_GROUP}
    values[PREVIOUS_GROUP] = previous.get(person.id, frozenset())
    return Someone(p.id, person.email, person.display_name, values, p.capacity)


def _keys(
    pairs: Sequence[tuple[str, str]], rows: list[tuple[Participant, Person]]
) -> tuple[tuple[int, int], ...]:
    by_email: dict[str, list[int]] = {}
    for p, person in rows:
        by_email.setdefault(person.email_key, []).append(p.id)
    found = []
    for a, b in pairs:
        for x in by_email.get(a.strip().casefold(), []):
            for y in by_email.get(b.strip().casefold(), []):
                if x != y:
                    found.append((x, y))
    return tuple(found)


def _criteria(
    defaults: Sequence[Criterion],
    choices: Choices,
    rows: list[tuple[Participant, Person]],
    role: str,
    mentor_role: str,
) -> list[Criterion]:
    """The coordinator's ``--similar``/``--diverse`` fields, else the relation's criteria
    (those nobody answered are left out; a field the coordinator named must be answered)."""
    asked = [Criterion(f, SIMILAR) for f in choices.similar] + [
        Criterion(f, DIVERSE) for f in choices.diverse
    ]
    known = known_fields(rows)
    for criterion in asked:
        if fold(criterion.field) not in known:
            raise UnusableInputError(
                sentence(
                    "grouping.field_unknown",
                    field=criterion.field,
                    role=role,
                    mentor_role=mentor_role,
                    known=", ".join(sorted(known)) or "—",
                )
            )
    if asked:
        return asked
    return [
        c
        for c in defaults
        if c.field == PREVIOUS_GROUP or fold(c.field) in known or c.among != MEMBERS
    ]


def known_fields(rows: list[tuple[Participant, Person]]) -> set[str]:
    """The answers (folded field names) at least one of ``rows`` gave."""
    known: set[str] = set()
    for p, person in rows:
        known |= {fold(f) for f in answered_fields(p)}
        known |= {f for f in COLUMNS if f not in known and answer(p, person, f)}
    return known


def _lone_language_rule(problem: Problem) -> Problem:
    """A never-alone rule on languages leaves out the language most members speak: a group
    is never short of English speakers, but a single French speaker is alone."""
    rules = []
    for rule in problem.never_alone:
        if rule.field in ("languages", "language") and not rule.values:
            spoken: dict[str, int] = {}
            for person in problem.members:
                for code in person.answer(rule.field):
                    spoken[code] = spoken.get(code, 0) + 1
            common = max(spoken, key=lambda c: (spoken[c], c)) if spoken else ""
            rule = NeverAlone(rule.field, frozenset(c for c in spoken if c != common))
        rules.append(rule)
    return replace(problem, never_alone=tuple(rules))
