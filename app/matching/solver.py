"""The optimal assignment of mentees to mentor places (``lap``, imported on use).

A mentor with capacity c becomes c identical columns ("places"), so the problem is a
maximum-weight bipartite matching, solved exactly by the Jonker-Volgenant algorithm
(``lap``, a small dedicated library: scipy would add over 60 MB to the bundle for this
one function). Large programs with few places are solved on candidate pairs instead
(``scarce``), as linear programs with mentors as nodes (``flow``, HiGHS). A forbidden
pair weighs only what leaving its place empty is worth, less than any allowed pair, so
taking one is never better than leaving the mentee out, and any that the assignment
returns are dropped. The tie-breaks are a second, lexicographic stage over the optimal
assignments only (``assignment``), never a perturbation of the
scores, which would make the solver's work pathological.
"""

from __future__ import annotations

from typing import Literal, TypeVar

import numpy as np
import numpy.typing as npt

from app.matching import scarce
from app.matching.square import Square
from app.matching.weights import Weights

Mode = Literal["max_matches", "good_only"]
# From this many mentees, and this many per place, places are scarce: the square solve
# would pad the places with a dummy row per mentee left out (``scarce`` needs none).
SCARCE_FROM = 1000
SCARCE_RATIO = 2
# From this many mentee-place cells the square (8 bytes a cell) is not built at all.
SPARSE_CELLS = 400_000_000
WEIGHT_ROWS = 256  # mentee rows weighed at once while the places' rows are gathered (cache-sized)
T = TypeVar("T", bound=np.generic)


def solve(
    scores: npt.ArrayLike,
    allowed: npt.ArrayLike,
    capacities: npt.ArrayLike,
    mode: str = "max_matches",
) -> list[tuple[int, int]]:
    """The best assignment as sorted ``(mentee_row, mentor_column)`` pairs.

    ``scores`` and ``allowed`` are (mentees × mentors) arrays as ``score_matrix`` returns
    them (scores rounded to 4 decimals); ``capacities`` gives each mentor's open places.
    ``max_matches`` first matches as many mentees as possible, then maximises the total
    score; ``good_only`` only maximises the total score. Either way no mentor gets more
    mentees than places and no forbidden pair is returned. Ties are broken the same way on
    every run: mentees with fewer eligible mentors, then earlier rows (lower ids), are
    served first; a mentor's first place is preferred to a mentor's second, and among
    equal places an earlier column (lower id) to a later one.
    """
    score = np.asarray(scores)
    if not np.issubdtype(score.dtype, np.floating):
        score = score.astype(np.float64)
    caps = np.asarray(capacities, dtype=np.int64).reshape(-1)
    ok = np.asarray(allowed, dtype=np.bool_)
    if (caps <= 0).any():  # else no copy: at 100,000 × 2,000 it would be 200 MB more
        ok = ok & (caps > 0)[None, :]
    if mode not in ("max_matches", "good_only"):
        raise ValueError(f"unknown matching mode {mode!r}")
    rows = np.flatnonzero(ok.any(axis=1))
    cols = np.flatnonzero(ok[rows].any(axis=0) if rows.size < ok.shape[0] else ok.any(axis=0))
    if rows.size == 0 or cols.size == 0:
        return []
    ok = _submatrix(ok, rows, cols)
    score = _submatrix(score, rows, cols)
    places = np.minimum(caps[cols], rows.size)
    place_mentor = np.repeat(np.arange(cols.size), places)
    place_rank = np.arange(place_mentor.size) - np.repeat(np.cumsum(places) - places, places)
    most = min(rows.size, place_mentor.size)  # the most matches possible
    # Per (mentee, mentor): the score, plus a count bonus (one more than the most matches,
    # outweighing any difference in total score) if wanted; 0 if forbidden. Weights stay
    # exact multiples of the score quantum, far below lap's 1e6 infinity.
    weights = Weights(score, ok, most + 1.0 if mode == "max_matches" else 0.0)
    priority, empty = _tie_breaks(ok, place_rank, place_mentor)
    chosen_rows, chosen_places = _best_assignment(weights, priority, empty, place_mentor)
    pairs = [
        (int(rows[r]), int(cols[place_mentor[p]]))
        for r, p in zip(chosen_rows, chosen_places, strict=True)
        if ok[r, place_mentor[p]]
    ]
    return sorted(pairs)


