"""Opening a damaged database read-only leaves the file exactly as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.backup.health import open_read_only, quick_check
from app.db.engine import Database
from app.errors import SafetyError


def _state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.S_IMODE(path.stat().st_mode)


def _companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 4)):
        data[offset] = 0xA5  # scribble over table pages, keep the schema page
    path.write_bytes(bytes(data))


def _closed_copy(populated: Database, tmp_path: Path, name: str) -> Path:
    """A closed copy of the populated database, alone in its folder, readable by others
    (as a file copied from elsewhere may be): a chmod would show."""
    folder = tmp_path / name
    folder.mkdir()
    target = folder / "program.db"
    source = sqlite3.connect(populated.path)
    copy = sqlite3.connect(target)
    source.backup(copy)
    copy.close()
    source.close()
    os.chmod(target, 0o644)
    return target


def test_a_damaged_wal_database_is_read_without_any_change(
    populated: Database, tmp_path: Path
) -> None:
    path = _closed_copy(populated, tmp_path, "damaged")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # as MentorDesk leaves its files
    conn.close()
    _damage(path)
    assert quick_check(path) is not None
    before = _state(path)
    database = open_read_only(path)
    try:
        with database.read() as session:
            tables = session.execute(text("select count(*) from sqlite_master")).scalar()
        assert tables and tables > 5
        with pytest.raises(SafetyError), database.write():
            pass
    finally:
        database.dispose()
    assert _state(path) == before  # same bytes, still 0644: no chmod
    assert path.read_bytes()[18:20] == b"\x02\x02"
    assert _companions(path) == []  # no -wal, -shm or -journal left beside it


def test_a_rollback_journal_database_stays_out_of_wal(populated: Database, tmp_path: Path) -> None:
    path = _closed_copy(populated, tmp_path, "journal")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _state(path)
    database = open_read_only(path)
    try:
        with database.read() as session:
            assert session.execute(text("select count(*) from participant")).scalar() == 4
        # Even SQL that gets past write() cannot change the file.
        with database.engine.connect() as conn, pytest.raises(OperationalError, match="readonly"):
            conn.execute(text("delete from participant"))
    finally:
        database.dispose()
    assert _state(path) == before
    assert path.read_bytes()[18:20] == b"\x01\x01"  # not switched to WAL
    assert _companions(path) == []


def test_content_still_in_the_wal_is_seen(populated: Database) -> None:
    """The database is open elsewhere with committed rows only in its ``-wal``."""
    wal = populated.path.with_name(populated.path.name + "-wal")
    assert wal.is_file() and wal.stat().st_size > 0
    before = _state(populated.path)
    database = open_read_only(populated.path)
    try:
        with database.read() as session:
            assert session.execute(text("select count(*) from participant")).scalar() == 4
    finally:
        database.dispose()
    assert _state(populated.path) == before
