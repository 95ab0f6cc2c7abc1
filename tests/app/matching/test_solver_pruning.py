"""The first stage solved on candidate cells gives what the solve on every cell gives.

The reduced solve (``pruning``) is forced on, then off, on the same instances: the total
score, who is served and how many mentees each mentor gets must be the same. A proof that
fails (too few candidates) must widen the candidates and still reach the full optimum.
"""

from __future__ import annotations

import logging
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching import assignment, pruning, solve
from app.matching.square import Square


def outcome(scores: np.ndarray, pairs: list[tuple[int, int]]) -> tuple[float, list[int], Counter]:
    total = round(float(sum(scores[r, c] for r, c in pairs)), 4)
    return total, sorted(r for r, _ in pairs), Counter(c for _, c in pairs)


def both_ways(
    monkeypatch: pytest.MonkeyPatch,
    scores: np.ndarray,
    allowed: np.ndarray,
    capacities: list[int],
    mode: str = "max_matches",
) -> tuple[tuple, tuple]:
    monkeypatch.setattr(assignment, "SPARSE_FROM", 0)
    reduced = solve(scores, allowed, capacities, mode)
    monkeypatch.setattr(assignment, "SPARSE_FROM", 10**9)
    full = solve(scores, allowed, capacities, mode)
    return outcome(scores, reduced), outcome(scores, full)


def instance(
    seed: int, mentees: int, mentors: int, levels: int, caps: list[int]
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, levels, (mentees, mentors)) / (levels - 1)
    allowed = rng.random((mentees, mentors)) < 0.85
    return scores, allowed, rng.choice(caps, mentors).tolist()


def test_scarce_places_2000_mentees_for_20_places(monkeypatch: pytest.MonkeyPatch) -> None:
    scores, allowed, caps = instance(1, 2000, 20, 11, [1])
    reduced, full = both_ways(monkeypatch, scores, allowed, caps)
    assert reduced == full
    assert len(reduced[1]) == 20


def test_scarce_mentees_20_for_1500_places(monkeypatch: pytest.MonkeyPatch) -> None:
    scores, allowed, caps = instance(2, 20, 500, 11, [3])
    reduced, full = both_ways(monkeypatch, scores, allowed, caps)
    assert reduced == full
    assert len(reduced[1]) == 20


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("mode", ["max_matches", "good_only"])
def test_heavy_ties_and_capacities_0_1_3(
    monkeypatch: pytest.MonkeyPatch, seed: int, mode: str
) -> None:
    rng = np.random.default_rng(100 + seed)
    mentees, mentors = int(rng.integers(200, 700)), int(rng.integers(50, 300))
    scores, allowed, caps = instance(seed, mentees, mentors, int(rng.choice([2, 3, 5])), [0, 1, 3])
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, mode)
    assert reduced == full


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    mentees=st.integers(1, 40),
    mentors=st.integers(1, 15),
    levels=st.sampled_from([2, 3, 5, 10_001]),
)
def test_reduced_solve_matches_the_full_one(
    seed: int, mentees: int, mentors: int, levels: int
) -> None:
    scores, allowed, caps = instance(seed, mentees, mentors, levels, [0, 1, 3])
    with pytest.MonkeyPatch.context() as patch:
        reduced, full = both_ways(patch, scores, allowed, caps)
    assert reduced == full


def square(seed: int, k: int, n: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    cost = np.empty((n, n))
    cost[:k] = -(np.rint(rng.random((k, n)) * 1e4) / 1e4 + k + 1)
    cost[k:] = cost[:k].min()
    return cost


def total(cost: np.ndarray, x: np.ndarray) -> float:
    return float(cost[np.arange(cost.shape[0]), x].sum())


def test_the_proof_rejects_too_few_candidates_and_widening_reaches_the_optimum(
    caplog: pytest.LogCaptureFixture,
) -> None:
    cost = square(7, 300, 340)
    dense, _ = pruning.dense_assignment(cost)
    held = Square.of(cost, 300)
    rows, cols = pruning._candidates(held, 1, 1)
    x, v = pruning._sparse_solve(held, rows, cols) or pytest.fail("no sparse solution")
    broken_rows, _ = pruning._proof_failures(held, x, v)
    assert total(cost, x) > total(cost, dense) + 1e-6  # one cell each cannot hold the optimum
    assert broken_rows.size > 0  # and the proof says so
    with caplog.at_level(logging.INFO, logger="app.matching.pruning"):
        widened, prices = pruning.optimal_assignment(held, sizes=(1, 1))
    assert "Optimality proof failed" in caplog.text
    assert total(cost, widened) == pytest.approx(total(cost, dense), abs=1e-6)
    assert pruning._proof_failures(held, widened, prices)[0].size == 0


def test_a_proof_never_passed_ends_in_the_dense_solve(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    cost = square(8, 200, 260)
    monkeypatch.setattr(pruning, "ROUNDS", 1)
    with caplog.at_level(logging.WARNING, logger="app.matching.pruning"):
        x, _ = pruning.optimal_assignment(Square.of(cost, 200), sizes=(1, 1))
    assert "solving densely" in caplog.text
    assert total(cost, x) == pytest.approx(total(cost, pruning.dense_assignment(cost)[0]), abs=1e-6)
