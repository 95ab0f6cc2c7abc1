"""Saving proposals and managing matches: apply, confirm, reject, end, manual, pin, explain."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Match, Participant
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.matching.service import (
    apply_proposal,
    confirm_matches,
    create_manual_match,
    end_match,
    explain_pair,
    list_matches,
    propose_matches,
    reject_match,
    set_pinned,
)
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.service import set_status
from tests.app.matching.helpers import set_matching
from tests.factories import add_people, mentee, mentor

Ids = tuple[list[int], list[int]]


def actions(db: Database) -> list[tuple[str, int | None]]:
    with db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "match"))
        return [(e.action, e.entity_id) for e in events]


def test_apply_saves_proposed_matches_with_reasons(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    with db.write() as session:
        proposal = propose_matches(session, cycle.id)
        ids = apply_proposal(session, cycle.id, proposal)
    with db.read() as session:
        rows = list_matches(session, cycle.id)
    assert [r.id for r in rows] == ids and len(ids) == 3
    chloe = next(r for r in rows if r.mentee_email == "chloe@example.org")
    assert (chloe.status, chloe.origin, chloe.pinned) == ("proposed", "assisted", False)
    assert chloe.mentor_name == "Ana Mentor" and chloe.mentor_institution == "McGill"
    assert chloe.mentee_institution == "Laval"
    assert chloe.reasons[0] == "Both interested in Neonatology and Research"
    assert chloe.score == next(m.score for m in proposal.matches if m.mentee_id == chloe.mentee_id)
    assert actions(db) == [("create", i) for i in ids]
    # Everyone is matched now: a new proposal has nothing to do.
    with db.read() as session:
        assert propose_matches(session, cycle.id).matches == []


def test_apply_with_confirm(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    with db.write() as session:
        ids = apply_proposal(session, cycle.id, propose_matches(session, cycle.id), confirm=True)
    with db.read() as session:
        matches = [session.get(Match, i) for i in ids]
        assert all(m is not None and m.status == "confirmed" and m.confirmed_at for m in matches)
        assert list_matches(session, cycle.id, ["proposed"]) == []


def test_apply_refuses_stale_proposals(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    mentors, mentees = small_cycle
    with db.read() as session:
        proposal = propose_matches(session, cycle.id)
    with db.write() as session:
        create_manual_match(session, cycle.id, mentors[1], mentees[0])  # Chloé taken meanwhile
    with (
        pytest.raises(RuleViolationError, match=r"out of date.*already has a match"),
        db.write() as s,
    ):
        apply_proposal(s, cycle.id, proposal)
    with db.read() as session:
        assert len(list_matches(session, cycle.id)) == 1  # nothing of the proposal saved


def test_apply_refuses_over_capacity_and_other_cycles(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    with db.read() as session:
        proposal = propose_matches(session, cycle.id)
    ana = next(m for m in proposal.matches if m.mentor_email == "ana@example.org")
    doubled = dataclasses.replace(
        proposal,
        matches=[
            m
            if m.mentor_email == "ana@example.org"
            else dataclasses.replace(m, mentor_id=ana.mentor_id)
            for m in proposal.matches
        ],
    )
    with pytest.raises(RuleViolationError, match="more mentees than places"), db.write() as s:
        apply_proposal(s, cycle.id, doubled)
    with db.write() as session:
        other = programs.create_cycle(session, cycle.program_id, "2026-2027")
    with pytest.raises(RuleViolationError, match="made for cycle"), db.write() as s:
        apply_proposal(s, other, proposal)


def test_confirm_reject_end_and_pin(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    with db.write() as session:
        first, second, third = apply_proposal(session, cycle.id, propose_matches(session, cycle.id))
    with db.write() as session:
        assert confirm_matches(session, [first, first]) == 1
        assert confirm_matches(session, [first]) == 0  # already confirmed
        set_pinned(session, second, True)
    with pytest.raises(RuleViolationError, match="pinned"), db.write() as session:
        reject_match(session, second)
    with pytest.raises(RuleViolationError, match="Only a proposed"), db.write() as session:
        reject_match(session, first)
    with db.write() as session:
        set_pinned(session, second, False)
        reject_match(session, second)
        reject_match(session, third)
    with pytest.raises(UnusableInputError), db.write() as session:
        end_match(session, first, "  ")
    with db.write() as session:
        end_match(session, first, "The mentee moved abroad")
    with db.read() as session:
        [row] = list_matches(session, cycle.id)
        match = session.get(Match, first)
        assert match is not None and match.ended_at is not None
        assert (row.status, match.end_reason) == ("ended", "The mentee moved abroad")
        assert session.get(Match, second) is None
    with pytest.raises(RuleViolationError, match="already ended"), db.write() as session:
        end_match(session, first, "again")
    with pytest.raises(RuleViolationError), db.write() as session:
        set_pinned(session, first, True)
    with pytest.raises(NotFoundError), db.write() as session:
        confirm_matches(session, [second])
    assert [a for a, _ in actions(db)][3:] == ["confirm", "pin", "unpin", "reject", "reject", "end"]
    with db.read() as session:
        details = session.scalars(select(AuditEvent.details).where(AuditEvent.action == "end"))
        assert "moved" not in str(list(details))  # no personal text in the audit trail


def test_manual_match_scored_and_rules_enforced(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with db.read() as session:
        [row] = list_matches(session, cycle.id)
    assert (row.id, row.origin, row.status) == (match_id, "manual", "confirmed")
    assert row.score and row.reasons[0] == "Both interested in Neonatology and Research"
    # Ana (capacity 1) is full and Chloé is matched: both rules named, refused.
    with pytest.raises(RuleViolationError) as refused, db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0])
    assert "already has a match" in refused.value.message
    assert "no places left" in refused.value.message
    with pytest.raises(RuleViolationError, match="role"), db.write() as session:
        create_manual_match(session, cycle.id, mentees[1], mentors[1])
    with db.write() as session:
        forced = create_manual_match(
            session, cycle.id, mentors[0], mentees[1], override_reason="Agreed with both"
        )
    with db.read() as session:
        details = session.scalars(
            select(AuditEvent.details).where(
                AuditEvent.entity_id == forced, AuditEvent.entity == "match"
            )
        ).one()
    assert details["overridden"] == ["capacity"]
    assert details["override_reason"] == "Agreed with both"


def test_manual_match_refuses_withdrawn_and_banned(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        set_status(session, mentees[2], "withdrawn")
    with pytest.raises(RuleViolationError, match="withdrawn"), db.write() as session:
        create_manual_match(session, cycle.id, mentors[1], mentees[2])
    with pytest.raises(NotFoundError), db.write() as session:
        create_manual_match(session, cycle.id, mentors[1], 9999)


def test_explain_pair(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    mentors, mentees = small_cycle
    with db.read() as session:
        good = explain_pair(session, mentors[0], mentees[0])
        roles = explain_pair(session, mentees[0], mentors[0])
    assert good.excluded_by is None and good.remaining_capacity == 1
    assert good.mentor_email == "ana@example.org" and good.score > 0.8
    assert "Both in Montreal, as the mentee asked for a local mentor" in good.reasons
    assert roles.excluded_by == "The mentor's role is not the rung just above the mentee's"


def test_continuity_from_an_earlier_cycle(db: Database, cycle: CycleInfo) -> None:
    old_mentors = add_people(db, cycle, 0, [mentor("a@x.org", "A"), mentor("b@x.org", "B")])
    old_mentees = add_people(db, cycle, 1, [mentee("s@x.org", "S")])
    with db.write() as session:
        create_manual_match(session, cycle.id, old_mentors[1], old_mentees[0])
        confirm_matches(session, [m.id for m in list_matches(session, cycle.id)])
        new = programs.get_cycle(session, programs.create_cycle(session, cycle.program_id, "2026"))
    mentors = add_people(db, new, 0, [mentor("a@x.org", "A"), mentor("b@x.org", "B")])
    mentees = add_people(db, new, 1, [mentee("s@x.org", "S")])
    with db.read() as session:
        [kept] = propose_matches(session, new.id).matches
    assert kept.mentor_id == mentors[1] and kept.mentee_id == mentees[0]
    assert "Matched together in an earlier cycle" in kept.reasons
    set_matching(db, cycle.program_id, continuity="avoid")
    with db.read() as session:
        [fresh] = propose_matches(session, new.id).matches
    assert fresh.mentor_id == mentors[0]


def test_never_pair_in_explain_and_manual(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    mentors, mentees = small_cycle
    with db.read() as session:
        person = {p.id: p.person_id for p in session.scalars(select(Participant))}
    ban = {"mentor_person": person[mentors[0]], "mentee_person": person[mentees[0]], "reason": ""}
    set_matching(db, cycle.program_id, never_pair=[ban])
    with db.read() as session:
        assert explain_pair(session, mentors[0], mentees[0]).excluded_by == "On the never-pair list"
    with pytest.raises(RuleViolationError, match="never-pair"), db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0], override_reason="Cleared")
