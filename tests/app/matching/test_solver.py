"""The solver: true optimum under capacities and hard rules, deterministic, fair on ties."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from app.matching import score_matrix, solve
from app.matching.profile import MatchSettings, Profile
from tests.app.matching.bruteforce import best
from tests.app.matching.strategies import instances


@st.composite
def matrices(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, list[int], str]:
    rows = draw(st.integers(1, 4))
    cols = draw(st.integers(1, 3))
    quarters = hnp.arrays(np.int64, (rows, cols), elements=st.integers(0, 4))
    scores = draw(quarters) / 4  # few distinct values: many ties
    allowed = draw(hnp.arrays(np.bool_, (rows, cols)))
    capacities = draw(st.lists(st.integers(0, 2), min_size=cols, max_size=cols))
    mode = draw(st.sampled_from(["max_matches", "good_only"]))
    return scores, allowed, capacities, mode


Optimum = Callable[[np.ndarray, np.ndarray, list[int], str], tuple[int, float]]


def check(
    scores: np.ndarray,
    allowed: np.ndarray,
    capacities: list[int],
    mode: str,
    optimum: Optimum = best,
) -> None:
    """The rules hold, the answer is ``optimum``'s (count, total), and it is the same twice."""
    pairs = solve(scores, allowed, capacities, mode)
    rows = [r for r, _ in pairs]
    assert len(rows) == len(set(rows)), "a mentee matched twice"
    load = Counter(c for _, c in pairs)
    assert all(load[c] <= capacities[c] for c in load), "a mentor over capacity"
    assert all(allowed[r, c] for r, c in pairs), "a forbidden pair"
    count, total = optimum(scores, allowed, capacities, mode)
    assert sum(scores[r, c] for r, c in pairs) == pytest.approx(total, abs=1e-9)
    if mode == "max_matches":
        assert len(pairs) == count
    assert solve(scores, allowed, capacities, mode) == pairs  # deterministic


@settings(max_examples=300, deadline=None)
@given(matrices())
def test_solver_finds_the_brute_force_optimum(
    problem: tuple[np.ndarray, np.ndarray, list[int], str],
) -> None:
    check(*problem)


@settings(max_examples=150, deadline=None)
@given(instances())
def test_solver_on_scored_profiles(
    instance: tuple[list[Profile], list[Profile], MatchSettings],
) -> None:
    mentors, mentees, match_settings = instance
    scores, allowed = score_matrix(mentors, mentees, match_settings)
    check(scores, allowed, [m.capacity for m in mentors], match_settings.mode)


def test_max_matches_prefers_more_matches_to_a_higher_total() -> None:
    scores = np.array([[0.9, 0.0], [0.8, 0.1]])
    allowed = np.array([[True, False], [True, True]])
    assert solve(scores, allowed, [1, 1], "max_matches") == [(0, 0), (1, 1)]


def test_good_only_maximises_the_score_alone() -> None:
    scores = np.array([[0.9, 0.8], [0.9, 0.0]])
    allowed = np.array([[True, True], [True, False]])
    # Both modes can match both here; with one mentor, good_only keeps the better pair.
    assert solve(scores, allowed, [1, 1], "good_only") == [(0, 1), (1, 0)]
    one = np.array([[0.2], [0.9]])
    assert solve(one, np.ones((2, 1), bool), [1], "good_only") == [(1, 0)]


def test_ties_go_to_mentees_with_fewer_eligible_mentors_then_lower_ids() -> None:
    scores = np.full((3, 2), 0.5)
    allowed = np.array([[True, True], [True, False], [False, True]])
    assert solve(scores, allowed, [1, 1], "max_matches") == [(1, 0), (2, 1)]
    assert solve(np.full((2, 1), 0.5), np.ones((2, 1), bool), [1], "good_only") == [(0, 0)]


def test_ties_spread_mentees_over_mentors() -> None:
    pairs = solve(np.full((2, 2), 0.5), np.ones((2, 2), bool), [2, 2], "max_matches")
    assert sorted(c for _, c in pairs) == [0, 1]


def test_nothing_allowed_or_no_places() -> None:
    assert solve(np.ones((2, 2)), np.zeros((2, 2), bool), [1, 1], "max_matches") == []
    assert solve(np.ones((2, 2)), np.ones((2, 2), bool), [0, 0], "max_matches") == []
    with pytest.raises(ValueError):
        solve(np.ones((1, 1)), np.ones((1, 1), bool), [1], "fast")


def test_large_capacity_is_bounded_by_the_mentees() -> None:
    pairs = solve(np.ones((3, 1)), np.ones((3, 1), bool), [10**6], "max_matches")
    assert pairs == [(0, 0), (1, 0), (2, 0)]
