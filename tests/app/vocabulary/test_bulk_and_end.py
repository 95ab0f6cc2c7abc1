"""Bulk edit of the roster and the end of a match, on a real SQLite file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Match, Participant
from app.errors import RuleViolationError, UnusableInputError
from app.matching.changes import reopen_match
from app.matching.service import create_manual_match, end_match
from app.programs.service import CycleInfo
from app.roster.bulk import bulk_edit

Ids = tuple[list[int], list[int]]


def test_bulk_edit_sets_languages_adds_interests_and_next_cycle(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    _mentors, mentees = small_cycle
    with db.write() as session:
        changed = bulk_edit(
            session,
            mentees[:2],
            languages=["English", "French"],
            add_interests=["Research"],
            next_cycle="returning",
            preferred_language="fr",
        )
    assert changed == 2
    with db.read() as session:
        people = [session.get(Participant, i) for i in mentees[:2]]
        for person in people:
            assert person is not None
            assert len(person.person.languages) == 2
            assert person.person.preferred_language == "fr"
            assert person.next_cycle == "returning"
            assert "research" in [str(i).casefold() for i in person.interests]
        actions = list(session.scalars(select(AuditEvent.action)))
    assert actions.count("bulk_update") == 2
    with db.write() as session:  # the same again changes nobody
        assert bulk_edit(session, mentees[:2], add_interests=["Research"]) == 0


def test_bulk_role_change_of_a_matched_person_changes_nobody(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with pytest.raises(RuleViolationError), db.write() as session:
        bulk_edit(session, [mentees[1], mentees[0]], role=cycle.role_ladder[0])
    with db.read() as session:
        roles = {session.get(Participant, i).role for i in mentees[:2]}  # type: ignore[union-attr]
    assert roles == {cycle.role_ladder[1]}  # one transaction: nobody changed
    with pytest.raises(UnusableInputError), db.write() as session:
        bulk_edit(session, mentees)


def test_end_category_is_kept_and_cleared_by_reopening(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[0], mentees[0])
        end_match(session, match_id, "Goals met: project done", "goals_met")
    with db.read() as session:
        match = session.get(Match, match_id)
        assert match is not None
        assert (match.status, match.end_category) == ("ended", "goals_met")
        details = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "end")
        ).one()
    assert details == {"category": "goals_met"}  # no personal text in the audit trail
    with db.write() as session:
        reopen_match(session, match_id, "confirmed", "undo")
    with db.read() as session:
        match = session.get(Match, match_id)
        assert match is not None and (match.status, match.end_category) == ("confirmed", "")
    with pytest.raises(ValueError), db.write() as session:
        end_match(session, match_id, "Because", "holiday")
