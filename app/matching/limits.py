"""Plain sentences on why mentees were left unmatched, and what would help."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.matching.choice_sentences import choice_sentence
from app.matching.messages import language_fr, people_fr, sentence
from app.matching.profile import Profile, language_name
from app.sentences import Sentence

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


def _who(count: int, role: str) -> dict[str, object]:
    """The parameters naming ``count`` unmatched mentees of ``role`` in both languages."""
    return {
        "people": people(count, role),
        "verb": _verb(count),
        "people_fr": people_fr(count, role),
    }


def limit_sentences(outcome: RelationOutcome) -> list[str]:
    matched_rows = {row for row, _ in outcome.pairs}
    unmatched = [row for row in range(len(outcome.waiting)) if row not in matched_rows]
    if not unmatched:
        return []
    open_mentors = [m for m in outcome.mentors if m.active and m.capacity > 0]
    mentee, mentor = outcome.mentee_role, outcome.mentor_role
    n = len(unmatched)
    if not any(m.active for m in outcome.mentors):
        return [
            sentence(
                "matching.limit_no_mentors",
                mentors=role_word(2, mentor),
                mentor_role=mentor,
                **_who(n, mentee),
            )
        ]
    if not open_mentors and _no_capacity_at_all(outcome):
        return [choice_sentence("matching.limit_no_capacity", **_who(n, mentee))]
    if not open_mentors:
        more = _more_needed(n, outcome)
        return [sentence("matching.limit_places_taken", more=more, **_who(n, mentee))]
    eligible = [bool(row.any()) for row in outcome.allowed]
    blocked = [row for row in unmatched if not eligible[row]]
    lost = [row for row in unmatched if eligible[row]]
    sentences = _blocked_sentences(blocked, outcome, open_mentors)
    if lost:
        k = len(lost)
        places_left = sum(m.capacity for m in open_mentors) - len(outcome.pairs)
        if places_left <= 0:
            more = _more_needed(k, outcome)
            sentences.append(sentence("matching.limit_places_taken", more=more, **_who(k, mentee)))
        else:
            sentences.append(sentence("matching.limit_needed_elsewhere", **_who(k, mentee)))
    return sentences


def _no_capacity_at_all(outcome: RelationOutcome) -> bool:
    """Every taking-part mentor signed up with capacity 0 (not: their places are all used)."""
    signed_up = zip(outcome.mentors, outcome.capacities, strict=False)
    return all(capacity <= 0 for mentor, capacity in signed_up if mentor.active)


def priority_left(count: int, role: str) -> Sentence:
    """``count`` mentees served first (unmatched last cycle) are still unmatched."""
    return choice_sentence("matching.limit_priority_left", **_who(count, role))


def _more_needed(count: int, outcome: RelationOutcome) -> Sentence:
    usual = Counter(c for c in outcome.capacities if c > 0).most_common(1)
    capacity = usual[0][0] if usual else 1
    extra = math.ceil(count / capacity)
    mentors = role_word(extra, "mentor")
    return sentence("matching.limit_more_needed", extra=extra, mentors=mentors, capacity=capacity)


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
    sentences: list[str] = [
        sentence(
            "matching.limit_language",
            language=language_name(code),
            language_fr=language_fr(code, language_name(code)),
            **_who(k, role),
        )
        for code, k in sorted(by_language.items())
    ]
    if other:
        sentences.append(sentence("matching.limit_ruled_out", **_who(other, role)))
    return sentences
