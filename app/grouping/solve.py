"""Form the groups of a problem: exactly for a tiny instance, else a seeded first grouping
improved by local search on the worst group."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from app.errors import UnusableInputError
from app.grouping import exact
from app.grouping.construct import blocks, construct, impossible_blocks, mentor_ties
from app.grouping.fit import GroupScore, Scorer, grouping_key, score_group
from app.grouping.messages import sentence
from app.grouping.problem import Problem, group_count
from app.grouping.search import improve
from app.grouping.state import State
from app.sentences import Sentence

log = logging.getLogger(__name__)
MOST_STARTS = 4
STARTS_BUDGET = 600  # members × starts, at most (one start for the largest programs)


@dataclass(frozen=True)
class FormedGroup:
    members: tuple[int, ...]  # participant keys
    mentors: tuple[int, ...]
    score: GroupScore


@dataclass(frozen=True)
class Solution:
    problem: Problem
    groups: tuple[FormedGroup, ...]
    ungrouped: tuple[tuple[int, Sentence], ...]  # member key, why no group could take them
    exact: bool = False
    steps: int = 0

    @property
    def key(self) -> tuple[int, float, float]:
        return grouping_key([g.score for g in self.groups])


def groups_for(problem: Problem, placeable: int) -> int:
    if problem.groups:
        return problem.groups
    wanted = problem.mentors_per_group
    places = sum(max(0, p.capacity) for p in problem.mentors)
    return group_count(placeable, problem.size, places // wanted if wanted else None)


def solve(
    problem: Problem, seed: int = 0, *, max_steps: int | None = None, allow_exact: bool = True
) -> Solution:
    """The groups of ``problem``; the same seed always gives the same groups."""
    scorer = Scorer.build(problem)
    found = blocks(problem)
    left = impossible_blocks(problem, found)
    found = [b for b in found if b[0] not in left]
    placeable = sum(len(b) for b in found)
    if placeable == 0:
        return _solution(scorer, [], left, exact=False, steps=0)
    groups = groups_for(problem, placeable)
    if groups == 0:
        low, high = problem.size
        raise UnusableInputError(
            sentence("grouping.size_impossible", count=placeable, low=low, high=high)
        )
    if allow_exact and not left and exact.applies(scorer, groups):
        optimal = exact.solve_exact(scorer, groups)
        if optimal is not None:
            return _solution(scorer, optimal, {}, exact=True, steps=0)
    criteria = bool(problem.active_criteria or problem.never_alone)
    # Smaller instances afford several starts (the best is kept); 600 members get one.
    starts = max(1, min(MOST_STARTS, STARTS_BUDGET // max(1, placeable))) if criteria else 1
    best: Solution | None = None
    for start in range(starts):
        state, out = _first_grouping(scorer, found, left, groups, [seed % 2**63, start])
        movable = np.zeros(state.n, dtype=bool)
        ties = mentor_ties(problem, found)
        for block in found:  # kept-together people (with each other or a mentor) stay
            movable[block] = len(block) == 1 and block[0] not in ties
        steps = 0
        if criteria:  # else every grouping fits as well
            steps = improve(state, movable, max_steps if max_steps is not None else 40 * state.n)
        grouping = [(state.members(g), list(state.mentors_of[g])) for g in range(state.groups)]
        if not out:
            grouping, out = _without_short_groups(problem, grouping)
        found_now = _solution(scorer, grouping, out, exact=False, steps=steps)
        if best is None or _rank(found_now) > _rank(best):
            best = found_now
    assert best is not None
    log.info("Formed %d groups from %d starts", len(best.groups), starts)
    return best


def _without_short_groups(
    problem: Problem, grouping: list[tuple[list[int], list[int]]]
) -> tuple[list[tuple[list[int], list[int]]], dict[int, Sentence]]:
    """When nobody was left out, yet keep-together and keep-apart rules left a group below
    the smallest size (six people in groups of 3 or 4, three of them kept together and two
    of the others kept apart), that group's members are listed with the reason rather than
    formed into a group smaller than asked."""
    low = problem.size[0]
    kept: list[tuple[list[int], list[int]]] = []
    left: dict[int, Sentence] = {}
    for members, mentors in grouping:
        if 0 < len(members) < low:
            left.update((i, sentence("grouping.left_short", low=low)) for i in members)
        else:
            kept.append((members, mentors))
    return kept, left


def _rank(solution: Solution) -> tuple[int, int, float, float]:
    """Fewer people left out first, then the grouping's own key."""
    return (-len(solution.ungrouped), *solution.key)


def _first_grouping(
    scorer: Scorer,
    found: list[list[int]],
    left: dict[int, Sentence],
    groups: int,
    seed: list[int],
) -> tuple[State, dict[int, Sentence]]:
    """Construct; when people kept apart from every group leave too few for the groups'
    sizes, plan fewer groups for those who can be placed (a few times at most)."""
    placeable = sum(len(b) for b in found)
    for _ in range(3):
        state = State(scorer, groups)
        out = construct(state, found, np.random.default_rng(seed))
        low, high = scorer.problem.size
        fewer = groups_for(scorer.problem, placeable - len(out))
        if not out or all(low <= s <= high for s in state.sizes) or fewer in (0, groups):
            break
        groups = fewer
    return state, {**left, **out}


def _solution(
    scorer: Scorer,
    grouping: list[tuple[list[int], list[int]]],
    left: dict[int, Sentence],
    *,
    exact: bool,
    steps: int,
) -> Solution:
    problem = scorer.problem
    formed = []
    for members, mentors in grouping:
        if not members:
            continue
        formed.append(
            FormedGroup(
                tuple(problem.members[i].key for i in sorted(members)),
                tuple(problem.mentors[k].key for k in sorted(mentors)),
                score_group(scorer, sorted(members), sorted(mentors)),
            )
        )
    ungrouped = tuple((problem.members[i].key, why) for i, why in sorted(left.items()))
    return Solution(problem, tuple(formed), ungrouped, exact, steps)


def random_balanced(problem: Problem, seed: int) -> Solution:
    """Groups assigned at random but balanced (the same run with no criterion), scored by
    ``problem``'s criteria so they can be compared with the solver's."""
    from dataclasses import replace

    drawn = solve(replace(problem, criteria=(), never_alone=()), seed, allow_exact=False)
    scorer = Scorer.build(problem)
    member_at = {p.key: i for i, p in enumerate(problem.members)}
    mentor_at = {p.key: i for i, p in enumerate(problem.mentors)}
    grouping = [
        ([member_at[k] for k in g.members], [mentor_at[k] for k in g.mentors]) for g in drawn.groups
    ]
    left = {member_at[k]: why for k, why in drawn.ungrouped}
    return _solution(scorer, grouping, left, exact=False, steps=0)
