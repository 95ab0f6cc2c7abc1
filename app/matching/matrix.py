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
    "background": lambda p: (p.background, p.background_wish),
}
_MENTOR_KEYS: dict[str, Callable[[Profile], Hashable]] = {
    "location": lambda p: (p.location, p.city, p.province),
    "language": lambda p: (p.preferred_language, p.spoken),
    "institution": lambda p: p.institution,
    "style": lambda p: p.style,
    "gender": lambda p: p.own_gender,
    "background": lambda p: p.background,
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


ROW_CELLS = 1 << 21  # pairs scored per block of mentee rows: temporaries stay a few MB
FLOAT32_FROM = 1 << 25  # from this many pairs the scores are kept in float32 (half the memory)


def score_matrix(
    mentors: Sequence[Profile],
    mentees: Sequence[Profile],
    settings: MatchSettings | Mapping[str, Any] | None = None,
) -> tuple[FloatArray, BoolArray]:
    """Weighted scores and allowed pairs of every mentee (rows) with every mentor (columns).

    ``scores[i, j]`` is the score in [0, 1] (rounded to 4 decimals) of ``mentees[i]`` with
    ``mentors[j]``, equal to ``criteria.score_pair(mentors[j], mentee[i], settings).score``.
    ``allowed[i, j]`` is False when a hard rule forbids the pair: a withdrawn side, the
    same person, the never-pair list, the mentee's required language, a mentee already
    matched, a mentor with no places left (``Profile.capacity`` 0), a score under
    ``min_score``. ``settings`` is a MatchSettings, a program's settings dict or None for
    the defaults. From ``FLOAT32_FROM`` pairs (33 million) the scores are float32, whose
    value rounded to 4 decimals is the exact score; below, float64 equal to it.

    Each criterion is worked out once per kind of answer, then the pairs are scored in
    blocks of mentee rows, adding the criteria in one fixed order (the same floats as one
    pass over the whole matrix), so memory beyond the result stays a few megabytes.
    """
    if not isinstance(settings, MatchSettings):
        settings = MatchSettings.from_program(settings)
    shape = (len(mentees), len(mentors))
    dtype = np.float32 if shape[0] * shape[1] >= FLOAT32_FROM else np.float64
    scores = np.zeros(shape, dtype=dtype)
    allowed = np.zeros(shape, dtype=np.bool_)
    if scores.size == 0:
        return scores, allowed
    scorer = _scorer(mentors, mentees, settings)
    step = max(1, ROW_CELLS // max(1, shape[1]))
    for start in range(0, shape[0], step):
        stop = min(shape[0], start + step)
        block = scorer(start, stop)
        scores[start:stop] = block
        ok = _allowed(mentors, mentees[start:stop], settings)
        ok &= block >= settings.min_score - 1e-9
        allowed[start:stop] = ok
    return scores, allowed


Part = Callable[[int, int], FloatArray]


def _scorer(
    mentors: Sequence[Profile], mentees: Sequence[Profile], settings: MatchSettings
) -> Part:
    """The final (rounded) scores of rows [start, stop), the quickest way these answers allow."""
    fast = _table_scorer(mentors, mentees, settings)
    if fast is not None:
        return fast
    parts = _criterion_parts(mentors, mentees, settings)
    width = len(mentors)

    def scores(a: int, b: int) -> FloatArray:
        raw = parts[0](a, b) if parts else np.zeros((b - a, width))
        for part in parts[1:]:
            raw += part(a, b)
        return _rounded(both_sides.with_named(raw, mentors, mentees[a:b], settings))

    return scores


def _rounded(raw: FloatArray) -> FloatArray:
    raw *= SCORE_SCALE
    np.rint(raw, out=raw)
    raw /= SCORE_SCALE
    return raw


def _table_scorer(
    mentors: Sequence[Profile], mentees: Sequence[Profile], settings: MatchSettings
) -> Part | None:
    """Scores gathered from one table of final scores per kind of pair, or None.

    Continuity, the last criterion, is 0 or its whole weight: the table holds the rounded
    score with the usual value (never paired before, for "keep"), a second one the other
    value, used for the few pairs who were partners. Rows of mentees who named mentors
    are re-weighted from the unrounded sums, as ``with_named`` does.
    """
    total = settings.total_weight
    active = [n for n in CRITERIA if settings.weight(n) > 0 and total > 0]
    tables = {
        n: _table_criterion(n, mentors, mentees, settings) for n in active if n in _MENTEE_KEYS
    }
    leading = [n for n in active if n != "continuity"]
    if len(tables) < 1 or active[: len(leading)] != leading:
        return None
    combined = _combined(mentors, mentees, settings, leading, tables)
    if combined is None:
        return None
    sums, index_of = combined  # index_of gives whole numbers (intp), read as indices
    usual = other = 0.0
    partners = (np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp))
    if "continuity" in active:
        # The same floats as adding flags (0/1) × weight / total after the other criteria.
        share = 1.0 * settings.weight("continuity") / total
        usual, other = (0.0, share) if settings.continuity == "keep" else (share, 0.0)
        partners = _partner_cells(mentors, mentees)
    usual_table = _rounded(sums + usual)
    other_table = _rounded(sums + other)
    named_rows = np.array([bool(p.named_mentors) for p in mentees], dtype=np.bool_)

    def scores(a: int, b: int) -> FloatArray:
        index = index_of(a, b)
        block = usual_table.take(index)
        lo, hi = np.searchsorted(partners[0], [a, b])
        if hi > lo:
            r, c = partners[0][lo:hi] - a, partners[1][lo:hi]
            block[r, c] = other_table.take(index[r, c])
        named = np.flatnonzero(named_rows[a:b])
        if named.size:
            extra = np.full((named.size, index.shape[1]), usual)
            if hi > lo:
                hit = np.isin(r, named)
                extra[np.searchsorted(named, r[hit]), c[hit]] = other
            raw = sums.take(index[named]) + extra
            chosen = [mentees[a + int(i)] for i in named]
            block[named] = _rounded(both_sides.with_named(raw, mentors, chosen, settings))
        return block

    return scores


def _partner_cells(
    mentors: Sequence[Profile], mentees: Sequence[Profile]
) -> tuple[IntArray, IntArray]:
    """(rows, columns), sorted by row, of the pairs who were partners before."""
    pairs = {(mentor, p.person_id) for p in mentees for mentor in p.past_partners}
    pairs |= {(p.person_id, mentee) for p in mentors for mentee in p.past_partners}
    columns: dict[int, list[int]] = {}
    for col, p in enumerate(mentors):
        columns.setdefault(p.person_id, []).append(col)
    rows: dict[int, list[int]] = {}
    for row, p in enumerate(mentees):
        rows.setdefault(p.person_id, []).append(row)
    cells = sorted(
        (r, c)
        for mentor, mentee in pairs
        for r in rows.get(mentee, [])
        for c in columns.get(mentor, [])
    )
    found = np.array(cells, dtype=np.intp).reshape(-1, 2)
    return found[:, 0].copy(), found[:, 1].copy()


def _criterion_parts(
    mentors: Sequence[Profile], mentees: Sequence[Profile], settings: MatchSettings
) -> list[Part]:
    """Per criterion (in ``CRITERIA`` order), its weighted share of rows [start, stop)."""
    total_weight = settings.total_weight
    active = [n for n in CRITERIA if settings.weight(n) > 0 and total_weight > 0]
    tables = {
        name: _table_criterion(name, mentors, mentees, settings)
        for name in active
        if name in _MENTEE_KEYS
    }
    parts: list[Part] = []
    for name in active:
        weight = settings.weight(name)
        if name in tables:
            table, rows, cols = tables[name]
            parts.append(_table_part(weight * table / total_weight, rows, cols))
        elif name == "interests":
            parts.append(_interest_part(mentors, mentees, weight, total_weight))
        else:
            continuity = settings.continuity
            parts.append(_continuity_part(mentors, mentees, continuity, weight, total_weight))
    return parts


COMBINED_CELLS = 1 << 19  # at most this many (mentee kind, mentor kind) pairs in one table


def _combined(
    mentors: Sequence[Profile],
    mentees: Sequence[Profile],
    settings: MatchSettings,
    names: list[str],
    tables: dict[str, tuple[FloatArray, IntArray, IntArray]],
) -> tuple[FloatArray, Callable[[int, int], IntArray]] | None:
    """The sum of the criteria ``names`` per kind of pair, and the index of each pair in it.

    A pair's share of these criteria depends only on its mentee's answers, its mentor's
    and how many interests they share, and people share answers, so the sum is made once
    per combination, adding the criteria in the same order as a pass per criterion (the
    same floats). None if there are too many kinds of pairs.
    """
    table_names = [n for n in names if n in tables]
    e_kind, e_code = np.unique(
        np.stack([tables[n][1] for n in table_names], axis=1), axis=0, return_inverse=True
    )
    m_kind, m_code = np.unique(
        np.stack([tables[n][2] for n in table_names], axis=1), axis=0, return_inverse=True
    )
    if e_kind.shape[0] * m_kind.shape[0] > COMBINED_CELLS:
        return None
    full = INTEREST_FULL_AT
    total = settings.total_weight
    values = np.zeros((full + 1, full + 1))  # [interests counted at, shared (capped)]
    if "interests" in names:
        at = np.arange(full + 1, dtype=np.float64)[:, None]
        ratio = np.zeros((full + 1, full + 1))
        np.divide(np.arange(full + 1, dtype=np.float64)[None, :], at, out=ratio, where=at > 0)
        np.minimum(ratio, 1.0, out=ratio)
        values = ratio * settings.weight("interests") / total
    sums = values.reshape(-1, 1, 1)
    for k, name in enumerate(table_names):
        weighted = settings.weight(name) * tables[name][0] / total
        sums = sums + weighted[e_kind[:, k]][:, m_kind[:, k]][None, :, :]
    # Laid out [mentee kind, interest code, mentor kind]: one row of pairs reads one slice.
    width = m_kind.shape[0]
    flat = np.ascontiguousarray(sums.transpose(1, 0, 2)).reshape(-1)
    e_start = (e_code.reshape(-1) * (sums.shape[0] * width)).astype(np.float32)
    m_start = m_code.reshape(-1).astype(np.float32)
    # Whole numbers below 2**24 (the table is small): exact in float32, half the traffic.
    e, m, full_at = _interest_sets(mentors, mentees) if "interests" in names else (None,) * 3
    if e is not None and m is not None and full_at is not None:
        m = m * np.float32(width)
        cap = (full_at * width).astype(np.float32)
        e_start = e_start + (full_at[:, 0] * (full + 1) * width).astype(np.float32)

    def index_of(a: int, b: int) -> npt.NDArray[np.intp]:
        if e is None or m is None:
            return np.add.outer(e_start[a:b], m_start).astype(np.intp)
        shared = e[a:b] @ m  # shared interests × width
        np.minimum(shared, cap[a:b], out=shared)
        shared += e_start[a:b, None]
        shared += m_start
        return shared.astype(np.intp)

    return flat, index_of


def _interest_sets(
    mentors: Sequence[Profile], mentees: Sequence[Profile]
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], FloatArray]:
    vocabulary: dict[str, int] = {}
    wanted = [list(p.interest_keys) for p in mentees]
    offered = [list(p.interest_keys) for p in mentors]
    for keys in wanted + offered:
        for key in keys:
            vocabulary.setdefault(key, len(vocabulary))
    e = np.zeros((len(mentees), len(vocabulary)), dtype=np.float32)
    m = np.zeros((len(vocabulary), len(mentors)), dtype=np.float32)
    for row, keys in enumerate(wanted):
        e[row, [vocabulary[k] for k in keys]] = 1.0
    for col, keys in enumerate(offered):
        m[[vocabulary[k] for k in keys], col] = 1.0
    full_at = np.minimum(e.sum(axis=1, dtype=np.float64), INTEREST_FULL_AT)[:, None]
    return e, m, full_at


