"""The matching criteria, pair by pair, with the sentence that explains each score.

Every criterion scores a mentor–mentee pair in [0, 1]. ``matrix.score_matrix`` computes
the same numbers for all pairs at once with numpy; this module is the readable reference,
used for the reasons of chosen pairs, candidate lists and single-pair explanations (a test
checks that both agree).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.matching.profile import (
    CRITERIA,
    MatchSettings,
    Profile,
    fold,
    language_code,
    language_name,
)

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
    """One criterion's score for a pair; ``notable`` sentences can serve as reasons."""

    criterion: str
    score: float
    sentence: str
    notable: bool = True


def interests(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    wanted = mentee.interest_keys
    offered = mentor.interest_keys
    shared = [spelling for key, spelling in wanted.items() if key in offered]
    if not wanted:
        return CriterionResult("interests", 0.0, "The mentee listed no interests", False)
    if not shared:
        return CriterionResult("interests", 0.0, "No shared interests", False)
    score = min(1.0, len(shared) / min(INTEREST_FULL_AT, len(wanted)))
    return CriterionResult("interests", score, f"Both interested in {join_words(shared)}")


def location(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    level = location_level(mentor, mentee)
    pref = mentee.location if mentee.location in LOCATION_PREFERENCES else ""
    score = LOCATION_TABLE[LOCATION_PREFERENCES.index(pref)][level]
    place = mentee.city.strip() if level == 0 else mentee.province.strip()
    if level == 0:
        extra = ", as the mentee asked for a local mentor" if pref == "local" else ""
        return CriterionResult("location", score, f"Both in {place}{extra}")
    if pref == "local":
        where = f"in the same province ({place})" if level == 1 else "in another city"
        return CriterionResult(
            "location", score, f"The mentee asked for a local mentor; the mentor is {where}", False
        )
    if pref == "anywhere":
        return CriterionResult(
            "location", score, "The mentee welcomes a mentor from anywhere in the country"
        )
    if level == 1:
        return CriterionResult("location", score, f"Both in {place}")
    return CriterionResult("location", score, "In different cities", False)


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
    if preferred and preferred in mentor.spoken:
        name = language_name(preferred)
        sentence = f"Both speak {name}, the mentee's preferred language"
        return CriterionResult("language", LANGUAGE_PREFERRED, sentence)
    shared = sorted(mentee.spoken & mentor.spoken)
    if shared:
        names = join_words([language_name(code) for code in shared])
        return CriterionResult("language", LANGUAGE_SHARED, f"Both speak {names}")
    return CriterionResult("language", 0.0, "No language in common", False)


def institution(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    rule = settings.institution_rule
    a, b = fold(mentor.institution), fold(mentee.institution)
    if rule == "ignore":
        return CriterionResult("institution", 0.0, "Institution not considered", False)
    if not a or not b:
        return CriterionResult("institution", UNKNOWN, "Institution not known for both", False)
    same = a == b
    if rule == "same":
        if same:
            return CriterionResult("institution", 1.0, f"Both at {mentee.institution.strip()}")
        return CriterionResult("institution", 0.0, "At different institutions", False)
    if same:
        sentence = f"Both at {mentee.institution.strip()} (the program prefers different ones)"
        return CriterionResult("institution", 0.0, sentence, False)
    sentence = "From different institutions, widening the mentee's network"
    return CriterionResult("institution", 1.0, sentence)


def style(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    a, b = mentor.style, mentee.style
    if not a or not b:
        return CriterionResult("style", UNKNOWN, "Mentoring style not stated by both", False)
    if a == b:
        return CriterionResult("style", 1.0, f"Both prefer a {_style(a)} relationship")
    sentence = f"The mentee prefers a {_style(b)} relationship, the mentor a {_style(a)} one"
    return CriterionResult("style", 0.0, sentence, False)


def gender(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    wanted = mentee.gender_wanted
    if not wanted:
        return CriterionResult("gender", 1.0, "No gender preference stated", False)
    if not mentor.own_gender:
        return CriterionResult("gender", UNKNOWN, "The mentor's gender is not recorded", False)
    if mentor.own_gender == wanted:
        return CriterionResult("gender", 1.0, "The mentor's gender is the one the mentee asked for")
    sentence = "The mentor's gender is not the one the mentee asked for"
    return CriterionResult("gender", 0.0, sentence, False)


def continuity(mentor: Profile, mentee: Profile, settings: MatchSettings) -> CriterionResult:
    rule = settings.continuity
    before = mentor.person_id in mentee.past_partners or mentee.person_id in mentor.past_partners
    if rule == "ignore":
        return CriterionResult("continuity", 0.0, "Earlier cycles not considered", False)
    if rule == "keep":
        if before:
            return CriterionResult("continuity", 1.0, "Matched together in an earlier cycle")
        return CriterionResult("continuity", 0.0, "Not matched together before", False)
    if before:
        sentence = "Matched together in an earlier cycle (the program prefers new pairs)"
        return CriterionResult("continuity", 0.0, sentence, False)
    return CriterionResult("continuity", 1.0, "A new pairing", False)


Criterion = Callable[[Profile, Profile, MatchSettings], CriterionResult]
CRITERION_FUNCTIONS: dict[str, Criterion] = {
    "interests": interests,
    "location": location,
    "language": language,
    "institution": institution,
    "style": style,
    "gender": gender,
    "continuity": continuity,
}
assert tuple(CRITERION_FUNCTIONS) == CRITERIA


@dataclass(frozen=True)
class PairScore:
    """A pair's weighted score in [0, 1], its reasons and each criterion's share of it."""

    score: float
    reasons: list[str]
    contributions: dict[str, float]
    results: tuple[CriterionResult, ...]


def score_pair(mentor: Profile, mentee: Profile, settings: MatchSettings) -> PairScore:
    total_weight = settings.total_weight
    results = tuple(CRITERION_FUNCTIONS[name](mentor, mentee, settings) for name in CRITERIA)
    contributions: dict[str, float] = {}
    raw = 0.0
    for result in results:
        weight = settings.weight(result.criterion)
        if weight > 0 and total_weight > 0:
            share = weight * result.score / total_weight
            raw += share
            contributions[result.criterion] = round(share, SCORE_DECIMALS)
    ranked = sorted(
        (r for r in results if r.notable and r.score > 0 and contributions.get(r.criterion, 0)),
        key=lambda r: -contributions[r.criterion],
    )
    return PairScore(
        score=quantise(raw),
        reasons=[r.sentence for r in ranked],
        contributions=contributions,
        results=results,
    )


def violations(mentor: Profile, mentee: Profile, settings: MatchSettings) -> list[tuple[str, str]]:
    """Every hard rule the pair breaks, as (rule, sentence), most fundamental first."""
    found: list[tuple[str, str]] = []
    if not mentor.active:
        found.append(("withdrawn", "The mentor has withdrawn from this cycle"))
    if not mentee.active:
        found.append(("withdrawn", "The mentee has withdrawn from this cycle"))
    if mentor.person_id == mentee.person_id:
        found.append(("same_person", "A person cannot mentor themselves"))
    ban = settings.ban_reason(mentor.person_id, mentee.person_id)
    if ban is not None:
        found.append(("never_pair", "On the never-pair list" + (f": {ban}" if ban.strip() else "")))
    if mentee.required_language and mentee.required_language not in mentor.spoken:
        language = language_name(mentee.required_language)
        found.append(("required_language", f"The mentee requires a mentor who speaks {language}"))
    if mentee.matched:
        found.append(("mentee_matched", "The mentee already has a match"))
    if mentor.capacity <= 0:
        found.append(("capacity", "The mentor has no places left"))
    return found


def exclusion(
    mentor: Profile, mentee: Profile, settings: MatchSettings, score: float
) -> str | None:
    """The hard rule that keeps matching from proposing this pair, or None."""
    found = violations(mentor, mentee, settings)
    if found:
        return found[0][1]
    if score < settings.min_score - 1e-9:
        return f"Score {score:.2f} is under the program's minimum of {settings.min_score:.2f}"
    return None


def join_words(words: list[str]) -> str:
    """["a"] → "a"; ["a", "b", "c"] → "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _style(key: str) -> str:
    return key.replace("_", "-")
