"""Opening databases: creation, pragmas, private files, upgrades and refusals."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.db.migrate import head_revision, known_revisions, open_database
from app.db.models import Base
from app.errors import NotAMentorDeskDatabaseError, SafetyError, SchemaTooNewError


def test_new_database_is_private_and_at_head(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.read() as session:
            version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            topics = session.execute(text("SELECT count(*) FROM topic")).scalar()
        assert version == head_revision()
        assert topics and topics >= 20
    finally:
        db.dispose()
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_every_connection_gets_the_safety_pragmas(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            pragmas = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
    finally:
        db.dispose()
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


def test_write_sessions_take_the_write_lock_at_once(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.write() as session:
            session.execute(text("SELECT 1 FROM program"))  # a read inside a write action
            other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
        with db.read() as session:
            session.execute(text("SELECT 1 FROM program"))
            other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")  # a reader does not block writers
            other.execute("ROLLBACK")
            other.close()
    finally:
        db.dispose()


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(NotAMentorDeskDatabaseError, match="not a MentorDesk database"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4096))
    with pytest.raises(NotAMentorDeskDatabaseError, match="not a database"):
        open_database(path)


def test_reopening_a_current_database_makes_no_copy(db_path: Path, isolated_home: Path) -> None:
    open_database(db_path).dispose()
    open_database(db_path, backup_dir=isolated_home / "backups").dispose()
    assert not (isolated_home / "backups").exists()


SCHEMA_FIXTURES = sorted((Path(__file__).parent.parent / "data" / "schema").glob("*.db"))


def test_every_earlier_schema_has_a_fixture_database() -> None:
    fixtures = {path.stem for path in SCHEMA_FIXTURES}
    assert fixtures == known_revisions() - {head_revision()}


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda path: path.stem)
def test_earlier_schemas_upgrade_with_their_data(
    fixture: Path, tmp_path: Path, isolated_home: Path
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(fixture, path)
    before = _row_counts(path)
    db = open_database(path, backup_dir=isolated_home / "backups")
    try:
        with db.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            checks = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'meeting'"
            ).scalar()
    finally:
        db.dispose()
    assert version == head_revision()
    assert integrity == "ok"
    assert diffs == []
    assert "ck_meeting_one_owner" in (checks or "")  # batch rebuilds keep named checks
    after = _row_counts(path)
    assert {table: after[table] for table in before} == before
    copies = list((isolated_home / "backups").glob(f"old-before-upgrade-{fixture.stem}-*.db"))
    assert len(copies) == 1
    assert _row_counts(copies[0]) == before


def _row_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            )
        ]
        return {
            name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables
        }
    finally:
        con.close()


FIXTURE_0002 = Path(__file__).parent.parent / "data" / "schema" / "0002.db"


def _older_copy(tmp_path: Path, statements: list[str]) -> Path:
    """A copy of the 0002 demo fixture with ``statements`` applied, as an old version would."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_0002, path)
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()
    return path


def _person(path: Path, person_id: int) -> tuple[str, str, str]:
    con = sqlite3.connect(path)
    try:
        row = con.execute(
            "SELECT preferred_language, language_source, email_key FROM person WHERE id = ?",
            (person_id,),
        ).fetchone()
    finally:
        con.close()
    return row


def test_0003_records_how_each_letter_language_was_decided(
    tmp_path: Path, isolated_home: Path
) -> None:
    path = _older_copy(
        tmp_path,
        [
            # 1: French only, the old default: the languages spoken decide (French).
            "UPDATE person SET languages = '[\"Fran\u00e7ais\"]', preferred_language = 'en' "
            "WHERE id = 1",
            # 2: both languages, French chosen: somebody stated it.
            'UPDATE person SET languages = \'["English", "French"]\', '
            "preferred_language = 'fr' WHERE id = 2",
            # 3: both languages, the old default: nobody knows.
            'UPDATE person SET languages = \'["French", "English"]\', '
            "preferred_language = 'en' WHERE id = 3",
            # 4: English only.
            "UPDATE person SET languages = '[\"English\"]', preferred_language = 'en' WHERE id = 4",
            # 5: a stored key that an import would never find again.
            "UPDATE person SET email = 'Zo\u00c9.Lef@Example.org', email_key = "
            "'Zo\u00c9.Lef@Example.org' WHERE id = 5",
        ],
    )
    open_database(path, backup_dir=isolated_home / "backups").dispose()
    assert _person(path, 1)[:2] == ("fr", "spoken")
    assert _person(path, 2)[:2] == ("fr", "stated")
    assert _person(path, 3)[:2] == ("en", "unknown")
    assert _person(path, 4)[:2] == ("en", "spoken")
    assert _person(path, 5)[2] == "zo\u00e9.lef@example.org"


def test_0003_refuses_two_people_whose_keys_would_clash(
    tmp_path: Path, isolated_home: Path
) -> None:
    path = _older_copy(
        tmp_path,
        [
            "UPDATE person SET email = 'same@example.org', email_key = 'same@example.org' "
            "WHERE id = 1",
            "UPDATE person SET email = 'SAME@example.org', email_key = 'SAME@example.org' "
            "WHERE id = 2",
        ],
    )
    before = _row_counts(path)
    with pytest.raises(SafetyError, match=r"same@example\.org written in different letter case"):
        open_database(path, backup_dir=isolated_home / "backups")
    con = sqlite3.connect(path)
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        keys = [k for (k,) in con.execute("SELECT email_key FROM person WHERE id IN (1, 2)")]
    finally:
        con.close()
    assert version == "0002"
    assert sorted(keys) == ["SAME@example.org", "same@example.org"]
    assert _row_counts(path) == before


FIXTURE_0003 = Path(__file__).parent.parent / "data" / "schema" / "0003.db"


def test_0004_keeps_every_row_and_gives_the_new_columns_their_defaults(
    tmp_path: Path, isolated_home: Path
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_0003, path)
    before = _row_counts(path)
    open_database(path, backup_dir=isolated_home / "backups").dispose()
    after = _row_counts(path)
    assert {name: after[name] for name in before} == before
    assert after["agreement"] == after["agreement_goal"] == after["orientation"] == 0
    con = sqlite3.connect(path)
    try:
        decisions = con.execute("SELECT DISTINCT next_cycle, end_category FROM match").fetchall()
        cycles = con.execute("SELECT previous_id, closed_at FROM cycle").fetchall()
        returning = con.execute("SELECT DISTINCT next_cycle FROM participant").fetchall()
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    assert before["match"] > 0 and decisions == [("", "")]
    assert cycles and all(row == (None, None) for row in cycles)
    assert returning == [("",)]
    assert version == head_revision()
