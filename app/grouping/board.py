"""The groups board of one relation: what each group holds and how well it fits, and the
coordinator's edits (move someone, lock, rename, confirm), each one transaction.

Editing rules, as a coordinator expects them:

- a locked or ended group does not change: unlock it first (locking is how the coordinator
  says "leave this group alone", also to a re-run);
- "keep apart" rules of the program's settings are never broken (they exist for safety or
  conflicts): such a move is refused;
- size bounds, mentors per group, a mentor's capacity and "keep together" rules are judged
  by the coordinator, who knows things the program does not (someone is leaving, two people
  move one after the other): the move is refused with :class:`NeedsConfirmation` naming
  what would break, and done when asked again with ``insist=True``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, Group, Participant, group_member
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.grouping import loading
from app.grouping.answers import answer
from app.grouping.board_messages import sentence
from app.grouping.fit import Scorer, score_group
from app.grouping.loading import Choices, load_request
from app.grouping.problem import PREVIOUS_GROUP, Problem
from app.grouping.quality import group_notes
from app.grouping.settings import group_settings
from app.grouping.solve import FormedGroup
from app.matching.messages import language_fr
from app.matching.profile import language_name
from app.programs.service import resolve_role
from app.sentences import Sentence

log = logging.getLogger(__name__)

NAME_MOST = 200
HINT_FIELDS = ("specialty", "discipline", "specialite", "institution", "stage")


class NeedsConfirmation(RuleViolationError):
    """The edit bends a rule the coordinator may bend: ask, then call again insisting."""

    def __init__(self, warnings: Sequence[Sentence]) -> None:
        super().__init__(warnings[0])
        self.warnings = tuple(warnings)


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
    previous = loading._previous_groups(session, cycle) if PREVIOUS_GROUP in fields else {}
    members = [
        loading._someone(p, person, fields, previous)
        for p, person in loading._rows(session, cycle.id, request.role)
    ]
    mentors = [
        replace(loading._someone(p, person, fields, previous), capacity=p.capacity)
        for p, person in loading._rows(session, cycle.id, request.mentor_role)
    ]
    return replace(problem, members=tuple(members), mentors=tuple(mentors)), request.mentor_role


def relation_groups(session: Session, cycle_id: int, role: str) -> list[Group]:
    groups = session.scalars(
        select(Group).where(Group.cycle_id == cycle_id, Group.status != "ended").order_by(Group.id)
    ).all()
    return [g for g in groups if (g.relation or "").casefold() == role.casefold()]


def _people(session: Session, group_id: int) -> list[tuple[int, bool]]:
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
        people = [(pid, m) for pid, m in _people(session, group.id) if pid in participants]
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
    eligible = loading._eligible(session, cycle_id, role)
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


# -- edits ------------------------------------------------------------------------------
def _group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(sentence("grouping.board.group_gone"))
    return group


def _changeable(group: Group) -> None:
    if group.status == "ended":
        raise RuleViolationError(sentence("grouping.board.ended", group=group.name))
    if group.locked:
        raise RuleViolationError(sentence("grouping.board.locked", group=group.name))


def move_member(
    session: Session,
    participant_id: int,
    from_group_id: int | None,
    to_group_id: int | None,
    *,
    insist: bool = False,
) -> tuple[Sentence, ...]:
    """Move someone from one group of a relation to another (``None``: ungrouped).

    Returns the warnings the coordinator accepted by insisting (empty when none)."""
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError(sentence("grouping.board.person_gone"))
    name = participant.person.display_name
    source = _group(session, from_group_id) if from_group_id is not None else None
    target = _group(session, to_group_id) if to_group_id is not None else None
    if (source is None and target is None) or from_group_id == to_group_id:
        return ()
    for group in (g for g in (source, target) if g is not None):
        _changeable(group)
    relation = (target or source).relation  # type: ignore[union-attr]
    ladder = list(participant.cycle.program.role_ladder)
    role = resolve_role(ladder, relation)
    mentor_role = ladder[ladder.index(role) - 1] if ladder.index(role) else ""
    if participant.role not in (role, mentor_role):
        raise RuleViolationError(
            sentence("grouping.board.wrong_role", name=name, role=role, mentor_role=mentor_role)
        )
    is_mentor = participant.role == mentor_role
    if source is not None and (participant_id, is_mentor) not in _people(session, source.id):
        raise RuleViolationError(sentence("grouping.board.not_there", name=name, group=source.name))
    if source is None and not is_mentor:
        source = _member_group(session, participant, role)
        if source is not None:
            _changeable(source)
    if target is not None and participant_id in {pid for pid, _m in _people(session, target.id)}:
        return ()  # already there: nothing to do
    warnings = _check(session, participant, is_mentor, source, target)
    if warnings and not insist:
        raise NeedsConfirmation(warnings)
    if source is not None:
        session.execute(
            delete(group_member).where(
                group_member.c.group_id == source.id,
                group_member.c.participant_id == participant_id,
            )
        )
        audit.record(session, "update", "group", source.id, removed=participant_id)
    if target is not None:
        session.execute(
            insert(group_member),
            [{"group_id": target.id, "participant_id": participant_id, "is_mentor": is_mentor}],
        )
        audit.record(session, "update", "group", target.id, added=participant_id)
    log.info("Moved a participant between groups (%d warnings accepted)", len(warnings))
    return tuple(warnings)


def _member_group(session: Session, participant: Participant, role: str) -> Group | None:
    for group in relation_groups(session, participant.cycle_id, role):
        if (participant.id, False) in _people(session, group.id):
            return group
    return None


def _check(
    session: Session,
    participant: Participant,
    is_mentor: bool,
    source: Group | None,
    target: Group | None,
) -> list[Sentence]:
    """What the move would bend; a "keep apart" rule is refused outright."""
    relation = (target or source).relation  # type: ignore[union-attr]
    settings = group_settings(participant.cycle.program.settings or {}, relation)
    people = {
        p.id: p
        for p in session.scalars(
            select(Participant).where(Participant.cycle_id == participant.cycle_id)
        )
    }
    emails = {pid: p.person.email_key for pid, p in people.items()}
    mine = emails.get(participant.id, "")

    def partners(group: Group, rules: Sequence[tuple[str, str]]) -> list[str]:
        there = {emails.get(pid): pid for pid, _m in _people(session, group.id)}
        wanted = [_partner(mine, a, b) for a, b in rules]
        return [people[there[e]].person.display_name for e in wanted if e and e in there]

    name = participant.person.display_name
    warnings: list[Sentence] = []
    if target is not None:
        for other in partners(target, settings.apart):
            raise RuleViolationError(sentence("grouping.board.apart", name=name, other=other))
        warnings += _target_warnings(session, participant, is_mentor, source, target, relation)
    if source is not None:
        warnings += _source_warnings(session, is_mentor, source, settings.size, relation)
        warnings += [
            sentence("grouping.board.together", name=name, other=other)
            for other in partners(source, settings.together)
        ]
    return warnings


def _target_warnings(
    session: Session,
    participant: Participant,
    is_mentor: bool,
    source: Group | None,
    target: Group,
    relation: str,
) -> list[Sentence]:
    settings = group_settings(participant.cycle.program.settings or {}, relation)
    count = _count(session, target.id, is_mentor) + 1
    wanted, high = settings.mentors_per_group, settings.size[1]
    if not is_mentor:
        if count > high:
            return [sentence("grouping.board.too_big", group=target.name, count=count, high=high)]
        return []
    found = []
    if count > wanted:
        found.append(
            sentence("grouping.board.mentors_over", group=target.name, count=count, wanted=wanted)
        )
    led = _led(session, participant.id, relation) + (0 if source is not None else 1)
    if led > participant.capacity:
        found.append(
            sentence(
                "grouping.board.capacity",
                name=participant.person.display_name,
                count=led,
                capacity=participant.capacity,
            )
        )
    return found


def _source_warnings(
    session: Session, is_mentor: bool, source: Group, size: tuple[int, int], relation: str
) -> list[Sentence]:
    count = _count(session, source.id, is_mentor) - 1
    if not is_mentor:
        if count < size[0]:
            return [
                sentence("grouping.board.too_small", group=source.name, count=count, low=size[0])
            ]
        return []
    program = session.get(Cycle, source.cycle_id).program  # type: ignore[union-attr]
    wanted = group_settings(program.settings or {}, relation).mentors_per_group
    if count < wanted:
        return [
            sentence("grouping.board.mentors_short", group=source.name, count=count, wanted=wanted)
        ]
    return []


def _partner(mine: str, a: str, b: str) -> str:
    a, b = a.strip().casefold(), b.strip().casefold()
    if mine == a:
        return b
    if mine == b:
        return a
    return ""


def _count(session: Session, group_id: int, mentors: bool) -> int:
    return sum(1 for _pid, m in _people(session, group_id) if m == mentors)


def _led(session: Session, participant_id: int, relation: str) -> int:
    participant = session.get(Participant, participant_id)
    assert participant is not None
    groups = relation_groups(session, participant.cycle_id, relation)
    return sum(1 for g in groups if (participant_id, True) in _people(session, g.id))


def set_locked(session: Session, group_id: int, locked: bool) -> None:
    """Lock a group (a re-run keeps it, edits are refused) or unlock it."""
    group = _group(session, group_id)
    group.locked = locked
    audit.record(session, "update", "group", group.id, locked=locked)


def rename_group(session: Session, group_id: int, name: str) -> str:
    """Give a group a new name (unique among the cycle's live groups); returns the old one."""
    group = _group(session, group_id)
    name = " ".join(name.split())
    if not name:
        raise UnusableInputError(sentence("grouping.board.name_empty"))
    if len(name) > NAME_MOST:
        raise UnusableInputError(sentence("grouping.board.name_long", most=NAME_MOST))
    taken = session.scalars(
        select(Group.id).where(
            Group.cycle_id == group.cycle_id,
            Group.status != "ended",
            Group.id != group.id,
            Group.name == name,
        )
    ).first()
    if taken is not None:
        raise UnusableInputError(sentence("grouping.board.name_taken", name=name))
    old, group.name = group.name, name
    audit.record(session, "update", "group", group.id, renamed=True)
    return old


def confirm_groups(session: Session, group_ids: Sequence[int]) -> list[int]:
    """Confirm the proposed groups among ``group_ids``; returns those confirmed."""
    done = []
    for group_id in group_ids:
        group = _group(session, group_id)
        if group.status == "proposed":
            group.status = "confirmed"
            audit.record(session, "update", "group", group.id, status="confirmed")
            done.append(group.id)
    if not done:
        raise RuleViolationError(sentence("grouping.board.nothing_to_confirm"))
    return done


def unconfirm_groups(session: Session, group_ids: Sequence[int]) -> None:
    """Undo a confirmation: the confirmed groups among ``group_ids`` are proposed again."""
    for group_id in group_ids:
        group = _group(session, group_id)
        if group.status == "confirmed":
            group.status = "proposed"
            audit.record(session, "update", "group", group.id, status="proposed")
