"""Ways to change a MentorDesk database or backup outside MentorDesk, as an attacker would,
each with a fragment of the sentence that must refuse it; and a pristine demo to change."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.backup.service import backup_database
from app.db.migrate import open_database
from app.demo import create_demo


def rewrite_schema(table: str, old: str, new: str) -> tuple[str, ...]:
    """Statements that edit ``table``'s CREATE statement in place (``writable_schema``):
    what SQLite's own ALTER TABLE cannot do, such as loosening a CHECK constraint."""
    return (
        "PRAGMA writable_schema = ON",
        f"UPDATE sqlite_master SET sql = replace(sql, '{old}', '{new}') "
        f"WHERE type = 'table' AND name = '{table}'",
        "PRAGMA writable_schema = OFF",
    )


FIRST_PERSON = "(SELECT min(id) FROM person)"

# name -> (statements, a fragment of the refusal in parentheses)
SCHEMA_EDITS: dict[str, tuple[tuple[str, ...], str]] = {
    "extra_trigger": (
        ("CREATE TRIGGER wipe AFTER INSERT ON audit_event BEGIN DELETE FROM person; END",),
        "it has a trigger named “wipe” that MentorDesk never creates",
    ),
    "extra_view": (
        ("CREATE VIEW everyone AS SELECT * FROM person",),
        "it has a view named “everyone” that MentorDesk never creates",
    ),
    "extra_table": (
        ("CREATE TABLE stolen (secret TEXT)",),
        "it has a table named “stolen” that MentorDesk never creates",
    ),
    "extra_index": (
        ("CREATE INDEX ix_sneaky ON person (email)",),
        "it has an index named “ix_sneaky” that MentorDesk never creates",
    ),
    "dropped_index": (
        ("DROP INDEX ix_match_mentor_id",),
        "its index “ix_match_mentor_id” is missing",
    ),
    "dropped_table": (("DROP TABLE import_mapping",), "its table “import_mapping” is missing"),
    "partial_index": (
        (
            "DROP INDEX ix_match_mentor_id",
            "CREATE INDEX ix_match_mentor_id ON \"match\" (mentor_id) WHERE status = 'active'",
        ),
        "its index “ix_match_mentor_id” differs from MentorDesk's",
    ),
    "changed_check": (
        rewrite_schema("match", "CHECK (mentor_id != mentee_id)", "CHECK (1)"),
        "the rules (CHECK constraints) of its table “match” differ from MentorDesk's",
    ),
    "changed_column_type": (
        rewrite_schema("participant", "capacity INTEGER NOT NULL", "capacity TEXT NOT NULL"),
        "the column “capacity” of its table “participant” has the type TEXT "
        "where MentorDesk uses INTEGER",
    ),
    "dropped_not_null": (
        rewrite_schema("person", "email VARCHAR(320) NOT NULL", "email VARCHAR(320)"),
        "the column “email” of its table “person” is not defined as MentorDesk does",
    ),
    "collation_added": (
        rewrite_schema(
            "person",
            "email_key VARCHAR(320) NOT NULL",
            "email_key VARCHAR(320) NOT NULL COLLATE NOCASE",
        ),
        "its table “person”",
    ),
    "added_column": (
        ("ALTER TABLE person ADD COLUMN payload TEXT",),
        "its table “person” has a column “payload” that MentorDesk never creates",
    ),
    "look_alike_table": (
        (
            "DROP TABLE topic",
            "CREATE TABLE topic (id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, "
            "name_fr VARCHAR(200) NOT NULL, category VARCHAR(100) NOT NULL, "
            "active VARCHAR(5) NOT NULL, CONSTRAINT pk_topic PRIMARY KEY (id), "
            "CONSTRAINT uq_topic_name UNIQUE (name))",
        ),
        "the column “active” of its table “topic” has the type VARCHAR(5) "
        "where MentorDesk uses BOOLEAN",
    ),
    "older_revision_claimed": (
        ("UPDATE alembic_version SET version_num = '0001'",),
        "it says its schema is version 0001, but its tables are those of version 0008",
    ),
    "second_revision_row": (
        ("INSERT INTO alembic_version VALUES ('0001')",),
        "it records no single schema version",
    ),
    "trigger_named_like_sqlite": (
        (
            "PRAGMA writable_schema = ON",
            "INSERT INTO sqlite_master VALUES ('trigger', 'sqlite_x', 'person', 0, "
            "'CREATE TRIGGER sqlite_x AFTER UPDATE ON person BEGIN DELETE FROM person; END')",
            "PRAGMA writable_schema = OFF",
        ),
        "it has a trigger named “sqlite_x” that MentorDesk never creates",
    ),
}

