"""Backups: a consistent, verified, private copy of the live database."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.backup import (
    auto_backup_due,
    backup_database,
    inspect_backup,
    list_backups,
)
from app.backup.crypto import MAGIC
from app.db.engine import Database
from app.db.migrate import head_revision
from app.errors import BackupVerificationError, NotAMentorDeskDatabaseError, NotFoundError
from tests.app.backup.conftest import MENTOR_EMAIL, MENTOR_NAME, PASSPHRASE, emails, sha256

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _participants_in_main_file_only(db_path: Path, scratch: Path) -> int:
    """What a naive file copy (without the -wal) would hold."""
    shutil.copyfile(db_path, scratch)
    conn = sqlite3.connect(scratch)
    try:
        return int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])
    except sqlite3.DatabaseError:
        return -1
    finally:
        conn.close()


def test_backup_of_live_wal_database_includes_wal_content(
    populated: Database, db_path: Path, backup_dir: Path, tmp_path: Path
) -> None:
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert _participants_in_main_file_only(db_path, tmp_path / "naive.db") != 4

    result = backup_database(db_path, backup_dir)

    assert result.verified and not result.encrypted
    assert (result.participants, result.matches) == (4, 1)
    assert MENTOR_EMAIL in emails(result.path)
    assert result.bytes == result.path.stat().st_size


def test_backup_name_folder_contents_and_json(populated: Database, db_path: Path) -> None:
    result = backup_database(db_path)  # default folder, under MENTORDESK_HOME

    assert result.path.parent == Path(os.environ["MENTORDESK_HOME"]) / "backups"
    assert re.fullmatch(
        r"program-paediatrics-mentorship-\d{8}-\d{6}\.mentordesk-backup", result.path.name
    )
    assert os.listdir(result.path.parent) == [result.path.name]  # no temp or -wal left
    assert result.path.read_bytes().startswith(b"SQLite format 3\x00")
    assert result.to_json() == {
        "backup": str(result.path),
        "verified": True,
        "bytes": result.path.stat().st_size,
        "encrypted": False,
        "participants": 4,
        "matches": 1,
    }


def test_two_backups_in_the_same_second_do_not_overwrite(
    populated: Database, db_path: Path, backup_dir: Path
) -> None:
    first = backup_database(db_path, backup_dir)
    second = backup_database(db_path, backup_dir)

    assert first.path != second.path
    assert first.path.exists() and second.path.exists()


@posix_only
def test_backup_file_and_folder_are_private(
    populated: Database, db_path: Path, backup_dir: Path
) -> None:
    plain = backup_database(db_path, backup_dir)
    encrypted = backup_database(db_path, backup_dir, passphrase=PASSPHRASE)

    assert backup_dir.stat().st_mode & 0o777 == 0o700
    assert plain.path.stat().st_mode & 0o777 == 0o600
    assert encrypted.path.stat().st_mode & 0o777 == 0o600


def test_progress_reaches_the_total(populated: Database, db_path: Path, backup_dir: Path) -> None:
    calls: list[tuple[int, int]] = []

    backup_database(db_path, backup_dir, progress=lambda done, total: calls.append((done, total)))

    assert calls
    done, total = calls[-1]
    assert total > 0 and done == total
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_encrypted_backup_holds_no_plaintext(
    populated: Database, db_path: Path, backup_dir: Path
) -> None:
    plain = backup_database(db_path, backup_dir)
    encrypted = backup_database(db_path, backup_dir, passphrase=PASSPHRASE)

    data = encrypted.path.read_bytes()
    assert data.startswith(MAGIC)
    assert encrypted.encrypted and encrypted.verified
    assert (encrypted.participants, encrypted.matches) == (4, 1)
    # The same search finds the names in a plain backup, so its failing to here means something.
    for secret in (MENTOR_NAME.encode(), MENTOR_EMAIL.encode(), b"Okafor", b"SQLite format"):
        assert secret in plain.path.read_bytes()
        assert secret not in data
    assert sorted(os.listdir(backup_dir)) == sorted([plain.path.name, encrypted.path.name])


def test_two_encrypted_backups_differ(populated: Database, db_path: Path, backup_dir: Path) -> None:
    first = backup_database(db_path, backup_dir, passphrase=PASSPHRASE)
    second = backup_database(db_path, backup_dir, passphrase=PASSPHRASE)

    # Fresh salt and nonce each time.
    assert first.path.read_bytes()[8:36] != second.path.read_bytes()[8:36]


def test_empty_passphrase_is_refused(populated: Database, db_path: Path, backup_dir: Path) -> None:
    with pytest.raises(Exception, match="passphrase"):
        backup_database(db_path, backup_dir, passphrase="")
    assert not backup_dir.exists() or not os.listdir(backup_dir)


def test_backup_of_missing_or_foreign_file_is_refused(tmp_path: Path, backup_dir: Path) -> None:
    with pytest.raises(NotFoundError):
        backup_database(tmp_path / "missing.db", backup_dir)
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, just some text " * 20)
    with pytest.raises(NotAMentorDeskDatabaseError):
        backup_database(text, backup_dir)
    assert os.listdir(backup_dir) == []


def test_inspect_plain_and_encrypted(populated: Database, db_path: Path, backup_dir: Path) -> None:
    plain = backup_database(db_path, backup_dir)
    encrypted = backup_database(db_path, backup_dir, passphrase=PASSPHRASE)
    before = sha256(plain.path)

    info = inspect_backup(plain.path)
    locked = inspect_backup(encrypted.path)
    opened = inspect_backup(encrypted.path, PASSPHRASE)

    assert sha256(plain.path) == before
    assert sorted(os.listdir(backup_dir)) == sorted([plain.path.name, encrypted.path.name])
    assert (info.encrypted, info.schema_revision, info.participants, info.matches) == (
        False,
        head_revision(),
        4,
        1,
    )
    assert info.programs == ["Paediatrics Mentorship"]
    assert info.bytes == plain.bytes
    assert abs(info.created_at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert locked.encrypted and locked.participants is None and locked.schema_revision is None
    assert (opened.participants, opened.matches, opened.programs) == (
        4,
        1,
        ["Paediatrics Mentorship"],
    )
    with pytest.raises(BackupVerificationError, match="passphrase is wrong"):
        inspect_backup(encrypted.path, "not the passphrase")


def test_list_backups_newest_first_without_decrypting(
    populated: Database, db_path: Path, backup_dir: Path
) -> None:
    newest = backup_database(db_path, backup_dir, passphrase=PASSPHRASE)
    older = backup_database(db_path, backup_dir).path.rename(
        backup_dir / "program-paediatrics-mentorship-20240102-030405.mentordesk-backup"
    )
    damaged = backup_dir / "program-paediatrics-mentorship-20230101-000000.mentordesk-backup"
    damaged.write_bytes(b"garbage" * 100)
    (backup_dir / "unrelated.txt").write_text("not a backup")

    listed = list_backups(backup_dir)

    assert [i.path for i in listed] == [newest.path, older, damaged]
    assert listed[0].encrypted and listed[0].participants is None
    assert listed[1].participants == 4 and listed[1].created_at == dt.datetime(2024, 1, 2, 3, 4, 5)
    assert listed[2].participants is None and listed[2].schema_revision is None
    assert list_backups(backup_dir / "missing") == []


def test_auto_backup_due_at_most_daily(
    populated: Database, db_path: Path, backup_dir: Path
) -> None:
    assert auto_backup_due(backup_dir)
    backup_database(db_path, backup_dir)
    now = dt.datetime.now()

    assert not auto_backup_due(backup_dir, now)
    assert auto_backup_due(backup_dir, now + dt.timedelta(days=1))


def test_safety_copies_do_not_count_as_the_daily_backup(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    now = dt.datetime(2025, 5, 6, 12, 0, 0)
    (folder / "program-before-restore-20250506-110000.mentordesk-backup").write_bytes(b"x")
    assert auto_backup_due(folder, now)
    (folder / "program-mentordesk-20250506-090000.mentordesk-backup").write_bytes(b"x")
    assert not auto_backup_due(folder, now)
