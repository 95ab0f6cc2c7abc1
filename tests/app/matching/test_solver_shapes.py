"""The solver beyond brute-force sizes: unbalanced programs, ties at scale, a lean import.

``solve`` hands the Jonker-Volgenant solver a square matrix (the smaller side as rows,
dummy rows filling the square), so programs with more mentees than places and with more
places than mentees take different paths; both must stay optimal and keep the tie rules
of its docstring, including which of several equally good mentors is chosen. The frozen
app leaves scipy out, so solving must not need it.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from app.matching import solve
from tests.app.matching.test_solver import check


def reference(
    scores: np.ndarray, allowed: np.ndarray, capacities: list[int], mode: str
) -> tuple[int, float]:
    """(matches, total score) of the optimum, from scipy's solver on a plain formulation."""
    optimize = pytest.importorskip("scipy.optimize")
    places = np.repeat(np.arange(len(capacities)), capacities)
    if places.size == 0:
        return 0, 0.0
    ok = allowed[:, places]
    # One more match is worth more than any total score (scores are at most 1 each).
    bonus = scores.shape[0] + 1.0 if mode == "max_matches" else 0.0
    weights = np.where(ok, scores[:, places] + bonus + 1e-9, 0.0)
    rows, cols = optimize.linear_sum_assignment(weights, maximize=True)
    kept = ok[rows, cols]
    return int(kept.sum()), float(scores[rows[kept], places[cols[kept]]].sum())


def check_against_reference(
    scores: np.ndarray, allowed: np.ndarray, capacities: list[int], mode: str
) -> None:
    check(scores, allowed, capacities, mode, optimum=reference)


@st.composite
def unbalanced(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, list[int], str]:
    rows = draw(st.integers(1, 30))
    cols = draw(st.integers(1, 12))
    scores = draw(hnp.arrays(np.int64, (rows, cols), elements=st.integers(0, 4))) / 4
    allowed = draw(hnp.arrays(np.bool_, (rows, cols)))
    capacities = draw(st.lists(st.integers(0, 4), min_size=cols, max_size=cols))
    mode = draw(st.sampled_from(["max_matches", "good_only"]))
    return scores, allowed, capacities, mode


@settings(max_examples=200, deadline=None)
@given(unbalanced())
def test_unbalanced_programs_reach_the_optimum(
    problem: tuple[np.ndarray, np.ndarray, list[int], str],
) -> None:
    check_against_reference(*problem)


@pytest.mark.parametrize(
    ("mentees", "mentors", "most_places"),
    [(300, 60, 3), (60, 150, 2), (200, 100, 2)],  # fewer places, more places, as many
)
@pytest.mark.parametrize("mode", ["max_matches", "good_only"])
def test_larger_programs_reach_the_optimum(
    mentees: int, mentors: int, most_places: int, mode: str
) -> None:
    rng = np.random.default_rng(mentees * mentors)
    scores = np.round(rng.integers(0, 21, (mentees, mentors)) / 20, 4)  # many ties
    allowed = rng.random((mentees, mentors)) < 0.6
    capacities = rng.integers(1, most_places + 1, mentors).tolist()
    check_against_reference(scores, allowed, capacities, mode)


def test_ties_at_scale_serve_lower_rows_and_fill_first_places() -> None:
    scores = np.full((1000, 300), 0.5)
    pairs = solve(scores, np.ones(scores.shape, bool), [2] * 300, "max_matches")
    assert [r for r, _ in pairs] == list(range(600))  # earlier rows first
    assert set(Counter(c for _, c in pairs).values()) == {2}
    # More places than mentees: every mentee's mentor is still on a first place.
    few = solve(np.full((90, 60), 0.5), np.ones((90, 60), bool), [2] * 60, "good_only")
    assert len(few) == 90
    assert sorted(Counter(c for _, c in few).values()) == [1] * 30 + [2] * 30


def test_ties_at_scale_serve_mentees_with_fewer_eligible_mentors_first() -> None:
    allowed = np.ones((400, 100), bool)
    allowed[300:, 1:] = False  # the last 100 rows can only have mentor 0
    pairs = solve(np.full((400, 100), 0.5), allowed, [1] * 100, "max_matches")
    assert len(pairs) == 100
    assert (300, 0) in pairs  # the first of the constrained rows takes mentor 0
    assert [r for r, _ in pairs if r != 300] == list(range(99))


def test_among_equal_mentors_earlier_columns_are_chosen() -> None:
    assert solve(np.full((1, 3), 0.5), np.ones((1, 3), bool), [1, 1, 1], "good_only") == [(0, 0)]
    # Four mentees, three mentors with two places: every first place, then mentor 0's second.
    pairs = solve(np.full((4, 3), 0.5), np.ones((4, 3), bool), [2, 2, 2], "max_matches")
    assert sorted(Counter(c for _, c in pairs).items()) == [(0, 2), (1, 1), (2, 1)]
    # At scale, with more places than mentees: the earlier mentors take the second mentees.
    pairs = solve(np.full((300, 200), 0.5), np.ones((300, 200), bool), [2] * 200, "good_only")
    load = Counter(c for _, c in pairs)
    assert [load[c] for c in range(200)] == [2] * 100 + [1] * 100


def test_solving_does_not_load_scipy() -> None:
    code = (
        "import sys, numpy as np; from app.matching import solve; "
        "solve(np.ones((3, 2)), np.ones((3, 2), bool), [1, 1], 'max_matches'); "
        "sys.exit(int('scipy' in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
