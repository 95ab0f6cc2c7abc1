"""New groups are named in the program's or the window's language; stored names stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.db.engine import Database
from app.db.models import Group, Program
from app.grouping.service import propose_groups, save_groups
from tests.app.grouping.cascade import STUDENT, build_cascade


def _names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Group.name).order_by(Group.id)))


def test_an_english_program_in_an_english_window_gets_group_n(db: Database) -> None:
    cascade = build_cascade(db)
    with db.write() as session:
        save_groups(session, propose_groups(session, cascade.cycle_id, STUDENT, lang="en"))
    assert _names(db) == ["Group 1", "Group 2"]


def test_a_french_window_names_them_groupe_n_and_keeps_stored_names(db: Database) -> None:
    cascade = build_cascade(db)
    with db.write() as session:
        save_groups(session, propose_groups(session, cascade.cycle_id, STUDENT, lang="en"))
        first = session.scalars(select(Group).order_by(Group.id)).first()
        assert first is not None
        first.status = "confirmed"  # a confirmed group is kept by a new proposal
    with db.write() as session:
        proposal = propose_groups(session, cascade.cycle_id, STUDENT, lang="fr")
    assert all(name.startswith("Groupe ") for name in proposal.names)
    assert _names(db)[0] == "Group 1"  # a stored name is never renamed


def test_a_program_set_up_in_french_names_them_groupe_n_from_the_command_line(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_cascade(db)
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        program.settings = {**program.settings, "language": "fr"}
    args = ["groups", "--db", str(db_path), "--cycle", "2026-2027", "--role", STUDENT]
    assert main([*args, "--apply", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [g["name"] for g in document["groups"]] == ["Groupe 1", "Groupe 2"]
    assert _names(db) == ["Groupe 1", "Groupe 2"]
