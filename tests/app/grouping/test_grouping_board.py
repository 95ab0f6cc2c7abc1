"""The groups board on a real cascading program: moves with their rules, locks, renames,
confirmation, and a re-run that keeps locked and confirmed groups as they are."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Group, Program
from app.errors import RuleViolationError, UnusableInputError
from app.grouping import board, editing
from app.grouping.choices import (
    CriterionChoice,
    GroupingChoices,
    group_relations,
    load_choices,
    save_choices,
)
from app.grouping.editing import NeedsConfirmation
from app.grouping.service import propose_groups, save_groups
from app.sentences import render
from tests.app.grouping.cascade import RESIDENT, STUDENT, Cascade, build_cascade, form_groups


@pytest.fixture
def cascade(db: Database) -> Cascade:
    found = build_cascade(db, students=10)
    form_groups(db, found)
    return found


def _board(db: Database, cascade: Cascade) -> board.Board:
    with db.read() as session:
        return board.load_board(session, cascade.cycle_id, STUDENT)


def test_the_board_shows_every_student_once_with_two_residents_per_group(
    db: Database, cascade: Cascade
) -> None:
    shown = _board(db, cascade)
    members = [p.participant_id for g in shown.groups for p in g.members]
    assert sorted(members) == sorted(cascade.students)
    assert all(len(g.mentors) == 2 for g in shown.groups)
    assert all(4 <= len(g.members) <= 6 for g in shown.groups)
    labels = [label for label, _kind, _fit in shown.groups[0].per_criterion]
    assert "languages" in labels and "specialty (mentors)" in labels
    assert shown.ungrouped == ()


def test_a_move_within_bounds_is_done_and_audited(db: Database, cascade: Cascade) -> None:
    first, second = _board(db, cascade).groups[:2]
    big, small = (first, second) if len(first.members) > len(second.members) else (second, first)
    mover = big.members[-1].participant_id
    with db.write() as session:
        assert editing.move_member(session, mover, big.id, small.id) == ()
    after = _board(db, cascade)
    assert mover in [p.participant_id for p in after.group(small.id).members]
    assert mover not in [p.participant_id for p in after.group(big.id).members]
    with db.read() as session:
        assert session.scalars(select(AuditEvent).where(AuditEvent.entity == "group")).all()


def test_a_move_below_the_size_bound_needs_the_coordinator_to_insist(
    db: Database, cascade: Cascade
) -> None:
    small = min(_board(db, cascade).groups, key=lambda g: len(g.members))
    mover = small.members[0].participant_id
    with db.write() as session, pytest.raises(NeedsConfirmation) as refused:
        editing.move_member(session, mover, small.id, None)
    assert str(refused.value) == (
        f"“{small.name}” would have {len(small.members) - 1} members, fewer than the 4 the "
        "program asks for."
    )
    assert mover in [p.participant_id for p in _board(db, cascade).group(small.id).members]
    with db.write() as session:
        warnings = editing.move_member(session, mover, small.id, None, insist=True)
    assert len(warnings) == 1
    left = {p.participant_id: why for p, why in _board(db, cascade).ungrouped}
    assert str(left[mover]) == "Not in a group yet."


def test_a_locked_group_refuses_moves_until_unlocked(db: Database, cascade: Cascade) -> None:
    group = _board(db, cascade).groups[0]
    with db.write() as session:
        editing.set_locked(session, group.id, True)
    with db.write() as session, pytest.raises(RuleViolationError) as refused:
        editing.move_member(session, group.members[0].participant_id, group.id, None, insist=True)
    assert str(refused.value) == f"“{group.name}” is locked: unlock it before changing its people."
    assert render(refused.value.args[0], "fr").startswith("«\u00a0Group 1\u00a0» est verrouillé")
    with db.write() as session:
        editing.set_locked(session, group.id, False)
        editing.move_member(session, group.members[0].participant_id, group.id, None, insist=True)


def test_a_keep_apart_rule_is_never_broken(db: Database, cascade: Cascade) -> None:
    first, second = _board(db, cascade).groups[:2]
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        other = second.members[0]
        email = f"stu{cascade.students.index(other.participant_id):02d}@example.org"
        mover = first.members[0]
        mine = f"stu{cascade.students.index(mover.participant_id):02d}@example.org"
        program.settings = {**program.settings, "grouping": {"apart": [[mine, email]]}}
    with db.write() as session, pytest.raises(RuleViolationError) as refused:
        editing.move_member(session, mover.participant_id, first.id, second.id, insist=True)
    assert not isinstance(refused.value, NeedsConfirmation)
    assert str(refused.value) == (
        f"{mover.name} and {other.name} must be kept apart (a rule of these groups' settings)."
    )


def test_a_resident_added_as_third_mentor_is_a_warning(db: Database, cascade: Cascade) -> None:
    first, second = _board(db, cascade).groups[:2]
    resident = second.mentors[0].participant_id
    with db.write() as session, pytest.raises(NeedsConfirmation) as refused:
        editing.move_member(session, resident, second.id, first.id)
    said = [str(w) for w in refused.value.warnings]
    assert f"“{first.name}” would have 3 mentors; the program asks for 2." in said
    assert f"“{second.name}” would have 1 of its 2 mentors." in said


def test_someone_of_another_rung_cannot_join(db: Database, cascade: Cascade) -> None:
    group = _board(db, cascade).groups[0]
    with db.write() as session, pytest.raises(RuleViolationError) as refused:
        editing.move_member(session, cascade.lead, None, group.id, insist=True)
    assert str(refused.value) == (
        "Lena Lead is neither “Student mentor” nor “Resident mentor”, so cannot join these groups."
    )


def test_rename_refuses_an_empty_or_taken_name(db: Database, cascade: Cascade) -> None:
    first, second = _board(db, cascade).groups[:2]
    with db.write() as session:
        assert editing.rename_group(session, first.id, "  Les  Aigles ") == first.name
    assert _board(db, cascade).group(first.id).name == "Les Aigles"
    with db.write() as session, pytest.raises(UnusableInputError) as taken:
        editing.rename_group(session, second.id, "Les Aigles")
    assert str(taken.value) == "Another group of this cycle is already called “Les Aigles”."
    with db.write() as session, pytest.raises(UnusableInputError) as empty:
        editing.rename_group(session, second.id, "   ")
    assert str(empty.value) == "A group needs a name."


def test_a_rerun_keeps_locked_and_confirmed_groups(db: Database, cascade: Cascade) -> None:
    first, second = _board(db, cascade).groups[:2]
    with db.write() as session:
        editing.set_locked(session, first.id, True)
        assert editing.confirm_groups(session, [second.id]) == [second.id]
    with db.write() as session:
        proposal = propose_groups(session, cascade.cycle_id, STUDENT, seed=7)
        save_groups(session, proposal)
    after = _board(db, cascade)
    kept = {g.id: g for g in after.groups}
    assert [p.participant_id for p in kept[first.id].members] == [
        p.participant_id for p in first.members
    ]
    assert kept[second.id].status == "confirmed"
    assert [p.participant_id for p in kept[second.id].members] == [
        p.participant_id for p in second.members
    ]
    with db.write() as session:
        editing.unconfirm_groups(session, [second.id])
        assert session.get(Group, second.id).status == "proposed"  # type: ignore[union-attr]
        with pytest.raises(RuleViolationError) as nothing:
            editing.confirm_groups(session, [first.id, second.id][:0])
    assert str(nothing.value) == "There are no proposed groups to confirm."


def test_choices_are_kept_in_the_program_settings(db: Database, cascade: Cascade) -> None:
    with db.read() as session:
        assert group_relations(session, cascade.cycle_id) == [(RESIDENT, STUDENT)]
        before = load_choices(session, cascade.cycle_id, STUDENT)
    assert before.size == (4, 6) and before.mentors_per_group == 2
    chosen = GroupingChoices(
        size=(3, 5),
        mentors_per_group=1,
        criteria=(CriterionChoice("interests", "diverse", 2.5),),
        never_alone=("languages",),
        continuity="mix",
    )
    with db.write() as session:
        save_choices(session, cascade.cycle_id, STUDENT, chosen)
    with db.read() as session:
        assert load_choices(session, cascade.cycle_id, STUDENT) == chosen
        proposal = propose_groups(session, cascade.cycle_id, STUDENT)
    assert all(len(g.mentors) == 1 and 3 <= len(g.members) <= 5 for g in proposal.solution.groups)
    with db.write() as session, pytest.raises(UnusableInputError) as bad:
        save_choices(
            session, cascade.cycle_id, STUDENT, GroupingChoices((6, 3), 1, (), (), "ignore")
        )
    assert "size" in str(bad.value).casefold() or "group" in str(bad.value).casefold()
