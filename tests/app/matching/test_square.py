"""A square held as its distinct rows reads exactly as the full square it stands for.

A mentor's places share one row (``Square``): the candidates, the optimality proof and the
tight cells read that row once and give its cells to each place. Every reading is
compared here with the same reading of the full matrix, where each row stands alone.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching import assignment, pruning, square
from app.matching.square import Square


def shared(seed: int, mentors: int, mentees: int, dummy_rows: int) -> Square:
    """Places of mentors with 1–3 places each as rows, mentees as columns, and dummy rows."""
    rng = np.random.default_rng(seed)
    caps = rng.integers(1, 4, mentors)
    places = int(caps.sum())
    distinct = -(np.rint(rng.integers(0, 4, (mentors, places + dummy_rows)) * 2500) / 1e4 + 5)
    return Square(distinct, np.repeat(np.arange(mentors), caps), float(distinct.min()))


def test_the_rows_cells_and_copies_of_a_small_square() -> None:
    distinct = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
    held = Square(distinct, np.array([0, 0, 1]), -9.0)
    expected = np.array([[1, 2, 3, 4], [1, 2, 3, 4], [5, 6, 7, 8], [-9, -9, -9, -9]], float)
    np.testing.assert_array_equal(held.dense(), expected)
    rows, cols = np.array([0, 1, 2, 3, 2]), np.array([3, 0, 1, 2, 3])
    np.testing.assert_array_equal(held.at(rows, cols), expected[rows, cols])
    copies, position = held.copies(np.array([1, 0]))
    assert copies.tolist() == [2, 0, 1] and position.tolist() == [0, 1, 1]
    assert held.largest_per_distinct(np.array([4.0, 7.0, 1.0, 0.0])).tolist() == [7.0, 1.0]


@pytest.mark.parametrize("owner", [[0, 0, 2], [1, 0, 1], [0, 1, 1, 1, 1]])
def test_a_distinct_row_without_a_copy_or_more_rows_than_columns_is_refused(
    owner: list[int],
) -> None:
    with pytest.raises(ValueError, match="distinct row"):
        Square(np.zeros((3, 4)), np.array(owner), 0.0)


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    mentors=st.integers(1, 40),
    dummy_rows=st.integers(0, 12),
    halves=st.booleans(),
)
def test_shared_rows_give_the_full_squares_optimum_tight_cells_and_proof(
    seed: int, mentors: int, dummy_rows: int, halves: bool
) -> None:
    """``halves``: blocks of 3 rows, read in two halves at once (two threads)."""
    with pytest.MonkeyPatch.context() as patch:
        if halves:
            patch.setattr(square, "BLOCK", 3)
            patch.setattr(square, "_cores", lambda: 2)
        check_shared_rows(seed, mentors, dummy_rows)


def test_two_halves_are_read_at_once_when_two_cores_are_free(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    monkeypatch.setattr(square, "BLOCK", 3)
    monkeypatch.setattr(square, "_cores", lambda: 2)
    held = shared(5, 20, 0, 0)
    seen = held.in_halves(lambda first, last: (first, last, threading.get_ident()))
    assert [part[:2] for part in seen] == [(0, 10), (10, 20)]
    assert seen[0][2] != seen[1][2]
    monkeypatch.setattr(square, "_cores", lambda: 1)
    assert held.in_halves(lambda first, last: (first, last)) == [(0, 20)]


def check_shared_rows(seed: int, mentors: int, dummy_rows: int) -> None:
    held = shared(seed, mentors, 0, dummy_rows)
    full = Square.of(held.dense(), held.real)
    n = held.n
    # A deliberately poor start (one candidate cell a row): both readings see it broken
    # in the same cells.
    rows, cols = pruning._candidates(held, 1, 1)
    start = pruning._sparse_solve(held, rows, cols)
    assert start is not None
    x, v = start
    broken_held = pruning._proof_failures(held, x, v)
    broken_full = pruning._proof_failures(full, x, v)
    assert sorted(zip(*broken_held, strict=True)) == sorted(zip(*broken_full, strict=True))
    # The optimum, its tight cells and the tie-break-best answer are the full square's.
    x, v = pruning.optimal_assignment(held, sizes=(1, 1))
    dense_x, _ = pruning.dense_assignment(held.dense())
    assert held.assigned(x).sum() == pytest.approx(held.assigned(dense_x).sum(), abs=1e-6)
    assert pruning._proof_failures(full, x, v)[0].size == 0
    tight_held = assignment._tight_cells(held, x, v)
    tight_full = assignment._tight_cells(full, x, v)
    np.testing.assert_array_equal(tight_held[0], tight_full[0])
    np.testing.assert_array_equal(tight_held[1], tight_full[1])
    ties = np.random.default_rng(seed).permutation(n * n).reshape(n, n).astype(float)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(assignment, "SPARSE_FROM", 0)
        by_rows = assignment.lexicographic_assignment(held, ties)
    by_cells = assignment.lexicographic_assignment(held.dense(), ties, real=held.real)
    np.testing.assert_array_equal(by_rows, by_cells)


@pytest.mark.parametrize("seed", range(6))
def test_reading_in_two_halves_picks_the_same_candidates(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    held = shared(seed, 30, 0, 4)
    monkeypatch.setattr(square, "BLOCK", 3)
    monkeypatch.setattr(square, "_cores", lambda: 1)
    whole = pruning._candidates(held, 2, 2)
    monkeypatch.setattr(square, "_cores", lambda: 2)
    halves = pruning._candidates(held, 2, 2)
    np.testing.assert_array_equal(whole[0], halves[0])
    np.testing.assert_array_equal(whole[1], halves[1])


@pytest.mark.parametrize("seed", range(4))
def test_very_wide_rows_are_read_a_few_rows_a_block(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr(square, "BLOCK_CELLS", 100)  # rows of 40+ columns: 1 or 2 a block
    held = shared(seed, 30, 0, 4)
    assert held.block_rows() == max(1, 100 // held.n)
    check_shared_rows(seed, 30, 4)
