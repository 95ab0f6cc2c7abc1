"""Hypothesis strategies: small random profiles drawn from realistic answers."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from app.matching.profile import Ban, MatchSettings, Profile

INTERESTS = ["Neonatology", "néonatology", "research", "Advocacy", "global health", "genetics"]
PLACES = [("Montréal", "QC"), ("Montreal", ""), ("Québec", "QC"), ("Toronto", "ON"), ("", "")]
LANGUAGES = ["English", "French", "Punjabi", "Spanish"]
INSTITUTIONS = ["", "McGill", "Laval", "mcgill"]


@st.composite
def profiles(draw: st.DrawFn, pid: int, *, mentor: bool) -> Profile:
    city, province = draw(st.sampled_from(PLACES))
    prefs: dict[str, Any] = {
        "location": draw(st.sampled_from(["", "local", "anywhere"])),
        "style": draw(st.sampled_from(["", "hands_on", "laid_back"])),
    }
    if mentor:
        prefs["own_gender"] = draw(st.sampled_from(["", "woman", "man"]))
    else:
        prefs["gender"] = draw(st.sampled_from(["", "woman", "man"]))
        prefs["required_language"] = draw(st.sampled_from(["", "", "", "French"]))
    # A mentee is now and then the same person as mentor 1 (never allowed); the history
    # belongs to the person, so a repeated person has the same (empty) one.
    person_id = pid if mentor else draw(st.sampled_from([pid, pid, pid, 1]))
    past = draw(st.lists(st.integers(1, 8), max_size=2)) if person_id == pid else []
    return Profile.from_dict(
        {
            "id": pid,
            "person_id": person_id,
            "interests": draw(st.lists(st.sampled_from(INTERESTS), max_size=4)),
            "city": city,
            "province": province,
            "languages": draw(st.lists(st.sampled_from(LANGUAGES), max_size=2)),
            "preferred_language": draw(st.sampled_from(["en", "fr", ""])),
            "institution": draw(st.sampled_from(INSTITUTIONS)),
            "preferences": prefs,
            "capacity": draw(st.integers(0, 2)) if mentor else 1,
            "status": draw(st.sampled_from(["active", "active", "active", "withdrawn"])),
            "past_partners": past,
        }
    )


@st.composite
def instances(
    draw: st.DrawFn, max_mentors: int = 3, max_mentees: int = 4
) -> tuple[list[Profile], list[Profile], MatchSettings]:
    n_mentors = draw(st.integers(1, max_mentors))
    n_mentees = draw(st.integers(1, max_mentees))
    mentors = [draw(profiles(i + 1, mentor=True)) for i in range(n_mentors)]
    mentees = [draw(profiles(i + 5, mentor=False)) for i in range(n_mentees)]
    weights = {
        name: draw(st.sampled_from([0.0, 1.0, 2.0, 3.0]))
        for name in ("interests", "location", "language", "institution", "style", "gender")
    }
    weights["continuity"] = 1.0
    settings = MatchSettings(
        weights=weights,
        institution_rule=draw(st.sampled_from(["different", "same", "ignore"])),
        continuity=draw(st.sampled_from(["keep", "avoid", "ignore"])),
        min_score=draw(st.sampled_from([0.0, 0.0, 0.3, 0.6])),
        mode=draw(st.sampled_from(["max_matches", "good_only"])),
        never_pair=tuple(
            Ban(m, e)
            for m, e in draw(st.lists(st.tuples(st.integers(1, 3), st.integers(5, 8)), max_size=2))
        ),
    )
    return mentors, mentees, settings
