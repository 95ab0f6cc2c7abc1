"""Together and apart rules as a coordinator edits them: added and removed through the
relation's saved choices, refused with a sentence when no grouping could keep them, shown
with names and roles (someone who left is still listed), honoured by the next proposal —
two mentors kept together lead the same group — and kept when the rungs are renamed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Participant, Program
from app.errors import RuleViolationError
from app.grouping.choices import change_rule, load_choices, save_choices
from app.grouping.problem import Criterion, Person, Problem
from app.grouping.quality import shortfalls
from app.grouping.rules import APART, TOGETHER, RulePerson, load_rules, rule_refusal
from app.grouping.service import propose_groups
from app.grouping.solve import solve
from app.programs.presets import preset_relations
from app.programs.service import create_program
from app.programs.setup import load_setup, save_program_setup
from app.sentences import render
from tests.app.grouping.cascade import RESIDENT, STUDENT, Cascade, build_cascade


@pytest.fixture
def cascade(db: Database) -> Cascade:
    return build_cascade(db, students=10, french=2)


def _add(db: Database, cycle_id: int, kind: str, first: str, second: str) -> None:
    with db.write() as session:
        change_rule(session, cycle_id, STUDENT, kind, first, second)


def _grouping(db: Database) -> dict[str, Any]:
    with db.read() as session:
        settings = session.scalars(select(Program)).one().settings
    (relation,) = [r for r in settings["relations"] if r["mentee_role"] == STUDENT]
    return dict(relation["grouping"])


def test_rules_are_added_listed_with_names_and_roles_and_removed(
    db: Database, cascade: Cascade
) -> None:
    _add(db, cascade.cycle_id, TOGETHER, "stu00@example.org", "stu05@example.org")
    _add(db, cascade.cycle_id, APART, "stu01@example.org", "res2@example.org")
    grouping = _grouping(db)
    assert grouping["together"] == [["stu00@example.org", "stu05@example.org"]]
    assert grouping["apart"] == [["stu01@example.org", "res2@example.org"]]
    with db.read() as session:
        rules = load_rules(session, cascade.cycle_id, STUDENT)
    (together,) = rules.together
    assert (together.first.name, together.first.role) == ("Stu0 Dent", STUDENT)
    (apart,) = rules.apart
    assert (apart.second.name, apart.second.role, apart.second.is_mentor) == (
        "Res2 Ident",
        RESIDENT,
        True,
    )
    assert {p.role for p in rules.people} == {STUDENT, RESIDENT} and len(rules.people) == 14
    with db.write() as session:
        change_rule(
            session, cascade.cycle_id, STUDENT, TOGETHER, "stu05@example.org", "stu00@example.org",
            add=False,
        )  # fmt: skip
    assert _grouping(db)["together"] == []
    assert _grouping(db)["apart"] == [["stu01@example.org", "res2@example.org"]]


def test_a_rule_naming_someone_who_withdrew_is_kept_and_shown_as_gone(
    db: Database, cascade: Cascade
) -> None:
    _add(db, cascade.cycle_id, APART, "stu03@example.org", "stu04@example.org")
    with db.write() as session:
        session.get(Participant, cascade.students[4]).status = "withdrawn"  # type: ignore[union-attr]
    with db.read() as session:
        (rule,) = load_rules(session, cascade.cycle_id, STUDENT).apart
    assert rule.first.present and not rule.second.present
    assert rule.second.name == "Stu4 Dent" and not rule.present
    _add(db, cascade.cycle_id, TOGETHER, "stu00@example.org", "stu01@example.org")
    assert _grouping(db)["apart"] == [["stu03@example.org", "stu04@example.org"]]


def test_the_editor_refuses_rules_no_grouping_could_keep_with_one_sentence() -> None:
    a = RulePerson("a@example.org", "Ann A", STUDENT)
    b = RulePerson("b@example.org", "Bo B", STUDENT)
    m = RulePerson("m@example.org", "Mo M", RESIDENT, is_mentor=True)
    n = RulePerson("n@example.org", "Nu N", RESIDENT, is_mentor=True)
    o = RulePerson("o@example.org", "Oz O", RESIDENT, is_mentor=True)
    pair = [("a@example.org", "b@example.org")]
    mentors = ["m@example.org", "n@example.org", "o@example.org"]
    assert rule_refusal(TOGETHER, a, a, [], [], 2) == "A rule needs two different people."
    assert rule_refusal(TOGETHER, b, a, pair, [], 2) == "Bo B and Ann A already have this rule."
    said = rule_refusal(APART, a, b, pair, [], 2)
    assert said == (
        "Ann A and Bo B cannot be kept both together and apart: remove the other rule first."
    )
    assert render(said, "fr").startswith("Ann A et Bo B ne peuvent pas être à la fois")  # type: ignore[arg-type]
    said = rule_refusal(TOGETHER, m, n, [], [], 1, mentors)
    assert said == (
        "Mo M and Nu N are both mentors and a group has one mentor: allow 2 mentors per "
        "group to keep them together."
    )
    assert rule_refusal(TOGETHER, m, n, [], [], 2, mentors) is None
    said = rule_refusal(TOGETHER, n, o, [("m@example.org", "n@example.org")], [], 2, mentors)
    assert said is not None and said.startswith("Together rules keep 3 mentors in one group")
    assert rule_refusal(TOGETHER, m, a, [], [], 1, mentors) is None


def test_saving_fewer_mentors_than_a_mentor_rule_needs_is_refused(
    db: Database, cascade: Cascade
) -> None:
    _add(db, cascade.cycle_id, TOGETHER, "res0@example.org", "res1@example.org")
    with db.write() as session, pytest.raises(RuleViolationError) as refused:
        choices = load_choices(session, cascade.cycle_id, STUDENT)
        save_choices(session, cascade.cycle_id, STUDENT, _one_mentor(choices))
    assert str(refused.value).startswith("res0@example.org and res1@example.org are both mentors")
    assert _grouping(db)["together"] == [["res0@example.org", "res1@example.org"]]


def _one_mentor(choices: Any) -> Any:
    return replace(choices, mentors_per_group=1)


def test_the_next_proposal_honours_the_saved_rules(db: Database, cascade: Cascade) -> None:
    _add(db, cascade.cycle_id, TOGETHER, "stu00@example.org", "stu07@example.org")
    _add(db, cascade.cycle_id, TOGETHER, "res0@example.org", "res3@example.org")
    _add(db, cascade.cycle_id, APART, "stu01@example.org", "stu03@example.org")
    with db.read() as session:
        emails = {p.id: p.person.email for p in session.scalars(select(Participant)).all()}
        proposal = propose_groups(session, cascade.cycle_id, STUDENT)
    groups = [
        ({emails[k] for k in g.members}, {emails[k] for k in g.mentors})
        for g in proposal.solution.groups
    ]
    assert any({"stu00@example.org", "stu07@example.org"} <= members for members, _ in groups)
    assert any({"res0@example.org", "res3@example.org"} <= mentors for _, mentors in groups)
    assert not any({"stu01@example.org", "stu03@example.org"} <= members for members, _ in groups)


@given(
    members=st.integers(6, 20),
    mentors=st.integers(2, 7),
    pair=st.tuples(st.integers(0, 6), st.integers(0, 6)).filter(lambda p: p[0] != p[1]),
    capacities=st.lists(st.integers(1, 2), min_size=7, max_size=7),
    together=st.lists(st.tuples(st.integers(0, 19), st.integers(0, 19)), max_size=2),
    seed=st.integers(0, 50),
    criterion=st.sampled_from(["similar", "diverse"]),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_two_mentors_kept_together_always_lead_one_group(
    members: int,
    mentors: int,
    pair: tuple[int, int],
    capacities: list[int],
    together: list[tuple[int, int]],
    seed: int,
    criterion: str,
) -> None:
    first, second = (100 + (k % mentors) for k in pair)
    if first == second:
        return
    people = tuple(
        Person(i, f"p{i}@example.org", values={"stage": frozenset({"ab"[i % 2]})})
        for i in range(members)
    )
    leaders = tuple(
        Person(
            100 + k,
            f"m{k}@example.org",
            values={"specialty": frozenset({"xy"[k % 2]})},
            capacity=capacities[k],
        )
        for k in range(mentors)
    )
    rules = [(a % members, b % members) for a, b in together if a % members != b % members]
    problem = Problem(
        people,
        leaders,
        size=(3, 5),
        mentors_per_group=2,
        criteria=(Criterion("stage", criterion), Criterion("specialty", "diverse", 1.0, "mentors")),
        together=((first, second), *rules),
    )
    solution = solve(problem, seed)
    assert any({first, second} <= set(g.mentors) for g in solution.groups)
    led = [k for g in solution.groups for k in g.mentors]
    assert all(led.count(p.key) <= p.capacity for p in leaders)
    assert all(
        len(g.mentors) <= 2 and len(set(g.mentors)) == len(g.mentors) for g in solution.groups
    )
    for a, b in rules:
        assert any({a, b} <= set(g.members) for g in solution.groups) or solution.ungrouped


def test_renaming_the_rungs_keeps_the_relation_s_grouping_block(db: Database) -> None:
    grouping = {"continuity": "mix", "together": [["a@example.org", "b@example.org"]]}
    with db.write() as session:
        program = create_program(session, "Renamed Ladder", model="cascading")
        program_id = program if isinstance(program, int) else program.id
        stored = session.get(Program, program_id)
        assert stored is not None
        relations = [dict(r) for r in stored.settings["relations"]]
        relations[1]["grouping"] = grouping
        stored.settings = {**stored.settings, "relations": relations}
    ladder = ("Lead", "Senior mentor", "Junior mentor", "Young person")
    with db.write() as session:
        setup = load_setup(session, program_id)
        # As the Program page lays the model's relations on an edited ladder.
        renamed = replace(
            setup, ladder=ladder, relations=tuple(preset_relations(setup.model, ladder))
        )
        save_program_setup(session, program_id, renamed)
    with db.read() as session:
        settings = session.get(Program, program_id).settings  # type: ignore[union-attr]
    (relation,) = [r for r in settings["relations"] if r["mentee_role"] == "Junior mentor"]
    assert relation["grouping"] == grouping


def test_a_mentor_team_no_group_can_take_whole_is_said() -> None:
    # Four members make one group of two mentors; two teams of two mentors each want it.
    people = tuple(Person(i, f"p{i}@example.org") for i in range(4))
    leaders = tuple(Person(100 + k, f"m{k}@example.org", f"Mentor {k}") for k in range(4))
    problem = Problem(
        people,
        leaders,
        size=(3, 5),
        mentors_per_group=2,
        together=((100, 101), (102, 103)),
    )
    solution = solve(problem, 1)
    assert len(solution.groups) == 1
    led = set(solution.groups[0].mentors)
    split = [team for team in ({100, 101}, {102, 103}) if not team <= led]
    assert len(split) == 1
    names = ", ".join(f"Mentor {k - 100}" for k in sorted(split[0]))
    english = [render(s, "en") for s in shortfalls(solution)]
    french = [render(s, "fr") for s in shortfalls(solution)]
    assert f"A rule keeps {names} leading one group, but no group had room" in " ".join(english)
    assert f"Une règle garde {names} à la tête d'un même groupe" in " ".join(french)
