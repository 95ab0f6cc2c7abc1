"""Together and apart rules between a mentor and a member are hard rules: the member is in a
group that mentor leads (or kept apart from every group of theirs), whatever the criteria,
the seed and the other rules; a tie no group can meet is said in a sentence."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import UnusableInputError
from app.grouping.problem import Criterion, Person, Problem
from app.grouping.quality import shortfalls
from app.grouping.solve import Solution, solve
from app.sentences import render
from tests.app.grouping.strategies import problems

STAGES = [frozenset({"a"}), frozenset({"b"})]


def _members(count: int) -> tuple[Person, ...]:
    return tuple(
        Person(i, f"p{i}@example.org", values={"stage": STAGES[i % 2]}) for i in range(count)
    )


def _mentors(count: int, capacity: int = 1) -> tuple[Person, ...]:
    return tuple(
        Person(100 + k, f"m{k}@example.org", values={"stage": STAGES[k % 2]}, capacity=capacity)
        for k in range(count)
    )


def _group_of(solution: Solution, key: int) -> int:
    return next(i for i, g in enumerate(solution.groups) if key in g.members)


def test_a_member_kept_with_a_mentor_is_in_a_group_that_mentor_leads_for_every_seed() -> None:
    # Member 1 is at stage "b", mentor 100 at stage "a": the criterion alone would part them.
    criteria = (Criterion("stage", "similar", 2.0, "members"), Criterion("stage", "similar"))
    for seed in range(6):
        problem = Problem(
            _members(12),
            _mentors(3),
            size=(3, 5),
            mentors_per_group=1,
            criteria=criteria,
            together=((1, 100),),
        )
        solution = solve(problem, seed)
        assert not solution.ungrouped
        assert 100 in solution.groups[_group_of(solution, 1)].mentors, seed


def test_members_kept_with_the_same_one_place_mentor_share_their_group() -> None:
    problem = Problem(
        _members(12),
        _mentors(3),
        size=(3, 5),
        mentors_per_group=1,
        criteria=(Criterion("stage", "diverse"),),
        together=((0, 101), (5, 101), (101, 7)),
    )
    solution = solve(problem, seed=2)
    group = solution.groups[_group_of(solution, 0)]
    assert {0, 5, 7} <= set(group.members) and group.mentors == (101,)


def test_a_member_and_a_kept_together_friend_follow_the_mentor() -> None:
    problem = Problem(
        _members(10),
        _mentors(2),
        size=(4, 6),
        mentors_per_group=1,
        together=((3, 4), (4, 101)),
    )
    solution = solve(problem, seed=1)
    group = solution.groups[_group_of(solution, 3)]
    assert 4 in group.members and group.mentors == (101,)


def test_a_member_kept_with_more_mentors_than_a_group_has_is_listed_with_the_reason() -> None:
    problem = Problem(
        _members(9), _mentors(3), size=(2, 4), mentors_per_group=1, together=((2, 100), (2, 101))
    )
    solution = solve(problem)
    assert [(k, str(why)) for k, why in solution.ungrouped] == [
        (
            2,
            "A rule keeps this person with m0@example.org, m1@example.org, more mentors than "
            "the 1 a group has.",
        )
    ]
    assert "1 member could not be placed" in str(shortfalls(solution)[-1])


def test_a_member_kept_with_and_apart_from_the_same_mentor_is_listed_with_the_reason() -> None:
    problem = Problem(
        _members(8),
        _mentors(2),
        size=(3, 5),
        mentors_per_group=1,
        together=((6, 100),),
        apart=((100, 6),),
    )
    solution = solve(problem)
    ((key, why),) = solution.ungrouped
    assert key == 6
    assert str(why) == (
        "One rule keeps p6@example.org and m0@example.org together and another keeps them apart."
    )
    assert why.key == "grouping.left_contradiction"


def test_a_member_kept_with_a_mentor_whose_places_are_taken_is_listed_with_the_reason() -> None:
    problem = Problem(
        _members(8),
        _mentors(2),
        size=(3, 5),
        mentors_per_group=1,
        together=((3, 999),),
        full_mentors={999: "busy@example.org"},
    )
    solution = solve(problem)
    assert [(k, str(why)) for k, why in solution.ungrouped] == [
        (3, "A rule keeps this person with busy@example.org, who already leads as many groups "
            "as they may.")
    ]  # fmt: skip
    french = render(solution.ungrouped[0][1], "fr")
    assert french.startswith("Une règle garde cette personne avec busy@example.org")


def test_groups_without_mentors_cannot_keep_a_member_with_one() -> None:
    problem = Problem(_members(6), _mentors(1), size=(2, 3), mentors_per_group=0,
                      together=((0, 100),))  # fmt: skip
    solution = solve(problem)
    assert [k for k, _ in solution.ungrouped] == [0]
    assert solution.ungrouped[0][1].key == "grouping.left_mentors"


def test_too_many_members_kept_with_one_mentor_leave_the_rest_with_the_reason() -> None:
    # The mentor leads one group of at most 3: four members kept with them cannot all fit.
    together = tuple((i, 100) for i in range(4))
    problem = Problem(_members(9), _mentors(3), size=(3, 3), mentors_per_group=1,
                      together=together)  # fmt: skip
    solution = solve(problem)
    group = solution.groups[_group_of(solution, 0)]
    assert group.mentors == (100,) and set(group.members) <= {0, 1, 2, 3}
    ((key, why),) = solution.ungrouped
    assert key in {1, 2, 3}
    assert str(why) == (
        "A rule keeps this person with m0@example.org, and no group that mentor can lead has room."
    )


def test_a_member_kept_apart_from_a_mentor_is_never_in_their_group() -> None:
    apart = ((0, 100), (1, 100), (2, 101))
    for seed in range(4):
        problem = Problem(
            _members(12),
            _mentors(3),
            size=(3, 5),
            mentors_per_group=1,
            criteria=(Criterion("stage", "similar"),),
            apart=apart,
        )
        solution = solve(problem, seed)
        for group in solution.groups:
            people = {*group.members, *group.mentors}
            assert not any(a in people and b in people for a, b in apart)
        assert not solution.ungrouped


@st.composite
def tied_problems(draw: st.DrawFn) -> Problem:
    """Problems whose together rules also keep members with mentors."""
    problem = draw(problems())
    if not problem.mentors:
        return problem
    member = st.sampled_from([p.key for p in problem.members])
    mentor = st.sampled_from([p.key for p in problem.mentors])
    ties = draw(st.lists(st.tuples(member, mentor), min_size=1, max_size=3))
    flipped = [(b, a) if draw(st.booleans()) else (a, b) for a, b in ties]
    return Problem(
        **{**problem.__dict__, "together": (*problem.together, *flipped)}  # type: ignore[arg-type]
    )


def _check_ties(problem: Problem, solution: Solution) -> None:
    members = {p.key for p in problem.members}
    mentors = {p.key for p in problem.mentors}
    placed = Counter(k for g in solution.groups for k in g.members)
    left = {k for k, _ in solution.ungrouped}
    assert sorted([*placed, *left]) == sorted(members)
    load = Counter(k for g in solution.groups for k in g.mentors)
    assert all(load[p.key] <= p.capacity for p in problem.mentors)
    for group in solution.groups:
        assert len(group.mentors) <= problem.mentors_per_group
        people = {*group.members, *group.mentors}
        for a, b in problem.apart:
            assert not (a in people and b in people), (a, b)
    where = {k: i for i, g in enumerate(solution.groups) for k in g.members}
    for a, b in problem.together:
        for x, y in ((a, b), (b, a)):
            if x in members and y in members and (x in where or y in where):
                assert where.get(x) == where.get(y), (x, y)
            if x in where and y in mentors:
                assert y in solution.groups[where[x]].mentors, (x, y)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tied_problems(), st.integers(0, 3))
def test_together_and_apart_with_mentors_always_hold(problem: Problem, seed: int) -> None:
    try:
        solution = solve(problem, seed)
    except UnusableInputError as refused:
        assert getattr(refused.message, "key", "") == "grouping.size_impossible"
        return
    _check_ties(problem, solution)
    again = solve(problem, seed)
    assert [(g.members, g.mentors) for g in again.groups] == [
        (g.members, g.mentors) for g in solution.groups
    ]
