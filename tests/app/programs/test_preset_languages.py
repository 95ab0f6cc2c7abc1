"""Preset ladders named in the language chosen at creation; preset names shown in French."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.db.engine import Database
from app.db.migrate import open_database
from app.db.models import Program
from app.programs.presets import ladder_language, preset_ladder, program_language, role_label
from app.programs.relations import program_relations
from app.programs.service import create_program


def _program(db: Database) -> Program:
    with db.read() as session:
        program = session.scalars(select(Program)).one()
        session.expunge(program)
        return program


def test_a_preset_ladder_is_named_in_the_language_chosen() -> None:
    assert preset_ladder("cascading") == [
        "Program lead", "Resident mentor", "Student mentor", "Youth",
    ]  # fmt: skip
    assert preset_ladder("cascading", "fr") == [
        "Responsable du programme", "Résident mentor", "Étudiant mentor", "Jeune",
    ]  # fmt: skip
    assert preset_ladder("one-to-one", "fr") == ["Résident mentor", "Étudiant en médecine"]


def test_only_known_preset_names_are_shown_in_french() -> None:
    assert role_label("Resident mentor", "fr") == "Résident mentor"
    assert role_label("Resident mentor", "en") == "Resident mentor"
    assert role_label("Chief wizard", "fr") == "Chief wizard"  # typed by the coordinator
    assert role_label("Résident mentor", "fr") == "Résident mentor"
    assert ladder_language(["Résident mentor", "Étudiant en médecine"]) == "fr"
    assert ladder_language(["Mentor", "Student"]) == "en"
    assert program_language({"language": "fr"}, ["Mentor", "Student"]) == "fr"


def test_a_french_program_keeps_french_rungs_and_its_relations(db: Database) -> None:
    with db.write() as session:
        create_program(session, "Cascade", model="cascading", lang="fr")
    program = _program(db)
    assert program.role_ladder == [
        "Responsable du programme", "Résident mentor", "Étudiant mentor", "Jeune",
    ]  # fmt: skip
    assert program.settings["language"] == "fr"
    relations = program_relations(program.settings, program.role_ladder)
    assert [(r.mentor_role, r.is_groups) for r in relations][1] == ("Résident mentor", True)


def test_the_ladder_typed_in_a_french_window_says_the_program_is_french(db: Database) -> None:
    with db.write() as session:
        create_program(
            session, "Cascade", model="cascading", role_ladder=preset_ladder("cascading", "fr")
        )
    assert _program(db).settings["language"] == "fr"


def test_init_lang_fr_names_the_rungs_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fr.db"
    args = ["init", "--db", str(path), "--program", "Jeunes", "--cycle", "2026-2027"]
    assert main([*args, "--model", "one-to-one", "--lang", "fr", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["model"] == "one-to-one"
    db = open_database(path)
    program = _program(db)
    db.dispose()
    assert program.role_ladder == ["Résident mentor", "Étudiant en médecine"]
