"""The coordinator's choices for forming one relation's groups, read from and kept in that
relation's entry of the program's settings (so the next run, in the window or the CLI,
starts from them, and another group relation of the program keeps its own)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle
from app.errors import NotFoundError
from app.grouping import loading
from app.grouping.answers import LANGUAGES
from app.grouping.board_messages import sentence
from app.grouping.problem import CONTINUITY, IGNORE, KINDS, MEMBERS, PREVIOUS_GROUP
from app.grouping.rules import (
    APART,
    TOGETHER,
    check_rules,
    email_key,
    relation_people,
    without_duplicates,
)
from app.grouping.settings import group_settings, relation_grouping
from app.programs.relations import RelationSettings
from app.programs.service import resolve_role

log = logging.getLogger(__name__)

MOST_WEIGHT = 10.0


@dataclass(frozen=True)
class CriterionChoice:
    field: str
    kind: str  # similar, diverse or ignore
    weight: float = 1.0


@dataclass(frozen=True)
class GroupingChoices:
    size: tuple[int, int]
    mentors_per_group: int
    criteria: tuple[CriterionChoice, ...]
    never_alone: tuple[str, ...]  # fields no group may hold a single person of
    continuity: str  # keep, mix or ignore
    # Pairs of emails kept together / apart; None keeps the relation's rules as they are.
    together: tuple[tuple[str, str], ...] | None = None
    apart: tuple[tuple[str, str], ...] | None = None


def _cycle(session: Session, cycle_id: int) -> Cycle:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("grouping.board.person_gone"))
    return cycle


def load_choices(session: Session, cycle_id: int, role: str) -> GroupingChoices:
    """What the relation's settings say today (defaults where nothing was chosen)."""
    cycle = _cycle(session, cycle_id)
    settings = group_settings(cycle.program.settings or {}, role)
    criteria = tuple(
        CriterionChoice(c.field, c.kind, c.weight)
        for c in settings.criteria
        if c.field != PREVIOUS_GROUP and c.among == MEMBERS
    )
    return GroupingChoices(
        size=settings.size,
        mentors_per_group=settings.mentors_per_group,
        criteria=criteria,
        never_alone=tuple(dict.fromkeys(f for f, _values in settings.never_alone)),
        continuity=settings.continuity,
    )


def criterion_fields(session: Session, cycle_id: int, role: str) -> list[str]:
    """Fields someone of the relation answered, which a criterion can use."""
    cycle = _cycle(session, cycle_id)
    ladder = list(cycle.program.role_ladder)
    role = resolve_role(ladder, role)
    rows = loading.relation_rows(session, cycle_id, role)
    known = loading.known_fields(rows)
    if known & set(LANGUAGES):  # one entry for languages, not one per spelling
        known = (known - set(LANGUAGES)) | {"languages"}
    return sorted(known)


def save_choices(session: Session, cycle_id: int, role: str, choices: GroupingChoices) -> None:
    """Keep ``choices`` in the relation's settings (one transaction, the caller's); a size or
    number of mentors the program could not use is refused with a sentence.

    Together and apart rules are replaced by the choices' own (kept as they were when
    those are None); rules no grouping could keep are refused. An older program's program-wide
    choices are moved into each of its group relations that has none of its own, so they
    keep forming groups as before."""
    cycle = _cycle(session, cycle_id)
    program = cycle.program
    ladder = list(program.role_ladder)
    role = resolve_role(ladder, role)
    settings = dict(program.settings or {})
    relations = [dict(r) for r in settings.get("relations") or [] if isinstance(r, dict)]
    entry = next((r for r in relations if str(r.get("mentee_role")) == role), None)
    if entry is None:
        mentor_role = ladder[ladder.index(role) - 1]
        entry = {"mentor_role": mentor_role, "mentee_role": role, "kind": "groups"}
        relations.append(entry)
    entry["group_size"] = list(choices.size)
    entry["mentors_per_group"] = choices.mentors_per_group
    grouping = dict(relation_grouping(settings, role))
    grouping["criteria"] = [
        {"field": c.field, "kind": c.kind if c.kind in KINDS else IGNORE, "weight": _weight(c)}
        for c in choices.criteria
    ]
    grouping["never_alone"] = list(dict.fromkeys(choices.never_alone))
    grouping["continuity"] = choices.continuity if choices.continuity in CONTINUITY else IGNORE
    _save_rules(session, cycle_id, role, grouping, choices)
    entry["grouping"] = grouping
    RelationSettings.from_dict(entry)  # refuses a size or mentor count out of bounds
    _move_shared_choices(settings, relations)
    settings["relations"] = relations
    program.settings = settings
    audit.record(session, "update", "program", program.id, grouping=role)
    log.info("Saved the grouping choices of one relation (%d criteria)", len(choices.criteria))


def _save_rules(
    session: Session, cycle_id: int, role: str, grouping: dict[str, Any], choices: GroupingChoices
) -> None:
    for kind, pairs in ((TOGETHER, choices.together), (APART, choices.apart)):
        if pairs is not None:
            grouping[kind] = without_duplicates(pairs)
    settings = {"relations": [{"mentee_role": role, "grouping": grouping}]}
    stored = group_settings(settings, role)
    mentors = [p.email for p in relation_people(session, cycle_id, role) if p.is_mentor]
    check_rules(stored.together, stored.apart, choices.mentors_per_group, mentors)


def change_rule(
    session: Session,
    cycle_id: int,
    role: str,
    kind: str,
    first: str,
    second: str,
    *,
    add: bool = True,
) -> None:
    """Add (or, ``add=False``, remove) one together or apart rule of the relation, the
    other choices as they are (one transaction, the caller's)."""
    cycle = _cycle(session, cycle_id)
    role = resolve_role(list(cycle.program.role_ladder), role)
    settings = group_settings(cycle.program.settings or {}, role)
    pairs = list(settings.together if kind == TOGETHER else settings.apart)
    wanted = {email_key(first), email_key(second)}
    kept = [p for p in pairs if {email_key(x) for x in p} != wanted]
    if add:
        kept.append((first, second))
    choices = load_choices(session, cycle_id, role)
    if kind == TOGETHER:
        choices = replace(choices, together=tuple(kept))
    else:
        choices = replace(choices, apart=tuple(kept))
    save_choices(session, cycle_id, role, choices)


def _move_shared_choices(settings: dict[str, Any], relations: list[dict[str, Any]]) -> None:
    """Give every group relation without choices of its own the program-wide ones, then
    drop them: from now on each relation's choices are its own."""
    shared = settings.pop("grouping", None)
    if not isinstance(shared, Mapping):
        return
    for relation in relations:
        if relation.get("kind") == "groups" and not isinstance(relation.get("grouping"), Mapping):
            relation["grouping"] = dict(shared)


def _weight(choice: CriterionChoice) -> float:
    return round(min(MOST_WEIGHT, max(0.0, float(choice.weight))), 2)


def group_relations(session: Session, cycle_id: int) -> list[tuple[str, str]]:
    """(mentor role, member role) of each relation of the cycle's program made of groups."""
    from app.programs.relations import program_relations

    cycle = _cycle(session, cycle_id)
    ladder: Sequence[str] = list(cycle.program.role_ladder)
    return [
        (r.mentor_role, r.mentee_role)
        for r in program_relations(cycle.program.settings or {}, ladder)
        if r.is_groups
    ]
