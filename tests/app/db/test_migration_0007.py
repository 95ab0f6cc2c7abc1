"""Schema 0007: group letters in the letter log, a group's first meeting on the group."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app.db.migrate import head_revision, open_database
from app.db.models import LetterRecord

FIXTURE_0006 = Path(__file__).parents[2] / "data" / "schema" / "0006.db"


def _old_database(tmp_path: Path, settings: dict[str, object]) -> tuple[Path, dict[str, int]]:
    """A copy of the 0006 fixture with two groups, a pair letter and ``settings`` stored."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_0006, path)
    con = sqlite3.connect(path)
    try:
        cycle_id, program_id = con.execute("SELECT id, program_id FROM cycle LIMIT 1").fetchone()
        match_id, mentor_id = con.execute("SELECT id, mentor_id FROM match LIMIT 1").fetchone()
        ids: dict[str, int] = {"cycle": cycle_id, "program": program_id, "match": match_id}
        for name in ("Tuesday circle", "Thursday circle"):
            cursor = con.execute(
                "INSERT INTO mentor_group (cycle_id, name, created_at, status) "
                "VALUES (?, ?, '2026-09-01 10:00:00', 'confirmed')",
                (cycle_id, name),
            )
            ids[name] = int(cursor.lastrowid or 0)
        con.execute(
            "INSERT INTO letter_record (match_id, recipient_id, language, template_version, "
            "file_name, file_sha256, created_at) VALUES (?, ?, 'fr', 'v1', 'pair.pdf', ?, "
            "'2026-09-02 10:00:00')",
            (match_id, mentor_id, "a" * 64),
        )
        stored = {"cadence_days": 45, **settings}
        con.execute(
            "UPDATE program SET settings = ? WHERE id = ?", (json.dumps(stored), program_id)
        )
        con.commit()
    finally:
        con.close()
    return path, ids


def _rows(path: Path, query: str, *args: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def test_first_meetings_move_from_the_settings_onto_their_groups(
    tmp_path: Path, isolated_home: Path
) -> None:
    path, ids = _old_database(tmp_path, {})
    tuesday, thursday = ids["Tuesday circle"], ids["Thursday circle"]
    entries = {
        str(tuesday): {
            "on": "2026-09-15",
            "time": "18:00",
            "place": "https://video.example.org/circle",
            "mode": "video",
        },
        str(thursday): {"on": "not a day", "time": "", "place": "Room 2.14", "mode": "smoke"},
        "999": {"on": "2026-10-01", "place": "a group that is gone"},
    }
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE program SET settings = ? WHERE id = ?",
        (json.dumps({"cadence_days": 45, "group_first_meetings": entries}), ids["program"]),
    )
    con.commit()
    con.close()
    open_database(path, backup_dir=isolated_home / "backups").dispose()
    columns = "first_meeting_on, first_meeting_time, first_meeting_place, first_meeting_mode"
    query = f"SELECT {columns} FROM mentor_group WHERE id = ?"
    assert _rows(path, query, tuesday) == [
        ("2026-09-15", "18:00", "https://video.example.org/circle", "video")
    ]
    # What is not a day or a known way of meeting is not guessed; the place is kept.
    assert _rows(path, query, thursday) == [(None, "", "Room 2.14", "")]
    (settings,) = _rows(path, "SELECT settings FROM program WHERE id = ?", ids["program"])[0]
    assert json.loads(str(settings)) == {"cadence_days": 45}
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


def test_letters_and_settings_survive_and_a_record_is_a_pairs_or_a_groups(
    tmp_path: Path, isolated_home: Path
) -> None:
    path, ids = _old_database(tmp_path, {"letterhead": {"organisation": "Pavillon"}})
    open_database(path, backup_dir=isolated_home / "backups").dispose()
    assert _rows(path, "SELECT match_id, group_id, file_name FROM letter_record") == [
        (ids["match"], None, "pair.pdf")
    ]
    (settings,) = _rows(path, "SELECT settings FROM program WHERE id = ?", ids["program"])[0]
    assert json.loads(str(settings)) == {
        "cadence_days": 45,
        "letterhead": {"organisation": "Pavillon"},
    }
    (mentor_id,) = _rows(path, "SELECT mentor_id FROM match WHERE id = ?", ids["match"])[0]
    db = open_database(path)
    try:
        with db.write() as session:  # a group letter now has its row in the log
            session.add(
                LetterRecord(
                    group_id=ids["Tuesday circle"], recipient_id=mentor_id, language="en",
                    template_version="v1", file_name="groups.pdf", file_sha256="b" * 64,
                )
            )  # fmt: skip
        for match_id, group_id in ((None, None), (ids["match"], ids["Tuesday circle"])):
            refused = pytest.raises(IntegrityError, match="CHECK constraint failed")
            with refused, db.write() as session:
                session.add(
                        LetterRecord(
                            match_id=match_id, group_id=group_id, recipient_id=mentor_id,
                            language="en", template_version="v1", file_name="x.pdf",
                            file_sha256="c" * 64,
                        )
                    )  # fmt: skip
        with db.engine.connect() as conn:
            table = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'letter_record'"
            ).scalar()
    finally:
        db.dispose()
    assert "ck_letter_record_match_xor_group" in str(table)
    # Deleting a group deletes its letter records with it.
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM mentor_group WHERE id = ?", (ids["Tuesday circle"],))
    con.commit()
    con.close()
    assert _rows(path, "SELECT count(*) FROM letter_record WHERE group_id IS NOT NULL") == [(0,)]
