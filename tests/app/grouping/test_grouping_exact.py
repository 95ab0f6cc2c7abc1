"""On small instances the solver's worst group is the best possible: an integer program over
every possible group (members × mentor team), solved here with scipy, agrees."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from app.grouping.fit import Scorer, score_group
from app.grouping.problem import Criterion, NeverAlone, Person, Problem
from app.grouping.solve import solve
from tests.app.grouping.strategies import problems

TOLERANCE = 1e-6


def _candidates(problem: Problem) -> list[tuple[tuple[int, ...], tuple[int, ...], float, int]]:
    """Every allowed group: (member positions, mentor positions, fit, lone members)."""
    scorer = Scorer.build(problem)
    low, high = problem.size
    keys = [p.key for p in problem.members] + [p.key for p in problem.mentors]
    apart = {frozenset(p) for p in problem.apart}
    n = len(problem.members)
    found = []
    teams = list(itertools.combinations(range(len(problem.mentors)), problem.mentors_per_group))
    for size in range(low, high + 1):
        for members in itertools.combinations(range(n), size):
            for team in teams:
                people = [keys[i] for i in members] + [keys[n + k] for k in team]
                if any(frozenset(p) in apart for p in itertools.combinations(people, 2)):
                    continue
                score = score_group(scorer, members, team)
                found.append((members, team, score.fit, score.alone))
    return found


def exact_optimum(problem: Problem, groups: int) -> tuple[int, float] | None:
    """(fewest lone members, best worst-group fit) over every grouping into ``groups``."""
    cells = _candidates(problem)
    if not cells:
        return None
    n, m = len(problem.members), len(problem.mentors)
    count = len(cells)
    cover = np.zeros((n, count))
    load = np.zeros((m, count))
    for j, (members, team, _fit, _alone) in enumerate(cells):
        cover[list(members), j] = 1
        load[list(team), j] = 1
    capacity = np.array([p.capacity for p in problem.mentors], dtype=float)
    base = [
        LinearConstraint(cover, 1, 1),
        LinearConstraint(np.ones((1, count)), groups, groups),
    ]
    if m:
        base.append(LinearConstraint(load, 0, capacity))
    alone = np.array([c[3] for c in cells], dtype=float)
    first = milp(alone, constraints=base, integrality=np.ones(count), bounds=Bounds(0, 1))
    if first.status != 0:
        return None
    fewest = round(first.fun)
    # Then the worst group: maximise t with t <= fit of every chosen group.
    fits = np.array([c[2] for c in cells])
    widen = [
        LinearConstraint(np.hstack([c.A, np.zeros((c.A.shape[0], 1))]), c.lb, c.ub) for c in base
    ]
    widen.append(LinearConstraint(np.append(alone, 0)[None, :], -np.inf, fewest))
    # t - fit_j <= 1 - x_j  ⇔  t + x_j <= 1 + fit_j
    rows = np.hstack([np.eye(count), np.ones((count, 1))])
    widen.append(LinearConstraint(rows, -np.inf, 1 + fits))
    objective = np.append(np.zeros(count), -1.0)
    second = milp(
        objective,
        constraints=widen,
        integrality=np.append(np.ones(count), 0),
        bounds=Bounds(np.zeros(count + 1), np.append(np.ones(count), 1.0)),
    )
    assert second.status == 0
    return fewest, -second.fun


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(most_members=8, most_mentors=4, rules=False), st.data())
def test_worst_group_equals_the_integer_programs_optimum(
    problem: Problem, data: st.DataObject
) -> None:
    apart_pairs = st.tuples(st.sampled_from(problem.members), st.sampled_from(problem.members))
    apart = data.draw(st.lists(apart_pairs.filter(lambda p: p[0] != p[1]), max_size=2))
    lonely = data.draw(st.booleans())
    problem = Problem(
        members=problem.members,
        mentors=problem.mentors,
        size=problem.size,
        mentors_per_group=problem.mentors_per_group,
        criteria=problem.criteria,
        never_alone=(NeverAlone("languages", frozenset({"fr"})),) if lonely else (),
        apart=tuple((a.key, b.key) for a, b in apart),
    )
    try:
        solution = solve(problem, seed=1)
    except Exception as refused:  # too few people for the sizes: nothing to compare
        assert "cannot be split" in str(refused)
        return
    if solution.ungrouped:
        return  # a rule kept someone out of every group (checked in the property tests)
    places = sum(min(p.capacity, len(solution.groups)) for p in problem.mentors)
    if places < len(solution.groups) * problem.mentors_per_group:
        return  # too few mentors: some groups go short (checked in the property tests)
    optimum = exact_optimum(problem, len(solution.groups))
    assert optimum is not None
    fewest, worst = optimum
    alone, best_worst, _mean = solution.key
    event("compared with the optimum")
    assert -alone == fewest
    assert abs(best_worst - worst) <= TOLERANCE, (best_worst, worst)


def test_a_hand_made_instance_reaches_its_known_optimum() -> None:
    """Four women and four men, two groups of four, diverse in gender: two and two each."""
    people = tuple(
        Person(i, f"p{i}@example.org", values={"gender": frozenset({"woman" if i < 4 else "man"})})
        for i in range(8)
    )
    problem = Problem(
        people, size=(4, 4), mentors_per_group=0, criteria=(Criterion("gender", "diverse"),)
    )
    solution = solve(problem)
    assert solution.key[1] == 1.0
    for group in solution.groups:
        assert sum(1 for k in group.members if k < 4) == 2
    assert exact_optimum(problem, 2) == (0, 1.0)
