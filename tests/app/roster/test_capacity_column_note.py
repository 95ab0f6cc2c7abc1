"""A mentors' file without a capacity column says what the import assumed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.db.engine import Database
from app.programs.service import CycleInfo
from app.sentences import render

HEADER = "First name,Last name,Email"


def _import(
    capsys: pytest.CaptureFixture[str], db_path: Path, cycle: CycleInfo, role: str, csv: Path
) -> dict[str, object]:
    code = cli.main(
        ["import", "--db", str(db_path), "--cycle", cycle.label, "--role", role, str(csv), "--json"]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    return dict(json.loads(out))


def test_mentors_without_capacity_column_are_warned(
    db: Database,
    cycle: CycleInfo,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db.dispose()
    csv = tmp_path / "mentors.csv"
    csv.write_text(f"{HEADER}\nAna,Roy,ana@x.org\nBen,Li,ben@x.org\n", encoding="utf-8")
    report = _import(capsys, db_path, cycle, cycle.role_ladder[0], csv)
    role = cycle.role_ladder[0]
    assert report["warnings"] == [
        f"The file has no capacity column, so every {role} was given capacity 1 (one mentee "
        "each); add the column or change the capacities on the Participants page."
    ]


def test_a_capacity_column_or_a_mentee_file_gives_no_such_warning(
    db: Database,
    cycle: CycleInfo,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db.dispose()
    with_capacity = tmp_path / "mentors.csv"
    with_capacity.write_text(f"{HEADER},Capacity\nAna,Roy,ana@x.org,2\n", encoding="utf-8")
    report = _import(capsys, db_path, cycle, cycle.role_ladder[0], with_capacity)
    assert not any("capacity column" in str(w) for w in report["warnings"])  # type: ignore[attr-defined]
    mentees = tmp_path / "mentees.csv"
    mentees.write_text(f"{HEADER}\nCy,Fox,cy@x.org\n", encoding="utf-8")
    report = _import(capsys, db_path, cycle, cycle.role_ladder[-1], mentees)
    assert not any("capacity column" in str(w) for w in report["warnings"])  # type: ignore[attr-defined]


def test_the_warning_reads_in_french(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    from app.roster.importer import import_roster

    csv = tmp_path / "mentors.csv"
    csv.write_text(f"{HEADER}\nAna,Roy,ana@x.org\n", encoding="utf-8")
    with db.write() as session:
        report = import_roster(session, cycle.id, cycle.role_ladder[0], csv, dry_run=True)
    [warning] = [w for w in report.warnings if "capacity" in w]
    assert render(warning, "fr").startswith("Le fichier n'a pas de colonne de capacité")
