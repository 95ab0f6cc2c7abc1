"""The first-stage optimum on a few candidate cells, proven optimal over every cell.

In a large program only each mentee's best few places, and each place's best few mentees,
can be in an optimum; solving on every cell makes the dense solver the slowest step. So the
square assignment (``cost``, minimised; rows from ``real`` on are dummies of one constant
cost) is first solved sparsely (``lap.lapmod``) on candidate cells: each real row's K
cheapest cells, each column's K' cheapest real rows, the columns the dummy rows are most
likely to take, and the diagonal, which guarantees that a complete assignment exists.

The candidate optimum is then PROVEN optimal for the whole matrix: column prices ``v``
(shortest paths from the optimum over the candidate cells, as in ``assignment``) and row
prices ``u = cost[r, x[r]] - v[x[r]]`` make every candidate cell's reduced cost
non-negative; if every other cell's is too (checked in row blocks, never a full copy), no
assignment is cheaper (LP duality). If a cell breaks the proof, it joins the candidates,
K grows, and the solve runs again; after a few rounds the dense solve settles it.
"""

from __future__ import annotations

import logging
import math

import numpy as np
import numpy.typing as npt

from app.matching.square import Square

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

TIGHT = 0.25e-4  # primary costs are multiples of 1e-4: float sums stay far closer
ROUNDS = 16  # sparse rounds (each adds the cells that broke the proof) before the dense solve
ADDED = 16  # cells added per row that broke the proof, most negative first
DUMMY_ADDED = 64  # at least this many columns added at once to the dummy rows (else 2 per dummy)
DUMMY_CELLS = 4_000_000  # dummy rows reach every column up to this many cells


def candidate_sizes(k: int, n: int) -> tuple[int, int]:
    """K cells per real row and K' real rows per column, from how scarce each side is."""
    per_row = 6 + 2 * math.ceil(n / max(k, 1))
    per_column = 6 + 2 * math.ceil(k / max(n, 1))
    return min(n, per_row), min(k, per_column)


def optimal_assignment(
    cost: Square, sizes: tuple[int, int] | None = None
) -> tuple[IntArray, FloatArray]:
    """Column of each row in the cheapest assignment of the square ``cost``, and prices ``v``.

    ``sizes`` (K, K') overrides the candidate counts (tests use it to force a failed proof).
    """
    n = cost.n
    per_row, per_column = sizes or candidate_sizes(cost.real, n)
    rows, cols = _candidates(cost, per_row, per_column)
    for _ in range(ROUNDS):
        solved = _sparse_solve(cost, rows, cols)
        if solved is None:
            break
        x, v = solved
        broken_rows, broken_cols = _proof_failures(cost, x, v)
        if broken_rows.size == 0:
            log.debug("Sparse optimum proven on %d of %d cells", rows.size, n * n)
            return x, v
        # Column generation: the cells that broke the proof join the candidates.
        log.info("Optimality proof failed on %d cells; widening", broken_rows.size)
        rows, cols = _distinct(n, [rows, broken_rows], [cols, broken_cols])
    log.warning("Sparse solve not proven after %d rounds; solving densely", ROUNDS)
    return dense_assignment(cost.dense())


def dense_assignment(cost: FloatArray) -> tuple[IntArray, FloatArray]:
    """The dense solve on every cell, and its prices."""
    from lap import lapjv

    x, y = lapjv(cost, return_cost=False)
    x = np.asarray(x, dtype=np.intp)
    y = np.asarray(y, dtype=np.intp)
    return x, dense_prices(cost, x, y)


def dense_prices(cost: FloatArray, x: IntArray, y: IntArray) -> FloatArray:
    """Column prices making the optimal ``x`` tight and every cell feasible (Bellman-Ford)."""
    n = cost.shape[0]
    own = cost[np.arange(n), x]
    v = np.minimum(0.0, (cost - own[:, None]).min(axis=0))
    changed = np.flatnonzero(v < 0)
    while changed.size:
        rows = y[changed]
        reach = (cost[rows] + (v[x[rows]] - own[rows])[:, None]).min(axis=0)
        changed = np.flatnonzero(reach < v - TIGHT / 8)
        v[changed] = reach[changed]
    return v


