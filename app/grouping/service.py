"""Propose a relation's groups for a cycle, and save them as proposed groups."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, Group, group_member
from app.errors import UnusableInputError
from app.grouping.loading import Choices, Request, load_request
from app.grouping.messages import sentence
from app.grouping.problem import PREVIOUS_GROUP, group_count
from app.grouping.quality import figures, group_notes, shortfalls
from app.grouping.solve import Solution, solve
from app.sentences import Sentence

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Proposal:
    request: Request
    solution: Solution
    names: tuple[str, ...]  # one per group of the solution

    @property
    def shortfalls(self) -> list[Sentence]:
        return shortfalls(self.solution)


def propose_groups(
    session: Session,
    cycle_id: int,
    role: str,
    choices: Choices | None = None,
    seed: int = 0,
    lang: str | None = None,
) -> Proposal:
    """The best groups of ``role`` with mentors of the rung above (nothing is saved).

    New groups are named "Groupe N" when the program was set up in French or ``lang`` (the
    window's language) is French, "Group N" otherwise."""
    request = load_request(session, cycle_id, role, choices or Choices())
    problem = request.problem
    members = len(problem.members)
    low, high = problem.size
    if members and group_count(members, problem.size, None) == 0:
        raise UnusableInputError(
            sentence(
                "grouping.size_impossible_role",
                count=members,
                role=request.role,
                low=low,
                high=high,
            )
        )
    solution = solve(problem, seed)
    french = (lang or "").casefold().startswith("fr")
    language = "fr" if french else _program_language(session, cycle_id)
    names = _names(len(solution.groups), request.kept_names, language)
    return Proposal(request, solution, names)


# A new group's name; the name is stored, so a group keeps the name it was given.
_GROUP_NAME = {"en": "Group {number}", "fr": "Groupe {number}"}


def _program_language(session: Session, cycle_id: int) -> str:
    from app.programs.presets import program_language

    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        return "en"
    return program_language(cycle.program.settings, cycle.program.role_ladder)


def _names(count: int, taken: frozenset[str], lang: str = "en") -> tuple[str, ...]:
    pattern = _GROUP_NAME["fr" if lang.casefold().startswith("fr") else "en"]
    names: list[str] = []
    number = 1
    while len(names) < count:
        name = pattern.format(number=number)
        if name not in taken:
            names.append(name)
        number += 1
    return tuple(names)


def save_groups(session: Session, proposal: Proposal) -> tuple[int, int]:
    """Replace the relation's unlocked proposed groups with ``proposal``'s (one transaction,
    the caller's); confirmed, active and locked groups are never touched. Returns (saved,
    replaced)."""
    request = proposal.request
    proposed = session.scalars(
        select(Group).where(
            Group.cycle_id == request.cycle_id,
            Group.status == "proposed",
            Group.locked.is_(False),
        )
    ).all()
    mine = [
        g.id
        for g in proposed
        if g.id not in request.kept and (g.relation or "").casefold() == request.role.casefold()
    ]
    if mine:
        session.execute(delete(group_member).where(group_member.c.group_id.in_(mine)))
        session.execute(delete(Group).where(Group.id.in_(mine)))
    for name, formed in zip(proposal.names, proposal.solution.groups, strict=True):
        group = Group(
            cycle_id=request.cycle_id, name=name, relation=request.role, status="proposed"
        )
        session.add(group)
        session.flush()
        rows = [
            {"group_id": group.id, "participant_id": k, "is_mentor": True} for k in formed.mentors
        ]
        rows += [
            {"group_id": group.id, "participant_id": k, "is_mentor": False} for k in formed.members
        ]
        session.execute(insert(group_member), rows)
        audit.record(session, "create", "group", group.id)
    log.info("Saved %d proposed groups, replaced %d", len(proposal.names), len(mine))
    return len(proposal.names), len(mine)


def proposal_document(proposal: Proposal, lang: str = "en") -> dict[str, Any]:
    """The ``groups --json`` document (CLI.md)."""
    from app.sentences import render

    request, solution = proposal.request, proposal.solution
    email = request.emails.get
    criteria = {
        c.field if c.among == "members" else f"{c.field}@{c.among}": c.kind
        for c in solution.problem.active_criteria
        if c.field != PREVIOUS_GROUP
    }
    return {
        "cycle": request.label,
        "role": request.role,
        "mentor_role": request.mentor_role,
        "groups": [
            {
                "name": name,
                "mentors": [email(k, "") for k in g.mentors],
                "members": [email(k, "") for k in g.members],
                "score": round(g.score.fit, 4),
                "fit": {
                    c.label: round(g.score.per_criterion[i], 4)
                    for i, c in enumerate(solution.problem.active_criteria)
                },
                "notes": [render(n, lang) for n in group_notes(solution.problem, g)],
            }
            for name, g in zip(proposal.names, solution.groups, strict=True)
        ],
        "ungrouped": [email(k, "") for k, _ in solution.ungrouped],
        "ungrouped_reasons": {email(k, ""): render(why, lang) for k, why in solution.ungrouped},
        "criteria": criteria,
        "continuity": request.continuity,
        "kept_groups": len(request.kept),
        "quality": figures(solution),
        "shortfalls": [render(s, lang) for s in proposal.shortfalls],
    }
