"""Through the real command line: an output path that is the database, one of its working
files or a backup is refused with a sentence and its exit code, the files byte-identical."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.backup.service import backup_database
from app.cli import main
from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, pairs  # noqa: F401 - the fixture

CYCLE = "2025-2026"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_of(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the database included) and its hash."""
    return {str(p.relative_to(folder)): sha(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def closed_db(db: Database, cycle: CycleInfo, pairs: Pairs) -> Iterator[Path]:  # noqa: F811
    """A database with confirmed matches, closed so that only the command has it open."""
    db.dispose()
    yield db.path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_letters_out_the_database_or_its_working_files(
    closed_db: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    folder = closed_db.parent
    target = closed_db.with_name(closed_db.name + suffix)
    before = files_of(folder)
    code, err = run(
        capsys, "letters", "--db", str(closed_db), "--cycle", CYCLE, "--out", str(target)
    )
    assert code == 3
    what = "is your MentorDesk database" if not suffix else "is a working file of your"
    assert err.startswith(f"mentordesk: “{target.resolve()}” {what}")
    assert err.endswith("; choose another file name for the letters.\n")
    assert "Traceback" not in err
    after = files_of(folder)
    assert after[closed_db.name] == before[closed_db.name]
    if target.name in before:
        assert after[target.name] == before[target.name]
    assert not [name for name in after if ".mentordesk-" in name]


def test_letters_per_letter_folder_that_is_the_database(
    closed_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = sha(closed_db)
    folder = tmp_path / "sub" / ".." / "program.db"
    code, err = run(
        capsys, "letters", "--db", str(closed_db), "--cycle", CYCLE,
        "--out", str(tmp_path / "ok.pdf"), "--per-letter", str(folder),
    )  # fmt: skip
    assert code == 3
    assert "is your MentorDesk database, not a folder; choose a folder for the letters." in err
    assert sha(closed_db) == before
    assert not (tmp_path / "ok.pdf").exists()


def test_export_out_the_database_and_a_backup(
    closed_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    backup = backup_database(closed_db, tmp_path / "saved").path
    for target in (closed_db, backup):
        before = sha(target), sha(closed_db)
        code, err = run(
            capsys, "export", "--db", str(closed_db), "--cycle", CYCLE,
            "--what", "participants", "--out", str(target),
        )  # fmt: skip
        assert code == 3, err
        assert "; choose another file name for the export." in err
        assert (sha(target), sha(closed_db)) == before


def test_backup_to_a_file_is_refused(
    closed_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder", encoding="utf-8")
    code, err = run(capsys, "backup", "--db", str(closed_db), "--to", str(notes))
    assert (code, err) == (
        2,
        f"mentordesk: “{notes}” is a file, not a folder; choose a folder for the backup.\n",
    )
    before = sha(closed_db)
    code, err = run(capsys, "backup", "--db", str(closed_db), "--to", str(closed_db))
    assert code == 3
    assert "not a folder; choose a folder for the backup." in err
    assert sha(closed_db) == before
    assert notes.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_per_letter_folders_are_private_under_umask_zero(
    closed_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nested = tmp_path / "out" / "letters" / CYCLE
    previous = os.umask(0)
    try:
        code, err = run(
            capsys, "letters", "--db", str(closed_db), "--cycle", CYCLE,
            "--out", str(tmp_path / "out" / "all.pdf"), "--per-letter", str(nested),
        )  # fmt: skip
    finally:
        os.umask(previous)
    # The merged PDF's folder must exist already; nothing was created for a refused batch.
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "out").exists()
    previous = os.umask(0)
    try:
        code, err = run(
            capsys, "letters", "--db", str(closed_db), "--cycle", CYCLE,
            "--out", str(tmp_path / "all.pdf"), "--per-letter", str(nested),
        )  # fmt: skip
    finally:
        os.umask(previous)
    assert code == 0, err
    for folder in (tmp_path / "out", tmp_path / "out" / "letters", nested):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert {stat.S_IMODE(p.stat().st_mode) for p in nested.iterdir()} == {0o600}


def test_the_installed_command_refuses_to_write_letters_over_its_database(
    closed_db: Path,
) -> None:
    command = Path(sys.executable).with_name("mentordesk")
    if not command.exists():
        pytest.skip("the mentordesk command is not installed in this environment")
    before = sha(closed_db)
    args = ["letters", "--db", str(closed_db), "--cycle", CYCLE, "--out", str(closed_db)]
    done = subprocess.run(
        [str(command), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr == (
        f"mentordesk: “{closed_db.resolve()}” is your MentorDesk database; "
        "choose another file name for the letters.\n"
    )
    assert sha(closed_db) == before