class ColumnTops:
    """Each column's ``want + 1`` highest keys over blocks of rows, without sorting blocks.

    A column keeps a threshold, its ``want + 1``-th highest key so far: a block's cells
    below it can never be among the column's best, so only the few above it are kept
    (one comparison per cell), and the kept ones are trimmed back now and then.
    """

    def __init__(self, want: IntArray) -> None:
        self.want = want
        self.threshold = np.full(want.size, -np.inf)
        self.parts: list[tuple[IntArray, IntArray, FloatArray]] = []
        self.size = 0
        self.limit = 4 * int(want.sum() + want.size)

    def add(self, keys: FloatArray, start: int) -> None:
        top = int(self.want.max()) if self.want.size else 0
        if not self.parts and keys.shape[0] > top:
            # The first block sets the thresholds: its (most wanted + 1)-th highest key
            # is at most any column's (want + 1)-th.
            flipped = np.negative(keys.T, order="C")
            self.threshold = -np.partition(flipped, top, axis=1)[:, top]
        r, c = np.nonzero(keys >= self.threshold)
        self.add_cells(r + start, c, keys[r, c], checked=True)

    def absorb(self, other: ColumnTops) -> None:
        """Take the cells another reading of other rows kept (for the same columns)."""
        # Each side holds every key at or above its own threshold, and a column's
        # (want + 1)-th key over both sides is at least either threshold.
        np.maximum(self.threshold, other.threshold, out=self.threshold)
        self.parts.extend(other.parts)
        self.size += other.size
        if self.size > self.limit:
            self._trim()

    def add_cells(
        self, rows: IntArray, cols: IntArray, keys: FloatArray, checked: bool = False
    ) -> None:
        """Cells given one by one (``checked``: already at or above their threshold)."""
        if not checked:
            keep = keys >= self.threshold[cols]
            rows, cols, keys = rows[keep], cols[keep], keys[keep]
        self.parts.append((rows, cols, keys))
        self.size += rows.size
        if self.size > self.limit:
            self._trim()

    def _trim(self) -> tuple[IntArray, IntArray, FloatArray, IntArray]:
        """Keep each column's ``want + 1`` best (ties: lower rows); their ranks."""
        rows = np.concatenate([p[0] for p in self.parts]).astype(np.intp)
        cols = np.concatenate([p[1] for p in self.parts]).astype(np.intp)
        keys = np.concatenate([p[2] for p in self.parts])
        order = np.lexsort((rows, -keys, cols))
        rows, cols, keys = rows[order], cols[order], keys[order]
        rank = np.arange(cols.size) - np.searchsorted(cols, cols)
        keep = rank <= self.want[cols]
        rows, cols, keys, rank = rows[keep], cols[keep], keys[keep], rank[keep]
        last = rank == self.want[cols]  # a column with ``want + 1`` keys: its threshold
        self.threshold[cols[last]] = keys[last]
        self.parts = [(rows, cols, keys)]
        self.size = rows.size
        return rows, cols, keys, rank

    def result(self) -> tuple[IntArray, FloatArray]:
        """Keys ``row * columns + column`` of each column's ``want`` best finite keys, and
        the best key left out (-inf if none): at least every other key of the column."""
        if not self.parts:
            return np.empty(0, dtype=np.intp), np.full(self.want.size, -np.inf)
        rows, cols, keys, rank = self._trim()
        bound = np.full(self.want.size, -np.inf)
        last = rank == self.want[cols]
        bound[cols[last]] = keys[last]
        take = (rank < self.want[cols]) & np.isfinite(keys)
        return rows[take] * self.want.size + cols[take], bound


def _empty_cells() -> tuple[IntArray, IntArray]:
    return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp)


class _RowReading:
    """What ``_candidates`` gathers from a run of distinct rows: each row's best columns,
    each column's best rows among them, and each column's least cost."""

    def __init__(self, cost: Square, per_row: int, per_column: int) -> None:
        n = cost.n
        self.per_row = per_row
        self.best: list[IntArray] = []
        self.tops = ColumnTops(np.full(n, min(cost.distinct.shape[0], per_column), np.intp))
        self.column_best = np.full(n, np.inf)

    def read(self, cost: Square, first: int, last: int) -> _RowReading:
        """Read distinct rows ``first`` to ``last - 1`` in blocks, with a buffer of its own."""
        n = cost.n
        # One jitter spreads both choices: a row's own part is constant along it, so its
        # best columns are ordered by the columns' part alone, and a column's best rows
        # by the rows' part.
        negative_jitter = -jitter_of_columns(n)
        buffer = cost.buffer(first, last)
        for start, stop in cost.blocks(first, last):
            block = cost.distinct[start:stop]
            np.minimum(self.column_best, block.min(axis=0), out=self.column_best)
            keys = np.subtract(negative_jitter, block, out=buffer[: stop - start])  # higher: better
            if self.per_row < n:
                kth = n - self.per_row
                self.best.append(np.argpartition(keys, kth, axis=1)[:, kth:].astype(np.intp))
            keys -= jitter_of_rows(np.arange(start, stop))[:, None]
            self.tops.add(keys, start)
        return self


