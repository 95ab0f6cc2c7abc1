"""Rounds solved on mentors as nodes (``flow``), the column tops and the proof's reading.

When places are scarce each round of ``scarce`` is two linear programs (HiGHS) kept from
round to round. Their answers must be what the square solve gives, their prices must be
checked exactly before the proof uses them, anything unexpected must fall back to the
square solve, and the solver must print nothing on stdout (it carries ``match --json``).
"""

from __future__ import annotations

import logging

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching import flow, scarce, solve, solver
from app.matching.weights import Weights
from tests.app.matching.test_solver_scarce import both_ways, instance, outcome


def scarce_instance(seed: int = 11) -> tuple[np.ndarray, np.ndarray, list[int]]:
    return instance(seed, 1500, 30, 3, [1, 2, 3])


def test_scarce_rounds_run_on_the_mentor_node_programs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scores, allowed, caps = scarce_instance()
    runs: list[int] = []
    original = flow.TwoStages.solve

    def counting(self: flow.TwoStages, pairs: np.ndarray) -> object:
        runs.append(pairs.size)
        return original(self, pairs)

    monkeypatch.setattr(flow.TwoStages, "solve", counting)
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert runs, "the scarce path did not use the mentor-node programs"
    assert reduced == full


@pytest.mark.parametrize("mode", ["max_matches", "good_only"])
@pytest.mark.parametrize("levels", [2, 3, 10_001])
def test_flow_rounds_give_the_square_outcome(
    monkeypatch: pytest.MonkeyPatch, mode: str, levels: int
) -> None:
    scores, allowed, caps = instance(levels, 2400, 25, levels, [0, 1, 2, 4])
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, mode)
    assert reduced == full


def test_equal_scores_leave_only_the_tie_breaks_to_decide(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, allowed, caps = instance(15, 2000, 20, 2, [1, 3])
    scores = np.full(allowed.shape, 0.5)
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert reduced == full


def test_an_unexpected_program_end_falls_back_to_the_square_solve(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    scores, allowed, caps = scarce_instance(12)
    monkeypatch.setattr(solver, "SCARCE_FROM", 10**9)
    square = outcome(scores, solve(scores, allowed, caps))
    monkeypatch.setattr(flow.TwoStages, "_run", lambda self, program, primal: None)
    monkeypatch.setattr(solver, "SCARCE_FROM", 0)
    with caplog.at_level(logging.WARNING):
        pairs = solve(scores, allowed, caps)
    assert outcome(scores, pairs) == square


def test_prices_that_do_not_check_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    scores, allowed, caps = scarce_instance(13)
    seen: list[tuple[flow.TwoStages, np.ndarray, np.ndarray]] = []
    original = flow.TwoStages._certified

    def keep(self: flow.TwoStages, value: np.ndarray, prices: np.ndarray) -> bool:
        seen.append((self, value, prices))
        return original(self, value, prices)

    monkeypatch.setattr(flow.TwoStages, "_certified", keep)
    monkeypatch.setattr(solver, "SCARCE_FROM", 0)
    solve(scores, allowed, caps)
    stages, value, prices = seen[-1]
    assert original(stages, value, prices)
    # Every price one unit off: some column's reduced cost now has the wrong sign.
    assert not original(stages, value, prices + 1.0)
    # A matched column moved to zero: the rows' activity no longer fits the prices.
    moved = value.copy()
    moved[np.flatnonzero(moved > 0.5)[-1]] = 0.0
    assert not original(stages, moved, prices)


def test_the_solver_prints_nothing_on_stdout(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    scores, allowed, caps = scarce_instance(14)
    monkeypatch.setattr(solver, "SCARCE_FROM", 0)
    capfd.readouterr()
    assert solve(scores, allowed, caps)
    assert capfd.readouterr().out == ""


# ---------------------------------------------------------------- column tops


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    rows=st.integers(1, 300),
    columns=st.integers(1, 12),
    block=st.integers(1, 64),
    levels=st.sampled_from([2, 5, 1000]),
)
def test_column_tops_equal_a_full_sort(
    seed: int, rows: int, columns: int, block: int, levels: int
) -> None:
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, levels, (rows, columns)) + rng.random((rows, columns)) * 1e-3
    keys[rng.random((rows, columns)) < 0.1] = -np.inf  # forbidden pairs
    want = rng.integers(1, 9, columns).astype(np.intp)
    tops = scarce.ColumnTops(want)
    for start in range(0, rows, block):
        tops.add(keys[start : start + block], start)
    chosen, bound = tops.result()
    for c in range(columns):
        order = np.argsort(-keys[:, c], kind="stable")
        best = [int(r) for r in order[: want[c]] if np.isfinite(keys[r, c])]
        got = sorted(int(k) // columns for k in chosen if k % columns == c)
        assert got == sorted(best)
        expected = keys[order[want[c]], c] if rows > want[c] else -np.inf
        assert bound[c] == expected


# ---------------------------------------------------------------- the proof's reading


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("bonus", [0.0, 20_001.0])
def test_near_finds_what_a_float64_reading_finds(dtype: type, bonus: float) -> None:
    rng = np.random.default_rng(3)
    scores = (rng.integers(0, 10_001, (200, 30)) / 10_000).astype(dtype)
    ok = rng.random((200, 30)) < 0.9
    weights = Weights(scores, ok, bonus)
    exact = weights.rows(slice(None))
    # Values as a proof meets them: large for some mentees (a mentor with an empty place
    # leaves its mentees their whole weight), small for the others.
    floor_rows = np.where(rng.random(200) < 0.2, exact.max(axis=1) - 0.3, rng.random(200) * 0.2)
    floor_cols = exact.max(axis=0) - floor_rows.min() - rng.random(30) * 0.3
    floor_cols[[3, 17]] = np.inf  # columns already proven: not read
    rows = np.arange(200, dtype=np.intp)
    r, c, gap = weights.near(rows, floor_rows, floor_cols)
    slack = exact - floor_rows[:, None] - floor_cols[None, :]
    want_r, want_c = np.nonzero(ok & (slack > -scarce.TIGHT))
    assert sorted(zip(r.tolist(), c.tolist(), strict=True)) == sorted(
        zip(want_r.tolist(), want_c.tolist(), strict=True)
    )
    assert np.allclose(gap, slack[r, c])


@pytest.mark.parametrize("starved", [False, True])
def test_programs_told_to_fill_every_place_only_when_the_shares_can(
    monkeypatch: pytest.MonkeyPatch, starved: bool
) -> None:
    scores, allowed, caps = instance(16, 1800, 30, 5, [1, 2, 3])
    if starved:  # mentor 0's own share (rows 0, 30, 60, ...) allows nobody
        allowed[::30, 0] = False
    told: list[bool] = []
    original = flow.TwoStages.__init__

    def record(self: flow.TwoStages, *args: object, fill_every_place: bool = False) -> None:
        told.append(fill_every_place)
        original(self, *args, fill_every_place=fill_every_place)  # type: ignore[arg-type]

    monkeypatch.setattr(flow.TwoStages, "__init__", record)
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "max_matches")
    assert reduced == full
    assert told and set(told) == {not starved}
    reduced, full = both_ways(monkeypatch, scores, allowed, caps, "good_only")
    assert reduced == full
    assert told[-1] is False  # fewer matches may score more: never told to fill
