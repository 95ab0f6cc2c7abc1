"""Hypothesis strategies for group-formation problems small enough to check by hand."""

from __future__ import annotations

from hypothesis import strategies as st

from app.grouping.problem import Criterion, NeverAlone, Person, Problem

FIELDS = ("stage", "languages", "gender", "specialty")


@st.composite
def people(draw: st.DrawFn, count: int, start: int, capacity: bool = False) -> tuple[Person, ...]:
    found = []
    for i in range(count):
        values = {
            "stage": frozenset(draw(st.sets(st.sampled_from("abc"), max_size=1))),
            "languages": frozenset(draw(st.sets(st.sampled_from(["en", "fr", "es"]), max_size=2))),
            "gender": frozenset({draw(st.sampled_from(["woman", "man"]))}),
            "specialty": frozenset({draw(st.sampled_from(["paeds", "surgery", "family"]))}),
        }
        cap = draw(st.integers(1, 2)) if capacity else 1
        found.append(Person(start + i, f"p{start + i}@example.org", values=values, capacity=cap))
    return tuple(found)


criteria = st.lists(
    st.builds(
        Criterion,
        st.sampled_from(FIELDS),
        st.sampled_from(["similar", "diverse", "ignore"]),
        st.sampled_from([0.5, 1.0, 2.0]),
        st.sampled_from(["members", "members", "mentors"]),
    ),
    max_size=4,
)


@st.composite
def problems(
    draw: st.DrawFn, most_members: int = 24, most_mentors: int = 10, rules: bool = True
) -> Problem:
    low = draw(st.integers(2, 4))
    high = draw(st.integers(low, low + 2))
    members = draw(people(draw(st.integers(low, most_members)), 1))
    mentors = draw(people(draw(st.integers(0, most_mentors)), 1000, capacity=True))
    keys = [p.key for p in members]
    everyone = keys + [p.key for p in mentors]
    together: list[tuple[int, int]] = []
    apart: list[tuple[int, int]] = []
    alone: list[NeverAlone] = []
    if rules:
        pair = st.tuples(st.sampled_from(keys), st.sampled_from(keys)).filter(
            lambda p: p[0] != p[1]
        )
        together = draw(st.lists(pair, max_size=2))
        anyone = st.tuples(st.sampled_from(everyone), st.sampled_from(everyone))
        apart = draw(st.lists(anyone.filter(lambda p: p[0] != p[1]), max_size=4))
        if draw(st.booleans()):
            alone = [NeverAlone("languages", frozenset({"fr"}))]
    return Problem(
        members=members,
        mentors=mentors,
        size=(low, high),
        mentors_per_group=draw(st.integers(0, 2)),
        criteria=tuple(draw(criteria)),
        never_alone=tuple(alone),
        together=tuple(together),
        apart=tuple(apart),
    )
