"""The scarce-places path on the inputs its shortcuts rely on, against the square solve.

Its candidates are each mentor's best mentees twice over (equal weights spread over the
pairs, and in the order the tie-breaks serve mentees), with no per-mentee candidates when
places are scarce; its proof reads the raw scores with a margin and checks exact weights
only near the bound. Alike mentors, heavy ties, scores that are not rounded, half-quantum
scores, float32 scores and missing (NaN) scores must all give what the square solve gives.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest

from app.matching import scarce, solve, solver
from tests.app.matching.test_solver_scarce import both_ways, instance, outcome


def alike(seed: int, mentees: int, mentors: int, levels: int) -> tuple[np.ndarray, np.ndarray]:
    """Every mentor scores a mentee the same: mentors differ only by who is allowed."""
    rng = np.random.default_rng(seed)
    column = rng.integers(0, levels, (mentees, 1)) / (levels - 1)
    allowed = rng.random((mentees, mentors)) < 0.9
    return np.repeat(column, mentors, axis=1), allowed


@pytest.mark.parametrize("mode", ["max_matches", "good_only"])
def test_alike_mentors_with_heavy_ties_give_the_square_outcome(
    monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    scores, allowed = alike(1, 2000, 20, 3)
    reduced, full = both_ways(monkeypatch, scores, allowed, [3] * 20, mode)
    assert reduced == full


def test_the_served_order_puts_the_tie_break_choice_among_the_candidates(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # One mentor, everyone scored alike: the mentees served first are the ones with the
    # fewest eligible mentors, which the spread alone would rarely pick; with them among
    # the candidates the first solve is proven at once.
    scores, allowed = alike(2, 1500, 1, 2)
    scores[:] = 1.0
    allowed[:] = True
    with caplog.at_level(logging.INFO, logger="app.matching.scarce"):
        reduced, full = both_ways(monkeypatch, scores, allowed, [5], "max_matches")
    assert reduced == full
    assert reduced[1] == list(range(5))  # the earliest rows, all else being equal
    assert "proof failed" not in caplog.text


def test_unrounded_and_half_quantum_scores_give_the_square_outcome(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scores, allowed, caps = instance(4, 1500, 30, 7, [1, 2, 3])
    rng = np.random.default_rng(4)
    scores = scores + rng.choice([0.0, 0.00005, -0.00005, 0.000049], scores.shape)
    scores = np.clip(scores, 0.0, 1.0)
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert reduced == full


def test_float32_scores_give_the_float64_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    scores, allowed, caps = instance(5, 1500, 30, 5, [1, 2])
    scores = np.round(scores, 4)
    monkeypatch.setattr(solver, "SCARCE_FROM", 0)
    wide = solve(scores, allowed, caps, "max_matches")
    narrow = solve(scores.astype(np.float32), allowed, caps, "max_matches")
    assert narrow == wide


def test_missing_scores_count_as_zero_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    scores, allowed, caps = instance(6, 1500, 30, 5, [1, 2])
    scores[np.random.default_rng(6).random(scores.shape) < 0.2] = np.nan
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert reduced == full
    zeroed = np.nan_to_num(scores, nan=0.0)
    assert outcome(zeroed, solve(zeroed, allowed, caps, "max_matches"))[1:] == reduced[1:]


def test_mentees_get_their_own_best_mentors_again_when_places_abound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Places not scarce (but the square too big): per-mentee candidates are used again.
    assert scarce._per_mentee(1000, 50, 2000) > 0
    assert scarce._per_mentee(1000, 50, 100) == scarce.PER_MENTEE_SCARCE == 0
    monkeypatch.setattr(solver, "SPARSE_CELLS", 0)
    scores, allowed, caps = instance(7, 1200, 400, 5, [2, 3])
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "good_only")
    assert reduced == full
