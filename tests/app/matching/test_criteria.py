"""Each criterion's score and sentence, pair by pair (no database)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.errors import UnusableInputError
from app.matching import criteria
from app.matching.profile import Ban, MatchSettings, Profile, fold, language_code
from tests.app.matching.helpers import profile

DEFAULTS = MatchSettings()


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("  Néonatologie ") == fold("neonatologie")
    assert fold("Global-Health") == fold("global   health")
    assert language_code("Français") == "fr" == language_code("FR")


def test_interests_name_the_shared_ones_by_their_catalogue_label() -> None:
    mentor = profile(1, interests=["NEONATOLOGY", "Research", "Advocacy"])
    mentee = profile(2, interests=["néonatology", "research", "cardiology", "genetics"])
    result = criteria.interests(mentor, mentee, DEFAULTS)
    assert result.score == pytest.approx(2 / 3)
    assert result.sentence == "Both interested in Neonatology and Research"
    assert result.notable


def test_interests_full_score_at_three_shared_and_zero_without() -> None:
    three = ["a", "b", "c"]
    mentor = profile(1, interests=[*three, "d"])
    assert criteria.interests(mentor, profile(2, interests=[*three, "e"]), DEFAULTS).score == 1
    assert criteria.interests(mentor, profile(2, interests=["b"]), DEFAULTS).score == 1
    none = criteria.interests(mentor, profile(2, interests=["z"]), DEFAULTS)
    assert (none.score, none.sentence, none.notable) == (0.0, "No shared interests", False)
    assert criteria.interests(mentor, profile(2), DEFAULTS).score == 0.0


@pytest.mark.parametrize(
    ("preference", "mentor_place", "score", "sentence"),
    [
        ("local", ("Montréal", "QC"), 1.0, "Both in Montreal, as the mentee asked for a local"),
        ("local", ("Québec", "QC"), 0.5, "The mentee asked for a local mentor; the mentor is in"),
        ("local", ("Toronto", "ON"), 0.0, "The mentee asked for a local mentor; the mentor is in"),
        ("anywhere", ("Toronto", "ON"), 1.0, "The mentee welcomes a mentor from anywhere"),
        ("", ("Montreal", ""), 1.0, "Both in Montreal"),
        ("", ("Québec", "qc"), 0.6, "Both in QC"),
        ("", ("Toronto", "ON"), 0.3, "In different cities"),
    ],
)
def test_location_against_the_mentee_preference(
    preference: str, mentor_place: tuple[str, str], score: float, sentence: str
) -> None:
    mentee = profile(2, city="Montreal", province="QC", preferences={"location": preference})
    mentor = profile(1, city=mentor_place[0], province=mentor_place[1])
    result = criteria.location(mentor, mentee, DEFAULTS)
    assert result.score == score
    assert result.sentence.startswith(sentence)


def test_same_city_name_in_another_province_is_not_local() -> None:
    mentee = profile(2, city="London", province="ON", preferences={"location": "local"})
    mentor = profile(1, city="London", province="England")
    assert criteria.location(mentor, mentee, DEFAULTS).score == 0.0


def test_language_prefers_the_mentee_preferred_language() -> None:
    mentee = profile(2, languages=["English", "Français"], preferred_language="fr")
    both = criteria.language(
        profile(1, languages=["french"], preferred_language="fr"), mentee, DEFAULTS
    )
    assert (both.score, both.sentence) == (
        1.0,
        "Both speak French, the mentee's preferred language",
    )
    english = criteria.language(profile(1, languages=["English"]), mentee, DEFAULTS)
    assert (english.score, english.sentence) == (0.6, "Both speak English")
    none = criteria.language(
        profile(1, languages=["Punjabi"], preferred_language="pa"),
        profile(2, languages=["Spanish"], preferred_language="es"),
        DEFAULTS,
    )
    assert (none.score, none.sentence) == (0.0, "No language in common")


@pytest.mark.parametrize(
    ("rule", "same_score", "different_score"),
    [("different", 0.0, 1.0), ("same", 1.0, 0.0), ("ignore", 0.0, 0.0)],
)
def test_institution_rule(rule: str, same_score: float, different_score: float) -> None:
    settings = MatchSettings(institution_rule=rule)
    mentee = profile(2, institution="Université Laval")
    same = criteria.institution(profile(1, institution="universite laval"), mentee, settings)
    other = criteria.institution(profile(1, institution="McGill"), mentee, settings)
    assert (same.score, other.score) == (same_score, different_score)
    unknown = criteria.institution(profile(1), mentee, settings)
    assert unknown.score == (0.0 if rule == "ignore" else criteria.UNKNOWN)
    if rule == "different":
        assert other.sentence == "From different institutions, widening the mentee's network"
    if rule == "same":
        assert same.sentence == "Both at Université Laval"
    assert settings.weight("institution") == (0.0 if rule == "ignore" else 1.0)


def test_style_on_both_sides() -> None:
    hands_on = profile(2, preferences={"style": "Hands-on"})
    same = criteria.style(profile(1, preferences={"style": "hands_on"}), hands_on, DEFAULTS)
    assert (same.score, same.sentence) == (1.0, "Both prefer a hands-on relationship")
    other = criteria.style(profile(1, preferences={"style": "laid back"}), hands_on, DEFAULTS)
    assert other.score == 0.0
    assert "the mentor a laid-back one" in other.sentence
    assert criteria.style(profile(1), hands_on, DEFAULTS).score == criteria.UNKNOWN


def test_gender_only_counts_when_the_mentee_stated_a_preference() -> None:
    wants_man = profile(2, preferences={"gender": "Male"})
    assert (
        criteria.gender(profile(1, preferences={"own_gender": "man"}), wants_man, DEFAULTS).score
        == 1
    )
    assert (
        criteria.gender(profile(1, preferences={"own_gender": "F"}), wants_man, DEFAULTS).score == 0
    )
    assert criteria.gender(profile(1), wants_man, DEFAULTS).score == criteria.UNKNOWN
    no_pref = criteria.gender(
        profile(1), profile(2, preferences={"gender": "No preference"}), DEFAULTS
    )
    assert (no_pref.score, no_pref.notable) == (1.0, False)


@pytest.mark.parametrize(("rule", "before", "after"), [("keep", 1.0, 0.0), ("avoid", 0.0, 1.0)])
def test_continuity(rule: str, before: float, after: float) -> None:
    settings = MatchSettings(continuity=rule)
    mentor = profile(1, person_id=10)
    again = profile(2, person_id=20, past_partners=[10])
    new = profile(3, person_id=30)
    assert criteria.continuity(mentor, again, settings).score == before
    assert criteria.continuity(mentor, new, settings).score == after
    assert MatchSettings(continuity="ignore").weight("continuity") == 0.0


def test_score_pair_weights_reasons_and_contributions() -> None:
    settings = MatchSettings(
        weights={
            "interests": 1,
            "location": 1,
            "language": 0,
            "institution": 0,
            "style": 0,
            "gender": 0,
            "continuity": 0,
        }
    )
    mentor = profile(1, interests=["research"], city="Halifax")
    mentee = profile(2, interests=["Research", "genetics"], city="Toronto")
    scored = criteria.score_pair(mentor, mentee, settings)
    assert scored.contributions == {"interests": 0.25, "location": 0.15}
    assert scored.score == 0.4
    assert scored.reasons == ["Both interested in Research"]


def test_settings_defaults_and_validation() -> None:
    fresh = MatchSettings.from_program({})
    assert fresh.mode == "max_matches" and fresh.institution_rule == "different"
    assert fresh.total_weight > 0
    custom = MatchSettings.from_program(
        {
            "matching": {
                "weights": {"interests": 5, "seniority": 2},
                "min_score": 0.3,
                "never_pair": [{"mentor_person": 1, "mentee_person": 2, "reason": "x"}],
            }
        }
    )
    assert custom.weights["interests"] == 5 and custom.min_score == 0.3
    assert custom.never_pair == (Ban(1, 2, "x"),)
    for bad in (
        {"weights": {"style": -1}},
        {"mode": "fast"},
        {"min_score": 2},
        {"never_pair": [{"mentor_person": 1}]},
    ):
        with pytest.raises(UnusableInputError):
            MatchSettings.from_program({"matching": bad})


def test_hard_rules_as_sentences() -> None:
    settings = MatchSettings(never_pair=(Ban(10, 20, "conflict of interest"),), min_score=0.5)
    mentor = profile(1, person_id=10, languages=["English"])
    mentee = profile(2, person_id=20, preferences={"required_language": "French"})
    found = criteria.violations(mentor, mentee, settings)
    assert [rule for rule, _ in found] == ["never_pair", "required_language"]
    assert criteria.exclusion(mentor, mentee, settings, 1.0) == (
        "On the never-pair list: conflict of interest"
    )
    ok = profile(3, person_id=30)
    assert criteria.exclusion(mentor, ok, settings, 0.6) is None
    assert "under the program's minimum" in str(criteria.exclusion(mentor, ok, settings, 0.2))
    full = Profile.from_dict({"id": 4, "capacity": 0})
    assert criteria.exclusion(full, ok, settings, 1.0) == "The mentor has no places left"
    gone = Profile.from_dict({"id": 5, "status": "withdrawn"})
    assert criteria.exclusion(gone, ok, settings, 1.0) == "The mentor has withdrawn from this cycle"


def test_profile_from_plain_dict() -> None:
    p = Profile.from_dict(
        {
            "id": 7,
            "interests": "Research; global health, ",
            "languages": ["Français", ""],
            "preferred_language": "fr",
            "preferences": {
                "location": "Local",
                "style": "Laid-back",
                "gender": "Female",
                "required_language": "french",
            },
            "status": "withdrawn",
            "past_partners": [3],
        }
    )
    assert (p.person_id, p.interests) == (7, ("research", "global_health"))  # catalogue keys
    assert (p.location, p.style, p.gender_wanted, p.required_language) == (
        "local",
        "laid_back",
        "woman",
        "fr",
    )
    assert p.spoken == {"fr"} and not p.active and p.capacity == 1
    assert p.past_partners == {3}


def test_importing_the_service_does_not_load_numpy_or_scipy() -> None:
    code = (
        "import sys, app.matching, app.matching.service; "
        "sys.exit(int('numpy' in sys.modules or 'scipy' in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
