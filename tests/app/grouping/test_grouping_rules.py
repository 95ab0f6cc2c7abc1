"""Rules no group can meet are reported, not hidden: who was left out and why; and a run
with no criterion is a random but balanced assignment."""

from __future__ import annotations

from app.grouping.problem import Criterion, Person, Problem
from app.grouping.solve import random_balanced, solve
from app.sentences import render


def _people(count: int, start: int = 0, **values: frozenset[str]) -> tuple[Person, ...]:
    return tuple(
        Person(start + i, f"p{start + i}@example.org", values=values) for i in range(count)
    )


def test_someone_kept_apart_from_a_person_in_every_group_is_listed_with_the_reason() -> None:
    # Four members kept apart from each other and from member 11: with four groups, each
    # group holds one of the four, so one of these five can go nowhere.
    members = _people(12)
    five = [0, 1, 2, 3, 11]
    apart = tuple((a, b) for a in five for b in five if a < b)
    problem = Problem(members, size=(2, 4), mentors_per_group=0, apart=apart)
    solution = solve(problem, seed=3)
    assert len(solution.groups) == 4
    ((left, reason),) = solution.ungrouped
    assert left in five
    assert reason == "Every group holds someone this person is to be kept apart from."
    assert reason.key == "grouping.left_apart"
    assert sum(len(g.members) for g in solution.groups) == 11
    for group in solution.groups:
        assert 2 <= len(group.members) <= 4
        assert len(set(group.members) & set(five)) == 1


def test_a_member_kept_apart_from_every_mentor_leaves_the_group_short_and_says_so() -> None:
    mentors = tuple(Person(100 + i, f"m{i}@example.org") for i in range(4))
    apart = tuple((11, 100 + i) for i in range(4))
    problem = Problem(_people(12), mentors, size=(2, 4), mentors_per_group=1, apart=apart)
    solution = solve(problem, seed=3)
    from app.grouping.quality import shortfalls

    (short,) = [g for g in solution.groups if not g.mentors]
    assert 11 in short.members
    assert [str(s) for s in shortfalls(solution)] == [
        "1 group has no mentor; one more mentor place would fix it."
    ]


def test_a_block_larger_than_a_group_is_left_out_with_the_reason() -> None:
    members = _people(10)
    together = ((0, 1), (1, 2), (2, 3), (3, 4))  # five people, groups of at most 4
    problem = Problem(members, size=(2, 4), mentors_per_group=0, together=together)
    solution = solve(problem)
    assert sorted(k for k, _ in solution.ungrouped) == [0, 1, 2, 3, 4]
    assert {str(why) for _, why in solution.ungrouped} == {
        "A rule keeps this person with 4 others, more than a group of at most 4 holds."
    }


def test_random_but_balanced_is_a_criterion_free_run_scored_by_the_criteria() -> None:
    stages = [frozenset({"a"}), frozenset({"b"})]
    members = tuple(
        Person(i, f"p{i}@example.org", values={"stage": stages[i % 2]}) for i in range(40)
    )
    problem = Problem(
        members, size=(4, 6), mentors_per_group=0, criteria=(Criterion("stage", "similar"),)
    )
    first, again, other = (random_balanced(problem, s) for s in (1, 1, 2))
    sizes = sorted(len(g.members) for g in first.groups)
    assert sizes == [5] * 8  # as even as the bounds allow
    assert [g.members for g in first.groups] == [g.members for g in again.groups]
    assert [g.members for g in first.groups] != [g.members for g in other.groups]
    # Scored by the criterion it ignored: the solver's worst group is at least as good.
    assert solve(problem, seed=1).key >= first.key
    assert first.key[1] < 1.0


def test_rules_that_leave_a_group_too_small_list_its_people_with_the_reason() -> None:
    # Six people in groups of 3 or 4; 1, 3 and 4 kept together, 2 and 5 kept apart: no
    # grouping keeps every rule and every size (found by the properties' random search).
    people = tuple(Person(key=k, email=f"p{k}@example.org") for k in range(1, 7))
    problem = Problem(members=people, size=(3, 4), together=((1, 3), (1, 4)), apart=((2, 5),))
    for seed in range(4):
        solution = solve(problem, seed)
        assert [len(g.members) for g in solution.groups] == [4]
        [group] = solution.groups
        assert {1, 3, 4} <= set(group.members)
        left = dict(solution.ungrouped)
        assert sorted([*group.members, *left]) == [1, 2, 3, 4, 5, 6]
        assert {why.key for why in left.values()} == {"grouping.left_short"}
        [why] = {str(w) for w in left.values()}
        assert why.endswith("a group needs at least 3.")
        assert render(next(iter(left.values())), "fr").endswith("un groupe en compte au moins 3.")
