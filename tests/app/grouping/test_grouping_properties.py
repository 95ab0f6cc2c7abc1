"""Whatever the people, criteria and rules: sizes within bounds, mentors within their
places, hard rules kept, nobody dropped without a reason, the same seed the same groups."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import UnusableInputError
from app.grouping.problem import Problem
from app.grouping.solve import Solution, solve
from tests.app.grouping.strategies import problems


def _solve(problem: Problem, seed: int = 0) -> Solution | None:
    """The solution, or None when the people cannot make groups of the sizes asked."""
    try:
        return solve(problem, seed)
    except UnusableInputError as refused:
        assert getattr(refused.message, "key", "") == "grouping.size_impossible"
        return None


def _check_rules(problem: Problem, solution: Solution) -> None:
    low, high = problem.size
    placed = Counter(k for g in solution.groups for k in g.members)
    left = [k for k, _ in solution.ungrouped]
    # Everyone is in exactly one group, or listed with a reason.
    assert sorted([*placed, *left]) == sorted(p.key for p in problem.members)
    assert all(n == 1 for n in placed.values())
    assert not set(placed) & set(left)
    for group in solution.groups:
        # Only people a rule kept out of every group can leave too few for the sizes.
        assert low <= len(group.members) <= high or solution.ungrouped, len(group.members)
        assert len(group.mentors) <= problem.mentors_per_group
        assert len(set(group.mentors)) == len(group.mentors)
        people = {*group.members, *group.mentors}
        for a, b in problem.apart:
            assert not (a in people and b in people), (a, b)
    load = Counter(k for g in solution.groups for k in g.mentors)
    capacity = {p.key: p.capacity for p in problem.mentors}
    assert all(load[k] <= capacity[k] for k in load)
    for a, b in problem.together:
        group_of = {k: i for i, g in enumerate(solution.groups) for k in g.members}
        if a in group_of or b in group_of:
            assert group_of.get(a) == group_of.get(b), (a, b)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(), st.integers(0, 3))
def test_sizes_mentors_capacities_and_hard_rules_always_hold(problem: Problem, seed: int) -> None:
    solution = _solve(problem, seed)
    if solution is not None:
        _check_rules(problem, solution)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(most_members=40, rules=False))
def test_groups_are_fully_staffed_when_mentors_have_the_places(problem: Problem) -> None:
    solution = _solve(problem)
    if solution is None:
        return
    places = sum(min(p.capacity, len(solution.groups)) for p in problem.mentors)
    if places >= len(solution.groups) * problem.mentors_per_group:
        assert all(len(g.mentors) == problem.mentors_per_group for g in solution.groups)
    assert not solution.ungrouped


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(most_members=40), st.integers(0, 1000))
def test_the_same_seed_gives_the_same_groups(problem: Problem, seed: int) -> None:
    first, second = _solve(problem, seed), _solve(problem, seed)
    if first is None or second is None:
        assert first is second
        return
    assert [(g.members, g.mentors) for g in first.groups] == [
        (g.members, g.mentors) for g in second.groups
    ]
    assert first.ungrouped == second.ungrouped
