"""The matching criteria, pair by pair, with the sentence that explains each score.

Every criterion scores a mentor–mentee pair in [0, 1]. ``matrix.score_matrix`` computes
the same numbers for all pairs at once with numpy; this module is the readable reference,
used for the reasons of chosen pairs, candidate lists and single-pair explanations (a test
checks that both agree).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.matching.profile import (
    CRITERIA,
    MatchSettings,
    Profile,
    fold,
    language_code,
)
from app.matching.reasons import Reason, reason, render

# Score tables shared with the vectorised scorer.
INTEREST_FULL_AT = 3  # sharing this many of the mentee's interests scores 1
# Location: rows = mentee preference (unstated, local, anywhere);
# columns = same city, same province, elsewhere.
LOCATION_PREFERENCES = ("", "local", "anywhere")
LOCATION_TABLE = ((1.0, 0.6, 0.3), (1.0, 0.5, 0.0), (1.0, 1.0, 1.0))
LANGUAGE_PREFERRED, LANGUAGE_SHARED = 1.0, 0.6
UNKNOWN = 0.5  # a side did not answer: neither good nor bad
SCORE_DECIMALS = 4
SCORE_SCALE = 10.0**SCORE_DECIMALS


def quantise(score: float) -> float:
    """Round a score to 4 decimals exactly as ``numpy.rint(x * 1e4) / 1e4`` does."""
    return round(score * SCORE_SCALE) / SCORE_SCALE


@dataclass(frozen=True)
class CriterionResult:
    """One criterion's score for a pair; ``notable`` results can serve as reasons.

    ``reason`` is structured (see ``reasons``) so it can be said in English or French.
    """

    criterion: str
    score: float
    reason: Reason
    notable: bool = True

    @property
    def sentence(self) -> str:
        return render(self.reason, "en")

    def in_language(self, lang: str) -> str:
        return render(self.reason, lang)


def _result(
    criterion: str, score: float, key: str, notable: bool = True, **params: Any
) -> CriterionResult:
    return CriterionResult(criterion, score, reason(key, **params), notable)


def interests(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    wanted = mentee.interest_keys
    offered = mentor.interest_keys
    shared = [spelling for key, spelling in wanted.items() if key in offered]
    if not wanted:
        return _result("interests", 0.0, "no_interests", False)
    if not shared:
        return _result("interests", 0.0, "no_shared_interests", False)
    score = min(1.0, len(shared) / min(INTEREST_FULL_AT, len(wanted)))
    known = {key: [en, fr] for key, en, fr in (*mentor.interest_labels, *mentee.interest_labels)}
    labels = {key: known[key] for key in shared if key in known}
    if labels:  # catalogue keys: the reason names them in its reader's language
        return _result("interests", score, "shared_interests", interests=shared, labels=labels)
    return _result("interests", score, "shared_interests", interests=shared)


def location(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    if settings.location_rule == "ignore":
        return _result("location", 0.0, "location_ignored", False)
    level = location_level(mentor, mentee)
    pref = mentee.location if mentee.location in LOCATION_PREFERENCES else ""
    if not pref and settings.location_rule == "nearby":
        pref = "local"  # the program wants pairs who can meet, unless told otherwise
    score = LOCATION_TABLE[LOCATION_PREFERENCES.index(pref)][level]
    if mentor.location == "local" and mentee.location != "local":
        # The mentor's wish counts like a mentee's: the pair scores the less happy side.
        mentor_score = LOCATION_TABLE[LOCATION_PREFERENCES.index("local")][level]
        return _mentor_local(min(score, mentor_score), level, mentee)
    place = mentee.city.strip() if level == 0 else mentee.province.strip()
    if level == 0:
        key = "same_city_local" if pref == "local" and mentee.location == "local" else "same_city"
        return _result("location", score, key, place=place)
    if pref == "local":
        if level == 1:
            return _result("location", score, "local_same_province", False, place=place)
        return _result("location", score, "local_elsewhere", False)
    if pref == "anywhere":
        return _result("location", score, "anywhere")
    if level == 1:
        return _result("location", score, "same_province", place=place)
    return _result("location", score, "different_cities", False)


def _mentor_local(score: float, level: int, mentee: Profile) -> CriterionResult:
    if level == 0:
        return _result("location", score, "mentor_local_same_city", place=mentee.city.strip())
    if level == 1:
        place = mentee.province.strip()
        return _result("location", score, "mentor_local_same_province", False, place=place)
    return _result("location", score, "mentor_local_elsewhere", False)


def location_level(mentor: Profile, mentee: Profile) -> int:
    """0 = same city, 1 = same province, 2 = elsewhere (or unknown)."""
    prov_m, prov_e = fold(mentor.province), fold(mentee.province)
    same_province = bool(prov_e) and prov_e == prov_m
    provinces_agree = same_province or not prov_e or not prov_m
    city_e = fold(mentee.city)
    if city_e and city_e == fold(mentor.city) and provinces_agree:
        return 0
    return 1 if same_province else 2


def language(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    preferred = language_code(mentee.preferred_language)
    wanted = language_code(mentor.preferred_language)  # the mentor's own preference
    shared = sorted(mentee.spoken & mentor.spoken)
    mentee_met = bool(preferred) and preferred in mentor.spoken
    mentor_met = bool(wanted) and wanted in mentee.spoken
    if wanted and wanted != preferred:
        if mentee_met and mentor_met:
            both = sorted({preferred, wanted})
            return _result(
                "language", LANGUAGE_PREFERRED, "preferred_languages_both", languages=both
            )
        if mentor_met and not preferred:
            return _result(
                "language", LANGUAGE_PREFERRED, "mentor_preferred_language", language=wanted
            )
        if mentor_met or mentee_met:
            # One side's preferred language is shared, the other's is not.
            score = (LANGUAGE_PREFERRED + LANGUAGE_SHARED) / 2
            if mentee_met:
                return _result("language", score, "preferred_language", language=preferred)
            return _result("language", score, "mentor_preferred_language", language=wanted)
    elif mentee_met:
        return _result("language", LANGUAGE_PREFERRED, "preferred_language", language=preferred)
    if shared:
        return _result("language", LANGUAGE_SHARED, "shared_languages", languages=shared)
    if not mentee.spoken or not mentor.spoken:
        # Nobody said which languages one of them speaks: not a reason against the pair.
        return _result("language", UNKNOWN, "language_unknown", False)
    return _result("language", 0.0, "no_language", False)


def institution(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    rule = settings.institution_rule
    a, b = fold(mentor.institution), fold(mentee.institution)
    if rule == "ignore":
        return _result("institution", 0.0, "institution_ignored", False)
    if not a or not b:
        return _result("institution", UNKNOWN, "institution_unknown", False)
    same = a == b
    name = mentee.institution.strip()
    if rule == "same":
        if same:
            return _result("institution", 1.0, "same_institution", institution=name)
        return _result("institution", 0.0, "different_institution_unwanted", False)
    if same:
        return _result("institution", 0.0, "same_institution_unwanted", False, institution=name)
    return _result("institution", 1.0, "different_institutions")


def style(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    a, b = mentor.style, mentee.style
    if not a or not b:
        return _result("style", UNKNOWN, "style_unknown", False)
    if a == b:
        return _result("style", 1.0, "same_style", style=a)
    return _result("style", 0.0, "different_style", False, mentee_style=b, mentor_style=a)


def gender(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    wanted = mentee.gender_wanted
    if not wanted:
        return _result("gender", 1.0, "no_gender_preference", False)
    if not mentor.own_gender:
        return _result("gender", UNKNOWN, "gender_unknown", False)
    if mentor.own_gender == wanted:
        return _result("gender", 1.0, "gender_match")
    return _result("gender", 0.0, "gender_mismatch", False)


def background(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    """Similar cultural background, unless the family said it does not mind.

    The background is sensitive: no reason ever names it, so a letter quoting a reason
    cannot reveal it (and letters leave these reasons out altogether).
    """
    if mentee.background_wish == "any":
        return _result("background", 1.0, "background_no_preference", False)
    if not mentee.background or not mentor.background:
        return _result("background", UNKNOWN, "background_unknown", False)
    if not similar_backgrounds(mentor.background, mentee.background):
        return _result("background", 0.0, "background_different", False)
    if mentee.background_wish == "similar":
        return _result("background", 1.0, "background_similar_wished")
    return _result("background", 1.0, "background_similar")


def similar_backgrounds(a: frozenset[str], b: frozenset[str]) -> bool:
    """A part in common, or one part within another ("haitian" and "haitian canadian")."""
    if a & b:
        return True
    return any(
        set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in a for y in b
    )


def continuity(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    rule = settings.continuity
    before = mentor.person_id in mentee.past_partners or mentee.person_id in mentor.past_partners
    if rule == "ignore":
        return _result("continuity", 0.0, "continuity_ignored", False)
    if rule == "keep":
        if before:
            return _result("continuity", 1.0, "matched_before")
        return _result("continuity", 0.0, "not_matched_before", False)
    if before:
        return _result("continuity", 0.0, "matched_before_unwanted", False)
    return _result("continuity", 1.0, "new_pair", False)


Criterion = Callable[[Profile, Profile, MatchSettings], CriterionResult]
CRITERION_FUNCTIONS: dict[str, Criterion] = {
    "interests": interests,
    "location": location,
    "language": language,
    "institution": institution,
    "style": style,
    "gender": gender,
    "background": background,
    "continuity": continuity,
}
assert tuple(CRITERION_FUNCTIONS) == CRITERIA


@dataclass(frozen=True)
class PairScore:
    """A pair's weighted score in [0, 1], its reasons and each criterion's share of it."""

    score: float
    reasons: list[str]  # in English, for the command line and logs of decisions
    contributions: dict[str, float]
    results: tuple[CriterionResult, ...]
    reason_data: list[Reason]  # the same reasons, structured: what a match stores


def named_share(raw: float, named: float, settings: MatchSettings) -> float:
    """A score counting the mentee's named mentors: their weight joins the others.

    Only for mentees who named a mentor the roster knows, so nobody else's scores change.
    ``matrix`` does the same arithmetic on whole rows, giving the same floats.
    """
    total, extra = settings.total_weight, settings.named_weight
    if total + extra <= 0:
        return raw
    return (raw * total + extra * named) / (total + extra)


def score_pair(mentor: Profile, mentee: Profile, settings: MatchSettings) -> PairScore:
    total_weight = settings.total_weight
    results = tuple(CRITERION_FUNCTIONS[name](mentor, mentee, settings) for name in CRITERIA)
    contributions: dict[str, float] = {}
    raw = 0.0
    shares: dict[str, float] = {}
    for result in results:
        weight = settings.weight(result.criterion)
        if weight > 0 and total_weight > 0:
            share = weight * result.score / total_weight
            raw += share
            shares[result.criterion] = share
    if mentee.named_mentors:
        named = 1.0 if mentor.person_id in mentee.named_mentors else 0.0
        raw = named_share(raw, named, settings)
        shares = {name: named_share(share, 0.0, settings) for name, share in shares.items()}
        if named and settings.named_weight > 0:
            shares["named"] = named_share(0.0, 1.0, settings)
            results = (_result("named", 1.0, "named_mentor"), *results)
    contributions = {name: round(share, SCORE_DECIMALS) for name, share in shares.items()}
    ranked = sorted(
        (r for r in results if r.notable and r.score > 0 and contributions.get(r.criterion, 0)),
        key=lambda r: -contributions[r.criterion],
    )
    reasons = [*(why for _, why in requirements_met(mentor, mentee)), *(r.reason for r in ranked)]
    return PairScore(
        score=quantise(raw),
        reasons=[render(why, "en") for why in reasons],
        contributions=contributions,
        results=results,
        reason_data=reasons,
    )


def _requirements(mentor: Profile, mentee: Profile) -> list[tuple[str, bool, Reason]]:
    """Every requirement either side made a hard rule: (rule, met, the sentence that says so).

    A requirement about something its author did not answer (no city, no preferred
    language) cannot be checked and is left out; one the other side did not answer is not met.
    """
    found: list[tuple[str, bool, Reason]] = []
    for side, other, who in ((mentee, mentor, "mentee"), (mentor, mentee, "mentor")):
        code = side.required_language
        if not code and "language" in side.requires:
            code = language_code(side.preferred_language)
        if code:
            met = code in other.spoken
            # A mentee's required language keeps the sentence it always had when not met.
            key = "rule_required_language" if who == "mentee" and not met else ""
            key = key or f"required_by_{who}_language"
            found.append(("required_language", met, reason(key, language=code)))
        if not side.requires:
            continue
        if "location" in side.requires and fold(side.city):
            met = location_level(other, side) == 0
            key = f"required_by_{who}_location"
            found.append(("required_location", met, reason(key, place=side.city.strip())))
        if "gender" in side.requires and side.gender_wanted:
            met = other.own_gender == side.gender_wanted
            found.append(("required_gender", met, reason(f"required_by_{who}_gender")))
        if "style" in side.requires and side.style:
            met = other.style == side.style
            key = f"required_by_{who}_style"
            found.append(("required_style", met, reason(key, style=side.style)))
    return found


def requirements_met(mentor: Profile, mentee: Profile) -> list[tuple[str, Reason]]:
    """The requirements of either side this pair meets, as reasons for the pair."""
    return [(rule, why) for rule, met, why in _requirements(mentor, mentee) if met]


def requirements_allow(mentor: Profile, mentee: Profile) -> bool:
    """Whether the pair meets every requirement of both sides."""
    return all(met for _, met, _ in _requirements(mentor, mentee))


def violation_reasons(
    mentor: Profile, mentee: Profile, settings: MatchSettings
) -> list[tuple[str, Reason]]:
    """Every hard rule the pair breaks, as (rule, structured reason), most fundamental first."""
    found: list[tuple[str, Reason]] = []
    if not mentor.active:
        found.append(("withdrawn", reason("rule_mentor_withdrawn")))
    if not mentee.active:
        found.append(("withdrawn", reason("rule_mentee_withdrawn")))
    if mentor.person_id == mentee.person_id:
        found.append(("same_person", reason("rule_same_person")))
    ban = settings.ban_reason(mentor.person_id, mentee.person_id)
    if ban is not None:
        if ban.strip():
            found.append(("never_pair", reason("rule_never_pair_because", ban=ban)))
        else:
            found.append(("never_pair", reason("rule_never_pair")))
    found += [(rule, why) for rule, met, why in _requirements(mentor, mentee) if not met]
    if mentee.matched:
        found.append(("mentee_matched", reason("rule_mentee_matched")))
    if mentor.capacity <= 0:
        found.append(("capacity", reason("rule_capacity")))
    return found


def violations(mentor: Profile, mentee: Profile, settings: MatchSettings) -> list[tuple[str, str]]:
    """Every hard rule the pair breaks, as (rule, English sentence), most fundamental first."""
    return [(rule, render(why, "en")) for rule, why in violation_reasons(mentor, mentee, settings)]


def exclusion(
    mentor: Profile, mentee: Profile, settings: MatchSettings, score: float
) -> str | None:
    """The hard rule that keeps matching from proposing this pair, or None."""
    found = violations(mentor, mentee, settings)
    if found:
        return found[0][1]
    if score < settings.min_score - 1e-9:
        below = reason("rule_score_under_minimum", score=score, minimum=settings.min_score)
        return render(below, "en")
    return None
