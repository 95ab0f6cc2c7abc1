"""Faults of the computer (full disk, read-only file, folder or disk, missing permissions)
reach the coordinator as one sentence naming the file, with exit 3, never as a traceback.

Tests run as root on CI, and root ignores permission bits: where a real read-only file or
folder cannot be made (``chmod`` for other users, ``chattr +i`` for root where the file
system allows it) the test is skipped, and a simulated twin raises the same ``OSError`` or
SQLite error the operating system would.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError as SQLAlchemyOperationalError

from app import cli
from app.__main__ import main
from app.environment import EnvironmentFault, environment_fault, user_error
from app.errors import BackupVerificationError, SchemaTooNewError
from app.lock import DatabaseLock

CYCLE = "2026-2027"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys: pytest.CaptureFixture[str], db: Path, program: str = "P") -> tuple[int, str]:
    code, _, err = run(capsys, "init", "--db", str(db), "--program", program, "--cycle", CYCLE)
    return code, err


def one_sentence(err: str) -> str:
    assert err.startswith("mentordesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "unexpected" not in err
    return err.removeprefix("mentordesk: ").strip()


class ReadOnly:
    """Makes files and folders read-only for real, and undoes it at the end."""

    def __init__(self) -> None:
        self.made: list[Path] = []

    def make(self, path: Path) -> bool:
        if os.geteuid() != 0:
            path.chmod(0o500 if path.is_dir() else 0o400)
        elif (
            not shutil.which("chattr")
            or subprocess.run(
                ["chattr", "+i", str(path)], capture_output=True, check=False
            ).returncode
        ):
            return False
        self.made.append(path)
        return True

    def undo(self) -> None:
        for path in reversed(self.made):
            if os.geteuid() == 0:
                subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
            else:
                path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.fixture
def read_only() -> Iterator[ReadOnly]:
    maker = ReadOnly()
    yield maker
    maker.undo()


# -- the data folder and the log ------------------------------------------------------------
def test_version_and_help_work_when_the_data_folder_cannot_be_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MENTORDESK_HOME", str(blocker / "home"))
    for flag in ("--version", "--help"):
        with pytest.raises(SystemExit) as exit_info:
            main([flag])
        out, err = capsys.readouterr()
        assert exit_info.value.code == 0 and out and err == ""


def test_a_command_runs_without_a_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MENTORDESK_HOME", str(blocker / "home"))
    db = tmp_path / "p.db"
    assert main(["init", "--db", str(db), "--program", "P", "--cycle", CYCLE]) == 0
    out, err = capsys.readouterr()
    assert "Created cycle" in out and err == ""


def test_the_installed_command_says_one_sentence_when_no_data_folder_can_be_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the real executable: no log file, and no traceback from Python's fallback
    logging on stderr either."""
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {**os.environ, "MENTORDESK_HOME": str(blocker / "home")}
    command = Path(sys.executable).with_name("mentordesk")
    version = subprocess.run(
        [str(command), "--version"], env=env, capture_output=True, text=True, check=False
    )
    assert version.returncode == 0 and version.stderr == ""
    backup = subprocess.run(
        [str(command), "backup", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert backup.returncode == 3
    assert backup.stderr == (
        f"mentordesk: MentorDesk cannot reach {blocker / 'home'}: part of that path is a file, "
        "not a folder.\n"
    )


# -- the database's folder and lock ---------------------------------------------------------
def test_a_database_in_a_folder_that_does_not_exist_yet_gets_a_private_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "deeper" / "p.db"
    assert init(capsys, db) == (0, "")
    assert db.is_file()
    for folder in (db.parent, db.parent.parent):
        assert folder.stat().st_mode & 0o777 == 0o700


def test_a_folder_where_the_lock_goes_is_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    (tmp_path / "p.db.lock").mkdir()
    code, err = init(capsys, db)
    assert code == 3
    assert one_sentence(err) == (
        f"{tmp_path / 'p.db.lock'} is a folder, but MentorDesk keeps the lock of p.db under "
        "that name; move or remove the folder."
    )
    assert not db.exists()


def test_two_symbolic_links_to_one_database_share_its_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real" / "p.db"
    assert init(capsys, real) == (0, "")
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    first.symlink_to(real)
    second.symlink_to(real)
    with DatabaseLock(first) as lock:
        assert lock.path == real.with_name("p.db.lock")
        code, _, err = run(capsys, "match", "--db", str(second), "--cycle", CYCLE)
    assert code == 3 and "already open" in one_sentence(err)
    assert run(capsys, "match", "--db", str(second), "--cycle", CYCLE)[0] == 0


def test_a_full_disk_while_writing_the_lock_leaves_no_empty_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")

    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr("app.lock.os.write", full)
        code, err = init(capsys, db, "Q")
    assert code == 3
    assert one_sentence(err) == (
        f"There is no space left on the disk that holds {db}; free some space and try again."
    )
    assert not (tmp_path / "p.db.lock").exists()
    assert init(capsys, db, "Q") == (0, "")  # the next start is not blocked


def test_an_empty_lock_left_by_a_full_disk_long_ago_is_taken_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")
    lock = tmp_path / "p.db.lock"
    lock.write_bytes(b"")
    os.utime(lock, (1_000_000_000, 1_000_000_000))
    assert init(capsys, db, "Q") == (0, "")
    assert not lock.exists()


def test_a_read_only_folder_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], read_only: ReadOnly
) -> None:
    folder = tmp_path / "shelf"
    db = folder / "p.db"
    assert init(capsys, db) == (0, "")
    if not read_only.make(folder):
        pytest.skip("no way to make a read-only folder here")
    code, err = init(capsys, db, "Q")
    assert code == 3
    assert one_sentence(err) == (
        f"MentorDesk is not allowed to use {folder}; "
        "check its permissions and those of the folder it is in."
    )


