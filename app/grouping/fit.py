"""How well a group fits, per criterion, from the counts of the values its people hold.

Every field is a 0/1 matrix (people × values, plus a last column "has an answer"); a
group's counts are the sum of its people's rows. From counts alone:

- *similar*: the share of pairs of people (with an answer) who share a value, at most 1;
- *diverse*: the same pairs counted the other way: 1 when the values are spread as evenly
  as the group's size and the instance's values allow (two women and two men), 0 when
  everyone shares one (a Simpson index scaled to what is reachable).

A group where at most one person answered fits fully: nothing to judge. A group's fit is
the weighted mean of its criteria (1 when there are none). Everything works on arrays with
any leading shape, so the local search scores thousands of candidate swaps at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.grouping.problem import MEMBERS, MENTORS, SIMILAR, Person, Problem

Array = npt.NDArray[np.float64]


def _matrix(people: Sequence[Person], field: str, values: list[str]) -> Array:
    index = {v: i for i, v in enumerate(values)}
    x = np.zeros((len(people), len(values) + 1))
    for row, person in enumerate(people):
        held = [index[v] for v in person.answer(field) if v in index]
        x[row, held] = 1.0
        x[row, -1] = 1.0 if held else 0.0
    return x


def _zeros(counts: dict[str, Array]) -> Array:
    """Zeros shaped like one fit per row of ``counts`` (a scalar when nothing is counted)."""
    first = next(iter(counts.values()), None)
    return np.zeros(first.shape[:-1] if first is not None else ())


@dataclass
class Scorer:
    """The problem's people as matrices, and the fit of any counts."""

    problem: Problem
    values: dict[str, list[str]]
    member_x: dict[str, Array]
    mentor_x: dict[str, Array]
    targets: list[int]  # per active criterion: distinct values its scope can hold
    weights: Array
    alone_masks: list[tuple[str, npt.NDArray[np.bool_]]]

    @classmethod
    def build(cls, problem: Problem) -> Scorer:
        values: dict[str, list[str]] = {}
        for name in problem.fields():
            held = {v for p in (*problem.members, *problem.mentors) for v in p.answer(name)}
            values[name] = sorted(held)
        member_x = {f: _matrix(problem.members, f, v) for f, v in values.items()}
        mentor_x = {f: _matrix(problem.mentors, f, v) for f, v in values.items()}
        targets = []
        for c in problem.active_criteria:
            x = member_x[c.field] if c.among == MEMBERS else mentor_x[c.field]
            targets.append(int((x[:, :-1].sum(axis=0) > 0).sum()))
        masks = []
        for rule in problem.never_alone:
            known = values[rule.field]
            flags = [not rule.values or v in rule.values for v in known]
            masks.append((rule.field, np.array(flags, dtype=bool)))
        weights = np.array([c.weight for c in problem.active_criteria], dtype=float)
        return cls(problem, values, member_x, mentor_x, targets, weights, masks)

    @property
    def member_criteria(self) -> list[int]:
        return [i for i, c in enumerate(self.problem.active_criteria) if c.among == MEMBERS]

    @property
    def mentor_criteria(self) -> list[int]:
        return [i for i, c in enumerate(self.problem.active_criteria) if c.among == MENTORS]

    def criterion_fit(self, index: int, counts: Array) -> Array:
        """The fit of criterion ``index`` for counts of shape (..., values + 1)."""
        body = counts[..., :-1]
        return self.fit_from(index, (body * (body - 1)).sum(axis=-1), counts[..., -1])

    def fit_from(self, index: int, stat: Array, known: Array) -> Array:
        """The fit from ``stat`` (ordered pairs of people sharing a value, counted once per
        value shared) and ``known`` (people with an answer)."""
        most = known * (known - 1)
        if self.problem.active_criteria[index].kind == SIMILAR:
            share = stat / np.maximum(most, 1)
            return np.where(most > 0, np.minimum(share, 1.0), 1.0)
        # The fewest pairs possible: ``known`` people spread evenly over the values.
        values = np.maximum(np.minimum(known, self.targets[index]), 1)
        each, extra = known // values, known % values
        least = extra * (each + 1) * each + (values - extra) * each * (each - 1)
        spread = (most - stat) / np.maximum(most - least, 1)
        return np.where(most > least, np.clip(spread, 0.0, 1.0), 1.0)

    def part(self, indexes: list[int], counts: dict[str, Array]) -> Array:
        """Weighted sum of the fits of ``indexes`` (criteria of one scope) for ``counts``."""
        total = _zeros(counts)
        for i in indexes:
            field = self.problem.active_criteria[i].field
            total = total + self.weights[i] * self.criterion_fit(i, counts[field])
        return np.asarray(total, dtype=float)

    def alone(self, counts: dict[str, Array]) -> Array:
        """How many never-alone rules' values are held by exactly one member."""
        found = _zeros(counts)
        for field, mask in self.alone_masks:
            single = counts[field][..., :-1][..., mask] == 1
            found = found + single.sum(axis=-1)
        return np.asarray(found, dtype=float)

    @property
    def total_weight(self) -> float:
        return float(self.weights.sum())

    def group_fit(self, member_part: Array, mentor_part: Array) -> Array:
        if self.total_weight <= 0:
            return np.ones_like(np.asarray(member_part, dtype=float))
        return (member_part + mentor_part) / self.total_weight

    def counts(self, members: Sequence[int], mentors: Sequence[int]) -> tuple[dict, dict]:
        m = {f: x[list(members)].sum(axis=0) for f, x in self.member_x.items()}
        t = {f: x[list(mentors)].sum(axis=0) for f, x in self.mentor_x.items()}
        return m, t


@dataclass(frozen=True)
class GroupScore:
    fit: float
    alone: int
    per_criterion: tuple[float, ...]


def score_group(scorer: Scorer, members: Sequence[int], mentors: Sequence[int]) -> GroupScore:
    """The fit of one group given by member and mentor positions in the problem."""
    m, t = scorer.counts(members, mentors)
    per = []
    for i, c in enumerate(scorer.problem.active_criteria):
        per.append(float(scorer.criterion_fit(i, m[c.field] if c.among == MEMBERS else t[c.field])))
    fit = scorer.group_fit(
        scorer.part(scorer.member_criteria, m), scorer.part(scorer.mentor_criteria, t)
    )
    return GroupScore(float(fit), int(scorer.alone(m)), tuple(per))


def grouping_key(scores: Sequence[GroupScore]) -> tuple[int, float, float]:
    """What the solver maximises, in order: fewer lone members, the worst group's fit, the
    mean fit (all groups count; no group is sacrificed for the average)."""
    if not scores:
        return (0, 1.0, 1.0)
    fits = [s.fit for s in scores]
    return (-sum(s.alone for s in scores), min(fits), sum(fits) / len(fits))
