"""Matching at scale gives exactly what the unreduced solve gives.

The scorer reads its tables in blocks of rows (and keeps float32 scores from 33 million
pairs); the solve on candidate pairs (``scarce``) proves both stages over every pair,
reading only the rows and columns its bounds do not settle. Each is compared with the
plain way on the same instances: equal scores, and for the solve the same total score,
the same mentees served and the same number of mentees per mentor. Bad candidate sets are
injected to show that the proof notices and the widening or the fallback still reaches
the optimum.
"""

from __future__ import annotations

import logging
import random
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.demo import fake_people
from app.matching import MatchSettings, Profile, matrix, scarce, score_matrix, solve, solver


def outcome(scores: np.ndarray, pairs: list[tuple[int, int]]) -> tuple[float, list[int], Counter]:
    total = round(float(sum(float(scores[r, c]) for r, c in pairs)), 4)
    return total, sorted(r for r, _ in pairs), Counter(c for _, c in pairs)


def sparse_and_square(
    monkeypatch: pytest.MonkeyPatch,
    scores: np.ndarray,
    allowed: np.ndarray,
    caps: list[int],
    mode: str = "max_matches",
) -> tuple[tuple, tuple]:
    monkeypatch.setattr(solver, "SCARCE_FROM", 0)
    monkeypatch.setattr(solver, "SCARCE_RATIO", 0)
    sparse = solve(scores, allowed, caps, mode)
    assert solve(scores, allowed, caps, mode) == sparse  # deterministic
    monkeypatch.setattr(solver, "SCARCE_FROM", 10**9)
    square = solve(scores, allowed, caps, mode)
    return outcome(scores, sparse), outcome(scores, square)


def instance(
    seed: int, mentees: int, mentors: int, levels: int, caps: list[int]
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, levels, (mentees, mentors)) / max(levels - 1, 1)
    allowed = rng.random((mentees, mentors)) < 0.85
    return scores, allowed, rng.choice(caps, mentors).tolist()


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    mentees=st.integers(1, 60),
    mentors=st.integers(1, 25),
    levels=st.sampled_from([1, 2, 3, 5, 10_001]),
    caps=st.sampled_from([[1], [0, 1, 3], [2, 5], [1, 2, 3]]),
    mode=st.sampled_from(["max_matches", "good_only"]),
)
def test_sparse_pairs_match_the_square_solve_on_any_shape(
    seed: int, mentees: int, mentors: int, levels: int, caps: list[int], mode: str
) -> None:
    scores, allowed, capacities = instance(seed, mentees, mentors, levels, caps)
    with pytest.MonkeyPatch.context() as patch:
        sparse, square = sparse_and_square(patch, scores, allowed, capacities, mode)
    assert sparse == square


@pytest.mark.parametrize(
    ("seed", "mentees", "mentors", "levels", "caps"),
    [
        (1, 400, 150, 2, [1, 2, 3]),  # places abound, two score levels
        (2, 600, 40, 1, [1, 3]),  # every score equal: only the tie-breaks decide
        (3, 900, 60, 3, [0, 1, 2, 3]),
        (4, 300, 300, 5, [1]),
    ],
)
def test_medium_instances_with_heavy_ties(
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
    mentees: int,
    mentors: int,
    levels: int,
    caps: list[int],
) -> None:
    scores, allowed, capacities = instance(seed, mentees, mentors, levels, caps)
    for mode in ("max_matches", "good_only"):
        sparse, square = sparse_and_square(monkeypatch, scores, allowed, capacities, mode)
        assert sparse == square


def test_float32_scores_solve_as_their_float64_twins(monkeypatch: pytest.MonkeyPatch) -> None:
    scores, allowed, caps = instance(5, 1500, 50, 10_001, [1, 2, 3])
    as_float32 = scores.astype(np.float32)
    assert solve(as_float32, allowed, caps) == solve(scores, allowed, caps)


