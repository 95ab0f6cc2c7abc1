"""``mentordesk init --model`` through the real command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse refuses before any command runs
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _program(path: Path) -> tuple[list[str], dict]:
    with sqlite3.connect(path) as connection:
        ladder, settings = connection.execute(
            "SELECT role_ladder, settings FROM program"
        ).fetchone()
    return json.loads(ladder), json.loads(settings)


def test_init_cascading_sets_up_the_ladder_and_relations(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "kids.db"
    code, out, err = run(
        capsys, "init", "--db", str(db), "--program", "Kids", "--cycle", "2026",
        "--model", "cascading", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out)["model"] == "cascading"
    ladder, settings = _program(db)
    assert ladder == ["Program lead", "Resident mentor", "Student mentor", "Youth"]
    kinds = [(r["mentee_role"], r["kind"]) for r in settings["relations"]]
    assert kinds == [("Resident mentor", "pairs"), ("Student mentor", "groups"), ("Youth", "pairs")]


def test_init_without_model_is_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "plain.db"
    code, out, _ = run(capsys, "init", "--db", str(db), "--program", "P", "--cycle", "1", "--json")
    assert code == 0 and json.loads(out)["model"] == ""
    ladder, settings = _program(db)
    assert ladder == ["Resident mentor", "Medical student"]
    assert settings == {"cadence_days": 60}


def test_unknown_model_is_an_argparse_choice_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "none.db"
    code, out, err = run(
        capsys, "init", "--db", str(db), "--program", "P", "--cycle", "1", "--model", "pyramid"
    )
    assert code == 2 and out == ""
    assert "invalid choice: 'pyramid'" in err and "faculty" in err
    assert not db.exists()


def test_another_model_for_an_existing_program_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "f.db")
    assert (
        run(capsys, "init", "--db", db, "--program", "F", "--cycle", "1", "--model", "faculty")[0]
        == 0
    )
    code, _, err = run(
        capsys, "init", "--db", db, "--program", "F", "--cycle", "2", "--model", "small-groups"
    )
    assert code == 2
    assert err == (
        "mentordesk: The program “F” already exists with another model; change its model in "
        "Program settings.\n"
    )
