"""A first grouping: people kept with a mentor first (with that mentor), then other
kept-together people, then everyone else in a seeded order, each into the fullest-room
group they may join where they fit best; then mentors, the groups that fit worst choosing
first."""

from __future__ import annotations

import itertools

import numpy as np

from app.grouping.messages import sentence
from app.grouping.problem import PREVIOUS_GROUP, Problem
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


def mentor_teams(problem: Problem) -> list[tuple[int, ...]]:
    """Mentor positions together rules keep leading one group (two or more each)."""
    mentor_at = {p.key: k for k, p in enumerate(problem.mentors)}
    parent = list(range(len(problem.mentors)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in problem.together:
        if a in mentor_at and b in mentor_at:
            ra, rb = root(mentor_at[a]), root(mentor_at[b])
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[int, list[int]] = {}
    for k in range(len(parent)):
        found.setdefault(root(k), []).append(k)
    return [tuple(team) for team in found.values() if len(team) > 1]


def mentor_ties(problem: Problem, found: list[list[int]]) -> dict[int, tuple[int, ...]]:
    """Per block (by its first member), the mentor positions a together rule keeps it with
    (with the mentors kept together with those)."""
    member_at = {p.key: i for i, p in enumerate(problem.members)}
    mentor_at = {p.key: k for k, p in enumerate(problem.mentors)}
    block_of = {i: block[0] for block in found for i in block}
    team_of = {k: team for team in mentor_teams(problem) for k in team}
    ties: dict[int, set[int]] = {}
    for a, b in problem.together:
        for x, y in ((a, b), (b, a)):
            if x in member_at and y in mentor_at and member_at[x] in block_of:
                k = mentor_at[y]
                ties.setdefault(block_of[member_at[x]], set()).update(team_of.get(k, (k,)))
    return {first: tuple(sorted(mentors)) for first, mentors in ties.items()}


def impossible_blocks(problem: Problem, found: list[list[int]]) -> dict[int, Sentence]:
    """Members no group can take because of their own rules, with the reason."""
    apart = {frozenset(pair) for pair in problem.apart}
    high = problem.size[1]
    ties = mentor_ties(problem, found)
    reasons: dict[int, Sentence] = {}
    for block in found:
        tied = [problem.mentors[k] for k in ties.get(block[0], ())]
        why = _full_mentor(problem, block)
        if len(block) > high:
            why = sentence("grouping.left_block", others=len(block) - 1, most=high)
        elif len(tied) > problem.mentors_per_group:
            mentors = ", ".join(p.email for p in tied)
            why = sentence("grouping.left_mentors", mentors=mentors, most=problem.mentors_per_group)
        people = [problem.members[i] for i in block] + tied
        for x, y in itertools.combinations(people, 2):
            if why is None and frozenset((x.key, y.key)) in apart:
                why = sentence("grouping.left_contradiction", first=x.email, second=y.email)
        if why is not None:
            reasons.update((i, why) for i in block)
    return reasons


def _full_mentor(problem: Problem, block: list[int]) -> Sentence | None:
    """A block kept with a mentor who already leads as many groups as they may."""
    keys = {problem.members[i].key for i in block}
    for a, b in problem.together:
        for x, y in ((a, b), (b, a)):
            if x in keys and y in problem.full_mentors:
                return sentence("grouping.left_mentor_full", mentor=problem.full_mentors[y])
    return None


def targets(people: int, groups: int, high: int) -> list[int]:
    base, extra = divmod(people, groups)
    return [min(high, base + (1 if g < extra else 0)) for g in range(groups)]


# A forbidden cell of an assignment (an apart rule): never chosen while another is free.
FORBIDDEN = -1e6


def construct(
    state: State,
    found: list[list[int]],
    rng: np.random.Generator,
    ties: dict[int, tuple[int, ...]] | None = None,
) -> dict[int, Sentence]:
    """Place every block it can; returns the members left out, with the reason.

    Blocks kept with a mentor go first, each into a group of that mentor (who is put there
    and stays); then other kept-together blocks, one by one; then everyone else in rounds
    of one person per group, each round an assignment of people to groups that maximises
    the groups' fit after joining (so the first grouping is balanced and already fairly
    good). ``ties`` is :func:`mentor_ties` of ``found`` (worked out when not given).
    """
    ties = mentor_ties(state.scorer.problem, found) if ties is None else ties
    placeable = sum(len(b) for b in found)
    room = np.array(targets(placeable, state.groups, state.high), dtype=np.int64)
    order = [found[i] for i in rng.permutation(len(found))]
    singles = [b[0] for b in order if len(b) == 1 and b[0] not in ties]
    left: dict[int, Sentence] = {}
    for block in sorted((b for b in order if b[0] in ties), key=len, reverse=True):
        left.update(_place_with_mentors(state, block, ties[block[0]], room))
    for block in sorted(
        (b for b in order if len(b) > 1 and b[0] not in ties), key=len, reverse=True
    ):
        g = _best_group(state, block, room)
        if g < 0:
            left.update((i, sentence("grouping.left_apart")) for i in block)
            continue
        for i in block:
            state.place(i, g)
        room[g] -= len(block)
    waiting = _rounds(state, singles, room)
    for i in waiting:  # kept apart from everyone in the groups with room: past the sizes
        g = _best_group(state, [i], room)
        if g < 0:
            left[i] = sentence("grouping.left_apart")
        else:
            state.place(i, g)
            room[g] -= 1
    _fill_short(state, singles)
    _staff(state)
    return left


def _place_with_mentors(
    state: State, block: list[int], mentors: tuple[int, ...], room: np.ndarray
) -> dict[int, Sentence]:
    """Put ``block`` into a group with each of ``mentors`` (adding and pinning them there);
    returns the block with the reason when no group can take it."""
    wanted = state.scorer.problem.mentors_per_group
    best, best_key = -1, (False, 0, 0)
    for g in range(state.groups):
        missing = [k for k in mentors if not state.mentor_in[k, g]]
        if len(state.mentors_of[g]) + len(missing) > wanted:
            continue
        if any(not state.mentor_may_join(k, g) for k in missing):
            continue
        if state.sizes[g] + len(block) > state.high:
            continue
        if any(not state.member_may_join(i, g) for i in block):
            continue
        key = (bool(room[g] >= len(block)), -len(missing), int(room[g]))
        if best < 0 or key > best_key:
            best, best_key = g, key
    if best < 0:
        names = ", ".join(state.scorer.problem.mentors[k].email for k in mentors)
        return {i: sentence("grouping.left_mentor_room", mentor=names) for i in block}
    for k in mentors:
        if not state.mentor_in[k, best]:
            state.add_mentor(k, best)
        state.pinned[k, best] = True
    for i in block:
        state.place(i, best)
    room[best] -= len(block)
    return {}


def _rounds(state: State, people: list[int], room: np.ndarray) -> list[int]:
    """Deal ``people`` to groups with room, one per group a round; returns who could not
    be dealt (every group with room holds someone they are kept apart from)."""
    from scipy.optimize import linear_sum_assignment

    queue: list[int] = list(people)
    while queue:
        open_groups = np.flatnonzero(room > 0)
        if not len(open_groups):
            return queue
        batch, queue = queue[: len(open_groups)], queue[len(open_groups) :]
        gain = _gains(state, batch, open_groups)
        rows, cols = linear_sum_assignment(gain, maximize=True)
        dealt = set()
        for r, c in zip(rows, cols, strict=True):
            if gain[r, c] > FORBIDDEN / 2:
                state.place(batch[r], int(open_groups[c]), rescore=False)
                room[open_groups[c]] -= 1
                dealt.add(r)
        state.rescore_all()
        stuck = [batch[r] for r in range(len(batch)) if r not in dealt]
        if len(stuck) == len(batch):
            return stuck + queue
        queue = stuck + queue
    return []


def _gains(state: State, batch: list[int], groups: np.ndarray) -> np.ndarray:
    """Each group's fit after each person joins it (minus lone members), people × groups."""
    scorer = state.scorer
    counts = {
        f: state.counts[f][groups][None, :, :] + x[batch][:, None, :]
        for f, x in scorer.member_x.items()
    }
    part = np.broadcast_to(scorer.part(scorer.member_criteria, counts), (len(batch), len(groups)))
    fit = scorer.group_fit(part, state.mentor_part[groups][None, :])
    gain = np.array(fit - 2.0 * scorer.alone(counts), dtype=float)
    if state.has_conflicts:
        gain[state.member_clash[np.ix_(np.array(batch), groups)] > 0] = FORBIDDEN
    return gain


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
    fits_planned = allowed & (room >= len(block))
    fits_at_all = allowed & (state.sizes + len(block) <= state.high)
    for candidates in (fits_planned, fits_at_all):
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


# Continuity outweighs every criterion (fits are at most 1) when mentors are kept.
KEEP_WEIGHT = 10.0


def _kept(state: State, mentors: np.ndarray) -> np.ndarray:
    """Per group and mentor: the share of the group's members who were in one of the
    mentor's groups last cycle."""
    members = state.counts.get(PREVIOUS_GROUP)
    led = state.scorer.mentor_x.get(PREVIOUS_GROUP)
    if members is None or led is None:
        return np.zeros((state.groups, len(mentors)))
    shared = members[:, :-1] @ led[mentors, :-1].T
    return np.asarray(shared / np.maximum(state.sizes, 1)[:, None], dtype=float)


def _staff(state: State) -> None:
    """Give each group its mentors, one round at a time: each round an assignment of the
    mentors with a place left to the groups, maximising the groups' fit."""
    from scipy.optimize import linear_sum_assignment

    scorer = state.scorer
    _staff_teams(state)
    for _ in range(scorer.problem.mentors_per_group):
        # One column per place left (at most one per group): a mentor with places for three
        # groups may take three groups in one round, never the same group twice.
        spare = np.minimum(state.capacity - state.load, state.groups).clip(min=0)
        free = np.repeat(np.arange(state.m), spare)
        if not len(free):
            return
        counts = {
            f: state.mentor_counts[f][:, None, :] + x[free][None, :, :]
            for f, x in scorer.mentor_x.items()
        }
        part = np.broadcast_to(
            scorer.part(scorer.mentor_criteria, counts), (state.groups, len(free))
        )
        fit = np.array(scorer.group_fit(state.member_part[:, None], part), dtype=float)
        # Among equally good mentors, the one with most places left keeps others' open.
        fit = fit + 1e-6 * (state.capacity[free] - state.load[free])[None, :]
        if scorer.problem.keep_mentors:
            fit = fit + KEEP_WEIGHT * _kept(state, free)
        fit[state.mentor_in[free].T] = FORBIDDEN
        # Groups given their mentors already (mentors kept with a member) take no more.
        staffed = np.array([len(m) >= scorer.problem.mentors_per_group for m in state.mentors_of])
        fit[staffed, :] = FORBIDDEN
        if state.has_conflicts:
            fit[state.mentor_clash[free].T > 0] = FORBIDDEN
        rows, cols = linear_sum_assignment(fit, maximize=True)
        for g, c in zip(rows, cols, strict=True):
            if fit[g, c] > FORBIDDEN / 2:
                state.add_mentor(int(free[c]), int(g))


def _staff_teams(state: State) -> None:
    """Mentors kept together lead one group: each team not yet sharing a group goes to
    the group where it fits best among those with room for it, and stays there."""
    scorer = state.scorer
    wanted = scorer.problem.mentors_per_group
    for team in mentor_teams(scorer.problem):
        if len(team) > wanted or state.mentor_in[list(team)].all(axis=0).any():
            continue
        best, best_key = -1, (0, 0.0)
        for g in range(state.groups):
            missing = [k for k in team if not state.mentor_in[k, g]]
            if len(state.mentors_of[g]) + len(missing) > wanted:
                continue
            if any(not state.mentor_may_join(k, g) for k in missing):
                continue
            if state.has_conflicts and any(state.bb[a, b] for a in team for b in team):
                continue
            counts = {
                f: state.mentor_counts[f][g] + x[missing].sum(axis=0)
                for f, x in scorer.mentor_x.items()
            }
            part = scorer.part(scorer.mentor_criteria, counts)
            fit = float(scorer.group_fit(state.member_part[g], part))
            key = (-len(missing), fit)
            if best < 0 or key > best_key:
                best, best_key = g, key
        if best < 0:
            continue
        for k in team:
            if not state.mentor_in[k, best]:
                state.add_mentor(k, best)
            state.pinned[k, best] = True