def worst_candidates(
    weights: scarce.Weights, priority: np.ndarray, places: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A bad pruning: each mentor's lowest-priority allowed mentee only, and no bound at all."""
    n, mentors = weights.shape
    keys = []
    for m in range(mentors):
        rows = np.flatnonzero(weights.ok[:, m])
        if rows.size:
            keys.append(int(rows[np.argmin(priority[rows])]) * mentors + m)
    return np.unique(np.array(keys, dtype=np.intp)), np.full(mentors, np.inf), np.full(n, np.inf)


def test_a_bad_pruning_is_caught_by_the_proof_and_widening_reaches_the_optimum(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Equal scores: every candidate set holds a best total, so only the second stage's
    # proof can see that the lowest-priority mentees are the wrong ones.
    scores, allowed, caps = instance(6, 500, 30, 1, [1, 2])
    monkeypatch.setattr(scarce, "_first_candidates", worst_candidates)
    monkeypatch.setattr(scarce, "ROUNDS", 200)
    with caplog.at_level(logging.INFO, logger="app.matching.scarce"):
        sparse, square = sparse_and_square(monkeypatch, scores, allowed, caps)
    assert "proof failed" in caplog.text
    assert sparse == square


def test_a_bad_pruning_never_proven_falls_back_to_the_square_solve(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    scores, allowed, caps = instance(7, 800, 40, 3, [1, 3])
    monkeypatch.setattr(scarce, "_first_candidates", worst_candidates)
    monkeypatch.setattr(scarce, "ROUNDS", 1)
    with caplog.at_level(logging.WARNING, logger="app.matching.scarce"):
        sparse, square = sparse_and_square(monkeypatch, scores, allowed, caps)
    assert "not proven" in caplog.text
    assert sparse == square


def test_bounds_settle_most_pairs_without_reading_them(monkeypatch: pytest.MonkeyPatch) -> None:
    scores, allowed, caps = instance(8, 3000, 30, 10_001, [2])
    read: list[int] = []
    original = scarce.Weights.rows

    def counting(self: scarce.Weights, which: slice | np.ndarray) -> np.ndarray:
        found = original(self, which)
        read.append(found.shape[0])
        return found

    checked: list[int] = []
    near = scarce.Weights.near

    def counting_near(
        self: scarce.Weights, rows: np.ndarray, a: np.ndarray, b: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        checked.append(rows.size)
        return near(self, rows, a, b)

    monkeypatch.setattr(scarce.Weights, "rows", counting)
    monkeypatch.setattr(scarce.Weights, "near", counting_near)
    sparse, square = sparse_and_square(monkeypatch, scores, allowed, caps)
    assert sparse == square
    assert sum(read[:3]) <= 3 * 3000  # the first reading, then a few rows at most
    assert sum(checked) <= 300  # the proof reads a tenth of the rows at most


# ---------------------------------------------------------------- scoring in blocks


def people(seed: int, mentees: int, mentors: int) -> tuple[list[Profile], list[Profile]]:
    rng = random.Random(seed)
    mentor_rows = list(fake_people(seed, mentors, mentor=True))
    mentor_profiles = [
        Profile.from_dict(
            {**p, "id": i + 1, "name": p["first_name"], "capacity": 1 + i % 3},
        )
        for i, p in enumerate(mentor_rows)
    ]
    mentee_profiles = []
    for i, p in enumerate(fake_people(seed + 1, mentees, mentor=False)):
        extra = {
            "named_mentors": rng.sample(range(1, mentors + 1), 2) if rng.random() < 0.1 else [],
            "past_partners": [rng.randint(1, mentors)] if rng.random() < 0.2 else [],
        }
        mentee_profiles.append(
            Profile.from_dict({**p, **extra, "id": 10_000 + i, "name": p["first_name"]})
        )
    return mentor_profiles, mentee_profiles


@pytest.mark.parametrize("continuity", ["keep", "avoid", "ignore"])
def test_table_scores_equal_the_criterion_by_criterion_scores(
    monkeypatch: pytest.MonkeyPatch, continuity: str
) -> None:
    mentors, mentees = people(3, 700, 90)
    match_settings = MatchSettings.from_program({"matching": {"continuity": continuity}})
    monkeypatch.setattr(matrix, "ROW_CELLS", 5_000)  # many blocks, some of one row
    tables, allowed = score_matrix(mentors, mentees, match_settings)
    monkeypatch.setattr(matrix, "COMBINED_CELLS", 0)  # the table is never used
    plain, plain_allowed = score_matrix(mentors, mentees, match_settings)
    assert np.array_equal(tables, plain)
    assert np.array_equal(allowed, plain_allowed)
    monkeypatch.setattr(matrix, "FLOAT32_FROM", 0)
    small, small_allowed = score_matrix(mentors, mentees, match_settings)
    assert small.dtype == np.float32
    assert np.array_equal(np.round(small.astype(np.float64), 4), plain)
    assert np.array_equal(small_allowed, plain_allowed)


def test_table_scores_equal_score_pair_on_a_sample() -> None:
    from app.matching import criteria

    mentors, mentees = people(4, 300, 40)
    match_settings = MatchSettings.from_program({})
    scores, _ = score_matrix(mentors, mentees, match_settings)
    rng = random.Random(1)
    for _ in range(400):
        i, j = rng.randrange(len(mentees)), rng.randrange(len(mentors))
        assert scores[i, j] == criteria.score_pair(mentors[j], mentees[i], match_settings).score
