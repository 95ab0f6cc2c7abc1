"""A first grouping: kept-together people first, then everyone else in a seeded order, each
into the fullest-room group they may join where they fit best; then mentors, the groups
that fit worst choosing first."""

from __future__ import annotations

import numpy as np

from app.grouping.messages import sentence
from app.grouping.problem import Problem
from app.grouping.state import State
from app.sentences import Sentence


def blocks(problem: Problem) -> list[list[int]]:
    """Member positions that must share a group (``together``), each block sorted."""
    at = {p.key: i for i, p in enumerate(problem.members)}
    parent = list(range(len(problem.members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in problem.together:
        if a in at and b in at:
            ra, rb = root(at[a]), root(at[b])
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[int, list[int]] = {}
    for i in range(len(parent)):
        found.setdefault(root(i), []).append(i)
    return list(found.values())


def impossible_blocks(problem: Problem, found: list[list[int]]) -> dict[int, Sentence]:
    """Members no group can take because of their own rules, with the reason."""
    apart = {frozenset(pair) for pair in problem.apart}
    keys = [p.key for p in problem.members]
    high = problem.size[1]
    reasons: dict[int, Sentence] = {}
    for block in found:
        if len(block) > high:
            for i in block:
                reasons[i] = sentence("grouping.left_block", others=len(block) - 1, most=high)
            continue
        for i in block:
            for j in block:
                if i < j and frozenset((keys[i], keys[j])) in apart:
                    for k in block:
                        reasons[k] = sentence(
                            "grouping.left_contradiction",
                            first=problem.members[i].email,
                            second=problem.members[j].email,
                        )
    return reasons


def targets(people: int, groups: int, high: int) -> list[int]:
    base, extra = divmod(people, groups)
    return [min(high, base + (1 if g < extra else 0)) for g in range(groups)]


def construct(
    state: State, found: list[list[int]], rng: np.random.Generator
) -> dict[int, Sentence]:
    """Place every block it can; returns the members left out, with the reason."""
    placeable = sum(len(b) for b in found)
    room = np.array(targets(placeable, state.groups, state.high), dtype=np.int64)
    order = [found[i] for i in rng.permutation(len(found))]
    order.sort(key=len, reverse=True)  # stable: the seeded order among equal sizes
    left: dict[int, Sentence] = {}
    for block in order:
        g = _best_group(state, block, room)
        if g < 0:
            for i in block:
                left[i] = sentence("grouping.left_apart")
            continue
        for i in block:
            state.place(i, g)
        room[g] -= len(block)
    _fill_short(state, [b[0] for b in found if len(b) == 1])
    _staff(state, rng)
    return left


def _fill_short(state: State, singles: list[int]) -> None:
    """Kept-together blocks can leave a group below the smallest size: take members who are
    alone in their block from groups above it."""
    for g in range(state.groups):
        while state.sizes[g] < state.low:
            donors = [
                i
                for i in singles
                if state.group_of[i] >= 0
                and state.group_of[i] != g
                and state.sizes[state.group_of[i]] > state.low
                and state.member_may_join(i, g)
            ]
            if not donors:
                break
            state.place(donors[0], g)


def _best_group(state: State, block: list[int], room: np.ndarray) -> int:
    """The group with the most room left (then the best fit after joining) that every
    member of ``block`` may join; past the planned sizes only when no planned place is left."""
    allowed = np.ones(state.groups, dtype=bool)
    if state.has_conflicts:
        for i in block:
            allowed &= state.member_clash[i] == 0
    for candidates in (
        allowed & (room >= len(block)),
        allowed & (state.sizes + len(block) <= state.high),
    ):
        if candidates.any():
            best_room = room[candidates].max()
            pick = np.flatnonzero(candidates & (room == best_room))
            return int(pick[np.argmax(_fit_after(state, block, pick))])
    return -1


def _fit_after(state: State, block: list[int], groups: np.ndarray) -> np.ndarray:
    scorer = state.scorer
    counts = {f: state.counts[f][groups] + x[block].sum(axis=0) for f, x in scorer.member_x.items()}
    part = scorer.part(scorer.member_criteria, counts)
    fit = scorer.group_fit(part, state.mentor_part[groups])
    return np.asarray(fit - 2.0 * scorer.alone(counts), dtype=float)


def _staff(state: State, rng: np.random.Generator) -> None:
    """Give each group its mentors, one round at a time, worst-fitting groups first."""
    wanted = state.scorer.problem.mentors_per_group
    mentors = rng.permutation(state.m)
    scorer = state.scorer
    for _ in range(wanted):
        for g in np.argsort(state.fit, kind="stable"):
            free = [int(k) for k in mentors if state.mentor_may_join(int(k), int(g))]
            if not free:
                continue
            counts = {f: state.mentor_counts[f][g] + x[free] for f, x in scorer.mentor_x.items()}
            part = np.broadcast_to(scorer.part(scorer.mentor_criteria, counts), (len(free),))
            # Among equally good mentors, the least used keeps the others' places open.
            spare = state.capacity[free] - state.load[free]
            state.add_mentor(free[int(np.lexsort((-spare, -part))[0])], int(g))
