"""Every grouping of a tiny instance, so its best one is found for sure.

Used when there are few members and mentors: groups are enumerated as set partitions
within the size bounds, then the mentors' choices for each, skipping any choice whose
worst group is already worse than the best grouping found. Counted in steps (not time), so
the answer never depends on the machine; past ``NODES`` the caller searches instead.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import numpy as np

from app.grouping.fit import Scorer

MEMBERS_LIMIT = 10
MENTORS_LIMIT = 6
SPLITS = 5_000  # set partitions looked at, at most
NODES = 150_000  # mentor choices looked at, at most
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
        and not problem.keep_mentors
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
    """Depth-first over mentor teams, with each group's fit made from cached parts: the
    members' part (and lone members) per member set, the mentors' part per team."""

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
        self.members: dict[tuple[int, ...], tuple[float, int] | None] = {}
        self.mentors: dict[tuple[int, ...], float | None] = {}
        self.ranked: dict[tuple[int, ...], list[tuple[float, tuple[int, ...]]]] = {}
        self.nodes = 0
        self.best: tuple[Key, Grouping] | None = None

    def _clash(self, keys: list[int]) -> bool:
        return any(frozenset(p) in self.apart for p in itertools.combinations(keys, 2))

    def member_part(self, members: tuple[int, ...]) -> tuple[float, int] | None:
        """(members' weighted fit, lone members), or None when an apart rule forbids it."""
        if members not in self.members:
            found = None
            if not self._clash([self.keys[i] for i in members]):
                counts, _ = self.scorer.counts(members, ())
                part = self.scorer.part(self.scorer.member_criteria, counts)
                found = (float(part), int(self.scorer.alone(counts)))
            self.members[members] = found
        return self.members[members]

    def mentor_part(self, team: tuple[int, ...]) -> float | None:
        if team not in self.mentors:
            found = None
            if not self._clash([self.mentor_keys[k] for k in team]):
                _, counts = self.scorer.counts((), team)
                found = float(self.scorer.part(self.scorer.mentor_criteria, counts))
            self.mentors[team] = found
        return self.mentors[team]

    def fit(self, members: tuple[int, ...], team: tuple[int, ...]) -> tuple[float, int] | None:
        ours, theirs = self.member_part(members), self.mentor_part(team)
        if ours is None or theirs is None:
            return None
        if self.apart and self._clash(
            [self.keys[i] for i in members] + [self.mentor_keys[k] for k in team]
        ):
            return None
        fit = float(self.scorer.group_fit(np.array(ours[0]), np.array(theirs)))
        return fit, ours[1]

    def options(self, members: tuple[int, ...]) -> list[tuple[float, tuple[int, ...]]]:
        """The teams allowed with ``members``, best fit first (a good grouping is met early,
        so later ones are cut sooner)."""
        if members not in self.ranked:
            found = []
            for team in self.teams:
                fitted = self.fit(members, team)
                if fitted is not None:
                    found.append((fitted[0], team))
            found.sort(key=lambda item: -item[0])
            self.ranked[members] = found
        return self.ranked[members]

    def staff(
        self,
        split: list[tuple[int, ...]],
        chosen: list[tuple[int, ...]],
        fits: list[float],
        alone: int,
    ) -> None:
        """Try each mentor team for the next group; skip when the worst group so far is
        already worse than the best grouping's (lone members are known in advance)."""
        self.nodes += 1
        if self.nodes > NODES:
            return
        if len(chosen) == len(split):
            key = (-alone, min(fits, default=1.0), sum(fits) / len(fits) if fits else 1.0)
            if self.best is None or key > self.best[0]:
                self.best = (key, [(list(m), list(t)) for m, t in zip(split, chosen, strict=True)])
            return
        for fit, team in self.options(split[len(chosen)]):
            if any(self.capacity[k] <= 0 for k in team):
                continue
            worst = min([*fits, fit])
            if self.best is not None and (-alone, worst) < self.best[0][:2]:
                break  # the teams left fit no better
            for k in team:
                self.capacity[k] -= 1
            self.staff(split, [*chosen, team], [*fits, fit], alone)
            for k in team:
                self.capacity[k] += 1


def solve_exact(scorer: Scorer, groups: int) -> Grouping | None:
    """The best grouping (by ``grouping_key``), or None when the rules allow none or the
    search would be too long."""
    low, high = scorer.problem.size
    search = _Search(scorer)
    for split in partitions(list(range(len(search.keys))), groups, low, high):
        parts = [search.member_part(tuple(m)) for m in split]
        if any(p is None for p in parts):
            continue
        alone = sum(p[1] for p in parts if p is not None)
        options = [search.options(tuple(m)) for m in split]
        if not all(options):
            continue
        # The best this split can do: each group with its best team, capacities aside.
        ceiling = min(o[0][0] for o in options)
        if search.best is not None and (-alone, ceiling) < search.best[0][:2]:
            continue
        search.staff([tuple(m) for m in split], [], [], alone)
        if search.nodes > NODES:
            return None
    return search.best[1] if search.best else None
