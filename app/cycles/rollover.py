"""Starting a program's next cycle from the decisions stored on the old one.

One call, one transaction: the new cycle is created, returning people are carried as its
participants (with their answers, role and capacity, marked returning), continued pairs and
groups are recreated there with ``continued_from_id`` (their contacts stay on the old rows,
where the history shows them), closed ones are ended with their reason, and the old cycle
is closed: read-only until reopened (see ``app.cycles.guard``).

Settings, letter templates, the answer catalogue and topics belong to the program, not to a
cycle, so the new cycle has them as they are; survey definitions belong to a cycle and are
copied (never their responses). ``copied`` names what the new cycle has.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app import audit
from app.cycles.decisions import (
    GROUP,
    PAIR,
    Decision,
    Relation,
    group_members,
    live_relations,
    outcome,
    save_answers,
    save_decisions,
)
from app.cycles.guard import CLOSED
from app.cycles.messages import sentence
from app.db.models import (
    Agreement,
    AgreementGoal,
    Cycle,
    Group,
    LetterTemplate,
    Match,
    Participant,
    Program,
    Topic,
    group_member,
    utcnow,
)
from app.errors import NotFoundError, UnusableInputError
from app.programs import service as programs

log = logging.getLogger(__name__)

# Program settings that travel with the program into every cycle, as ``copied`` names them.
_SETTING_PARTS = {
    "matching": "matching settings",
    "catalogue": "answer catalogue",
    "relations": "relation settings",
    "letterhead": "letterhead",
}


@dataclass
class RolloverResult:
    cycle: str
    program: str
    previous: str | None
    cycle_id: int
    participants_carried: int = 0
    pairs_continued: int = 0
    groups_continued: int = 0
    rematched: int = 0
    closed: int = 0
    agreements_carried: int = 0
    copied: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "cycle": self.cycle,
            "program": self.program,
            "from": self.previous,
            "participants_carried": self.participants_carried,
            "pairs_continued": self.pairs_continued,
            "groups_continued": self.groups_continued,
            "rematched": self.rematched,
            "closed": self.closed,
            "agreements_carried": self.agreements_carried,
            "copied": self.copied,
        }


def find_program(session: Session, name: str) -> Program:
    program = session.scalar(select(Program).where(Program.name == name.strip()))
    if program is None:
        raise NotFoundError(sentence("cycles.no_program", name=name))
    return program


def find_program_cycle(session: Session, program: Program, label: str) -> Cycle:
    cycle = session.scalar(
        select(Cycle).where(Cycle.program_id == program.id, Cycle.label == label.strip())
    )
    if cycle is None:
        raise NotFoundError(sentence("cycles.no_cycle", program=program.name, label=label))
    return cycle


def create_next_cycle(
    session: Session,
    program: str,
    label: str,
    from_label: str | None = None,
    starts: dt.date | None = None,
    ends: dt.date | None = None,
    *,
    decisions: Mapping[tuple[str, int], Decision] | None = None,
    answers: Mapping[int, str] | None = None,
    as_of: dt.date | None = None,
) -> RolloverResult:
    """Create cycle ``label`` of ``program``; with ``from_label``, roll that cycle over.

    ``decisions`` and ``answers`` (the roll-over screen's) are stored on the old cycle first;
    what is still undecided takes its default (see ``app.cycles.decisions``).
    """
    owner = find_program(session, program)
    old = find_program_cycle(session, owner, from_label) if from_label else None
    if old is not None:
        if old.label == label.strip():
            raise UnusableInputError(sentence("cycles.same_label", label=old.label))
        if old.status == CLOSED:
            raise UnusableInputError(sentence("cycles.from_closed", label=old.label))
        save_decisions(session, old, decisions or {})
        save_answers(session, old, answers or {})
    new_id = programs.create_cycle(session, owner.id, label, starts, ends)
    new = session.get(Cycle, new_id)
    assert new is not None
    result = RolloverResult(new.label, owner.name, old.label if old else None, new.id)
    if old is None:
        return result
    new.previous_id = old.id
    result.copied = copied_parts(session, owner)
    from app.surveys.service import copy_surveys  # definitions only, never responses

    if copy_surveys(session, old.id, new.id):
        result.copied.append("surveys")
    _carry(session, old, new, live_relations(session, old, as_of), result)
    if result.agreements_carried:
        result.copied.append("agreements")
    old.status = CLOSED
    old.closed_at = utcnow()
    session.flush()
    audit.record(session, "roll_over", "cycle", new.id, previous_id=old.id,
                 carried=result.participants_carried, pairs=result.pairs_continued,
                 groups=result.groups_continued)  # fmt: skip
    log.info("Rolled a cycle over: %s people carried", result.participants_carried)
    return result


def copied_parts(session: Session, program: Program) -> list[str]:
    """What the new cycle has from the program: settings, templates, catalogue, topics…"""
    parts = ["settings"]
    templates = session.scalar(
        select(func.count())
        .select_from(LetterTemplate)
        .where(LetterTemplate.program_id == program.id)
    )
    if templates or program.settings.get("letter_templates"):
        parts.append("letter templates")
    parts += [name for key, name in _SETTING_PARTS.items() if program.settings.get(key)]
    if session.scalar(select(func.count()).select_from(Topic).where(Topic.active)):
        parts.append("topics")
    return parts


def _carry(
    session: Session, old: Cycle, new: Cycle, relations: list[Relation], result: RolloverResult
) -> None:
    people = session.scalars(select(Participant).where(Participant.cycle_id == old.id)).all()
    plan = outcome(relations, {p.id: p.next_cycle for p in people})
    for person in people:
        if person.id in plan.conflicts:
            name = person.person.display_name
            raise UnusableInputError(sentence("cycles.leaving_but_continued", name=name))
    carried = [p for p in people if p.id in plan.carried]
    copies = {p.id: _carry_participant(p, new.id) for p in carried}
    session.add_all(copies.values())
    session.flush()
    result.participants_carried = len(copies)
    new_ids = {old_id: copy.id for old_id, copy in copies.items()}
    for relation in relations:
        if relation.decision == "continue":
            _continue(session, relation, new, new_ids, result)
        elif relation.decision == "close":
            _close(session, relation)
            result.closed += 1
        else:
            result.rematched += 1


def _carry_participant(old: Participant, cycle_id: int) -> Participant:
    return Participant(
        person_id=old.person_id,
        cycle_id=cycle_id,
        role=old.role,
        institution=old.institution,
        stage=old.stage,
        interests=list(old.interests or []),
        preferences=dict(old.preferences or {}),
        capacity=old.capacity,
        status="active",
        is_returning=True,
        custom_fields=dict(old.custom_fields or {}),
    )


def _continue(
    session: Session, relation: Relation, new: Cycle, ids: dict[int, int], result: RolloverResult
) -> None:
    now = utcnow()
    if relation.kind == PAIR:
        old = session.get(Match, relation.id)
        assert old is not None
        pair = Match(
            cycle_id=new.id, mentor_id=ids[old.mentor_id], mentee_id=ids[old.mentee_id],
            status="active", origin=old.origin, score=old.score,
            reasons=list(old.reasons or []), pinned=old.pinned,
            confirmed_at=old.confirmed_at or now, notified_at=old.notified_at or now,
            continued_from_id=old.id,
        )  # fmt: skip
        session.add(pair)
        session.flush()
        _carry_agreement(session, old, pair, result)
        result.pairs_continued += 1
        return
    group = session.get(Group, relation.id)
    assert group is not None and relation.kind == GROUP
    copy = Group(
        cycle_id=new.id, name=group.name, relation=group.relation, status="active",
        locked=group.locked, continued_from_id=group.id,
    )  # fmt: skip
    session.add(copy)
    session.flush()
    members = group_members(session, [group.id]).get(group.id, [])
    if members:
        session.execute(
            insert(group_member),
            [
                {"group_id": copy.id, "participant_id": ids[p], "is_mentor": is_mentor}
                for p, is_mentor in members
            ],
        )
    _carry_agreement(session, group, copy, result)
    result.groups_continued += 1


def _carry_agreement(
    session: Session, old_owner: Match | Group, new_owner: Match | Group, result: RolloverResult
) -> None:
    """Copy a continued pair's or group's agreement onto its new row.

    The terms travel as agreed; only the goals still open go on (met and dropped ones stay
    in last year's agreement), their reviews cleared; the signature is cleared because a new
    year is signed anew.
    """
    pair = isinstance(old_owner, Match)
    column = Agreement.match_id if pair else Agreement.group_id
    source = session.scalars(select(Agreement).where(column == old_owner.id)).first()
    if source is None:
        return
    copy = Agreement(
        cycle_id=new_owner.cycle_id,
        match_id=new_owner.id if pair else None,
        group_id=None if pair else new_owner.id,
        support=list(source.support or []),
        meeting_every_days=source.meeting_every_days,
        confidentiality=source.confidentiality,
        ending=source.ending,
        notes=source.notes,
        signed_on=None,
    )
    open_goals = [g for g in source.goals if g.status not in ("met", "dropped")]
    copy.goals = [
        AgreementGoal(position=position, text=g.text, target_on=g.target_on,
                      status="in_progress", note=g.note)
        for position, g in enumerate(open_goals)
    ]  # fmt: skip
    session.add(copy)
    result.agreements_carried += 1


def _close(session: Session, relation: Relation) -> None:
    row: Match | Group | None = session.get(  # type: ignore[assignment]
        Match if relation.kind == PAIR else Group, relation.id
    )
    assert row is not None
    row.status = "ended"
    row.ended_at = utcnow()
    row.end_category = row.end_category or "cycle_ended"


def reopen_cycle(session: Session, program: str, label: str) -> str:
    """Make a closed cycle editable again; returns its label."""
    cycle = find_program_cycle(session, find_program(session, program), label)
    if cycle.status != CLOSED:
        raise UnusableInputError(sentence("cycles.not_closed", label=cycle.label))
    cycle.status = "open"
    cycle.closed_at = None
    audit.record(session, "reopen", "cycle", cycle.id)
    return cycle.label


def reopen_cycle_id(session: Session, cycle_id: int) -> str:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("cycles.cycle_gone"))
    return reopen_cycle(session, cycle.program.name, cycle.label)


def suggest_next_label(label: str) -> str:
    """ "2025-2026" → "2026-2027", "2025" → "2026"; otherwise the label with " (next)"."""
    import re

    years = re.fullmatch(r"(\d{4})([-/–])(\d{2}|\d{4})", label.strip())
    if years:
        first, sep, second = years.groups()
        later = str(int(second) + 1).zfill(len(second))[-len(second) :]
        return f"{int(first) + 1}{sep}{later}"
    if re.fullmatch(r"\d{4}", label.strip()):
        return str(int(label) + 1)
    return f"{label.strip()} (next)"
