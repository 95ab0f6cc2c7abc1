"""A lexicographic assignment: the best primary total, then the best tie-break among those.

Adding tiny tie-breaks to the weights makes the Jonker-Volgenant solver crawl: every
near-tie is settled by many tiny price changes (38 s instead of half a second on 5,000 ×
2,500). So the assignment is solved in two stages on the same square cost matrix:

1. The optimum of the primary costs alone, with its dual prices: solved sparsely on
   candidate cells and proven optimal over every cell (``pruning``), or densely.
2. By complementary slackness every optimal assignment uses only "tight" cells (reduced
   cost zero) and every perfect assignment of tight cells is optimal; here they are a
   fraction of a percent of the cells. ``lap.lapmod`` (sparse) then minimises the
   tie-break costs over the tight cells only, and returns the tie-break-best optimum.
   The tie-break costs are asked for on those cells only, never for the whole matrix.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from app.matching import pruning
from app.matching.square import Square

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
TieBreak = FloatArray | Callable[[IntArray, IntArray], FloatArray]

_TIGHT = pruning.TIGHT
_LAP_RANGE = 1e5  # lap treats 1e6 as infinity: tie-break costs are scaled below it
SPARSE_FROM = 300  # smaller squares are solved densely: as fast, and nothing to prove


def lexicographic_assignment(
    primary: Square | FloatArray,
    tie_break: TieBreak,
    real: int | None = None,
    sizes: tuple[int, int] | None = None,
) -> IntArray:
    """Column of each row in the square assignment minimising ``primary``, then ``tie_break``.

    ``primary`` must be multiples of 1e-4 within lap's range (below 1e6 in absolute value);
    a full matrix's rows from ``real`` on (default: none) are dummy rows holding one
    constant primary cost. ``tie_break`` is a matrix of the same shape, or a function giving
    the costs of the cells (rows, cols) asked for. ``sizes`` forces the candidate counts of
    stage 1.
    """
    square = primary if isinstance(primary, Square) else Square.of(primary, real)
    n = square.n
    if n == 0:
        return np.empty(0, dtype=np.intp)
    if n >= SPARSE_FROM or sizes is not None:
        x, v = pruning.optimal_assignment(square, sizes)
    else:
        x, v = pruning.dense_assignment(square.dense())
    rows, cols = _tight_cells(square, x, v)
    costs = tie_break(rows, cols) if callable(tie_break) else tie_break[rows, cols]
    best = _sparse_best(n, rows, cols, costs)
    if best is None:  # never seen: the dense solve on tight cells gives the same optimum
        from lap import lapjv

        log.warning("Sparse tie-break stage failed; solving it densely")
        dense = np.full((n, n), _LAP_RANGE * 5)
        dense[rows, cols] = _scaled(costs)
        best = np.asarray(lapjv(dense, return_cost=False)[0], dtype=np.intp)
    return best


def _tight_cells(square: Square, x: IntArray, v: FloatArray) -> tuple[IntArray, IntArray]:
    """Cells of reduced cost zero, row-major: each distinct row is read once, in blocks
    (no full-size copy), and its cells are checked against each copy's own row price."""
    n, real = square.n, square.real
    u, highest = square.row_prices(x, v)

    def tight(reduced: FloatArray, start: int) -> tuple[IntArray, IntArray]:
        stop = start + reduced.shape[0]
        r, c = np.nonzero(reduced < highest[start:stop, None] + _TIGHT)
        rows, position = square.copies(r + start)
        keep = reduced[r[position], c[position]] - u[rows] < _TIGHT
        return rows[keep], c[position][keep]

    found_rows, found_cols = square.reduced_cells(v, tight)
    if real < n:  # dummy rows: one constant row, each with its own price
        r, c = np.nonzero((square.dummy - v)[None, :] - u[real:, None] < _TIGHT)
        found_rows.append(r + real)
        found_cols.append(c)
    rows = np.concatenate(found_rows).astype(np.intp)
    cols = np.concatenate(found_cols).astype(np.intp)
    order = np.argsort(rows * n + cols, kind="stable")
    return rows[order], cols[order]


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
