"""Rows rejected by a check can be corrected (as the import wizard does) and checked again:
the corrections replace cells as the rows are read, the file itself never changes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent
from app.programs.service import CycleInfo
from app.roster import batches
from tests.app.roster.test_importer import people, run_import, write_csv

HEADER = ["Email", "First name", "Last name", "Capacity"]


def _file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "sign-ups.csv",
        [
            HEADER,
            ["ana@example.com", "Ana", "Roy", "1"],
            ["not-an-email", "Ben", "Côté", "2"],
            ["cleo@example.com", "Cléo", "Dubé", "lots"],
            ["dan@", "Dan", "Lee", "3"],
        ],
    )


def _rejected(report: object) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = {}
    for r in report.rejected:  # type: ignore[attr-defined]
        found.setdefault(r.row, []).append((r.column, r.error))
    return found


@pytest.fixture(params=["whole", "batched"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "batched":
        monkeypatch.setattr(batches, "STREAM_FROM_BYTES", 0)
        monkeypatch.setattr(batches, "BATCH_ROWS", 2)
    return str(request.param)


def test_corrected_rows_are_checked_again_and_imported(
    db: Database, cycle: CycleInfo, tmp_path: Path, reading: str
) -> None:
    path = _file(tmp_path)
    before = path.read_bytes()
    first = run_import(db, cycle, path, dry_run=True)
    assert sorted(_rejected(first)) == [3, 4, 5]
    corrections = {3: {"Email": "ben@example.com"}, 4: {"capacity": " 2 "}}
    check = run_import(db, cycle, path, dry_run=True, corrections=corrections)
    assert check.imported == 3 and check.corrected == 2
    # The row nobody corrected keeps its sentence, word for word.
    assert _rejected(check) == {5: _rejected(first)[5]}
    done = run_import(db, cycle, path, corrections=corrections, expected_sha256=first.sha256)
    assert (done.imported, done.rejected_rows, done.corrected) == (3, 1, 2)
    found = people(db)
    assert set(found) == {"ana@example.com", "ben@example.com", "cleo@example.com"}
    assert path.read_bytes() == before
    assert hashlib.sha256(before).hexdigest() == first.sha256
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).one()
        details = json.dumps(event.details) if hasattr(event, "details") else ""
    assert "ben@example.com" not in details
    assert '"corrected_rows": 2' in details


def test_a_correction_still_wrong_stays_rejected_with_its_new_sentence(
    db: Database, cycle: CycleInfo, tmp_path: Path, reading: str
) -> None:
    path = _file(tmp_path)
    first = run_import(db, cycle, path, dry_run=True)
    again = run_import(db, cycle, path, dry_run=True, corrections={3: {"Email": "ana@example.com"}})
    assert 3 in _rejected(again)
    assert _rejected(again)[3] != _rejected(first)[3]
    assert "row 2" in _rejected(again)[3][0][1]  # now the same email as row 2
    assert _rejected(again)[4] == _rejected(first)[4]


def test_an_unknown_column_is_a_bug_not_a_silent_skip(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    with pytest.raises(ValueError):
        run_import(db, cycle, _file(tmp_path), dry_run=True, corrections={3: {"Nope": "x"}})
