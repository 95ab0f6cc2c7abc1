"""Restore: only a verified backup replaces the database, and a safety copy is kept."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.backup import PassphraseRequiredError, backup_database, restore_database
from app.backup.checks import SQLITE_MAGIC
from app.db.engine import Database
from app.db.migrate import head_revision, open_database
from app.db.models import Match
from app.errors import (
    BackupVerificationError,
    DatabaseLockedError,
    NotAMentorDeskDatabaseError,
    SafetyError,
    SchemaTooNewError,
)
from app.programs.service import CycleInfo
from tests.app.backup.conftest import PASSPHRASE, dump, emails, sha256
from tests.factories import add_people, mentee


def _change_data(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 1, [mentee("new.person@example.org", "Nadia", "Haddad")])
    with db.write() as session:
        for match in session.query(Match).all():
            session.delete(match)


def _page_of_table(path: Path, table: str) -> tuple[int, int]:
    """(offset, size) of the root page of ``table`` in the SQLite file ``path``."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()
    return (root - 1) * page_size, page_size


def _flip_middle_page(path: Path) -> None:
    offset, size = _page_of_table(path, "person")
    data = bytearray(path.read_bytes())
    assert 0 < offset < len(data) - size
    data[offset : offset + size] = bytes(b ^ 0xFF for b in data[offset : offset + size])
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipe (name) VALUES ('tarte au sucre')")
    conn.commit()
    conn.close()


def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200))


def _text(path: Path) -> None:
    path.write_text("first_name,email\nAurélie,aurelie@example.org\n" * 10, encoding="utf-8")


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


