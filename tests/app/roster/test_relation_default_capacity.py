"""Mentors imported from a file without capacities get their relation's default capacity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli
from app.db.engine import Database
from app.db.models import Participant, Person, Program
from app.programs.relations import RelationSettings
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from app.sentences import render

HEADER = "First name,Last name,Email"


def _set_relation(db: Database, cycle: CycleInfo, capacity: int) -> None:
    mentor, mentee = cycle.role_ladder[:2]
    relation = RelationSettings(mentor, mentee, default_capacity=capacity, cadence_days=30)
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {**program.settings, "relations": [relation.to_dict()]}


def _capacities(db: Database, cycle: CycleInfo) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(
            select(Person.email, Participant.capacity)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.cycle_id == cycle.id)
        ).all()
    return {email: capacity for email, capacity in rows}


def test_mentors_without_capacity_get_the_relation_default(
    db: Database,
    cycle: CycleInfo,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _set_relation(db, cycle, 4)
    db.dispose()
    mentor, mentee = cycle.role_ladder[:2]
    csv = tmp_path / "mentors.csv"
    csv.write_text(f"{HEADER}\nAna,Roy,ana@x.org\nBen,Li,ben@x.org\n", encoding="utf-8")
    code = cli.main(
        ["import", "--db", str(db_path), "--cycle", cycle.label, "--role", mentor, str(csv),
         "--json"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert json.loads(out)["warnings"] == [
        f"The file has no capacity column, so every {mentor} was given capacity 4, the default "
        f"of the relation {mentor} → {mentee}; add the column or change the capacities on the "
        "Participants page."
    ]
    assert _capacities(db, cycle) == {"ana@x.org": 4, "ben@x.org": 4}


def test_blank_capacities_take_the_default_and_written_ones_stay(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    _set_relation(db, cycle, 3)
    csv = tmp_path / "mentors.csv"
    csv.write_text(f"{HEADER},Capacity\nAna,Roy,ana@x.org,\nBen,Li,ben@x.org,2\n", encoding="utf-8")
    with db.write() as session:
        report = import_roster(session, cycle.id, cycle.role_ladder[0], csv)
    assert not [w for w in report.warnings if "capacity column" in render(w, "en")]
    assert _capacities(db, cycle) == {"ana@x.org": 3, "ben@x.org": 2}


def test_the_program_default_is_said_in_french_and_mentees_keep_one(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {**program.settings, "matching": {"default_capacity": 2}}
    csv = tmp_path / "mentors.csv"
    csv.write_text(f"{HEADER}\nAna,Roy,ana@x.org\n", encoding="utf-8")
    with db.write() as session:
        report = import_roster(session, cycle.id, cycle.role_ladder[0], csv)
    [warning] = [w for w in report.warnings if "capacity" in render(w, "en")]
    assert render(warning, "fr").startswith(
        "Le fichier n'a pas de colonne de capacité\u00a0: chaque "
    )
    assert "capacité de 2, celle par défaut du programme" in render(warning, "fr")
    mentees = tmp_path / "mentees.csv"
    mentees.write_text(f"{HEADER}\nCy,Fox,cy@x.org\n", encoding="utf-8")
    with db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[-1], mentees)
    assert _capacities(db, cycle) == {"ana@x.org": 2, "cy@x.org": 1}
