"""Matching on candidate pairs only, without padding, proven optimal over every pair.

The square assignment of ``assignment`` pads the smaller side with dummy rows (80,000 rows
for 100,000 mentees and 20,000 places) and reads every cell of a matrix of places. Here
the problem is solved as what it is, a matching of mentees to places where either side
may be left out, on candidate pairs only: each mentor's best few mentees, equal weights
taken both spread over the pairs and in the order the tie-breaks serve mentees, and, when
places are not scarce, each mentee's best few mentors. The weights are read from the scores in
blocks of mentee rows (``Weights``), never all at once.

When places are scarce (``FLOW_RATIO`` mentees per place or more), each round is solved
by ``flow``: mentors are nodes with capacities, pairs the columns of two linear programs
kept from round to round. Otherwise the reduced problem becomes a sparse square for
``lap`` without any dense padding (the textbook construction): rows are the candidate
mentees and one twin per place, columns are the places and one twin per mentee. A mentee
takes a place or its own twin (left out); a place's twin takes the place (left empty) or
the twin of a mentee who could take it. Each mentor also gets its best mentees among its
own share of them, so that the candidates can fill every place however alike mentors are.

Its first-stage optimum gives, per mentee and per place, values ``a(i)`` and ``b(p)`` with
``w(i, m) <= a(i) + b(p)`` on every candidate pair, equal on the chosen ones, and a total
equal to the matching's (mentees outside the candidates have ``a = 0``; the least such ``a``,
so the greatest ``b``, so that the fewest other pairs are tight). Every optimal
matching over all pairs uses only pairs where this is an equality (tight pairs). Its
second-stage prices (the tie-breaks, over the tight candidate pairs) give likewise
``alpha(i)`` and ``gamma(p)`` with ``priority(i) <= alpha(i) + gamma(p)`` on every tight
candidate pair. If every other allowed pair keeps ``w < a + b`` or, when tight, keeps
``priority <= alpha + gamma``, both stages are optimal over all pairs (LP duality on
each stage), so the answer is exactly the one of the unreduced solve. Pairs that break
this join the candidates (only each mentor's worst few per round) and the solve runs
again; the caller falls back to the square solve if the proof never passes.

Most pairs are proven without being read: a mentor's candidates are its best mentees, so
no other mentee weighs more than the best one left out (its bound); when that bound is
below the mentor's value ``b``, the whole column is proven. Likewise for a mentee's row.
"""

from __future__ import annotations

import logging
import math

import numpy as np
import numpy.typing as npt

from app.matching import pruning
from app.matching.criteria import SCORE_DECIMALS
from app.matching.duals import Duals, least_mentee_values
from app.matching.pruning import ColumnTops
from app.matching.weights import Weights

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]

TIGHT = pruning.TIGHT
ROUNDS = 12
ROW_BLOCK = 1024  # mentees per block when pairs are read
EXTRA = 16  # candidates per mentor beyond four times its places
# From this many mentees per place, the rounds are solved on mentors as nodes (``flow``):
# the place-by-place square repeats every pair once per place, and its solver cannot
# start a round from the last one. Nearer one mentee per place, ``lap`` is faster.
FLOW_RATIO = 2
PER_MENTEE_SCARCE = 0  # candidates per mentee when places are scarce (see ``_per_mentee``)


def best_pairs(
    weights: Weights, priority: FloatArray, empty: FloatArray, place_mentor: IntArray
) -> tuple[IntArray, IntArray] | None:
    """(mentee rows, places) of the lexicographic optimum, or None if it was not proven.

    A mentor's places are consecutive in ``place_mentor``. Tie-breaks as in ``solver``:
    ``priority`` per matched mentee, ``empty`` per place left empty, higher preferred.
    """
    n, mentors = weights.shape
    places = np.bincount(place_mentor, minlength=mentors)
    pairs, column_bound, row_bound = _first_candidates(weights, priority, places)
    stages = None
    if n >= FLOW_RATIO * place_mentor.size:
        from app.matching.flow import TwoStages

        # Most matches first, and the mentors' own shares can fill every place: then every
        # answer of the score stage fills every place, which it is told (faster to solve).
        shares = _own_shares(weights, _served_rank(priority), places)
        held = np.bincount(shares % mentors, minlength=mentors)
        fill = weights.bonus > 0 and bool((held >= places).all())
        if fill:
            pairs = np.union1d(pairs, shares)
        stages = TwoStages(weights, priority, empty, place_mentor, places, fill_every_place=fill)
    for _ in range(ROUNDS):
        if stages is not None:
            solved = stages.solve(pairs)
        else:
            solved = _solve_reduced(weights, pairs, priority, empty, place_mentor, places)
        if solved is None:
            return None
        chosen, duals = solved
        broken = _broken_pairs(weights, pairs, duals, column_bound, row_bound, places)
        if broken.size == 0:
            log.debug("Sparse optimum proven on %d of %d pairs", pairs.size, n * mentors)
            return chosen
        log.info("Sparse-pairs proof failed; widening by %d pairs", broken.size)
        pairs = np.union1d(pairs, broken)
    log.warning("Sparse-pairs solve not proven after %d rounds", ROUNDS)
    return None


