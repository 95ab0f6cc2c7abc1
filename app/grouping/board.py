"""The groups board of one relation: what each group holds, how well it fits per
criterion, what it lacks, and who is not in a group and why. The edits are in ``editing``."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Cycle, Group, Participant, group_member
from app.errors import NotFoundError
from app.grouping import loading
from app.grouping.answers import answer
from app.grouping.board_messages import sentence
from app.grouping.fit import Scorer, score_group
from app.grouping.loading import Choices, load_request
from app.grouping.problem import PREVIOUS_GROUP, Problem
from app.grouping.quality import group_notes
from app.grouping.solve import FormedGroup
from app.matching.messages import language_fr
from app.matching.profile import language_name
from app.programs.service import resolve_role
from app.sentences import Sentence

log = logging.getLogger(__name__)

NAME_MOST = 200
HINT_FIELDS = ("specialty", "discipline", "specialite", "institution", "stage")


@dataclass(frozen=True)
class BoardPerson:
    participant_id: int
    name: str
    role: str
    is_mentor: bool
    languages: tuple[str, ...] = ()  # codes: "en", "fr"
    discipline: str = ""  # a specialty, discipline, institution or stage

    def hint(self, lang: str = "en") -> str:
        """Languages and discipline, e.g. "English, French · Paediatrics"."""
        names = []
        for code in self.languages:
            english = language_name(code) or code
            names.append(language_fr(code, english) if lang.startswith("fr") else english)
        return " · ".join(part for part in (", ".join(names), self.discipline) if part)


@dataclass(frozen=True)
class BoardGroup:
    id: int
    name: str
    status: str
    locked: bool
    mentors: tuple[BoardPerson, ...]
    members: tuple[BoardPerson, ...]
    fit: float
    per_criterion: tuple[tuple[str, str, float], ...]  # label, kind, fit
    notes: tuple[Sentence, ...]


@dataclass(frozen=True)
class Board:
    cycle_id: int
    role: str
    mentor_role: str
    size: tuple[int, int]
    mentors_per_group: int
    groups: tuple[BoardGroup, ...]
    ungrouped: tuple[tuple[BoardPerson, Sentence], ...] = field(default=())

    def group(self, group_id: int) -> BoardGroup:
        return next(g for g in self.groups if g.id == group_id)


def _discipline(p: Participant) -> str:
    for name in HINT_FIELDS:
        value = (p.custom_fields or {}).get(name) or getattr(p, name, "")
        if value:
            return str(value)
    return ""


def _board_problem(session: Session, cycle: Cycle, role: str) -> tuple[Problem, str]:
    """The relation's problem with every member and mentor in it (grouped or not), so any
    stored group can be scored."""
    request = load_request(session, cycle.id, role, Choices())
    problem = request.problem
    fields = set(problem.fields()) | {PREVIOUS_GROUP}
    previous = loading.previous_groups(session, cycle) if PREVIOUS_GROUP in fields else {}
    members = [
        loading.grouping_person(p, person, fields, previous)
        for p, person in loading.relation_rows(session, cycle.id, request.role)
    ]
    mentors = [
        replace(loading.grouping_person(p, person, fields, previous), capacity=p.capacity)
        for p, person in loading.relation_rows(session, cycle.id, request.mentor_role)
    ]
    return replace(problem, members=tuple(members), mentors=tuple(mentors)), request.mentor_role


def relation_groups(session: Session, cycle_id: int, role: str) -> list[Group]:
    groups = session.scalars(
        select(Group).where(Group.cycle_id == cycle_id, Group.status != "ended").order_by(Group.id)
    ).all()
    return [g for g in groups if (g.relation or "").casefold() == role.casefold()]


def group_people(session: Session, group_id: int) -> list[tuple[int, bool]]:
    rows = session.execute(
        select(group_member.c.participant_id, group_member.c.is_mentor)
        .where(group_member.c.group_id == group_id)
        .order_by(group_member.c.participant_id)
    )
    return [(int(pid), bool(m)) for pid, m in rows]


def load_board(session: Session, cycle_id: int, role: str) -> Board:
    """Every live group of the relation whose members are ``role``, scored, and who is left."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("grouping.board.person_gone"))
    problem, mentor_role = _board_problem(session, cycle, role)
    role = resolve_role(list(cycle.program.role_ladder), role)
    scorer = Scorer.build(problem)
    member_at = {p.key: i for i, p in enumerate(problem.members)}
    mentor_at = {p.key: i for i, p in enumerate(problem.mentors)}
    participants = {
        p.id: p
        for p in session.scalars(select(Participant).where(Participant.cycle_id == cycle_id))
    }

    def person(pid: int, is_mentor: bool) -> BoardPerson:
        p = participants[pid]
        languages = tuple(sorted(answer(p, p.person, "languages")))
        return BoardPerson(pid, p.person.display_name, p.role, is_mentor, languages, _discipline(p))

    groups, placed, leading = [], set(), dict[int, int]()
    for group in relation_groups(session, cycle_id, role):
        people = [(pid, m) for pid, m in group_people(session, group.id) if pid in participants]
        members = [pid for pid, m in people if not m]
        mentors = [pid for pid, m in people if m]
        placed |= set(members)
        for pid in mentors:
            leading[pid] = leading.get(pid, 0) + 1
        score = score_group(
            scorer,
            sorted(member_at[k] for k in members if k in member_at),
            sorted(mentor_at[k] for k in mentors if k in mentor_at),
        )
        formed = FormedGroup(tuple(members), tuple(mentors), score)
        known = replace(formed, members=tuple(k for k in members if k in member_at))
        groups.append(
            BoardGroup(
                group.id,
                group.name,
                group.status,
                bool(group.locked),
                tuple(person(k, True) for k in mentors),
                tuple(person(k, False) for k in members),
                score.fit,
                tuple(
                    (c.label, c.kind, score.per_criterion[i])
                    for i, c in enumerate(problem.active_criteria)
                ),
                tuple(group_notes(problem, known)),
            )
        )
    eligible = loading.eligible_ids(session, cycle_id, role)
    left: list[tuple[BoardPerson, Sentence]] = []
    for someone in problem.members:
        if someone.key not in placed:
            why = "grouping.board.no_group_yet"
            if someone.key not in eligible:
                why = "grouping.board.not_eligible"
            left.append((person(someone.key, False), sentence(why)))
    for someone in problem.mentors:
        room = someone.capacity - leading.get(someone.key, 0)
        if room > 0:
            left.append(
                (person(someone.key, True), sentence("grouping.board.free_mentor", count=room))
            )
    return Board(
        cycle_id,
        role,
        mentor_role,
        problem.size,
        problem.mentors_per_group,
        tuple(groups),
        tuple(left),
    )
