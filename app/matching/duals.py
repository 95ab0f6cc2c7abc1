"""The prices that prove a matching on candidate pairs optimal over every pair.

Both engines of ``scarce`` (the place-by-place square of ``lap`` and the mentor-node
programs of ``flow``) end a round with the same proof: first-stage values per mentee and
per mentor from the matching itself (the least for mentees, so the fewest other pairs are
tight), and second-stage prices on the tie-breaks' scale, read by ``scarce``'s check of
the pairs left out.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.matching import pruning
from app.matching.pruning import TIGHT

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


def least_mentee_values(
    local: IntArray, mentor: IntArray, w: FloatArray, x: IntArray, place_mentor: IntArray
) -> tuple[FloatArray, FloatArray] | None:
    """First-stage values ``a`` (kept mentees) and ``b`` (places) proving the matching ``x``.

    Of all the values proving it optimal, the least for mentees and so the greatest for
    places: ``b(p)`` is what its mentee brings beyond its own ``a``, 0 when empty, and
    ``a(i)`` the most mentee i could gain elsewhere (``w(i, m) - b`` of m's cheapest
    place), found by relaxing from 0 (a longest-path recursion, as Bellman-Ford). The
    greatest place values leave the fewest other pairs tight, so a proof over every pair
    passes with far fewer candidates than with any other values. None if they do not
    settle (never seen: the matching would not be optimal).
    """
    kept, k = int(x.size), place_mentor.size
    mentors = int(mentor.max()) + 1 if mentor.size else 0
    mentors = max(mentors, int(place_mentor.max()) + 1 if k else 0)
    matched = np.flatnonzero(x < k)
    mate = np.full(k, -1, dtype=np.intp)
    mate[x[matched]] = matched
    own = np.zeros(kept)  # the weight of each matched mentee's pair with its mentor
    is_own = x[local] < k
    is_own[is_own] = place_mentor[x[local[is_own]]] == mentor[is_own]
    own[local[is_own]] = w[is_own]
    filled = mate >= 0
    a = np.zeros(kept)
    for _ in range(kept + 2):
        b = np.where(filled, own[np.maximum(mate, 0)] - a[np.maximum(mate, 0)], 0.0)
        lowest = np.full(mentors, np.inf)
        np.minimum.at(lowest, place_mentor, b)
        gain = w - lowest[mentor]
        new = np.zeros(kept)
        np.maximum.at(new, local, gain)
        if (new <= a + TIGHT / 8).all():
            unmatched = x >= k
            if (a[unmatched] > TIGHT).any() or (b < -TIGHT).any():
                return None
            return a, b
        a = np.maximum(a, new)
    return None


class Duals:
    """Both stages' prices, per mentee and per mentor, as the proof over all pairs reads them.

    First stage: ``a`` per mentee (0 outside the candidates) and ``b`` per mentor, the
    lowest of its places' values (a pair is safe when ``w < a + b``). Second stage, on the
    tie-break scale ``scale`` (lap's): ``alpha`` per mentee (0 outside the candidates) and
    ``gamma`` per mentor, its places' lowest (a tight pair is safe when
    ``priority * scale <= alpha + gamma``).
    """

    def __init__(
        self,
        n: int,
        mentors: int,
        kept: IntArray,
        place_mentor: IntArray,
        a: FloatArray,
        b: FloatArray,
    ) -> None:
        self.kept, self.place_mentor, self.size = kept, place_mentor, kept.size + place_mentor.size
        self.a = np.zeros(n)
        self.a[kept] = a
        self.b = self._per_mentor(mentors, b)
        self.alpha = np.zeros(n)
        self.gamma = np.full(mentors, np.inf)
        self.scale = 1.0
        self.priority = np.zeros(n)

    def _per_mentor(self, mentors: int, per_place: FloatArray) -> FloatArray:
        found = np.full(mentors, np.inf)
        np.minimum.at(found, self.place_mentor, per_place)
        return found

    def set_whole_second_stage(
        self, alpha: FloatArray, gamma: FloatArray, priority: FloatArray
    ) -> None:
        """Second-stage prices already on the tie-breaks' own whole-number scale."""
        self.alpha[self.kept] = alpha
        self.gamma = gamma
        self.scale = 1.0
        self.priority = priority

    def add_second_stage(
        self, rows: IntArray, cols: IntArray, tie: FloatArray, best: IntArray, priority: FloatArray
    ) -> bool:
        """Prices of the tie-break optimum ``best`` on the tight cells; False if unsound."""
        from app.matching.assignment import _LAP_RANGE

        low = float(tie.min()) if tie.size else 0.0
        top = float((tie - low).max()) if tie.size else 0.0
        scale = _LAP_RANGE / top if top > 0 else 1.0
        scaled = (tie - low) * scale if top > 0 else tie - low
        # Tie-break values are whole numbers: a unit is ``scale`` once scaled.
        u, v = _prices(self.size, rows, cols, scaled, best, scale / 64)
        if (scaled - u[rows] - v[cols] < -scale / 8).any():
            return False
        k, m = self.place_mentor.size, self.kept.size
        # alpha + gamma >= priority on the original scale, shifted by lapmod's ``low``.
        self.alpha[self.kept] = -u[:m] - v[k : k + m] - low * scale
        self.gamma = self._per_mentor(self.gamma.size, -u[m:] - v[:k] - low * scale)
        self.scale = scale
        self.priority = priority * scale
        return True


def _prices(
    size: int, rows: IntArray, cols: IntArray, cost: FloatArray, x: IntArray, tolerance: float
) -> tuple[FloatArray, FloatArray]:
    v = pruning._sparse_prices(size, rows, cols, cost, x, tolerance)
    own = np.full(size, np.inf)
    np.minimum.at(own, rows, np.where(cols == x[rows], cost, np.inf))
    return own - v[x], v
