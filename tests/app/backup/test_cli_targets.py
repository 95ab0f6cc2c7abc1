"""``backup --db`` and ``restore --db`` check what the path is before anything is written:
no lock file beside a folder, a device or a pipe, nothing restored onto them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.backup.restore import restore_database
from app.backup.service import backup_database
from app.cli import main
from app.db.engine import Database
from app.errors import NotAMentorDeskDatabaseError
from app.programs.service import CycleInfo

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@pytest.fixture
def good_backup(db: Database, cycle: CycleInfo, tmp_path: Path) -> Path:
    made = backup_database(db.path, tmp_path / "backups")
    db.dispose()
    return made.path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def _listing(folder: Path) -> dict[str, tuple[str, int]]:
    """Every entry under ``folder`` with its content hash (or kind) and mode."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode):
            kind = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            kind = "folder" if stat.S_ISDIR(info.st_mode) else "other"
        found[str(path.relative_to(folder))] = (kind, stat.S_IMODE(info.st_mode))
    return found


def _target(tmp_path: Path, kind: str) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    target = work / "program.db"
    if kind == "folder":
        target.mkdir()
        (target / "notes.txt").write_text("kept")
    elif kind == "pipe":
        os.mkfifo(target)
    return target


@pytest.mark.parametrize("kind", ["folder", pytest.param("pipe", marks=needs_fifo)])
def test_backup_of_a_folder_or_pipe_is_refused_before_the_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = _target(tmp_path, kind)
    before = _listing(target.parent)
    code, err = _run(capsys, "backup", "--db", str(target), "--to", str(tmp_path / "out"))
    assert code == 3
    words = "is a folder" if kind == "folder" else "is a device or a pipe"
    assert err.startswith("mentordesk: ") and "program.db" in err and words in err
    assert _listing(target.parent) == before  # no program.db.lock beside it
    assert not (tmp_path / "out").exists()


def test_backup_of_another_applications_database_is_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "work" / "contacts.db"
    target.parent.mkdir()
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    os.chmod(target, 0o644)
    before = _listing(target.parent)
    code, err = _run(capsys, "backup", "--db", str(target), "--to", str(tmp_path / "out"))
    assert (code, err) == (
        3,
        "mentordesk: contacts.db is a database, but not a MentorDesk database, so MentorDesk "
        "did not open it and left it unchanged.\n",
    )
    assert _listing(target.parent) == before


def test_backup_of_a_changed_database_is_refused(
    db: Database, cycle: CycleInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    with sqlite3.connect(db.path) as conn:
        conn.execute("CREATE VIEW everyone AS SELECT * FROM person")
    conn.close()
    code, err = _run(capsys, "backup", "--db", str(db.path), "--to", str(tmp_path / "out"))
    assert code == 3 and "changed outside MentorDesk" in err and "everyone" in err
    assert not (tmp_path / "out").exists()


def test_backup_of_a_sound_database_still_works(
    db: Database, cycle: CycleInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    code = main(["backup", "--db", str(db.path), "--to", str(tmp_path / "out")])
    assert code == 0
    [made] = (tmp_path / "out").iterdir()
    assert capsys.readouterr().out.strip() == str(made)


@pytest.mark.parametrize("kind", ["folder", pytest.param("pipe", marks=needs_fifo)])
def test_restore_onto_a_folder_or_pipe_writes_nothing(
    good_backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = _target(tmp_path, kind)
    before = _listing(target.parent)
    backups = _listing(good_backup.parent)
    code, err = _run(capsys, "restore", "--db", str(target), str(good_backup))
    assert code == 3
    words = "is a folder" if kind == "folder" else "is a device or a pipe"
    assert "program.db" in err and words in err and len(err.splitlines()) == 1
    assert _listing(target.parent) == before  # no lock, no .partial, nothing inside
    assert _listing(good_backup.parent) == backups  # no safety copy either


@pytest.mark.parametrize("kind", ["folder", pytest.param("pipe", marks=needs_fifo)])
def test_the_restore_service_refuses_them_too(good_backup: Path, tmp_path: Path, kind: str) -> None:
    target = _target(tmp_path, kind)
    before = _listing(target.parent)
    with pytest.raises(NotAMentorDeskDatabaseError):
        restore_database(target, good_backup, safety_dir=tmp_path / "safety")
    assert _listing(target.parent) == before
    assert not (tmp_path / "safety").exists()


def test_restore_into_a_missing_file_creates_it(
    good_backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new" / "program.db"
    code = main(["restore", "--db", str(target), str(good_backup)])
    assert code == 0, capsys.readouterr().err
    assert target.is_file() and target.read_bytes().startswith(b"SQLite format 3\x00")
