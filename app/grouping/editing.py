"""The coordinator's edits of a relation's groups on the board (move someone, lock, rename,
confirm), each one transaction.

Editing rules, as a coordinator expects them:

- a locked or ended group does not change: unlock it first (locking is how the coordinator
  says "leave this group alone", also to a re-run);
- "keep apart" rules of the relation's settings are never broken (they exist for safety or
  conflicts): such a move is refused;
- size bounds, mentors per group, a mentor's capacity and "keep together" rules are judged
  by the coordinator, who knows things the program does not (someone is leaving, two people
  move one after the other): the move is refused with :class:`NeedsConfirmation` naming
  what would break, and done when asked again with ``insist=True``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, Group, Participant, group_member
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.grouping.board import group_people, relation_groups
from app.grouping.board_messages import sentence
from app.grouping.settings import group_settings
from app.programs.service import resolve_role
from app.sentences import Sentence

log = logging.getLogger(__name__)

NAME_MOST = 200


class NeedsConfirmation(RuleViolationError):
    """The edit bends a rule the coordinator may bend: ask, then call again insisting."""

    def __init__(self, warnings: Sequence[Sentence]) -> None:
        super().__init__(warnings[0])
        self.warnings = tuple(warnings)


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
    if source is not None and (participant_id, is_mentor) not in group_people(session, source.id):
        raise RuleViolationError(sentence("grouping.board.not_there", name=name, group=source.name))
    if source is None and not is_mentor:
        source = _member_group(session, participant, role)
        if source is not None:
            _changeable(source)
    if target is not None and participant_id in {
        pid for pid, _m in group_people(session, target.id)
    }:
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
        if (participant.id, False) in group_people(session, group.id):
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
        there = {emails.get(pid): pid for pid, _m in group_people(session, group.id)}
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
    return sum(1 for _pid, m in group_people(session, group_id) if m == mentors)


def _led(session: Session, participant_id: int, relation: str) -> int:
    participant = session.get(Participant, participant_id)
    assert participant is not None
    groups = relation_groups(session, participant.cycle_id, relation)
    return sum(1 for g in groups if (participant_id, True) in group_people(session, g.id))


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