def _broken_reference(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE participant SET person_id = 98765 WHERE id = 1")
    conn.commit()
    conn.close()


def _not_mentordesk_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute('DROP TABLE "meeting_topic"')
    conn.execute('DROP TABLE "meeting"')
    conn.execute('DROP TABLE "letter_record"')
    conn.execute('DROP TABLE "match"')
    conn.commit()
    conn.close()


@pytest.fixture
def plain_backup(populated: Database, db_path: Path, backup_dir: Path) -> Path:
    return backup_database(db_path, backup_dir).path


def test_round_trip_restores_identical_data_and_keeps_a_safety_copy(
    populated: Database, cycle: CycleInfo, db_path: Path, backup_dir: Path, tmp_path: Path
) -> None:
    backup = backup_database(db_path, backup_dir).path
    original = dump(db_path)
    _change_data(populated, cycle)
    changed = dump(db_path)
    assert changed != original
    populated.dispose()
    safety_dir = tmp_path / "safety"

    result = restore_database(db_path, backup, safety_dir=safety_dir)

    assert dump(db_path) == original
    assert result.restored_from == backup
    assert result.schema_revision == head_revision()
    assert result.safety_copy is not None and result.safety_copy.parent == safety_dir
    assert result.safety_copy.name.startswith("program-before-restore-")
    assert dump(result.safety_copy) == changed
    assert "new.person@example.org" in emails(result.safety_copy)
    assert result.to_json() == {
        "restored_from": str(backup),
        "safety_copy": str(result.safety_copy),
        "schema_revision": head_revision(),
    }
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []
    reopened = open_database(db_path)
    reopened.dispose()


def test_restore_into_a_missing_database_needs_no_safety_copy(
    plain_backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "fresh.db"

    result = restore_database(target, plain_backup)

    assert result.safety_copy is None
    assert "aurelie.tremblay@example.org" in emails(target)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_restored_database_and_safety_copy_are_private(
    populated: Database, db_path: Path, plain_backup: Path
) -> None:
    populated.dispose()
    result = restore_database(db_path, plain_backup)

    assert db_path.stat().st_mode & 0o777 == 0o600
    assert result.safety_copy is not None
    assert result.safety_copy.stat().st_mode & 0o777 == 0o600
    assert result.safety_copy.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    ("spoil", "error"),
    [
        (_flip_middle_page, BackupVerificationError),
        (_truncate, BackupVerificationError),
        (_broken_reference, BackupVerificationError),
        (_foreign_sqlite, NotAMentorDeskDatabaseError),
        (_not_mentordesk_tables, NotAMentorDeskDatabaseError),
        (_png, NotAMentorDeskDatabaseError),
        (_text, NotAMentorDeskDatabaseError),
        (_newer_schema, SchemaTooNewError),
    ],
)
def test_refused_candidate_leaves_the_database_byte_identical(
    populated: Database,
    db_path: Path,
    plain_backup: Path,
    tmp_path: Path,
    spoil: Callable[[Path], None],
    error: type[SafetyError],
) -> None:
    candidate = tmp_path / "candidate.mentordesk-backup"
    shutil.copyfile(plain_backup, candidate)
    spoil(candidate)
    populated.dispose()
    before = sha256(db_path)
    files_before = sorted(os.listdir(db_path.parent))
    backups_before = sorted(os.listdir(plain_backup.parent))

    with pytest.raises(error) as caught:
        restore_database(db_path, candidate)

    assert type(caught.value) is error
    assert candidate.name in caught.value.message
    assert caught.value.exit_code == 3
    assert sha256(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == files_before  # no temp file left
    assert sorted(os.listdir(plain_backup.parent)) == backups_before  # no safety copy


def test_encrypted_round_trip(
    populated: Database, cycle: CycleInfo, db_path: Path, backup_dir: Path
) -> None:
    backup = backup_database(db_path, backup_dir, passphrase=PASSPHRASE).path
    original = dump(db_path)
    _change_data(populated, cycle)
    populated.dispose()

    result = restore_database(db_path, backup, passphrase=PASSPHRASE)

    assert dump(db_path) == original
    assert result.safety_copy is not None and result.safety_copy.exists()


@pytest.mark.parametrize("passphrase", [None, "wrong passphrase", ""])
def test_encrypted_backup_without_the_right_passphrase_is_refused(
    populated: Database, db_path: Path, backup_dir: Path, passphrase: str | None
) -> None:
    backup = backup_database(db_path, backup_dir, passphrase=PASSPHRASE).path
    populated.dispose()
    before = sha256(db_path)

    with pytest.raises(BackupVerificationError) as caught:
        restore_database(db_path, backup, passphrase=passphrase)

    if passphrase is None:
        assert isinstance(caught.value, PassphraseRequiredError)
        assert backup.name in caught.value.message
    else:
        assert caught.value.message == "The passphrase is wrong or the backup is damaged."
    assert sha256(db_path) == before
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize("where", ["ciphertext", "salt", "truncated"])
def test_tampered_encrypted_backup_is_refused(
    populated: Database, db_path: Path, backup_dir: Path, where: str
) -> None:
    backup = backup_database(db_path, backup_dir, passphrase=PASSPHRASE).path
    data = bytearray(backup.read_bytes())
    if where == "ciphertext":
        data[len(data) // 2] ^= 0x01
    elif where == "salt":
        data[10] ^= 0x01
    else:
        data = data[: len(data) - 100]
    backup.write_bytes(bytes(data))
    populated.dispose()
    before = sha256(db_path)

    with pytest.raises(BackupVerificationError, match="passphrase is wrong or the backup"):
        restore_database(db_path, backup, passphrase=PASSPHRASE)
    assert sha256(db_path) == before


def test_database_still_open_is_refused(
    populated: Database, db_path: Path, plain_backup: Path
) -> None:
    """The engine was not disposed: its pooled connection keeps the file open."""
    wal = db_path.with_name(db_path.name + "-wal")
    before = (sha256(db_path), sha256(wal))

    with pytest.raises(DatabaseLockedError):
        restore_database(db_path, plain_backup)

    assert (sha256(db_path), sha256(wal)) == before
    with populated.read() as session:
        assert session.query(Match).count() == 1


def test_a_database_is_not_restored_from_itself(populated: Database, db_path: Path) -> None:
    populated.dispose()
    with pytest.raises(Exception, match="itself"):
        restore_database(db_path, db_path)


def test_damaged_current_database_is_still_replaced(
    populated: Database, db_path: Path, plain_backup: Path
) -> None:
    populated.dispose()
    db_path.write_bytes(b"this database was overwritten by accident" * 50)

    result = restore_database(db_path, plain_backup)

    assert db_path.read_bytes().startswith(SQLITE_MAGIC)
    assert "aurelie.tremblay@example.org" in emails(db_path)
    assert result.safety_copy is not None
    assert result.safety_copy.read_bytes().startswith(b"this database was overwritten")
