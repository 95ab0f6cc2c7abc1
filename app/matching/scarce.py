"""Matching when places are scarce: no padding, only the pairs that can be chosen.

With far more mentees than places, the square assignment of ``assignment`` pads the places
with one dummy row per mentee left out (80,000 rows for 100,000 mentees and 20,000
places), and its tie-break stage finds those rows tight to almost every column. Here the
problem is solved as what it is, a matching of mentees to places where either side may be
left out, on candidate pairs only: each mentor's best few mentees.

The reduced problem becomes a sparse square without any dense padding (the textbook
construction): rows are the candidate mentees and one twin per place, columns are the
places and one twin per mentee. A mentee takes a place or its own twin (left out); a
place's twin takes the place (left empty) or the twin of a mentee who could take it. Its
optimum is the best matching of the candidate pairs, and its prices give, per mentee and
per mentor, values ``a(i) >= 0`` and ``b(m) >= 0`` with ``w(i, m) <= a(i) + b(m)`` on every
candidate pair, equal on the chosen ones, and a total equal to the matching's. If every
other allowed pair keeps ``w(i, m) < a(i) + b(m)`` (mentees outside the candidates have
``a = 0``) the matching is optimal over all pairs (LP duality), and since no other pair is
even tight, every optimal matching uses candidate pairs only: the tie-break stage on the
reduced problem gives the same answer as on the whole. Pairs that break this join the
candidates and the solve runs again; the caller falls back to the square solve if the
proof never passes.
"""

from __future__ import annotations

import logging

import numpy as np
import numpy.typing as npt

from app.matching import pruning

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]

TIGHT = pruning.TIGHT
ROUNDS = 6
ROW_BLOCK = 4096  # mentees per block when every pair is checked
EXTRA = 8  # candidates per mentor beyond twice its places


def best_pairs(
    weights: FloatArray,
    ok: BoolArray,
    priority: FloatArray,
    empty: FloatArray,
    place_mentor: IntArray,
) -> tuple[IntArray, IntArray] | None:
    """(mentee rows, places) of the lexicographic optimum, or None if it was not proven.

    ``weights`` (mentees × mentors, higher preferred) count only where ``ok``; a mentor's
    places are consecutive in ``place_mentor``. Tie-breaks as in ``solver``: ``priority``
    per matched mentee, ``empty`` per place left empty, higher preferred.
    """
    n, mentors = weights.shape
    places = np.bincount(place_mentor, minlength=mentors)
    pairs = _first_candidates(weights, ok, priority, places)
    for _ in range(ROUNDS):
        solved = _solve_reduced(weights, pairs, priority, empty, place_mentor, places)
        if solved is None:
            return None
        chosen, a, b = solved
        broken = _broken_pairs(weights, ok, pairs, a, b)
        if broken.size == 0:
            log.debug("Scarce-places optimum proven on %d of %d pairs", pairs.size, n * mentors)
            return chosen
        log.info("Scarce-places proof failed on %d pairs; widening", broken.size)
        pairs = np.union1d(pairs, broken)
    log.warning("Scarce-places solve not proven after %d rounds", ROUNDS)
    return None


def _first_candidates(
    weights: FloatArray, ok: BoolArray, priority: FloatArray, places: IntArray
) -> IntArray:
    """Keys ``mentee * mentors + mentor`` of each mentor's best mentees (priority on ties)."""
    n, mentors = weights.shape
    # Below half a score quantum: equal weights are ordered by priority, nothing else moves.
    order = np.argsort(np.argsort(priority, kind="stable"), kind="stable")
    nudge = order.astype(np.float64) * (0.4e-4 / max(n, 1))
    keys: list[IntArray] = []
    for m in range(mentors):
        column = np.where(ok[:, m], weights[:, m] + nudge, -np.inf)
        want = int(max(1, min(n, 2 * places[m] + EXTRA)))
        best = np.argpartition(-column, want - 1)[:want] if want < n else np.arange(n)
        best = best[np.isfinite(column[best])]
        keys.append(best.astype(np.intp) * mentors + m)
    return np.unique(np.concatenate(keys)) if keys else np.empty(0, dtype=np.intp)


