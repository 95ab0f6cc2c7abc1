"""The one safe writer: what it refuses, and what a failure leaves behind (nothing)."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import safe_files
from app.backup.crypto import MAGIC as ENCRYPTED_MAGIC
from app.db.engine import Database
from app.errors import SafetyError, UnusableInputError
from app.paths import default_backup_dir
from app.safe_files import OutputFiles, replacing, write_bytes
from app.safe_files import writing as writing_module

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")
GOOD = b"the good file the coordinator already had\n"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".mentordesk-*"))


@pytest.fixture
def umask_zero() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def busy_db(db: Database) -> Database:
    """The open database after a write, so its -wal and -shm files exist."""
    from app.programs import service as programs

    with db.write() as session:
        programs.ensure_program_cycle(session, "Paediatrics Mentorship", "2025-2026")
    assert db.path.with_name("program.db-wal").exists()
    return db


# -- refusals ----------------------------------------------------------------------------

Target = Callable[[Path], Path]


def _symlink_to_db(tmp: Path) -> Path:
    link = tmp / "letters.pdf"
    link.symlink_to(tmp / "program.db")
    return link


def _dotdot(tmp: Path) -> Path:
    (tmp / "sub").mkdir()
    return tmp / "sub" / ".." / "program.db"


def _encrypted_backup(tmp: Path) -> Path:
    path = tmp / "from-usb-stick.bin"
    path.write_bytes(ENCRYPTED_MAGIC + os.urandom(64))
    return path


def _plain_backup_elsewhere(tmp: Path) -> Path:
    path = tmp / "copy.sqlite"
    path.write_bytes((tmp / "program.db").read_bytes())
    return path


def _named_backup(tmp: Path) -> Path:
    path = tmp / "program-20250301-090000.mentordesk-backup"
    path.write_bytes(b"whatever is inside, the name says backup")
    return path


PROTECTED: dict[str, tuple[Target, str]] = {
    "the database": (lambda t: t / "program.db", "is your MentorDesk database"),
    "its -wal": (lambda t: t / "program.db-wal", "is a working file of your MentorDesk database"),
    "its -shm": (lambda t: t / "program.db-shm", "is a working file of your MentorDesk database"),
    "its lock": (lambda t: t / "program.db.lock", "is a working file of your MentorDesk database"),
    "its journal": (
        lambda t: t / "program.db-journal",
        "is a working file of your MentorDesk database",
    ),
    "a link to it": (_symlink_to_db, "is your MentorDesk database"),
    "dir/../program.db": (_dotdot, "is your MentorDesk database"),
    "an encrypted backup": (_encrypted_backup, "is a MentorDesk backup"),
    "a plain backup": (_plain_backup_elsewhere, "is a database"),
    "a file named as a backup": (_named_backup, "is a MentorDesk backup"),
    "a new file named as a backup": (
        lambda t: t / "new.mentordesk-backup",
        "is named like a MentorDesk backup",
    ),
    "a working file of a closed database": (
        lambda t: _plain_backup_elsewhere(t).with_name("copy.sqlite-wal"),
        "is a working file of the database",
    ),
}


@POSIX
@pytest.mark.parametrize("name", PROTECTED)
def test_protected_destinations_are_refused_and_left_identical(
    busy_db: Database, tmp_path: Path, name: str
) -> None:
    make, sentence = PROTECTED[name]
    target = make(tmp_path)
    existed = target.exists()
    before = sha(target) if existed else None
    with pytest.raises(SafetyError) as refused:
        write_bytes(target, b"%PDF- letters", "the letters")
    message = refused.value.message
    assert sentence in message
    assert message.endswith("choose another file name for the letters.")
    assert message.startswith("“/") and "”" in message  # names the real path
    if existed:
        assert sha(target) == before
    else:
        assert not target.exists()
    assert leftovers(tmp_path) == []


def test_the_sentence_names_the_real_path(busy_db: Database, tmp_path: Path) -> None:
    with pytest.raises(SafetyError) as refused:
        write_bytes(_dotdot(tmp_path), b"x", "the letters")
    real = (tmp_path / "program.db").resolve()
    assert refused.value.message == (
        f"“{real}” is your MentorDesk database; choose another file name for the letters."
    )
    assert refused.value.exit_code == 3


def test_other_letter_case_of_the_database_is_refused(busy_db: Database, tmp_path: Path) -> None:
    # On the case-insensitive disks of macOS and Windows this is the same file.
    with pytest.raises(SafetyError, match="is your MentorDesk database"):
        write_bytes(tmp_path / "PROGRAM.DB", b"x", "the letters")
    assert not (tmp_path / "PROGRAM.DB").exists()


@POSIX
def test_a_hard_link_to_the_database_is_refused(busy_db: Database, tmp_path: Path) -> None:
    alias = tmp_path / "alias.pdf"
    os.link(tmp_path / "program.db", alias)
    before = sha(alias)
    with pytest.raises(SafetyError, match="is your MentorDesk database"):
        write_bytes(alias, b"x", "the letters")
    assert sha(alias) == before


def test_an_open_database_is_protected_before_it_has_any_content(tmp_path: Path) -> None:
    class Owner:  # what Database registers: itself and its path
        pass

    owner = Owner()
    empty = tmp_path / "fresh.db"
    safe_files.register_database(owner, empty)
    try:
        with pytest.raises(SafetyError, match="is your MentorDesk database"):
            write_bytes(empty, b"x", "the export")
    finally:
        safe_files.forget_database(owner)
    write_bytes(empty, b"x", "the export")
    assert empty.read_bytes() == b"x"


def test_a_disposed_database_is_forgotten(tmp_path: Path) -> None:
    from app.db.migrate import open_database

    database = open_database(tmp_path / "other.db")
    assert (tmp_path / "other.db").resolve() in safe_files.open_databases()
    database.dispose()
    assert (tmp_path / "other.db").resolve() not in safe_files.open_databases()


def test_files_in_the_backup_folder_are_refused(isolated_home: Path) -> None:
    folder = default_backup_dir()
    folder.mkdir(parents=True)
    with pytest.raises(SafetyError, match="is in the MentorDesk backup folder"):
        write_bytes(folder / "letters.pdf", b"x", "the letters")
    with pytest.raises(SafetyError, match="is the MentorDesk backup folder"):
        OutputFiles("the letters").folder(folder)
    assert list(folder.iterdir()) == []


def test_the_file_being_read_can_be_protected(tmp_path: Path) -> None:
    source = tmp_path / "sign-ups.csv"
    source.write_bytes(GOOD)
    keep = [(source, "the file being imported")]
    same = tmp_path / "." / "sign-ups.csv"
    with (
        pytest.raises(SafetyError, match="is the file being imported"),
        replacing(same, "the rejected rows", protect=keep) as temp,
    ):
        temp.write_bytes(b"x")
    assert source.read_bytes() == GOOD


def test_unusable_destinations_are_said_plainly(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "a-file").write_bytes(GOOD)
    cases = {
        tmp_path / "folder": "is a folder; choose a file name for the letters.",
        tmp_path / "missing" / "x.pdf": "does not exist; choose another folder for the letters.",
        tmp_path / "a-file" / "x.pdf": "is a file, not a folder; choose a folder for the letters.",
    }
    for target, sentence in cases.items():
        with pytest.raises(UnusableInputError) as refused:
            write_bytes(target, b"x", "the letters")
        assert refused.value.message.endswith(sentence), refused.value.message
        assert refused.value.exit_code == 2
    assert (tmp_path / "a-file").read_bytes() == GOOD


@POSIX
def test_devices_and_pipes_are_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(UnusableInputError, match="is not an ordinary file"):
        write_bytes(pipe, b"x", "the export")
    with pytest.raises(UnusableInputError, match="is not an ordinary file"):
        write_bytes(Path("/dev/null"), b"x", "the export")


@POSIX
def test_a_link_that_loops_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    with pytest.raises(UnusableInputError):
        write_bytes(loop, b"x", "the letters")


def test_a_link_to_an_ordinary_file_writes_that_file(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_bytes(GOOD)
    link = tmp_path / "link.csv"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("symbolic links not allowed here")
    write_bytes(link, b"new", "the export")
    assert link.is_symlink() and real.read_bytes() == b"new"


# -- atomic writing --------------------------------------------------------------------


def test_a_good_file_is_replaced_privately(tmp_path: Path, umask_zero: None) -> None:
    target = tmp_path / "letters.pdf"
    target.write_bytes(GOOD)
    write_bytes(target, b"new letters", "the letters")
    assert target.read_bytes() == b"new letters"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []


def test_a_failing_serialiser_leaves_the_good_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(GOOD)

    def half_then_crash(path: Path) -> None:
        with path.open("wb") as handle:
            handle.write(b"PK\x03\x04 half a workbook")
        raise ValueError("the serialiser broke")

    with pytest.raises(ValueError), replacing(target, "the export") as temp:
        half_then_crash(temp)
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("code", "cause"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "permission was denied"),
        (errno.EROFS, "the disk or folder is read-only"),
    ],
)
def test_a_full_disk_while_writing_is_one_sentence(tmp_path: Path, code: int, cause: str) -> None:
    target = tmp_path / "letters.pdf"
    target.write_bytes(GOOD)
    with pytest.raises(UnusableInputError) as failed, replacing(target, "the letters") as temp:
        temp.write_bytes(b"%PDF-1.4 some pages")
        raise OSError(code, os.strerror(code))
    assert failed.value.message.startswith(f"Could not write “{target}”: {cause}")
    assert failed.value.message.endswith("; nothing was changed.")
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


def test_a_folder_that_refuses_the_temporary_file_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(writing_module.tempfile, "mkstemp", read_only)
    with pytest.raises(UnusableInputError, match="the disk or folder is read-only"):
        write_bytes(tmp_path / "nudges.csv", b"x", "the nudge list")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_in_a_batch_puts_every_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")
    real_replace = os.replace
    calls: list[object] = []

    def full_on_second(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(writing_module.os, "replace", full_on_second)
    with (
        pytest.raises(UnusableInputError, match=r"Could not write “.*b\.pdf”: the disk is full"),
        OutputFiles("the letters") as files,
    ):
        files.write_bytes(first, b"new a")
        files.write_bytes(second, b"new b")
        files.commit()
    assert (first.read_bytes(), second.read_bytes()) == (b"old a", b"old b")
    assert leftovers(tmp_path) == []


def test_a_batch_commits_all_or_leaves_nothing(tmp_path: Path) -> None:
    with OutputFiles("the letters") as files:
        folder = files.folder(tmp_path / "each" / "letter")
        files.write_bytes(tmp_path / "all.pdf", b"merged")
        files.write_bytes(folder / "one.pdf", b"one")
        assert not (tmp_path / "all.pdf").exists()  # nothing visible before commit
        files.commit()
    assert (tmp_path / "all.pdf").read_bytes() == b"merged"
    assert (tmp_path / "each" / "letter" / "one.pdf").read_bytes() == b"one"

    with pytest.raises(KeyboardInterrupt), OutputFiles("the letters") as files:
        folder = files.folder(tmp_path / "again" / "letters")
        files.write_bytes(folder / "one.pdf", b"one")
        raise KeyboardInterrupt
    assert not (tmp_path / "again").exists()
    assert leftovers(tmp_path) == []


def test_leaving_without_commit_writes_nothing(tmp_path: Path) -> None:
    with OutputFiles("the letters") as files:
        files.write_bytes(tmp_path / "x.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


# -- folders -----------------------------------------------------------------------------


@POSIX
def test_created_folders_are_private_under_a_permissive_umask(
    tmp_path: Path, umask_zero: None
) -> None:
    target = tmp_path / "out" / "nested" / "deeper" / "data.json"
    write_bytes(target, b"{}", "this person's data", make_folders=True)
    for folder in (tmp_path / "out", target.parent.parent, target.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_folders_created_for_a_failed_write_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "new" / "nested" / "data.json"
    with (
        pytest.raises(RuntimeError),
        replacing(target, "this person's data", make_folders=True) as temp,
    ):
        temp.write_bytes(b"{")
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_already_existed_is_kept_after_a_failure(tmp_path: Path) -> None:
    (tmp_path / "kept").mkdir()
    with pytest.raises(RuntimeError), OutputFiles("the letters") as files:
        files.folder(tmp_path / "kept")
        raise RuntimeError("cancelled")
    assert (tmp_path / "kept").is_dir()


def test_a_destination_folder_that_is_the_database_is_refused(
    busy_db: Database, tmp_path: Path
) -> None:
    before = sha(tmp_path / "program.db")
    with pytest.raises(SafetyError) as refused:
        OutputFiles("the letters").folder(tmp_path / "program.db")
    assert refused.value.message.endswith(
        "is your MentorDesk database, not a folder; choose a folder for the letters."
    )
    assert sha(tmp_path / "program.db") == before


@POSIX
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_folder_is_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "letters.pdf").write_bytes(GOOD)
    folder.chmod(0o500)
    try:
        with pytest.raises(UnusableInputError) as failed:
            write_bytes(folder / "letters.pdf", b"new", "the letters")
    finally:
        folder.chmod(0o700)
    assert failed.value.message == (
        f"Could not write “{folder / 'letters.pdf'}”: permission was denied; nothing was changed."
    )
    assert (folder / "letters.pdf").read_bytes() == GOOD
