"""Which matching criteria nobody in a cycle answered, so the settings can say so.

A criterion that reads an answer no participant gave (no sign-up form asked for a gender
preference, say) scores every pair the same: weighing it changes nothing and misleads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.matching.profile import Profile

# The answer each criterion reads, on either side of a pair.
_ANSWERS: dict[str, Callable[[Profile], object]] = {
    "gender": lambda p: p.gender_wanted or p.own_gender,
    "style": lambda p: p.style,
    "institution": lambda p: p.institution,
}


def unanswered_criteria(profiles: Iterable[Profile]) -> frozenset[str]:
    """The criteria of ``_ANSWERS`` for which no profile holds an answer."""
    people = list(profiles)
    return frozenset(
        name for name, answer in _ANSWERS.items() if not any(answer(p) for p in people)
    )
