"""Both stages of the lexicographic matching as linear programs on candidate pairs.

A mentor with capacity c is one node with c places, not c copies of every pair: mentees
and mentors are the rows, candidate pairs the columns, and the problem is a
transportation problem. Its constraint matrix is totally unimodular, so the simplex
method (HiGHS, a small, well-kept solver) ends on a whole-number answer. Both programs
live across the rounds of ``scarce``: a round adds the pairs that broke the proof as new
columns and the solver starts from the previous round's basis instead of from nothing.

1. The score stage maximises the total weight (when most matches come first and the
   candidates can fill every place, it fills every place and weighs scores alone: the
   same answers, faster to solve). Its values are then recomputed exactly from the
   matching (``duals.least_mentee_values``), never read from the solver's floating-point
   duals, and every pair is checked against them.
2. The tie-break stage maximises the tie-breaks (``priority`` of each matched mentee,
   ``empty`` of each place left empty) over the score stage's optimal answers only: pairs
   that are tight for the exact values, mentees with a positive value kept matched,
   mentors with a positive value kept full. A mentor's places are slot columns, filled
   in rank order because a later place is worth more left empty. Tie-break values are
   whole numbers, so the solver's prices are rounded to whole numbers and checked
   exactly on every column before they are used in the proof.

Anything unexpected (a status other than optimal, a fractional answer, prices that do
not check) returns None, and the caller falls back to the square solve.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from app.matching.duals import Duals, least_mentee_values
from app.matching.pruning import TIGHT

if TYPE_CHECKING:
    from app.matching.weights import Weights

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
WHOLE = 1e-6
FEW_ADDED = 2000  # new pairs the tie-break stage takes in by the primal simplex


def _solver() -> Any:
    """A silent HiGHS instance on one thread (stdout carries the CLI's JSON: no banner)."""
    import highspy

    # The bare solver: the wrapper class prints a banner on stdout when first made.
    highs = highspy._Highs()  # type: ignore[attr-defined]
    # Devex pricing: half the iterations of the default on these programs (measured).
    options = (
        ("output_flag", False),
        ("threads", 1),
        ("presolve", "off"),
        ("simplex_dual_edge_weight_strategy", 1),
    )
    for name, value in options:
        highs.setOptionValue(name, value)
    return highs


class TwoStages:
    """The two programs of one matching, grown round by round with candidate pairs."""

    def __init__(
        self,
        weights: Weights,
        priority: FloatArray,
        empty: FloatArray,
        place_mentor: IntArray,
        places: IntArray,
        fill_every_place: bool = False,
    ) -> None:
        """``fill_every_place``: the candidates can fill every place and most matches come
        first, so every score-stage answer fills every place: the mentors' rows are
        equalities and the pairs weigh their score alone (the same answers, less work for
        the solver than weights that all carry the bonus)."""
        import highspy

        self._inf = highspy.kHighsInf
        self._optimal = highspy.HighsModelStatus.kOptimal
        self.weights, self.priority, self.empty = weights, priority, empty
        self.place_mentor, self.places = place_mentor, places
        n, self.mentors = weights.shape
        self.keys = np.empty(0, dtype=np.intp)  # pair keys, in column order
        self.pair_w = np.empty(0)
        self.row_of = np.full(n, -1, dtype=np.intp)  # mentee -> its row after the mentors'
        self.kept = np.empty(0, dtype=np.intp)  # mentees in row order
        # The tie-break program's current bounds: pair upper, slot lower, mentee row lower.
        self.pair_upper = np.empty(0)
        self.slot_lower = np.zeros(place_mentor.size)
        self.row_lower = np.empty(0)
        self.rounds = 0
        self.added = 0
        k = place_mentor.size
        self.first = _solver()
        zeros = np.zeros(self.mentors)
        self.shift = weights.bonus if fill_every_place else 0.0
        self.first.addRows(
            self.mentors,
            places * 1.0 if fill_every_place else np.full(self.mentors, -self._inf),
            places * 1.0,
            0,
            np.zeros(0, np.int32),
            np.zeros(0, np.int32),
            np.zeros(0),
        )
        self.second = _solver()
        self.second.addRows(
            self.mentors, zeros, zeros, 0, np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0)
        )
        # Slot columns: place p of its mentor, worth its empty value if left empty.
        self.second.addCols(
            k,
            empty.astype(np.float64),
            np.zeros(k),
            np.ones(k),
            k,
            np.arange(k, dtype=np.int32),
            place_mentor.astype(np.int32),
            np.full(k, -1.0),
        )

    def _grow(self, pairs: IntArray) -> None:
        """Columns (and mentee rows) for the pairs not yet in the programs."""
        fresh = np.setdiff1d(pairs, self.keys, assume_unique=True)
        self.added = fresh.size
        if fresh.size == 0:
            return
        mentee, mentor = fresh // self.mentors, fresh % self.mentors
        new_rows = np.unique(mentee[self.row_of[mentee] < 0])
        if new_rows.size:
            self.row_of[new_rows] = self.mentors + self.kept.size + np.arange(new_rows.size)
            self.kept = np.concatenate([self.kept, new_rows])
            none = np.zeros(0, np.int32)
            for program, lower in ((self.first, -self._inf), (self.second, 0.0)):
                program.addRows(
                    new_rows.size,
                    np.full(new_rows.size, lower),
                    np.ones(new_rows.size),
                    0,
                    none,
                    none,
                    np.zeros(0),
                )
        w = self.weights.at(mentee, mentor)
        count = fresh.size
        starts = np.arange(0, 2 * count, 2, dtype=np.int32)
        index = np.empty(2 * count, dtype=np.int32)
        index[0::2] = mentor
        index[1::2] = self.row_of[mentee]
        ones = np.ones(2 * count)
        self.first.addCols(
            count, self.shift - w, np.zeros(count), np.ones(count), 2 * count, starts, index, ones
        )
        self.second.addCols(
            count,
            -self.priority[mentee],
            np.zeros(count),
            np.zeros(count),
            2 * count,
            starts,
            index,
            ones,
        )
        self.keys = np.concatenate([self.keys, fresh])
        self.pair_w = np.concatenate([self.pair_w, w])

    def solve(self, pairs: IntArray) -> tuple[tuple[IntArray, IntArray], Duals] | None:
        """(mentee rows, places) of the lexicographic optimum on ``pairs``, and its prices."""
        self._grow(pairs)
        first = self._run(self.first, primal=self.rounds > 0)
        if first is None:
            return None
        mentors, k = self.mentors, self.place_mentor.size
        mentee, mentor = self.keys // mentors, self.keys % mentors
        local = self.row_of[mentee] - mentors
        x = self._places(first[0] > 0.5, local, mentor)
        values = least_mentee_values(local, mentor, self.pair_w, x, self.place_mentor)
        if values is None:
            return None
        a, b = values
        lowest = np.full(mentors, np.inf)
        np.minimum.at(lowest, self.place_mentor, b)
        slack = a[local] + lowest[mentor] - self.pair_w
        if (slack < -TIGHT).any():
            return None
        tight = slack < TIGHT
        # The tie-break stage, on the score stage's optimal answers only. Only bounds that
        # change are passed: the solver then starts from the last round's basis.
        count = self.keys.size
        pair_upper = np.zeros(count)
        pair_upper[: self.pair_upper.size] = self.pair_upper
        changed = np.flatnonzero(pair_upper != tight)
        self._bounds(self.second.changeColsBounds, k + changed, 0.0, tight[changed] * 1.0)
        self.pair_upper = tight.astype(np.float64)
        full = (lowest > TIGHT)[self.place_mentor].astype(np.float64)
        changed = np.flatnonzero(full != self.slot_lower)
        # The last answer stays feasible if no lower bound rose: then the primal simplex
        # starts from it, else the dual simplex repairs it.
        feasible = not (full > self.slot_lower).any() and not (pair_upper > tight).any()
        self._bounds(self.second.changeColsBounds, changed, full[changed], 1.0)
        self.slot_lower = full
        must = (a > TIGHT).astype(np.float64)
        row_lower = np.zeros(must.size)
        row_lower[: self.row_lower.size] = self.row_lower
        changed = np.flatnonzero(must != row_lower)
        feasible = feasible and not (must > row_lower).any()
        self._bounds(self.second.changeRowsBounds, mentors + changed, must[changed], 1.0)
        self.row_lower = must
        # The primal simplex is quick to take in a few new pairs, slow to take in many.
        few = self.added <= FEW_ADDED
        second = self._run(self.second, primal=self.rounds > 0 and feasible and few)
        self.rounds += 1
        if second is None:
            return None
        value, prices = second
        if not self._certified(value, np.round(prices)):
            log.warning("Tie-break prices did not check on %d pairs", count)
            return None
        prices = np.round(prices)
        duals = Duals(self.weights.shape[0], mentors, self.kept, self.place_mentor, a, b)
        duals.set_whole_second_stage(-prices[mentors:], -prices[:mentors], self.priority)
        taken = self._places(value[k:] > 0.5, local, mentor)
        matched = np.flatnonzero(taken < k)
        return (self.kept[matched], taken[matched]), duals

    @staticmethod
    def _bounds(change: Any, which: IntArray, lower: Any, upper: Any) -> None:
        if which.size:
            count = which.size
            change(
                count,
                which.astype(np.int32),
                np.broadcast_to(lower, count) * 1.0,
                np.broadcast_to(upper, count) * 1.0,
            )

    def _places(self, chosen: npt.NDArray[np.bool_], local: IntArray, mentor: IntArray) -> IntArray:
        """Each kept mentee's place (a mentor's places in rank order, its mentees in row
        order), or the number of places if it is left out."""
        k = self.place_mentor.size
        place = np.full(self.kept.size, k, dtype=np.intp)
        edges = np.flatnonzero(chosen)
        order = np.lexsort((self.kept[local[edges]], mentor[edges]))
        edges = edges[order]
        held = mentor[edges]
        rank = np.arange(edges.size) - np.searchsorted(held, held)
        first = np.cumsum(self.places) - self.places
        place[local[edges]] = first[held] + rank
        return place

    def _run(self, program: Any, primal: bool) -> tuple[FloatArray, FloatArray] | None:
        """Column values and row prices of the program's optimum, if whole and optimal.

        ``primal``: the last basis is still feasible (columns were only added or freed),
        so the primal simplex goes on from it; the dual simplex otherwise.
        """
        program.setOptionValue("simplex_strategy", 4 if primal else 1)
        program.run()
        log.debug(
            "Matching program: %d columns, %d simplex iterations",
            program.getNumCol(),
            program.getInfo().simplex_iteration_count,
        )
        if program.getModelStatus() != self._optimal:
            log.warning("Matching program ended as %s", program.getModelStatus())
            return None
        solution = program.getSolution()
        value = np.asarray(solution.col_value)
        if (np.minimum(np.abs(value), np.abs(value - 1.0)) > WHOLE).any():
            log.warning("Matching program gave a fractional answer")
            return None
        return value, np.asarray(solution.row_dual)

    def _certified(self, value: FloatArray, prices: FloatArray) -> bool:
        """Whether whole-number ``prices`` prove the tie-break answer optimal, exactly.

        Minimising, a column's reduced cost is its cost less its rows' prices: it must be
        >= 0 at its lower bound, <= 0 at its upper bound, 0 strictly between (a fixed
        column may be anything); a row's price is >= 0 at its lower bound, <= 0 at its
        upper, 0 strictly between (an equality row's may be anything).
        """
        lp = self.second.getLp()
        cost = np.asarray(lp.col_cost_)
        lower, upper = np.asarray(lp.col_lower_), np.asarray(lp.col_upper_)
        matrix = lp.a_matrix_
        starts = np.asarray(matrix.start_)
        index = np.asarray(matrix.index_)
        entries = np.asarray(matrix.value_)
        column = np.repeat(np.arange(cost.size), np.diff(starts))
        reduced = cost.copy()
        np.subtract.at(reduced, column, entries * prices[index])
        at_lower = np.isclose(value, lower)
        at_upper = np.isclose(value, upper)
        fixed = at_lower & at_upper
        margin = 0.25
        columns_ok = (
            fixed
            | (at_lower & (reduced >= -margin))
            | (at_upper & (reduced <= margin))
            | (~at_lower & ~at_upper & (np.abs(reduced) <= margin))
        )
        activity = np.zeros(prices.size)
        np.add.at(activity, index, entries * value[column])
        row_lower, row_upper = np.asarray(lp.row_lower_), np.asarray(lp.row_upper_)
        on_lower = np.isclose(activity, row_lower)
        on_upper = np.isclose(activity, row_upper)
        rows_ok = (
            (on_lower & on_upper)
            | (on_lower & (prices >= 0))
            | (on_upper & (prices <= 0))
            | (prices == 0)
        )
        return bool(columns_ok.all() and rows_ok.all())
