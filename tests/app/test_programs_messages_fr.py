"""Refusals about programs and cycles, said in French by the window and unchanged in English."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db.engine import Database
from app.errors import MentorDeskError, NotFoundError, UnusableInputError
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.sentences import NB, Sentence, render


def said(error: pytest.ExceptionInfo[MentorDeskError]) -> tuple[str, str]:
    message = error.value.message
    assert isinstance(message, Sentence)
    return str(message), render(message, "fr")


def test_a_missing_cycle_is_refused_in_french(db: Database, cycle: CycleInfo) -> None:
    with db.read() as session, pytest.raises(NotFoundError) as caught:
        programs.find_cycle(session, "1999-2000")
    assert said(caught) == (
        "There is no cycle “1999-2000” in this database.",
        f"Il n'y a aucun cycle «{NB}1999-2000{NB}» dans cette base de données.",
    )
    with db.read() as session, pytest.raises(NotFoundError) as gone:
        programs.get_cycle(session, cycle.id + 10)
    assert said(gone) == ("That cycle no longer exists.", "Ce cycle n'existe plus.")


def test_a_cycle_label_shared_by_two_programs_asks_for_the_program(db: Database) -> None:
    with db.write() as session:
        programs.ensure_program_cycle(session, "Paediatrics", "2025-2026")
        programs.ensure_program_cycle(session, "Surgery", "2025-2026")
    with db.read() as session, pytest.raises(UnusableInputError) as caught:
        programs.find_cycle(session, "2025-2026")
    assert said(caught) == (
        "Several programs have a cycle “2025-2026” (Paediatrics, Surgery); name the program "
        "with --program.",
        f"Plusieurs programmes ont un cycle «{NB}2025-2026{NB}» (Paediatrics, Surgery); "
        "précisez le programme avec --program.",
    )


def test_program_and_cycle_creation_refusals_are_said_in_french(
    db: Database, cycle: CycleInfo
) -> None:
    with pytest.raises(UnusableInputError) as ladder, db.write() as session:
        programs.create_program(session, "Surgery", role_ladder=["Mentor"])
    assert said(ladder) == (
        "A role ladder needs at least two roles (mentor and mentee).",
        "Une échelle de rôles doit compter au moins deux rôles (mentor et mentoré).",
    )
    with pytest.raises(UnusableInputError) as taken, db.write() as session:
        programs.create_cycle(session, cycle.program_id, "2025-2026")
    assert said(taken) == (
        "This program already has a cycle “2025-2026”.",
        f"Ce programme a déjà un cycle «{NB}2025-2026{NB}».",
    )
    with pytest.raises(UnusableInputError) as backwards, db.write() as session:
        programs.create_cycle(
            session, cycle.program_id, "2030", dt.date(2030, 6, 1), dt.date(2030, 1, 1)
        )
    assert said(backwards) == (
        "A cycle cannot end before it starts.",
        "Un cycle ne peut pas se terminer avant de commencer.",
    )


def test_an_unknown_role_lists_the_ladder_in_french() -> None:
    with pytest.raises(UnusableInputError) as caught:
        programs.resolve_role(("Resident", "Student", "Pre-med"), "Dean")
    assert said(caught) == (
        "“Dean” is not a role of this program; use one of: Resident, Student, Pre-med.",
        f"«{NB}Dean{NB}» n'est pas un rôle de ce programme; utilisez l'un de ceux-ci{NB}: "
        "Resident, Student, Pre-med.",
    )
