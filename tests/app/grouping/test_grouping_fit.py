"""A group's fit per criterion, by hand, and the swap scores the search uses against the
groups actually swapped."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.grouping.construct import blocks, construct
from app.grouping.delta import swap_parts
from app.grouping.fit import Scorer, grouping_key, score_group
from app.grouping.problem import Criterion, NeverAlone, Person, Problem
from app.grouping.state import State
from tests.app.grouping.strategies import problems


def _people(field: str, values: list[set[str]]) -> tuple[Person, ...]:
    return tuple(
        Person(i, f"p{i}@example.org", values={field: frozenset(v)}) for i, v in enumerate(values)
    )


@pytest.mark.parametrize(
    ("kind", "answers", "expected"),
    [
        # similar: the share of ordered pairs who share a value
        ("similar", [{"a"}, {"a"}, {"a"}, {"a"}], 1.0),
        ("similar", [{"a"}, {"a"}, {"b"}, {"b"}], 4 / 12),
        ("similar", [{"a"}, {"b"}, {"c"}, {"d"}], 0.0),
        ("similar", [{"a"}, set(), set(), set()], 1.0),  # one answer: nothing to judge
        # diverse: spread as evenly as the values allow (2 values: two and two is best)
        ("diverse", [{"a"}, {"a"}, {"b"}, {"b"}], 1.0),
        ("diverse", [{"a"}, {"a"}, {"a"}, {"b"}], (12 - 6) / (12 - 4)),
        ("diverse", [{"a"}, {"a"}, {"a"}, {"a"}, {"b"}], (20 - 12) / (20 - 8)),
    ],
)
def test_fit_of_one_group_by_hand(kind: str, answers: list[set[str]], expected: float) -> None:
    people = _people("stage", answers)
    extra = _people("stage", [{"a"}, {"b"}])  # the instance holds the values a and b at least
    extra = tuple(Person(100 + p.key, p.email, values=p.values) for p in extra)
    problem = Problem(people + extra, criteria=(Criterion("stage", kind),), mentors_per_group=0)
    scorer = Scorer.build(problem)
    score = score_group(scorer, list(range(len(people))), [])
    assert score.per_criterion[0] == pytest.approx(expected)
    assert score.fit == pytest.approx(expected)


def test_lone_members_are_counted_per_value_and_judged_first() -> None:
    people = _people("languages", [{"en", "fr"}, {"en"}, {"en"}, {"en", "fr"}, {"en"}, {"en"}])
    rule = NeverAlone("languages", frozenset({"fr"}))
    problem = Problem(people, never_alone=(rule,), mentors_per_group=0)
    scorer = Scorer.build(problem)
    alone = score_group(scorer, [0, 1, 2], [])
    together = score_group(scorer, [0, 3, 1], [])
    assert (alone.alone, together.alone) == (1, 0)
    worse = grouping_key([alone, alone])
    better = grouping_key([together, score_group(scorer, [2, 4, 5], [])])
    assert better > worse


def test_mentor_criteria_read_the_mentors_only() -> None:
    mentors = tuple(
        Person(10 + i, f"m{i}@example.org", values={"specialty": frozenset({s})})
        for i, s in enumerate(["paeds", "paeds", "surgery"])
    )
    problem = Problem(
        _people("stage", [{"a"}, {"a"}]),
        mentors,
        mentors_per_group=2,
        criteria=(Criterion("specialty", "diverse", 1.0, "mentors"),),
    )
    scorer = Scorer.build(problem)
    assert score_group(scorer, [0, 1], [0, 1]).fit == 0.0
    assert score_group(scorer, [0, 1], [0, 2]).fit == 1.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(most_members=30, rules=False), st.integers(0, 5))
def test_swap_scores_equal_the_swapped_groups_scores(problem: Problem, seed: int) -> None:
    rules = (NeverAlone("languages"), NeverAlone("gender", frozenset({"woman"})))
    problem = replace(problem, never_alone=rules)
    scorer = Scorer.build(problem)
    groups = max(1, len(problem.members) // problem.size[1])
    state = State(scorer, groups)
    construct(state, blocks(problem), np.random.default_rng(seed))
    g = 0
    inside = np.flatnonzero(state.group_of == g)
    outside = np.flatnonzero((state.group_of >= 0) & (state.group_of != g))
    if not len(inside) or not len(outside):
        return
    h = state.group_of[outside]
    part_g, part_h, alone_g, alone_h = swap_parts(scorer, state.counts, g, h, inside, outside)
    for r, i in enumerate(inside):
        for c, j in enumerate(outside):
            new_g = {f: state.counts[f][g] - x[i] + x[j] for f, x in scorer.member_x.items()}
            new_h = {f: state.counts[f][h[c]] - x[j] + x[i] for f, x in scorer.member_x.items()}
            assert part_g[r, c] == pytest.approx(scorer.part(scorer.member_criteria, new_g))
            assert part_h[r, c] == pytest.approx(scorer.part(scorer.member_criteria, new_h))
            assert alone_g[r, c] == scorer.alone(new_g)
            assert alone_h[r, c] == scorer.alone(new_h)
