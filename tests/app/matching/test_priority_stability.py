"""Priority for mentees left unmatched last cycle, blocking pairs, and the stable choice:
checked against brute force on small instances."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt
from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching.priority import priority_bonus, with_priority
from app.matching.solver import solve
from app.matching.stability import blocking_pairs, deferred_acceptance, prefer_stable

Pairs = list[tuple[int, int]]


@st.composite
def instances(
    draw: st.DrawFn,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_], list[int], set[int]]:
    """Up to 5 mentees × 3 mentors; scores on a coarse grid so ties are common."""
    n = draw(st.integers(1, 5))
    m = draw(st.integers(1, 3))
    grid = st.sampled_from([0.0, 0.25, 0.5, 0.5, 0.75, 1.0, 0.1234])
    scores = np.array([[draw(grid) for _ in range(m)] for _ in range(n)], dtype=np.float64)
    allowed = np.array(
        [[draw(st.booleans()) or draw(st.booleans()) for _ in range(m)] for _ in range(n)]
    )
    capacities = [draw(st.integers(0, 2)) for _ in range(m)]
    first = set(draw(st.lists(st.integers(0, n - 1), max_size=n)))
    return scores, allowed, capacities, first


def assignments(allowed: npt.NDArray[np.bool_], capacities: Sequence[int]) -> Iterator[Pairs]:
    """Every assignment that keeps the rules and the places."""
    n, m = allowed.shape
    for choice in itertools.product([None, *range(m)], repeat=n):
        load = [0] * m
        pairs: Pairs = []
        for row, col in enumerate(choice):
            if col is None:
                continue
            load[col] += 1
            if not allowed[row, col] or load[col] > capacities[col]:
                break
            pairs.append((row, col))
        else:
            yield pairs


def brute_blocking(
    scores: npt.NDArray[np.float64],
    allowed: npt.NDArray[np.bool_],
    capacities: Sequence[int],
    pairs: Pairs,
) -> int:
    """Blocking pairs counted one by one, as the definition says."""
    partner = dict(pairs)
    count = 0
    n, m = scores.shape
    for row, col in itertools.product(range(n), range(m)):
        if not allowed[row, col] or partner.get(row) == col:
            continue
        mentee_wants = row not in partner or scores[row, col] > scores[row, partner[row]]
        held = [r for r, c in pairs if c == col]
        if capacities[col] <= 0:
            mentor_wants = False
        elif len(held) < capacities[col]:
            mentor_wants = True  # a free place: anyone allowed beats nobody
        else:
            mentor_wants = scores[row, col] > min(scores[r, col] for r in held)
        count += mentee_wants and mentor_wants
    return count


def total(scores: npt.NDArray[np.float64], pairs: Pairs) -> float:
    return round(sum(float(scores[r, c]) for r, c in pairs), 4)


@settings(max_examples=150, deadline=None)
@given(instances(), st.sampled_from(["max_matches", "good_only"]))
def test_priority_mentees_matched_is_the_most_possible(
    instance: tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_], list[int], set[int]],
    mode: str,
) -> None:
    scores, allowed, capacities, first = instance
    pairs = solve(with_priority(scores, first, capacities), allowed, capacities, mode)
    served = sum(1 for row, _ in pairs if row in first)
    every = list(assignments(allowed, capacities))
    most_first = max(sum(1 for row, _ in p if row in first) for p in every)
    assert served == most_first
    # Among the assignments serving that many, the usual objective still decides.
    best = [p for p in every if sum(1 for row, _ in p if row in first) == most_first]
    if mode == "max_matches":
        most = max(len(p) for p in best)
        assert len(pairs) == most
        best = [p for p in best if len(p) == most]
    assert total(scores, pairs) == max(total(scores, p) for p in best)


def test_priority_bonus_outweighs_any_score_difference_and_keeps_ties() -> None:
    scores = np.array([[0.3, 0.3], [1.0, 1.0], [0.9, 0.9]])
    boosted = with_priority(scores, {0}, [1, 1])
    assert priority_bonus(3, [1, 1]) == 3.0  # at most 2 pairs, each scoring at most 1
    assert boosted[0, 0] == boosted[0, 1]  # whole quanta: a tie stays a tie
    assert (scores == np.array([[0.3, 0.3], [1.0, 1.0], [0.9, 0.9]])).all()  # not changed
    pairs = solve(boosted, np.ones((3, 2), dtype=bool), [1, 1], "good_only")
    assert 0 in {row for row, _ in pairs}  # served first although it scores least


@settings(max_examples=200, deadline=None)
@given(instances(), st.sampled_from(["max_matches", "good_only"]))
def test_blocking_pairs_match_a_count_one_by_one(
    instance: tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_], list[int], set[int]],
    mode: str,
) -> None:
    scores, allowed, capacities, _ = instance
    for pairs in [solve(scores, allowed, capacities, mode), *assignments(allowed, capacities)]:
        found = blocking_pairs(scores, allowed, capacities, pairs)
        assert found == brute_blocking(scores, allowed, capacities, pairs)


@settings(max_examples=200, deadline=None)
@given(instances())
def test_the_stable_choice_has_no_blocking_pair_and_reports_its_cost(
    instance: tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_], list[int], set[int]],
) -> None:
    scores, allowed, capacities, first = instance
    optimum = solve(scores, allowed, capacities, "max_matches")
    choice = prefer_stable(scores, allowed, capacities, optimum, priority_rows=first)
    assert brute_blocking(scores, allowed, capacities, choice.pairs) == 0
    assert choice.stable_total == total(scores, choice.pairs)
    assert choice.optimum_total == total(scores, optimum)
    stable_sets = [
        p
        for p in assignments(allowed, capacities)
        if brute_blocking(scores, allowed, capacities, p) == 0
    ]
    assert stable_sets  # a stable set always exists
    assert choice.stable_total <= max(total(scores, p) for p in stable_sets)
    if brute_blocking(scores, allowed, capacities, optimum) == 0:
        assert choice.kept_optimum and choice.pairs == sorted(optimum) and choice.cost == 0


@settings(max_examples=100, deadline=None)
@given(instances(), st.booleans())
def test_deferred_acceptance_is_stable_either_way(
    instance: tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_], list[int], set[int]],
    mentees_propose: bool,
) -> None:
    scores, allowed, capacities, _ = instance
    pairs = deferred_acceptance(scores, allowed, capacities, mentees_propose=mentees_propose)
    assert brute_blocking(scores, allowed, capacities, pairs) == 0
    assert all(allowed[r, c] for r, c in pairs)
    assert all(sum(1 for _, c in pairs if c == col) <= cap for col, cap in enumerate(capacities))


def test_a_known_unstable_optimum_and_its_stable_alternative() -> None:
    # Both mentees like mentor 0 best; the optimum sends mentee 0 to mentor 1 because the
    # total is higher, but mentee 0 and mentor 0 would both rather be together.
    scores = np.array([[0.9, 0.8], [0.85, 0.1]])
    allowed = np.ones((2, 2), dtype=bool)
    optimum = solve(scores, allowed, [1, 1], "max_matches")
    assert optimum == [(0, 1), (1, 0)]
    assert blocking_pairs(scores, allowed, [1, 1], optimum) == 1
    choice = prefer_stable(scores, allowed, [1, 1], optimum)
    assert choice.pairs == [(0, 0), (1, 1)]
    assert (choice.optimum_total, choice.stable_total, choice.cost) == (1.65, 1.0, 0.65)
