"""The best assignment by trying them all (tiny instances only)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt


def best(
    scores: npt.NDArray[np.float64],
    allowed: npt.NDArray[np.bool_],
    capacities: Sequence[int],
    mode: str,
) -> tuple[int, float]:
    """(number of matches, total score) of the optimum for ``mode``."""
    n_mentees, n_mentors = scores.shape
    top: tuple[int, float] = (0, 0.0)
    for choice in itertools.product([None, *range(n_mentors)], repeat=n_mentees):
        load = [0] * n_mentors
        count, total, ok = 0, 0.0, True
        for row, col in enumerate(choice):
            if col is None:
                continue
            load[col] += 1
            if not allowed[row, col] or load[col] > capacities[col]:
                ok = False
                break
            count += 1
            total += float(scores[row, col])
        if not ok:
            continue
        key = (count, round(total, 6)) if mode == "max_matches" else (0, round(total, 6))
        if key > (top if mode == "max_matches" else (0, top[1])):
            top = (count, total)
    return top
