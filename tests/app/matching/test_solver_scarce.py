"""With places scarce, the solve on candidate pairs gives what the square solve gives.

The scarce-places path (``scarce``) is forced on, then off, on the same instances: the
total score, who is served and how many mentees each mentor gets must be the same (which
of several equally good mentors a served mentee gets is free among equal totals), and the
exact lexicographic reference of ``test_solver_ties`` must agree on small instances.
"""

from __future__ import annotations

import logging
from collections import Counter

import numpy as np
import pytest

from app.matching import scarce, solve, solver
from tests.app.matching.test_solver_ties import reference


def outcome(scores: np.ndarray, pairs: list[tuple[int, int]]) -> tuple[float, list[int], Counter]:
    total = round(float(sum(scores[r, c] for r, c in pairs)), 4)
    return total, sorted(r for r, _ in pairs), Counter(c for _, c in pairs)


def both_ways(
    monkeypatch: pytest.MonkeyPatch,
    scores: np.ndarray,
    allowed: np.ndarray,
    capacities: list[int],
    mode: str,
) -> tuple[tuple, tuple]:
    monkeypatch.setattr(solver, "SCARCE_FROM", 0)
    reduced = solve(scores, allowed, capacities, mode)
    assert solve(scores, allowed, capacities, mode) == reduced  # deterministic
    monkeypatch.setattr(solver, "SCARCE_FROM", 10**9)
    full = solve(scores, allowed, capacities, mode)
    return outcome(scores, reduced), outcome(scores, full)


def instance(
    seed: int, mentees: int, mentors: int, levels: int, caps: list[int]
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, levels, (mentees, mentors)) / (levels - 1)
    allowed = rng.random((mentees, mentors)) < 0.85
    return scores, allowed, rng.choice(caps, mentors).tolist()


def test_3000_mentees_60_mentors_capacities_0_to_3_heavy_ties(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scores, allowed, caps = instance(3, 3000, 60, 3, [0, 1, 2, 3])
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert reduced == full


@pytest.mark.parametrize(
    ("levels", "mode"), [(2, "good_only"), (11, "max_matches"), (10_001, "good_only")]
)
def test_1200_mentees_40_mentors(monkeypatch: pytest.MonkeyPatch, levels: int, mode: str) -> None:
    scores, allowed, caps = instance(levels, 1200, 40, levels, [0, 1, 2, 3])
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, mode)
    assert reduced == full


@pytest.mark.parametrize("seed", range(30))
def test_small_instances_match_the_exact_lexicographic_optimum(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    rng = np.random.default_rng(500 + seed)
    mentees, mentors = int(rng.integers(5, 30)), int(rng.integers(1, 5))
    levels = int(rng.choice([2, 3, 5]))
    scores, allowed, caps = instance(seed, mentees, mentors, levels, [0, 1, 3])
    mode = str(rng.choice(["max_matches", "good_only"]))
    monkeypatch.setattr(solver, "SCARCE_FROM", 0)
    monkeypatch.setattr(solver, "SCARCE_RATIO", 0)
    ours = solve(scores, allowed, caps, mode)
    assert outcome(scores, ours)[1:] == outcome(scores, reference(scores, allowed, caps, mode))[1:]


def test_too_few_candidates_fail_the_proof_and_widening_reaches_the_optimum(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    scores, allowed, caps = instance(9, 1200, 40, 3, [2, 3])
    monkeypatch.setattr(scarce, "EXTRA", -(10**6))  # one candidate per mentor at most
    monkeypatch.setattr(scarce, "ROUNDS", 50)
    with caplog.at_level(logging.INFO, logger="app.matching.scarce"):
        reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert "proof failed" in caplog.text
    assert reduced == full


def test_a_proof_never_passed_falls_back_to_the_square_solve(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    scores, allowed, caps = instance(10, 1000, 30, 3, [1, 3])
    monkeypatch.setattr(scarce, "EXTRA", -(10**6))
    monkeypatch.setattr(scarce, "ROUNDS", 1)
    with caplog.at_level(logging.WARNING, logger="app.matching.scarce"):
        reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert "not proven" in caplog.text
    assert reduced == full
