"""`--db` naming something that is not a MentorDesk database: refused with a sentence before
anything chmods it, switches it to WAL or writes into it; only init and demo create a
database, and only in a missing or empty file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.__main__ import main
from app.db.migrate import head_revision, open_database
from app.errors import UnusableInputError
from tests.app.db.tampering import SCHEMA_EDITS, build_pristine, tamper

CYCLE = "2026-2027"
LEFT_ALONE = "so MentorDesk did not open it and left it unchanged."


def _sqlite(statements: str, *, wal: bool = False) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        conn = sqlite3.connect(path)
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(statements)
        conn.close()

    return make


def _bytes(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content) and None


FOREIGN = {
    "text": (_bytes(b"name,email\nZoe,z@example.org\n"), 3, f"is not a database, {LEFT_ALONE}"),
    "short_binary": (_bytes(b"SQLite"), 3, "is not a database"),
    "other_app": (
        _sqlite(
            "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES "
            "('someone', '555');"
        ),
        3,
        f"is a database, but not a MentorDesk database, {LEFT_ALONE}",
    ),
    "other_app_in_wal_mode": (
        _sqlite("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');", wal=True),
        3,
        "is a database, but not a MentorDesk database",
    ),
    "other_app_marked_but_blank": (
        _sqlite("PRAGMA application_id = 1234;"),
        3,
        "is a database, but not a MentorDesk database",
    ),
    "look_alike": (
        _sqlite(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY); "
            "INSERT INTO alembic_version VALUES ('0002'); CREATE TABLE person (id INTEGER);"
        ),
        3,
        "was changed outside MentorDesk (",
    ),
    "empty_file": (_bytes(b""), 2, "is an empty file, not a MentorDesk database; create one"),
    "blank_sqlite_file": (
        _sqlite("PRAGMA user_version = 0; VACUUM;"),
        2,
        "is an empty database, not a MentorDesk database; create one with `mentordesk init`",
    ),
}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_a_foreign_file_is_refused_and_left_exactly_as_it_was(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, exit_code, words = FOREIGN[kind]
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "program.db"
    make(path)
    path.chmod(0o644)
    before, files = path.read_bytes(), sorted(folder.iterdir())
    code, err = _run(capsys, "engagement", "--db", str(path), "--cycle", CYCLE)
    assert code == exit_code
    assert err.startswith("mentordesk: ") and "program.db" in err and words in err
    assert err.count("\n") == 1
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert sorted(folder.iterdir()) == files  # no -wal, -shm, -journal or lock left


@pytest.mark.parametrize("kind", ["text", "other_app", "look_alike"])
def test_init_does_not_write_into_a_foreign_file(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, _, words = FOREIGN[kind]
    path = tmp_path / "program.db"
    make(path)
    before = path.read_bytes()
    code, err = _run(capsys, "init", "--db", str(path), "--program", "P", "--cycle", CYCLE)
    assert code == 3 and words in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["empty_file", "blank_sqlite_file"])
def test_init_makes_a_database_of_an_empty_file(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "program.db"
    FOREIGN[kind][0](path)
    code, _ = _run(capsys, "init", "--db", str(path), "--program", "P", "--cycle", CYCLE)
    assert code == 0
    db = open_database(path, may_create=False)
    db.dispose()


def test_only_a_caller_that_may_create_fills_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "program.db"
    path.touch()
    with pytest.raises(UnusableInputError, match="is an empty file"):
        open_database(path, may_create=False)
    assert path.stat().st_size == 0
    with pytest.raises(UnusableInputError, match="There is no database at"):
        open_database(tmp_path / "missing.db", may_create=False)
    assert not (tmp_path / "missing.db").exists()
    open_database(path).dispose()  # the window's first start, init and demo
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    finally:
        conn.close()


def test_a_folder_is_refused_without_a_lock_file_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data" / "folder.db"
    folder.mkdir(parents=True)
    code, err = _run(capsys, "engagement", "--db", str(folder), "--cycle", CYCLE)
    assert (code, err) == (3, "mentordesk: folder.db is a folder, not a database file.\n")
    assert sorted(p.name for p in folder.parent.iterdir()) == ["folder.db"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX devices")
@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_is_refused_and_never_read(
    device: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["engagement", "--cycle", CYCLE], ["init", "--program", "P", "--cycle", CYCLE]):
        code, err = _run(capsys, command[0], "--db", device, *command[1:])
        assert code == 3
        assert err == (
            f"mentordesk: {device} is a device or a pipe, not a database file; "
            "MentorDesk did not open it.\n"
        )
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert not Path(device + ".lock").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "program.db"
    os.mkfifo(pipe)
    done = subprocess.run(
        [sys.executable, "-m", "app", "engagement", "--db", str(pipe), "--cycle", CYCLE],
        capture_output=True,
        text=True,
        timeout=60,  # reading the pipe would wait for ever
        env={**os.environ, "MENTORDESK_HOME": str(tmp_path / "home")},
    )
    assert done.returncode == 3
    assert "is a device or a pipe, not a database file" in done.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_trigger_in_the_live_database_never_fires(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The trigger empties the people on the next audit entry: every command refuses the
    file instead of opening it, so nothing ever writes that entry."""
    db, _ = build_pristine(tmp_path / "made")
    path = Path(shutil.move(db, tmp_path / "program.db"))
    tamper(path, SCHEMA_EDITS["extra_trigger"][0])
    before = path.read_bytes()
    roster = tmp_path / "signups.csv"
    roster.write_text("First name,Last name,Email Address\nNoor,Haddad,noor@example.org\n")
    code, err = _run(
        capsys,
        "import",
        "--db",
        str(path),
        "--cycle",
        CYCLE,
        "--role",
        "Medical student",
        str(roster),
    )
    assert code == 3
    assert err == (
        "mentordesk: program.db was changed outside MentorDesk (it has a trigger named “wipe” "
        f"that MentorDesk never creates), {LEFT_ALONE}\n"
    )
    assert path.read_bytes() == before
