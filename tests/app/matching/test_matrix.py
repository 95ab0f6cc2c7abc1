"""The vectorised scorer agrees with the pair-by-pair reference."""

from __future__ import annotations

from hypothesis import given, settings

from app.matching import criteria
from app.matching.matrix import score_matrix
from app.matching.profile import MatchSettings, Profile
from tests.app.matching.helpers import profile
from tests.app.matching.strategies import instances


@settings(max_examples=200, deadline=None)
@given(instances())
def test_matrix_equals_score_pair_and_allowed_equals_no_exclusion(
    instance: tuple[list[Profile], list[Profile], MatchSettings],
) -> None:
    mentors, mentees, match_settings = instance
    scores, allowed = score_matrix(mentors, mentees, match_settings)
    assert scores.shape == allowed.shape == (len(mentees), len(mentors))
    for i, mentee in enumerate(mentees):
        for j, mentor in enumerate(mentors):
            pair = criteria.score_pair(mentor, mentee, match_settings)
            assert scores[i, j] == pair.score
            assert 0.0 <= pair.score <= 1.0
            excluded = criteria.exclusion(mentor, mentee, match_settings, pair.score)
            assert bool(allowed[i, j]) == (excluded is None), excluded


def test_settings_may_be_a_program_dict_or_none() -> None:
    mentors = [profile(1, interests=["research"])]
    mentees = [profile(2, interests=["research"]), profile(3, status="withdrawn")]
    default_scores, default_allowed = score_matrix(mentors, mentees, None)
    dict_scores, _ = score_matrix(mentors, mentees, {"matching": {"weights": {"interests": 100}}})
    assert default_allowed.tolist() == [[True], [False]]
    assert dict_scores[0, 0] > default_scores[0, 0]


def test_empty_sides() -> None:
    scores, allowed = score_matrix([], [profile(1)], None)
    assert scores.shape == allowed.shape == (1, 0)
    scores, allowed = score_matrix([profile(1)], [], None)
    assert scores.shape == (0, 1)
