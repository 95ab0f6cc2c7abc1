"""Pair weights read from the score matrix by blocks of mentee rows, never all at once."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.matching.criteria import SCORE_DECIMALS
from app.matching.pruning import TIGHT

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]


class Weights:
    """Pair weights (mentees × mentors, higher preferred, 0 where forbidden) read by blocks.

    A weight is the score rounded to 4 decimals plus ``bonus``, the same floats as the
    dense weights of ``solver``; the scores may be float32 (their rounding is exact).
    """

    def __init__(self, scores: npt.NDArray[np.floating], ok: BoolArray, bonus: float) -> None:
        self.scores, self.ok, self.bonus = scores, ok, bonus
        self.shape: tuple[int, int] = (int(ok.shape[0]), int(ok.shape[1]))

    def rows(self, which: slice | IntArray) -> FloatArray:
        values = np.array(self.scores[which], dtype=np.float64)
        if not np.isfinite(values).all():  # rare: one pass to check beats three to convert
            np.nan_to_num(values, copy=False, nan=0.0)
        weights = np.round(values, SCORE_DECIMALS, out=values)
        weights += self.bonus
        weights[~self.ok[which]] = 0.0
        return weights

    def near(
        self, rows: IntArray, floor_rows: FloatArray, floor_cols: FloatArray
    ) -> tuple[IntArray, IntArray, FloatArray]:
        """Allowed pairs (index into ``rows``, mentor column) whose weight is above
        ``floor_rows[r] + floor_cols[c] - TIGHT``, with their exact weight minus it; a
        column whose floor is infinite is not read.

        The raw scores are compared, in their own precision and with no copy as weights:
        rounding moves a score by at most half a quantum, inside the margin, and the pairs
        found are then checked on their exact weights (four times faster than weighting
        every pair first).
        """
        run = rows.size > 0 and int(rows[-1]) - int(rows[0]) + 1 == rows.size
        which = slice(int(rows[0]), int(rows[-1]) + 1) if run else rows  # a view, no copy
        block = self.scores[which]
        if not np.isfinite(block.sum(dtype=np.float64)):  # rare: read NaN as 0, as ``rows``
            block = np.nan_to_num(np.asarray(block, dtype=np.float64), nan=0.0)
        margin = TIGHT + 0.6 * 10.0**-SCORE_DECIMALS
        shifted = floor_cols - self.bonus - margin
        # The floor in the scores' own precision when both parts are small (float32 then
        # errs by a few 1e-6 at most, far inside the margin), else in float64.
        small = (
            np.abs(floor_rows).max(initial=0.0) <= 64
            and np.abs(shifted[np.isfinite(shifted)]).max(initial=0.0) <= 64
        )
        precision = block.dtype if small else np.float64
        floor = np.add.outer(floor_rows.astype(precision), shifted.astype(precision))
        found = np.greater_equal(block, floor, out=np.empty(floor.shape, dtype=np.bool_))
        found &= self.ok[which]
        r, c = np.nonzero(found)
        gap = self.at(rows[r], c) - floor_rows[r] - floor_cols[c]
        keep = gap > -TIGHT
        return r[keep], c[keep], gap[keep]

    def at(self, rows: IntArray, cols: IntArray) -> FloatArray:
        values = np.nan_to_num(np.asarray(self.scores[rows, cols], dtype=np.float64), nan=0.0)
        return np.where(self.ok[rows, cols], np.round(values, SCORE_DECIMALS) + self.bonus, 0.0)