def test_a_read_only_folder_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shelf" / "p.db"
    assert init(capsys, db) == (0, "")
    real_open = os.open

    def refusing(path: object, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr("app.lock.os.open", refusing)
    code, err = init(capsys, db, "Q")
    assert code == 3 and one_sentence(err).startswith(
        f"MentorDesk is not allowed to use {db.parent};"
    )


def test_a_read_only_disk_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")

    def read_only_disk(path: object, _flags: int, _mode: int = 0o777) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("app.lock.os.open", read_only_disk)
    code, err = init(capsys, db, "Q")
    assert code == 3
    assert one_sentence(err) == f"{tmp_path} is on a read-only disk; MentorDesk cannot save there."


# -- the database file ----------------------------------------------------------------------
def test_a_read_only_database_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], read_only: ReadOnly
) -> None:
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")
    before = db.read_bytes()
    if not read_only.make(db):
        pytest.skip("no way to make a read-only file here")
    code, err = init(capsys, db, "Q")
    assert code == 3
    assert one_sentence(err).startswith(f"MentorDesk is not allowed to use {db};")
    assert db.read_bytes() == before


def test_a_write_log_sqlite_cannot_open_makes_the_database_read_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], read_only: ReadOnly
) -> None:
    """SQLite itself reports "attempt to write a readonly database" when its -wal file is
    read-only; the file and the folder are writable, so only SQLite notices."""
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")
    wal = tmp_path / "p.db-wal"
    wal.write_bytes(b"")
    if not read_only.make(wal):
        pytest.skip("no way to make a read-only file here")
    code, err = init(capsys, db, "Q")
    assert code == 3
    assert one_sentence(err) == (
        f"{db} is read-only; MentorDesk cannot save changes to it. "
        "Check the permissions of the file and of its folder."
    )


def test_sqlite_read_only_and_full_errors_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")
    for message, expected in [
        ("attempt to write a readonly database", f"{db} is read-only;"),
        ("database or disk is full", "There is no space left on the disk that holds"),
        ("unable to open database file", f"{db} cannot be opened;"),
    ]:

        def failing(*_args: object, message: str = message, **_kwargs: object) -> None:
            raise SQLAlchemyOperationalError("INSERT", {}, sqlite3.OperationalError(message))

        with monkeypatch.context() as patch:
            patch.setattr("app.programs.service.ensure_program_cycle", failing)
            code, err = init(capsys, db, "Q")
        assert code == 3 and one_sentence(err).startswith(expected), err


# -- backups --------------------------------------------------------------------------------
def test_a_full_disk_during_a_backup_is_named_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")
    folder = tmp_path / "backups"

    def full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("app.backup.service.copy_into", full)
    code, _, err = run(capsys, "backup", "--db", str(db), "--to", str(folder))
    assert code == 3
    assert one_sentence(err) == (
        f"There is no space left on the disk that holds {folder}; free some space and try again."
    )
    assert list(folder.iterdir()) == []


def test_a_full_disk_while_writing_an_encrypted_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    assert init(capsys, db) == (0, "")
    folder = tmp_path / "backups"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery staple")

    def half_written(target: Path, data: bytes) -> None:
        target.write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr("app.backup.service.write_private", half_written)
    args = ("backup", "--db", str(db), "--to", str(folder), "--passphrase-file", str(secret))
    code, _, err = run(capsys, *args)
    assert code == 3 and one_sentence(err).startswith("There is no space left on the disk")
    assert list(folder.iterdir()) == []


# -- the classification itself --------------------------------------------------------------
@pytest.mark.parametrize(
    ("error", "start"),
    [
        (OSError(errno.ENOSPC, "No space left", "/data/x.db"), "There is no space left"),
        (OSError(errno.EROFS, "Read-only file system", "/data/x.db"), "/data/x.db is on a"),
        (PermissionError(errno.EACCES, "Permission denied", "/data/x.db"), "MentorDesk is not"),
        (PermissionError(errno.EPERM, "Operation not permitted", "/data"), "MentorDesk is not"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "/db/p.db is read"),
        (sqlite3.OperationalError("database or disk is full"), "There is no space left"),
        (sqlite3.OperationalError("unable to open database file"), "/db/p.db cannot be"),
        (sqlite3.OperationalError("disk I/O error"), "The disk that holds /db/p.db"),
    ],
)
def test_each_cause_has_its_sentence(error: Exception, start: str) -> None:
    fault = environment_fault(error, Path("/db/p.db"))
    assert fault is not None and fault.message.startswith(start) and fault.exit_code == 3


def test_wrapped_causes_are_found_and_bugs_are_left_alone() -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as exc:
            raise RuntimeError("while saving") from exc
    except RuntimeError as exc:
        assert isinstance(user_error(exc), EnvironmentFault)
    assert user_error(KeyError("x")) is None
    assert user_error(OSError(errno.ENOENT, "No such file")) is None
    assert user_error(sqlite3.OperationalError("no such table: person")) is None


def test_a_content_verdict_caused_by_the_disk_is_told_as_the_disk() -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as exc:
            raise BackupVerificationError("The backup of p.db is damaged.") from exc
    except BackupVerificationError as exc:
        shown = user_error(exc, Path("/b"))
    assert shown is not None and shown.message.startswith("There is no space left")
    too_new = SchemaTooNewError("p.db was saved by a newer version of MentorDesk.")
    assert user_error(too_new) is too_new