def _per_mentor(places: IntArray, n: int) -> IntArray:
    return np.clip(4 * places + EXTRA, 1, max(n, 1)).astype(np.intp)


def _per_mentee(n: int, mentors: int, k: int) -> int:
    """Each mentee's own best mentors: a few when places abound; none when they are scarce.

    With places scarce most mentees are left out, and a mentee kept for its own best
    mentor alone doubles the reduced problem (a mentee and its twin, one edge per place of
    that mentor, twice) for nothing: at 50,000 mentees × 1,000 mentors the solve takes 1.7
    times as long. Mentors alike still find enough mentees of their own, as each mentor's
    candidates are also chosen with equal weights spread over the pairs.
    """
    if n >= 2 * k:
        return min(mentors, PER_MENTEE_SCARCE)
    return min(mentors, 4 + 2 * math.ceil(k / max(n, 1)))


def _first_candidates(
    weights: Weights, priority: FloatArray, places: IntArray
) -> tuple[IntArray, FloatArray, FloatArray]:
    """Candidate keys ``mentee * mentors + mentor`` (sorted), and the bounds left out.

    Each mentor's best mentees and each mentee's best
    mentors; ``column_bound[m]`` is at least every weight of mentor m outside its own
    candidates, ``row_bound[i]`` at least every weight of mentee i outside its own.
    """
    n, mentors = weights.shape
    want = _per_mentor(places, n)
    per_mentee = _per_mentee(n, mentors, int(places.sum()))
    rank = _served_rank(priority)
    by_row: list[IntArray] = []
    spread, served = ColumnTops(want), ColumnTops(want)
    row_bound = np.full(n, -np.inf)
    for start in range(0, n, ROW_BLOCK):
        stop = min(n, start + ROW_BLOCK)
        if not per_mentee and start > 0:
            _few_of_block(weights, start, stop, rank, (spread, served), row_bound)
            continue
        w = weights.rows(slice(start, stop))
        w[~weights.ok[start:stop]] = -np.inf
        # Equal weights are chosen twice, by a deterministic key below a quantum: once
        # spread over the pairs, so that mentors alike pick different mentees, not the
        # same few; once in the order the tie-breaks serve mentees, so that the mentees
        # the second stage would choose are among the candidates.
        keys = w + pruning._spread(start, stop - start, mentors)
        if per_mentee:
            by_row.append(_best_of_rows(keys, per_mentee, start, row_bound))
        else:
            row_bound[start:stop] = keys.max(axis=1)
        spread.add(keys, start)
        w += rank[start:stop, None] * (0.9 * TIGHT)
        served.add(w, start)
    chosen, column_bound = spread.result()
    first, bound = served.result()
    # Each bound covers every pair outside its own choice, so outside the union as well.
    np.minimum(column_bound, bound, out=column_bound)
    shares = _own_shares(weights, rank, places)
    pairs = pruning.sorted_distinct(np.concatenate([chosen, first, shares, *by_row]))
    return pairs[weights.ok[pairs // mentors, pairs % mentors]], column_bound, row_bound


def _few_of_block(
    weights: Weights,
    start: int,
    stop: int,
    rank: FloatArray,
    tops: tuple[ColumnTops, ColumnTops],
    row_bound: FloatArray,
) -> None:
    """A block of rows for both column tops, weighing only the cells that could enter them.

    The same keys as a whole block's (the weight, plus the spread or the served order, both
    below ``TIGHT``), for the few cells whose raw score is within a quantum of a
    column's threshold; the rows' bounds from their best allowed raw score.
    """
    spread, served = tops
    scores = weights.scores[start:stop]
    ok = weights.ok[start:stop]
    if not np.isfinite(scores.sum(dtype=np.float64)):  # rare: read NaN as 0, as ``rows``
        scores = np.nan_to_num(np.asarray(scores, dtype=np.float64), nan=0.0)
    row_term = pruning.jitter_of_rows(np.arange(start, stop))  # ``_spread``, cell by cell
    column_term = pruning.jitter_of_columns(weights.shape[1])
    best = np.where(ok, scores, -np.inf).max(axis=1).astype(np.float64)
    weighed = np.round(best, SCORE_DECIMALS) + weights.bonus
    row_bound[start:stop] = weighed + row_term + column_term.max(initial=0.0)
    floor = np.minimum(spread.threshold, served.threshold) - weights.bonus
    floor -= TIGHT + 0.6 * 10.0**-SCORE_DECIMALS
    found = np.greater_equal(scores, floor.astype(scores.dtype)[None, :])
    found &= ok
    r, c = np.nonzero(found)
    rows = r + start
    w = weights.at(rows, c)
    spread.add_cells(rows, c, w + (row_term[r] + column_term[c]))
    served.add_cells(rows, c, w + rank[rows] * (0.9 * TIGHT))


def _served_rank(priority: FloatArray) -> FloatArray:
    """Each mentee's place in the order the tie-breaks serve mentees, in [0, 1)."""
    n = priority.size
    rank = np.empty(n)
    rank[np.argsort(priority, kind="stable")] = np.arange(n) / max(n, 1)
    return rank


def _own_shares(weights: Weights, rank: FloatArray, places: IntArray) -> IntArray:
    """Each mentor's best mentees among its own share of them (mentee row = mentor column
    modulo the mentors), as many as its places: shares are disjoint, so the candidates can
    fill every place of a mentor whose share allows enough mentees, however alike the
    mentors are."""
    n, mentors = weights.shape
    if n < mentors:
        return np.empty(0, dtype=np.intp)
    rows = np.arange(n - n % mentors, dtype=np.intp)
    cols = rows % mentors
    w = weights.at(rows, cols)
    w[~weights.ok[rows, cols]] = -np.inf
    keys = (w + rank[rows] * (0.9 * TIGHT)).reshape(-1, mentors)  # a column per mentor
    order = np.argsort(-keys, axis=0, kind="stable")
    take = np.arange(keys.shape[0])[:, None] < places[None, :]
    take &= np.isfinite(np.take_along_axis(keys, order, axis=0))
    r, c = np.nonzero(take)
    return rows.reshape(-1, mentors)[order[r, c], c] * mentors + c


def _best_of_rows(keys: FloatArray, count: int, start: int, row_bound: FloatArray) -> IntArray:
    """Keys of each row's ``count`` best columns; sets the rows' bounds (-inf: forbidden)."""
    rows, mentors = keys.shape
    if count >= mentors:
        row_bound[start : start + rows] = -np.inf
        return (np.arange(start, start + rows)[:, None] * mentors + np.arange(mentors)).reshape(-1)
    best = np.argpartition(-keys, count, axis=1)
    chosen = best[:, :count]
    finite = np.isfinite(np.take_along_axis(keys, chosen, axis=1))
    found = np.repeat(np.arange(start, start + rows), count)[finite.reshape(-1)] * mentors
    # The best key left out bounds every other weight of the row (the spread is >= 0).
    row_bound[start : start + rows] = np.take_along_axis(keys, best[:, count : count + 1], axis=1)[
        :, 0
    ]
    return (found + chosen[finite]).astype(np.intp)


def _solve_reduced(
    weights: Weights,
    pairs: IntArray,
    priority: FloatArray,
    empty: FloatArray,
    place_mentor: IntArray,
    places: IntArray,
) -> tuple[tuple[IntArray, IntArray], Duals] | None:
    """Both stages on the candidate pairs: the chosen pairs and the prices of both stages."""
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
    edge_w = np.repeat(weights.at(mentee, mentor), count)
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
    pair_w = weights.at(mentee, mentor)
    values = least_mentee_values(local, mentor, pair_w, x[: kept.size], place_mentor)
    if values is None:
        return None
    a, b = values
    # Cells tight for these values: every optimal matching uses only them (complementary
    # slackness), and every perfect assignment of them is optimal.
    pair_slack = a[edge_row] + b[edge_place] - edge_w
    reduced = np.concatenate([pair_slack, a, b, pair_slack])[order]
    if (reduced < -TIGHT).any():
        return None
    tight = reduced < TIGHT
    rows, cols, tie = rows[tight], cols[tight], tie[tight]
    best = _sparse_best(size, rows, cols, tie)
    if best is None:
        return None
    duals = Duals(n, mentors, kept, place_mentor, a, b)
    if not duals.add_second_stage(rows, cols, tie, best, priority):
        return None
    matched = np.flatnonzero(best[: kept.size] < k)
    return (kept[matched], best[matched].astype(np.intp)), duals


def _first_stage(size: int, rows: IntArray, cols: IntArray, cost: FloatArray) -> IntArray | None:
    from lap import lapmod

    starts = np.searchsorted(rows, np.arange(size + 1)).astype(np.int32)
    try:
        x, _ = lapmod(size, cost - cost.min(), starts, cols.astype(np.int32), return_cost=False)
    except (ValueError, RuntimeError):
        log.warning("Sparse-pairs first stage failed on %d cells", rows.size)
        return None
    x = np.asarray(x, dtype=np.intp)
    if x.min() < 0 or np.unique(x).size != size:
        return None
    return x


def _broken_pairs(
    weights: Weights,
    pairs: IntArray,
    duals: Duals,
    column_bound: FloatArray,
    row_bound: FloatArray,
    places: IntArray,
) -> IntArray:
    """Keys of non-candidate pairs that break either stage's proof, each mentor's worst few.

    Only rows and columns whose bound does not already prove them are read.
    """
    n, mentors = weights.shape
    a, b = duals.a, duals.b
    open_columns = np.flatnonzero(column_bound > b + a.min() - TIGHT)
    if open_columns.size == 0:
        return np.empty(0, dtype=np.intp)
    # A row needs reading only against the open columns: the lowest b among them.
    open_rows = np.flatnonzero(row_bound > a + b[open_columns].min() - TIGHT)
    if open_rows.size == 0:
        return np.empty(0, dtype=np.intp)
    found: list[IntArray] = []
    badness: list[FloatArray] = []
    limit, broken = _per_mentor(places, n), 0
    b_open = np.full(mentors, np.inf)  # a closed column is not read
    b_open[open_columns] = b[open_columns]
    for start in range(0, open_rows.size, ROW_BLOCK):
        rows = open_rows[start : start + ROW_BLOCK]
        r, c, gap = weights.near(rows, a[rows], b_open)
        if r.size == 0:
            continue
        # A second-stage deficit counts only on tight pairs; a first-stage one outranks it.
        deficit = duals.priority[rows[r]] - duals.alpha[rows[r]] - duals.gamma[c]
        wrong = (gap > TIGHT) | (deficit > duals.scale / 4)
        r, c, gap, deficit = r[wrong], c[wrong], gap[wrong], deficit[wrong]
        if r.size:
            keys = rows[r].astype(np.intp) * mentors + c
            bad = np.where(gap > TIGHT, 1e12 + gap, deficit / duals.scale)
            at = np.minimum(np.searchsorted(pairs, keys), max(pairs.size - 1, 0))
            fresh = pairs[at] != keys if pairs.size else np.ones(keys.size, dtype=np.bool_)
            keys, worst = _worst_per_mentor(keys[fresh], bad[fresh], limit, mentors)
            found.append(keys)
            badness.append(worst)
            broken += int(fresh.sum())
    if not found:
        return np.empty(0, dtype=np.intp)
    keys, _ = _worst_per_mentor(np.concatenate(found), np.concatenate(badness), limit, mentors)
    log.info("%d pairs break the proof; %d join the candidates", broken, keys.size)
    return np.sort(keys)


def _worst_per_mentor(
    keys: IntArray, worst: FloatArray, limit: IntArray, mentors: int
) -> tuple[IntArray, FloatArray]:
    """Each mentor's ``limit`` worst pairs (ties: lower keys), so one round stays small."""
    mentor = keys % mentors
    jitter = (keys * 7919 + mentor * 104729) % 1009  # equal ones: spread over the mentors
    order = np.lexsort((keys, jitter, -worst, mentor))
    keys, worst, mentor = keys[order], worst[order], mentor[order]
    rank = np.arange(keys.size) - np.searchsorted(mentor, np.arange(mentors))[mentor]
    kept = rank < limit[mentor]
    return keys[kept], worst[kept]
