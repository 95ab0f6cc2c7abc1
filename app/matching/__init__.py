"""Assisted matching of mentors and mentees.

The database-facing services live in ``app.matching.service``. The pure building blocks,
usable without a database (the benchmark uses them), are exported here:

- ``Profile.from_dict(data)`` — one participant from plain data (see its docstring);
- ``MatchSettings.from_program(settings)`` — weights and rules, defaults when empty;
- ``score_matrix(mentors, mentees, settings) -> (scores, allowed)`` — (mentees × mentors)
  numpy arrays: weighted scores in [0, 1] (float32 from 33 million pairs, exact once
  rounded to 4 decimals) and the pairs no hard rule forbids;
- ``solve(scores, allowed, capacities, mode) -> [(mentee_row, mentor_column), ...]`` — the
  optimal assignment under the mentors' capacities ("max_matches" or "good_only");
- ``score_pair(mentor, mentee, settings)`` — one pair's score, reasons and contributions.

numpy and lap load only when ``score_matrix`` or ``solve`` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.matching.criteria import score_pair
from app.matching.profile import MatchSettings, Profile

if TYPE_CHECKING:
    from app.matching.matrix import score_matrix
    from app.matching.solver import solve

__all__ = ["MatchSettings", "Profile", "score_matrix", "score_pair", "solve"]


def __getattr__(name: str) -> Any:
    if name == "score_matrix":
        from app.matching.matrix import score_matrix

        return score_matrix
    if name == "solve":
        from app.matching.solver import solve

        return solve
    raise AttributeError(name)
