"""All pair scores at once: the vectorised twin of ``criteria`` (numpy, imported on use).

Most criteria depend on a few answers that many people share (a city, a style, a set of
languages), so each side is reduced to codes of its distinct answers, the criterion is
scored once per pair of distinct answers with ``criteria`` itself, and the small table is
spread over all pairs with one gather. Interests, where sets vary most, use a 0/1 matrix
product. Weighting a table before the gather gives the same floats as weighting after.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from app.matching import both_sides, criteria
from app.matching.criteria import INTEREST_FULL_AT, SCORE_SCALE
from app.matching.profile import CRITERIA, MatchSettings, Profile

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]

# The answers each table criterion reads; two people with the same key score the same.
_MENTEE_KEYS: dict[str, Callable[[Profile], Hashable]] = {
    "location": lambda p: (p.location, p.city, p.province),
    "language": lambda p: (p.preferred_language, p.spoken),
    "institution": lambda p: p.institution,
    "style": lambda p: p.style,
    "gender": lambda p: p.gender_wanted,
}
_MENTOR_KEYS: dict[str, Callable[[Profile], Hashable]] = {
    "location": lambda p: (p.location, p.city, p.province),
    "language": lambda p: (p.preferred_language, p.spoken),
    "institution": lambda p: p.institution,
    "style": lambda p: p.style,
    "gender": lambda p: p.own_gender,
}


def _table_criterion(
    name: str,
    mentors: Sequence[Profile],
    mentees: Sequence[Profile],
    settings: MatchSettings,
) -> tuple[FloatArray, IntArray, IntArray]:
    """The criterion's scores per (distinct mentee answer, distinct mentor answer)."""
    mentee_reps, rows = both_sides.distinct(mentees, _MENTEE_KEYS[name])
    mentor_reps, cols = both_sides.distinct(mentors, _MENTOR_KEYS[name])
    score = criteria.CRITERION_FUNCTIONS[name]
    table = np.array(
        [[score(m, e, settings).score for m in mentor_reps] for e in mentee_reps],
        dtype=np.float64,
    ).reshape(len(mentee_reps), len(mentor_reps))
    return table, rows, cols


def _interests(mentors: Sequence[Profile], mentees: Sequence[Profile]) -> FloatArray:
    vocabulary: dict[str, int] = {}
    wanted = [list(p.interest_keys) for p in mentees]
    offered = [list(p.interest_keys) for p in mentors]
    for keys in wanted + offered:
        for key in keys:
            vocabulary.setdefault(key, len(vocabulary))
    e = np.zeros((len(mentees), len(vocabulary)))
    m = np.zeros((len(mentors), len(vocabulary)))
    for matrix, sets in ((e, wanted), (m, offered)):
        for row, keys in enumerate(sets):
            matrix[row, [vocabulary[k] for k in keys]] = 1.0
    shared = e @ m.T
    full_at = np.minimum(e.sum(axis=1), INTEREST_FULL_AT)[:, None]
    np.divide(shared, full_at, out=shared, where=full_at > 0)
    np.minimum(shared, 1.0, out=shared)
    shared[(full_at == 0)[:, 0]] = 0.0
    return np.asarray(shared, dtype=np.float64)


def _people_pairs(
    mentors: Sequence[Profile], mentees: Sequence[Profile], pairs: set[tuple[int, int]]
) -> BoolArray:
    """True where (mentor person, mentee person) is in ``pairs``."""
    flags = np.zeros((len(mentees), len(mentors)), dtype=np.bool_)
    if not pairs:
        return flags
    columns: dict[int, list[int]] = {}
    for col, p in enumerate(mentors):
        columns.setdefault(p.person_id, []).append(col)
    rows: dict[int, list[int]] = {}
    for row, p in enumerate(mentees):
        rows.setdefault(p.person_id, []).append(row)
    for mentor_person, mentee_person in pairs:
        if mentor_person in columns and mentee_person in rows:
            flags[np.ix_(rows[mentee_person], columns[mentor_person])] = True
    return flags


def _continuity(mentors: Sequence[Profile], mentees: Sequence[Profile], rule: str) -> FloatArray:
    pairs = {(mentor, p.person_id) for p in mentees for mentor in p.past_partners}
    pairs |= {(p.person_id, mentee) for p in mentors for mentee in p.past_partners}
    before = _people_pairs(mentors, mentees, pairs)
    return before.astype(np.float64) if rule == "keep" else (~before).astype(np.float64)


def score_matrix(
    mentors: Sequence[Profile],
    mentees: Sequence[Profile],
    settings: MatchSettings | Mapping[str, Any] | None = None,
) -> tuple[FloatArray, BoolArray]:
    """Weighted scores and allowed pairs of every mentee (rows) with every mentor (columns).

    ``scores[i, j]`` is the score in [0, 1] (rounded to 4 decimals) of ``mentees[i]`` with
    ``mentors[j]``, equal to ``criteria.score_pair(mentors[j], mentees[i], settings).score``.
    ``allowed[i, j]`` is False when a hard rule forbids the pair: a withdrawn side, the
    same person, the never-pair list, the mentee's required language, a mentee already
    matched, a mentor with no places left (``Profile.capacity`` 0), a score under
    ``min_score``. ``settings`` is a MatchSettings, a program's settings dict or None for
    the defaults.
    """
    if not isinstance(settings, MatchSettings):
        settings = MatchSettings.from_program(settings)
    raw = np.zeros((len(mentees), len(mentors)))
    total_weight = settings.total_weight
    for name in CRITERIA:
        weight = settings.weight(name)
        if weight <= 0 or total_weight <= 0 or raw.size == 0:
            continue
        if name in _MENTEE_KEYS:
            table, rows, cols = _table_criterion(name, mentors, mentees, settings)
            # Two one-axis gathers copy whole rows: several times faster than one 2-D one.
            share = np.take((weight * table / total_weight)[rows], cols, axis=1)
        elif name == "interests":
            share = _interests(mentors, mentees) * weight / total_weight
        else:
            share = _continuity(mentors, mentees, settings.continuity) * weight / total_weight
        raw += share
    raw = both_sides.with_named(raw, mentors, mentees, settings)
    scores = np.rint(raw * SCORE_SCALE) / SCORE_SCALE
    allowed = _allowed(mentors, mentees, settings)
    allowed &= scores >= settings.min_score - 1e-9
    return scores, allowed


def _allowed(
    mentors: Sequence[Profile], mentees: Sequence[Profile], settings: MatchSettings
) -> BoolArray:
    mentor_ok = np.array([p.active and p.capacity > 0 for p in mentors], dtype=np.bool_)
    mentee_ok = np.array([p.active and not p.matched for p in mentees], dtype=np.bool_)
    allowed = mentee_ok[:, None] & mentor_ok[None, :]
    allowed &= both_sides.requirements_allowed(mentors, mentees)
    mentor_people = np.array([p.person_id for p in mentors], dtype=np.int64)
    mentee_people = np.array([p.person_id for p in mentees], dtype=np.int64)
    allowed &= mentee_people[:, None] != mentor_people[None, :]
    bans = {(b.mentor_person, b.mentee_person) for b in settings.never_pair}
    allowed &= ~_people_pairs(mentors, mentees, bans)
    return np.asarray(allowed, dtype=np.bool_)
