"""Matching's refusals and limits said in French, their English kept word for word."""

from __future__ import annotations

import pickle

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Participant
from app.errors import RuleViolationError
from app.matching.service import (
    create_manual_match,
    end_match,
    list_matches,
    propose_matches,
)
from app.programs.service import CycleInfo
from app.sentences import NB, Sentence, render, templates
from tests.app.matching.helpers import set_matching
from tests.factories import add_people, mentee, mentor

Ids = tuple[list[int], list[int]]


def test_every_matching_template_has_the_same_parameters_in_french() -> None:
    import string

    import app.matching.messages  # noqa: F401

    def names(text: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(text) if n}

    for key, (english, french) in templates().items():
        if key.startswith("matching.") and key != "matching.text":
            assert french.strip() and french != english, key
            # French may use its own words for a role, never a parameter nobody gives
            assert names(french) - names(english) <= {"people_fr", "mentor_role", "language_fr"}


def test_capacity_rule_broken_is_refused_in_both_languages(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with pytest.raises(RuleViolationError) as refused, db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[1])
    message = refused.value.message
    assert message == "The mentor has no places left. Give a reason to override this rule."
    assert isinstance(message, Sentence)
    assert render(message, "fr") == (
        "Le mentor n'a plus de place. Donnez une raison pour passer outre à cette règle."
    )


def test_banned_pair_is_refused_in_french(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    mentors, mentees = small_cycle
    with db.read() as session:
        person = {p.id: p.person_id for p in session.scalars(select(Participant))}
    ban = {"mentor_person": person[mentors[0]], "mentee_person": person[mentees[0]], "reason": ""}
    set_matching(db, cycle.program_id, never_pair=[ban])
    with pytest.raises(RuleViolationError) as refused, db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0])
    message = refused.value.message
    assert message == "On the never-pair list. Give a reason to override this rule."
    french = render(message, "fr")
    assert "never-pair" not in french and "Donnez une raison" in french


def test_ending_an_ended_match(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[1], mentees[1])
    with db.write() as session:
        end_match(session, match_id, "moved away")
    with pytest.raises(RuleViolationError) as refused, db.write() as session:
        end_match(session, match_id, "again")
    assert refused.value.message == "This match has already ended."
    assert render(refused.value.message, "fr") == "Ce jumelage est déjà terminé."
    with db.read() as session:
        assert [m.status for m in list_matches(session, cycle.id)] == ["ended"]


def test_shortage_limits_in_french(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor(f"m{i}@x.org", f"M{i}", capacity=2) for i in range(2)])
    add_people(db, cycle, 1, [mentee(f"s{i}@x.org", f"S{i}") for i in range(7)])
    with db.read() as session:
        proposal = propose_matches(session, cycle.id)
    [limit] = proposal.limits
    assert limit == (
        "3 medical students are unmatched: all mentor places are taken; "
        "2 more mentors (capacity 2) would be needed"
    )
    assert render(limit, "fr") == (
        f"3 mentorés (Medical student) sans jumelage{NB}: toutes les places de mentor sont "
        "prises; il faudrait 2 mentors de plus (capacité de 2)"
    )
    assert proposal.to_json()["limits"] == [limit]  # the CLI's JSON keeps the English
    # A proposal sent to the worker process and back still speaks French.
    assert render(pickle.loads(pickle.dumps(limit)), "fr") == render(limit, "fr")
