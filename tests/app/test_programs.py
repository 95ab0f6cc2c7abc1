"""Programs, cycles and role ladders."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db.engine import Database
from app.errors import NotFoundError, UnusableInputError
from app.programs import service as programs
from app.programs.service import CycleInfo


def test_ensure_program_cycle_reuses_the_program(db: Database) -> None:
    with db.write() as session:
        first = programs.ensure_program_cycle(session, "Faculty mentoring", "2025-2026")
        second = programs.ensure_program_cycle(
            session, "Faculty mentoring", "2026-2027", dt.date(2026, 9, 1), dt.date(2027, 6, 15)
        )
    assert first.program_id == second.program_id
    assert second.starts_on == dt.date(2026, 9, 1)
    with db.read() as session:
        assert [c.label for c in programs.list_cycles(session)] == ["2025-2026", "2026-2027"]


def test_duplicate_cycle_and_bad_dates_are_refused(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(UnusableInputError, match="already has a cycle"), db.write() as session:
        programs.create_cycle(session, cycle.program_id, cycle.label)
    with pytest.raises(UnusableInputError, match="end before"), db.write() as session:
        programs.create_cycle(
            session, cycle.program_id, "x", dt.date(2026, 9, 1), dt.date(2026, 1, 1)
        )


def test_find_cycle_by_label_and_program(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        programs.ensure_program_cycle(session, "Cascade", cycle.label)
    with db.read() as session:
        with pytest.raises(UnusableInputError, match="Several programs"):
            programs.find_cycle(session, cycle.label)
        found = programs.find_cycle(session, cycle.label, "Cascade")
        assert found.program_name == "Cascade"
        with pytest.raises(NotFoundError, match="no cycle"):
            programs.find_cycle(session, "1999-2000")


def test_roles_resolve_from_the_ladder(db: Database) -> None:
    ladder = ("Program lead", "Resident mentor", "Student mentor", "Youth")
    assert programs.resolve_role(ladder, "student MENTOR") == "Student mentor"
    with pytest.raises(UnusableInputError, match="not a role"):
        programs.resolve_role(ladder, "mentor")  # ambiguous on a four-rung ladder
    assert programs.resolve_role(("Resident", "Student"), "mentee") == "Student"
    assert programs.relations(ladder) == [
        ("Program lead", "Resident mentor"),
        ("Resident mentor", "Student mentor"),
        ("Student mentor", "Youth"),
    ]


def test_a_ladder_needs_two_distinct_roles(db: Database) -> None:
    with pytest.raises(UnusableInputError, match="at least two"), db.write() as session:
        programs.create_program(session, "Solo", role_ladder=["Mentor"])
    with pytest.raises(UnusableInputError, match="different name"), db.write() as session:
        programs.create_program(session, "Twins", role_ladder=["Mentor", "mentor"])
