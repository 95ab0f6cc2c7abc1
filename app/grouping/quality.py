"""How good a grouping is, in figures and in sentences.

Figures: the worst group's fit (what the solver maximises), the mean and harmonic mean, and
each criterion's worst and mean fit. Sentences: what could not be satisfied (lone members,
groups short of mentors, people left out), each saying what would fix it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from app.grouping.construct import mentor_teams
from app.grouping.messages import counted, sentence
from app.grouping.problem import Problem
from app.grouping.solve import FormedGroup, Solution
from app.matching.messages import language_fr, text
from app.matching.profile import language_name
from app.sentences import Sentence

LANGUAGE_FIELDS = ("languages", "language")


def figures(solution: Solution) -> dict[str, Any]:
    fits = [g.score.fit for g in solution.groups]
    criteria = solution.problem.active_criteria
    per = {
        c.label: {
            "kind": c.kind,
            "weight": c.weight,
            "worst": round(
                min((g.score.per_criterion[i] for g in solution.groups), default=1.0), 4
            ),
            "mean": round(_mean([g.score.per_criterion[i] for g in solution.groups]), 4),
        }
        for i, c in enumerate(criteria)
    }
    return {
        "worst_group": round(min(fits, default=1.0), 4),
        "mean": round(_mean(fits), 4),
        "harmonic_mean": round(_harmonic(fits), 4),
        "groups": len(fits),
        "lone_members": sum(g.score.alone for g in solution.groups),
        "criteria": per,
        "exact": solution.exact,
    }


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 1.0


def _harmonic(values: list[float]) -> float:
    if not values:
        return 1.0
    if min(values) <= 0:
        return 0.0
    return len(values) / sum(1 / v for v in values)


def lone_values(problem: Problem, group: FormedGroup) -> list[tuple[str, str]]:
    """(field, value) of the never-alone rules that only one member of ``group`` holds."""
    people = {p.key: p for p in problem.members}
    found = []
    for rule in problem.never_alone:
        held = Counter(v for key in group.members for v in people[key].answer(rule.field))
        found += [
            (rule.field, v)
            for v, n in sorted(held.items())
            if n == 1 and (not rule.values or v in rule.values)
        ]
    return found


def group_notes(problem: Problem, group: FormedGroup) -> list[Sentence]:
    notes = []
    for field, value in lone_values(problem, group):
        if field in LANGUAGE_FIELDS:
            notes.append(sentence("grouping.note_alone_language", language=_language(value)))
        else:
            notes.append(sentence("grouping.note_alone_value", field=field, value=value))
    wanted = problem.mentors_per_group
    if len(group.mentors) < wanted:
        notes.append(sentence("grouping.note_understaffed", have=len(group.mentors), wanted=wanted))
    return notes


def shortfalls(solution: Solution) -> list[Sentence]:
    """What could not be satisfied, one sentence per rule value, then mentors (too few, or a
    team a together rule keeps that leads no group whole), then people."""
    problem = solution.problem
    lonely: Counter[tuple[str, str]] = Counter()
    for group in solution.groups:
        lonely.update(lone_values(problem, group))
    said = []
    for (field, value), groups in sorted(lonely.items()):
        if field in LANGUAGE_FIELDS:
            said.append(
                counted("grouping.alone_language", groups, groups=groups, language=_language(value))
            )
        else:
            said.append(
                counted("grouping.alone_value", groups, groups=groups, field=field, value=value)
            )
    wanted = problem.mentors_per_group
    short = [g for g in solution.groups if len(g.mentors) < wanted]
    if short and wanted == 1:
        said.append(counted("grouping.no_mentor", len(short), groups=len(short)))
    elif short:
        more = sum(wanted - len(g.mentors) for g in short)
        said.append(
            counted(
                "grouping.understaffed", len(short), groups=len(short), wanted=wanted, more=more
            )
        )
    for team in mentor_teams(problem):
        keys = {problem.mentors[k].key for k in team}
        if not any(keys <= set(g.mentors) for g in solution.groups):
            names = ", ".join(problem.mentors[k].name or problem.mentors[k].email for k in team)
            said.append(sentence("grouping.mentor_team_split", names=names))
    if solution.ungrouped:
        said.append(
            counted("grouping.ungrouped", len(solution.ungrouped), count=len(solution.ungrouped))
        )
    return said


def _language(code: str) -> Sentence:
    english = language_name(code)
    return text(english, language_fr(code, english))
