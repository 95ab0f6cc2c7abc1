"""Every grouping of a tiny instance, so its best one is found for sure.

Used when there are at most ``MEMBERS_LIMIT`` members and a few mentors: the groups are
enumerated as set partitions within the size bounds, then the mentors' choices for each.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from app.grouping.fit import GroupScore, Scorer, grouping_key, score_group

MEMBERS_LIMIT = 10
MENTORS_LIMIT = 6
Grouping = list[tuple[list[int], list[int]]]


def applies(scorer: Scorer, groups: int) -> bool:
    problem = scorer.problem
    places = sum(max(0, p.capacity) for p in problem.mentors)
    return (
        len(problem.members) <= MEMBERS_LIMIT
        and len(problem.mentors) <= MENTORS_LIMIT
        and places >= groups * problem.mentors_per_group
        and not problem.together
    )


def partitions(people: list[int], groups: int, low: int, high: int) -> Iterator[list[list[int]]]:
    """Each way to split ``people`` into ``groups`` unlabeled groups of ``low``–``high``."""
    if groups == 0:
        if not people:
            yield []
        return
    if not low * groups <= len(people) <= high * groups:
        return
    first, rest = people[0], people[1:]
    for size in range(low, high + 1):
        for mates in itertools.combinations(rest, size - 1):
            left = [p for p in rest if p not in mates]
            for others in partitions(left, groups - 1, low, high):
                yield [[first, *mates], *others]


def solve_exact(scorer: Scorer, groups: int) -> Grouping | None:
    """The best grouping (by ``grouping_key``), or None when the rules allow none."""
    problem = scorer.problem
    low, high = problem.size
    apart = {frozenset(pair) for pair in problem.apart}
    keys = [p.key for p in problem.members]
    mentor_keys = [p.key for p in problem.mentors]
    teams = list(itertools.combinations(range(len(problem.mentors)), problem.mentors_per_group))
    cache: dict[tuple[tuple[int, ...], tuple[int, ...]], GroupScore | None] = {}

    def score(members: tuple[int, ...], mentors: tuple[int, ...]) -> GroupScore | None:
        if (members, mentors) not in cache:
            named = [keys[i] for i in members] + [mentor_keys[k] for k in mentors]
            clash = any(frozenset(p) in apart for p in itertools.combinations(named, 2))
            cache[members, mentors] = None if clash else score_group(scorer, members, mentors)
        return cache[members, mentors]

    best: tuple[tuple[int, float, float], Grouping] | None = None
    for split in partitions(list(range(len(keys))), groups, low, high):
        for choice in _staffings(split, teams, [max(0, p.capacity) for p in problem.mentors]):
            scores = [score(tuple(m), t) for m, t in zip(split, choice, strict=True)]
            if any(s is None for s in scores):
                continue
            key = grouping_key([s for s in scores if s is not None])
            if best is None or key > best[0]:
                best = (key, [(list(m), list(t)) for m, t in zip(split, choice, strict=True)])
    return best[1] if best else None


def _staffings(
    split: list[list[int]], teams: list[tuple[int, ...]], capacity: list[int]
) -> Iterator[list[tuple[int, ...]]]:
    """Each choice of one mentor team per group within the mentors' capacities."""
    if not split:
        yield []
        return
    for team in teams:
        if all(capacity[k] > 0 for k in team):
            for k in team:
                capacity[k] -= 1
            for rest in _staffings(split[1:], teams, capacity):
                yield [team, *rest]
            for k in team:
                capacity[k] += 1