def _solve_reduced(
    weights: FloatArray,
    pairs: IntArray,
    priority: FloatArray,
    empty: FloatArray,
    place_mentor: IntArray,
    places: IntArray,
) -> tuple[tuple[IntArray, IntArray], FloatArray, FloatArray] | None:
    """Both stages on the candidate pairs; the chosen pairs and the values a (all mentees), b."""
    from app.matching.assignment import _sparse_best

    n, mentors = weights.shape
    k = place_mentor.size
    mentee, mentor = pairs // mentors, pairs % mentors
    kept, local = np.unique(mentee, return_inverse=True)
    size = kept.size + k
    first = np.cumsum(places) - places
    count = places[mentor]
    edge_row = np.repeat(local, count)
    edge_place = np.repeat(first[mentor] - np.cumsum(count) + count, count) + np.arange(count.sum())
    edge_w = np.repeat(weights[mentee, mentor], count)
    twins = np.arange(kept.size)
    place_ids = np.arange(k)
    rows = np.concatenate([edge_row, twins, kept.size + place_ids, kept.size + edge_place])
    cols = np.concatenate([edge_place, k + twins, place_ids, k + edge_row])
    cost = np.concatenate([-edge_w, np.zeros(kept.size + k + edge_row.size)])
    tie = np.concatenate(
        [-priority[kept][edge_row], np.zeros(kept.size), -empty, np.zeros(edge_row.size)]
    )
    order = np.lexsort((cols, rows))
    rows, cols, cost, tie = rows[order], cols[order], cost[order], tie[order]
    x = _first_stage(size, rows, cols, cost)
    if x is None:
        return None
    v = pruning._sparse_prices(size, rows, cols, cost, x)
    own = np.full(size, np.inf)
    np.minimum.at(own, rows, np.where(cols == x[rows], cost, np.inf))
    u = own - v[x]
    reduced = cost - u[rows] - v[cols]
    if (reduced < -TIGHT).any():
        return None
    tight = reduced < TIGHT
    best = _sparse_best(size, rows[tight], cols[tight], tie[tight])
    if best is None:
        return None
    a = np.zeros(n)
    a[kept] = np.maximum(0.0, -u[: kept.size] - v[k + twins])
    b_place = np.maximum(0.0, -u[kept.size :] - v[:k])
    b = np.full(mentors, np.inf)
    np.minimum.at(b, place_mentor, b_place)
    matched = np.flatnonzero(best[: kept.size] < k)
    return (kept[matched], best[matched].astype(np.intp)), a, b


def _first_stage(size: int, rows: IntArray, cols: IntArray, cost: FloatArray) -> IntArray | None:
    from lap import lapmod

    starts = np.searchsorted(rows, np.arange(size + 1)).astype(np.int32)
    try:
        x, _ = lapmod(size, cost - cost.min(), starts, cols.astype(np.int32), return_cost=False)
    except (ValueError, RuntimeError):
        log.warning("Scarce-places first stage failed on %d cells", rows.size)
        return None
    x = np.asarray(x, dtype=np.intp)
    if x.min() < 0 or np.unique(x).size != size:
        return None
    return x


def _broken_pairs(
    weights: FloatArray, ok: BoolArray, pairs: IntArray, a: FloatArray, b: FloatArray
) -> IntArray:
    """Keys of allowed non-candidate pairs with ``w >= a + b`` (tight or worse), by blocks."""
    n, mentors = weights.shape
    found: list[IntArray] = []
    for start in range(0, n, ROW_BLOCK):
        stop = min(n, start + ROW_BLOCK)
        slack = weights[start:stop] - a[start:stop, None]
        slack -= b[None, :]
        r, c = np.nonzero((slack > -TIGHT) & ok[start:stop])
        if r.size:
            keys = (r + start).astype(np.intp) * mentors + c
            found.append(keys[~np.isin(keys, pairs, assume_unique=False)])
    return np.concatenate(found) if found else np.empty(0, dtype=np.intp)