def _read_rows(cost: Square, per_row: int, per_column: int) -> _RowReading:
    """Every distinct row read once (in two halves at once where it pays)."""

    def read(first: int, last: int) -> _RowReading:
        return _RowReading(cost, per_row, per_column).read(cost, first, last)

    reading, *others = cost.in_halves(read)
    for other in others:
        reading.best.extend(other.best)
        reading.tops.absorb(other.tops)
        np.minimum(reading.column_best, other.column_best, out=reading.column_best)
    return reading


def _candidates(cost: Square, per_row: int, per_column: int) -> tuple[IntArray, IntArray]:
    """Candidate cells, sorted row-major and distinct.

    Read once per distinct row: a mentor's places share its best columns, and a column's
    best mentors give it all their places.
    """
    n, real = cost.n, cost.real
    parts_r: list[IntArray] = [np.arange(n, dtype=np.intp)]
    parts_c: list[IntArray] = [np.arange(n, dtype=np.intp)]
    reading = _read_rows(cost, per_row, per_column)
    column_best, tops = reading.column_best, reading.tops
    if real:
        if per_row < n:
            best = np.concatenate(reading.best)
            parts_r.append(np.repeat(np.arange(real, dtype=np.intp), per_row))
            parts_c.append(best[cost.owner].reshape(-1))
        else:
            parts_r.append(np.repeat(np.arange(real, dtype=np.intp), n))
            parts_c.append(np.tile(np.arange(n, dtype=np.intp), real))
        chosen, _ = tops.result()
        rows, position = cost.copies(chosen // n)
        parts_r.append(rows)
        parts_c.append((chosen % n)[position])
    dummies = n - real
    if dummies:
        # Dummy rows are all alike: they may take any column when that stays small, else
        # the columns whose best real cell is dearest (the least to gain by being taken).
        wanted = n if dummies * n <= DUMMY_CELLS else min(n, 2 * dummies + per_row)
        columns = np.argsort(-column_best, kind="stable")[:wanted]
        parts_r.append(np.repeat(np.arange(real, n, dtype=np.intp), columns.size))
        parts_c.append(np.tile(columns.astype(np.intp), dummies))
    return _distinct(n, parts_r, parts_c)


def _distinct(
    n: int, parts_r: list[IntArray], parts_c: list[IntArray]
) -> tuple[IntArray, IntArray]:
    """The cells of all parts once each, sorted row-major."""
    if n * n <= 10**8:  # a mark per cell is much faster than sorting the keys
        marks = np.zeros(n * n, dtype=np.bool_)
        for r, c in zip(parts_r, parts_c, strict=True):
            marks[r * n + c] = True
        keys = np.flatnonzero(marks)
    else:
        keys = sorted_distinct(np.concatenate(parts_r) * n + np.concatenate(parts_c))
    return keys // n, keys % n


def sorted_distinct(keys: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The distinct keys, ascending: ``np.unique`` by a sort (numpy 2's hashing unique
    takes 1.6 s on two million keys, a sort 0.05 s)."""
    ordered = np.sort(keys)
    if ordered.size < 2:
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def _spread(start: int, count: int, width: int) -> FloatArray:
    """A deterministic jitter below half a score quantum, to choose among equal cells.

    Among many equal cells, a partial sort returns much the same few for every row, and
    all rows then compete for the same columns; spreading the choice keeps the candidate
    cells able to hold an optimum. The costs themselves are never changed.
    """
    return np.add.outer(jitter_of_rows(np.arange(start, start + count)), jitter_of_columns(width))


_JITTER_STEP = TIGHT / 2018  # two terms below 1009 each: the sum stays in [0, TIGHT)


def jitter_of_rows(rows: npt.NDArray[np.integer]) -> FloatArray:
    """The row part of ``_spread``, for the given row indices."""
    return np.asarray((rows.astype(np.int64) * 7919 % 1009) * _JITTER_STEP, dtype=np.float64)


def jitter_of_columns(width: int) -> FloatArray:
    """The column part of ``_spread``, for columns 0 to ``width - 1``."""
    return np.asarray(
        (np.arange(width, dtype=np.int64) * 104729 % 1009) * _JITTER_STEP, dtype=np.float64
    )


def _sparse_solve(
    cost: Square, rows: IntArray, cols: IntArray
) -> tuple[IntArray, FloatArray] | None:
    from lap import lapmod

    n = cost.n
    values = cost.at(rows, cols)
    shifted = values - values.min()  # lapmod wants non-negative costs; a shift keeps the optimum
    starts = np.searchsorted(rows, np.arange(n + 1)).astype(np.int32)
    try:
        x, _ = lapmod(n, shifted, starts, cols.astype(np.int32), return_cost=False)
    except (ValueError, RuntimeError):
        log.warning("Sparse first stage failed on %d cells", rows.size)
        return None
    x = np.asarray(x, dtype=np.intp)
    if x.min() < 0 or np.unique(x).size != n:
        return None
    return x, _sparse_prices(n, rows, cols, values, x)


def _sparse_prices(
    n: int,
    rows: IntArray,
    cols: IntArray,
    values: FloatArray,
    x: IntArray,
    tolerance: float = TIGHT / 8,
) -> FloatArray:
    """Column prices making ``x`` tight and every candidate cell feasible (Bellman-Ford).

    Cell (r, c) is an arc from column x[r] to c of length cost[r, c] - cost[r, x[r]];
    prices are shortest distances from all columns at once. Arcs are kept sorted by
    target column so each pass is one gather and one segmented minimum.
    """
    order = np.argsort(cols, kind="stable")
    rows, cols, values = rows[order], cols[order], values[order]
    own = np.full(n, np.inf)
    np.minimum.at(own, rows, np.where(cols == x[rows], values, np.inf))
    length = values - own[rows]
    source = x[rows]
    starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
    targets = cols[starts]
    v = np.zeros(n)
    for _ in range(n + 1):
        reach = np.minimum.reduceat(v[source] + length, starts)
        better = reach < v[targets] - tolerance
        if not better.any():
            break
        v[targets[better]] = reach[better]
    return v


def _proof_failures(cost: Square, x: IntArray, v: FloatArray) -> tuple[IntArray, IntArray]:
    """Rows with a cell of negative reduced cost, and each one's most negative cells.

    A distinct row's reduced costs are read once; each of its copies breaks the proof
    where they fall below that copy's own row price.
    """
    n, real = cost.n, cost.real
    u, highest = cost.row_prices(x, v)
    worst = min(n, ADDED) - 1

    def failures(reduced: FloatArray, start: int) -> tuple[IntArray, IntArray]:
        stop = start + reduced.shape[0]
        broken = np.flatnonzero(reduced.min(axis=1) < highest[start:stop] - TIGHT)
        if not broken.size:
            return _empty_cells()
        broken_reduced = reduced[broken]
        picked = np.argpartition(broken_reduced, worst, axis=1)[:, : worst + 1]
        values = np.take_along_axis(broken_reduced, picked, axis=1)
        rows, position = cost.copies(broken + start)
        keep = values[position] - u[rows, None] < -TIGHT
        return np.repeat(rows, picked.shape[1])[keep.reshape(-1)], picked[position][keep]

    bad_rows, bad_cols = cost.reduced_cells(v, failures)
    if real < n:  # dummy rows are all alike: one row's reduced costs serve for all
        # Several of the worst columns at once: one a round would take a round per column.
        line = cost.dummy - v
        count = min(n, max(DUMMY_ADDED, 2 * (n - real)))
        chosen = np.argpartition(line, count - 1)[:count] if count < n else np.arange(n)
        slack = line[chosen][None, :] - u[real:, None]
        r, c = np.nonzero(slack < -TIGHT)
        bad_rows.append(r + real)
        bad_cols.append(chosen[c].astype(np.intp))
    if not bad_rows:
        return _empty_cells()
    return np.concatenate(bad_rows).astype(np.intp), np.concatenate(bad_cols).astype(np.intp)
