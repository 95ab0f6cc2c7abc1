"""A square assignment cost held as its distinct rows: a mentor's places share one row.

The assignment solvers see a square matrix whose rows are mentor places (or mentees) and
whose columns are mentees (or places). A mentor with three places gives three identical
rows, and the rows that fill the square (a mentee left out, or an empty place) all hold
one constant. Building that square repeats every pair once per place: at 20,000 mentees ×
10,000 mentors it is 3.2 GB. ``Square`` keeps each distinct row once and says which real
row copies which, so that the candidates, the optimality proof and the tight cells are
read once per mentor and then given to each of its places.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import TypeVar

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

BLOCK = 512  # distinct rows per block when the whole matrix is read
BLOCK_CELLS = 16_000_000  # at most this many cells a block (128 MB), however wide the rows
T = TypeVar("T")


class Square:
    """The n × n cost whose real row ``r`` is ``distinct[owner[r]]`` and whose other rows
    (``real`` to ``n - 1``) are all the constant ``dummy``.

    ``owner`` must be non-decreasing and reach every distinct row (each distinct row owns
    a run of consecutive real rows).
    """

    def __init__(self, distinct: FloatArray, owner: IntArray, dummy: float) -> None:
        self.distinct = distinct
        self.owner = np.asarray(owner, dtype=np.intp)
        self.dummy = float(dummy)
        self.n = int(distinct.shape[1])
        self.real = int(self.owner.size)
        count = int(distinct.shape[0])
        # Real rows of distinct row d: starts[d] to starts[d + 1] - 1.
        self.starts = np.searchsorted(self.owner, np.arange(count + 1)).astype(np.intp)
        if self.real > self.n or (np.diff(self.starts) < 1).any():
            raise ValueError(
                "every distinct row needs a real row, and rows cannot outnumber columns"
            )

    @classmethod
    def of(cls, cost: FloatArray, real: int | None = None) -> Square:
        """The square of a full matrix whose rows from ``real`` on hold one constant."""
        n = cost.shape[0]
        real = n if real is None else real
        dummy = float(cost[real, 0]) if real < n else 0.0
        return cls(cost[:real], np.arange(real, dtype=np.intp), dummy)

    def block_rows(self) -> int:
        """Distinct rows a block holds: ``BLOCK``, fewer when the rows are very wide."""
        return max(1, min(BLOCK, BLOCK_CELLS // max(self.n, 1)))

    def blocks(self, first: int, last: int) -> Iterator[tuple[int, int]]:
        """(first, past-last) distinct rows of each block of rows ``first`` to ``last - 1``."""
        rows = self.block_rows()
        for start in range(first, last, rows):
            yield start, min(last, start + rows)

    def in_halves(self, work: Callable[[int, int], T]) -> list[T]:
        """``work(first, last)`` over the distinct rows, in two halves at once when two
        cores are free and the rows are many (numpy's work on a block leaves the
        interpreter free), else in one; the results in row order."""
        count = self.distinct.shape[0]
        if count < 4 * self.block_rows() or _cores() < 2:
            return [work(0, count)]
        from concurrent.futures import ThreadPoolExecutor

        half = count // 2
        with ThreadPoolExecutor(1) as pool:
            second = pool.submit(work, half, count)
            first = work(0, half)
            return [first, second.result()]

    def buffer(self, first: int, last: int) -> FloatArray:
        """A block-sized array for one reading of rows ``first`` to ``last - 1``, reused
        from block to block: a fresh one each time (80 MB at 20,000 columns) pays its
        page faults every time."""
        return np.empty((min(self.block_rows(), last - first), self.n))

    def row_prices(self, x: IntArray, v: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Each row's price ``u`` making its cell of the assignment ``x`` tight under the
        column prices ``v``, and the highest price among each distinct row's copies."""
        u = self.assigned(x) - v[x]
        return u, self.largest_per_distinct(u) if self.real else np.empty(0)

    def reduced_cells(
        self, v: FloatArray, pick: Callable[[FloatArray, int], tuple[IntArray, IntArray]]
    ) -> tuple[list[IntArray], list[IntArray]]:
        """Cells (real rows, columns) that ``pick(reduced, start)`` finds in each block of
        distinct rows' reduced costs (``distinct[start:stop] - v``), in row-block order."""

        def read(first: int, last: int) -> tuple[list[IntArray], list[IntArray]]:
            rows: list[IntArray] = []
            cols: list[IntArray] = []
            buffer = self.buffer(first, last)
            for start, stop in self.blocks(first, last):
                reduced = np.subtract(self.distinct[start:stop], v, out=buffer[: stop - start])
                found_rows, found_cols = pick(reduced, start)
                rows.append(found_rows)
                cols.append(found_cols)
            return rows, cols

        all_rows: list[IntArray] = []
        all_cols: list[IntArray] = []
        for rows, cols in self.in_halves(read):
            all_rows.extend(rows)
            all_cols.extend(cols)
        return all_rows, all_cols

    def copies(self, which: IntArray) -> tuple[IntArray, IntArray]:
        """The real rows copying each of the distinct rows ``which``, and for each of them
        its position in ``which`` (rows in the order of ``which``, then ascending)."""
        first = self.starts[which]
        counts = self.starts[np.asarray(which) + 1] - first
        position = np.repeat(np.arange(counts.size, dtype=np.intp), counts)
        offset = np.arange(position.size, dtype=np.intp) - np.repeat(
            np.cumsum(counts) - counts, counts
        )
        return first[position] + offset, position

    def at(self, rows: IntArray, cols: IntArray) -> FloatArray:
        """The costs of cells (rows, cols)."""
        real = rows < self.real
        distinct_rows = self.owner[np.minimum(rows, self.real - 1)] if self.real else rows
        values = self.distinct[distinct_rows, cols] if self.real else np.zeros(rows.size)
        return np.where(real, values, self.dummy)

    def assigned(self, x: IntArray) -> FloatArray:
        """The cost of each row's cell in the assignment ``x`` (row r takes column x[r])."""
        return self.at(np.arange(self.n, dtype=np.intp), x)

    def largest_per_distinct(self, per_row: FloatArray) -> FloatArray:
        """The largest of a per-real-row value over each distinct row's copies."""
        return np.maximum.reduceat(per_row[: self.real], self.starts[:-1])

    def dense(self) -> FloatArray:
        """The whole n × n matrix (the dense fallback and small squares only)."""
        cost = np.empty((self.n, self.n))
        np.take(self.distinct, self.owner, axis=0, out=cost[: self.real])
        cost[self.real :] = self.dummy
        return cost


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1
