"""The mentoring chain on a four-rung cascading program: up and down the ladder through
pairs and groups."""

from __future__ import annotations

from app.db.engine import Database
from app.grouping.board import load_board
from app.grouping.chain import GROUP, PERSON, mentoring_chain
from tests.app.grouping.cascade import STUDENT, build_cascade, form_groups


def _names(nodes: list) -> list[str]:  # type: ignore[type-arg]
    return [n.name for n in nodes]


def test_a_student_sees_group_residents_lead_above_and_youth_below(db: Database) -> None:
    cascade = build_cascade(db)
    form_groups(db, cascade)
    student = cascade.students[0]
    with db.read() as session:
        chain = mentoring_chain(session, student)
        group = next(
            g
            for g in load_board(session, cascade.cycle_id, STUDENT).groups
            if student in [p.participant_id for p in g.members]
        )
    assert chain.person.name == "Stu0 Dent"
    assert [(c.kind, c.name, c.role) for c in chain.person.children] == [
        (PERSON, "Kid0 Young", "Youth")
    ]
    [above] = chain.mentors
    assert (above.kind, above.name) == (GROUP, group.name)
    assert _names(above.children) == [m.name for m in group.mentors]
    assert all(_names(r.children) == ["Lena Lead"] for r in above.children)


def test_the_lead_sees_the_whole_ladder_below(db: Database) -> None:
    cascade = build_cascade(db)
    form_groups(db, cascade)
    with db.read() as session:
        chain = mentoring_chain(session, cascade.lead)
    assert chain.mentors == []
    residents = chain.person.children
    assert len(residents) == 4
    groups = [n for r in residents for n in r.children if n.kind == GROUP]
    assert len(groups) == 4  # two groups, each under both its residents
    youth = {n.name for n in chain.person.walk() if n.role == "Youth"}
    assert len(youth) == 10


def test_without_groups_the_chain_follows_pairs_only(db: Database) -> None:
    cascade = build_cascade(db)
    with db.read() as session:
        chain = mentoring_chain(session, cascade.youth[3])
    [student] = chain.mentors
    assert (student.name, student.status, student.children) == ("Stu3 Dent", "confirmed", [])
