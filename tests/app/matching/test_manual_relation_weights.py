"""A pair made or looked at by hand is scored with its relation's criteria, as a proposal
scores it, not with every criterion of the program."""

from __future__ import annotations

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Match, Program
from app.matching.manual import rank_mentors
from app.matching.proposal import propose_matches
from app.matching.service import create_manual_match, explain_pair
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor


def _language_only(db: Database, cycle: CycleInfo) -> None:
    """The relation weighs shared languages only."""
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        mentor_role, mentee_role = cycle.role_ladder[:2]
        relation = {
            "mentor_role": mentor_role,
            "mentee_role": mentee_role,
            "kind": "pairs",
            "criteria": ["language"],
        }
        program.settings = {**(program.settings or {}), "relations": [relation]}


def _people(db: Database, cycle: CycleInfo) -> tuple[int, int, int]:
    # Same interests and city, other language; or the same language and nothing else.
    alike, speaker = add_people(
        db,
        cycle,
        0,
        [
            mentor("alike@example.org", "Alike", interests=["hockey", "music"], city="Laval",
                   languages=["English"]),
            mentor("speaker@example.org", "Speaker", interests=["chess"], city="Gatineau",
                   languages=["French"]),
        ],
    )  # fmt: skip
    (student,) = add_people(
        db,
        cycle,
        1,
        [mentee("student@example.org", "Student", interests=["hockey", "music"], city="Laval",
                languages=["French"])],
    )  # fmt: skip
    return alike, speaker, student


def test_the_manual_ranking_weighs_only_the_relation_s_criteria(
    db: Database, cycle: CycleInfo
) -> None:
    alike, speaker, student = _people(db, cycle)
    with db.read() as session:
        before = {o.id: o.score for o in rank_mentors(session, student)}
    assert before[alike] > before[speaker]  # every criterion: interests and city win
    _language_only(db, cycle)
    with db.read() as session:
        ranked = rank_mentors(session, student)
        explained = explain_pair(session, speaker, student)
        proposal = propose_matches(session, cycle.id)
    assert [o.id for o in ranked] == [speaker, alike]
    scores = {o.id: o.score for o in ranked}
    assert scores[alike] < scores[speaker]
    (proposed,) = [m for m in proposal.matches if m.mentee_id == student]
    assert proposed.mentor_id == speaker
    assert scores[speaker] == proposed.score == explained.score


def test_a_hand_made_pair_keeps_the_score_its_relation_gives(
    db: Database, cycle: CycleInfo
) -> None:
    _alike, speaker, student = _people(db, cycle)
    _language_only(db, cycle)
    with db.read() as session:
        proposal = propose_matches(session, cycle.id)
    (proposed,) = [m for m in proposal.matches if m.mentee_id == student]
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, speaker, student)
    with db.read() as session:
        match = session.get(Match, match_id)
        assert match is not None
        assert match.score == proposed.score
        assert all(r.get("key") != "shared_interests" for r in match.reasons or [])
