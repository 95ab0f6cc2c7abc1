"""A grouping being built or improved: who is in which group, with every count kept up to
date so a move is scored from counts, never by re-reading the groups."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.grouping.fit import Array, Scorer

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]


class State:
    """Members by position (``group_of``, -1 = not placed) and mentors per group."""

    def __init__(self, scorer: Scorer, groups: int) -> None:
        problem = scorer.problem
        self.scorer = scorer
        self.groups = groups
        self.n = len(problem.members)
        self.m = len(problem.mentors)
        self.low, self.high = problem.size
        self.group_of: Ints = np.full(self.n, -1, dtype=np.int64)
        self.sizes: Ints = np.zeros(groups, dtype=np.int64)
        self.counts = {f: np.zeros((groups, x.shape[1])) for f, x in scorer.member_x.items()}
        self.mentor_counts = {f: np.zeros((groups, x.shape[1])) for f, x in scorer.mentor_x.items()}
        self.mentors_of: list[list[int]] = [[] for _ in range(groups)]
        self.mentor_in: Bools = np.zeros((self.m, groups), dtype=bool)
        # Mentors a together rule keeps in a group with one of its members: they stay.
        self.pinned: Bools = np.zeros((self.m, groups), dtype=bool)
        self.load: Ints = np.zeros(self.m, dtype=np.int64)
        self.capacity: Ints = np.array(
            [max(0, p.capacity) for p in problem.mentors], dtype=np.int64
        )
        self.member_part: Array = np.zeros(groups)
        self.mentor_part: Array = np.zeros(groups)
        self.alone: Array = np.zeros(groups)
        self._conflicts(problem.apart)
        self.rescore_all()

    def _conflicts(self, apart: tuple[tuple[int, int], ...]) -> None:
        """Apart rules as 0/1 matrices between positions, and per person and group the
        number of people in the group they must be kept apart from."""
        problem = self.scorer.problem
        member_at = {p.key: i for i, p in enumerate(problem.members)}
        mentor_at = {p.key: i for i, p in enumerate(problem.mentors)}
        n, m, g = self.n, self.m, self.groups
        self.has_conflicts = bool(apart)
        self.aa = np.zeros((n, n) if apart else (0, 0))
        self.ab = np.zeros((n, m) if apart else (0, 0))
        self.bb = np.zeros((m, m) if apart else (0, 0))
        for a, b in apart:
            for x, y in ((a, b), (b, a)):
                if x in member_at and y in member_at:
                    self.aa[member_at[x], member_at[y]] = 1
                elif x in member_at and y in mentor_at:
                    self.ab[member_at[x], mentor_at[y]] = 1
                elif x in mentor_at and y in mentor_at:
                    self.bb[mentor_at[x], mentor_at[y]] = 1
        # member → group: conflicting members and mentors in it; mentor → group likewise.
        self.member_clash = np.zeros((n, g) if apart else (0, 0))
        self.mentor_clash = np.zeros((m, g) if apart else (0, 0))

    # -- reading ------------------------------------------------------------------------
    @property
    def fit(self) -> Array:
        return self.scorer.group_fit(self.member_part, self.mentor_part)

    def members(self, g: int) -> list[int]:
        return [int(i) for i in np.flatnonzero(self.group_of == g)]

    def member_may_join(self, i: int, g: int) -> bool:
        return not self.has_conflicts or self.member_clash[i, g] == 0

    def mentor_may_join(self, k: int, g: int) -> bool:
        if self.mentor_in[k, g] or self.load[k] >= self.capacity[k]:
            return False
        return not self.has_conflicts or self.mentor_clash[k, g] == 0

    # -- changing -------------------------------------------------------------------------
    def _rescore(self, g: int) -> None:
        scorer = self.scorer
        members = {f: c[g] for f, c in self.counts.items()}
        mentors = {f: c[g] for f, c in self.mentor_counts.items()}
        self.member_part[g] = float(scorer.part(scorer.member_criteria, members))
        self.mentor_part[g] = float(scorer.part(scorer.mentor_criteria, mentors))
        self.alone[g] = float(scorer.alone(members))

    def place(self, i: int, g: int, *, rescore: bool = True) -> None:
        """Put member ``i`` (placed or not) into group ``g`` (-1: take them out); without
        ``rescore`` the caller calls ``rescore_all`` once it has placed everyone."""
        old = int(self.group_of[i])
        for f, x in self.scorer.member_x.items():
            if old >= 0:
                self.counts[f][old] -= x[i]
            if g >= 0:
                self.counts[f][g] += x[i]
        if self.has_conflicts:
            if old >= 0:
                self.member_clash[:, old] -= self.aa[:, i]
                self.mentor_clash[:, old] -= self.ab[i]
            if g >= 0:
                self.member_clash[:, g] += self.aa[:, i]
                self.mentor_clash[:, g] += self.ab[i]
        self.group_of[i] = g
        for h, step in ((old, -1), (g, +1)):
            if h >= 0:
                self.sizes[h] += step
                if rescore:
                    self._rescore(h)

    def rescore_all(self) -> None:
        scorer = self.scorer
        self.member_part[:] = scorer.part(scorer.member_criteria, self.counts)
        self.mentor_part[:] = scorer.part(scorer.mentor_criteria, self.mentor_counts)
        self.alone[:] = scorer.alone(self.counts)

    def add_mentor(self, k: int, g: int) -> None:
        self._mentor(k, g, +1)

    def remove_mentor(self, k: int, g: int) -> None:
        self._mentor(k, g, -1)

    def _mentor(self, k: int, g: int, sign: int) -> None:
        for f, x in self.scorer.mentor_x.items():
            self.mentor_counts[f][g] += sign * x[k]
        if self.has_conflicts:
            self.member_clash[:, g] += sign * self.ab[:, k]
            self.mentor_clash[:, g] += sign * self.bb[:, k]
        if sign > 0:
            self.mentors_of[g].append(k)
        else:
            self.mentors_of[g].remove(k)
        self.mentor_in[k, g] = sign > 0
        self.load[k] += sign
        self._rescore(g)
