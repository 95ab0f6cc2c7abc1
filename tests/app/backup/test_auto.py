"""Automatic backups (backup + rotation, failure notes), start-up health, keyring."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
import types
from pathlib import Path

import pytest

from app.backup import keystore
from app.backup.auto import Rotation, automatic_backup, record_failure, take_failure
from app.backup.files import BACKUP_SUFFIX
from app.backup.health import latest_good_backup, open_read_only, quick_check
from app.backup.service import backup_database
from app.db.engine import Database
from app.errors import SafetyError
from app.programs.service import CycleInfo
from tests.app.backup.conftest import PASSPHRASE


def _old_backup(folder: Path, stamp: str) -> Path:
    """An earlier automatic backup (only those are rotated)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / f"program-paediatrics-mentorship-{stamp}-auto{BACKUP_SUFFIX}"
    path.write_bytes(b"old")
    return path


def test_automatic_backup_rotates_after_verifying(
    populated: Database, db_path: Path, backup_dir: Path
) -> None:
    old = [_old_backup(backup_dir, f"202001{day:02d}-120000") for day in range(1, 6)]
    result = automatic_backup(db_path, backup_dir, rotation=Rotation(daily=2, weekly=0, monthly=0))
    assert result.verified and result.path.is_file()
    remaining = sorted(p.name for p in backup_dir.iterdir())
    assert result.path.name in remaining
    assert old[-1].name in remaining and old[0].name not in remaining
    if os.name == "posix":
        assert stat.S_IMODE(backup_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(result.path.stat().st_mode) == 0o600


def test_automatic_backup_creates_a_private_folder(
    populated: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "chosen" / "backups"
    result = automatic_backup(db_path, folder)
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(result.path.stat().st_mode) == 0o600


def test_failed_backup_deletes_nothing(tmp_path: Path, backup_dir: Path) -> None:
    old = _old_backup(backup_dir, "20200101-120000")
    missing = tmp_path / "gone.db"
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        automatic_backup(missing, backup_dir, rotation=Rotation(0, 0, 0))
    assert old.exists()


def test_failure_note_is_told_once(isolated_home: Path) -> None:
    assert take_failure() is None
    record_failure(SafetyError("The disk is full."), when=dt.datetime(2025, 3, 4, 18, 30))
    note = isolated_home / "backup-failed.json"
    if os.name == "posix":
        assert stat.S_IMODE(note.stat().st_mode) == 0o600
    assert take_failure() == (dt.datetime(2025, 3, 4, 18, 30), "The disk is full.")
    assert take_failure() is None


def test_failure_note_never_quotes_unexpected_errors(isolated_home: Path) -> None:
    record_failure(ValueError("Zoë Lindqvist zoe@example.org"))
    failure = take_failure()
    assert failure is not None and "Zoë" not in failure[1] and "@" not in failure[1]


def test_quick_check_passes_sound_and_missing_files(populated: Database, db_path: Path) -> None:
    assert quick_check(db_path) is None
    assert quick_check(db_path.with_name("missing.db")) is None


def test_quick_check_catches_damage(populated: Database, db_path: Path) -> None:
    populated.dispose()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 4)):
        data[offset] = 0xA5  # scribble over table pages
    db_path.write_bytes(bytes(data))
    problem = quick_check(db_path)
    assert problem is not None and db_path.name in problem


def test_latest_good_backup_skips_damaged_files(
    populated: Database, db_path: Path, backup_dir: Path
) -> None:
    assert latest_good_backup(backup_dir) is None
    good = backup_database(db_path, backup_dir)
    damaged = backup_dir / f"program-x-29990101-000000{BACKUP_SUFFIX}"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    found = latest_good_backup(backup_dir)
    assert found is not None and found.path == good.path


def test_read_only_database_refuses_writes(
    populated: Database, db_path: Path, cycle: CycleInfo
) -> None:
    database = open_read_only(db_path)
    try:
        with database.read() as session:
            assert session.execute(__import__("sqlalchemy").text("select 1")).scalar() == 1
        with pytest.raises(SafetyError), database.write():
            pass
    finally:
        database.dispose()


def test_without_keyring_nothing_is_stored(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)
    assert not keystore.keyring_available()
    assert keystore.store_passphrase(db_path, PASSPHRASE) is False
    assert keystore.load_passphrase(db_path) is None


def test_keyring_holds_the_passphrase(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stored: dict[tuple[str, str], str] = {}

    class Backend:
        priority = 5

    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = type("Keyring", (), {})  # type: ignore[attr-defined]
    backends = types.ModuleType("keyring.backends")
    backends.fail = fail  # type: ignore[attr-defined]
    fake = types.ModuleType("keyring")
    fake.get_keyring = lambda: Backend()  # type: ignore[attr-defined]
    fake.set_password = lambda s, a, p: stored.__setitem__((s, a), p)  # type: ignore[attr-defined]
    fake.get_password = lambda s, a: stored.get((s, a))  # type: ignore[attr-defined]
    fake.delete_password = lambda s, a: stored.pop((s, a))  # type: ignore[attr-defined]
    fake.backends = backends  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.setitem(sys.modules, "keyring.backends", backends)
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    assert keystore.store_passphrase(db_path, PASSPHRASE)
    assert keystore.load_passphrase(db_path) == PASSPHRASE
    keystore.forget_passphrase(db_path)
    assert keystore.load_passphrase(db_path) is None
