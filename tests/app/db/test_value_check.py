"""The value check: what no constraint of the schema says (storage types, dates, JSON,
enumerations, UTF-8) is verified on every backup and restore candidate."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import JSON

from app.backup.checks import verify_database_file
from app.db import models
from app.db.models import MATCH_STATUSES, MEETING_MODES, Base
from app.db.value_check import ENUMERATIONS, JSON_SHAPES
from app.errors import BackupVerificationError
from app.meetings.service import INITIATORS
from app.roster.fields import STATUSES
from tests.app.db.tampering import VALUE_EDITS, build_pristine, tamper, tampered_copy

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "schema"
SMALLEST, LARGEST = -(2**63), 2**63 - 1


@pytest.fixture(scope="module")
def pristine_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pristine(tmp_path_factory.mktemp("pristine"))[1]


@pytest.fixture
def candidate(pristine_backup: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(pristine_backup, tmp_path / "candidate.mentordesk-backup"))


def _refusal(path: Path) -> str:
    with pytest.raises(BackupVerificationError) as refused:
        verify_database_file(path, path.name)
    return refused.value.message


def test_genuine_files_of_every_revision_pass(pristine_backup: Path, tmp_path: Path) -> None:
    # Between them they hold every column type of every revision: each has a value rule.
    for source in [pristine_backup, *sorted(FIXTURES.glob("*.db"))]:
        copy = Path(shutil.copyfile(source, tmp_path / source.name))
        assert verify_database_file(copy, copy.name).participants > 0


@pytest.mark.parametrize("edit", sorted(VALUE_EDITS))
def test_a_value_mentordesk_never_writes_is_refused(edit: str, candidate: Path) -> None:
    statements, fragment = VALUE_EDITS[edit]
    tamper(candidate, statements)
    message = _refusal(candidate)
    assert message.startswith("candidate.mentordesk-backup was changed outside MentorDesk (row ")
    assert fragment in message
    assert message.endswith("so MentorDesk will not use it; your database was not changed.")


def test_integrity_check_verifies_the_schema_check_constraints(candidate: Path) -> None:
    # The schema's own CHECK constraints are left to integrity_check (SQLite verifies them
    # there); this proves it does, so value_check need not repeat them.
    tamper(
        candidate,
        (
            "PRAGMA ignore_check_constraints = ON",
            "UPDATE participant SET capacity = -1 WHERE id = (SELECT min(id) FROM participant)",
        ),
    )
    assert "the integrity check failed" in _refusal(candidate)


def test_json_python_reads_is_not_refused(candidate: Path) -> None:
    # json.dumps writes NaN, which SQLite's strict json_valid refuses: still a genuine file.
    tamper(candidate, ("""UPDATE program SET settings = '{"weight": NaN}'""",))
    verify_database_file(candidate, candidate.name)


def test_invalid_bytes_cannot_hide_by_joining_their_neighbour(candidate: Path) -> None:
    # A cut "é" (C3) at the end of one name and its second byte (A9) at the start of the
    # next: joined without a separator they would read as a valid "é".
    tamper(
        candidate,
        (
            "UPDATE person SET first_name = CAST(X'5A6FC3' AS TEXT) WHERE id = 1",
            "UPDATE person SET first_name = CAST(X'A9646F' AS TEXT) WHERE id = 2",
        ),
    )
    assert "row 1 of its table “person” holds text that is not valid UTF-8" in _refusal(candidate)


@pytest.mark.parametrize("rowid", [SMALLEST, 4097, 9000, LARGEST])
def test_invalid_text_is_found_in_any_row(candidate: Path, rowid: int) -> None:
    conn = sqlite3.connect(candidate, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO audit_event (id, at, actor, action, entity, entity_id, details) "
        "VALUES (?, '2026-01-01 10:00:00.000000', '', 'look', 'person', NULL, '{}')",
        [(n,) for n in range(1000, 10000)],
    )
    conn.execute(
        "INSERT OR REPLACE INTO audit_event (id, at, actor, action, entity, entity_id, details) "
        "VALUES (?, '2026-01-01 10:00:00.000000', '', CAST(X'FF' AS TEXT), 'person', NULL, '{}')",
        (rowid,),
    )
    conn.execute("COMMIT")
    conn.close()
    assert f"row {rowid} of its table “audit_event” holds text that is not valid UTF-8" in (
        _refusal(candidate)
    )


def test_a_file_in_another_text_encoding_is_refused(pristine_backup: Path, tmp_path: Path) -> None:
    path = tmp_path / "utf16.mentordesk-backup"
    source = sqlite3.connect(pristine_backup)
    target = sqlite3.connect(path)
    target.execute("PRAGMA encoding = 'UTF-16le'")
    target.executescript("\n".join(source.iterdump()))
    source.close()
    target.close()
    assert "it stores its text as UTF-16le" in _refusal(path)


def test_the_enumerations_are_the_ones_the_services_use() -> None:
    assert ENUMERATIONS[("match", "status")] == MATCH_STATUSES
    assert ENUMERATIONS[("meeting", "mode")] == MEETING_MODES
    assert ENUMERATIONS[("participant", "status")] == STATUSES
    assert set(ENUMERATIONS[("meeting", "initiated_by")]) == set(INITIATORS)
    for table in ("match", "mentor_group"):
        assert ENUMERATIONS[(table, "next_cycle")] == models.NEXT_CYCLE_DECISIONS
        assert ENUMERATIONS[(table, "end_category")] == models.END_CATEGORIES
    assert ENUMERATIONS[("participant", "next_cycle")] == models.RETURNING_ANSWERS
    assert ENUMERATIONS[("mentor_group", "status")] == models.GROUP_STATUSES
    assert ENUMERATIONS[("mentor_group", "first_meeting_mode")] == ("", *MEETING_MODES)
    assert ENUMERATIONS[("agreement_goal", "status")] == models.GOAL_STATUSES
    assert ENUMERATIONS[("survey", "moment")] == models.SURVEY_MOMENTS
    assert ENUMERATIONS[("survey_question", "kind")] == models.SURVEY_QUESTION_KINDS
    for column in ("mid_status", "end_status"):
        assert ENUMERATIONS[("agreement_goal", column)] == ("", *models.GOAL_STATUSES)


def test_every_json_column_has_its_shape() -> None:
    found = {}
    for mapper in Base.registry.mappers:
        for column in mapper.columns:
            if isinstance(column.type, JSON):
                annotation = str(mapper.class_.__annotations__[column.key])
                found[(mapper.local_table.name, column.name)] = (
                    "array" if "list[" in annotation else "object"
                )
    assert found == JSON_SHAPES


def test_a_refusal_leaves_a_verified_copy_alone(pristine_backup: Path, tmp_path: Path) -> None:
    statements, _ = VALUE_EDITS["invalid_json"]
    path = tampered_copy(pristine_backup, tmp_path / "x.mentordesk-backup", statements)
    before = path.read_bytes()
    _refusal(path)
    assert path.read_bytes() == before
