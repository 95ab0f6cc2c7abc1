"""Properties of named mentors and required answers on generated rosters."""

from __future__ import annotations

from collections import Counter

import hypothesis.strategies as st
from hypothesis import given, settings

from app.matching import criteria
from app.matching.matrix import score_matrix
from app.matching.profile import MatchSettings, Profile
from app.matching.solver import solve

CITIES = [("Ottawa", "ON"), ("Toronto", "ON"), ("Montréal", "QC")]


@st.composite
def person(draw: st.DrawFn, pid: int, mentor: bool) -> Profile:
    city, province = draw(st.sampled_from(CITIES))
    prefs = {
        "location": draw(st.sampled_from(["", "local", "anywhere"])),
        "style": draw(st.sampled_from(["", "hands-on", "laid back"])),
        "gender": draw(st.sampled_from(["", "", "woman"])),
        "own_gender": draw(st.sampled_from(["", "woman", "man"])),
        "requirements": draw(
            st.lists(st.sampled_from(["location", "style", "gender"]), max_size=2)
        ),
    }
    if draw(st.integers(0, 5)) == 0:
        prefs["required_language"] = "French"
    return Profile.from_dict(
        {
            "id": pid,
            "city": city,
            "province": province,
            "languages": draw(st.sampled_from(["English", "French", "English; French"])),
            "preferred_language": draw(st.sampled_from(["", "en", "fr"])),
            "interests": draw(st.lists(st.sampled_from(["research", "surgery", "policy"]))),
            "preferences": prefs,
            "capacity": draw(st.integers(0, 3)) if mentor else 1,
        }
    )


@st.composite
def roster(draw: st.DrawFn) -> tuple[list[Profile], list[Profile]]:
    mentors = [draw(person(100 + i, True)) for i in range(draw(st.integers(1, 6)))]
    mentees = []
    for i in range(draw(st.integers(1, 8))):
        mentee = draw(person(i, False))
        named = draw(st.sets(st.sampled_from([m.person_id for m in mentors]), max_size=2))
        mentees.append(Profile(**{**mentee.__dict__, "named_mentors": frozenset(named)}))
    return mentors, mentees


@settings(max_examples=150, deadline=None)
@given(roster(), st.sampled_from(["max_matches", "good_only"]))
def test_matrix_agrees_with_score_pair_and_the_rules(
    people: tuple[list[Profile], list[Profile]], mode: str
) -> None:
    mentors, mentees = people
    rules = MatchSettings(mode=mode)
    scores, allowed = score_matrix(mentors, mentees, rules)
    for i, mentee in enumerate(mentees):
        for j, mentor in enumerate(mentors):
            assert scores[i, j] == criteria.score_pair(mentor, mentee, rules).score
            assert allowed[i, j] == (
                criteria.exclusion(mentor, mentee, rules, scores[i, j]) is None
            )


@settings(max_examples=150, deadline=None)
@given(roster(), st.sampled_from(["max_matches", "good_only"]))
def test_a_proposal_never_breaks_a_requirement(
    people: tuple[list[Profile], list[Profile]], mode: str
) -> None:
    mentors, mentees = people
    scores, allowed = score_matrix(mentors, mentees, MatchSettings(mode=mode))
    for row, col in solve(scores, allowed, [m.capacity for m in mentors], mode):
        assert criteria.requirements_allow(mentors[col], mentees[row])
        assert not [r for r, _ in criteria.violations(mentors[col], mentees[row], MatchSettings())]


@settings(max_examples=200, deadline=None)
@given(roster(), st.sampled_from(["max_matches", "good_only"]))
def test_a_named_allowed_mentor_with_a_free_place_is_always_chosen(
    people: tuple[list[Profile], list[Profile]], mode: str
) -> None:
    """The named weight outweighs every other criterion together: a mentee left with an
    unnamed mentor (or none) while a named, allowed mentor still has a place would mean
    the total score was not the best, since moving the mentee there scores more."""
    mentors, mentees = people
    scores, allowed = score_matrix(mentors, mentees, MatchSettings(mode=mode))
    pairs = solve(scores, allowed, [m.capacity for m in mentors], mode)
    used = Counter(col for _, col in pairs)
    partner = dict(pairs)
    for row, mentee in enumerate(mentees):
        for col, mentor in enumerate(mentors):
            free = used[col] < mentor.capacity
            if mentor.person_id in mentee.named_mentors and allowed[row, col] and free:
                assert row in partner
                assert mentors[partner[row]].person_id in mentee.named_mentors


def test_the_named_reason_comes_first_and_weight_zero_switches_it_off() -> None:
    mentor = Profile(id=1, person_id=1, interests=("research",))
    mentee = Profile(id=2, person_id=2, interests=("research",), named_mentors=frozenset({1}))
    scored = criteria.score_pair(mentor, mentee, MatchSettings())
    assert scored.reasons[0] == "Named by the mentee as a preferred mentor"
    assert scored.contributions["named"] > sum(
        v for k, v in scored.contributions.items() if k != "named"
    )
    off = criteria.score_pair(mentor, mentee, MatchSettings(named_weight=0.0))
    plain = criteria.score_pair(
        mentor, Profile(id=2, person_id=2, interests=("research",)), MatchSettings()
    )
    assert off.score == plain.score and "named" not in off.contributions


def test_requirements_say_who_required_them_in_both_languages() -> None:
    mentee = Profile.from_dict(
        {"id": 1, "city": "Ottawa", "province": "ON", "preferences": {"required_location": "local"}}
    )
    mentor = Profile.from_dict({"id": 2, "city": "Toronto", "province": "ON"})
    [(rule, why)] = criteria.violation_reasons(mentor, mentee, MatchSettings())
    assert rule == "required_location"
    from app.matching.reasons import render

    assert render(why, "en") == "Required by the mentee: a mentor in Ottawa"
    assert render(why, "fr") == "Exigé par le mentoré\u00a0: un mentor à Ottawa"