VALUE_EDITS: dict[str, tuple[tuple[str, ...], str]] = {
    "invalid_json": (
        ("UPDATE program SET settings = '{not json'",),
        "holds data that is not the JSON MentorDesk writes there in “settings”",
    ),
    "json_of_the_wrong_shape": (
        (f"UPDATE person SET languages = '{{}}' WHERE id = {FIRST_PERSON}",),
        "holds data that is not the JSON MentorDesk writes there in “languages”",
    ),
    "invalid_utf8_in_a_name": (
        (f"UPDATE person SET first_name = CAST(X'5A6FC3' AS TEXT) WHERE id = {FIRST_PERSON}",),
        "holds text that is not valid UTF-8 in “first_name”",
    ),
    "match_status_out_of_range": (
        ('UPDATE "match" SET status = \'exploded\' WHERE id = (SELECT min(id) FROM "match")',),
        "of its table “match” holds a value MentorDesk never writes there in “status”",
    ),
    "participant_status_out_of_range": (
        ("UPDATE participant SET status = 'hacked' WHERE id = (SELECT max(id) FROM participant)",),
        "of its table “participant” holds a value MentorDesk never writes there in “status”",
    ),
    "meeting_mode_out_of_range": (
        ("UPDATE meeting SET mode = 'telepathy' WHERE id = (SELECT min(id) FROM meeting)",),
        "of its table “meeting” holds a value MentorDesk never writes there in “mode”",
    ),
    "word_in_a_number": (
        ("UPDATE participant SET capacity = 'lots' WHERE id = (SELECT min(id) FROM participant)",),
        "holds a value of the wrong kind in “capacity”",
    ),
    "impossible_date": (
        ("UPDATE meeting SET held_on = '2026-02-30' WHERE id = (SELECT min(id) FROM meeting)",),
        "holds a value of the wrong kind in “held_on”",
    ),
    "time_with_a_zone": (
        (f"UPDATE person SET created_at = '2026-01-01 10:00:00+05:00' WHERE id = {FIRST_PERSON}",),
        "holds a value of the wrong kind in “created_at”",
    ),
    "boolean_two": (
        (f"UPDATE person SET share_phone = 2 WHERE id = {FIRST_PERSON}",),
        "holds a value of the wrong kind in “share_phone”",
    ),
    "bytes_in_a_name": (
        (f"UPDATE person SET last_name = X'00FF' WHERE id = {FIRST_PERSON}",),
        "holds a value of the wrong kind in “last_name”",
    ),
}


def tamper(path: Path, statements: tuple[str, ...]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def tampered_copy(source: Path, target: Path, statements: tuple[str, ...]) -> Path:
    shutil.copyfile(source, target)
    tamper(target, statements)
    return target


def build_pristine(folder: Path) -> tuple[Path, Path]:
    """A closed demo database and a verified plain backup of it, made in ``folder``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MENTORDESK_HOME", str(folder / "home"))
        db_path = folder / "demo.db"
        db = open_database(db_path)
        try:
            with db.write() as session:
                create_demo(session)
        finally:
            db.dispose()
        backup = backup_database(db_path, folder / "backups").path
    return db_path, backup
