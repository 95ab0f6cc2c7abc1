"""Plain sentences on why mentees were left unmatched, and what would help."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.matching.profile import Profile, language_name

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


@dataclass(frozen=True)
class RelationOutcome:
    """What the solver had and chose for one pair of adjacent rungs."""

    mentor_role: str
    mentee_role: str
    mentors: Sequence[Profile]  # columns of ``allowed``
    waiting: Sequence[Profile]  # rows of ``allowed``
    allowed: npt.NDArray[np.bool_]
    pairs: Sequence[tuple[int, int]]
    capacities: Sequence[int]  # each mentor's capacity as signed up


def role_word(count: int, role: str) -> str:
    """(3, "Medical student") → "medical students"; acronyms keep their capitals."""
    word = role.strip()
    if len(word) > 1 and not word[:2].isupper():
        word = word[0].lower() + word[1:]
    if count != 1 and not word.endswith("s"):
        word += "s"
    return word


def people(count: int, role: str) -> str:
    """(3, "Medical student") → "3 medical students"."""
    return f"{count} {role_word(count, role)}"


def _verb(count: int) -> str:
    return "is" if count == 1 else "are"


def limit_sentences(outcome: RelationOutcome) -> list[str]:
    matched_rows = {row for row, _ in outcome.pairs}
    unmatched = [row for row in range(len(outcome.waiting)) if row not in matched_rows]
    if not unmatched:
        return []
    open_mentors = [m for m in outcome.mentors if m.active and m.capacity > 0]
    mentee, mentor = outcome.mentee_role, outcome.mentor_role
    n = len(unmatched)
    if not any(m.active for m in outcome.mentors):
        return [f"{people(n, mentee)} {_verb(n)} unmatched: no {role_word(2, mentor)} take part"]
    if not open_mentors:
        return [
            f"{people(n, mentee)} {_verb(n)} unmatched: all mentor places are taken; "
            + _more_needed(n, outcome)
        ]
    eligible = [bool(row.any()) for row in outcome.allowed]
    blocked = [row for row in unmatched if not eligible[row]]
    lost = [row for row in unmatched if eligible[row]]
    sentences = _blocked_sentences(blocked, outcome, open_mentors)
    if lost:
        k = len(lost)
        places_left = sum(m.capacity for m in open_mentors) - len(outcome.pairs)
        if places_left <= 0:
            cause = "all mentor places are taken; " + _more_needed(k, outcome)
        else:
            cause = "the few mentors they may be paired with are needed by other mentees"
        sentences.append(f"{people(k, mentee)} {_verb(k)} unmatched: {cause}")
    return sentences


def _more_needed(count: int, outcome: RelationOutcome) -> str:
    usual = Counter(c for c in outcome.capacities if c > 0).most_common(1)
    capacity = usual[0][0] if usual else 1
    extra = math.ceil(count / capacity)
    return f"{extra} more {role_word(extra, 'mentor')} (capacity {capacity}) would be needed"


def _blocked_sentences(
    blocked: list[int], outcome: RelationOutcome, open_mentors: list[Profile]
) -> list[str]:
    """Mentees whom every mentor with a place is forbidden for, grouped by cause."""
    spoken = set().union(*(m.spoken for m in open_mentors))
    by_language: Counter[str] = Counter()
    other = 0
    for row in blocked:
        required = outcome.waiting[row].required_language
        if required and required not in spoken:
            by_language[required] += 1
        else:
            other += 1
    role = outcome.mentee_role
    sentences = [
        f"{people(k, role)} {_verb(k)} unmatched: no mentor with a place left speaks "
        f"{language_name(code)}, which they require"
        for code, k in sorted(by_language.items())
    ]
    if other:
        sentences.append(
            f"{people(other, role)} {_verb(other)} unmatched: every mentor with a place left "
            "is ruled out for them (never-pair list, required language or minimum score)"
        )
    return sentences
