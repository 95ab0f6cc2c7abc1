"""The two-stage solve picks the same tie-break outcome as one exact lexicographic solve.

The reference (scipy, dev-only) folds the tie-breaks into the weights in exact integers
on small instances, where that fits: primary weight × a factor above every tie-break total,
plus the tie-break. Who is served and how many mentees each mentor gets must be the same;
which of several equally good mentors a served mentee gets is free among equal totals.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from app.matching import solve


def reference(
    scores: np.ndarray, allowed: np.ndarray, capacities: list[int], mode: str
) -> list[tuple[int, int]]:
    optimize = pytest.importorskip("scipy.optimize")
    caps = np.asarray(capacities)
    ok = allowed & (caps > 0)[None, :]
    rows = np.flatnonzero(ok.any(axis=1))
    n = rows.size
    places_of = np.minimum(caps, n)
    place_mentor = np.repeat(np.arange(caps.size), places_of)
    place_rank = np.concatenate([np.arange(c) for c in places_of]) if n else place_mentor
    if n == 0 or place_mentor.size == 0:
        return []
    sub = ok[rows][:, place_mentor]
    score = np.rint(scores[rows][:, place_mentor] * 10_000).astype(np.int64)
    most = min(n, place_mentor.size)
    bonus = (most + 1) * 10_000 if mode == "max_matches" else 0
    primary = np.where(sub, score + bonus, 0)
    # Mentors and ranks over the mentors that can take someone, as the solver sees them.
    used = np.flatnonzero(ok[rows].any(axis=0))
    keep = np.isin(place_mentor, used)
    primary, sub = primary[:, keep], sub[:, keep]
    mentor_index = np.searchsorted(used, place_mentor[keep])
    rank = place_rank[keep]
    mentors, ranks = used.size, (int(rank.max()) + 1) * used.size
    order = np.lexsort((np.arange(n), ok[rows][:, used].sum(axis=1)))
    priority = np.empty(n, dtype=np.int64)
    priority[order] = (3 * n - np.arange(n)) * ranks
    empty = (rank * mentors + mentor_index) * n
    tie = np.where(sub, priority[:, None], empty[None, :])
    factor = int(tie.max()) * (n + primary.shape[1]) + 1
    weights = primary.astype(object) * factor + tie  # exact integers
    dim = max(weights.shape)
    square = np.zeros((dim, dim), dtype=object)
    square[: weights.shape[0], : weights.shape[1]] = weights
    if weights.shape[1] > n:  # dummy mentees: the places they take stay empty
        square[n:, : weights.shape[1]] = empty[None, :]
    as_float = square.astype(np.float64)
    assert factor * (int(primary.max()) + 1) < 2**52, "instance too large for exact floats"
    r, c = optimize.linear_sum_assignment(as_float, maximize=True)
    return sorted(
        (int(rows[i]), int(used[mentor_index[j]]))
        for i, j in zip(r, c, strict=True)
        if i < n and j < sub.shape[1] and sub[i, j]
    )


def outcome(pairs: list[tuple[int, int]]) -> tuple[list[int], Counter[int]]:
    return sorted(r for r, _ in pairs), Counter(c for _, c in pairs)


@pytest.mark.parametrize("seed", range(40))
def test_served_mentees_and_loads_match_the_exact_lexicographic_optimum(seed: int) -> None:
    rng = np.random.default_rng(seed)
    mentees, mentors = int(rng.integers(1, 9)), int(rng.integers(1, 6))
    levels = int(rng.choice([2, 3, 5]))  # few distinct scores: heavy ties
    scores = rng.integers(0, levels, (mentees, mentors)) / (levels - 1)
    allowed = rng.random((mentees, mentors)) < rng.choice([0.4, 0.8, 1.0])
    capacities = rng.choice([0, 1, 3], mentors).tolist()
    mode = str(rng.choice(["max_matches", "good_only"]))
    ours = solve(scores, allowed, capacities, mode)
    assert outcome(ours) == outcome(reference(scores, allowed, capacities, mode))
    assert solve(scores, allowed, capacities, mode) == ours
