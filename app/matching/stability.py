"""Stability of a proposal: pairs who would both rather be together, and a stable choice.

Preferences are read from the scores. A mentee prefers a mentor with a higher pair score;
a mentor prefers a mentee with a higher score from the mentor's side, which is the same
pair score until a mentor-side score exists (``mentor_scores``). Only a strict preference
counts (equal scores never block), nobody wants a pair a hard rule forbids, a mentee who is
unmatched prefers any allowed mentor to none, and a mentor with a free place prefers any
allowed mentee to an empty place. A *blocking pair* is an allowed mentee and mentor, not
matched together, who both prefer each other to what they have.

``prefer_stable`` answers the setting "Prefer a stable set". Method and guarantee:

1. the unconstrained optimum is kept when it has no blocking pair (no cost);
2. otherwise deferred acceptance (Gale-Shapley, many-to-one with the mentors' places) is
   run with mentees proposing and with mentors proposing, each twice: ties broken towards
   the optimum's own pairs, and ties broken by list order. Every result is stable: with
   ties broken into strict lists, deferred acceptance leaves no pair that strictly
   prefers each other, so no blocking pair in the sense above;
3. the candidate serving most priority mentees, then with the highest total score, then
   with the most matches is chosen (the earlier candidate on a full tie).

So the chosen set is always stable, and its cost in total score is reported against the
optimum. It is the best of the stable sets tried, not proven the best of all stable sets
(with equal scores that search is NP-hard in general).
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.matching.criteria import SCORE_SCALE

Pairs = list[tuple[int, int]]  # sorted (mentee row, mentor column)
_ROWS_PER_BLOCK = 4096  # bounds the memory of the blocking-pair count on large rosters


@dataclass(frozen=True)
class StableChoice:
    """What ``prefer_stable`` chose and what it cost."""

    pairs: Pairs
    optimum_total: float
    stable_total: float
    optimum_blocking: int
    kept_optimum: bool

    @property
    def cost(self) -> float:
        return round(max(0.0, self.optimum_total - self.stable_total), 4)


def _ints(scores: npt.ArrayLike) -> npt.NDArray[np.int64]:
    """Scores as whole quanta, so equal scores compare equal whatever their float noise."""
    values = np.nan_to_num(np.asarray(scores, dtype=np.float64), nan=0.0)
    return np.rint(values * SCORE_SCALE).astype(np.int64)


def _partners(pairs: Sequence[tuple[int, int]], n_rows: int) -> npt.NDArray[np.intp]:
    partner = np.full(n_rows, -1, dtype=np.intp)
    for row, col in pairs:
        partner[row] = col
    return partner


def blocking_pairs(
    scores: npt.ArrayLike,
    allowed: npt.ArrayLike,
    capacities: Sequence[int],
    pairs: Sequence[tuple[int, int]],
    mentor_scores: npt.ArrayLike | None = None,
) -> int:
    """How many allowed (mentee, mentor) pairs would both rather be with each other."""
    pair_score = _ints(scores)
    ok = np.asarray(allowed, dtype=np.bool_)
    side = pair_score if mentor_scores is None else _ints(mentor_scores)
    n_rows, n_cols = ok.shape
    if n_rows == 0 or n_cols == 0:
        return 0
    partner = _partners(pairs, n_rows)
    caps = np.asarray(capacities, dtype=np.int64).reshape(-1)
    load = np.bincount(partner[partner >= 0], minlength=n_cols)
    # The least a mentor would accept: anyone when a place is free, none without places,
    # else better than their least preferred mentee (from their own side).
    worst = np.full(n_cols, np.iinfo(np.int64).max, dtype=np.int64)
    for row, col in pairs:
        worst[col] = min(worst[col], side[row, col])
    floor = np.where(load < caps, np.iinfo(np.int64).min, worst)
    floor = np.where(caps <= 0, np.iinfo(np.int64).max, floor)
    own = np.full(n_rows, np.iinfo(np.int64).min, dtype=np.int64)
    matched = partner >= 0
    own[matched] = pair_score[np.flatnonzero(matched), partner[matched]]
    total = 0
    for start in range(0, n_rows, _ROWS_PER_BLOCK):
        block = slice(start, start + _ROWS_PER_BLOCK)
        wants = ok[block] & (pair_score[block] > own[block, None])
        wants &= side[block] > floor[None, :]
        total += int(wants.sum())
    return total


def deferred_acceptance(
    scores: npt.ArrayLike,
    allowed: npt.ArrayLike,
    capacities: Sequence[int],
    *,
    mentees_propose: bool = True,
    favoured: Collection[tuple[int, int]] = (),
    mentor_scores: npt.ArrayLike | None = None,
) -> Pairs:
    """A stable assignment by deferred acceptance; ties broken towards ``favoured`` pairs,
    then the lower column (mentees' lists) or row (mentors' lists)."""
    pair_score = _ints(scores)
    side = pair_score if mentor_scores is None else _ints(mentor_scores)
    ok = np.asarray(allowed, dtype=np.bool_)
    caps = [max(0, int(c)) for c in capacities]
    favour = set(favoured)
    if mentees_propose:
        return _mentees_propose(pair_score, side, ok, caps, favour)
    return _mentors_propose(pair_score, side, ok, caps, favour)


def _mentees_propose(
    pair_score: npt.NDArray[np.int64],
    side: npt.NDArray[np.int64],
    ok: npt.NDArray[np.bool_],
    caps: list[int],
    favour: set[tuple[int, int]],
) -> Pairs:
    n_rows, _ = ok.shape
    lists = []
    for row in range(n_rows):
        cols = [int(c) for c in np.flatnonzero(ok[row]) if caps[c] > 0]
        cols.sort(key=lambda c: (-pair_score[row, c], (row, c) not in favour, c))
        lists.append(cols)
    following = [0] * n_rows
    held: list[list[tuple[int, bool, int, int]]] = [[] for _ in caps]  # min-heaps, worst on top
    free = deque(range(n_rows))
    while free:
        row = free.popleft()
        if following[row] >= len(lists[row]):
            continue  # nobody left to ask: stays unmatched
        col = lists[row][following[row]]
        following[row] += 1
        key = (int(side[row, col]), (row, col) in favour, -row, row)
        if len(held[col]) < caps[col]:
            heapq.heappush(held[col], key)
        elif key > held[col][0]:
            free.append(heapq.heapreplace(held[col], key)[3])
        else:
            free.append(row)
    return sorted((key[3], col) for col, heap in enumerate(held) for key in heap)


def _mentors_propose(
    pair_score: npt.NDArray[np.int64],
    side: npt.NDArray[np.int64],
    ok: npt.NDArray[np.bool_],
    caps: list[int],
    favour: set[tuple[int, int]],
) -> Pairs:
    n_rows, n_cols = ok.shape
    lists = []
    for col in range(n_cols):
        rows = [int(r) for r in np.flatnonzero(ok[:, col])] if caps[col] > 0 else []
        rows.sort(key=lambda r: (-side[r, col], (r, col) not in favour, r))
        lists.append(rows)
    following = [0] * n_cols
    load = [0] * n_cols
    holder = [-1] * n_rows  # each mentee's mentor so far
    waiting = deque(range(n_cols))
    while waiting:
        col = waiting.popleft()
        while load[col] < caps[col] and following[col] < len(lists[col]):
            row = lists[col][following[col]]
            following[col] += 1
            current = holder[row]
            if current >= 0 and _mentee_key(pair_score, favour, row, current) >= _mentee_key(
                pair_score, favour, row, col
            ):
                continue  # the mentee keeps the mentor they hold
            if current >= 0:
                load[current] -= 1
                waiting.append(current)
            holder[row] = col
            load[col] += 1
    return sorted((row, col) for row, col in enumerate(holder) if col >= 0)


def _mentee_key(
    pair_score: npt.NDArray[np.int64], favour: set[tuple[int, int]], row: int, col: int
) -> tuple[int, bool, int]:
    return (int(pair_score[row, col]), (row, col) in favour, -col)


def total_score(scores: npt.ArrayLike, pairs: Sequence[tuple[int, int]]) -> float:
    values = _ints(scores)
    return sum(int(values[row, col]) for row, col in pairs) / SCORE_SCALE


def prefer_stable(
    scores: npt.ArrayLike,
    allowed: npt.ArrayLike,
    capacities: Sequence[int],
    optimum: Sequence[tuple[int, int]],
    *,
    priority_rows: Collection[int] = (),
    mentor_scores: npt.ArrayLike | None = None,
) -> StableChoice:
    """A stable set at the least cost in total score found (see the module's method)."""
    best_total = total_score(scores, optimum)
    found = blocking_pairs(scores, allowed, capacities, optimum, mentor_scores)
    if found == 0:
        return StableChoice(sorted(optimum), best_total, best_total, 0, True)
    favoured = set(optimum)
    candidates = [
        deferred_acceptance(
            scores,
            allowed,
            capacities,
            mentees_propose=mentees_propose,
            favoured=favour,
            mentor_scores=mentor_scores,
        )
        for favour in (favoured, set())
        for mentees_propose in (True, False)
    ]
    wanted = set(priority_rows)

    def rank(pairs: Pairs) -> tuple[int, int, int]:
        served = sum(1 for row, _ in pairs if row in wanted)
        return (served, round(total_score(scores, pairs) * SCORE_SCALE), len(pairs))

    chosen = max(candidates, key=rank)  # max keeps the first of equal candidates
    return StableChoice(chosen, best_total, total_score(scores, chosen), found, False)
