"""The vectorised twins of requirements and named mentors, for ``matrix`` (numpy).

``criteria.requirements_allow`` and ``criteria.named_share`` are the readable reference;
these compute the same for all pairs at once. Requirements are checked once per pair of
distinct answers that matter, so a roster where nobody requires anything costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import numpy as np
import numpy.typing as npt

from app.matching import criteria
from app.matching.profile import MatchSettings, Profile

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]


def _demands(p: Profile) -> Hashable:
    """What a person requires of the other side (None: nothing)."""
    if not p.requires and not p.required_language:
        return None
    return (
        p.requires,
        p.required_language,
        p.preferred_language,
        p.city,
        p.province,
        p.gender_wanted,
        p.style,
    )


def _offers(p: Profile) -> Hashable:
    """What the other side's requirements look at in this person."""
    return (p.spoken, p.city, p.province, p.own_gender, p.style)


def distinct(
    people: Sequence[Profile], key: Callable[[Profile], Hashable]
) -> tuple[list[Profile], IntArray]:
    """One representative per distinct key, and each person's representative index, so a
    criterion is worked out once per kind of answer rather than once per pair."""
    index: dict[Hashable, int] = {}
    representatives: list[Profile] = []
    codes = np.empty(len(people), dtype=np.intp)
    for i, person in enumerate(people):
        k = key(person)
        if k not in index:
            index[k] = len(representatives)
            representatives.append(person)
        codes[i] = index[k]
    return representatives, codes


def requirements_allowed(mentors: Sequence[Profile], mentees: Sequence[Profile]) -> BoolArray:
    """(mentees × mentors): True where the pair meets every requirement of both sides."""
    mentors_demand = any(_demands(p) is not None for p in mentors)
    mentees_demand = any(_demands(p) is not None for p in mentees)
    if not (mentors_demand or mentees_demand):
        return np.ones((len(mentees), len(mentors)), dtype=np.bool_)

    def key(demanding: bool, offered: bool) -> Callable[[Profile], Hashable]:
        return lambda p: (_demands(p) if demanding else None, _offers(p) if offered else None)

    mentee_reps, rows = distinct(mentees, key(mentees_demand, mentors_demand))
    mentor_reps, cols = distinct(mentors, key(mentors_demand, mentees_demand))
    table = np.array(
        [[criteria.requirements_allow(m, e) for m in mentor_reps] for e in mentee_reps],
        dtype=np.bool_,
    ).reshape(len(mentee_reps), len(mentor_reps))
    return np.asarray(np.take(table[rows], cols, axis=1), dtype=np.bool_)


def with_named(
    raw: FloatArray,
    mentors: Sequence[Profile],
    mentees: Sequence[Profile],
    settings: MatchSettings,
) -> FloatArray:
    """``raw`` with the rows of mentees who named mentors re-weighted as ``score_pair`` does."""
    rows = [i for i, p in enumerate(mentees) if p.named_mentors]
    if not rows or raw.size == 0:
        return raw
    columns: dict[int, list[int]] = {}
    for col, p in enumerate(mentors):
        columns.setdefault(p.person_id, []).append(col)
    named = np.zeros((len(rows), len(mentors)))
    for k, row in enumerate(rows):
        for person in mentees[row].named_mentors:
            named[k, columns.get(person, [])] = 1.0
    total, extra = settings.total_weight, settings.named_weight
    if total + extra > 0:
        raw = raw.copy()
        raw[rows] = (raw[rows] * total + extra * named) / (total + extra)
    return raw