def _submatrix(
    a: npt.NDArray[T], rows: npt.NDArray[np.intp], cols: npt.NDArray[np.intp]
) -> npt.NDArray[T]:
    if rows.size == a.shape[0] and cols.size == a.shape[1]:
        return a  # every row and column kept (rows and cols are sorted and distinct)
    return np.take(np.take(a, rows, axis=0), cols, axis=1)


def _tie_breaks(
    ok: npt.NDArray[np.bool_],
    place_rank: npt.NDArray[np.intp],
    place_mentor: npt.NDArray[np.intp],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Tie-break weights in exact integers, higher preferred: per mentee, and per empty place.

    An allowed pair is worth its mentee's priority (fewer eligible mentors, then earlier
    rows) plus a match bonus above any place's rank, so that among equally scored answers
    more matches are preferred (it matters for ``good_only``); a forbidden one leaves its
    place empty and is worth that place's rank. Places are ranked every mentor's first
    place, then every second one, each in column order; a place further down is worth more
    left empty, so a first place is taken before a second one and an earlier mentor's
    before a later one's. Both scales share one unit (mentee priority over n, place rank
    over the places), as they always have.
    """
    n = ok.shape[0]
    mentors = int(place_mentor.max()) + 1
    ranks = (int(place_rank.max()) + 1) * mentors
    order = np.lexsort((np.arange(n), ok.sum(axis=1)))  # fewest eligible first
    priority = np.empty(n, dtype=np.float64)
    priority[order] = (3 * n - np.arange(n)) * float(ranks)
    empty = (place_rank * mentors + place_mentor).astype(np.float64) * n
    return priority, empty


def _best_assignment(
    weights: Weights,
    priority: npt.NDArray[np.float64],
    empty: npt.NDArray[np.float64],
    place_mentor: npt.NDArray[np.intp],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """(mentee rows, place columns) of the best assignment of the smaller side.

    From ``SCARCE_FROM`` mentees, when places are scarce or the square would be too big, the
    problem is solved on candidate pairs and proven optimal over all (``scarce``). Else
    the solver minimises over a square matrix, so the weights are negated, the smaller side
    (the places when there are as many as mentees) becomes the rows, and dummy rows fill
    the square. With places as rows, a dummy row is a mentee left out: any constant will
    do in both stages. With mentees as rows, a dummy row is an empty place: a constant in
    the first stage, that place's empty rank in the second. The first-stage constant is
    the lowest cost (as attractive as the best real pair), which settles unbalanced
    programs two to three times faster than zero. The square is never built: a mentor's
    places share one row of it (``Square``); tie-breaks are computed for the tight cells
    only.
    """
    from app.matching.assignment import lexicographic_assignment

    ok = weights.ok
    mentees, places = weights.shape[0], place_mentor.size
    scarce_places = mentees >= SCARCE_RATIO * places
    if mentees >= SCARCE_FROM and (scarce_places or mentees * places >= SPARSE_CELLS):
        found = scarce.best_pairs(weights, priority, empty, place_mentor)
        if found is not None:
            return found
    transposed = mentees >= places
    k = places if transposed else mentees
    if transposed:  # rows are places: each mentor's row of the negated weights, once
        distinct = np.empty((ok.shape[1], mentees))
        for start in range(0, mentees, WEIGHT_ROWS):
            stop = min(mentees, start + WEIGHT_ROWS)
            np.negative(weights.rows(slice(start, stop)).T, out=distinct[:, start:stop])
        cost = Square(distinct, place_mentor, float(distinct.min()))
    else:  # rows are mentees: each mentor's column repeated for each of its places
        per_mentor = np.negative(weights.rows(slice(None)))
        cost = Square(np.take(per_mentor, place_mentor, axis=1), np.arange(k), per_mentor.min())
        del per_mentor

    def tie_costs(
        rows: npt.NDArray[np.intp], cols: npt.NDArray[np.intp]
    ) -> npt.NDArray[np.float64]:
        real = rows < k
        r, c = np.minimum(rows, k - 1), cols
        if transposed:  # (place r, mentee c); a dummy row leaves mentee c out: 0
            taken = np.where(ok[c, place_mentor[r]], priority[c], empty[r])
            return np.where(real, -taken, 0.0)
        taken = np.where(ok[r, place_mentor[c]], priority[r], empty[c])
        return np.where(real, -taken, -empty[c])  # a dummy row leaves place c empty

    assigned = lexicographic_assignment(cost, tie_costs)
    rows = np.arange(k, dtype=np.intp)
    cols = np.asarray(assigned[:k], dtype=np.intp)
    return (cols, rows) if transposed else (rows, cols)
