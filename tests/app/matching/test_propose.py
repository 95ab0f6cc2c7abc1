"""propose_matches through a real database: rules, ladders, limits, candidates, JSON."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.engine import Database
from app.db.models import AuditEvent, Match
from app.errors import OperationCancelled
from app.matching import criteria
from app.matching.loading import load_roster
from app.matching.profile import MatchSettings, Profile
from app.matching.service import Proposal, propose_matches
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.service import set_status
from tests.app.matching.helpers import set_matching
from tests.factories import add_people, mentee, mentor

Ids = tuple[list[int], list[int]]


def propose(db: Database, cycle: CycleInfo, candidates: int = 0) -> Proposal:
    with db.read() as session:
        return propose_matches(session, cycle.id, candidates=candidates)


def pairs(proposal: Proposal) -> set[tuple[str, str]]:
    return {(m.mentor_email, m.mentee_email) for m in proposal.matches}


def add_match(db: Database, cycle: CycleInfo, mentor_id: int, mentee_id: int, **fields: Any) -> int:
    with db.write() as session:
        match = Match(cycle_id=cycle.id, mentor_id=mentor_id, mentee_id=mentee_id, **fields)
        session.add(match)
        session.flush()
        return match.id


def test_best_pairs_with_reasons(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    proposal = propose(db, cycle)
    assert pairs(proposal) == {
        ("ana@example.org", "chloe@example.org"),
        ("ben@example.org", "dev@example.org"),
        ("ben@example.org", "eli@example.org"),
    }
    chloe = next(m for m in proposal.matches if m.mentee_email == "chloe@example.org")
    assert chloe.reasons[0] == "Both interested in Neonatology and Research"
    assert "Both speak French, the mentee's preferred language" in chloe.reasons
    assert chloe.score == pytest.approx(sum(chloe.contributions.values()), abs=1e-3)
    assert chloe.mentor_name == "Ana Mentor" and chloe.mentee_id == small_cycle[1][0]
    assert proposal.total_score == pytest.approx(sum(m.score for m in proposal.matches))
    assert proposal.unmatched_mentees == [] and proposal.unmatched_mentors == []
    assert proposal.limits == []


def test_read_only(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    propose(db, cycle)
    with db.read() as session:
        assert session.query(Match).count() == 0
        assert session.query(AuditEvent).filter_by(entity="match").count() == 0


def test_capacity_is_respected_and_shortage_explained(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor(f"m{i}@x.org", f"M{i}", capacity=2) for i in range(2)])
    add_people(db, cycle, 1, [mentee(f"s{i}@x.org", f"S{i}") for i in range(7)])
    proposal = propose(db, cycle)
    assert len(proposal.matches) == 4
    per_mentor = [sum(m.mentor_email == f"m{i}@x.org" for m in proposal.matches) for i in range(2)]
    assert per_mentor == [2, 2]
    assert len(proposal.unmatched_mentees) == 3
    assert proposal.limits == [
        "3 medical students are unmatched: all mentor places are taken; "
        "2 more mentors (capacity 2) would be needed"
    ]


def test_existing_live_matches_use_places_and_keep_mentees(db: Database, cycle: CycleInfo) -> None:
    mentors = add_people(db, cycle, 0, [mentor("m@x.org", "M", capacity=2), mentor("n@x.org", "N")])
    mentees = add_people(db, cycle, 1, [mentee(f"s{i}@x.org", f"S{i}") for i in range(4)])
    add_match(db, cycle, mentors[0], mentees[0], status="active")
    add_match(db, cycle, mentors[1], mentees[1], status="proposed", pinned=True)
    add_match(db, cycle, mentors[1], mentees[2], status="ended")  # ended: frees the place
    proposal = propose(db, cycle)
    # M has one place left, N (pinned proposal) none; the tie goes to the earlier sign-up.
    assert [(m.mentor_id, m.mentee_id) for m in proposal.matches] == [(mentors[0], mentees[2])]
    assert proposal.unmatched_mentees == [(mentees[3], "s3@x.org")]
    assert proposal.unmatched_mentors == []


def test_withdrawn_participants_are_left_out(db: Database, cycle: CycleInfo) -> None:
    mentors = add_people(db, cycle, 0, [mentor("m@x.org", "M"), mentor("gone@x.org", "G")])
    mentees = add_people(db, cycle, 1, [mentee("s@x.org", "S"), mentee("left@x.org", "L")])
    with db.write() as session:
        set_status(session, mentors[1], "withdrawn")
        set_status(session, mentees[1], "withdrawn")
    proposal = propose(db, cycle, candidates=3)
    assert pairs(proposal) == {("m@x.org", "s@x.org")}
    assert proposal.unmatched_mentees == [] and proposal.unmatched_mentors == []
    assert [c.mentor_email for c in proposal.candidates["s@x.org"]] == ["m@x.org"]


def test_never_pair_list(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor("m@x.org", "M", interests=["research"])])
    add_people(db, cycle, 1, [mentee("s@x.org", "S", interests=["research"])])
    roster_ids = _person_ids(db, cycle)
    set_matching(
        db,
        cycle.program_id,
        never_pair=[
            {
                "mentor_person": roster_ids["m@x.org"],
                "mentee_person": roster_ids["s@x.org"],
                "reason": "family",
            }
        ],
    )
    proposal = propose(db, cycle, candidates=2)
    assert proposal.matches == []
    assert proposal.unmatched_mentees[0][1] == "s@x.org"
    [excluded] = proposal.candidates["s@x.org"]
    assert excluded.excluded_by == "On the never-pair list: family"
    assert "ruled out for them" in proposal.limits[0]


def _person_ids(db: Database, cycle: CycleInfo) -> dict[str, int]:
    with db.read() as session:
        roster = load_roster(session, cycle.id)
        return {p.email: p.person_id for p in roster.profiles.values()}


def test_required_language(db: Database, cycle: CycleInfo) -> None:
    add_people(
        db,
        cycle,
        0,
        [
            mentor("en@x.org", "E", languages=["English"], interests=["research"]),
            mentor("fr@x.org", "F", languages=["Français"], preferred_language="fr"),
        ],
    )
    add_people(
        db,
        cycle,
        1,
        [
            mentee(
                "s@x.org", "S", interests=["research"], preferences={"required_language": "French"}
            ),
            mentee("t@x.org", "T", preferences={"required_language": "Punjabi"}),
        ],
    )
    proposal = propose(db, cycle, candidates=1)
    assert pairs(proposal) == {("fr@x.org", "s@x.org")}
    first = proposal.candidates["s@x.org"][0]
    assert first.mentor_email == "en@x.org"
    assert first.excluded_by == "The mentee requires a mentor who speaks French"
    assert proposal.limits == [
        "1 medical student is unmatched: no mentor with a place left speaks Punjabi, "
        "which they require"
    ]


def test_min_score_and_good_only(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor("m@x.org", "M", interests=["research"], capacity=3)])
    add_people(
        db, cycle, 1, [mentee("good@x.org", "G", interests=["research"]), mentee("far@x.org", "F")]
    )
    set_matching(db, cycle.program_id, min_score=0.6, mode="good_only")
    proposal = propose(db, cycle, candidates=1)
    assert pairs(proposal) == {("m@x.org", "good@x.org")}
    excluded = proposal.candidates["far@x.org"][0].excluded_by
    assert excluded is not None and "under the program's minimum of 0.60" in excluded


def test_deterministic(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor(f"m{i}@x.org", f"M{i}", capacity=2) for i in range(3)])
    add_people(db, cycle, 1, [mentee(f"s{i}@x.org", f"S{i}") for i in range(8)])  # all tie
    first, second = propose(db, cycle, candidates=2), propose(db, cycle, candidates=2)
    assert first.to_json() == second.to_json()
    # Ties go to earlier sign-ups and spread over the mentors.
    assert [e for _, e in first.unmatched_mentees] == ["s6@x.org", "s7@x.org"]


def test_three_rung_ladder_matches_each_relation(db: Database) -> None:
    with db.write() as session:
        program_id = programs.create_program(
            session, "Cascade", role_ladder=["Resident", "Student mentor", "Youth"]
        )
        cycle = programs.get_cycle(session, programs.create_cycle(session, program_id, "2025"))
    add_people(db, cycle, 0, [mentor("r@x.org", "R", capacity=2)])
    add_people(db, cycle, 1, [mentor("s1@x.org", "S1"), mentor("s2@x.org", "S2")])
    add_people(
        db, cycle, 2, [mentee("y1@x.org", "Y1"), mentee("y2@x.org", "Y2"), mentee("y3@x.org", "Y3")]
    )
    proposal = propose(db, cycle)
    assert ("r@x.org", "s1@x.org") in pairs(proposal) and ("r@x.org", "s2@x.org") in pairs(proposal)
    youth = {m.mentee_email: m.mentor_email for m in proposal.matches if m.mentee_email[0] == "y"}
    assert set(youth.values()) == {"s1@x.org", "s2@x.org"} and len(youth) == 2
    assert proposal.limits == [
        "1 youth is unmatched: all mentor places are taken; "
        "1 more mentor (capacity 1) would be needed"
    ]


def test_no_mentors_and_unmatched_mentors(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 1, [mentee("s@x.org", "S")])
    assert propose(db, cycle).limits == [
        "1 medical student is unmatched: no resident mentors take part"
    ]
    add_people(db, cycle, 0, [mentor("a@x.org", "A"), mentor("b@x.org", "B")])
    proposal = propose(db, cycle)
    assert [e for _, e in proposal.unmatched_mentors] == ["b@x.org"]


def test_json_shape(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    plain = propose(db, cycle).to_json()
    assert set(plain) == {
        "cycle",
        "matches",
        "unmatched_mentees",
        "unmatched_mentors",
        "total_score",
        "limits",
        "unrecognised_preferences",
        "blocking_pairs",
        "notes",
    }
    assert plain["cycle"] == "2025-2026"
    assert set(plain["matches"][0]) == {"mentor", "mentee", "score", "reasons"}  # type: ignore[index]
    doc = propose(db, cycle, candidates=1).to_json()
    candidates = doc["candidates"]
    assert isinstance(candidates, dict) and set(candidates) == {
        "chloe@example.org",
        "dev@example.org",
        "eli@example.org",
    }
    [best] = candidates["chloe@example.org"]
    assert best == {
        "mentor": "ana@example.org",
        "score": best["score"],
        "reasons": best["reasons"],
        "excluded_by": None,
    }


def test_progress_and_cancel(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    seen: list[tuple[int, int]] = []
    with db.read() as session:
        propose_matches(session, cycle.id, progress=lambda d, t: seen.append((d, t)))
        with pytest.raises(OperationCancelled):
            propose_matches(session, cycle.id, is_cancelled=lambda: True)
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)


_CYCLE_NUMBERS = itertools.count()


@st.composite
def people_lists(draw: st.DrawFn) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    interests = st.lists(st.sampled_from(["research", "advocacy", "genetics"]), max_size=2)
    cities = st.sampled_from(["Montréal", "Toronto", ""])
    mentors = [
        mentor(
            f"m{i}@x.org",
            f"M{i}",
            interests=draw(interests),
            city=draw(cities),
            capacity=draw(st.integers(0, 2)),
            preferences={"style": draw(st.sampled_from(["", "hands_on", "laid_back"]))},
        )
        for i in range(draw(st.integers(1, 3)))
    ]
    mentees = [
        mentee(
            f"s{i}@x.org",
            f"S{i}",
            interests=draw(interests),
            city=draw(cities),
            preferences={
                "location": draw(st.sampled_from(["", "local", "anywhere"])),
                "style": draw(st.sampled_from(["", "hands_on", "laid_back"])),
            },
        )
        for i in range(draw(st.integers(1, 4)))
    ]
    return mentors, mentees


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(people_lists(), st.sampled_from(["max_matches", "good_only"]), st.sampled_from([0.0, 0.5]))
def test_service_total_is_the_brute_force_optimum(
    db: Database,
    instance: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    mode: str,
    min_score: float,
) -> None:
    label = f"c{next(_CYCLE_NUMBERS)}"
    with db.write() as session:
        cycle = programs.ensure_program_cycle(session, "Random programs", label)
    set_matching(db, cycle.program_id, mode=mode, min_score=min_score)
    mentor_ids = add_people(db, cycle, 0, instance[0])
    mentee_ids = add_people(db, cycle, 1, instance[1])
    proposal = propose(db, cycle)
    with db.read() as session:
        roster = load_roster(session, cycle.id)
    mentors = [roster.profiles[i] for i in mentor_ids]
    mentees = [roster.profiles[i] for i in mentee_ids]
    best = _brute_force(mentors, mentees, roster.settings)
    assert proposal.total_score == pytest.approx(best[1], abs=1e-6)
    if mode == "max_matches":
        assert len(proposal.matches) == best[0]
    load = {m: sum(p.mentor_id == m for p in proposal.matches) for m in mentor_ids}
    assert all(load[m.id] <= m.capacity for m in mentors)
    for match in proposal.matches:
        pair = (roster.profiles[match.mentor_id], roster.profiles[match.mentee_id])
        assert criteria.exclusion(*pair, roster.settings, match.score) is None
        assert match.score == criteria.score_pair(*pair, roster.settings).score


def _brute_force(
    mentors: list[Profile], mentees: list[Profile], match_settings: MatchSettings
) -> tuple[int, float]:
    top: tuple[int, float] = (0, 0.0)
    choices: list[Profile | None] = [None, *mentors]
    for choice in itertools.product(choices, repeat=len(mentees)):
        used = [m.id for m in choice if m is not None]
        if any(used.count(m.id) > m.capacity for m in mentors):
            continue
        total, count = 0.0, 0
        for mentor_p, mentee_p in zip(choice, mentees, strict=True):
            if mentor_p is None:
                continue
            score = criteria.score_pair(mentor_p, mentee_p, match_settings).score
            if criteria.exclusion(mentor_p, mentee_p, match_settings, score) is not None:
                break
            total, count = total + score, count + 1
        else:
            key = (count, total) if match_settings.mode == "max_matches" else (0, total)
            if key > (top if match_settings.mode == "max_matches" else (0, top[1])):
                top = (count, total)
    return top
