"""A lexicographic assignment: the best primary total, then the best tie-break among those.

Adding tiny tie-breaks to the weights makes the Jonker-Volgenant solver crawl: every
near-tie is settled by many tiny price changes (38 s instead of half a second on 5,000 ×
2,500). So the assignment is solved in two stages on the same square cost matrix:

1. ``lap.lapjv`` on the primary costs alone, whose many exact ties it settles fast.
2. Dual prices of that optimum, from the optimum itself (shortest paths, see ``_prices``).
   By complementary slackness every optimal assignment uses only "tight" cells (reduced
   cost zero) and every perfect assignment of tight cells is optimal; here they are a
   fraction of a percent of the cells. ``lap.lapmod`` (sparse) then minimises the
   tie-break costs over the tight cells only, and returns the tie-break-best optimum.
"""

from __future__ import annotations

import logging

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

# Primary costs differ by multiples of a score quantum (1e-4) or are equal; float sums
# along a price path stay far closer than this to their exact values.
_TIGHT = 0.25e-4
_LAP_RANGE = 1e5  # lap treats 1e6 as infinity: tie-break costs are scaled below it


def lexicographic_assignment(primary: FloatArray, tie_break: FloatArray) -> IntArray:
    """Column of each row in the square assignment minimising ``primary``, then ``tie_break``.

    ``primary`` must be multiples of 1e-4 within lap's range (below 1e6 in absolute value).
    """
    from lap import lapjv

    n = primary.shape[0]
    if n == 0:
        return np.empty(0, dtype=np.intp)
    x, y = lapjv(primary, return_cost=False)
    x = np.asarray(x, dtype=np.intp)
    y = np.asarray(y, dtype=np.intp)
    v = _prices(primary, x, y)
    u = primary[np.arange(n), x] - v[x]
    rows, cols = np.nonzero(primary - v[None, :] - u[:, None] < _TIGHT)
    best = _sparse_best(n, rows, cols, tie_break[rows, cols])
    if best is None:  # never seen: the dense solve on tight cells gives the same optimum
        log.warning("Sparse tie-break stage failed; solving it densely")
        dense = np.full((n, n), _LAP_RANGE * 5)
        dense[rows, cols] = _scaled(tie_break[rows, cols])
        best = np.asarray(lapjv(dense, return_cost=False)[0], dtype=np.intp)
    return best


def _prices(cost: FloatArray, x: IntArray, y: IntArray) -> FloatArray:
    """Column prices ``v`` making the optimal assignment ``x`` tight and every cell feasible.

    Feasible means ``cost[i, j] - v[j] >= cost[i, x[i]] - v[x[i]]``: difference constraints,
    met by shortest-path distances over columns (Bellman-Ford from every column at once;
    no negative cycle since ``x`` is optimal). After the first full pass, only the rows
    whose own column got cheaper can lower other columns, so later passes read those rows.
    """
    n = cost.shape[0]
    own = cost[np.arange(n), x]
    v = np.minimum(0.0, (cost - own[:, None]).min(axis=0))
    changed = np.flatnonzero(v < 0)
    while changed.size:
        rows = y[changed]
        reach = (cost[rows] + (v[x[rows]] - own[rows])[:, None]).min(axis=0)
        changed = np.flatnonzero(reach < v - _TIGHT / 8)
        v[changed] = reach[changed]
    return v


def _scaled(costs: FloatArray) -> FloatArray:
    shifted = costs - costs.min()
    top = float(shifted.max()) if shifted.size else 0.0
    return shifted * (_LAP_RANGE / top) if top > 0 else shifted


def _sparse_best(n: int, rows: IntArray, cols: IntArray, costs: FloatArray) -> IntArray | None:
    """The cheapest perfect assignment on the given cells (row-major), or None if lapmod fails."""
    from lap import lapmod

    starts = np.searchsorted(rows, np.arange(n + 1)).astype(np.int32)
    try:
        x, _ = lapmod(n, _scaled(costs), starts, cols.astype(np.int32), return_cost=False)
    except (ValueError, RuntimeError):
        return None
    x = np.asarray(x, dtype=np.intp)
    if x.min() < 0 or np.unique(x).size != n:
        return None
    # Every chosen cell must be one of the given ones (keys are sorted: row-major cells).
    keys = rows * n + cols
    wanted = np.arange(n) * n + x
    found = np.searchsorted(keys, wanted)
    if (found >= keys.size).any() or (keys[np.minimum(found, keys.size - 1)] != wanted).any():
        return None
    return x
