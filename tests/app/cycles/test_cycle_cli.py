"""``mentordesk cycle new --from`` and ``cycle reopen`` on a real demo database file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.migrate import open_database
from app.db.models import Cycle, Match, Participant
from app.demo import DEMO_PROGRAM


def _demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--json"]) == 0
    label = json.loads(capsys.readouterr().out)["cycle"]
    return path, label


def _next(label: str) -> str:
    start = int(label[:4]) + 1
    return f"{start}-{start + 1}"


def test_cycle_new_from_rolls_the_demo_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path, label = _demo(tmp_path, capsys)
    new = _next(label)
    code = main([
        "cycle", "new", "--db", str(path), "--program", DEMO_PROGRAM, "--label", new,
        "--from", label, "--starts", f"{new[:4]}-09-01", "--json",
    ])  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out.err
    document = json.loads(out.out)
    assert set(document) >= {"cycle", "program", "from", "participants_carried",
                             "pairs_continued", "groups_continued", "copied"}  # fmt: skip
    assert (document["cycle"], document["from"], document["program"]) == (new, label, DEMO_PROGRAM)
    assert document["pairs_continued"] > 0 and "settings" in document["copied"]
    database = open_database(path)
    try:
        with database.read() as session:
            new_cycle = session.scalar(select(Cycle).where(Cycle.label == new))
            old = session.scalar(select(Cycle).where(Cycle.label == label))
            assert old.status == "closed" and new_cycle.previous_id == old.id
            people = session.scalar(
                select(func.count()).where(Participant.cycle_id == new_cycle.id)
            )
            pairs = session.scalar(select(func.count()).where(Match.cycle_id == new_cycle.id))
            assert (people, pairs) == (
                document["participants_carried"],
                document["pairs_continued"],
            )
    finally:
        database.dispose()
    # The closed cycle refuses an import (exit 3) and a second roll-over (exit 2).
    sample = Path("resources/sample/mentors.csv").resolve()
    assert main(["import", "--db", str(path), "--cycle", label, "--program", DEMO_PROGRAM,
                 "--role", "mentor", str(sample)]) == 3  # fmt: skip
    assert capsys.readouterr().err == (
        f"mentordesk: Cycle {label} is closed; reopen it to change it.\n"
    )
    again = ["cycle", "new", "--db", str(path), "--program", DEMO_PROGRAM, "--label", "x",
             "--from", label]  # fmt: skip
    assert main(again) == 2
    assert "is already closed: its next cycle was started" in capsys.readouterr().err
    reopen = ["cycle", "reopen", "--db", str(path), "--program", DEMO_PROGRAM, "--label", label]
    assert main(reopen) == 0
    assert f"Reopened cycle {label}" in capsys.readouterr().out
    assert main(reopen) == 2
    assert capsys.readouterr().err == (
        f"mentordesk: Cycle {label} is not closed; there is nothing to reopen.\n"
    )


def test_cycle_new_without_from_and_unknown_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path, label = _demo(tmp_path, capsys)
    base = ["cycle", "new", "--db", str(path), "--program", DEMO_PROGRAM]
    assert main([*base, "--label", "2040-2041"]) == 0
    assert capsys.readouterr().out.startswith("Created cycle 2040-2041 of ")
    assert main([*base, "--label", "2041-2042", "--from", "1999"]) == 2
    assert capsys.readouterr().err == (f"mentordesk: Program “{DEMO_PROGRAM}” has no cycle 1999.\n")
    assert main(["cycle", "new", "--db", str(path), "--program", "Nope", "--label", "a"]) == 2
    assert capsys.readouterr().err == "mentordesk: There is no program named “Nope”.\n"
    assert main([*base, "--label", label, "--from", label]) == 2
    assert "needs another label than" in capsys.readouterr().err
