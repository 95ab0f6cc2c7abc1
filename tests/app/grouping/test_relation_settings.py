"""Each group relation of a program keeps its own criteria, rules, continuity, size and
mentors per group; an older program's program-wide choices are every relation's default
until the first save moves them into the relations; the CLI, the board and the board's
edits use the choices of the relation they work on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.db.engine import Database
from app.db.models import Participant, Program
from app.errors import RuleViolationError
from app.grouping.board import load_board
from app.grouping.choices import CriterionChoice, GroupingChoices, load_choices, save_choices
from app.grouping.editing import move_member
from app.grouping.service import propose_groups, save_groups
from app.programs.setup import load_setup, save_program_setup
from tests.app.grouping.cascade import RESIDENT, STUDENT, YOUTH, Cascade, build_cascade

STUDENTS_CHOICE = GroupingChoices(
    size=(4, 5),
    mentors_per_group=2,
    criteria=(CriterionChoice("interests", "diverse", 2.0),),
    never_alone=("languages",),
    continuity="mix",
)
YOUTH_CHOICE = GroupingChoices(
    size=(2, 3),
    mentors_per_group=1,
    criteria=(CriterionChoice("city", "similar", 1.5),),
    never_alone=(),
    continuity="ignore",
)


def _settings(db: Database) -> dict[str, Any]:
    with db.read() as session:
        return dict(session.scalars(select(Program)).one().settings)


def _relation(settings: dict[str, Any], role: str) -> dict[str, Any]:
    (found,) = [r for r in settings["relations"] if r["mentee_role"] == role]
    return dict(found)


def _edit(db: Database, **values: Any) -> None:
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        program.settings = {**program.settings, **values}


def _youth_in_groups(db: Database) -> None:
    """The cascade with its last relation (student mentors → youth) made of groups too."""
    settings = _settings(db)
    relations = [dict(r) for r in settings["relations"]]
    for relation in relations:
        if relation["mentee_role"] == YOUTH:
            relation.update(kind="groups", group_size=[2, 3], mentors_per_group=1)
    _edit(db, relations=relations)


@pytest.fixture
def cascade(db: Database) -> Cascade:
    found = build_cascade(db, students=14, french=2)
    _youth_in_groups(db)
    return found


def test_each_group_relation_keeps_its_own_choices(db: Database, cascade: Cascade) -> None:
    with db.write() as session:
        save_choices(session, cascade.cycle_id, STUDENT, STUDENTS_CHOICE)
        save_choices(session, cascade.cycle_id, YOUTH, YOUTH_CHOICE)
    with db.read() as session:
        assert load_choices(session, cascade.cycle_id, STUDENT) == STUDENTS_CHOICE
        assert load_choices(session, cascade.cycle_id, YOUTH) == YOUTH_CHOICE
    settings = _settings(db)
    assert "grouping" not in settings
    students = _relation(settings, STUDENT)
    assert students["group_size"] == [4, 5] and students["mentors_per_group"] == 2
    assert students["grouping"]["criteria"] == [
        {"field": "interests", "kind": "diverse", "weight": 2.0}
    ]
    assert students["grouping"]["continuity"] == "mix"
    youth = _relation(settings, YOUTH)
    assert youth["group_size"] == [2, 3]
    assert youth["grouping"]["criteria"] == [{"field": "city", "kind": "similar", "weight": 1.5}]


def test_older_program_wide_choices_are_the_default_and_move_on_the_first_save(
    db: Database, cascade: Cascade
) -> None:
    old = {
        "criteria": [{"field": "interests", "kind": "similar", "weight": 3.0}],
        "never_alone": ["languages"],
        "continuity": "keep",
        "together": [["stu00@example.org", "stu01@example.org"]],
        "apart": [["stu02@example.org", "res0@example.org"]],
    }
    _edit(db, grouping=old)
    with db.read() as session:
        before = {r: load_choices(session, cascade.cycle_id, r) for r in (STUDENT, YOUTH)}
    for choices in before.values():
        assert choices.criteria == (CriterionChoice("interests", "similar", 3.0),)
        assert choices.never_alone == ("languages",) and choices.continuity == "keep"
    with db.write() as session:
        save_choices(session, cascade.cycle_id, STUDENT, STUDENTS_CHOICE)
    settings = _settings(db)
    assert "grouping" not in settings
    students = _relation(settings, STUDENT)["grouping"]
    assert students["together"] == old["together"] and students["apart"] == old["apart"]
    assert students["continuity"] == "mix"
    assert _relation(settings, YOUTH)["grouping"] == old  # moved forward as it was
    assert "grouping" not in _relation(settings, RESIDENT)  # a relation of pairs
    with db.read() as session:
        assert load_choices(session, cascade.cycle_id, YOUTH) == before[YOUTH]
        assert load_choices(session, cascade.cycle_id, STUDENT) == STUDENTS_CHOICE


def test_saving_the_program_setup_keeps_each_relation_s_choices(
    db: Database, cascade: Cascade
) -> None:
    with db.write() as session:
        save_choices(session, cascade.cycle_id, YOUTH, YOUTH_CHOICE)
    with db.write() as session:
        program_id = session.scalars(select(Program.id)).one()
        save_program_setup(session, program_id, load_setup(session, program_id))
    assert _relation(_settings(db), YOUTH)["grouping"]["criteria"] == [
        {"field": "city", "kind": "similar", "weight": 1.5}
    ]
    with db.read() as session:
        assert load_choices(session, cascade.cycle_id, YOUTH) == YOUTH_CHOICE


def _rules(db: Database, role: str, **grouping: Any) -> None:
    settings = _settings(db)
    relations = [dict(r) for r in settings["relations"]]
    for relation in relations:
        if relation["mentee_role"] == role:
            relation["grouping"] = grouping
    _edit(db, relations=relations)


def test_the_cli_forms_groups_with_the_relation_s_criteria_and_rules(
    db: Database, db_path: Path, cascade: Cascade, capsys: pytest.CaptureFixture[str]
) -> None:
    # The program-wide choices of an older program no longer apply to this relation.
    _edit(db, grouping={"criteria": [{"field": "city", "kind": "diverse"}]})
    together = [
        ["res3@example.org", "stu07@example.org"],
        ["stu01@example.org", "res2@example.org"],
    ]
    _rules(
        db,
        STUDENT,
        criteria=[{"field": "interests", "kind": "diverse", "weight": 2.0}],
        together=together,
        apart=[["stu04@example.org", "res3@example.org"]],
    )
    code = main(
        ["groups", "--db", str(db_path), "--cycle", "2026-2027", "--role", STUDENT, "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    document = json.loads(out)
    assert document["criteria"] == {"interests": "diverse", "specialty@mentors": "diverse"}
    by_member = {m: g for g in document["groups"] for m in g["members"]}
    assert "res3@example.org" in by_member["stu07@example.org"]["mentors"]
    assert "res2@example.org" in by_member["stu01@example.org"]["mentors"]
    assert "res3@example.org" not in by_member["stu04@example.org"]["mentors"]
    assert document["ungrouped"] == []


def test_the_cli_says_why_a_member_kept_with_a_mentor_has_no_group(
    db: Database, db_path: Path, cascade: Cascade, capsys: pytest.CaptureFixture[str]
) -> None:
    _rules(db, STUDENT, together=[["stu03@example.org", "res1@example.org"]],
           apart=[["res1@example.org", "stu03@example.org"]])  # fmt: skip
    code = main(["groups", "--db", str(db_path), "--cycle", "2026-2027", "--role", STUDENT])
    out, _err = capsys.readouterr()
    assert code == 0
    assert (
        "stu03@example.org: One rule keeps stu03@example.org and res1@example.org together "
        "and another keeps them apart."
    ) in out.splitlines()


def test_the_board_scores_and_checks_moves_with_the_relation_s_choices(
    db: Database, cascade: Cascade
) -> None:
    _rules(db, STUDENT, criteria=[{"field": "city", "kind": "similar", "weight": 1.0}],
           apart=[["stu00@example.org", "stu01@example.org"]])  # fmt: skip
    with db.write() as session:
        save_groups(session, propose_groups(session, cascade.cycle_id, STUDENT))
    with db.read() as session:
        board = load_board(session, cascade.cycle_id, STUDENT)
        emails = {p.id: p.person.email for p in session.scalars(select(Participant))}
    labels = {label for g in board.groups for label, _k, _f in g.per_criterion}
    assert "city" in labels and "interests" not in labels
    where = {p.participant_id: g.id for g in board.groups for p in g.members}
    pid = {e: k for k, e in emails.items()}
    first, second = pid["stu00@example.org"], pid["stu01@example.org"]
    assert where[first] != where[second]
    with db.write() as session, pytest.raises(RuleViolationError) as refused:
        move_member(session, first, where[first], where[second], insist=True)
    assert str(refused.value) == (
        "Stu0 Dent and Stu1 Dent must be kept apart (a rule of these groups' settings)."
    )
    # The other relation's rule says nothing about the student mentors' groups.
    (third,) = [k for k, g in where.items() if g not in (where[first], where[second])][:1]
    _rules(db, YOUTH, apart=[["stu00@example.org", emails[third]]])
    with db.write() as session:
        move_member(session, first, where[first], where[third], insist=True)
    with db.read() as session:
        after = load_board(session, cascade.cycle_id, STUDENT)
    assert first in {p.participant_id for p in after.group(where[third]).members}


def test_a_mentor_is_never_moved_into_a_group_holding_a_member_kept_apart_from_them(
    db: Database, cascade: Cascade
) -> None:
    with db.write() as session:
        save_groups(session, propose_groups(session, cascade.cycle_id, STUDENT))
    with db.read() as session:
        board = load_board(session, cascade.cycle_id, STUDENT)
    first, other = board.groups[0], board.groups[1]
    mentor = first.mentors[0]
    member = other.members[0]
    with db.read() as session:
        emails = {p.id: p.person.email for p in session.scalars(select(Participant))}
    _rules(db, STUDENT, apart=[[emails[member.participant_id], emails[mentor.participant_id]]])
    with db.write() as session, pytest.raises(RuleViolationError) as refused:
        move_member(session, mentor.participant_id, first.id, other.id, insist=True)
    assert str(refused.value) == (
        f"{mentor.name} and {member.name} must be kept apart (a rule of these groups' settings)."
    )
