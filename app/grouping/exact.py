"""Every grouping of a tiny instance, so its best one is found for sure.

Used when there are few members and mentors: groups are enumerated as set partitions
within the size bounds, then the mentors' choices for each, skipping any choice whose
worst group is already worse than the best grouping found. Counted in steps (not time), so
the answer never depends on the machine; past ``NODES`` the caller searches instead.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from app.grouping.fit import GroupScore, Scorer, grouping_key, score_group

MEMBERS_LIMIT = 10
MENTORS_LIMIT = 6
SPLITS = 5_000  # set partitions looked at, at most
NODES = 400_000  # mentor choices looked at, at most
Grouping = list[tuple[list[int], list[int]]]
Key = tuple[int, float, float]


def applies(scorer: Scorer, groups: int) -> bool:
    problem = scorer.problem
    # A mentor leads a group once: more places than groups are of no use here.
    places = sum(min(max(0, p.capacity), groups) for p in problem.mentors)
    if not (
        len(problem.members) <= MEMBERS_LIMIT
        and len(problem.mentors) <= MENTORS_LIMIT
        and places >= groups * problem.mentors_per_group
        and not problem.together
    ):
        return False
    low, high = problem.size
    splits = partitions(list(range(len(problem.members))), groups, low, high)
    return sum(1 for _ in itertools.islice(splits, SPLITS + 1)) <= SPLITS


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


class _Search:
    def __init__(self, scorer: Scorer) -> None:
        problem = scorer.problem
        self.scorer = scorer
        self.apart = {frozenset(pair) for pair in problem.apart}
        self.keys = [p.key for p in problem.members]
        self.mentor_keys = [p.key for p in problem.mentors]
        self.teams = list(
            itertools.combinations(range(len(problem.mentors)), problem.mentors_per_group)
        )
        self.capacity = [max(0, p.capacity) for p in problem.mentors]
        self.cache: dict[tuple[tuple[int, ...], tuple[int, ...]], GroupScore | None] = {}
        self.nodes = 0
        self.best: tuple[Key, Grouping] | None = None

    def score(self, members: tuple[int, ...], mentors: tuple[int, ...]) -> GroupScore | None:
        """The group's score, or None when an apart rule forbids it."""
        if (members, mentors) not in self.cache:
            named = [self.keys[i] for i in members] + [self.mentor_keys[k] for k in mentors]
            clash = any(frozenset(p) in self.apart for p in itertools.combinations(named, 2))
            found = None if clash else score_group(self.scorer, members, mentors)
            self.cache[members, mentors] = found
        return self.cache[members, mentors]

    def staff(
        self, split: list[tuple[int, ...]], chosen: list[tuple[int, ...]], scores: list[GroupScore]
    ) -> None:
        """Try each mentor team for the next group; skip when the worst group so far is
        already worse than the best grouping's (or its lone members more)."""
        self.nodes += 1
        if self.nodes > NODES:
            return
        if len(chosen) == len(split):
            key = grouping_key(scores)
            if self.best is None or key > self.best[0]:
                self.best = (key, [(list(m), list(t)) for m, t in zip(split, chosen, strict=True)])
            return
        members = split[len(chosen)]
        for team in self.teams:
            if any(self.capacity[k] <= 0 for k in team):
                continue
            found = self.score(members, team)
            if found is None:
                continue
            if self.best is not None:
                alone = (
                    sum(s.alone for s in scores)
                    + found.alone
                    + self._alone_rest(split, len(chosen) + 1)
                )
                worst = min([s.fit for s in scores] + [found.fit])
                if (-alone, worst) < self.best[0][:2]:
                    continue
            for k in team:
                self.capacity[k] -= 1
            self.staff(split, [*chosen, team], [*scores, found])
            for k in team:
                self.capacity[k] += 1

    def _alone_rest(self, split: list[tuple[int, ...]], start: int) -> int:
        # Lone members depend on the members only, so the groups still to staff count now.
        total = 0
        for members in split[start:]:
            found = self.score(members, ())
            total += found.alone if found else 0
        return total


def solve_exact(scorer: Scorer, groups: int) -> Grouping | None:
    """The best grouping (by ``grouping_key``), or None when the rules allow none or the
    search would be too long."""
    low, high = scorer.problem.size
    search = _Search(scorer)
    for split in partitions(list(range(len(search.keys))), groups, low, high):
        search.staff([tuple(m) for m in split], [], [])
        if search.nodes > NODES:
            return None
    return search.best[1] if search.best else None