def _table_part(weighted: FloatArray, rows: IntArray, cols: IntArray) -> Part:
    def part(a: int, b: int) -> FloatArray:
        # Two one-axis gathers copy whole rows: several times faster than one 2-D one.
        return np.take(weighted[rows[a:b]], cols, axis=1)

    return part


def _interest_part(
    mentors: Sequence[Profile], mentees: Sequence[Profile], weight: float, total: float
) -> Part:
    e, m, full_at = _interest_sets(mentors, mentees)

    def part(a: int, b: int) -> FloatArray:
        # Counts of shared interests are small whole numbers: exact in float32 and float64.
        shared = np.asarray(e[a:b] @ m, dtype=np.float64)
        at = full_at[a:b]
        np.divide(shared, at, out=shared, where=at > 0)
        np.minimum(shared, 1.0, out=shared)
        shared[(at == 0)[:, 0]] = 0.0
        return shared * weight / total

    return part


def _continuity_part(
    mentors: Sequence[Profile],
    mentees: Sequence[Profile],
    rule: str,
    weight: float,
    total: float,
) -> Part:
    pairs = {(mentor, p.person_id) for p in mentees for mentor in p.past_partners}
    pairs |= {(p.person_id, mentee) for p in mentors for mentee in p.past_partners}

    def part(a: int, b: int) -> FloatArray:
        before = _people_pairs(mentors, mentees[a:b], pairs)
        flags = before if rule == "keep" else ~before
        return flags.astype(np.float64) * weight / total

    return part


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
